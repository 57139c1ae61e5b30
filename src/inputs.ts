import { InputError } from './errors.js'
import { parseEndpoint, type Endpoint } from './endpoint.js'
import { isAcrEnterpriseHost, isAcrHost, parseImageReference } from './registry.js'
import {
  defaultDescription,
  defaultImageVersion,
  defaultRoleSessionName,
  type RunContext
} from './context.js'

export type ImageType = 'Container' | 'VM'
export type IfExists = 'reuse' | 'fail' | 'replace'

export interface RegistryCredential {
  server: string
  username: string
  password: string
}

export interface ContainerTarget {
  registryUrl: string
  isAcrRegistry: boolean
  isAcrEnterprise: boolean
  criId?: string
  credential?: RegistryCredential
}

export interface ImageConfig {
  name: string
  version: string
  description?: string
  type: ImageType
  container?: ContainerTarget
  vmImageId?: string
}

export interface OidcAuth {
  kind: 'oidc'
  roleArn: string
  providerArn: string
  audience: string
  sessionName: string
  durationSeconds: number
}

export interface KeyAuth {
  kind: 'keys'
  accessKeyId: string
  accessKeySecret: string
  securityToken?: string
  source: 'inputs' | 'environment'
}

export type AuthConfig = OidcAuth | KeyAuth | { kind: 'none' }

export interface Config {
  region: string
  endpoint: Endpoint
  stsEndpoint: Endpoint
  auth: AuthConfig
  image: ImageConfig
  ifExists: IfExists
  dryRun: boolean
  maxAttempts: number
  requestTimeoutMs: number
}

/** Reads one input by its kebab-case name; '' when not given. */
export type GetInput = (name: string) => string

const REGION = /^[a-z]{2,}(-[a-z0-9]+)+$/
const SESSION_NAME = /^[A-Za-z0-9.@_-]{2,64}$/
const ROLE_ARN = /^acs:ram::\d+:role\/\S+$/i
const PROVIDER_ARN = /^acs:ram::\d+:oidc-provider\/\S+$/i
const VM_IMAGE_ID = /^m-[a-z0-9]+$/
const CRI_ID = /^cri-[a-z0-9]+$/
export const MAX_ATTEMPTS_LIMIT = 10
export const TIMEOUT_LIMIT_SECONDS = 600

/** A value and where it came from, so an error can name the source. */
interface Sourced {
  value: string
  from: string
}

/**
 * Reads every input, registers secrets with `mask` the moment they are read, and
 * validates them into one Config. Throws InputError naming the input at the first problem.
 */
export function readConfig(
  getInput: GetInput,
  env: NodeJS.ProcessEnv,
  ctx: RunContext,
  mask: (secret: string) => void
): Config {
  const input = (name: string) => getInput(name).trim()
  const envValue = (name: string) => env[name]?.trim() ?? ''
  const sourced = (name: string, ...envNames: string[]): Sourced | undefined => {
    const v = input(name)
    if (v) return { value: v, from: `input "${name}"` }
    for (const e of envNames) {
      const ev = envValue(e)
      if (ev) return { value: ev, from: `env ${e} (default of input "${name}")` }
    }
    return undefined
  }

  for (const secret of [
    input('access-key-secret'),
    input('security-token'),
    input('registry-password'),
    envValue('ALIBABA_CLOUD_ACCESS_KEY_SECRET'),
    envValue('ALIBABA_CLOUD_SECURITY_TOKEN')
  ]) {
    if (secret) mask(secret)
  }

  const dryRun = readBoolean('dry-run', input('dry-run'), false)
  const region = readRegion(sourced('region', 'ALIBABA_CLOUD_REGION_ID', 'ALIBABA_CLOUD_REGION'))
  const endpoint = readEndpoint('endpoint', input('endpoint'), `ehpcinstant.${region}.aliyuncs.com`)
  const stsEndpoint = readEndpoint(
    'sts-endpoint',
    input('sts-endpoint'),
    `sts.${region}.aliyuncs.com`
  )
  const image = readImage(input, ctx)
  const auth = readAuth(input, envValue, sourced, ctx, dryRun)

  return {
    region,
    endpoint,
    stsEndpoint,
    auth,
    image,
    ifExists: readChoice('if-exists', input('if-exists') || 'reuse', ['reuse', 'fail', 'replace']),
    dryRun,
    maxAttempts: readInteger('max-attempts', input('max-attempts') || '5', 1, MAX_ATTEMPTS_LIMIT),
    requestTimeoutMs: Math.round(
      readNumber('request-timeout-seconds', input('request-timeout-seconds') || '30') * 1000
    )
  }
}

function readRegion(region: Sourced | undefined): string {
  if (!region) {
    throw new InputError(
      'region',
      'Input "region" is required: set it (e.g. region: cn-hangzhou) or the env ALIBABA_CLOUD_REGION_ID.'
    )
  }
  if (!REGION.test(region.value)) {
    throw new InputError(
      'region',
      `Input "region" is invalid: ${region.from} is "${region.value}", which is not a region id. Use one like cn-hangzhou or ap-southeast-1.`
    )
  }
  return region.value
}

function readEndpoint(name: string, value: string, fallback: string): Endpoint {
  const parsed = parseEndpoint(value || fallback)
  if (!parsed) {
    throw new InputError(
      name,
      `Input "${name}" is invalid: "${value}" is not a host, host:port or http(s)://host[:port] (e.g. ehpcinstant-vpc.cn-hangzhou.aliyuncs.com or http://127.0.0.1:9000).`
    )
  }
  return parsed
}

function readImage(input: (name: string) => string, ctx: RunContext): ImageConfig {
  const name = input('name')
  if (!name) {
    throw new InputError('name', 'Input "name" is required: the image name in E-HPC Instant.')
  }
  if (name.length > 128 || /\p{Cc}/u.test(name)) {
    throw new InputError('name', 'Input "name" is invalid: use at most 128 printable characters.')
  }
  const version = input('image-version') || defaultImageVersion(ctx)
  if (!version) {
    throw new InputError(
      'image-version',
      'Input "image-version" is required outside GitHub Actions: no tag (GITHUB_REF_TYPE/GITHUB_REF_NAME) or commit (GITHUB_SHA) to derive it from.'
    )
  }
  const type = readImageType(input('image-type') || 'Container')
  const description = input('description') || defaultDescription(ctx)
  const base = { name, version, description, type }

  const containerInputs = [
    'registry-url',
    'acr-instance-id',
    'registry-username',
    'registry-password',
    'registry-server'
  ]
  if (type === 'VM') {
    for (const other of containerInputs) rejectForType(other, input(other), 'VM')
    for (const flag of ['acr-registry', 'acr-enterprise']) {
      const v = input(flag).toLowerCase()
      if (v && v !== 'auto') rejectForType(flag, v, 'VM')
    }
    const vmImageId = input('vm-image-id')
    if (!vmImageId) {
      throw new InputError(
        'vm-image-id',
        'Input "vm-image-id" is required for image-type VM: the ECS image id, e.g. m-bp1g7004ksh0oeuco1cd.'
      )
    }
    if (!VM_IMAGE_ID.test(vmImageId)) {
      throw new InputError(
        'vm-image-id',
        `Input "vm-image-id" is invalid: "${vmImageId}" is not an ECS image id (m- followed by lower-case letters and digits).`
      )
    }
    return { ...base, vmImageId }
  }
  rejectForType('vm-image-id', input('vm-image-id'), 'Container')
  return { ...base, container: readContainer(input) }
}

function readImageType(value: string): ImageType {
  const lower = value.toLowerCase()
  if (lower === 'container') return 'Container'
  if (lower === 'vm') return 'VM'
  throw new InputError(
    'image-type',
    `Input "image-type" is invalid: "${value}". Use Container or VM.`
  )
}

function rejectForType(name: string, value: string, type: ImageType): void {
  if (!value) return
  const fits = type === 'VM' ? 'Container' : 'VM'
  throw new InputError(
    name,
    `Input "${name}" does not fit image-type ${type}: it is only for ${fits} images. Remove it, or set image-type: ${fits}.`
  )
}

function readContainer(input: (name: string) => string): ContainerTarget {
  const registryUrl = input('registry-url')
  if (!registryUrl) {
    throw new InputError(
      'registry-url',
      'Input "registry-url" is required for Container images: the pushed image, e.g. registry.cn-hangzhou.aliyuncs.com/my-ns/my-app:v1.2.3.'
    )
  }
  const ref = parseImageReference(registryUrl)
  if (typeof ref === 'string') {
    throw new InputError(
      'registry-url',
      `Input "registry-url" is invalid: ${ref}. Expected host[:port]/path[:tag][@sha256:<64 hex>], e.g. registry.cn-hangzhou.aliyuncs.com/my-ns/my-app:v1.2.3.`
    )
  }
  const criId = input('acr-instance-id') || undefined
  if (criId !== undefined && !CRI_ID.test(criId)) {
    throw new InputError(
      'acr-instance-id',
      `Input "acr-instance-id" is invalid: "${criId}" is not an ACR Enterprise Edition instance id (cri- followed by lower-case letters and digits).`
    )
  }
  const enterpriseFlag = readTriState('acr-enterprise', input('acr-enterprise'))
  if (criId !== undefined && enterpriseFlag === false) {
    throw new InputError(
      'acr-instance-id',
      'Input "acr-instance-id" is only for ACR Enterprise Edition, but acr-enterprise is false. Remove one of them.'
    )
  }
  const isAcrEnterprise = enterpriseFlag ?? (isAcrEnterpriseHost(ref.host) || criId !== undefined)
  const registryFlag = readTriState('acr-registry', input('acr-registry'))
  if (registryFlag === false && isAcrEnterprise) {
    throw new InputError(
      'acr-registry',
      'Input "acr-registry" is false, but the registry is an ACR Enterprise Edition instance (acr-enterprise / acr-instance-id). Set acr-registry to auto or true.'
    )
  }
  const isAcrRegistry = registryFlag ?? (isAcrHost(ref.host) || isAcrEnterprise)

  return {
    registryUrl,
    isAcrRegistry,
    isAcrEnterprise,
    criId,
    credential: readRegistryCredential(input, ref.host)
  }
}

function readRegistryCredential(
  input: (name: string) => string,
  registryHost: string
): RegistryCredential | undefined {
  const username = input('registry-username')
  const password = input('registry-password')
  const server = input('registry-server')
  if (username && !password) {
    throw new InputError(
      'registry-password',
      'Input "registry-password" is missing: registry-username and registry-password go together.'
    )
  }
  if (password && !username) {
    throw new InputError(
      'registry-username',
      'Input "registry-username" is missing: registry-username and registry-password go together.'
    )
  }
  if (!username) {
    if (server) {
      throw new InputError(
        'registry-server',
        'Input "registry-server" is only used with registry-username and registry-password; give those too or remove it.'
      )
    }
    return undefined
  }
  if (server && /[\s/]/.test(server)) {
    throw new InputError(
      'registry-server',
      `Input "registry-server" is invalid: "${server}" must be a registry host[:port], without scheme or path.`
    )
  }
  return { server: server || registryHost, username, password }
}

function readAuth(
  input: (name: string) => string,
  env: (name: string) => string,
  sourced: (name: string, ...envNames: string[]) => Sourced | undefined,
  ctx: RunContext,
  dryRun: boolean
): AuthConfig {
  const role = sourced('role-to-assume', 'ALIBABA_CLOUD_ROLE_ARN')
  const provider = sourced('oidc-provider-arn', 'ALIBABA_CLOUD_OIDC_PROVIDER_ARN')
  if (role && !provider) {
    throw new InputError(
      'oidc-provider-arn',
      `Input "oidc-provider-arn" is missing: ${role.from} asks for keyless auth, which needs the ARN of the RAM OIDC identity provider too (acs:ram::<account-id>:oidc-provider/<name>).`
    )
  }
  if (provider && !role) {
    throw new InputError(
      'role-to-assume',
      `Input "role-to-assume" is missing: ${provider.from} asks for keyless auth, which needs the RAM role ARN too (acs:ram::<account-id>:role/<name>).`
    )
  }
  const sessionName = input('role-session-name') || defaultRoleSessionName(ctx)
  if (!SESSION_NAME.test(sessionName)) {
    throw new InputError(
      'role-session-name',
      `Input "role-session-name" is invalid: "${sessionName}". Use 2-64 characters of A-Z a-z 0-9 . @ _ -.`
    )
  }
  const durationSeconds = readInteger(
    'role-duration-seconds',
    input('role-duration-seconds') || '900',
    900,
    43200
  )
  const audience = input('audience') || 'sts.aliyuncs.com'
  if (role && provider) {
    if (!ROLE_ARN.test(role.value)) {
      throw new InputError(
        'role-to-assume',
        `Input "role-to-assume" is invalid: ${role.from} is "${role.value}", not a RAM role ARN like acs:ram::1234567890123456:role/ehpc-release.`
      )
    }
    if (!PROVIDER_ARN.test(provider.value)) {
      throw new InputError(
        'oidc-provider-arn',
        `Input "oidc-provider-arn" is invalid: ${provider.from} is "${provider.value}", not an OIDC provider ARN like acs:ram::1234567890123456:oidc-provider/GitHub.`
      )
    }
    return {
      kind: 'oidc',
      roleArn: role.value,
      providerArn: provider.value,
      audience,
      sessionName,
      durationSeconds
    }
  }

  const fromInputs = readKeyPair(
    input('access-key-id'),
    input('access-key-secret'),
    input('security-token'),
    ['access-key-id', 'access-key-secret', 'security-token'],
    'inputs'
  )
  if (fromInputs) return fromInputs
  const fromEnv = readKeyPair(
    env('ALIBABA_CLOUD_ACCESS_KEY_ID'),
    env('ALIBABA_CLOUD_ACCESS_KEY_SECRET'),
    env('ALIBABA_CLOUD_SECURITY_TOKEN'),
    [
      'env ALIBABA_CLOUD_ACCESS_KEY_ID',
      'env ALIBABA_CLOUD_ACCESS_KEY_SECRET',
      'env ALIBABA_CLOUD_SECURITY_TOKEN'
    ],
    'environment'
  )
  if (fromEnv) return fromEnv
  if (dryRun) return { kind: 'none' }
  throw new InputError(
    'access-key-id',
    'No credentials: set role-to-assume and oidc-provider-arn for keyless OIDC auth (recommended; needs permissions: id-token: write), or access-key-id and access-key-secret (e.g. from secrets), or the env ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET.'
  )
}

function readKeyPair(
  id: string,
  secret: string,
  token: string,
  names: [string, string, string],
  source: KeyAuth['source']
): KeyAuth | undefined {
  const [idName, secretName, tokenName] = names
  const label = (n: string) => (source === 'inputs' ? `Input "${n}"` : n)
  if (id && !secret) {
    throw new InputError(
      source === 'inputs' ? secretName : 'access-key-secret',
      `${label(secretName)} is missing: ${idName} is set, and the AccessKey ID and secret go together.`
    )
  }
  if (secret && !id) {
    throw new InputError(
      source === 'inputs' ? idName : 'access-key-id',
      `${label(idName)} is missing: ${secretName} is set, and the AccessKey ID and secret go together.`
    )
  }
  if (!id) {
    if (token) {
      throw new InputError(
        source === 'inputs' ? tokenName : 'security-token',
        `${label(tokenName)} is set without an AccessKey: an STS token goes with ${idName} and ${secretName}.`
      )
    }
    return undefined
  }
  if (!/^[A-Za-z0-9.]+$/.test(id)) {
    throw new InputError(
      source === 'inputs' ? idName : 'access-key-id',
      `${label(idName)} is invalid: an AccessKey ID has only letters, digits and dots (STS. prefix for temporary keys).`
    )
  }
  return {
    kind: 'keys',
    accessKeyId: id,
    accessKeySecret: secret,
    securityToken: token || undefined,
    source
  }
}

function readBoolean(name: string, value: string, fallback: boolean): boolean {
  if (!value) return fallback
  if (/^(true|True|TRUE)$/.test(value)) return true
  if (/^(false|False|FALSE)$/.test(value)) return false
  throw new InputError(name, `Input "${name}" is invalid: "${value}". Use true or false.`)
}

function readTriState(name: string, value: string): boolean | undefined {
  const v = (value || 'auto').toLowerCase()
  if (v === 'auto') return undefined
  if (v === 'true') return true
  if (v === 'false') return false
  throw new InputError(name, `Input "${name}" is invalid: "${value}". Use auto, true or false.`)
}

function readChoice<T extends string>(name: string, value: string, choices: readonly T[]): T {
  const v = value.toLowerCase() as T
  if (choices.includes(v)) return v
  throw new InputError(
    name,
    `Input "${name}" is invalid: "${value}". Use one of ${choices.join(', ')}.`
  )
}

function readInteger(name: string, value: string, min: number, max: number): number {
  const n = /^\d+$/.test(value) ? Number(value) : NaN
  if (!Number.isSafeInteger(n) || n < min || n > max) {
    throw new InputError(
      name,
      `Input "${name}" is invalid: "${value}". Use a whole number from ${min} to ${max}.`
    )
  }
  return n
}

function readNumber(name: string, value: string): number {
  const n = /^\d+(\.\d+)?$/.test(value) ? Number(value) : NaN
  if (!(n > 0) || n > TIMEOUT_LIMIT_SECONDS) {
    throw new InputError(
      name,
      `Input "${name}" is invalid: "${value}". Use a number of seconds above 0 and at most ${TIMEOUT_LIMIT_SECONDS}.`
    )
  }
  return n
}

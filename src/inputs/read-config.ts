import { describeUnsafe, UNSAFE_CHAR } from '../text/unsafe.js'
import { InputError } from '../failures/errors.js'
import { parseEndpoint, type Endpoint } from '../http/endpoint.js'
import { isAcrEnterpriseHost, isAcrHost, parseImageReference } from './image-reference.js'
import { closestRegion, defaultEndpointHost, EHPC_REGIONS, servesRegion } from '../ehpc/regions.js'
import type {
  Config,
  ContainerTarget,
  CredentialSource,
  IfExists,
  VerifyImage,
  ImageConfig,
  ImageType,
  KeyAuth,
  OidcAuth,
  RegistryCredential
} from './config.js'
import {
  defaultDescription,
  defaultImageVersion,
  defaultRoleSessionName,
  type RunContext
} from './run-context.js'
import { readReleaseConfig } from '../release/config.js'
import {
  CREDENTIAL_ENV,
  EXPLICIT_SOURCES,
  OIDC_TOKEN_FILE_ENV,
  type CredentialInput
} from '../credentials/sources.js'
import { limitLength, readBoolean, readChoice, readInteger, readTriState } from './values.js'

/** Reads one input by its kebab-case name; '' when not given. */
export type GetInput = (name: string) => string

const REGION = /^[a-z]{2,}(-[a-z0-9]+)+$/
const SESSION_NAME = /^[A-Za-z0-9.@_-]{2,64}$/
const ROLE_ARN = /^acs:ram::\d+:role\/\S+$/i
const PROVIDER_ARN = /^acs:ram::\d+:oidc-provider\/\S+$/i
const VM_IMAGE_ID = /^m-[a-z0-9]+$/
const CRI_ID = /^cri-[a-z0-9]+$/
const ACCESS_KEY_ID = /^[A-Za-z0-9.]+$/
const MAX_ATTEMPTS_LIMIT = 10
const TIMEOUT_LIMIT_SECONDS = 600
/** Below this a request could not even open a connection; 0.0001 would round to no limit at all. */
const TIMEOUT_MIN_SECONDS = 0.1
/** Limits in characters (Unicode code points). */
const MAX_NAME = 128
const MAX_VERSION = 128
const MAX_DESCRIPTION = 512

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
  const input = (name: string) => printable(`Input "${name}"`, name, getInput(name).trim())
  const envValue = (name: string) => printable(`env ${name}`, name, env[name]?.trim() ?? '')

  // Masked before anything is checked, so that no message can hold them.
  for (const secret of [
    getInput('access-key-secret'),
    getInput('security-token'),
    getInput('registry-password'),
    env[CREDENTIAL_ENV['access-key-secret']] ?? '',
    env[CREDENTIAL_ENV['security-token']] ?? ''
  ]) {
    if (secret.trim()) mask(secret.trim())
  }

  const dryRun = readBoolean('dry-run', input('dry-run'), false)
  const sourcedRegion = readRegion(input('region'), envValue)
  const region = sourcedRegion.value
  // With an endpoint of its own, a region the list does not know is only warned about.
  if (!input('endpoint')) requireServedRegion(sourcedRegion)
  const endpoint = readEndpoint('endpoint', input('endpoint'), defaultEndpointHost(region))
  const stsEndpoint = readEndpoint(
    'sts-endpoint',
    input('sts-endpoint'),
    `sts.${region}.aliyuncs.com`
  )
  const ecsEndpoint = readEndpoint(
    'ecs-endpoint',
    input('ecs-endpoint'),
    `ecs.${region}.aliyuncs.com`
  )
  const image = readImage(input, ctx)
  const auth = readAuth(input, envValue, ctx)
  const settings = {
    region,
    endpoint,
    stsEndpoint,
    ecsEndpoint,
    image,
    verifyImage: readChoice<VerifyImage>('verify-image', input('verify-image') || 'auto', [
      'auto',
      'true',
      'false'
    ]),
    ifExists: readChoice<IfExists>('if-exists', input('if-exists') || 'reuse', [
      'reuse',
      'fail',
      'replace'
    ]),
    maxAttempts: readInteger('max-attempts', input('max-attempts') || '5', 1, MAX_ATTEMPTS_LIMIT),
    requestTimeoutMs: Math.round(
      readTimeoutSeconds(input('request-timeout-seconds') || '30') * 1000
    ),
    jobSummary: readBoolean('job-summary', input('job-summary'), true),
    release: readReleaseConfig(input, env, ctx, mask)
  }
  if (dryRun) return { ...settings, dryRun, auth }
  // No explicit source: the default chain is tried when the run needs credentials.
  return { ...settings, dryRun, auth: auth ?? { kind: 'default-chain' } }
}

function readRegion(value: string, env: (name: string) => string): Sourced {
  const envName = ['ALIBABA_CLOUD_REGION_ID', 'ALIBABA_CLOUD_REGION'].find(name => env(name))
  const region: Sourced | undefined = value
    ? { value, from: 'it' }
    : envName
      ? { value: env(envName), from: `env ${envName} (default of input "region")` }
      : undefined
  if (!region) {
    throw InputError.missing(
      'region',
      'set it (e.g. region: cn-hangzhou) or the env ALIBABA_CLOUD_REGION_ID.'
    )
  }
  if (!REGION.test(region.value)) {
    throw InputError.invalid(
      'region',
      `${region.from} is "${region.value}", which is not a region id. Use one like cn-hangzhou or ap-southeast-1.`
    )
  }
  return region
}

function requireServedRegion(region: Sourced): void {
  if (servesRegion(region.value)) return
  const guess = closestRegion(region.value)
  throw InputError.invalid(
    'region',
    `${region.from} is "${region.value}", which is not a region E-HPC Instant serves.` +
      (guess ? ` Did you mean ${guess}?` : '') +
      ` It serves ${EHPC_REGIONS.join(', ')}. If it serves ${region.value} by now, set endpoint: ${defaultEndpointHost(region.value)}.`
  )
}

function readEndpoint(name: string, value: string, fallback: string): Endpoint {
  if (/^(?:[a-z][a-z0-9+.-]*:\/\/)?[^/]*@/i.test(value)) {
    // Never repeated: the part before @ may be a password.
    throw InputError.invalid(
      name,
      'it holds user info ("user:password@" before the host). Alibaba Cloud endpoints take no credentials in the URL: remove that part (and rotate the password if it was a real one).'
    )
  }
  const parsed = parseEndpoint(value || fallback)
  if (!parsed) {
    throw InputError.invalid(
      name,
      `"${value}" is not a host, host:port or http(s)://host[:port] (e.g. ehpcinstant-vpc.cn-hangzhou.aliyuncs.com or http://127.0.0.1:9000).`
    )
  }
  return parsed
}

function readImage(input: (name: string) => string, ctx: RunContext): ImageConfig {
  const name = input('name')
  if (!name) throw InputError.missing('name', 'the image name in E-HPC Instant.')
  limitLength('name', name, MAX_NAME)
  const version = input('image-version') || defaultImageVersion(ctx)
  if (!version) {
    throw new InputError(
      'image-version',
      'Input "image-version" is required outside GitHub Actions: no tag (GITHUB_REF_TYPE/GITHUB_REF_NAME) or commit (GITHUB_SHA) to derive it from.'
    )
  }
  // The default comes from the run's tag name: checked like a given value.
  printable('Input "image-version"', 'image-version', version)
  limitLength('image-version', version, MAX_VERSION)
  const type = readImageType(input('image-type') || 'Container')
  const description = input('description') || defaultDescription(ctx)
  if (description) {
    printable('Input "description"', 'description', description)
    limitLength('description', description, MAX_DESCRIPTION)
  }
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
      throw InputError.invalid(
        'vm-image-id',
        `"${vmImageId}" is not an ECS image id (m- followed by lower-case letters and digits).`
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
  throw InputError.invalid('image-type', `"${value}". Use Container or VM.`)
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
    throw InputError.invalid(
      'registry-url',
      `${ref}. Expected host[:port]/path[:tag][@sha256:<64 hex>], e.g. registry.cn-hangzhou.aliyuncs.com/my-ns/my-app:v1.2.3.`
    )
  }
  const criId = input('acr-instance-id') || undefined
  if (criId !== undefined && !CRI_ID.test(criId)) {
    throw InputError.invalid(
      'acr-instance-id',
      `"${criId}" is not an ACR Enterprise Edition instance id (cri- followed by lower-case letters and digits).`
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
  const together = 'registry-username and registry-password go together.'
  if (username && !password) throw InputError.missing('registry-password', together, 'missing')
  if (password && !username) throw InputError.missing('registry-username', together, 'missing')
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
    throw InputError.invalid(
      'registry-server',
      `"${server}" must be a registry host[:port], without scheme or path.`
    )
  }
  return { server: server || registryHost, username, password }
}

/**
 * The explicit credentials to use: the first complete source of EXPLICIT_SOURCES
 * (credentials/sources.ts) wins. Half a pair within a source is an error, never a
 * fall-through. Undefined when no source gives any (the default chain's turn).
 */
function readAuth(
  input: (name: string) => string,
  env: (name: string) => string,
  ctx: RunContext
): OidcAuth | KeyAuth | undefined {
  const oidcSettings = {
    audience: input('audience') || 'sts.aliyuncs.com',
    sessionName: readSessionName(input('role-session-name') || defaultRoleSessionName(ctx)),
    durationSeconds: readInteger(
      'role-duration-seconds',
      input('role-duration-seconds') || '900',
      900,
      43200
    )
  }
  const fromEnv = (name: CredentialInput): Sourced | undefined => {
    const value = env(CREDENTIAL_ENV[name])
    return value ? { value, from: `env ${CREDENTIAL_ENV[name]}` } : undefined
  }
  // A source of inputs is in use when any of its inputs is given; an input left empty
  // then takes its default from the environment, as action.yml says.
  const fromInputs = (names: CredentialInput[]) => {
    if (!names.some(name => input(name))) return undefined
    return (name: CredentialInput): Sourced | undefined => {
      const value = input(name)
      return value ? { value, from: `input "${name}"` } : fromEnv(name)
    }
  }
  for (const source of EXPLICIT_SOURCES) {
    const read = source.from === 'inputs' ? fromInputs([...source.uses]) : fromEnv
    if (!read) continue
    const auth =
      source.kind === 'keys'
        ? readKeyPair(read, source.from)
        : source.from === 'inputs'
          ? readOidc(read, 'inputs', oidcSettings)
          : readEnvOidc(read, env(OIDC_TOKEN_FILE_ENV), oidcSettings)
    if (auth) return auth
  }
  return undefined
}

/** OIDC from the environment: with the token from ALIBABA_CLOUD_OIDC_TOKEN_FILE when set (RRSA). */
function readEnvOidc(
  read: (name: CredentialInput) => Sourced | undefined,
  tokenFile: string,
  settings: Pick<OidcAuth, 'audience' | 'sessionName' | 'durationSeconds'>
): OidcAuth | undefined {
  const auth = readOidc(read, 'environment', settings)
  if (!tokenFile) return auth
  if (!auth) {
    throw InputError.missing(
      'role-to-assume',
      `env ${OIDC_TOKEN_FILE_ENV} is set (RRSA), which needs ${CREDENTIAL_ENV['role-to-assume']} and ${CREDENTIAL_ENV['oidc-provider-arn']} too; neither is set.`,
      'missing'
    )
  }
  return { ...auth, tokenFile }
}

function readOidc(
  read: (name: CredentialInput) => Sourced | undefined,
  source: CredentialSource,
  settings: Pick<OidcAuth, 'audience' | 'sessionName' | 'durationSeconds'>
): OidcAuth | undefined {
  const role = read('role-to-assume')
  const provider = read('oidc-provider-arn')
  if (!role && !provider) return undefined
  if (!provider) {
    throw InputError.missing(
      'oidc-provider-arn',
      `${role?.from} asks for keyless auth, which needs the ARN of the RAM OIDC identity provider too (acs:ram::<account-id>:oidc-provider/<name>).`,
      'missing'
    )
  }
  if (!role) {
    throw InputError.missing(
      'role-to-assume',
      `${provider.from} asks for keyless auth, which needs the RAM role ARN too (acs:ram::<account-id>:role/<name>).`,
      'missing'
    )
  }
  if (!ROLE_ARN.test(role.value)) {
    throw InputError.invalid(
      'role-to-assume',
      `${role.from} is "${role.value}", not a RAM role ARN like acs:ram::1234567890123456:role/ehpc-release.`
    )
  }
  if (!PROVIDER_ARN.test(provider.value)) {
    throw InputError.invalid(
      'oidc-provider-arn',
      `${provider.from} is "${provider.value}", not an OIDC provider ARN like acs:ram::1234567890123456:oidc-provider/GitHub.`
    )
  }
  return { kind: 'oidc', roleArn: role.value, providerArn: provider.value, ...settings, source }
}

function readKeyPair(
  read: (name: CredentialInput) => Sourced | undefined,
  source: CredentialSource
): KeyAuth | undefined {
  const id = read('access-key-id')
  const secret = read('access-key-secret')
  const token = read('security-token')
  const label = (name: CredentialInput) =>
    source === 'inputs' ? `Input "${name}"` : CREDENTIAL_ENV[name]
  if (!id && !secret) {
    if (!token) return undefined
    throw new InputError(
      'security-token',
      `${label('security-token')} is set without an AccessKey: an STS token goes with ${label('access-key-id')} and ${label('access-key-secret')}.`
    )
  }
  if (!id || !secret) {
    const missing: CredentialInput = id ? 'access-key-secret' : 'access-key-id'
    throw new InputError(
      missing,
      `${label(missing)} is missing: ${(id ?? secret)?.from} is set, and the AccessKey ID and secret go together.`
    )
  }
  if (!ACCESS_KEY_ID.test(id.value)) {
    throw new InputError(
      'access-key-id',
      `${label('access-key-id')} is invalid: ${id.from} is not an AccessKey ID, which has only letters, digits and dots (STS. prefix for temporary keys).`
    )
  }
  return {
    kind: 'keys',
    accessKeyId: id.value,
    accessKeySecret: secret.value,
    securityToken: token?.value,
    source
  }
}

function readSessionName(value: string): string {
  if (!SESSION_NAME.test(value)) {
    throw InputError.invalid(
      'role-session-name',
      `"${value}". Use 2-64 characters of A-Z a-z 0-9 . @ _ -.`
    )
  }
  return value
}

function readTimeoutSeconds(value: string): number {
  const n = /^\d+(\.\d+)?$/.test(value) ? Number(value) : NaN
  if (!(n >= TIMEOUT_MIN_SECONDS) || n > TIMEOUT_LIMIT_SECONDS) {
    throw InputError.invalid(
      'request-timeout-seconds',
      `"${value}". Use a number of seconds from ${TIMEOUT_MIN_SECONDS} to ${TIMEOUT_LIMIT_SECONDS}.`
    )
  }
  return n
}

/**
 * Returns `value` when it holds no control character. A line break in a value that is
 * printed or sent would let it forge log lines or workflow commands. The value itself is
 * never repeated: it may be a secret.
 */
function printable(label: string, name: string, value: string): string {
  const chars = [...value]
  const at = chars.findIndex(c => UNSAFE_CHAR.test(c))
  if (at < 0) return value
  throw new InputError(
    name,
    `${label} is invalid: it holds ${describeUnsafe(chars[at])} at character ${at + 1}. Remove it; use one line of printable text.`
  )
}

import { existsSync, statSync } from 'node:fs'
import { homedir } from 'node:os'
import { join } from 'node:path'
import { ActionError } from '../failures/errors.js'
import type { StaticCredentials } from '../http/rpc-caller.js'
import { httpHost } from '../report/urls.js'
import type { StepBudget } from '../budget/step-budget.js'
import { describeSource, EXPLICIT_SOURCES } from './sources.js'
import { boundedUriRequest } from './bounded-uri-request.js'

/**
 * The last credential source: what a self-hosted runner has without any input, through
 * Alibaba Cloud's own credential library (@alicloud/credentials), in this order:
 * ALIBABA_CLOUD_CREDENTIALS_URI, the aliyun CLI's ~/.aliyun/config.json, the credentials file
 * (~/.alibabacloud/credentials or ALIBABA_CLOUD_CREDENTIALS_FILE), the ECS instance RAM role.
 * Explicit local configuration comes before the instance's ambient role. This module is loaded
 * only when no explicit source is given, and it loads the library itself only then.
 */

export interface ChainDeps {
  env: NodeJS.ProcessEnv
  /** Bound for each source, and for each HTTP request a source makes. */
  timeoutMs: number
  /** The step's budget: no source is tried once it is spent, and each is bounded by what is left. */
  budget: StepBudget
  mask: (secret: string) => void
  log: (message: string) => void
}

/** What a provider of the library gives. */
interface LibraryCredentials {
  accessKeyId: string
  accessKeySecret: string
  securityToken?: string
  providerName?: string
}
interface Provider {
  getCredentials(): Promise<LibraryCredentials>
}
type Library = Pick<
  Awaited<typeof import('@alicloud/credentials/dist/src/client.js')>,
  | 'URICredentialsProvider'
  | 'CLIProfileCredentialsProvider'
  | 'ProfileCredentialsProvider'
  | 'ECSRAMRoleCredentialsProvider'
>
type CliProfiles = Pick<
  Awaited<typeof import('@alicloud/credentials/dist/src/providers/cli_profile.js')>,
  'getConfiguration' | 'getProfile'
>

/** One source of the chain. `attempt` is absent when the source is not set up here. */
interface ChainSource {
  name: string
  skipped?: string
  /** `boundMs`: what this source may take (request-timeout-seconds, clipped to the budget). */
  attempt?: (lib: Loaded, boundMs: number) => Promise<{ provider: Provider; from: () => string }>
}

interface Loaded {
  lib: Library
  cli: CliProfiles
}

/** The sources before the chain, as the message lists them. */
const TRIED_FIRST = EXPLICIT_SOURCES.map(
  s => `${describeSource(s)}: ${s.from === 'inputs' ? 'not given' : 'not set'}`
)

const METADATA_HOST = '100.100.100.200'
/** The metadata service answers within milliseconds; elsewhere nothing answers at all. */
const METADATA_CONNECT_TIMEOUT_MS = 1000

/** No profile file of a runner comes near this; a larger one is not read. */
export const MAX_PROFILE_FILE_BYTES = 1024 * 1024

/**
 * Why the library must not be handed `path`, or undefined when it may read it: only a
 * regular file of at most MAX_PROFILE_FILE_BYTES. The library reads the whole file, with no
 * bound, from wherever the path leads: a FIFO would hold the process open for good, and
 * /dev/zero would fill memory. stat opens nothing, so it cannot block on a FIFO.
 */
function unreadable(path: string): string | undefined {
  const stat = statSync(path, { throwIfNoEntry: false })
  if (!stat) return 'no such file'
  if (!stat.isFile()) return 'not a regular file (a FIFO, device or directory), so it is not read'
  if (stat.size > MAX_PROFILE_FILE_BYTES)
    return `larger than ${MAX_PROFILE_FILE_BYTES / 1024 / 1024} MiB, so it is not read`
  return undefined
}

/**
 * Profile modes whose provider writes what it obtains (the AccessKey secret included) back
 * into ~/.aliyun/config.json: the action writes nothing to disk, so it does not use them.
 */
const WRITING_MODES = new Set(['External', 'OAuth'])

/** The mode of `name`, or of a profile it takes its keys from (source_profile), that writes back. */
function writingMode(
  config: { profiles?: { name?: string; mode?: string; source_profile?: string }[] },
  name: string
): string | undefined {
  const seen = new Set<string>()
  for (let at: string | undefined = name; at && !seen.has(at);) {
    seen.add(at)
    const profile = config.profiles?.find(p => p.name === at)
    if (profile?.mode && WRITING_MODES.has(profile.mode)) return profile.mode
    at = profile?.source_profile
  }
  return undefined
}

/** Credentials from the first source of the chain that yields them; masked before use. */
export async function fromDefaultChain(
  deps: ChainDeps
): Promise<StaticCredentials & { secretFrom: string }> {
  const tried: string[] = [...TRIED_FIRST]
  let firstFailure: string | undefined
  let loaded: Loaded | undefined
  for (const source of chainSources(deps.env, deps.timeoutMs)) {
    if (!source.attempt) {
      tried.push(`${source.name}: ${source.skipped}`)
      continue
    }
    const leftMs = deps.budget.deadline - deps.budget.now()
    if (leftMs <= 0) {
      tried.push(`${source.name}: not tried, the step's time budget ran out`)
      continue
    }
    try {
      const lib = (loaded ??= await loadLibrary())
      const attempt = source.attempt
      const boundMs = Math.min(deps.timeoutMs, leftMs)
      const { creds, from } = await bounded(
        (async () => {
          const { provider, from } = await attempt(lib, boundMs)
          return { creds: await provider.getCredentials(), from }
        })(),
        boundMs
      )
      if (!creds?.accessKeyId || !creds.accessKeySecret)
        throw new Error('no AccessKey in the answer')
      deps.mask(creds.accessKeySecret)
      if (creds.securityToken) deps.mask(creds.securityToken)
      deps.log(`Using credentials from ${from()}: AccessKey ${creds.accessKeyId}.`)
      return {
        accessKeyId: creds.accessKeyId,
        accessKeySecret: creds.accessKeySecret,
        securityToken: creds.securityToken || undefined,
        secretFrom: from()
      }
    } catch (err) {
      const why = failure(err, deps.env)
      firstFailure ??= `${source.name}: ${why}`
      tried.push(`${source.name}: ${why}`)
    }
  }
  const todo = firstFailure
    ? `Fix the first source that failed (${firstFailure}), or give credentials explicitly`
    : 'Add credentials'
  throw new ActionError(
    `No credentials: no source gave any. Tried, in order:\n${tried.map((t, i) => `  ${i + 1}. ${t}`).join('\n')}\n` +
      `${todo}: role-to-assume and oidc-provider-arn for keyless GitHub OIDC (the job needs permissions: id-token: write), ` +
      'or access-key-id and access-key-secret from secrets.',
    undefined,
    'NoCredentials'
  )
}

function chainSources(env: NodeJS.ProcessEnv, timeoutMs: number): ChainSource[] {
  const home = homedir()
  const profileName = env.ALIBABA_CLOUD_PROFILE?.trim() || undefined
  return [
    credentialsUri(env, timeoutMs),
    cliProfile(env, home, profileName),
    credentialsFile(env, home, profileName),
    ecsRole(env, timeoutMs)
  ]
}

function credentialsUri(env: NodeJS.ProcessEnv, timeoutMs: number): ChainSource {
  const name = 'credentials URI (ALIBABA_CLOUD_CREDENTIALS_URI)'
  const uri = env.ALIBABA_CLOUD_CREDENTIALS_URI?.trim()
  if (!uri) return { name, skipped: 'not set' }
  const host = httpHost(uri)
  if (!host) {
    return {
      name,
      attempt: async () => {
        throw new Error('not an http(s) URL')
      }
    }
  }
  return {
    name,
    attempt: async ({ lib }, boundMs) => {
      const provider = lib.URICredentialsProvider.builder()
        .withCredentialsURI(uri)
        .withConnectTimeout(timeoutMs)
        .withReadTimeout(timeoutMs)
        .build()
      // The library's request reads without a size cap and leaves the socket open at its
      // timeout (src/credentials/bounded-uri-request.ts): the provider's request member is replaced.
      Object.assign(provider, { doRequest: boundedUriRequest({ timeoutMs: boundMs }) })
      return {
        provider,
        from: () => `the credentials URI at ${host} (ALIBABA_CLOUD_CREDENTIALS_URI)`
      }
    }
  }
}

function cliProfile(
  env: NodeJS.ProcessEnv,
  home: string,
  profileName: string | undefined
): ChainSource {
  const path = join(home, '.aliyun', 'config.json')
  const name = `aliyun CLI configuration (${path})`
  if (isTrue(env.ALIBABA_CLOUD_CLI_PROFILE_DISABLED)) {
    return { name, skipped: 'turned off by ALIBABA_CLOUD_CLI_PROFILE_DISABLED' }
  }
  if (!existsSync(path)) return { name, skipped: 'no such file' }
  return {
    name,
    attempt: async ({ lib, cli }) => {
      const refused = unreadable(path)
      if (refused) throw new Error(refused)
      const config = await cli.getConfiguration(path)
      const profile = profileName ?? config.current
      const { mode } = cli.getProfile(config, profile)
      const writes = writingMode(config, profile)
      if (writes) {
        throw new Error(
          `mode ${writes} (profile "${profile}") makes the library write the secret it obtains back into the file, so the action does not use it: use mode AK, StsToken, RamRoleArn or EcsRamRole`
        )
      }
      return {
        provider: lib.CLIProfileCredentialsProvider.builder().withProfileName(profile).build(),
        from: () =>
          `profile "${profile}" (mode ${mode}) of ${path}` +
          (profileName ? ' (ALIBABA_CLOUD_PROFILE)' : '')
      }
    }
  }
}

function credentialsFile(
  env: NodeJS.ProcessEnv,
  home: string,
  profileName: string | undefined
): ChainSource {
  const named = env.ALIBABA_CLOUD_CREDENTIALS_FILE?.trim()
  const path = named || join(home, '.alibabacloud', 'credentials')
  const profile = profileName ?? 'default'
  const name = `profile "${profile}" of the credentials file (${path})`
  if (!existsSync(path)) {
    return {
      name,
      skipped: named ? 'no such file (named by ALIBABA_CLOUD_CREDENTIALS_FILE)' : 'no such file'
    }
  }
  return {
    name,
    attempt: async ({ lib }) => {
      const refused = unreadable(path)
      if (refused) throw new Error(refused)
      return {
        // The library reads ALIBABA_CLOUD_CREDENTIALS_FILE itself: the same variable, the same file.
        provider: lib.ProfileCredentialsProvider.builder().withProfileName(profile).build(),
        from: () => `profile "${profile}" of ${path}`
      }
    }
  }
}

function ecsRole(env: NodeJS.ProcessEnv, timeoutMs: number): ChainSource {
  const name = `ECS instance RAM role (metadata service ${METADATA_HOST})`
  if (isTrue(env.ALIBABA_CLOUD_ECS_METADATA_DISABLED)) {
    return { name, skipped: 'turned off by ALIBABA_CLOUD_ECS_METADATA_DISABLED' }
  }
  const named = env.ALIBABA_CLOUD_ECS_METADATA?.trim() || undefined
  return {
    name,
    attempt: async ({ lib }) => {
      // Hardened mode only: every request carries a metadata session token.
      const build = (role?: string) => {
        const builder = lib.ECSRAMRoleCredentialsProvider.builder()
          .withDisableIMDSv1(true)
          .withConnectTimeout(Math.min(timeoutMs, METADATA_CONNECT_TIMEOUT_MS))
          .withReadTimeout(timeoutMs)
        return (role ? builder.withRoleName(role) : builder).build()
      }
      const role = named ?? (await attachedRole(build()))
      return {
        provider: build(role),
        from: () =>
          role
            ? `the ECS instance RAM role "${role}"` +
              (named ? ' (ALIBABA_CLOUD_ECS_METADATA)' : '') +
              ' from the metadata service'
            : 'the ECS instance RAM role from the metadata service'
      }
    }
  }
}

/** The role attached to the instance, as the library finds it; undefined if it cannot say. */
async function attachedRole(provider: object): Promise<string | undefined> {
  const find = (provider as { getRoleName?: () => Promise<string> }).getRoleName
  if (typeof find !== 'function') return undefined
  return (await find.call(provider)) || undefined
}

async function loadLibrary(): Promise<Loaded> {
  // A path inside the package, not its name: the bundle maps the name to a stand-in for
  // @alicloud/openapi-client's start-up import (scripts/build.mjs), never this one.
  const [lib, cli] = await Promise.all([
    import('@alicloud/credentials/dist/src/client.js'),
    import('@alicloud/credentials/dist/src/providers/cli_profile.js')
  ])
  return {
    lib: commonJs<Library>(lib, 'URICredentialsProvider'),
    cli: commonJs<CliProfiles>(cli, 'getConfiguration')
  }
}

/** A CommonJS module's exports: on `default` under Node's ESM loader, as they are in the bundle. */
function commonJs<T>(mod: unknown, member: string): T {
  const m = mod as Record<string, unknown>
  return (typeof m[member] === 'function' ? m : m.default) as T
}

function bounded<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(Object.assign(new Error(`no answer within ${ms} ms`), { code: 'ETIMEOUT' })),
      ms
    )
  })
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer))
}

/**
 * Why a source failed, in words that hold no secret: the library's messages can carry a
 * response body, a file's content or the credentials URI, so only their first clause is kept.
 */
function failure(err: unknown, env: NodeJS.ProcessEnv): string {
  const e = (typeof err === 'object' && err !== null ? err : {}) as {
    code?: string
    name?: string
    message?: string
  }
  const message = String(e.message ?? err)
  const network =
    /\b(ECONNREFUSED|ECONNRESET|ETIMEDOUT|EHOSTUNREACH|ENETUNREACH|ENOTFOUND|EAI_AGAIN)\b/.exec(
      `${e.code ?? ''} ${message}`
    )
  if (network) return `no answer (${network[1]})`
  if (e.code === 'ETIMEOUT' || /Timeout/.test(`${e.name ?? ''} ${message}`)) {
    return 'no answer in time'
  }
  for (const [pattern, words] of LIBRARY_FAILURES) {
    const m = pattern.exec(message)
    if (m) return words.replace(/\$(\d)/g, (_, i: string) => m[Number(i)] ?? '')
  }
  let text = message.split(/ message = | result: |: \{|failed: |\r|\n/)[0]
  const uri = env.ALIBABA_CLOUD_CREDENTIALS_URI?.trim()
  if (uri) text = text.split(uri).join(httpHost(uri) ?? 'the credentials URI')
  text = text.replace(/https?:\/\/\S+/g, url => httpHost(url) ?? 'a URL')
  return text.length > 200 ? `${text.slice(0, 200)}\u2026` : text
}

/** The library's messages, in words of the action's that hold nothing read or received. */
const LIBRARY_FAILURES: [RegExp, string][] = [
  [/get sts token failed, httpStatus: (\d+)/, 'the answer was HTTP $1'],
  [/json parse failed/, 'the answer is not JSON'],
  [
    /error retrieving credentials from credentialsURI|^get sts token failed$/,
    'the answer lacks credentials'
  ],
  [/Code is not Success/, 'the answer says its Code is not Success'],
  [/get metadata token failed with (\d+)/, 'no metadata session token (HTTP $1)'],
  [/get role name failed: \S+ \S+ 404/, 'no RAM role is attached to the instance'],
  [/get role name failed: \S+ \S+ (\d+)/, 'the role name query was answered HTTP $1'],
  [/reading aliyun cli config/, 'the file cannot be read'],
  [/parse aliyun cli config/, 'the file is not valid JSON'],
  [/no any configured profiles/, 'the file has no profiles'],
  [/unable to get profile with '([^']*)'/, 'no profile "$1" in the file'],
  [/unsupported profile mode '([^']*)'/, 'mode "$1" is not supported'],
  [/Can not find credential type for "([^"]*)"/, 'no profile "$1" with a type in the file'],
  [/Invalid type option/, 'the profile type is not access_key, ecs_ram_role or ram_role_arn']
]

function isTrue(value: string | undefined): boolean {
  return value?.trim().toLowerCase() === 'true'
}

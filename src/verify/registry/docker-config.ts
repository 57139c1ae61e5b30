import { homedir } from 'node:os'
import { join } from 'node:path'
import { readSmallFile } from '../../fs/small-file.js'

/** A credential for the registry check only: never sent to E-HPC Instant, never printed. */
export type RegistryLogin =
  | { kind: 'basic'; username: string; password: string; from: 'inputs' | 'docker-config' }
  | { kind: 'identity-token'; token: string; from: 'docker-config' }

/** What the Docker client config says about a host, beyond a credential. */
export interface DockerConfigFinding {
  login?: RegistryLogin
  /** Where it was read, for the log. */
  path: string
  /** The config names a credential helper for the host (or all hosts), which the action does not run. */
  helper?: string
  /** Why the config that is there was not read (e.g. "is larger than 1048576 bytes"). */
  unreadable?: string
}

const MAX_CONFIG_BYTES = 1024 * 1024

/**
 * The entry for `hosts` (the registry-url host and the host checked) in the Docker client
 * config `docker/login-action` writes: `$DOCKER_CONFIG/config.json`, else
 * `~/.docker/config.json`. Only a regular file, at most 1 MiB, is read; `mask` gets each
 * secret found before anything else is done with it. Undefined when there is no config.
 */
export function dockerConfigLogin(
  hosts: string[],
  env: NodeJS.ProcessEnv,
  mask: (secret: string) => void
): DockerConfigFinding | undefined {
  const path = join(env.DOCKER_CONFIG || join(homedir(), '.docker'), 'config.json')
  const read = readSmallFile(path, MAX_CONFIG_BYTES)
  if ('why' in read) {
    // No config at all is the common case, not worth a word.
    return read.why === 'cannot be read (ENOENT)' ? undefined : { path, unreadable: read.why }
  }
  const { text } = read
  let config: unknown
  try {
    config = JSON.parse(text)
  } catch {
    return { path }
  }
  if (typeof config !== 'object' || config === null) return { path }
  const { auths, credHelpers, credsStore } = config as Record<string, unknown>
  for (const host of hosts) {
    const entry = entryFor(auths, host)
    const login = entry && loginOf(entry, mask)
    if (login) return { login, path }
  }
  const helpers = typeof credHelpers === 'object' && credHelpers !== null ? credHelpers : {}
  const helper = hosts
    .map(h => (helpers as Record<string, unknown>)[h])
    .find((h): h is string => typeof h === 'string')
  return { path, helper: helper ?? (typeof credsStore === 'string' ? credsStore : undefined) }
}

/** The keys Docker writes for a host: `host`, `https://host`, and for Docker Hub its v1 URL. */
function entryFor(auths: unknown, host: string): Record<string, unknown> | undefined {
  if (typeof auths !== 'object' || auths === null) return undefined
  const hub = host === 'registry-1.docker.io' || host === 'docker.io'
  const keys = [
    host,
    `https://${host}`,
    `http://${host}`,
    `https://${host}/v1/`,
    `https://${host}/v2/`,
    ...(hub ? ['https://index.docker.io/v1/', 'docker.io', 'index.docker.io'] : [])
  ]
  for (const key of keys) {
    const entry = (auths as Record<string, unknown>)[key]
    if (typeof entry === 'object' && entry !== null) return entry as Record<string, unknown>
  }
  return undefined
}

function loginOf(
  entry: Record<string, unknown>,
  mask: (secret: string) => void
): RegistryLogin | undefined {
  if (typeof entry.identitytoken === 'string' && entry.identitytoken) {
    mask(entry.identitytoken)
    return { kind: 'identity-token', token: entry.identitytoken, from: 'docker-config' }
  }
  if (typeof entry.auth === 'string' && entry.auth) {
    mask(entry.auth)
    const decoded = Buffer.from(entry.auth, 'base64').toString('utf8')
    const colon = decoded.indexOf(':')
    if (colon <= 0) return undefined
    const password = decoded.slice(colon + 1)
    if (password) mask(password)
    return { kind: 'basic', username: decoded.slice(0, colon), password, from: 'docker-config' }
  }
  return undefined
}

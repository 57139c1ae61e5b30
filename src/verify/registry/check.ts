import { createHash } from 'node:crypto'
import type { FetchLike } from '../../http/octokit-fetch.js'
import { loggedHttpCall } from '../../http/call-log.js'
import type { ImageCheck } from '../outcome.js'
import { parseChallenge, type Challenge } from './challenge.js'
import type { RegistryLogin } from './docker-config.js'
import { isLoopbackHost, type RegistryTarget } from './target.js'

/** Every manifest type a pull may resolve: OCI index and manifest, Docker list and v2 manifest. */
export const MANIFEST_ACCEPT = [
  'application/vnd.oci.image.index.v1+json',
  'application/vnd.oci.image.manifest.v1+json',
  'application/vnd.docker.distribution.manifest.list.v2+json',
  'application/vnd.docker.distribution.manifest.v2+json'
].join(', ')

const DIGEST = /^sha256:[a-f0-9]{64}$/
const MAX_MANIFEST_BYTES = 4 * 1024 * 1024
const MAX_TOKEN_BYTES = 64 * 1024
const USER_AGENT = 'ehpc-add-image'

export interface RegistryCheckDeps {
  /** A fetch bounded by the request timeout, within the step's budget, through the proxy routes. */
  fetch: FetchLike
  /** The credential of the check, and where it came from; undefined: anonymous. */
  login?: RegistryLogin
  /** Why there is no credential, for a refusal: e.g. the Docker config names a credential helper. */
  noLoginWhy?: string
  mask: (secret: string) => void
  debug: (message: string) => void
  /** Sends connections to this URL's host through the proxy the environment names for it, if any. */
  route: (url: URL) => void
  /** Attempts for a network failure or 5xx/429 (max-attempts). */
  attempts: number
}

type Answer = { status: number; headers: Headers; body?: Buffer }

/** A failure that keeps the check from answering: what went wrong, in words. */
class Unanswered extends Error {}

/**
 * The manifest of `target` as a pull would resolve it: asked with the Basic credential
 * first, then, on a `Bearer` challenge, with a pull token from the realm (got with Basic auth
 * when there is a credential). Never throws.
 */
export async function checkRegistry(
  target: RegistryTarget,
  deps: RegistryCheckDeps
): Promise<ImageCheck> {
  const where =
    `the registry ${target.host}` + (target.vpcHost ? ` (public twin of ${target.vpcHost})` : '')
  const url = `${target.protocol}://${target.host}/v2/${target.repository}/manifests/${target.reference}`
  try {
    // The manifest is asked first, with the Basic credential when there is one: a registry
    // that takes Basic, or needs no credential, answers in this one request; one that wants
    // a token answers 401 with its challenge. (Docker asks GET /v2/ first: a round trip more
    // before the check answers, and the run's first write waits for it.) A GET, not a HEAD:
    // Node's fetch (undici) closes the connection after every HEAD (undici issue #258), and
    // the token request would pay for a new one.
    const basic = basicAuthorization(deps)
    /** The manifest's answer to what `challenge` asks for; undefined: nothing new to send. */
    const answered = async (challenge: Challenge | undefined): Promise<Sent | undefined> => {
      const authorization = await authorize(challenge, target, basic, deps)
      if (typeof authorization === 'object')
        return { status: authorization.refused, headers: new Headers() }
      return authorization && authorization !== basic ? head(url, authorization, deps) : undefined
    }
    let answer = await send(url, 'GET', basic, deps)
    // A 403 to the Basic credential may be a token registry refusing the scheme, not the
    // credential: its challenge tells.
    if (answer.status === 401 || (answer.status === 403 && basic)) {
      // A registry that names its challenge only at the API's base.
      const challenge =
        parseChallenge(answer.headers.get('www-authenticate')) ??
        (await baseChallenge(target, deps))
      deps.debug(
        `Registry check: ${target.host} asks for ${challenge?.scheme ?? 'no known'} authentication.`
      )
      if (answer.status === 401 && !usable(challenge)) {
        return {
          kind: 'unverified',
          where,
          why: `${where} asks for ${challenge ? `${challenge.scheme} ` : 'an '}authentication that the check cannot give (answered HTTP 401${challenge ? '' : ' without a challenge'}).`
        }
      }
      // A Basic challenge to the credential already sent is its refusal: the answer stands.
      answer = (await answered(challenge)) ?? answer
    } else if (answer.status === 404 && deps.login) {
      // A token registry may answer a request without its token 404 for a private
      // repository: with a credential, the answer that counts is the one with the token.
      const challenge = await baseChallenge(target, deps)
      if (challenge?.scheme === 'bearer' && usable(challenge))
        answer = (await answered(challenge)) ?? answer
    }
    return outcome(answer, target, where, url, deps)
  } catch (err) {
    const why =
      err instanceof Unanswered
        ? err.message
        : `the check failed: ${err instanceof Error ? err.message : String(err)}`
    return { kind: 'unverified', where, why: `${where} did not answer the check: ${why}.` }
  }
}

/** The challenge of the API's base (`GET /v2/`), when it answers 401 with one. */
async function baseChallenge(
  target: RegistryTarget,
  deps: RegistryCheckDeps
): Promise<Challenge | undefined> {
  const base = await send(`${target.protocol}://${target.host}/v2/`, 'GET', undefined, deps)
  return base.status === 401 ? parseChallenge(base.headers.get('www-authenticate')) : undefined
}

/** A challenge the check can answer: Basic, or Bearer naming its realm. */
function usable(challenge: Challenge | undefined): boolean {
  return (
    challenge?.scheme === 'basic' || (challenge?.scheme === 'bearer' && !!challenge.params.realm)
  )
}

/**
 * The Basic Authorization header of the check's credential (masked), for the registry host
 * it is for (plain HTTP only reaches a loopback host: see registryTarget).
 */
function basicAuthorization(deps: RegistryCheckDeps): string | undefined {
  const { login } = deps
  if (login?.kind !== 'basic') return undefined
  const encoded = Buffer.from(`${login.username}:${login.password}`).toString('base64')
  deps.mask(encoded)
  return `Basic ${encoded}`
}

async function outcome(
  answer: Sent,
  target: RegistryTarget,
  where: string,
  url: string,
  deps: RegistryCheckDeps
): Promise<ImageCheck> {
  const ref = `${target.repository}:${target.reference}`.replace(/:sha256:/, '@sha256:')
  const { status } = answer
  if (status >= 200 && status < 300) {
    const digest = await digestOf(answer, target, url, deps)
    deps.debug(`Registry check: ${target.host} resolved ${ref} to ${digest ?? 'no digest'}.`)
    return { kind: 'confirmed', where, digest }
  }
  if (status === 404) {
    return {
      kind: 'definite',
      code: 'RegistryImageNotFound',
      where,
      message:
        `registry-url names ${ref}, which ${where} does not have (HEAD manifest answered 404: the tag, digest or repository does not exist), so no job could pull it. ` +
        'Check the tag or digest against what the build pushed (e.g. the digest output of docker/build-push-action).'
    }
  }
  if (status === 401 || status === 403) {
    const refused = `${where} refused the manifest request (HTTP ${status})`
    if (deps.login?.from === 'inputs') {
      return {
        kind: 'definite',
        code: 'RegistryCredentialRefused',
        where,
        message:
          `${refused} with registry-username ${deps.login.username}: E-HPC Instant would be given this credential, and its jobs could not pull ${ref}. ` +
          'Give registry-username and registry-password a pull credential that this registry accepts for the repository.'
      }
    }
    if (deps.login)
      return {
        kind: 'unverified',
        where,
        why: `${refused} with the Docker config's credential for ${target.host} (it is not what E-HPC Instant is given).`
      }
    return {
      kind: 'unverified',
      where,
      why: `${refused} without a credential: a private repository needs registry-username and registry-password, or docker/login-action before this step${deps.noLoginWhy ? ` (${deps.noLoginWhy})` : ''}.`
    }
  }
  return {
    kind: 'unverified',
    where,
    why: `${where} answered the manifest request with HTTP ${status}.`
  }
}

/** Docker-Content-Digest, else the digest of the manifest itself (a GET of it), else the reference's. */
async function digestOf(
  answer: Sent,
  target: RegistryTarget,
  url: string,
  deps: RegistryCheckDeps
): Promise<string | undefined> {
  const header = answer.headers.get('docker-content-digest')?.trim()
  if (header && DIGEST.test(header)) return header
  if (DIGEST.test(target.reference)) return target.reference
  const got = answer.body ? answer : await send(url, 'GET', answer.authorization, deps)
  if (got.status < 200 || got.status >= 300 || !got.body?.length) return undefined
  return `sha256:${createHash('sha256').update(got.body).digest('hex')}`
}

type Sent = Answer & { authorization?: string }

async function head(
  url: string,
  authorization: string | undefined,
  deps: RegistryCheckDeps
): Promise<Sent> {
  return send(url, 'HEAD', authorization, deps)
}

/** A request of the check: a manifest (GET or HEAD), or the API base (GET). */
async function send(
  url: string,
  method: 'HEAD' | 'GET',
  authorization: string | undefined,
  deps: RegistryCheckDeps
): Promise<Sent> {
  const headers: Record<string, string> = { accept: MANIFEST_ACCEPT, 'user-agent': USER_AGENT }
  if (authorization) headers.authorization = authorization
  const where = new URL(url)
  const answer = await exchange(where, { method, headers }, `${method} ${where.pathname}`, deps)
  return { ...answer, body: method === 'GET' ? answer.body : undefined, authorization }
}

/**
 * One request of the check, repeated on a network failure, 429 or 5xx up to `attempts`
 * times, its answer read up to `maxBytes`; logged through the shared HTTP debug hook.
 */
async function exchange(
  url: URL,
  init: { method: string; headers: Record<string, string>; body?: string },
  action: string,
  deps: RegistryCheckDeps,
  maxBytes = MAX_MANIFEST_BYTES
): Promise<Answer & { body: Buffer }> {
  let last = ''
  for (let attempt = 1; attempt <= Math.max(1, deps.attempts); attempt++) {
    try {
      const res = await followed(url, init, action, deps)
      const body = await capped(res, maxBytes)
      if (res.status !== 429 && res.status < 500)
        return { status: res.status, headers: res.headers, body }
      last = `HTTP ${res.status}`
    } catch (err) {
      // An answer too large, or a redirect the check does not follow, comes again as it is.
      if (err instanceof Unanswered) throw err
      last = err instanceof Error ? err.message : String(err)
    }
  }
  throw new Unanswered(last)
}

const REDIRECTS = new Set([301, 302, 303, 307, 308])
const MAX_REDIRECTS = 5

/**
 * One request, following redirects within its origin only: a request of the check may
 * carry a credential (in a header or a form body), and an answer from another origin could
 * name a realm to send the registry's credential to. 303 turns it into a GET without body.
 */
async function followed(
  url: URL,
  init: { method: string; headers: Record<string, string>; body?: string },
  action: string,
  deps: RegistryCheckDeps
): Promise<Response> {
  let at = url
  let request = init
  for (let hop = 0; ; hop++) {
    const res = await loggedHttpCall(
      { service: 'registry', host: at.host, action },
      () => deps.fetch(at, { ...request, redirect: 'manual' }),
      answer => ({ status: answer.status })
    )
    const location = res.headers.get('location')
    if (!REDIRECTS.has(res.status) || !location) return res
    await capped(res, MAX_TOKEN_BYTES)
    let next: URL
    try {
      next = new URL(location, at)
    } catch {
      throw new Unanswered(`it redirected ${action} to a location that is not a URL`)
    }
    if (next.origin !== at.origin) {
      throw new Unanswered(
        `it redirected ${action} to another host (${next.host}), which the check does not follow: nothing was sent there`
      )
    }
    if (hop >= MAX_REDIRECTS)
      throw new Unanswered(`it redirected ${action} more than ${MAX_REDIRECTS} times`)
    if (res.status === 303) request = { ...request, method: 'GET', body: undefined }
    at = next
  }
}

async function capped(res: Response, maxBytes: number): Promise<Buffer> {
  const body = Buffer.from(await res.arrayBuffer())
  if (body.length > maxBytes) throw new Unanswered(`an answer larger than ${maxBytes} bytes`)
  return body
}

/**
 * The Authorization header a challenge asks for; undefined when none can be given;
 * `refused` when the token realm refused the credential (its status).
 */
async function authorize(
  challenge: Challenge | undefined,
  target: RegistryTarget,
  basic: string | undefined,
  deps: RegistryCheckDeps
): Promise<string | { refused: number } | undefined> {
  const { login } = deps
  if (challenge?.scheme === 'basic') return basic
  if (challenge?.scheme !== 'bearer' || !challenge.params.realm) return undefined
  let realm: URL
  try {
    realm = new URL(challenge.params.realm)
  } catch {
    throw new Unanswered('its Bearer challenge names a realm that is not a URL')
  }
  // A credential goes over TLS only, except to a loopback host (as Docker does).
  if (realm.protocol !== 'https:' && !(realm.protocol === 'http:' && isLoopbackHost(realm.host))) {
    throw new Unanswered(
      `its token realm ${realm.host} is not HTTPS, so no credential is sent there`
    )
  }
  const scope = challenge.params.scope || `repository:${target.repository}:pull`
  if (challenge.params.service) realm.searchParams.set('service', challenge.params.service)
  realm.searchParams.set('scope', scope)
  deps.route(realm)
  deps.debug(
    `Registry check: asking the token realm ${realm.host} for ${scope}${login ? ` as ${login.kind === 'basic' ? login.username : 'the Docker config identity token'}` : ' anonymously'}.`
  )
  const answer =
    login?.kind === 'identity-token'
      ? await tokenRequest(
          realm,
          'POST',
          deps,
          undefined,
          new URLSearchParams({
            grant_type: 'refresh_token',
            refresh_token: login.token,
            service: challenge.params.service ?? '',
            scope,
            client_id: 'ehpc-add-image'
          }).toString()
        )
      : await tokenRequest(realm, 'GET', deps, basic)
  // The realm refused the credential (or anonymous access): the pull would be refused too.
  if (answer.status === 401 || answer.status === 403) return { refused: answer.status }
  if (answer.status < 200 || answer.status >= 300)
    throw new Unanswered(`its token realm ${realm.host} answered HTTP ${answer.status}`)
  let token: unknown
  try {
    const parsed = JSON.parse(answer.body) as Record<string, unknown>
    token = parsed.token ?? parsed.access_token
  } catch {
    throw new Unanswered(`its token realm ${realm.host} did not answer JSON`)
  }
  if (typeof token !== 'string' || !token)
    throw new Unanswered(`its token realm ${realm.host} gave no token`)
  deps.mask(token)
  return `Bearer ${token}`
}

async function tokenRequest(
  realm: URL,
  method: 'GET' | 'POST',
  deps: RegistryCheckDeps,
  authorization?: string,
  form?: string
): Promise<{ status: number; body: string }> {
  const headers: Record<string, string> = { 'user-agent': USER_AGENT, accept: 'application/json' }
  if (authorization) headers.authorization = authorization
  if (form) headers['content-type'] = 'application/x-www-form-urlencoded'
  try {
    const answer = await exchange(
      realm,
      { method, headers, body: form },
      `${method} ${realm.pathname} (token)`,
      deps,
      MAX_TOKEN_BYTES
    )
    return { status: answer.status, body: answer.body.toString('utf8') }
  } catch (err) {
    if (err instanceof Unanswered)
      throw new Unanswered(`its token realm ${realm.host} did not answer: ${err.message}`)
    throw err
  }
}

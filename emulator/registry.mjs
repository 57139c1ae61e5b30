// A container registry as the OCI distribution spec and Docker's token spec describe it, for
// the action's image check: manifests under /v2/<name>/manifests/<reference>, with no auth,
// Basic auth, or Bearer tokens from a realm at /_registry/token.
import { createHash, randomBytes } from 'node:crypto'

export const REGISTRY_REALM_PATH = '/_registry/token'
export const DEMO_REGISTRY = {
  username: 'emulator-puller',
  password: 'emulator-registry-secret-42'
}

const MANIFEST_TYPE = 'application/vnd.oci.image.manifest.v1+json'

/**
 * @typedef {'anonymous' | 'basic' | 'bearer'} RegistryAuth
 * @typedef {object} RegistryOptions
 * @property {RegistryAuth} [auth] default 'bearer'
 * @property {boolean} [anonymousPull] a Bearer realm gives anonymous pull tokens (a public repository); default false
 * @property {'always' | 'never'} [digestHeader] Docker-Content-Digest on manifest answers; default 'always'
 * @property {'required' | 'manifestType' | 'any'} [accept] 'required' (default): a manifest request whose Accept lacks the OCI index type is a 404, as GitHub's registry answers; 'manifestType': one whose Accept lacks the stored manifest's own media type is a 404 MANIFEST_UNKNOWN, as distribution 2.8 (Docker's registry:2) answers
 * @property {'challenge' | 'bare'} [manifestChallenge] 'challenge' (default): a manifest 401 names the challenge, as the distribution spec has it; 'bare': only GET /v2/ names it, a manifest 401 carries no WWW-Authenticate
 * @property {'401' | '404'} [hiddenRepository] how a Bearer registry answers a manifest request without a valid token: '401' (default) with its challenge; '404' NAME_UNKNOWN, as a registry that hides private repositories does (GET /v2/ still names the challenge)
 * @property {'challenge' | 'forbidden'} [basicOnBearer] how a Bearer registry answers a manifest request with a Basic credential: 'challenge' (default): 401 with its Bearer challenge, as Docker Hub and distribution answer; 'forbidden': 403
 * @property {Record<string, string>} [users] username → password
 */

export class Registry {
  /** @param {RegistryOptions} [options] */
  constructor(options = {}) {
    this.options = {
      auth: options.auth ?? 'bearer',
      anonymousPull: options.anonymousPull ?? false,
      digestHeader: options.digestHeader ?? 'always',
      accept: options.accept ?? 'required',
      manifestChallenge: options.manifestChallenge ?? 'challenge',
      basicOnBearer: options.basicOnBearer ?? 'challenge',
      hiddenRepository: options.hiddenRepository ?? '401',
      users: new Map(
        Object.entries(options.users ?? { [DEMO_REGISTRY.username]: DEMO_REGISTRY.password })
      )
    }
    /** @type {Map<string, Map<string, Buffer>>} repository → reference (tag or digest) → manifest */
    this.repositories = new Map()
    /** @type {Map<string, string>} token → scope */
    this.tokens = new Map()
  }

  /**
   * Stores a manifest under `repository:tag` (and its digest); returns the digest.
   * @param {string} repository
   * @param {string} tag
   */
  push(repository, tag) {
    const manifest = Buffer.from(
      JSON.stringify({
        schemaVersion: 2,
        mediaType: MANIFEST_TYPE,
        config: {
          mediaType: 'application/vnd.oci.image.config.v1+json',
          digest: `sha256:${'0'.repeat(64)}`,
          size: 2
        },
        layers: [],
        annotations: { tag, nonce: randomBytes(4).toString('hex') }
      })
    )
    const digest = `sha256:${createHash('sha256').update(manifest).digest('hex')}`
    const refs = this.repositories.get(repository) ?? new Map()
    refs.set(tag, manifest)
    refs.set(digest, manifest)
    this.repositories.set(repository, refs)
    return digest
  }

  /** @param {string} repository @param {string} tag */
  untag(repository, tag) {
    this.repositories.get(repository)?.delete(tag)
  }

  /**
   * Answers a registry request: status, headers, body, and what the log records.
   * @param {{ method: string, path: string, query: URLSearchParams, headers: import('node:http').IncomingHttpHeaders, origin: string }} req
   * @returns {{ status: number, headers: Record<string, string>, body: Buffer | string, action: string, auth: string, user?: string }}
   */
  answer(req) {
    if (req.path === REGISTRY_REALM_PATH) return this.token(req)
    const m = /^\/v2\/(.+)\/manifests\/([^/]+)$/.exec(req.path)
    if (req.path === '/v2/' || req.path === '/v2') {
      const denied = this.authorize(req, undefined)
      if (denied) return { ...denied, action: 'RegistryPing' }
      return {
        status: 200,
        headers: {},
        body: '{}',
        action: 'RegistryPing',
        auth: this.authOf(req)
      }
    }
    if (!m)
      return {
        ...json(404, { errors: [{ code: 'NOT_FOUND', message: 'not found' }] }),
        action: 'Registry',
        auth: 'none'
      }
    const [, repository, reference] = m
    const denied = this.authorize(req, `repository:${repository}:pull`)
    if (denied && this.options.auth === 'bearer' && this.options.hiddenRepository === '404') {
      return {
        ...json(404, { errors: [{ code: 'NAME_UNKNOWN', message: 'repository name not known' }] }),
        action: 'RegistryManifest',
        auth: this.authOf(req)
      }
    }
    if (denied) {
      const headers = { ...denied.headers }
      if (this.options.manifestChallenge === 'bare') delete headers['www-authenticate']
      if (
        this.options.auth === 'bearer' &&
        this.options.basicOnBearer === 'forbidden' &&
        denied.auth === 'basic'
      ) {
        delete headers['www-authenticate']
        return { ...denied, status: 403, headers, action: 'RegistryManifest' }
      }
      return { ...denied, headers, action: 'RegistryManifest' }
    }
    const accept = String(req.headers.accept ?? '')
    const manifest = this.repositories.get(repository)?.get(reference)
    const acceptable =
      this.options.accept === 'any' ||
      accept.includes(
        this.options.accept === 'manifestType'
          ? MANIFEST_TYPE
          : 'application/vnd.oci.image.index.v1+json'
      )
    if (!manifest || !acceptable) {
      const code = this.repositories.has(repository) ? 'MANIFEST_UNKNOWN' : 'NAME_UNKNOWN'
      const message =
        manifest && this.options.accept === 'manifestType'
          ? 'OCI manifest found, but accept header does not support OCI manifests'
          : 'manifest unknown'
      return {
        ...json(404, { errors: [{ code, message }] }),
        action: 'RegistryManifest',
        auth: this.authOf(req)
      }
    }
    /** @type {Record<string, string>} */
    const headers = { 'content-type': MANIFEST_TYPE, 'content-length': String(manifest.length) }
    if (this.options.digestHeader === 'always') {
      headers['docker-content-digest'] =
        `sha256:${createHash('sha256').update(manifest).digest('hex')}`
    }
    return {
      status: 200,
      headers,
      body: manifest,
      action: 'RegistryManifest',
      auth: this.authOf(req)
    }
  }

  /** @param {{ headers: import('node:http').IncomingHttpHeaders }} req */
  authOf(req) {
    const value = String(req.headers.authorization ?? '')
    return /^bearer /i.test(value) ? 'bearer' : /^basic /i.test(value) ? 'basic' : 'none'
  }

  /**
   * Undefined when the request may go on; otherwise the 401 to answer.
   * @param {{ headers: import('node:http').IncomingHttpHeaders, origin: string }} req
   * @param {string | undefined} scope
   */
  authorize(req, scope) {
    const { auth } = this.options
    if (auth === 'anonymous') return undefined
    const value = String(req.headers.authorization ?? '')
    if (auth === 'basic') {
      if (this.basicUser(value)) return undefined
      return {
        ...json(
          401,
          { errors: [{ code: 'UNAUTHORIZED', message: 'authentication required' }] },
          { 'www-authenticate': 'Basic realm="Registry Realm"' }
        ),
        action: 'RegistryManifest',
        auth: this.authOf(req)
      }
    }
    const bearer = /^Bearer (.+)$/i.exec(value)?.[1]
    if (bearer && this.tokens.has(bearer) && (!scope || this.tokens.get(bearer) === scope))
      return undefined
    const challenge =
      `Bearer realm="${req.origin}${REGISTRY_REALM_PATH}",service="emulator-registry"` +
      (scope ? `,scope="${scope}"` : '')
    return {
      ...json(
        401,
        { errors: [{ code: 'UNAUTHORIZED', message: 'authentication required' }] },
        { 'www-authenticate': challenge }
      ),
      action: 'RegistryManifest',
      auth: this.authOf(req)
    }
  }

  /** @param {string} value */
  basicUser(value) {
    const m = /^Basic (.+)$/i.exec(value)
    if (!m) return undefined
    const decoded = Buffer.from(m[1], 'base64').toString('utf8')
    const colon = decoded.indexOf(':')
    const user = decoded.slice(0, colon)
    return colon > 0 && this.options.users.get(user) === decoded.slice(colon + 1) ? user : undefined
  }

  /** @param {{ query: URLSearchParams, headers: import('node:http').IncomingHttpHeaders }} req */
  token(req) {
    const scope = req.query.get('scope') ?? ''
    const value = String(req.headers.authorization ?? '')
    const user = this.basicUser(value)
    const auth = this.authOf(req)
    if (value && !user) {
      return {
        ...json(401, { details: 'incorrect username or password' }),
        action: 'RegistryToken',
        auth
      }
    }
    if (!user && !this.options.anonymousPull) {
      // As registries answer a token request for a private repository without a credential:
      // a token without the pull grant, which the manifest request then refuses.
      const token = randomBytes(16).toString('hex')
      this.tokens.set(token, '')
      return { ...json(200, { token }), action: 'RegistryToken', auth }
    }
    const token = randomBytes(16).toString('hex')
    this.tokens.set(token, scope)
    return {
      ...json(200, { token, access_token: token, expires_in: 300 }),
      action: 'RegistryToken',
      auth,
      user
    }
  }
}

/**
 * @param {number} status
 * @param {unknown} body
 * @param {Record<string, string>} [headers]
 */
function json(status, body, headers = {}) {
  const text = JSON.stringify(body)
  return { status, headers: { 'content-type': 'application/json', ...headers }, body: text }
}

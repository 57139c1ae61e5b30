// Local emulator of the services the action talks to, on one 127.0.0.1 port:
//   - E-HPC Instant image API (POST /, RPC style, 2023-07-01), signatures verified;
//   - STS AssumeRoleWithOIDC (2015-04-01, anonymous);
//   - the GitHub Actions ID-token endpoint (GET /_github/idtoken);
//   - the GitHub REST API's releases (under /api/v3, as on GitHub Enterprise Server).
// Plain ESM with JSDoc (types in emulator.d.mts) so scripts can import it without a build.
import http from 'node:http'
import zlib from 'node:zlib'
import { authenticate, NonceStore } from './auth.mjs'
import { EHPC_ACTIONS, EHPC_VERSION, runEhpcAction } from './ehpc.mjs'
import { ECS_VERSION, runEcsAction } from './ecs.mjs'
import { Registry, REGISTRY_REALM_PATH } from './registry.mjs'
import { FaultQueue } from './faults.mjs'
import { GITHUB_ISSUER, IdTokenIssuer } from './github.mjs'
import { GITHUB_API_PREFIX, githubRequestId, ReleaseStore, RestError } from './github-releases.mjs'
import { redactParams } from './redact.mjs'
import { ApiError, errorBody, jsonCopy, newRequestId, xmlDocument } from './responses.mjs'
import { parseUrlEncoded } from './signatures.mjs'
import { ImageStore } from './state.mjs'
import {
  assumeRoleWithOidc,
  checkOfficialStsWire,
  STS_ACTION,
  STS_VERSION,
  TemporaryCredentialStore
} from './sts.mjs'

export { EHPC_VERSION } from './ehpc.mjs'
export { STS_VERSION } from './sts.mjs'
export { DEMO_REGISTRY } from './registry.mjs'
export { GITHUB_ISSUER } from './github.mjs'
export { GITHUB_API_PREFIX, MAX_RELEASE_BODY } from './github-releases.mjs'

/** The AccessKey every emulator accepts unless `accessKeys` is given. */
export const DEMO_ACCESS_KEY = Object.freeze({
  accessKeyId: 'LTAI5tEmulatorDemoKey01',
  accessKeySecret: 'emulator-demo-secret-0123456789'
})

/**
 * The default GitHub side: request token, repository, ref, ID-token lifetime, the token the
 * REST API accepts and the contents permission it has.
 */
export const DEFAULT_GITHUB = Object.freeze({
  requestToken: 'gh-request-token',
  repository: 'octo-org/octo-repo',
  ref: 'refs/tags/v1.2.3',
  ttlSeconds: 300,
  apiToken: 'ghs_EmulatorApiToken0123456789abcdefXYZ',
  contents: /** @type {'write' | 'read'} */ ('write')
})

/** The default OIDC provider, role and audience: the happy path of the keyless flow. */
/** What AddImage does with a second image of the same name and version (option `duplicates`). */
export const DUPLICATES_MODES = Object.freeze(/** @type {const} */ (['reject', 'accept', 'target']))

export const DEMO_OIDC = Object.freeze({
  providerArn: 'acs:ram::1234567890123456:oidc-provider/GitHub',
  roleArn: 'acs:ram::1234567890123456:role/ehpc-release',
  audience: 'sts.aliyuncs.com',
  issuer: GITHUB_ISSUER
})

const MAX_BODY_BYTES = 1024 * 1024
const EHPC_HOST_ID = 'ehpcinstant.aliyuncs.com'
const ECS_HOST_ID = 'ecs.aliyuncs.com'
const STS_HOST_ID = 'sts.aliyuncs.com'
const HTML_502 =
  '<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n' +
  '<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>Tengine</center>\r\n</body>\r\n</html>\r\n'

/**
 * @typedef {import('./emulator.d.mts').EmulatorOptions} EmulatorOptions
 * @typedef {import('./emulator.d.mts').RequestLogEntry} RequestLogEntry
 * @typedef {import('./emulator.d.mts').Fault} Fault
 * @typedef {import('./emulator.d.mts').ImageView} ImageView
 * @typedef {import('./state.mjs').StoredImage} StoredImage
 * @typedef {{ status: number, code?: string, body?: unknown, html?: string, xml?: boolean,
 *   headers?: Record<string, string> }} Outcome
 */

/**
 * Reads a request body, up to MAX_BODY_BYTES.
 * @param {http.IncomingMessage} req
 * @returns {Promise<Buffer | null>} null when the body is too large
 */
function readBody(req) {
  return new Promise((resolve, reject) => {
    /** @type {Buffer[]} */
    const chunks = []
    let size = 0
    let tooLarge = false
    req.on('data', chunk => {
      size += chunk.length
      if (size > MAX_BODY_BYTES) tooLarge = true
      else chunks.push(chunk)
    })
    req.on('end', () => resolve(tooLarge ? null : Buffer.concat(chunks)))
    req.on('error', reject)
  })
}

/**
 * @param {StoredImage} image
 * @returns {ImageView}
 */
function publicView(image) {
  /** @type {ImageView} */
  const view = {
    ImageId: image.ImageId,
    Name: image.Name,
    Version: image.Version,
    ImageType: image.ImageType,
    Description: image.Description,
    CreateTime: image.CreateTime,
    UpdateTime: image.UpdateTime,
    Status: image.Status
  }
  if (image.ContainerImageSpec) view.ContainerImageSpec = jsonCopy(image.ContainerImageSpec)
  if (image.VMImageSpec) view.VMImageSpec = jsonCopy(image.VMImageSpec)
  return view
}

/**
 * @param {EmulatorOptions} options
 */
function resolveOptions(options) {
  const github = { ...DEFAULT_GITHUB, ...options.github }
  const providers = (
    options.oidc?.providers ?? [
      { arn: DEMO_OIDC.providerArn, issuer: GITHUB_ISSUER, clientIds: [DEMO_OIDC.audience] }
    ]
  ).map(p => ({
    arn: p.arn,
    issuer: p.issuer ?? GITHUB_ISSUER,
    clientIds: [...(p.clientIds ?? [DEMO_OIDC.audience])]
  }))
  const roles = (options.oidc?.roles ?? [{ arn: DEMO_OIDC.roleArn }]).map(r => ({
    arn: r.arn,
    providerArn: r.providerArn ?? providers[0]?.arn ?? DEMO_OIDC.providerArn,
    subjectPatterns: [...(r.subjectPatterns ?? [`repo:${github.repository}:*`])],
    maxSessionDuration: r.maxSessionDuration ?? 3600
  }))
  const accessKeys = new Map(
    Object.entries(
      options.accessKeys ?? { [DEMO_ACCESS_KEY.accessKeyId]: DEMO_ACCESS_KEY.accessKeySecret }
    )
  )
  const duplicates = oneOf('duplicates', options.duplicates, DUPLICATES_MODES)
  const specChecks = oneOf('specChecks', options.specChecks, ['documented', 'strict'])
  const registryUrlEcho = oneOf('registryUrlEcho', options.registryUrlEcho, [
    'asSent',
    'expanded',
    'familiar'
  ])
  const stsWire = oneOf('stsWire', options.stsWire, ['official', 'any'])
  const requestIdIn = oneOf('requestIdIn', options.requestIdIn, ['body', 'header'])
  const compression = oneOf('compression', options.compression, ['gzip', 'none'])
  const ecsUnknownImage = oneOf('ecsUnknownImage', options.ecsUnknownImage, ['empty', 'notFound'])
  const imageIdNoise = { ...options.imageIdNoise }
  for (const [action, noise] of Object.entries(imageIdNoise)) {
    if (action !== 'AddImage' && action !== 'ListImages') {
      throw new TypeError(`imageIdNoise takes AddImage and ListImages; got ${action}`)
    }
    oneOf(`imageIdNoise.${action}`, noise, ['newline', 'garbage'])
  }
  const listLag = options.listLag ?? 0
  if (!(Number.isInteger(listLag) && listLag >= 0)) {
    throw new TypeError('listLag must be an integer >= 0')
  }
  if (github.contents !== 'write' && github.contents !== 'read') {
    throw new TypeError("github.contents must be 'write' or 'read'")
  }
  const maxPageSize = options.maxPageSize ?? 50
  if (!(Number.isInteger(maxPageSize) && maxPageSize >= 1)) {
    throw new TypeError('maxPageSize must be an integer >= 1')
  }
  return {
    github,
    providers,
    roles,
    accessKeys,
    duplicates,
    maxPageSize,
    specChecks,
    registryUrlEcho,
    requestIdIn,
    stsWire,
    compression,
    ecsUnknownImage,
    ecsImages: new Map(Object.entries(options.ecsImages ?? {})),
    imageIdNoise,
    listLag,
    listImages: checkListImages(options.listImages ?? {})
  }
}

/** @param {string} service */
function hostIdOf(service) {
  return service === 'sts' ? STS_HOST_ID : service === 'ecs' ? ECS_HOST_ID : EHPC_HOST_ID
}

/**
 * The option's value, its first choice when absent; a TypeError when it is none of them.
 * @template {string} T
 * @param {string} name
 * @param {unknown} value
 * @param {readonly T[]} choices
 * @returns {T}
 */
function oneOf(name, value, choices) {
  if (value === undefined) return choices[0]
  if (choices.includes(/** @type {T} */ (value))) return /** @type {T} */ (value)
  throw new TypeError(`${name} must be one of ${choices.map(c => `'${c}'`).join(', ')}`)
}

const LIST_CHOICES = {
  overMaxPageSize: ['clamp', 'clampSilently', 'reject'],
  pageNumber: ['honour', 'repeat', 'ignore']
}

/**
 * @param {import('./emulator.d.mts').ListImagesBehaviour} b
 * @returns {import('./emulator.d.mts').ListImagesBehaviour}
 */
function checkListImages(b) {
  for (const [key, allowed] of Object.entries(LIST_CHOICES)) {
    const value = /** @type {Record<string, unknown>} */ (b)[key]
    if (value !== undefined && !allowed.includes(/** @type {string} */ (value))) {
      throw new TypeError(`listImages.${key} must be one of ${allowed.join(', ')}`)
    }
  }
  const t = b.totalCount
  if (!(t === undefined || ['all', 'page', 'missing'].includes(String(t)) || Number.isInteger(t))) {
    throw new TypeError("listImages.totalCount must be 'all', 'page', 'missing' or an integer")
  }
  if (b.maxPageSize !== undefined && !(Number.isInteger(b.maxPageSize) && b.maxPageSize >= 1)) {
    throw new TypeError('listImages.maxPageSize must be an integer >= 1')
  }
  if (b.latencyMs !== undefined && !(b.latencyMs >= 0 && b.latencyMs <= 60_000)) {
    throw new TypeError('listImages.latencyMs must be 0-60000')
  }
  return { ...b }
}

class Emulator {
  /**
   * @param {EmulatorOptions} options
   */
  constructor(options) {
    const resolved = resolveOptions(options)
    this.options = resolved
    this.now = () => Date.now()
    this.store = new ImageStore(resolved.listLag)
    this.faults = new FaultQueue()
    this.nonces = new NonceStore()
    this.credentials = new TemporaryCredentialStore()
    this.issuer = new IdTokenIssuer(resolved.github, this.now)
    this.releaseStore = new ReleaseStore(resolved.github)
    this.registry = new Registry(options.registry)
    /** @type {{ count: number, waiting: Array<() => void> } | null} */
    this.readHold = null
    /** @type {RequestLogEntry[]} */
    this.log = []
    /** @type {Map<string, number>} E-HPC/STS requests being answered, by action */
    this.running = new Map()
    /** @type {Map<string, number>} the most of them at once since the last reset */
    this.peaks = new Map()
    /** Entries already in the log (a delayed request is logged when it arrives). */
    this.logged = new WeakSet()
    /** Bumped by reset(): a delayed request from before a reset is dropped, not performed. */
    this.generation = 0
    /** @type {Array<Partial<StoredImage>>} images other runs register right before the next AddImages */
    this.addImageRacers = []
    /** @type {Set<string>} */
    this.secrets = new Set()
    /** @type {Set<import('node:net').Socket>} */
    this.sockets = new Set()
    /** @type {Set<NodeJS.Timeout>} */
    this.timers = new Set()
    this.closed = false
    /** @type {Promise<void> | null} */
    this.closing = null
    this.port = 0
    this.server = http.createServer((req, res) => {
      this.handle(req, res).catch(err => {
        // A bug in the emulator itself: answer 500 rather than leaving the client hanging.
        if (res.headersSent || res.destroyed) return
        /** @type {RequestLogEntry} */
        const entry = {
          service: 'ehpc',
          action: '',
          status: 0,
          auth: 'none',
          securityToken: false,
          params: {},
          time: Date.now()
        }
        this.finish(entry, res, 'ehpc', {
          status: 500,
          code: 'InternalError',
          body: `Emulator error: ${err && err.message}`
        })
      })
    })
    this.server.keepAliveTimeout = 30_000
    this.server.headersTimeout = 10_000
    this.server.requestTimeout = 30_000
    this.server.on('connection', socket => {
      this.sockets.add(socket)
      socket.on('close', () => this.sockets.delete(socket))
    })
    this.server.on('clientError', (_err, socket) => socket.destroy())
  }

  /** @param {number} port */
  listen(port) {
    return new Promise((resolve, reject) => {
      const onError = (/** @type {Error} */ err) => reject(err)
      this.server.once('error', onError)
      this.server.listen({ port, host: '127.0.0.1' }, () => {
        this.server.off('error', onError)
        const address = this.server.address()
        this.port = typeof address === 'object' && address ? address.port : port
        resolve(undefined)
      })
    })
  }

  get url() {
    return `http://127.0.0.1:${this.port}`
  }

  get endpoint() {
    return `127.0.0.1:${this.port}`
  }

  get requests() {
    return this.log
  }

  /**
   * @param {number} ms
   * @returns {Promise<void>}
   */
  /**
   * Logs the request, waits `ms`, and says whether it should still be answered: not once the
   * emulator closed, nor after a reset() (the socket is then destroyed).
   * @param {RequestLogEntry} entry
   * @param {import('node:http').IncomingMessage} req
   * @param {number} ms
   * @returns {Promise<boolean>}
   */
  async delayed(entry, req, ms) {
    this.record(entry)
    const generation = this.generation
    await this.sleep(ms)
    if (this.closed) return false
    if (generation !== this.generation) {
      req.socket.destroy()
      return false
    }
    return true
  }

  sleep(ms) {
    return new Promise(resolve => {
      const timer = setTimeout(() => {
        this.timers.delete(timer)
        resolve()
      }, ms)
      this.timers.add(timer)
    })
  }

  /**
   * @param {http.IncomingMessage} req
   * @param {http.ServerResponse} res
   */
  async handle(req, res) {
    const time = Date.now()
    const rawUrl = req.url ?? '/'
    const q = rawUrl.indexOf('?')
    const path = q === -1 ? rawUrl : rawUrl.slice(0, q)
    const queryPairs = parseUrlEncoded(q === -1 ? '' : rawUrl.slice(q + 1))
    const body = await readBody(req)
    if (this.closed) return
    const contentType = String(req.headers['content-type'] ?? '').toLowerCase()
    const formPairs =
      body && contentType.startsWith('application/x-www-form-urlencoded')
        ? parseUrlEncoded(body.toString('utf8'))
        : []
    /** @type {Record<string, string>} */
    const params = Object.fromEntries([...formPairs, ...queryPairs])

    if (path === GITHUB_API_PREFIX || path.startsWith(`${GITHUB_API_PREFIX}/`)) {
      await this.handleRest(req, res, path.slice(GITHUB_API_PREFIX.length), queryPairs, body, time)
      return
    }

    if (path === '/v2' || path.startsWith('/v2/') || path === REGISTRY_REALM_PATH) {
      await this.handleRegistry(req, res, path, rawUrl, time)
      return
    }

    if (path === '/_github/idtoken') {
      const audience = params.audience
      /** @type {RequestLogEntry} */
      const entry = {
        service: 'github',
        action: 'GitHubToken',
        status: 0,
        auth: /^bearer /i.test(String(req.headers.authorization ?? '')) ? 'bearer' : 'none',
        securityToken: false,
        params: audience === undefined ? {} : { audience },
        time
      }
      await this.respond(req, res, entry, 'GitHubToken', () => this.githubToken(req, audience))
      return
    }

    const action = firstHeader(req, 'x-acs-action') ?? params.Action
    this.track(action ?? '', res)
    const version = firstHeader(req, 'x-acs-version') ?? params.Version
    const service =
      action === STS_ACTION || version === STS_VERSION
        ? 'sts'
        : version === ECS_VERSION
          ? 'ecs'
          : 'ehpc'
    /** @type {RequestLogEntry} */
    const entry = {
      service,
      action: action ?? '',
      status: 0,
      auth: service === 'sts' ? 'anonymous' : 'none',
      securityToken: false,
      params: redactParams(params, this.knownSecrets()),
      time
    }
    if (service === 'sts') entry.queryKeys = queryPairs.map(([key]) => key)
    if (body === null) {
      this.finish(entry, res, service, {
        status: 413,
        code: 'RequestEntityTooLarge',
        body: 'The request body is larger than 1 MiB.'
      })
      return
    }
    await this.respond(req, res, entry, action, () => {
      if (!action) {
        throw new ApiError(
          400,
          'MissingParameter',
          'The input parameter "Action" that is mandatory for processing this request is not supplied.'
        )
      }
      if (service === 'sts') {
        if (version !== STS_VERSION) throw invalidVersion()
        if (action !== STS_ACTION) throw actionNotFound(action)
        if (this.options.stsWire === 'official') {
          checkOfficialStsWire({ queryPairs, headers: req.headers, hasBody: Boolean(body?.length) })
        }
        const result = assumeRoleWithOidc(params, {
          issuer: this.issuer,
          providers: this.options.providers,
          roles: this.options.roles,
          credentials: this.credentials,
          now: this.now
        })
        const credentials = /** @type {Record<string, string>} */ (result.Credentials)
        this.secrets.add(credentials.AccessKeySecret)
        this.secrets.add(credentials.SecurityToken)
        return result
      }
      if (service === 'ehpc' && version !== EHPC_VERSION) throw invalidVersion()
      if (service === 'ehpc' && !EHPC_ACTIONS.includes(action)) throw actionNotFound(action)
      const auth = authenticate({
        method: req.method ?? 'POST',
        path,
        queryPairs,
        formPairs,
        headers: /** @type {Record<string, string[] | undefined>} */ (req.headersDistinct),
        body,
        now: this.now(),
        accessKeys: this.options.accessKeys,
        credentials: this.credentials,
        nonces: this.nonces
      })
      entry.auth = auth.auth
      if (auth.accessKeyId) entry.accessKeyId = auth.accessKeyId
      entry.securityToken = auth.securityToken
      if (auth.error) throw auth.error
      if (service === 'ecs') {
        return runEcsAction(action, params, {
          images: this.options.ecsImages,
          unknownImage: this.options.ecsUnknownImage
        })
      }
      return runEhpcAction(action, params, {
        store: this.store,
        duplicates: this.options.duplicates,
        maxPageSize: this.options.listImages.maxPageSize ?? this.options.maxPageSize,
        list: this.options.listImages,
        now: this.now,
        specChecks: this.options.specChecks,
        registryUrlEcho: this.options.registryUrlEcho,
        imageIdNoise: this.options.imageIdNoise
      })
    })
  }

  /**
   * The container registry (registry.mjs): logged with service 'registry', faults by
   * action (RegistryManifest, RegistryToken): reset, hang, error (its status and headers), delay.
   * @param {http.IncomingMessage} req
   * @param {http.ServerResponse} res
   * @param {string} path
   * @param {string} rawUrl
   * @param {number} time
   */
  async handleRegistry(req, res, path, rawUrl, time) {
    const url = new URL(rawUrl, `http://${req.headers.host ?? '127.0.0.1'}`)
    const action =
      path === REGISTRY_REALM_PATH
        ? 'RegistryToken'
        : path === '/v2' || path === '/v2/'
          ? 'RegistryPing'
          : 'RegistryManifest'
    /** @type {RequestLogEntry} */
    const entry = {
      service: 'registry',
      action,
      status: 0,
      auth: 'none',
      securityToken: false,
      params: {
        method: req.method ?? 'GET',
        path,
        ...(url.searchParams.get('scope') ? { scope: String(url.searchParams.get('scope')) } : {})
      },
      time
    }
    const fault = this.faults.take(action, entry.params)
    if (fault) entry.fault = fault.kind
    if (fault?.kind === 'reset' || fault?.kind === 'hang') {
      this.record(entry)
      if (fault.kind === 'reset') req.socket.destroy()
      return
    }
    if (fault?.kind === 'delay') {
      await this.sleep(/** @type {number} */ (fault.ms))
      if (this.closed) return
    }
    if (fault?.kind === 'error') {
      entry.status = /** @type {number} */ (fault.status)
      this.record(entry)
      const body =
        fault.body ?? JSON.stringify({ errors: [{ code: fault.code, message: 'emulated fault' }] })
      res.writeHead(entry.status, {
        'content-type': 'application/json',
        'content-length': String(Buffer.byteLength(body)),
        ...fault.headers
      })
      res.end(req.method === 'HEAD' ? undefined : body)
      return
    }
    const answer = this.registry.answer({
      method: req.method ?? 'GET',
      path,
      query: url.searchParams,
      headers: req.headers,
      // Behind a TLS front (the network benchmark) the realm is named as the client reached it.
      origin: `${req.headers['x-forwarded-proto'] === 'https' ? 'https' : 'http'}://${req.headers.host}`
    })
    entry.action = answer.action
    entry.status = answer.status
    entry.auth = /** @type {any} */ (answer.auth)
    if (answer.user) entry.params.user = answer.user
    this.record(entry)
    // Every answer names its length, a HEAD's too, as distribution does.
    res.writeHead(answer.status, {
      'content-length': String(Buffer.byteLength(answer.body)),
      ...answer.headers
    })
    res.end(req.method === 'HEAD' ? undefined : answer.body)
  }

  /**
   * Applies a queued fault (if any) and otherwise runs `operation`, then answers.
   * @param {http.IncomingMessage} req
   * @param {http.ServerResponse} res
   * @param {RequestLogEntry} entry
   * @param {string | undefined} action
   * @param {() => Record<string, unknown>} operation returns the body or throws ApiError
   */
  async respond(req, res, entry, action, operation) {
    const service = entry.service
    const fault = this.faults.take(action, entry.params)
    if (fault) entry.fault = fault.kind
    switch (fault?.kind) {
      case 'reset':
      case 'hang':
        this.record(entry)
        if (fault.kind === 'reset') req.socket.destroy()
        return
      case 'html502':
        this.finish(entry, res, service, { status: 502, code: 'BadGateway', html: HTML_502 })
        return
      case 'error':
      case 'xmlError':
        this.finish(entry, res, service, {
          status: /** @type {number} */ (fault.status),
          code: fault.code,
          body: fault.message ?? `Emulated fault: ${fault.code}.`,
          xml: fault.kind === 'xmlError',
          headers: fault.headers
        })
        return
      case 'successFalse': {
        const code = fault.code ?? 'InternalError'
        this.finish(entry, res, service, {
          status: 200,
          code,
          body: {
            Success: false,
            Code: code,
            Message: fault.message ?? 'The request processing has failed due to some unknown error.'
          }
        })
        return
      }
      case 'raw': {
        // Exactly this status, content type and body: a gateway's or firewall's answer, or
        // a service body of an unexpected shape. The RequestId goes in the header only.
        const requestId = newRequestId()
        entry.status = /** @type {number} */ (fault.status)
        entry.requestId = requestId
        this.record(entry)
        const body = /** @type {string} */ (fault.body)
        /** @type {Record<string, string | number>} */
        const headers = {
          'content-type': fault.contentType ?? 'application/json;charset=utf-8',
          'content-length': Buffer.byteLength(body)
        }
        if (fault.requestIdHeader !== false) headers['x-acs-request-id'] = requestId
        if (fault.close) headers.connection = 'close'
        res.writeHead(entry.status, headers)
        res.end(body)
        return
      }
      case 'hugeBody':
        this.record(entry)
        entry.status = 200
        this.streamHuge(res, /** @type {number} */ (fault.bytes))
        return
      case 'gzipBomb':
        // A small gzip body that inflates to `bytes`: what a client that decodes without a
        // cap on the decoded size would hold in memory.
        this.record(entry)
        entry.status = 200
        res.writeHead(200, {
          'content-type': 'application/json;charset=utf-8',
          'content-encoding': 'gzip'
        })
        res.end(gzipBomb(/** @type {number} */ (fault.bytes)))
        return
      case 'stallBody':
        // Headers and the start of a JSON body, then nothing (until the client gives up).
        this.record(entry)
        entry.status = 200
        res.writeHead(200, { 'content-type': 'application/json;charset=utf-8' })
        res.write('{"RequestId":"')
        return
      case 'delay':
        if (!(await this.delayed(entry, req, /** @type {number} */ (fault.ms)))) return
        break
      default:
        break
    }
    const latencyMs = action === 'ListImages' ? (this.options.listImages.latencyMs ?? 0) : 0
    if (latencyMs > 0) {
      await this.sleep(latencyMs)
      if (this.closed) return
    }
    // Another run's AddImage lands just before this one is carried out.
    const racer = action === 'AddImage' ? this.addImageRacers.shift() : undefined
    if (racer) this.store.insert(racer, this.now())
    /** @type {Outcome} */
    let outcome
    try {
      outcome = { status: 200, body: operation() }
    } catch (err) {
      if (!(err instanceof ApiError)) throw err
      outcome = { status: err.status, code: err.code, body: err.message }
    }
    if (fault?.kind === 'performThenReset') {
      if (outcome.code) entry.code = outcome.code
      this.record(entry)
      req.socket.destroy()
      return
    }
    this.finish(entry, res, service, outcome)
  }

  /**
   * The GitHub REST API: routes in github-releases.mjs, faults and the read hold here.
   * @param {http.IncomingMessage} req
   * @param {http.ServerResponse} res
   * @param {string} path below GITHUB_API_PREFIX
   * @param {Array<[string, string]>} queryPairs
   * @param {Buffer | null} body
   * @param {number} time
   */
  async handleRest(req, res, path, queryPairs, body, time) {
    const authorization = String(req.headers.authorization ?? '')
    const token = /^(?:token|bearer)\s+(\S+)$/i.exec(authorization)?.[1]
    const route = this.releaseStore.route(
      req.method ?? 'GET',
      path,
      Object.fromEntries(queryPairs),
      `${this.url}${GITHUB_API_PREFIX}`
    )
    /** @type {RequestLogEntry} */
    const entry = {
      service: 'github',
      action: route?.action ?? '',
      status: 0,
      auth: authorization ? 'bearer' : 'none',
      securityToken: false,
      params: route?.params ?? {},
      time
    }
    if (!route) {
      this.finishRest(entry, res, 404, { message: 'Not Found' })
      return
    }
    if (body === null) {
      this.finishRest(entry, res, 413, { message: 'The request body is larger than 1 MiB.' })
      return
    }
    if (route.action === 'GetReleaseByTag' && this.readHold) await this.arriveAtHold()
    if (this.closed) return
    const fault = this.faults.take(route.action)
    if (fault) entry.fault = fault.kind
    switch (fault?.kind) {
      case 'reset':
      case 'hang':
        this.record(entry)
        if (fault.kind === 'reset') req.socket.destroy()
        return
      case 'html502': {
        entry.status = 502
        this.record(entry)
        res.writeHead(502, {
          'content-type': 'text/html',
          'content-length': Buffer.byteLength(HTML_502)
        })
        res.end(HTML_502)
        return
      }
      case 'error':
      case 'successFalse':
        this.finishRest(
          entry,
          res,
          fault.kind === 'error' ? /** @type {number} */ (fault.status) : 500,
          { message: fault.message ?? `Emulated fault: ${fault.code ?? 'InternalError'}.` },
          fault.headers
        )
        return
      case 'delay':
        if (!(await this.delayed(entry, req, /** @type {number} */ (fault.ms)))) return
        break
      default:
        break
    }
    /** @type {{ status: number, body: unknown, headers?: Record<string, string> }} */
    let answer
    try {
      answer = route.run({ token, body })
    } catch (err) {
      if (!(err instanceof RestError)) throw err
      answer = {
        status: err.status,
        body: { message: err.message, ...err.extra },
        headers: err.headers
      }
    }
    if (fault?.kind === 'performThenReset') {
      this.record(entry)
      req.socket.destroy()
      return
    }
    this.finishRest(entry, res, answer.status, answer.body, answer.headers)
  }

  /**
   * @param {RequestLogEntry} entry
   * @param {http.ServerResponse} res
   * @param {number} status
   * @param {unknown} body
   * @param {Record<string, string>} [headers]
   */
  finishRest(entry, res, status, body, headers = {}) {
    const requestId = githubRequestId()
    entry.status = status
    entry.requestId = requestId
    if (status >= 400 && body && typeof body === 'object' && 'message' in body) {
      entry.code = `HTTP${status}`
    }
    this.record(entry)
    if (res.destroyed || res.headersSent) return
    const wire = encodeBody(res, JSON.stringify(body), this.options.compression)
    res.writeHead(status, {
      'content-type': 'application/json; charset=utf-8',
      'content-length': wire.bytes.length,
      'x-github-request-id': requestId,
      ...headers,
      ...wire.headers
    })
    res.end(wire.bytes)
  }

  /** Waits at the read hold until enough reads have arrived (or its time is up). */
  arriveAtHold() {
    const hold = this.readHold
    if (!hold) return Promise.resolve()
    return new Promise(resolve => {
      hold.waiting.push(() => resolve(undefined))
      if (hold.waiting.length >= hold.count) this.releaseHold(hold)
    })
  }

  /** @param {{ count: number, waiting: Array<() => void> }} hold */
  releaseHold(hold) {
    if (this.readHold === hold) this.readHold = null
    for (const go of hold.waiting.splice(0)) go()
  }

  /**
   * Counts the requests of `action` being answered, and the most at once.
   * @param {string} action
   * @param {http.ServerResponse} res
   */
  track(action, res) {
    const now = (this.running.get(action) ?? 0) + 1
    this.running.set(action, now)
    if (now > (this.peaks.get(action) ?? 0)) this.peaks.set(action, now)
    res.on('close', () => this.running.set(action, (this.running.get(action) ?? 1) - 1))
  }

  /**
   * Sends `bytes` of a JSON answer that never ends sooner, chunk by chunk as the client
   * reads, and stops when the client goes away.
   * @param {http.ServerResponse} res
   * @param {number} bytes
   */
  streamHuge(res, bytes) {
    res.writeHead(200, { 'content-type': 'application/json;charset=utf-8' })
    const chunk = Buffer.alloc(64 * 1024, 0x20)
    let sent = 0
    const pump = () => {
      while (sent < bytes && !res.destroyed && !this.closed) {
        sent += chunk.length
        if (!res.write(chunk)) {
          res.once('drain', pump)
          return
        }
      }
      if (sent >= bytes && !res.destroyed) res.end('{}')
    }
    res.write('')
    pump()
  }

  /** @param {RequestLogEntry} entry */
  record(entry) {
    if (this.logged.has(entry)) return
    this.logged.add(entry)
    this.log.push(entry)
  }

  /**
   * Logs the entry and writes the answer. An outcome with a string body and a code is an
   * error (service error shape); an object body is a success body.
   * @param {RequestLogEntry} entry
   * @param {http.ServerResponse} res
   * @param {string} service
   * @param {Outcome} outcome
   */
  finish(entry, res, service, outcome) {
    const requestId = newRequestId()
    entry.status = outcome.status
    if (outcome.code) entry.code = outcome.code
    entry.requestId = requestId
    this.record(entry)
    if (this.send(res, service, requestId, outcome)) entry.gzip = true
  }

  /**
   * @param {http.ServerResponse} res
   * @param {string} service
   * @param {string} requestId
   * @param {Outcome} outcome
   */
  send(res, service, requestId, outcome) {
    if (res.destroyed || res.headersSent) return false
    if (outcome.html !== undefined) {
      res.writeHead(outcome.status, {
        'content-type': 'text/html',
        'content-length': Buffer.byteLength(outcome.html)
      })
      res.end(outcome.html)
      return false
    }
    /** @type {unknown} */
    let payload
    if (typeof outcome.body === 'string') {
      const code = outcome.code ?? 'InternalError'
      payload =
        service === 'github'
          ? { message: outcome.body, code }
          : errorBody(requestId, hostIdOf(service), code, outcome.body)
    } else {
      payload =
        service === 'github' ? outcome.body : { RequestId: requestId, ...Object(outcome.body) }
    }
    if (service !== 'github' && this.options.requestIdIn === 'header') {
      delete (/** @type {Record<string, unknown>} */ (payload).RequestId)
    }
    // The Alibaba Cloud client reads an error body as XML only under exactly this content-type.
    const [text, type] = outcome.xml
      ? [
          xmlDocument('Error', /** @type {Record<string, string>} */ (payload)),
          'text/xml;charset=utf-8'
        ]
      : [JSON.stringify(payload), 'application/json;charset=utf-8']
    const wire = encodeBody(res, text, this.options.compression)
    res.writeHead(outcome.status, {
      ...outcome.headers,
      'content-type': type,
      'content-length': wire.bytes.length,
      'x-acs-request-id': requestId,
      ...wire.headers
    })
    res.end(wire.bytes)
    return wire.headers['content-encoding'] === 'gzip'
  }

  /**
   * @param {http.IncomingMessage} req
   * @param {string | undefined} audience
   */
  githubToken(req, audience) {
    if (req.method !== 'GET') throw new ApiError(405, 'MethodNotAllowed', 'Use GET.')
    const expected = `Bearer ${this.options.github.requestToken}`
    if (req.headers.authorization !== expected) {
      throw new ApiError(401, 'Unauthorized', 'Bad credentials: a valid bearer token is required.')
    }
    const value = this.issueIdToken({ audience: audience || this.issuer.defaultAudience() })
    return { count: 1, value }
  }

  /** @returns {Set<string>} values that must be masked wherever they appear in the log */
  knownSecrets() {
    const known = new Set(this.secrets)
    known.add(this.options.github.requestToken)
    known.add(this.options.github.apiToken)
    for (const secret of this.options.accessKeys.values()) known.add(secret)
    return known
  }

  // ---- public API (see emulator.d.mts) ----

  images() {
    return this.store.inInsertionOrder().map(publicView)
  }

  /** @param {Partial<ImageView> & Record<string, unknown>} partial */
  seedImage(partial = {}) {
    if (partial.ImageType && partial.ImageType !== 'VM' && partial.ImageType !== 'Container') {
      throw new TypeError('ImageType must be VM or Container')
    }
    return publicView(this.store.insert(/** @type {Partial<StoredImage>} */ (partial), this.now()))
  }

  /** @param {Array<Partial<ImageView> & Record<string, unknown>>} list */
  seedImages(list) {
    return list.map(partial => this.seedImage(partial))
  }

  /** @param {Array<Partial<ImageView> & Record<string, unknown>>} images */
  raceAddImage(...images) {
    for (const partial of images) {
      if (partial.ImageType && partial.ImageType !== 'VM' && partial.ImageType !== 'Container') {
        throw new TypeError('ImageType must be VM or Container')
      }
      this.addImageRacers.push(/** @type {Partial<StoredImage>} */ ({ ...partial }))
    }
  }

  /** @param {import('./emulator.d.mts').ListImagesBehaviour} behaviour */
  setListImages(behaviour) {
    this.options.listImages = checkListImages({ ...this.options.listImages, ...behaviour })
  }

  /**
   * @param {string} imageId
   * @param {string} status
   */
  setEcsImage(imageId, status) {
    this.options.ecsImages.set(imageId, status)
  }

  /** @param {'empty' | 'notFound'} mode */
  setEcsUnknownImage(mode) {
    this.options.ecsUnknownImage = oneOf('ecsUnknownImage', mode, ['empty', 'notFound'])
  }

  /**
   * @param {string} imageId
   * @param {boolean} [inUse]
   */
  markInUse(imageId, inUse = true) {
    if (!this.store.get(imageId)) throw new Error(`no image ${imageId}`)
    if (inUse) this.store.inUse.add(imageId)
    else this.store.inUse.delete(imageId)
  }

  /**
   * @param {string} [action]
   * @param {string} [service]
   */
  count(action, service) {
    return this.log.filter(
      e =>
        (action === undefined || e.action === action) &&
        (service === undefined || e.service === service)
    ).length
  }

  /** @param {string} action */
  peakConcurrency(action) {
    return this.peaks.get(action) ?? 0
  }

  /**
   * @param {string} action
   * @param {Fault} fault
   */
  fault(action, fault) {
    this.faults.add(action, fault)
  }

  /** @param {{ audience: string, sub?: string, expiresInSeconds?: number, issuer?: string }} options */
  issueIdToken(options) {
    const token = this.issuer.issue(options)
    this.secrets.add(token)
    return token
  }

  githubEnv() {
    return {
      ACTIONS_ID_TOKEN_REQUEST_URL: `${this.url}/_github/idtoken?api-version=2.0`,
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: this.options.github.requestToken
    }
  }

  issuedSecrets() {
    return [...this.secrets, this.options.github.requestToken]
  }

  /** @param {Record<string, unknown>} partial */
  seedRelease(partial) {
    const r = this.releaseStore.insert(partial)
    return jsonCopy(r)
  }

  releases() {
    return this.releaseStore.releases.map(r => jsonCopy(r))
  }

  /**
   * @param {number} id
   * @param {(body: string) => string} edit
   * @param {number} [times]
   */
  raceRelease(id, edit, times = 1) {
    this.releaseStore.race(id, edit, times)
  }

  /**
   * @param {number} count
   * @param {number} [timeoutMs]
   */
  holdReleaseReads(count, timeoutMs = 10_000) {
    if (!(Number.isInteger(count) && count >= 1))
      throw new TypeError('count must be an integer >= 1')
    if (this.readHold) this.releaseHold(this.readHold)
    const hold = { count, waiting: /** @type {Array<() => void>} */ ([]) }
    this.readHold = hold
    const timer = setTimeout(() => {
      this.timers.delete(timer)
      this.releaseHold(hold)
    }, timeoutMs)
    this.timers.add(timer)
  }

  /** @param {'write' | 'read'} permission */
  setContentsPermission(permission) {
    if (permission !== 'write' && permission !== 'read') {
      throw new TypeError("permission must be 'write' or 'read'")
    }
    this.releaseStore.contents = permission
  }

  githubApiEnv() {
    return { GITHUB_API_URL: `${this.url}${GITHUB_API_PREFIX}` }
  }

  /** @param {string} [accessKeyId] */
  expireCredentials(accessKeyId) {
    this.credentials.expire(this.now(), accessKeyId)
  }

  reset() {
    this.generation++
    this.store.clear()
    this.log.length = 0
    this.peaks.clear()
    this.faults.clear()
    this.credentials.clear()
    this.secrets.clear()
    this.nonces.clear()
    this.releaseStore.clear()
    this.addImageRacers.length = 0
    if (this.readHold) this.releaseHold(this.readHold)
  }

  close() {
    if (this.closing) return this.closing
    this.closed = true
    for (const timer of this.timers) clearTimeout(timer)
    this.timers.clear()
    this.closing = new Promise(resolve => {
      this.server.close(() => resolve())
      this.server.closeAllConnections()
      for (const socket of this.sockets) socket.destroy()
    })
    return this.closing
  }
}

/** Whether the request's Accept-Encoding takes gzip (q=0 refuses it). */
function acceptsGzip(/** @type {http.IncomingMessage | undefined} */ req) {
  return String(req?.headers['accept-encoding'] ?? '')
    .toLowerCase()
    .split(',')
    .map(part => part.trim().split(';'))
    .some(
      ([coding, q]) => (coding === 'gzip' || coding === '*') && !/^\s*q=0(\.0*)?\s*$/.test(q ?? '')
    )
}

/**
 * The answer's bytes as sent: gzip when the client asks for it and the option `compression`
 * is 'gzip' (the default), as a gateway that compresses would answer.
 * @param {http.ServerResponse} res
 * @param {string} text
 * @param {'gzip' | 'none'} compression
 */
function encodeBody(res, text, compression) {
  if (compression === 'gzip' && acceptsGzip(res.req)) {
    return {
      bytes: zlib.gzipSync(text),
      headers: { 'content-encoding': 'gzip', vary: 'Accept-Encoding' }
    }
  }
  return { bytes: Buffer.from(text), headers: {} }
}

/** @type {Map<number, Buffer>} */
const bombs = new Map()
/** gzip of `bytes` spaces, made in 1 MiB members (so bounded memory) once per size. */
function gzipBomb(bytes) {
  let bomb = bombs.get(bytes)
  if (!bomb) {
    const chunks = []
    for (let left = bytes; left > 0; left -= 1024 * 1024) {
      chunks.push(zlib.gzipSync(Buffer.alloc(Math.min(left, 1024 * 1024), 0x20)))
    }
    // Concatenated gzip members decode as one stream.
    bomb = Buffer.concat(chunks)
    bombs.set(bytes, bomb)
  }
  return bomb
}

/**
 * @param {http.IncomingMessage} req
 * @param {string} name
 * @returns {string | undefined}
 */
function firstHeader(req, name) {
  const value = req.headersDistinct[name]?.[0]
  return value === undefined || value === '' ? undefined : value
}

function invalidVersion() {
  return new ApiError(400, 'InvalidVersion', 'Specified parameter Version is not valid.')
}

/** @param {string} action */
function actionNotFound(action) {
  return new ApiError(
    404,
    'InvalidAction.NotFound',
    `Specified api ${action} is not found, please check your url and method.`
  )
}

/**
 * Starts an emulator on 127.0.0.1.
 * @param {EmulatorOptions} [options]
 * @returns {Promise<import('./emulator.d.mts').Emulator>}
 */
export async function startEmulator(options = {}) {
  const emulator = new Emulator(options)
  await emulator.listen(options.port ?? 0)
  return /** @type {import('./emulator.d.mts').Emulator} */ (/** @type {unknown} */ (emulator))
}

import * as OpenApi from '@alicloud/openapi-client'
import { ApiError, type Service } from '../failures/errors.js'
import { networkErrorCode, proxyFailure } from '../failures/error-codes.js'
import type { Endpoint } from './endpoint.js'
import { boundTransport, describeKind, TransportError } from './openapi-transport.js'
import { withinBudget, type StepBudget } from '../budget/step-budget.js'
import { loggedHttpCall } from './call-log.js'

export interface StaticCredentials {
  accessKeyId: string
  accessKeySecret: string
  securityToken?: string
}

export interface RpcCall {
  action: string
  /** RPC parameters sent in the query string. */
  query?: Record<string, string>
  /** RPC parameters sent as an x-www-form-urlencoded body (kept out of URLs: tokens). */
  form?: Record<string, string>
}

export interface RpcAnswer {
  body: Record<string, unknown>
  requestId?: string
}

/** One HTTP attempt of one RPC call; failures come out as ApiError. */
export type RpcCaller = (call: RpcCall) => Promise<RpcAnswer>

export interface RpcCallerOptions {
  service: Service
  version: string
  endpoint: Endpoint
  /** Absent: anonymous calls (STS AssumeRoleWithOIDC). */
  credentials?: StaticCredentials
  /** Who the credentials are, for messages: `the AccessKey LTAI…` or `the RAM role acs:ram::…`. */
  identity?: string
  /** Where the credentials' secret came from, for the advice on a wrong secret. */
  secretSource?: string
  timeoutMs: number
  /** The step's budget: each attempt's timeout is clipped to what is left of it. */
  budget: StepBudget
}

// The package is CommonJS with __esModule. TypeScript (like Node's ESM loader) sees the whole
// module.exports on `default`; the bundle (webpack) puts the Client class itself there.
type ClientClass = typeof OpenApi.default.default
const exported: unknown = OpenApi.default
const Client = (
  typeof exported === 'function' ? exported : (exported as { default: ClientClass }).default
) as ClientClass
type Runtime = Parameters<InstanceType<ClientClass>['callApi']>[2]

export function createRpcCaller(options: RpcCallerOptions): RpcCaller {
  const { service, version, endpoint, credentials, identity, secretSource, timeoutMs, budget } =
    options
  // Every failure names where it went and as whom.
  const where = { host: endpoint.host, identity, secretSource }
  boundTransport()
  const client = new Client(
    new OpenApi.Config({
      credential: credentials ? (staticCredential(credentials) as never) : undefined,
      endpoint: endpoint.host,
      protocol: endpoint.protocol,
      readTimeout: timeoutMs,
      connectTimeout: timeoutMs
    })
  )

  return async ({ action, query, form }) => {
    const params = new OpenApi.Params({
      action,
      version,
      protocol: endpoint.protocol.toUpperCase(),
      pathname: '/',
      method: 'POST',
      authType: credentials ? 'AK' : 'Anonymous',
      style: 'RPC',
      reqBodyType: 'formData',
      // transport.ts has read and parsed the body; 'binary' hands it back untouched.
      bodyType: 'binary'
    })
    const request = new OpenApi.OpenApiRequest({ query, body: form })
    const response = (await loggedHttpCall(
      { service, action, host: endpoint.host },
      () =>
        withinBudget(budget, { service, action, ...where }, timeoutMs, ms =>
          // The client's own retry loop (autoretry) never fires; ours is in retry.ts.
          client
            .callApi(params, request, {
              readTimeout: ms,
              connectTimeout: ms,
              autoretry: false
            } as Runtime)
            .catch((err: unknown) => {
              throw toApiError(service, action, err).with(where)
            })
        ),
      answer => {
        const a = answer as Answer
        const body = a.body as Record<string, unknown> | undefined
        return {
          status: a.statusCode,
          requestId: answerRequestId(a),
          // An HTTP 200 with Success: false fails below: the line says so.
          code: body?.Success === false ? (stringField(body, 'Code') ?? 'UnknownError') : undefined
        }
      }
    )) as Answer
    const body = (response.body ?? {}) as Record<string, unknown>
    const requestId = answerRequestId(response)
    // The client returns an HTTP 200 with Success: false as a success.
    if (body.Success === false) {
      throw new ApiError({
        service,
        action,
        code: stringField(body, 'Code') ?? 'UnknownError',
        httpStatus: response.statusCode,
        requestId,
        serverMessage: stringField(body, 'Message'),
        ...where
      })
    }
    return { body, requestId }
  }
}

type Answer = { body?: unknown; statusCode?: number; headers?: Record<string, unknown> }

/** The answer's RequestId: read here for answers, and in transport.ts for errors. */
function answerRequestId(answer: Answer): string | undefined {
  return (
    stringField(answer.body as Record<string, unknown> | undefined, 'RequestId') ??
    stringField(answer.headers, REQUEST_ID_HEADER)
  )
}

/** The credential interface the client calls before signing: fixed keys, no provider chain. */
function staticCredential(c: StaticCredentials) {
  const model = {
    accessKeyId: c.accessKeyId,
    accessKeySecret: c.accessKeySecret,
    securityToken: c.securityToken,
    type: c.securityToken ? 'sts' : 'access_key',
    providerName: ''
  }
  return {
    getCredential: async () => model,
    getAccessKeyId: async () => model.accessKeyId,
    getAccessKeySecret: async () => model.accessKeySecret,
    getSecurityToken: async () => model.securityToken,
    getType: () => model.type
  }
}

/** Sent with every answer; Node gives header names in lower case. */
const REQUEST_ID_HEADER = 'x-acs-request-id'

function stringField(obj: Record<string, unknown> | undefined, key: string): string | undefined {
  const v = obj?.[key]
  return typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined
}

interface ThrownShape {
  name?: string
  code?: string
  statusCode?: number
  data?: Record<string, unknown>
  message?: string
}

/**
 * Turns whatever the client library threw into an ApiError. Only known fields are
 * copied: the library's own errors can hold the signed request with its headers.
 */
export function toApiError(service: Service, action: string, err: unknown): ApiError {
  if (err instanceof TransportError) return fromAnswer(service, action, err)
  const e = (typeof err === 'object' && err !== null ? err : {}) as ThrownShape
  const base = { service, action }
  const status = typeof e.statusCode === 'number' ? e.statusCode : undefined

  if (status !== undefined && e.data) {
    return new ApiError({
      ...base,
      code: typeof e.code === 'string' && e.code !== 'undefined' ? e.code : `HTTP${status}`,
      httpStatus: status,
      requestId: stringField(e.data, 'RequestId') ?? stringField(e.data, 'requestId'),
      serverMessage: stringField(e.data, 'Message') ?? stringField(e.data, 'message')
    })
  }
  if (e.name === 'SyntaxError') {
    // A body that is not JSON: an HTML error page from a proxy or load balancer.
    return new ApiError({ ...base, code: 'InvalidResponse' })
  }
  if (e.code === 'ETUNNELTIMEOUT') {
    // The proxy never opened the tunnel: nothing reached the endpoint.
    return new ApiError({ ...base, code: 'RequestTimeout', delivery: 'not-sent' })
  }
  const name = e.name ?? ''
  const message = e.message ?? ''
  if (/Timeout/i.test(name) || /Timeout/.test(message)) {
    return new ApiError({ ...base, code: 'RequestTimeout' })
  }
  if (e.code === 'EPROXY') {
    return new ApiError({ ...base, ...proxyFailure((e as { status?: number }).status ?? 0) })
  }
  const network = networkErrorCode(e.code, message)
  if (network) return new ApiError({ ...base, code: network })
  // Nothing says how far the request got.
  return new ApiError({ ...base, code: 'UnknownError' })
}

/** An HTTP answer that came back but is not a usable API answer, or that was cut off. */
function fromAnswer(service: Service, action: string, err: TransportError): ApiError {
  const base = { service, action, requestId: err.requestId, retryAfterMs: err.retryAfterMs }
  if (err.kind === 'too-large') {
    return new ApiError({ ...base, code: 'ResponseTooLarge', httpStatus: err.statusCode })
  }
  if (err.kind === 'stalled') {
    return new ApiError({ ...base, code: 'ResponseStalled', httpStatus: err.statusCode })
  }
  const status = err.statusCode
  const code = stringField(err.data, 'Code') ?? stringField(err.data, 'code')
  if (code) {
    // A service error, in JSON or XML: its own code, message and RequestId.
    return new ApiError({
      ...base,
      code,
      httpStatus: status,
      serverMessage: stringField(err.data, 'Message') ?? stringField(err.data, 'message')
    })
  }
  // No code: a gateway, firewall or proxy answered, or the service sent a body it should not.
  // Its status decides (the table's InvalidResponse): a 4xx is not re-sent, a 5xx is.
  return new ApiError({
    ...base,
    code: 'InvalidResponse',
    httpStatus: status,
    serverMessage: `the answer was ${describeKind(err.kind, err.contentType)}`
  })
}

import type { IncomingMessage } from 'node:http'
import { gunzipSync, inflateSync } from 'node:zlib'
import * as Tea from '@alicloud/tea-typescript'
import { parseXmlDocument } from '../stand-ins/tea-xml.js'
import { stripUrls } from '../report/urls.js'

/**
 * The one place where @alicloud/openapi-client's HTTP answers are read. Its own reading
 * (tea-util) has no size limit, turns a body that stalls past the read timeout into a
 * "connection reset", loses the status and the x-acs-request-id header of an answer that is
 * not a JSON object, and its errors end with the whole signed request URL. `doAction`, the
 * transport the client calls for every request, is wrapped (not replaced) so that:
 * - an answer body is read up to MAX_ANSWER_BYTES and within the read timeout;
 * - an HTTP error (4xx/5xx) becomes a TransportError with its status, code and RequestId,
 *   whatever its body (JSON, XML, HTML, text, nothing);
 * - a success whose body is not a JSON object is a TransportError too;
 * - a thrown error keeps its name and code, never the request URL;
 * - a success's body is read and parsed once, here: the client gets the parsed object
 *   (openapi.ts asks it for bodyType 'binary', which hands the body back as it is);
 * - answers are asked for gzip-compressed (a ListImages page of 100 shrinks from about 25 kB
 *   to 3 kB, within a new connection's first flight) and decoded here, the size limit
 *   applying to the decoded bytes too (a small body that inflates without end is refused).
 */

/** No E-HPC Instant or STS answer comes near this (a ListImages page of 100 is ~100 KiB). */
const MAX_ANSWER_BYTES = 8 * 1024 * 1024

export type AnswerKind =
  'json' | 'json-not-object' | 'xml' | 'html' | 'text' | 'empty' | 'too-large' | 'stalled'

/** An HTTP answer the action cannot use as the API's JSON, or one it stopped reading. */
export class TransportError extends Error {
  constructor(
    readonly kind: AnswerKind,
    readonly statusCode: number,
    readonly requestId: string | undefined,
    /** Code, Message and RequestId from a JSON object or XML error body. */
    readonly data: Record<string, unknown> = {},
    readonly contentType = '',
    /** The wait the answer asked for (x-acs-retry-after), in milliseconds. */
    readonly retryAfterMs?: number
  ) {
    super(`HTTP ${statusCode}: ${describeKind(kind, contentType)}`)
    this.name = 'TransportError'
  }
}

export function describeKind(kind: AnswerKind, contentType: string): string {
  const type = contentType ? ` (${contentType})` : ''
  switch (kind) {
    case 'json':
      return 'a JSON error answer'
    case 'json-not-object':
      return `JSON that is not an object${type}`
    case 'xml':
      return `an XML answer${type}`
    case 'html':
      return `an HTML page${type}`
    case 'text':
      return `a body that is not JSON${type}`
    case 'empty':
      return `an empty body${type}`
    case 'too-large':
      return `an answer larger than ${MAX_ANSWER_BYTES / 1024 / 1024} MiB`
    case 'stalled':
      return 'an answer whose body stopped coming'
  }
}

type DoAction = typeof Tea.doAction
interface TeaModule {
  doAction: DoAction
}

// The package is CommonJS: Node's ESM loader puts module.exports on `default`, the bundle
// gives module.exports itself.
const teaModule: TeaModule =
  typeof (Tea as unknown as { default?: TeaModule }).default?.doAction === 'function'
    ? (Tea as unknown as { default: TeaModule }).default
    : (Tea as unknown as TeaModule)

let installed = false

/** Wraps the client's transport once per process. */
export function boundTransport(): void {
  if (installed) return
  installed = true
  const original = teaModule.doAction
  teaModule.doAction = async function (request, runtime) {
    const started = Date.now()
    const readTimeout = Number(runtime?.readTimeout) || 30_000
    if (!Object.keys(request.headers).some(name => /^authorization$/i.test(name))) {
      asOfficialAnonymousCall(request)
    }
    let response: Tea.Response
    // Added after signing: the signature covers host, content-type and x-acs-* headers only.
    request.headers = { ...request.headers, 'accept-encoding': 'gzip' }
    try {
      response = await original(request, runtime)
    } catch (err) {
      throw withoutUrl(err)
    }
    const requestId = header(response.headers, 'x-acs-request-id')
    const contentType = header(response.headers, 'content-type') ?? ''
    const raw = await readBounded(response.body, started + readTimeout, response.statusCode)
    const bytes = decoded(
      raw,
      header(response.headers, 'content-encoding'),
      response.statusCode,
      requestId
    )
    const answer = classify(bytes, contentType)
    if (response.statusCode >= 400) {
      throw new TransportError(
        answer.kind,
        response.statusCode,
        stringOf(answer.data.RequestId) ?? stringOf(answer.data.requestId) ?? requestId,
        answer.data,
        contentType,
        serverRetryAfterMs(header(response.headers, RETRY_AFTER_HEADER))
      )
    }
    if (answer.kind !== 'json') {
      throw new TransportError(answer.kind, response.statusCode, requestId, {}, contentType)
    }
    // Handing the client the bytes again would copy and parse every answer a second time.
    response.body = answer.data as unknown as IncomingMessage
    return response
  } as DoAction
}

/**
 * An anonymous call (STS AssumeRoleWithOIDC) goes as @alicloud/credentials sends it: no
 * `x-acs-*` headers (the client adds them for signing, and nothing is signed), and the form
 * body with a Content-Length rather than chunked (the client hands the body over as a stream).
 */
function asOfficialAnonymousCall(request: Tea.Request): void {
  for (const name of Object.keys(request.headers)) {
    if (/^x-acs-/i.test(name)) delete request.headers[name]
  }
  const bytes = (request.body as unknown as { value?: unknown } | undefined)?.value
  if (Buffer.isBuffer(bytes)) request.headers['content-length'] = String(bytes.length)
}

/**
 * The body as sent before its Content-Encoding: gzip (asked for) and deflate, at most
 * MAX_ANSWER_BYTES decoded. Any other coding, or a body that does not decode, is a
 * TransportError like any unusable answer.
 */
function decoded(
  raw: Buffer,
  encoding: string | undefined,
  status: number,
  requestId?: string
): Buffer {
  const coding = encoding?.toLowerCase()
  if (!coding || coding === 'identity' || raw.length === 0) return raw
  const decode =
    coding === 'gzip' || coding === 'x-gzip'
      ? gunzipSync
      : coding === 'deflate'
        ? inflateSync
        : undefined
  if (!decode) throw new TransportError('text', status, requestId, {}, `Content-Encoding ${coding}`)
  try {
    return decode(raw, { maxOutputLength: MAX_ANSWER_BYTES })
  } catch (err) {
    const tooLarge = (err as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE'
    throw new TransportError(
      tooLarge ? 'too-large' : 'text',
      status,
      requestId,
      {},
      tooLarge ? '' : `Content-Encoding ${coding} that does not decode`
    )
  }
}

/**
 * Alibaba Cloud's gateway asks a client to come back later with this header on an error
 * answer: a wait in milliseconds. Its own clients (aliyun/darabonba-openapi) take only a
 * positive integer and treat anything else as no header.
 */
const RETRY_AFTER_HEADER = 'x-acs-retry-after'

export function serverRetryAfterMs(value: string | undefined): number | undefined {
  if (value === undefined || !/^\d{1,9}$/.test(value)) return undefined
  const ms = Number(value)
  return ms > 0 ? ms : undefined
}

function header(headers: Record<string, unknown>, name: string): string | undefined {
  const v = headers?.[name]
  const s = Array.isArray(v) ? v[0] : v
  return typeof s === 'string' && s.trim() !== '' ? s.trim() : undefined
}

function stringOf(v: unknown): string | undefined {
  return typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined
}

/**
 * Reads the body up to MAX_ANSWER_BYTES and until `deadline`. The library's own read timer
 * destroys the socket at the same deadline, which the stream reports as a reset: an error
 * at or after the deadline is a stalled body, not a reset.
 */
function readBounded(stream: IncomingMessage, deadline: number, status: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    let done = false
    const finish = (err?: Error) => {
      if (done) return
      done = true
      clearTimeout(timer)
      // The stream outlives this read (the client's read timer holds it for its whole
      // timeout): listeners left on it would keep this page's bytes alive that long.
      stream.off('data', onData).off('end', onEnd).off('error', onError).off('close', onClose)
      if (err) {
        // Destroying may still emit an error, which would otherwise be thrown.
        stream.on('error', () => {}).destroy()
        reject(err)
      } else resolve(Buffer.concat(chunks, size))
    }
    const stalled = () => new TransportError('stalled', status, undefined)
    const timer = setTimeout(() => finish(stalled()), Math.max(1, deadline - Date.now()))
    const onData = (chunk: Buffer) => {
      size += chunk.length
      if (size > MAX_ANSWER_BYTES) {
        finish(new TransportError('too-large', status, header(stream.headers, 'x-acs-request-id')))
        return
      }
      chunks.push(chunk)
    }
    const onEnd = () => finish()
    const onError = (err: Error) =>
      finish(Date.now() >= deadline - 20 ? stalled() : (withoutUrl(err) as Error))
    const onClose = () => {
      if (!stream.complete) finish(Date.now() >= deadline - 20 ? stalled() : closedEarly())
    }
    stream.on('data', onData).on('end', onEnd).on('error', onError).on('close', onClose)
  })
}

function closedEarly(): Error {
  const err = new Error('the connection closed before the whole answer came') as Error & {
    code: string
  }
  err.code = 'ECONNRESET'
  return err
}

/** What the body is: a JSON object (with its fields), another JSON value, XML, HTML, text. */
function classify(
  bytes: Buffer,
  contentType: string
): { kind: AnswerKind; data: Record<string, unknown> } {
  const text = bytes.toString('utf8').trim()
  if (text === '') return { kind: 'empty', data: {} }
  try {
    const value: unknown = JSON.parse(text)
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      return { kind: 'json', data: value as Record<string, unknown> }
    }
    return { kind: 'json-not-object', data: {} }
  } catch {
    // not JSON: look further
  }
  if (/^<!doctype html|^<html|text\/html/i.test(text.slice(0, 100) + ' ' + contentType)) {
    return { kind: 'html', data: {} }
  }
  if (/xml/i.test(contentType) || text.startsWith('<?xml') || /^<Error>/.test(text)) {
    return { kind: 'xml', data: xmlErrorFields(text) }
  }
  return { kind: 'text', data: {} }
}

/**
 * The fields of an XML error body (`<Error><Code>…`), read with the parser the bundle uses
 * for the client's own XML (src/stand-ins/tea-xml.ts); {} when it is not well-formed.
 */
function xmlErrorFields(text: string): Record<string, unknown> {
  try {
    const root = parseXmlDocument(text)
    const error = root && (root.Error ?? Object.values(root)[0])
    return error && typeof error === 'object' && !Array.isArray(error) ? error : {}
  } catch {
    return {}
  }
}

/**
 * The same error without any URL: httpx appends "POST http://host/?<signed query> failed."
 * to its messages, and the query holds every parameter (a registry password included).
 */
function withoutUrl(err: unknown): unknown {
  if (!(err instanceof Error)) return err
  const message = stripUrls(err.message)
  if (message === err.message) return err
  const copy = new Error(message) as Error & Record<string, unknown>
  copy.name = err.name
  for (const key of ['code', 'status', 'statusCode', 'errno', 'syscall'] as const) {
    const v = (err as unknown as Record<string, unknown>)[key]
    if (v !== undefined) copy[key] = v
  }
  return copy
}

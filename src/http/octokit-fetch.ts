import http from 'node:http'
import https from 'node:https'
import { logHttpCall } from './call-log.js'

/**
 * A `fetch` for Octokit over node:http / node:https. Node 20's own fetch (undici) ignores
 * HTTPS_PROXY and NO_PROXY; requests made here go through the agents that proxy.ts routes,
 * so GitHub API calls follow the same proxy rules as every other call of the action. Each
 * request, redirects included, is bounded by `timeoutMs` and its answer by `maxBodyBytes`.
 */

export interface HttpFetchOptions {
  timeoutMs: number
  /** Default 64 MiB: a page of 100 releases at GitHub's 125,000-character body limit fits. */
  maxBodyBytes?: number
  /** Default 5. */
  maxRedirects?: number
}

/** The part of the fetch() init that Octokit passes. */
export interface FetchInit {
  method?: string
  headers?: Record<string, string>
  body?: string | Uint8Array | null
  redirect?: string
  signal?: AbortSignal | null
}

export type FetchLike = (url: string | URL, init?: FetchInit) => Promise<Response>

export interface HttpFetch {
  fetch: FetchLike
  /** The same fetch with its bound (redirects included) cut to `ms`: what is left of the step's budget. */
  within: (ms: number) => FetchLike
  /** Closes the kept-alive connections. */
  close: () => void
}

/** A failure of the transport itself; `code` says which (ETIMEDOUT, ETOOLARGE, ...). */
export class HttpFetchError extends Error {
  constructor(
    readonly code: string,
    message: string
  ) {
    super(message)
    this.name = 'HttpFetchError'
  }
}

interface RawAnswer {
  status: number
  statusText: string
  headers: http.IncomingHttpHeaders
  body: Buffer
}

const REDIRECTS = new Set([301, 302, 303, 307, 308])
const NULL_BODY = new Set([204, 205, 304])

export function createHttpFetch(options: HttpFetchOptions): HttpFetch {
  const { timeoutMs, maxBodyBytes = 64 * 1024 * 1024, maxRedirects = 5 } = options
  const agents = {
    'http:': new http.Agent({ keepAlive: true }),
    'https:': new https.Agent({ keepAlive: true })
  }

  const once = (
    url: URL,
    method: string,
    headers: Record<string, string>,
    body: Buffer | undefined,
    signal: AbortSignal | null | undefined,
    bound: { deadline: number; ms: number }
  ) =>
    new Promise<RawAnswer>((resolve, reject) => {
      const protocol = url.protocol as keyof typeof agents
      const send = protocol === 'https:' ? https.request : http.request
      const req = send(url, {
        method,
        headers: body ? { ...headers, 'content-length': String(body.length) } : headers,
        agent: agents[protocol]
      })
      let settled = false
      const finish = () => {
        settled = true
        clearTimeout(timer)
        signal?.removeEventListener('abort', onAbort)
      }
      const fail = (err: Error) => {
        if (settled) return
        finish()
        reject(err)
        req.destroy()
      }
      const timer = setTimeout(
        () => fail(new HttpFetchError('ETIMEDOUT', `no complete answer within ${bound.ms} ms`)),
        Math.max(1, bound.deadline - Date.now())
      )
      const onAbort = () => fail(new HttpFetchError('EABORTED', 'the request was aborted'))
      signal?.addEventListener('abort', onAbort, { once: true })
      req.on('error', fail)
      req.on('response', res => {
        const chunks: Buffer[] = []
        let size = 0
        res.on('data', (chunk: Buffer) => {
          size += chunk.length
          if (size > maxBodyBytes) {
            fail(new HttpFetchError('ETOOLARGE', `the answer is larger than ${maxBodyBytes} bytes`))
          } else chunks.push(chunk)
        })
        res.on('error', fail)
        res.on('aborted', () => fail(new HttpFetchError('ECONNRESET', 'the answer was cut off')))
        res.on('end', () => {
          if (settled) return
          finish()
          resolve({
            status: res.statusCode ?? 0,
            statusText: res.statusMessage ?? '',
            headers: res.headers,
            body: Buffer.concat(chunks)
          })
        })
      })
      if (signal?.aborted) onAbort()
      else req.end(body)
    })

  const within =
    (ms: number): FetchLike =>
    (input, init = {}) =>
      fetchBy({ deadline: Date.now() + ms, ms }, input, init)

  const fetchBy = async (
    bound: { deadline: number; ms: number },
    input: string | URL,
    init: FetchInit
  ) => {
    let url = new URL(String(input))
    let method = (init.method ?? 'GET').toUpperCase()
    const headers = { ...init.headers }
    let body =
      init.body === undefined || init.body === null
        ? undefined
        : typeof init.body === 'string'
          ? Buffer.from(init.body, 'utf8')
          : Buffer.from(init.body)
    for (let hop = 0; ; hop++) {
      if (url.protocol !== 'http:' && url.protocol !== 'https:') {
        throw new HttpFetchError('EPROTOCOL', `cannot fetch ${url.protocol} URLs`)
      }
      const answer = await logged(url, method, () =>
        once(url, method, headers, body, init.signal, bound)
      )
      const location = answer.headers.location
      if (!REDIRECTS.has(answer.status) || !location || init.redirect === 'manual') {
        return toResponse(answer, url, method)
      }
      const next = new URL(location, url)
      if (init.redirect === 'error' || hop >= maxRedirects) {
        // The host only: a Location's path and query may hold a signature or token.
        throw new HttpFetchError('EREDIRECT', `too many redirects (the last to ${next.host})`)
      }
      // As fetch() does: credentials stay with the origin they were meant for.
      if (next.origin !== url.origin) {
        for (const name of Object.keys(headers)) {
          if (name.toLowerCase() === 'authorization') delete headers[name]
        }
      }
      if (
        answer.status === 303 ||
        ((answer.status === 301 || answer.status === 302) && method === 'POST')
      ) {
        method = 'GET'
        body = undefined
        for (const name of Object.keys(headers)) {
          if (/^content-(type|length)$/i.test(name)) delete headers[name]
        }
      }
      url = next
    }
  }

  return {
    fetch: within(timeoutMs),
    within,
    close: () => {
      agents['http:'].destroy()
      agents['https:'].destroy()
    }
  }
}

/** One exchange with the GitHub API, in the debug log: the path only, never the query. */
async function logged(
  url: URL,
  method: string,
  send: () => Promise<RawAnswer>
): Promise<RawAnswer> {
  const call = { service: 'github' as const, host: url.host, action: `${method} ${url.pathname}` }
  const started = performance.now()
  try {
    const answer = await send()
    const requestId = answer.headers['x-github-request-id']
    logHttpCall({
      ...call,
      status: answer.status,
      requestId: typeof requestId === 'string' ? requestId : undefined,
      durationMs: performance.now() - started
    })
    return answer
  } catch (err) {
    const code =
      err instanceof HttpFetchError ? err.code : ((err as { code?: string }).code ?? 'failed')
    logHttpCall({ ...call, code, durationMs: performance.now() - started })
    throw err
  }
}

function toResponse(answer: RawAnswer, url: URL, method: string): Response {
  if (answer.status < 200 || answer.status > 599) {
    throw new HttpFetchError('EBADSTATUS', `the server answered with status ${answer.status}`)
  }
  const headers = new Headers()
  for (const [name, value] of Object.entries(answer.headers)) {
    if (Array.isArray(value)) for (const v of value) headers.append(name, v)
    else if (value !== undefined) headers.append(name, value)
  }
  const empty = NULL_BODY.has(answer.status) || method === 'HEAD'
  const response = new Response(empty ? null : answer.body, {
    status: answer.status,
    statusText: answer.statusText,
    headers
  })
  Object.defineProperty(response, 'url', { value: url.href })
  return response
}

import { request as httpRequest, type IncomingHttpHeaders } from 'node:http'
import { request as httpsRequest } from 'node:https'

/**
 * The HTTP request of @alicloud/credentials' URICredentialsProvider, bounded. The library's
 * own (httpx.read) keeps every byte of the answer with no size limit, and at its read
 * timeout it rejects but leaves the response streaming: a server that drips keeps the
 * socket (and the process) alive for good, one that floods fills memory. The provider takes
 * its request function from its `doRequest` member; this one is put there. It reads at most
 * `maxBytes`, and at the bound or the cap it destroys the request, so nothing stays open.
 * The provider still checks the status and parses the answer itself.
 */

/** A credentials URI answers with a few hundred bytes of JSON. */
export const MAX_URI_ANSWER_BYTES = 64 * 1024

/** What the provider hands its request function (the library's http Request). */
export interface LibraryRequest {
  method?: string
  headers?: Record<string, string>
  toRequestURL(): string
}

/** What the provider reads from the answer (the library's http Response). */
export interface LibraryResponse {
  statusCode: number
  headers: IncomingHttpHeaders
  body: Buffer
}

export interface BoundedRequestOptions {
  /** For connecting, the headers and the whole body together. */
  timeoutMs: number
  maxBytes?: number
}

export function boundedUriRequest(
  options: BoundedRequestOptions
): (req: LibraryRequest) => Promise<LibraryResponse> {
  const maxBytes = options.maxBytes ?? MAX_URI_ANSWER_BYTES
  return req =>
    new Promise<LibraryResponse>((resolve, reject) => {
      const url = new URL(req.toRequestURL())
      const send = url.protocol === 'https:' ? httpsRequest : httpRequest
      const request = send(url, { method: req.method ?? 'GET', headers: req.headers })
      let settled = false
      const fail = (err: Error) => {
        if (settled) return
        settled = true
        clearTimeout(timer)
        request.destroy()
        reject(err)
      }
      const timer = setTimeout(
        () =>
          fail(
            Object.assign(new Error(`no answer within ${options.timeoutMs} ms`), {
              code: 'ETIMEOUT'
            })
          ),
        options.timeoutMs
      )
      request.on('error', fail)
      request.on('response', response => {
        const chunks: Buffer[] = []
        let size = 0
        response.on('data', (chunk: Buffer) => {
          size += chunk.length
          if (size > maxBytes) {
            fail(
              Object.assign(
                new Error(`the answer is larger than ${maxBytes / 1024} KiB, so it was not read`),
                { code: 'ETOOLARGE' }
              )
            )
            return
          }
          chunks.push(chunk)
        })
        response.on('error', fail)
        response.on('end', () => {
          if (settled) return
          settled = true
          clearTimeout(timer)
          resolve({
            statusCode: response.statusCode ?? 0,
            headers: response.headers,
            body: Buffer.concat(chunks, size)
          })
        })
      })
      request.end()
    })
}

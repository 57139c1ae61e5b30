import * as core from '@actions/core'
import { ApiError, type Service } from '../failures/errors.js'
import { SERVICE_NAME } from '../failures/error-codes.js'
import { log } from '../report/log.js'

/**
 * The one place every HTTP call of the action is written to the debug log (RUNNER_DEBUG=1):
 * service, host, API action, status, RequestId and duration. It takes only these fields,
 * never a URL, header or body, so that no query string, signature or token can reach it;
 * the text goes through log.debug, which escapes control, line-separator and bidi characters.
 */
export interface HttpCallRecord {
  service: Service
  /** host[:port] the call went to. */
  host: string
  /** The API action (AddImage, AssumeRoleWithOIDC) or `METHOD /path` for REST calls. */
  action: string
  /** The answer's HTTP status; absent when no answer came. */
  status?: number
  requestId?: string
  durationMs: number
  /** The failure's code when the call failed (RequestTimeout, InvalidParams). */
  code?: string
}

/** Where the lines go: the debug log; a test passes its own. */
let sink: (line: string) => void = line => log.debug(line)
let enabled: () => boolean = () => core.isDebug()

/** For tests: collect the lines instead, whatever RUNNER_DEBUG says. Returns the restore. */
export function captureHttpCalls(to: (line: string) => void): () => void {
  const [before, wasEnabled] = [sink, enabled]
  sink = to
  enabled = () => true
  return () => {
    sink = before
    enabled = wasEnabled
  }
}

/** The debug line for one call. */
export function httpCallLine(r: HttpCallRecord): string {
  const status = r.status === undefined ? 'no answer' : `HTTP ${r.status}`
  const requestId = r.requestId ? `, RequestId ${r.requestId}` : ''
  const code = r.code ? `, ${r.code}` : ''
  return `HTTP call: ${SERVICE_NAME[r.service]} ${r.action} at ${r.host}: ${status}${code}${requestId}, ${Math.round(r.durationMs)} ms`
}

export function logHttpCall(r: HttpCallRecord): void {
  if (enabled()) sink(httpCallLine(r))
}

/** What a call's answer says for the log. */
export interface CallAnswer {
  status?: number
  requestId?: string
  /** An answer that is a failure although its status is not (Success: false). */
  code?: string
}

/**
 * Milliseconds on a monotonic clock. Not performance.now(): the first use of the global
 * `performance` loads perf_hooks, about 0.7 ms of every run's start-up.
 */
function monotonicMs(): number {
  return Number(process.hrtime.bigint()) / 1e6
}

/**
 * Runs one HTTP call and logs it: on success what `answered` reads from its result, on
 * failure the ApiError's status, RequestId and code (or "no answer").
 */
export async function loggedHttpCall<T>(
  call: Pick<HttpCallRecord, 'service' | 'host' | 'action'>,
  send: () => Promise<T>,
  answered: (result: T) => CallAnswer,
  now: () => number = monotonicMs
): Promise<T> {
  const started = now()
  try {
    const result = await send()
    logHttpCall({ ...call, ...answered(result), durationMs: now() - started })
    return result
  } catch (err) {
    const failed =
      err instanceof ApiError
        ? { status: err.httpStatus, requestId: err.requestId, code: err.code }
        : { code: err instanceof Error ? err.name : 'failed' }
    logHttpCall({ ...call, ...failed, durationMs: now() - started })
    throw err
  }
}

import { AsyncLocalStorage } from 'node:async_hooks'
import diagnostics from 'node:diagnostics_channel'
import type { ClientRequest, IncomingMessage } from 'node:http'
import { ApiError } from '../failures/errors.js'
import { networkErrorCode, proxyFailure } from '../failures/error-codes.js'
import { withRetry, type RetryPolicy } from '../failures/retry.js'
import { httpHost, stripUrls } from '../report/urls.js'
import { withinBudget, type StepBudget } from '../budget/step-budget.js'
import { IdTokenAnswerError } from './id-token-error.js'
import { loggedHttpCall } from '../http/call-log.js'

/**
 * The ID-token request (src/credentials/id-token-request.ts) with the bounds every other call has. It sets no time limit of its own,
 * so an endpoint (or a proxy in front of it) that accepts the connection and never answers
 * would hold the step until the job's timeout. Each attempt here gets request-timeout-seconds;
 * at the limit, the HTTP requests it started (the GET, and a proxy's CONNECT) are destroyed.
 * The GET is safe to repeat: attempts follow max-attempts and the step's deadline.
 * @actions/http-client does the request, with its own proxy handling (HTTPS_PROXY, NO_PROXY).
 */

export interface IdTokenOptions {
  /** ACTIONS_ID_TOKEN_REQUEST_URL, for naming the host in messages. */
  url: string
  timeoutMs: number
  policy: RetryPolicy
  budget: StepBudget
  getIDToken: (audience: string) => Promise<string>
}

interface Attempt {
  requests: Set<ClientRequest>
  /** The last HTTP status an answer of this attempt had. */
  status?: number
  /** Timed out: any request it still starts is dropped. */
  abandoned: boolean
}

const current = new AsyncLocalStorage<Attempt>()
let listening = false

/** Follows the requests started inside an attempt, wherever in the libraries they start. */
function listen(): void {
  if (listening) return
  listening = true
  diagnostics.subscribe('http.client.request.start', message => {
    const attempt = current.getStore()
    const { request } = message as { request: ClientRequest }
    if (!attempt) return
    if (attempt.abandoned) request.destroy()
    else attempt.requests.add(request)
  })
  diagnostics.subscribe('http.client.response.finish', message => {
    const attempt = current.getStore()
    if (attempt) attempt.status = (message as { response: IncomingMessage }).response.statusCode
  })
}

export async function fetchIdToken(audience: string, options: IdTokenOptions): Promise<string> {
  listen()
  const action = `OIDC token request to ${httpHost(options.url) ?? 'the ACTIONS_ID_TOKEN_REQUEST_URL host'}`
  const call = { service: 'github' as const, action }
  return withRetry(
    () =>
      withinBudget(options.budget, call, options.timeoutMs, timeoutMs =>
        attemptOnce(audience, action, { ...options, timeoutMs })
      ),
    options.policy
  )
}

function attemptOnce(audience: string, action: string, options: IdTokenOptions): Promise<string> {
  const attempt: Attempt = { requests: new Set(), abandoned: false }
  const call = {
    service: 'github' as const,
    host: httpHost(options.url) ?? 'the ACTIONS_ID_TOKEN_REQUEST_URL host',
    action: 'OIDC token request'
  }
  return loggedHttpCall(
    call,
    () => attemptWith(attempt, audience, action, options),
    () => ({ status: attempt.status })
  )
}

function attemptWith(
  attempt: Attempt,
  audience: string,
  action: string,
  options: IdTokenOptions
): Promise<string> {
  return new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => {
      attempt.abandoned = true
      for (const request of attempt.requests) request.destroy()
      reject(timedOut(action, attempt.status))
    }, options.timeoutMs)
    current
      .run(attempt, () => options.getIDToken(audience))
      .then(
        token => {
          clearTimeout(timer)
          resolve(token)
        },
        (err: unknown) => {
          clearTimeout(timer)
          reject(tokenError(action, err, attempt.status))
        }
      )
  })
}

function timedOut(action: string, status: number | undefined): ApiError {
  // A 5xx seen before the limit (a proxy's CONNECT answered, then the GET not) says more.
  if (status !== undefined && status >= 500) return httpError(action, status)
  return new ApiError({ service: 'github', action, code: 'RequestTimeout' })
}

function httpError(action: string, status: number, redirectHost?: string): ApiError {
  const refused = status === 401 || status === 403
  const redirect = status >= 300 && status < 400
  return new ApiError({
    service: 'github',
    action,
    code: `HTTP${status}`,
    httpStatus: status,
    serverMessage: redirect
      ? `HTTP ${status}: GitHub's token service answered with a redirect${redirectHost ? ` to ${redirectHost}` : ''}, which is not followed (the job's request token goes to no host but the one ACTIONS_ID_TOKEN_REQUEST_URL names)`
      : `HTTP ${status}`,
    hint: refused
      ? 'GitHub did not accept the job\'s request token: check that the job has "permissions: id-token: write" (pull requests from forks never get one).'
      : redirect
        ? "The runner gives the token URL (ACTIONS_ID_TOKEN_REQUEST_URL): check the runner's network path to GitHub's token service (a proxy or gateway that redirects, HTTPS_PROXY / NO_PROXY)."
        : undefined
  })
}

/** What @actions/core's error (a message only) says went wrong, as an ApiError. */
function tokenError(action: string, err: unknown, status: number | undefined): ApiError {
  const message = err instanceof Error ? err.message : String(err)
  const base = { service: 'github' as const, action }
  // The proxy's answer to CONNECT, from the tunnel library: "statusCode=407".
  const proxyStatus = /statusCode=(\d{3})/.exec(message)?.[1]
  if (proxyStatus) {
    return new ApiError({ ...base, ...proxyFailure(Number(proxyStatus)) })
  }
  if (err instanceof IdTokenAnswerError) return httpError(action, err.statusCode, err.redirectHost)
  const answered = Number(/Error Code : (\d{3})/.exec(message)?.[1] ?? status ?? NaN)
  if (answered >= 300) return httpError(action, answered)
  if (/do not have ID Token/i.test(message)) {
    return new ApiError({
      ...base,
      code: 'InvalidResponse',
      serverMessage: 'the answer has no token',
      delivery: 'incomplete-answer'
    })
  }
  // The URL is the runner's (ACTIONS_ID_TOKEN_REQUEST_URL), not an input of the action.
  const hint =
    "The runner gives the token URL (ACTIONS_ID_TOKEN_REQUEST_URL): check the runner's network path to it (HTTPS_PROXY / NO_PROXY)."
  const network = networkErrorCode(undefined, message)
  if (network) return new ApiError({ ...base, code: network, hint })
  if (/timeout/i.test(message)) return new ApiError({ ...base, code: 'RequestTimeout', hint })
  return new ApiError({
    ...base,
    code: 'UnknownError',
    // No URL: a library's message may end with the request's.
    serverMessage: stripUrls(message).replace(/\s+/g, ' ').trim()
  })
}

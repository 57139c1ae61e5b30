import { getOctokit } from '@actions/github'
import { ApiError } from '../failures/errors.js'
import { networkErrorCode, proxyFailure } from '../failures/error-codes.js'
import { createHttpFetch, HttpFetchError } from '../http/octokit-fetch.js'
import { withRetry, type RetryPolicy } from '../failures/retry.js'
import { EarlierWriteUnknownError, type Release, type ReleasesApi } from './releases-api.js'
import { withinBudget, type StepBudget } from '../budget/step-budget.js'

export interface GithubOptions {
  token: string
  apiUrl: string
  /** `owner/repo` */
  repository: string
  timeoutMs: number
  policy: RetryPolicy
  /** The step's budget: each request's timeout is clipped to what is left of it. */
  budget: StepBudget
  log: (message: string) => void
  debug: (message: string) => void
}

/**
 * The releases of one repository through @actions/github's Octokit, against GITHUB_API_URL,
 * over the action's own transport (http-fetch.ts: the proxy routes connect.ts set up for every
 * endpoint, and the time bound), with the action's retry rules: 5xx, network failures and
 * secondary rate limits are retried, other 4xx are not. Every failure comes out as an
 * ApiError of service 'github'.
 */
export async function connectGithub(o: GithubOptions): Promise<ReleasesApi> {
  const [owner, repo] = o.repository.split('/')
  const transport = createHttpFetch({ timeoutMs: o.timeoutMs })
  const octokit = getOctokit(o.token, {
    baseUrl: o.apiUrl,
    userAgent: 'ehpc-add-image',
    request: { fetch: transport.fetch },
    log: { debug: o.debug, info: o.debug, warn: o.log, error: o.log }
  })
  const { repos } = octokit.rest

  const host = new URL(o.apiUrl).host
  /** One attempt within the budget, with a transport bounded by what is left of it. */
  const attempt = <T>(
    action: string,
    fn: (request: { fetch: typeof transport.fetch }) => Promise<{ data: unknown }>,
    read: (d: unknown) => T
  ) =>
    withinBudget(o.budget, { service: 'github', action, host }, o.timeoutMs, async ms => {
      let data: unknown
      try {
        data = (await fn({ fetch: transport.within(ms) })).data
      } catch (err) {
        const failure = toGithubError(action, err, Date.now())
        throw failure.host === undefined ? failure.with({ host }) : failure
      }
      return read(data)
    })
  const call = <T>(
    action: string,
    fn: (request: { fetch: typeof transport.fetch }) => Promise<{ data: unknown }>,
    read: (d: unknown) => T
  ) => withRetry(() => attempt(action, fn, read), o.policy)

  return {
    async getByTag(tag) {
      try {
        return await call(
          'GetReleaseByTag',
          request => repos.getReleaseByTag({ owner, repo, tag, request }),
          asRelease('GetReleaseByTag')
        )
      } catch (err) {
        if (err instanceof ApiError && err.httpStatus === 404) return undefined
        throw err
      }
    },
    list(page, perPage) {
      return call(
        'ListReleases',
        request => repos.listReleases({ owner, repo, page, per_page: perPage, request }),
        data => {
          if (!Array.isArray(data)) throw invalid('ListReleases')
          return data.map(asRelease('ListReleases'))
        }
      )
    },
    get(id) {
      return call(
        'GetRelease',
        request => repos.getRelease({ owner, repo, release_id: id, request }),
        asRelease('GetRelease')
      )
    },
    async update(id, bodyFor) {
      let previous: ApiError | undefined
      let unknown: { attempt: number; error: ApiError } | undefined
      try {
        return await withRetry(async n => {
          if (previous?.outcomeUnknown) unknown ??= { attempt: n - 1, error: previous }
          let body: string | undefined
          try {
            body = await bodyFor(n)
          } catch (err) {
            // Making the body failed (its own calls retried already): not a retry of ours.
            throw new BodyNotMade(err)
          }
          if (body === undefined) return undefined
          try {
            return await attempt(
              'UpdateRelease',
              request => repos.updateRelease({ owner, repo, release_id: id, body, request }),
              asRelease('UpdateRelease')
            )
          } catch (err) {
            if (err instanceof ApiError) previous = err
            throw err
          }
        }, o.policy)
      } catch (err) {
        const failure = err instanceof BodyNotMade ? err.cause : err
        // The last failure says only whether the last attempt may have landed.
        throw unknown
          ? new EarlierWriteUnknownError(failure, unknown.attempt, unknown.error)
          : failure
      }
    },
    close: transport.close
  }
}

class BodyNotMade extends Error {
  constructor(override readonly cause: unknown) {
    super('the release body could not be made')
  }
}

function asRelease(action: string) {
  return (data: unknown): Release => {
    const d = (typeof data === 'object' && data !== null ? data : {}) as Record<string, unknown>
    if (typeof d.id !== 'number') throw invalid(action)
    return {
      id: d.id,
      tagName: typeof d.tag_name === 'string' ? d.tag_name : '',
      draft: d.draft === true,
      body: typeof d.body === 'string' ? d.body : '',
      htmlUrl: typeof d.html_url === 'string' ? d.html_url : undefined
    }
  }
}

/** A 2xx answer that is not the JSON GitHub sends (a proxy's page?). */
function invalid(action: string): ApiError {
  return new ApiError({ service: 'github', action, code: 'InvalidResponse' })
}

interface OctokitErrorShape {
  name?: string
  status?: number
  message?: string
  cause?: unknown
  response?: { status?: number; headers?: Record<string, string | undefined>; data?: unknown }
}

/**
 * What Octokit threw, as an ApiError. Only the status, GitHub's message, its request id and
 * the rate-limit headers are kept: Octokit's errors also carry the request.
 */
export function toGithubError(action: string, err: unknown, now: number): ApiError {
  const e = (typeof err === 'object' && err !== null ? err : {}) as OctokitErrorShape
  const base = { service: 'github' as const, action }
  const response = e.response
  if (response && typeof e.status === 'number') {
    const status = e.status
    const headers = response.headers ?? {}
    const data = response.data as { message?: unknown } | undefined
    const serverMessage =
      typeof data?.message === 'string' && data.message ? data.message : undefined
    const fields = {
      ...base,
      httpStatus: status,
      requestId: headers['x-github-request-id'],
      serverMessage
    }
    const wait = rateLimitWait(status, headers, serverMessage, now)
    if (wait) {
      return new ApiError({ ...fields, code: wait.code, retryAfterMs: wait.ms })
    }
    return new ApiError({ ...fields, code: `HTTP${status}` })
  }
  // No answer: Octokit wraps the transport's error (as status 500) in `cause`.
  const cause = (e.cause ?? err) as { code?: string; message?: string; status?: number }
  const failed = { ...base, serverMessage: cause.message }
  switch (cause.code) {
    case 'ETIMEDOUT':
      return new ApiError({ ...failed, code: 'RequestTimeout' })
    case 'ETOOLARGE':
    case 'EBADSTATUS':
      return new ApiError({ ...failed, code: 'InvalidResponse' })
    case 'ETUNNELTIMEOUT':
      // The proxy never opened the tunnel: nothing reached GitHub.
      return new ApiError({ ...failed, code: 'RequestTimeout', delivery: 'not-sent' })
    case 'EPROXY':
      return new ApiError({ ...base, ...proxyFailure(cause.status ?? 0) })
  }
  // http-fetch.ts's own failures (a redirect loop, an aborted request) name no socket error.
  const fetchFailure = cause instanceof HttpFetchError && cause.code !== 'ECONNRESET'
  const network = networkErrorCode(cause.code, fetchFailure ? '' : cause.message)
  if (network) return new ApiError({ ...failed, code: network })
  if (cause instanceof HttpFetchError && cause.code === 'EREDIRECT') {
    return new ApiError({ ...failed, code: 'TooManyRedirects', delivery: 'redirected' })
  }
  if (cause instanceof HttpFetchError && cause.code === 'EPROTOCOL') {
    // Only a redirect can lead to a URL that is not http or https.
    return new ApiError({ ...failed, code: 'InvalidResponse', delivery: 'redirected' })
  }
  // Nothing says how far the request got (an aborted request, anything else).
  return new ApiError({ ...failed, code: 'UnknownError' })
}

/**
 * GitHub's rate limits (docs.github.com, "Rate limits for the REST API"): a 403 or 429 with
 * Retry-After (wait that long), or with x-ratelimit-remaining 0 (wait until
 * x-ratelimit-reset), or a secondary limit without either (wait at least a minute).
 */
function rateLimitWait(
  status: number,
  headers: Record<string, string | undefined>,
  message: string | undefined,
  now: number
): { code: string; ms: number } | undefined {
  if (status !== 403 && status !== 429) return undefined
  const retryAfter = Number(headers['retry-after'])
  if (headers['retry-after'] !== undefined && Number.isFinite(retryAfter) && retryAfter >= 0) {
    return { code: 'SecondaryRateLimit', ms: retryAfter * 1000 }
  }
  if (headers['x-ratelimit-remaining'] === '0') {
    const reset = Number(headers['x-ratelimit-reset']) * 1000
    return { code: 'RateLimited', ms: Number.isFinite(reset) ? Math.max(0, reset - now) : Infinity }
  }
  if (status === 429 || /secondary rate limit/i.test(message ?? '')) {
    return { code: 'SecondaryRateLimit', ms: 60_000 }
  }
  return undefined
}

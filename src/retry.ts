import { ApiError } from './errors.js'
import { retryClass } from './classify.js'

export interface RetryPolicy {
  maxAttempts: number
  baseDelayMs: number
  maxDelayMs: number
  /** Epoch ms after which no new attempt starts: bounds the whole step. */
  deadline: number
  sleep: (ms: number) => Promise<void>
  random: () => number
  now: () => number
  onRetry?: (info: RetryInfo) => void
}

export interface RetryInfo {
  action: string
  code: string
  attempt: number
  maxAttempts: number
  waitMs: number
}

export const realSleep = (ms: number) => new Promise<void>(resolve => setTimeout(resolve, ms))

/** Exponential backoff with full jitter: a random wait in [0, min(max, base * 2^(n-1))). */
export function backoffDelay(policy: RetryPolicy, failedAttempt: number): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (failedAttempt - 1))
  return Math.floor(policy.random() * ceiling)
}

/** Whether `err`, raised by attempt number `attempt`, may be tried again. */
export function mayRetry(err: unknown, attempt: number, policy: RetryPolicy): err is ApiError {
  if (!(err instanceof ApiError)) return false
  err.attempts = attempt
  if (!err.retryable) return false
  const limit = retryClass(err.code, err.httpStatus) === 'once' ? 2 : policy.maxAttempts
  return attempt < Math.min(limit, policy.maxAttempts)
}

/**
 * Waits before the next attempt, or returns false when the step's deadline leaves no room
 * for it (the caller then rethrows the last error).
 */
export async function waitBeforeRetry(
  err: ApiError,
  attempt: number,
  policy: RetryPolicy
): Promise<boolean> {
  const waitMs = backoffDelay(policy, attempt)
  if (policy.now() + waitMs >= policy.deadline) return false
  policy.onRetry?.({
    action: err.action,
    code: err.code,
    attempt,
    maxAttempts: policy.maxAttempts,
    waitMs
  })
  await policy.sleep(waitMs)
  return true
}

/** Runs `fn` until it succeeds, fails with an error that is not safe to retry, or runs out. */
export async function withRetry<T>(
  fn: (attempt: number) => Promise<T>,
  policy: RetryPolicy
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await fn(attempt)
    } catch (err) {
      if (!mayRetry(err, attempt, policy) || !(await waitBeforeRetry(err, attempt, policy))) {
        throw err
      }
    }
  }
}

import { ApiError } from './errors.js'

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
  /** Once aborted, no new attempt starts: the caller has its answer from elsewhere. */
  signal?: AbortSignal
}

export interface RetryInfo {
  /** The failure that is retried. */
  error: ApiError
  action: string
  code: string
  attempt: number
  /** The most attempts this call gets: max-attempts, or 2 for codes retried once. */
  maxAttempts: number
  waitMs: number
}

export const realSleep = (ms: number) => new Promise<void>(resolve => setTimeout(resolve, ms))

/** Exponential backoff with full jitter: a random wait in [0, min(max, base * 2^(n-1))). */
export function backoffDelay(policy: RetryPolicy, failedAttempt: number): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (failedAttempt - 1))
  return Math.floor(policy.random() * ceiling)
}

/** The most attempts a call that failed with `err` gets. */
function attemptLimit(err: ApiError, policy: RetryPolicy): number {
  return err.retryClass === 'once' ? Math.min(2, policy.maxAttempts) : policy.maxAttempts
}

/** Whether `err`, raised by attempt number `attempt`, may be tried again. */
export function mayRetry(err: unknown, attempt: number, policy: RetryPolicy): err is ApiError {
  if (!(err instanceof ApiError) || !err.retryable) return false
  return attempt < attemptLimit(err, policy)
}

/** The error to give up with after `attempts` attempts: an ApiError says how many it took. */
export function givingUp(err: unknown, attempts: number): unknown {
  return err instanceof ApiError && attempts > 1 ? err.with({ attempts }) : err
}

/**
 * Waits before the next attempt, or returns false when the step's deadline leaves no room
 * for it or the policy's signal is aborted (the caller then rethrows the last error).
 */
export async function waitBeforeRetry(
  err: ApiError,
  attempt: number,
  policy: RetryPolicy
): Promise<boolean> {
  if (policy.signal?.aborted) return false
  const waitMs = Math.max(backoffDelay(policy, attempt), err.retryAfterMs ?? 0)
  if (policy.now() + waitMs >= policy.deadline) return false
  policy.onRetry?.({
    error: err,
    action: err.action,
    code: err.code,
    attempt,
    maxAttempts: attemptLimit(err, policy),
    waitMs
  })
  await policy.sleep(waitMs)
  // Aborted during the wait: the answer is in without this attempt.
  return !policy.signal?.aborted
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
        throw givingUp(err, attempt)
      }
    }
  }
}

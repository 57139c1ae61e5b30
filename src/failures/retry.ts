import { ApiError } from './errors.js'
import { onThisMachine, type Endpoint } from '../http/endpoint.js'

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
 * for it (the caller then rethrows the last error).
 */
export async function waitBeforeRetry(
  err: ApiError,
  attempt: number,
  policy: RetryPolicy
): Promise<boolean> {
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
        throw givingUp(err, attempt)
      }
    }
  }
}

const BASE_DELAY_MS = 1000

/**
 * The first backoff step: one second. EHPC_ADD_IMAGE_RETRY_BASE_MS shortens it so that the
 * fault tests need not wait, and counts only when every endpoint is on this machine, so it
 * can never take backoff away from a real service.
 */
export function retryBaseDelayMs(endpoints: Endpoint[], env: NodeJS.ProcessEnv): number {
  const wanted = Number(env.EHPC_ADD_IMAGE_RETRY_BASE_MS || NaN)
  return onThisMachine(endpoints) && wanted >= 0 && wanted < BASE_DELAY_MS ? wanted : BASE_DELAY_MS
}

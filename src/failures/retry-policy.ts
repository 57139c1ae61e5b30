import { realSleep, type RetryInfo, type RetryPolicy } from './retry.js'
import { onThisMachine, type Endpoint } from '../http/endpoint.js'
import type { StepBudget } from '../budget/step-budget.js'

/** The first backoff step. */
export const BASE_DELAY_MS = 1000
/** The longest backoff step. */
export const MAX_DELAY_MS = 20_000

/**
 * The retry numbers of one run: max-attempts, the backoff steps, and the step budget's
 * deadline and clock.
 */
export function runRetryPolicy(
  maxAttempts: number,
  endpoints: Endpoint[],
  env: NodeJS.ProcessEnv,
  budget: StepBudget,
  onRetry: (info: RetryInfo) => void
): RetryPolicy {
  return {
    maxAttempts,
    baseDelayMs: retryBaseDelayMs(endpoints, env),
    maxDelayMs: MAX_DELAY_MS,
    deadline: budget.deadline,
    sleep: realSleep,
    random: Math.random,
    now: budget.now,
    onRetry
  }
}

/**
 * The first backoff step: one second. EHPC_ADD_IMAGE_RETRY_BASE_MS shortens it so that the
 * fault tests need not wait, and counts only when every endpoint is on this machine, so it
 * can never take backoff away from a real service.
 */
export function retryBaseDelayMs(endpoints: Endpoint[], env: NodeJS.ProcessEnv): number {
  const wanted = Number(env.EHPC_ADD_IMAGE_RETRY_BASE_MS || NaN)
  return onThisMachine(endpoints) && wanted >= 0 && wanted < BASE_DELAY_MS ? wanted : BASE_DELAY_MS
}

import { ApiError, type Service } from '../failures/errors.js'
import { onThisMachine, type Endpoint } from '../http/endpoint.js'

/**
 * The bound of the whole step: every call of the run (E-HPC Instant, STS, GitHub, the OIDC
 * token, the default credential chain) starts before `deadline`, and each attempt's timeout
 * is request-timeout-seconds clipped to what is left, so the step ends by the deadline
 * whatever the number of calls, pages and retries.
 */
export interface StepBudget {
  /** Epoch ms. */
  readonly deadline: number
  /** The budget's length, for messages. */
  readonly totalMs: number
  readonly now: () => number
}

/** Fifteen minutes for all the calls of one step together. */
export const STEP_BUDGET_MS = 15 * 60_000

/** The code of a call the budget did not let start, or cut short. */
export const BUDGET_CODE = 'StepBudgetExhausted'

/**
 * The run's budget, from now. EHPC_ADD_IMAGE_STEP_BUDGET_MS shortens it for the tests, and
 * counts only when every endpoint is on this machine, so a real run always gets the whole.
 */
export function stepBudget(
  endpoints: Endpoint[],
  env: NodeJS.ProcessEnv,
  now: () => number = Date.now
): StepBudget {
  const wanted = Number(env.EHPC_ADD_IMAGE_STEP_BUDGET_MS || NaN)
  const totalMs =
    onThisMachine(endpoints) && wanted > 0 && wanted < STEP_BUDGET_MS ? wanted : STEP_BUDGET_MS
  return { deadline: now() + totalMs, totalMs, now }
}

/** The call an attempt belongs to, as its failure names it. */
export interface BudgetedCall {
  service: Service
  action: string
  host?: string
  identity?: string
}

/**
 * The timeout of one attempt of `call`: `timeoutMs`, or what is left of the budget when that
 * is less. Nothing left: the attempt does not start, and the failure says so.
 */
export function attemptTimeout(budget: StepBudget, call: BudgetedCall, timeoutMs: number): number {
  const left = budget.deadline - budget.now()
  if (left <= 0) {
    throw new ApiError({
      ...call,
      code: BUDGET_CODE,
      delivery: 'not-sent',
      hint: `It ran out before this call could start (${describeMs(budget.totalMs)} for the whole step), so ${call.action} was not sent.`
    })
  }
  return Math.min(timeoutMs, left)
}

/** What one request may take now: `timeoutMs`, clipped to what is left of the budget (at least 1 ms). */
export function requestTimeLeft(budget: StepBudget, timeoutMs: number): number {
  return Math.max(1, Math.min(timeoutMs, budget.deadline - budget.now()))
}

/** Codes of an attempt that got no (whole) answer in time. */
const TIMEOUT_CODES = new Set(['RequestTimeout', 'ResponseStalled'])

/**
 * Runs one attempt of `call` with its timeout clipped to the budget. A timeout that only the
 * clip caused comes out as the budget's failure, keeping whether the call may have been
 * carried out.
 */
export async function withinBudget<T>(
  budget: StepBudget,
  call: BudgetedCall,
  timeoutMs: number,
  attempt: (timeoutMs: number) => Promise<T>
): Promise<T> {
  const ms = attemptTimeout(budget, call, timeoutMs)
  try {
    return await attempt(ms)
  } catch (err) {
    if (ms >= timeoutMs || !(err instanceof ApiError) || !TIMEOUT_CODES.has(err.code)) throw err
    throw new ApiError({
      service: err.service,
      action: err.action,
      code: BUDGET_CODE,
      httpStatus: err.httpStatus,
      requestId: err.requestId,
      host: err.host ?? call.host,
      identity: err.identity ?? call.identity,
      // Not retried (the table); carried out or not as the cut attempt may have been.
      delivery: err.delivery,
      hint: `It ran out while this call waited for its answer: its timeout was cut to the ${describeMs(ms)} left of the ${describeMs(budget.totalMs)} for the whole step, and no answer came within them.`
    })
  }
}

function describeMs(ms: number): string {
  if (ms >= 60_000 && ms % 60_000 === 0) return `${ms / 60_000} min`
  return ms < 1000 ? `${ms} ms` : `${(ms / 1000).toFixed(1)} s`
}

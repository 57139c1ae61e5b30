import { ApiError } from '../../src/failures/errors.js'
import {
  attemptTimeout,
  BUDGET_CODE,
  STEP_BUDGET_MS,
  stepBudget,
  withinBudget,
  type StepBudget
} from '../../src/budget/step-budget.js'

const local = [{ host: '127.0.0.1:9000', protocol: 'http' as const }]
const remote = [{ host: 'ehpc.cn-hangzhou.aliyuncs.com', protocol: 'https' as const }]
const call = { service: 'ehpc' as const, action: 'AddImage' }

function clock(start = 1_000_000) {
  let t = start
  return { now: () => t, advance: (ms: number) => (t += ms) }
}

describe('stepBudget', () => {
  it('is 15 minutes from now, shortened by the knob only when every endpoint is loopback', () => {
    const c = clock()
    const env = { EHPC_ADD_IMAGE_STEP_BUDGET_MS: '2000' }
    expect(stepBudget(remote, {}, c.now)).toMatchObject({
      totalMs: STEP_BUDGET_MS,
      deadline: 1_000_000 + STEP_BUDGET_MS
    })
    expect(stepBudget(local, env, c.now).totalMs).toBe(2000)
    expect(stepBudget([...local, ...remote], env, c.now).totalMs).toBe(STEP_BUDGET_MS)
    // It never lengthens the budget.
    expect(stepBudget(local, { EHPC_ADD_IMAGE_STEP_BUDGET_MS: '99999999' }, c.now).totalMs).toBe(
      STEP_BUDGET_MS
    )
  })
})

describe('attemptTimeout / withinBudget', () => {
  const budgetAt = (c: ReturnType<typeof clock>, totalMs: number): StepBudget => ({
    deadline: c.now() + totalMs,
    totalMs,
    now: c.now
  })

  it('clips the timeout to what is left, and starts nothing once it is spent', () => {
    const c = clock()
    const budget = budgetAt(c, 10_000)
    expect(attemptTimeout(budget, call, 30_000)).toBe(10_000)
    c.advance(9_000)
    expect(attemptTimeout(budget, call, 30_000)).toBe(1_000)
    expect(attemptTimeout(budget, call, 500)).toBe(500)
    c.advance(1_000)
    let thrown: unknown
    try {
      attemptTimeout(budget, call, 30_000)
    } catch (err) {
      thrown = err
    }
    expect(thrown).toBeInstanceOf(ApiError)
    expect(thrown).toMatchObject({
      code: BUDGET_CODE,
      action: 'AddImage',
      outcomeUnknown: false,
      retryable: false
    })
  })

  it('turns a timeout the clip caused into the budget failure, keeping "may have been performed"', async () => {
    const c = clock()
    const budget = budgetAt(c, 1_000)
    const timeout = new ApiError({ ...call, code: 'RequestTimeout' })
    await expect(
      withinBudget(budget, call, 30_000, async () => Promise.reject(timeout))
    ).rejects.toMatchObject({
      code: BUDGET_CODE,
      outcomeUnknown: true
    })
    // Not clipped: the call's own timeout, as it was.
    await expect(withinBudget(budget, call, 500, async () => Promise.reject(timeout))).rejects.toBe(
      timeout
    )
    // Another failure passes as it is.
    const refused = new ApiError({ ...call, code: 'Forbidden.RAM' })
    await expect(
      withinBudget(budget, call, 30_000, async () => Promise.reject(refused))
    ).rejects.toBe(refused)
  })
})

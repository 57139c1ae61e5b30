import { retryBaseDelayMs, runRetryPolicy } from '../../src/failures/retry-policy.js'
import { stepBudget } from '../../src/budget/step-budget.js'
import type { Endpoint } from '../../src/http/endpoint.js'

describe('retryBaseDelayMs: the test knob cannot take backoff away from a real service', () => {
  const local = { host: '127.0.0.1:9000', protocol: 'http' as const }
  const real = { host: 'ehpcinstant.cn-hangzhou.aliyuncs.com', protocol: 'https' as const }
  it.each<[string, Endpoint[], string | undefined, number]>([
    ['unset', [local], undefined, 1000],
    ['loopback endpoints', [local], '0', 0],
    ['localhost', [{ host: 'localhost:8080', protocol: 'http' }], '5', 5],
    ['a real endpoint', [real], '0', 1000],
    ['one real endpoint among local ones', [local, real], '0', 1000],
    ['a longer wait is not a shorter one', [local], '5000', 1000],
    ['garbage', [local], 'fast', 1000],
    ['negative', [local], '-1', 1000]
  ])('%s', (_case, endpoints, knob, expected) => {
    expect(retryBaseDelayMs(endpoints, { EHPC_ADD_IMAGE_RETRY_BASE_MS: knob })).toBe(expected)
  })
})

describe('runRetryPolicy', () => {
  it("ends at the step budget's deadline, on its clock, and takes max-attempts as given", () => {
    const budget = stepBudget([], {}, () => 1_000)
    const p = runRetryPolicy(3, [], {}, budget, () => {})
    expect(p.maxAttempts).toBe(3)
    expect(p.baseDelayMs).toBe(1000)
    expect(p.deadline).toBe(budget.deadline)
    expect(p.now()).toBe(1_000)
  })
})

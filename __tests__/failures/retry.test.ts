import {
  backoffDelay,
  withRetry,
  type RetryInfo,
  type RetryPolicy
} from '../../src/failures/retry.js'
import { ApiError } from '../../src/failures/errors.js'

function policy(
  overrides: Partial<RetryPolicy> = {}
): RetryPolicy & { waits: number[]; retries: RetryInfo[] } {
  const waits: number[] = []
  const retries: RetryInfo[] = []
  let clock = 0
  return {
    maxAttempts: 5,
    baseDelayMs: 1000,
    maxDelayMs: 20000,
    deadline: Number.MAX_SAFE_INTEGER,
    sleep: async ms => {
      waits.push(ms)
      clock += ms
    },
    random: () => 0.5,
    now: () => clock,
    onRetry: info => retries.push(info),
    waits,
    retries,
    ...overrides
  }
}

const apiError = (code: string, httpStatus?: number) =>
  new ApiError({ service: 'ehpc', action: 'ListImages', code, httpStatus })

describe('backoffDelay', () => {
  it.each([
    [1, 1, 999],
    [2, 1, 1999],
    [3, 1, 3999],
    [10, 1, 19999],
    [3, 0, 0]
  ])(
    'after attempt %i with random %d waits %i ms (full jitter, capped)',
    (attempt, random, expected) => {
      expect(
        backoffDelay(policy({ random: () => (random === 1 ? 0.99995 : random) }), attempt)
      ).toBe(expected)
    }
  )
})

describe('withRetry', () => {
  it('retries a retryable error until success, with one notice per retry', async () => {
    const p = policy()
    let calls = 0
    const result = await withRetry(async () => {
      calls++
      if (calls < 3) throw apiError('Throttling.User', 400)
      return 'ok'
    }, p)
    expect(result).toBe('ok')
    expect(calls).toBe(3)
    expect(p.waits).toEqual([500, 1000])
    expect(p.retries.map(r => [r.code, r.attempt])).toEqual([
      ['Throttling.User', 1],
      ['Throttling.User', 2]
    ])
  })

  it('gives up after maxAttempts and reports the attempts', async () => {
    const p = policy({ maxAttempts: 3 })
    let calls = 0
    const err = await withRetry(async () => {
      calls++
      throw apiError('ServiceUnavailable', 503)
    }, p).catch(e => e)
    expect(calls).toBe(3)
    expect(err).toBeInstanceOf(ApiError)
    expect(err.attempts).toBe(3)
  })

  it('attaches the attempt count to a new error, leaving the thrown one as it was', async () => {
    const thrown: ApiError[] = []
    const err = await withRetry(
      async () => {
        const e = apiError('ServiceUnavailable', 503)
        thrown.push(e)
        throw e
      },
      policy({ maxAttempts: 2 })
    ).catch(e => e)
    expect(err.attempts).toBe(2)
    expect(thrown.map(e => e.attempts)).toEqual([1, 1])
    expect(thrown).not.toContain(err)
  })

  it.each([
    ['Forbidden.RAM', 403],
    ['SignatureDoesNotMatch', 403],
    ['InvalidParams', 400],
    ['ImageInUse', 403]
  ])('never retries %s', async (code, status) => {
    let calls = 0
    await expect(
      withRetry(async () => {
        calls++
        throw apiError(code, status)
      }, policy())
    ).rejects.toBeInstanceOf(ApiError)
    expect(calls).toBe(1)
  })

  it.each(['InvalidTimeStamp.Expired', 'SignatureNonceUsed'])(
    'retries %s only once',
    async code => {
      let calls = 0
      await expect(
        withRetry(async () => {
          calls++
          throw apiError(code, 400)
        }, policy())
      ).rejects.toBeInstanceOf(ApiError)
      expect(calls).toBe(2)
    }
  )

  it('does not retry other errors', async () => {
    let calls = 0
    await expect(
      withRetry(async () => {
        calls++
        throw new TypeError('bug')
      }, policy())
    ).rejects.toBeInstanceOf(TypeError)
    expect(calls).toBe(1)
  })

  it('stops when the step deadline leaves no room for the wait', async () => {
    const p = policy({ deadline: 1200 })
    let calls = 0
    await expect(
      withRetry(async () => {
        calls++
        throw apiError('InternalError', 500)
      }, p)
    ).rejects.toBeInstanceOf(ApiError)
    expect(p.waits).toEqual([500])
    expect(calls).toBe(2)
  })

  it('starts no new attempt once the policy signal is aborted', async () => {
    const stop = new AbortController()
    let calls = 0
    await expect(
      withRetry(
        async () => {
          calls++
          stop.abort()
          throw apiError('InternalError', 500)
        },
        policy({ signal: stop.signal })
      )
    ).rejects.toBeInstanceOf(ApiError)
    expect(calls).toBe(1)
  })

  it('max-attempts 1 turns retries off', async () => {
    let calls = 0
    await expect(
      withRetry(
        async () => {
          calls++
          throw apiError('Throttling', 400)
        },
        policy({ maxAttempts: 1 })
      )
    ).rejects.toBeInstanceOf(ApiError)
    expect(calls).toBe(1)
  })
})

describe('a server-asked wait (Retry-After)', () => {
  const asked = (retryAfterMs: number) =>
    new ApiError({
      service: 'github',
      action: 'UpdateRelease',
      code: 'SecondaryRateLimit',
      httpStatus: 403,
      retryAfterMs
    })

  it('waits at least what the server asked, more when the backoff is longer', async () => {
    const p = policy()
    let calls = 0
    await withRetry(async () => {
      calls++
      if (calls === 1) throw asked(7000)
      if (calls === 2) throw asked(10)
      return 'ok'
    }, p)
    // attempt 1: max(500, 7000); attempt 2: max(1000, 10)
    expect(p.waits).toEqual([7000, 1000])
  })

  it('gives up when the asked wait would pass the deadline', async () => {
    const p = policy({ deadline: 5000 })
    await expect(withRetry(async () => Promise.reject(asked(6000)), p)).rejects.toMatchObject({
      code: 'SecondaryRateLimit',
      attempts: 1
    })
    expect(p.waits).toEqual([])
  })
})

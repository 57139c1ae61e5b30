import { jest } from '@jest/globals'
import { ApiError } from '../../src/failures/errors.js'
import { captureHttpCalls, httpCallLine, loggedHttpCall } from '../../src/http/call-log.js'

describe('httpCallLine', () => {
  it.each([
    [
      {
        service: 'ehpc',
        host: 'h:1',
        action: 'AddImage',
        status: 200,
        requestId: 'R-1',
        durationMs: 12.4
      },
      'HTTP call: E-HPC Instant AddImage at h:1: HTTP 200, RequestId R-1, 12 ms'
    ],
    [
      {
        service: 'sts',
        host: 'sts.x',
        action: 'AssumeRoleWithOIDC',
        status: 400,
        code: 'AuthenticationFail.NoPermission',
        requestId: 'R-2',
        durationMs: 3
      },
      'HTTP call: STS AssumeRoleWithOIDC at sts.x: HTTP 400, AuthenticationFail.NoPermission, RequestId R-2, 3 ms'
    ],
    [
      {
        service: 'github',
        host: 'api.x',
        action: 'GET /repos/o/r',
        code: 'RequestTimeout',
        durationMs: 1000
      },
      'HTTP call: GitHub GET /repos/o/r at api.x: no answer, RequestTimeout, 1000 ms'
    ]
  ] as const)('%o', (record, line) => {
    expect(httpCallLine(record)).toBe(line)
  })
})

describe('loggedHttpCall', () => {
  const clock = () => {
    let t = 0
    return () => (t += 5)
  }

  it('logs an answer with what the caller reads from it, and returns it', async () => {
    const lines: string[] = []
    const restore = captureHttpCalls(l => lines.push(l))
    try {
      const result = await loggedHttpCall(
        { service: 'ecs', host: 'ecs.x', action: 'DescribeImages' },
        async () => ({ statusCode: 200, id: 'R-9' }),
        a => ({ status: a.statusCode, requestId: a.id }),
        clock()
      )
      expect(result.id).toBe('R-9')
    } finally {
      restore()
    }
    expect(lines).toEqual(['HTTP call: ECS DescribeImages at ecs.x: HTTP 200, RequestId R-9, 5 ms'])
  })

  it('logs a failure with its status, code and RequestId, and rethrows it', async () => {
    const lines: string[] = []
    const restore = captureHttpCalls(l => lines.push(l))
    const err = new ApiError({
      service: 'ehpc',
      action: 'ListImages',
      code: 'Throttling.User',
      httpStatus: 400,
      requestId: 'R-3'
    })
    try {
      await expect(
        loggedHttpCall(
          { service: 'ehpc', host: 'e.x', action: 'ListImages' },
          () => Promise.reject(err),
          () => ({}),
          clock()
        )
      ).rejects.toBe(err)
    } finally {
      restore()
    }
    expect(lines).toEqual([
      'HTTP call: E-HPC Instant ListImages at e.x: HTTP 400, Throttling.User, RequestId R-3, 5 ms'
    ])
  })

  it('writes nothing without debug logging', async () => {
    const write = jest.spyOn(process.stdout, 'write')
    const before = process.env.RUNNER_DEBUG
    delete process.env.RUNNER_DEBUG
    try {
      await loggedHttpCall(
        { service: 'ehpc', host: 'e.x', action: 'AddImage' },
        async () => 1,
        () => ({})
      )
      expect(write).not.toHaveBeenCalled()
    } finally {
      write.mockRestore()
      if (before !== undefined) process.env.RUNNER_DEBUG = before
    }
  })
})

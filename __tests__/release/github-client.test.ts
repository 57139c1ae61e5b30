import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { RequestError } from '@octokit/request-error'
import { ApiError } from '../../src/failures/errors.js'
import { connectGithub, toGithubError } from '../../src/release/github-client.js'
import { MAX_RETRY_AFTER_MS } from '../../src/failures/error-codes.js'
import { HttpFetchError } from '../../src/http/octokit-fetch.js'
import { EarlierWriteUnknownError } from '../../src/release/releases-api.js'
import type { RetryPolicy } from '../../src/failures/retry.js'

const NOW = 1_700_000_000_000

function httpError(status: number, headers: Record<string, string> = {}, message = 'x') {
  return new RequestError(message, status, {
    request: {
      method: 'GET',
      url: 'https://api.github.com/x',
      headers: { authorization: 'token t' }
    },
    response: { status, url: 'https://api.github.com/x', headers, data: { message } }
  })
}

function networkError(cause: Error) {
  const err = new RequestError(cause.message, 500, {
    request: { method: 'GET', url: 'https://api.github.com/x', headers: {} }
  })
  return Object.assign(err, { cause })
}

const sysError = (code: string) => Object.assign(new Error(`connect ${code}`), { code })

describe('toGithubError', () => {
  it.each<[string, unknown, Partial<ApiError>]>([
    [
      '403 without rate-limit headers',
      httpError(403, { 'x-github-request-id': 'A:B' }, 'Resource not accessible by integration'),
      {
        code: 'HTTP403',
        httpStatus: 403,
        requestId: 'A:B',
        serverMessage: 'Resource not accessible by integration',
        retryable: false
      }
    ],
    ['404', httpError(404), { code: 'HTTP404', retryable: false }],
    ['422', httpError(422), { code: 'HTTP422', retryable: false }],
    ['502', httpError(502), { code: 'HTTP502', retryable: true, outcomeUnknown: true }],
    [
      '403 with Retry-After (secondary rate limit)',
      httpError(403, { 'retry-after': '3' }),
      { code: 'SecondaryRateLimit', retryable: true, retryAfterMs: 3000 }
    ],
    [
      '429 without headers',
      httpError(429),
      { code: 'SecondaryRateLimit', retryable: true, retryAfterMs: 60_000 }
    ],
    [
      '403 with the secondary-limit message only',
      httpError(403, {}, 'You have exceeded a secondary rate limit.'),
      { code: 'SecondaryRateLimit', retryable: true, retryAfterMs: 60_000 }
    ],
    [
      'primary limit resetting in 10 s',
      httpError(403, {
        'x-ratelimit-remaining': '0',
        'x-ratelimit-reset': String(NOW / 1000 + 10)
      }),
      { code: 'RateLimited', retryable: true, retryAfterMs: 10_000 }
    ],
    [
      'primary limit resetting in an hour: not retried',
      httpError(403, {
        'x-ratelimit-remaining': '0',
        'x-ratelimit-reset': String(NOW / 1000 + 3600)
      }),
      { code: 'RateLimited', retryable: false }
    ],
    [
      'Retry-After beyond the cap: not retried',
      httpError(429, { 'retry-after': String(MAX_RETRY_AFTER_MS / 1000 + 1) }),
      { code: 'SecondaryRateLimit', retryable: false }
    ],
    [
      'a timeout of the transport',
      networkError(new HttpFetchError('ETIMEDOUT', 'no answer')),
      { code: 'RequestTimeout', retryable: true, outcomeUnknown: true }
    ],
    [
      'a cut-off answer',
      networkError(new HttpFetchError('ECONNRESET', 'cut off')),
      { code: 'ConnectionReset', retryable: true }
    ],
    [
      'too many redirects',
      networkError(new HttpFetchError('EREDIRECT', 'loop')),
      { code: 'TooManyRedirects', retryable: false }
    ],
    [
      'a refused connection',
      networkError(sysError('ECONNREFUSED')),
      { code: 'ConnectionRefused', retryable: true, outcomeUnknown: false }
    ],
    [
      'an unknown host',
      networkError(sysError('ENOTFOUND')),
      { code: 'HostNotFound', retryable: false }
    ],
    [
      'a proxy that refuses the tunnel',
      networkError(Object.assign(sysError('EPROXY'), { status: 403 })),
      { code: 'ProxyError', retryable: false }
    ],
    [
      // The proxy's status only: the transport's message may name the request's URL.
      'a proxy that asks for credentials',
      networkError(
        Object.assign(
          new Error('proxy p:1 answered CONNECT with 407 for https://api.github.com/x'),
          {
            code: 'EPROXY',
            status: 407
          }
        )
      ),
      {
        code: 'ProxyError',
        retryable: false,
        outcomeUnknown: false,
        serverMessage: expect.stringMatching(/^the proxy answered CONNECT with HTTP 407 \(Proxy/)
      }
    ],
    [
      'a redirect loop',
      networkError(new HttpFetchError('EREDIRECT', 'too many redirects')),
      { code: 'TooManyRedirects', retryable: false, outcomeUnknown: false }
    ],
    [
      'an answer cut off',
      networkError(new HttpFetchError('ECONNRESET', 'the answer was cut off')),
      { code: 'ConnectionReset', retryable: true, outcomeUnknown: true }
    ],
    ['anything else', new Error('?'), { code: 'UnknownError', retryable: false }]
  ])('%s', (_c, err, expected) => {
    const e = toGithubError('GetRelease', err, NOW)
    expect(e).toBeInstanceOf(ApiError)
    expect(e).toMatchObject({ service: 'github', action: 'GetRelease', ...expected })
  })

  it('keeps nothing of the request (its headers hold the token)', () => {
    const e = toGithubError('GetRelease', httpError(500), NOW)
    expect(JSON.stringify(e)).not.toContain('token t')
  })
})

function policy(): RetryPolicy {
  return {
    maxAttempts: 3,
    baseDelayMs: 1,
    maxDelayMs: 5,
    deadline: Date.now() + 60_000,
    sleep: ms => new Promise(r => setTimeout(r, ms)),
    random: () => 0.5,
    now: Date.now
  }
}

describe('connectGithub (against a local server)', () => {
  const answers: Array<[number, unknown, Record<string, string>?]> = []
  const seen: string[] = []
  let server: http.Server
  let url: string

  beforeAll(async () => {
    server = http.createServer((req, res) => {
      let body = ''
      req.on('data', c => (body += c))
      req.on('end', () => {
        seen.push(`${req.method} ${req.url} ${req.headers.authorization} ${body}`)
        const [status, data, headers] = answers.shift() ?? [500, { message: 'no answer queued' }]
        res
          .writeHead(status, {
            'content-type': 'application/json',
            'x-github-request-id': `R${seen.length}`,
            ...headers
          })
          .end(typeof data === 'string' ? data : JSON.stringify(data))
      })
    })
    await new Promise<void>(r => server.listen(0, '127.0.0.1', r))
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/v3`
  })
  afterAll(async () => {
    server.closeAllConnections()
    await new Promise(r => server.close(r))
  })
  beforeEach(() => {
    answers.length = 0
    seen.length = 0
  })

  const connect = () =>
    connectGithub({
      token: 'ghs_tok',
      apiUrl: url,
      repository: 'octo/repo',
      timeoutMs: 2000,
      policy: policy(),
      budget: { deadline: Infinity, totalMs: Infinity, now: Date.now },
      log: () => undefined,
      debug: () => undefined
    })
  const release = { id: 5, tag_name: 'v1', draft: false, body: null, html_url: 'h' }

  it('calls the REST paths under GITHUB_API_URL with the token; a by-tag 404 is "none"', async () => {
    answers.push([404, { message: 'Not Found' }], [200, [release]], [200, release])
    const api = await connect()
    try {
      expect(await api.getByTag('v1/x')).toBeUndefined()
      expect(await api.list(2, 100)).toEqual([
        { id: 5, tagName: 'v1', draft: false, body: '', htmlUrl: 'h' }
      ])
      expect((await api.update(5, async () => 'new'))?.id).toBe(5)
    } finally {
      api.close()
    }
    expect(seen).toEqual([
      'GET /api/v3/repos/octo/repo/releases/tags/v1%2Fx token ghs_tok ',
      'GET /api/v3/repos/octo/repo/releases?page=2&per_page=100 token ghs_tok ',
      'PATCH /api/v3/repos/octo/repo/releases/5 token ghs_tok {"body":"new"}'
    ])
  })

  it('retries a 5xx and a Retry-After 403, not a plain 403', async () => {
    answers.push(
      [502, { message: 'bad gateway' }],
      [403, { message: 'secondary' }, { 'retry-after': '0' }],
      [200, release],
      [403, { message: 'Resource not accessible by integration' }]
    )
    const api = await connect()
    try {
      expect((await api.get(5)).id).toBe(5)
      const err = await api.update(5, async () => 'x').catch(e => e)
      expect(err).toMatchObject({
        action: 'UpdateRelease',
        code: 'HTTP403',
        requestId: 'R4',
        attempts: 1
      })
    } finally {
      api.close()
    }
    expect(seen).toHaveLength(4)
  })

  it('a retried update asks for its body again; a body that cannot be made is not retried', async () => {
    answers.push([502, { message: 'bad gateway' }], [200, release])
    const api = await connect()
    const asked: number[] = []
    try {
      await api.update(5, async n => {
        asked.push(n)
        return `body ${n}`
      })
      const cause = new Error('no body')
      const err = await api
        .update(5, async () => {
          throw cause
        })
        .catch(e => e)
      expect(err).toBe(cause)
    } finally {
      api.close()
    }
    expect(asked).toEqual([1, 2])
    expect(seen.map(l => l.slice(-9))).toEqual(['"body 1"}', '"body 2"}'])
  })

  it('a definite failure after an attempt whose outcome is unknown says that attempt may have landed', async () => {
    answers.push(
      [502, { message: 'bad gateway' }],
      [403, { message: 'Resource not accessible by integration' }]
    )
    const api = await connect()
    try {
      const err = await api.update(5, async () => 'x').catch(e => e)
      expect(err).toBeInstanceOf(EarlierWriteUnknownError)
      expect(err.attempt).toBe(1)
      expect(err.unknown).toMatchObject({ code: 'HTTP502', requestId: 'R1' })
      expect(err.failure).toMatchObject({ code: 'HTTP403', requestId: 'R2', attempts: 2 })
    } finally {
      api.close()
    }
  })

  it('the retry body failing (the re-read) after an attempt whose outcome is unknown: the same', async () => {
    answers.push([502, { message: 'bad gateway' }])
    const api = await connect()
    const cause = new Error('re-read failed')
    try {
      const err = await api
        .update(5, async n => {
          if (n > 1) throw cause
          return 'x'
        })
        .catch(e => e)
      expect(err).toBeInstanceOf(EarlierWriteUnknownError)
      expect(err.failure).toBe(cause)
      expect(err.unknown).toMatchObject({ code: 'HTTP502' })
    } finally {
      api.close()
    }
  })

  it('a definite failure after a refusal (not carried out) is the plain error; no body: nothing sent', async () => {
    answers.push(
      [403, { message: 'secondary' }, { 'retry-after': '0' }],
      [403, { message: 'Resource not accessible by integration' }]
    )
    const api = await connect()
    try {
      const err = await api.update(5, async () => 'x').catch(e => e)
      expect(err).toBeInstanceOf(ApiError)
      expect(err).toMatchObject({ code: 'HTTP403', attempts: 2 })
      expect(await api.update(5, async () => undefined)).toBeUndefined()
    } finally {
      api.close()
    }
    expect(seen).toHaveLength(2)
  })

  it('a 200 that is not a release is an InvalidResponse, retried', async () => {
    answers.push(
      [200, '<html>captive portal</html>', { 'content-type': 'text/html' }],
      [200, release]
    )
    const api = await connect()
    try {
      expect((await api.get(5)).id).toBe(5)
    } finally {
      api.close()
    }
    expect(seen).toHaveLength(2)
  })
})

import {
  explainedCodes,
  knownCode,
  MAX_RETRY_AFTER_MS,
  mayHaveBeenPerformed,
  networkErrorCode,
  proxyFailure,
  retryClass,
  type FailureFacts
} from '../../src/failures/error-codes.js'

describe('retryClass and mayHaveBeenPerformed per documented error code', () => {
  it.each<[string, number | undefined, string, boolean]>([
    ['InvalidParams', 400, 'no', false],
    ['ImageAlreadyExists', 400, 'no', false],
    ['InDebt', 400, 'no', false],
    ['NotEnabled', 400, 'no', false],
    ['ImageInUse', 403, 'no', false],
    ['ImageNotFound', 404, 'no', false],
    ['EcsError', 406, 'yes', true],
    ['AliyunError', 406, 'yes', true],
    ['DbError', 406, 'yes', true],
    ['NotAuthorized', 407, 'no', false],
    ['EntityNotExist.Role', 407, 'no', false],
    ['ServiceUnavailable', 503, 'yes', false],
    ['Throttling', 400, 'yes', false],
    ['Throttling.User', 400, 'yes', false],
    ['Throttling.Api', 400, 'yes', false],
    ['InternalError', 500, 'yes', true],
    ['Forbidden.RAM', 403, 'no', false],
    ['InvalidAccessKeyId.NotFound', 404, 'no', false],
    ['SignatureDoesNotMatch', 403, 'no', false],
    ['InvalidTimeStamp.Expired', 400, 'once', false],
    ['SignatureNonceUsed', 400, 'once', false],
    ['SomethingNew', 502, 'yes', true],
    ['AuthenticationFail.NoPermission', 401, 'no', false]
  ])('%s (HTTP %s): retry %s, maybe performed %s', (code, status, retry, performed) => {
    expect(retryClass({ code: code, httpStatus: status })).toBe(retry)
    expect(mayHaveBeenPerformed({ code: code, httpStatus: status })).toBe(performed)
  })
})

describe('the error-code table', () => {
  it.each(['constructor', 'toString', '__proto__', 'hasOwnProperty'])(
    'knows nothing of the server text %s',
    code => {
      expect(knownCode(code)).toBeUndefined()
      expect(retryClass({ code: code, httpStatus: 400 })).toBe('no')
      expect(mayHaveBeenPerformed({ code: code, httpStatus: 400 })).toBe(false)
    }
  )

  it('has one rule for throttling: every Throttling.* code is Throttling', () => {
    expect(knownCode('Throttling.Whatever')).toBe(knownCode('Throttling'))
    expect(retryClass({ code: 'Throttling.Whatever', httpStatus: 503 })).toBe('yes')
    expect(mayHaveBeenPerformed({ code: 'Throttling.Whatever', httpStatus: 503 })).toBe(false)
    expect(knownCode('ThrottlingX')).toBeUndefined()
  })

  it('explains every code it lists, with a fix', () => {
    for (const code of explainedCodes()) {
      const facts = knownCode(code)
      expect(facts?.meaning).toBeTruthy()
      expect(facts?.fix).toMatch(/\.$/)
    }
  })

  it.each([
    ['ConnectionRefused', 'yes', false],
    ['ConnectionReset', 'yes', true],
    ['RequestTimeout', 'yes', true],
    ['DnsTemporaryFailure', 'yes', false],
    ['HostNotFound', 'no', false],
    ['InvalidResponse', 'yes', true],
    ['TlsError', 'no', false],
    ['ProxyError', 'no', false]
  ])(
    'the code the action gives a network failure, %s: retry %s, maybe performed %s',
    (code, retry, performed) => {
      expect(retryClass({ code })).toBe(retry)
      expect(mayHaveBeenPerformed({ code })).toBe(performed)
    }
  )
})

describe('what the site saw decides with the code, never a flag of its own', () => {
  it.each<[string, FailureFacts, string, boolean]>([
    ['a proxy page with a 5xx', { code: 'InvalidResponse', httpStatus: 502 }, 'yes', true],
    ['a 2xx that is not the API', { code: 'InvalidResponse', httpStatus: 200 }, 'yes', true],
    ['a gateway 4xx without a code', { code: 'InvalidResponse', httpStatus: 414 }, 'no', false],
    ['a 429 without a code', { code: 'InvalidResponse', httpStatus: 429 }, 'yes', false],
    ['a body that is not JSON, no status', { code: 'InvalidResponse' }, 'yes', true],
    [
      "the service's own answer without ImageId",
      { code: 'InvalidResponse', httpStatus: 200, delivery: 'incomplete-answer' },
      'no',
      true
    ],
    ['a tunnel that never opened', { code: 'RequestTimeout', delivery: 'not-sent' }, 'yes', false],
    ['a redirect loop', { code: 'TooManyRedirects', delivery: 'redirected' }, 'no', false],
    ['an unknown code without an answer', { code: 'UnknownError' }, 'no', true],
    ['an unknown code in an answer', { code: 'UnknownError', httpStatus: 200 }, 'no', false],
    [
      'a rate limit with a short wait',
      { code: 'SecondaryRateLimit', httpStatus: 403, retryAfterMs: 3000 },
      'yes',
      false
    ],
    [
      'a rate limit with a wait too long',
      { code: 'RateLimited', httpStatus: 403, retryAfterMs: MAX_RETRY_AFTER_MS + 1 },
      'no',
      false
    ]
  ])('%s: retry %s, maybe performed %s', (_case, facts, retry, performed) => {
    expect(retryClass(facts)).toBe(retry)
    expect(mayHaveBeenPerformed(facts)).toBe(performed)
  })
})

describe('networkErrorCode: one mapping of network failures for every client', () => {
  it.each<[string | undefined, string, string | undefined]>([
    ['ECONNREFUSED', 'connect ECONNREFUSED 127.0.0.1:1', 'ConnectionRefused'],
    ['EPIPE', '', 'ConnectionReset'],
    ['ECONNABORTED', '', 'ConnectionReset'],
    ['EAI_AGAIN', '', 'DnsTemporaryFailure'],
    ['ENOTFOUND', '', 'HostNotFound'],
    // Libraries that keep only the message (@actions/http-client).
    [undefined, 'connect ECONNREFUSED 10.0.0.1:443', 'ConnectionRefused'],
    [undefined, 'getaddrinfo ENOTFOUND token.example', 'HostNotFound'],
    [undefined, 'socket hang up', 'ConnectionReset'],
    ['ERR_TLS_CERT_ALTNAME_INVALID', 'Hostname/IP does not match', 'TlsError'],
    [undefined, 'unable to verify the first certificate', 'TlsError'],
    [undefined, 'something else', undefined],
    ['EREDIRECT', '', undefined]
  ])('%s %s -> %s', (code, message, expected) => {
    expect(networkErrorCode(code, message)).toBe(expected)
  })
})

describe('proxyFailure', () => {
  it('keeps the status only, names the 407 fix, and retries only a 5xx', () => {
    expect(proxyFailure(407)).toEqual({
      code: 'ProxyError',
      serverMessage:
        'the proxy answered CONNECT with HTTP 407 (Proxy Authentication Required: check the user and password in the proxy URL)',
      proxyStatus: 407,
      delivery: 'not-sent'
    })
    expect(retryClass(proxyFailure(407))).toBe('no')
    expect(retryClass(proxyFailure(502))).toBe('yes')
    expect(mayHaveBeenPerformed(proxyFailure(502))).toBe(false)
    expect(proxyFailure(0).serverMessage).toBe('the proxy sent no valid answer to CONNECT')
  })
})

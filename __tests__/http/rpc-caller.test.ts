import { toApiError } from '../../src/http/rpc-caller.js'

const named = (name: string, message: string, code?: string) =>
  Object.assign(new Error(message), { name, ...(code ? { code } : {}) })

describe('toApiError normalises what the client library throws', () => {
  it('keeps the code, status and RequestId of an API error, and nothing of the request', () => {
    const thrown = Object.assign(new Error('Forbidden.RAM: code: 403, denied request id: R1'), {
      code: 'Forbidden.RAM',
      statusCode: 403,
      data: {
        RequestId: 'R1',
        Code: 'Forbidden.RAM',
        Message: 'User not authorized',
        statusCode: 403
      },
      lastRequest: { headers: { authorization: 'ACS3-HMAC-SHA256 Credential=x,Signature=y' } }
    })
    const err = toApiError('ehpc', 'AddImage', thrown)
    expect(err).toMatchObject({
      code: 'Forbidden.RAM',
      httpStatus: 403,
      requestId: 'R1',
      serverMessage: 'User not authorized',
      retryable: false,
      outcomeUnknown: false
    })
    expect(JSON.stringify(err)).not.toContain('Signature=')
  })

  it.each<[string, unknown, string, boolean, boolean]>([
    ['an HTML body', new SyntaxError('Unexpected token < in JSON'), 'InvalidResponse', true, true],
    [
      'a read timeout',
      named('RequestTimeoutError', 'ReadTimeout: 1000. POST / failed.'),
      'RequestTimeout',
      true,
      true
    ],
    [
      // httpx says ConnectTimeout also for a reused keep-alive socket after the request went out.
      'a "connect" timeout',
      named('RequestTimeoutError', 'ConnectTimeout: Connect http://x failed.'),
      'RequestTimeout',
      true,
      true
    ],
    [
      'a proxy tunnel timeout',
      named('RequestTimeoutError', 'proxy p:1 did not open a tunnel', 'ETUNNELTIMEOUT'),
      'RequestTimeout',
      true,
      false
    ],
    [
      'a refused connection',
      named('Error', 'connect ECONNREFUSED', 'ECONNREFUSED'),
      'ConnectionRefused',
      true,
      false
    ],
    ['a reset', named('Error', 'read ECONNRESET', 'ECONNRESET'), 'ConnectionReset', true, true],
    ['a hang-up', named('Error', 'socket hang up'), 'ConnectionReset', true, true],
    [
      'an unknown host',
      named('Error', 'getaddrinfo ENOTFOUND', 'ENOTFOUND'),
      'HostNotFound',
      false,
      false
    ],
    [
      'a proxy refusal',
      Object.assign(named('Error', 'proxy answered 403', 'EPROXY'), { status: 403 }),
      'ProxyError',
      false,
      false
    ],
    [
      'a failing proxy',
      Object.assign(named('Error', 'proxy answered 503', 'EPROXY'), { status: 503 }),
      'ProxyError',
      true,
      false
    ],
    ['a 502 with JSON', { code: 'undefined', statusCode: 502, data: {} }, 'HTTP502', true, true],
    ['anything else', new Error('weird'), 'UnknownError', false, true]
  ])('maps %s', (_case, thrown, code, retryable, outcomeUnknown) => {
    expect(toApiError('ehpc', 'AddImage', thrown)).toMatchObject({
      code,
      retryable,
      outcomeUnknown
    })
  })
})

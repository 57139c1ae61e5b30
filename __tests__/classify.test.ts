import { mayHaveBeenPerformed, retryClass } from '../src/classify.js'

describe('retryClass and mayHaveBeenPerformed per api.md error code', () => {
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
    expect(retryClass(code, status)).toBe(retry)
    expect(mayHaveBeenPerformed(code, status)).toBe(performed)
  })
})

import { explainApiError, failureMessage } from '../../src/failures/explain.js'
import { ActionError, ApiError, InputError } from '../../src/failures/errors.js'

const error = (
  code: string,
  httpStatus: number,
  action = 'AddImage',
  service: 'ehpc' | 'sts' = 'ehpc'
) =>
  new ApiError({
    service,
    action,
    code,
    httpStatus,
    requestId: 'REQ-123'
  })

describe('explainApiError: one message per documented code', () => {
  it.each<[string, number, RegExp]>([
    ['InvalidParams', 400, /rejected a parameter/],
    ['ImageAlreadyExists', 400, /already registered/],
    ['InDebt', 400, /Settle the overdue payment/],
    ['NotEnabled', 400, /Activate E-HPC Instant/],
    ['ImageInUse', 403, /jobs still use the image/],
    ['ImageNotFound', 404, /no such image/],
    ['EcsError', 406, /backend \(ECS\) failure/],
    ['AliyunError', 406, /backend failure/],
    ['DbError', 406, /database failure/],
    ['NotAuthorized', 407, /service-linked role/],
    ['EntityNotExist.Role', 407, /service-linked role/],
    ['ServiceUnavailable', 503, /temporarily unavailable/],
    ['Throttling', 400, /rate limited/],
    ['Throttling.User', 400, /rate limited/],
    ['Throttling.Api', 400, /rate limited/],
    ['InternalError', 500, /internal error/],
    ['Forbidden.RAM', 403, /not allowed to make this call \(ehpc:AddImage\)/],
    ['InvalidAccessKeyId.NotFound', 404, /AccessKey ID is unknown/],
    ['SignatureDoesNotMatch', 403, /secret is wrong/],
    ['InvalidTimeStamp.Expired', 400, /runner's clock is off/],
    ['SignatureNonceUsed', 400, /nonce was used/]
  ])('%s', (code, status, meaning) => {
    const msg = explainApiError(error(code, status))
    expect(msg).toMatch(meaning)
    expect(msg).toContain(`code ${code}, HTTP ${status}, RequestId REQ-123`)
    expect(msg).toMatch(/^E-HPC Instant AddImage failed: /)
  })

  it('names the RAM action of the failing call', () => {
    expect(explainApiError(error('Forbidden.RAM', 403, 'ListImages'))).toContain('ehpc:ListImages')
  })

  it('says STS for STS failures and gives the trust-policy hint', () => {
    const msg = explainApiError(
      error('AuthenticationFail.NoPermission', 401, 'AssumeRoleWithOIDC', 'sts')
    )
    expect(msg).toMatch(/^STS AssumeRoleWithOIDC failed: .*trust policy/)
  })

  it('falls back to the server message for an unknown code', () => {
    const e = new ApiError({
      service: 'ehpc',
      action: 'AddImage',
      code: 'Brand.New',
      httpStatus: 400,
      serverMessage: 'odd'
    })
    expect(explainApiError(e)).toBe(
      'E-HPC Instant AddImage failed: E-HPC Instant answered with an error: odd. Fix what the server message names: the same request will fail again. (code Brand.New, HTTP 400, RequestId none: the answer carried none)'
    )
  })

  it('gives an unknown code that may pass re-run advice, and keeps one full stop', () => {
    const e = new ApiError({
      service: 'ehpc',
      action: 'AddImage',
      code: 'Quota.Exceeded',
      httpStatus: 503,
      serverMessage: 'The quota is exceeded.'
    })
    const msg = explainApiError(e)
    expect(e.retryable).toBe(true)
    expect(msg).toContain('answered with an error: The quota is exceeded. Re-run the job later')
    expect(msg).not.toContain('..')
  })

  it.each<[string, number]>([
    ['ServiceUnavailable', 503],
    ['Throttling', 400],
    ['InternalError', 500]
  ])('names the service that answered %s: STS, not E-HPC Instant', (code, status) => {
    const msg = explainApiError(error(code, status, 'AssumeRoleWithOIDC', 'sts'))
    expect(msg).toMatch(/^STS AssumeRoleWithOIDC failed/)
    expect(msg).not.toContain('E-HPC Instant')
  })

  it('names the RAM action for every Forbidden.* code', () => {
    expect(explainApiError(error('Forbidden.NoPermission', 403, 'GetImage'))).toContain(
      '(ehpc:GetImage)'
    )
  })

  it('an unknown code that is the name of an object property is still unknown', () => {
    expect(explainApiError(error('constructor', 400))).toContain(
      'E-HPC Instant answered with an error'
    )
  })

  it('adds a hint without changing the error it came from', () => {
    const e = error('AuthenticationFail.NoPermission', 401, 'AssumeRoleWithOIDC', 'sts')
    const hinted = e.with({ hint: 'The token has sub "x".' })
    expect(explainApiError(hinted)).toContain('The token has sub "x".')
    expect(explainApiError(e)).not.toContain('The token has sub')
    expect(hinted.code).toBe(e.code)
  })

  it('says how many attempts were made', () => {
    const e = error('ServiceUnavailable', 503).with({ attempts: 5 })
    expect(explainApiError(e)).toMatch(/failed after 5 attempts/)
  })
})

describe('failureMessage', () => {
  it('adds the RequestId to an ActionError that lacks it', () => {
    expect(failureMessage(new ActionError('It broke.', 'R9'))).toBe('It broke. (RequestId R9)')
  })
  it('keeps input errors as they are', () => {
    expect(failureMessage(new InputError('name', 'Input "name" is required.'))).toBe(
      'Input "name" is required.'
    )
  })
})

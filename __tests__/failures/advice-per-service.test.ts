// Advice names the service that failed and only its remedies: every code of the table, as
// each service that can answer it, gets no other service's remedies.
import { explainApiError, failureMessage } from '../../src/failures/explain.js'
import { ApiError, type Service } from '../../src/failures/errors.js'
import { explainedCodes } from '../../src/failures/error-codes.js'

const call = (
  service: Service,
  code: string,
  more: Partial<ConstructorParameters<typeof ApiError>[0]> = {}
) => new ApiError({ service, action: ACTION[service], code, httpStatus: 500, ...more })

const ACTION: Record<Service, string> = {
  ehpc: 'AddImage',
  sts: 'AssumeRoleWithOIDC',
  github: 'OIDC token request to token.actions.example',
  ecs: 'DescribeImages',
  registry: 'manifest HEAD'
}

/** Words that belong to one service's remedies: they must not appear in another's advice. */
const FOREIGN: Record<Service, RegExp[]> = {
  ehpc: [/githubstatus/i, /ACTIONS_ID_TOKEN_REQUEST_URL/, /GITHUB_API_URL/],
  sts: [/githubstatus/i, /service-linked role/, /ACTIONS_ID_TOKEN_REQUEST_URL/],
  ecs: [/githubstatus/i, /ehpc:AddImage/, /ACTIONS_ID_TOKEN_REQUEST_URL/],
  github: [/Alibaba Cloud/, /region/, /sts-endpoint/, /service-linked/, /ehpc:/],
  registry: [/Alibaba Cloud support/, /GITHUB_API_URL/, /githubstatus/i, /sts-endpoint/]
}

/** Codes only one service sends: only that service's advice is checked for them. */
const ONLY_FROM: Record<string, Service> = {
  InvalidParams: 'ehpc',
  ImageAlreadyExists: 'ehpc',
  NotEnabled: 'ehpc',
  ImageInUse: 'ehpc',
  ImageNotFound: 'ehpc',
  EcsError: 'ehpc',
  AliyunError: 'ehpc',
  DbError: 'ehpc',
  NotAuthorized: 'ehpc',
  InDebt: 'ehpc'
}

const SERVICES: Service[] = ['ehpc', 'sts', 'github', 'ecs', 'registry']
const ALIBABA: Service[] = ['ehpc', 'sts', 'ecs']

const rows = explainedCodes().flatMap(code =>
  (code.startsWith('AuthenticationFail') || code.startsWith('InvalidParameter.')
    ? (['sts'] as Service[])
    : ONLY_FROM[code]
      ? [ONLY_FROM[code]]
      : /Signature|AccessKey|SecurityToken|TimeStamp|Forbidden|InDebt|EntityNotExist/.test(code)
        ? ALIBABA
        : SERVICES
  ).map(service => [service, code] as const)
)

describe('advice for the service that failed, for every code of the table', () => {
  it.each(rows)('%s %s', (service, code) => {
    const message = explainApiError(call(service, code, { host: 'h.example' }))
    for (const foreign of FOREIGN[service]) expect(message).not.toMatch(foreign)
  })
})

describe('the named defects', () => {
  it('a GitHub token-service 5xx points to GitHub, not to Alibaba Cloud support', () => {
    const message = explainApiError(call('github', 'HTTP503', { httpStatus: 503, attempts: 5 }))
    expect(message).toContain(
      'GitHub OIDC token request to token.actions.example failed after 5 attempts'
    )
    expect(message).toContain('githubstatus.com')
    expect(message).not.toMatch(/Alibaba/)
    expect(message).not.toContain('no answer from the server')
    expect(message).toMatch(/\(code HTTP503, HTTP 503, RequestId none: the answer carried none\)$/)
  })

  it('an unknown retryable code of the registry asks its operator', () => {
    expect(explainApiError(call('registry', 'UNKNOWN', { httpStatus: 502 }))).toContain(
      "check the registry's status with its operator"
    )
  })

  it('"no answer" only when no answer came', () => {
    const noAnswer = call('ehpc', 'RequestTimeout', { httpStatus: undefined })
    expect(explainApiError(noAnswer)).toMatch(/RequestId none: no answer from the server\)$/)
    expect(explainApiError(call('ehpc', 'InternalError', { requestId: 'R-1' }))).toMatch(
      /RequestId R-1\)$/
    )
  })

  it('EntityNotExist.Role from STS is about role-to-assume only', () => {
    const message = explainApiError(call('sts', 'EntityNotExist.Role', { httpStatus: 404 }))
    expect(message).toContain('role-to-assume')
    expect(message).not.toMatch(/service-linked|E-HPC/)
  })

  it('EntityNotExist.Role from E-HPC Instant is about its service-linked role only', () => {
    const message = explainApiError(call('ehpc', 'EntityNotExist.Role', { httpStatus: 407 }))
    expect(message).toContain('service-linked role')
    expect(message).not.toMatch(/role-to-assume|keyless/)
  })

  it('Forbidden.RAM from ECS names the ECS action only', () => {
    const message = failureMessage(call('ecs', 'Forbidden.RAM', { httpStatus: 403 }))
    expect(message).toContain('ecs:DescribeImages')
    expect(message).not.toContain('ehpc:')
  })

  it.each<[Service, string]>([
    ['github', 'GITHUB_API_URL'],
    ['registry', 'registry-url'],
    ['ecs', 'ecs-endpoint']
  ])('a connection refused by %s names %s', (service, setting) => {
    const err = call(service, 'ConnectionRefused', {
      httpStatus: undefined,
      action: service === 'github' ? 'UpdateRelease' : ACTION[service]
    })
    expect(explainApiError(err)).toContain(`Check ${setting}`)
  })
})

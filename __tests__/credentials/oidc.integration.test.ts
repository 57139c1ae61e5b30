import { DEMO_OIDC, startEmulator, type Emulator } from '../../emulator/emulator.mjs'
import { runAction } from '../../scripts/lib/run-action.mjs'

let emu: Emulator
beforeAll(async () => {
  emu = await startEmulator({
    oidc: {
      providers: [{ arn: DEMO_OIDC.providerArn, clientIds: ['sts.aliyuncs.com'] }],
      roles: [
        {
          arn: DEMO_OIDC.roleArn,
          subjectPatterns: ['repo:octo-org/octo-repo:ref:refs/tags/*'],
          maxSessionDuration: 3600
        },
        {
          arn: 'acs:ram::1234567890123456:role/main-only',
          subjectPatterns: ['repo:octo-org/octo-repo:ref:refs/heads/main']
        }
      ]
    }
  })
})
afterAll(() => emu.close())
beforeEach(() => emu.reset())

const inputs = (extra: Record<string, string> = {}) => ({
  region: 'cn-hangzhou',
  endpoint: emu.url,
  'sts-endpoint': emu.url,
  'role-to-assume': DEMO_OIDC.roleArn,
  'oidc-provider-arn': DEMO_OIDC.providerArn,
  name: 'solver',
  'registry-url': 'registry.cn-hangzhou.aliyuncs.com/hpc/solver:v1.2.3',
  ...extra
})

describe('keyless auth: GitHub OIDC token traded at STS', () => {
  it('registers with only the role, the provider and the runner ID-token variables', async () => {
    const run = await runAction(inputs(), { env: emu.githubEnv() })
    expect(run.errors).toEqual([])
    expect(run.code).toBe(0)
    expect(emu.images()).toHaveLength(1)
    const [token, sts, ...ehpc] = emu.requests
    expect([token.service, token.action, token.params.audience]).toEqual([
      'github',
      'GitHubToken',
      'sts.aliyuncs.com'
    ])
    expect([sts.service, sts.action, sts.auth, sts.status]).toEqual([
      'sts',
      'AssumeRoleWithOIDC',
      'anonymous',
      200
    ])
    expect(sts.params).toMatchObject({
      RoleSessionName: 'github-actions-8675309',
      DurationSeconds: '900'
    })
    expect(ehpc.map(r => [r.action, r.accessKeyId?.startsWith('STS.'), r.securityToken])).toEqual([
      ['ListImages', true, true],
      ['AddImage', true, true],
      ['GetImage', true, true]
    ])
    const secrets = emu.issuedSecrets()
    expect(secrets.length).toBeGreaterThanOrEqual(3)
    const masks = run.stdout.split('\n').filter(l => l.startsWith('::add-mask::'))
    for (const secret of secrets.filter(
      s => s !== emu.githubEnv().ACTIONS_ID_TOKEN_REQUEST_TOKEN
    )) {
      expect(masks).toContain(`::add-mask::${secret}`)
    }
    for (const secret of secrets) {
      const other = run.stdout
        .split('\n')
        .filter(l => !l.startsWith('::add-mask::') && l.includes(secret))
      expect(other).toEqual([])
      expect(run.stderr).not.toContain(secret)
      expect(run.outputFile).not.toContain(secret)
      expect(run.summary).not.toContain(secret)
    }
  })

  it('passes audience, session name and duration through', async () => {
    const run = await runAction(
      inputs({ 'role-session-name': 'release@v1.2.3', 'role-duration-seconds': '3600' }),
      {
        env: emu.githubEnv()
      }
    )
    expect(run.code).toBe(0)
    const sts = emu.requests.find(r => r.action === 'AssumeRoleWithOIDC')
    expect(sts?.params).toMatchObject({
      RoleSessionName: 'release@v1.2.3',
      DurationSeconds: '3600'
    })
  })

  it('sends AssumeRoleWithOIDC as @alicloud/credentials does: Action and Version in the query, the parameters in a form body', async () => {
    // The emulator's default stsWire ('official') refuses any other form with a 400.
    const run = await runAction(inputs(), { env: emu.githubEnv() })
    expect(run.code).toBe(0)
    const sts = emu.requests.find(r => r.action === 'AssumeRoleWithOIDC')
    expect(sts?.status).toBe(200)
    expect(sts?.queryKeys).toEqual(
      expect.arrayContaining(['Action', 'Version', 'Format', 'Timestamp'])
    )
    expect(sts?.queryKeys).not.toContain('OIDCToken')
  })

  it('without the id-token permission: says so with the YAML, and no request reaches E-HPC or STS', async () => {
    const run = await runAction(inputs())
    expect(run.code).toBe(1)
    expect(run.errors).toHaveLength(1)
    expect(run.errors[0]).toContain('permissions:\n    id-token: write')
    expect(emu.count()).toBe(0)
  })

  it('takes role and provider from the environment', async () => {
    const { 'role-to-assume': _r, 'oidc-provider-arn': _p, ...rest } = inputs()
    const run = await runAction(rest, {
      env: {
        ...emu.githubEnv(),
        ALIBABA_CLOUD_ROLE_ARN: DEMO_OIDC.roleArn,
        ALIBABA_CLOUD_OIDC_PROVIDER_ARN: DEMO_OIDC.providerArn
      }
    })
    expect(run.code).toBe(0)
    expect(emu.count('AssumeRoleWithOIDC')).toBe(1)
  })

  it.each<[string, Record<string, string>, string, RegExp]>([
    [
      'a trust policy that does not match the ref',
      { 'role-to-assume': 'acs:ram::1234567890123456:role/main-only' },
      'AuthenticationFail.NoPermission, HTTP 401',
      /trust policy.*oidc:sub "repo:octo-org\/octo-repo:ref:refs\/tags\/v1\.2\.3"/
    ],
    [
      'an unknown role',
      { 'role-to-assume': 'acs:ram::1234567890123456:role/nope' },
      'EntityNotExist.Role, HTTP 404',
      /role-to-assume is the ARN of an existing RAM role/
    ],
    [
      'an unregistered provider',
      { 'oidc-provider-arn': 'acs:ram::1234567890123456:oidc-provider/Other' },
      'AuthenticationFail.NoPermission, HTTP 401',
      /No such OIDC Provider registered/
    ],
    [
      'an audience the provider does not know',
      { audience: 'my-audience' },
      'AuthenticationFail.OIDCToken.AudienceNotMatch, HTTP 401',
      /Set audience to a client id/
    ],
    [
      'a duration above the role maximum',
      { 'role-duration-seconds': '7200' },
      'InvalidParameter.DurationSeconds, HTTP 400',
      /maximum session duration/
    ]
  ])(
    'STS refusing %s fails once with the likely cause and the RequestId',
    async (_c, extra, code) => {
      const run = await runAction(inputs(extra), { env: emu.githubEnv() })
      expect(run.code).toBe(1)
      expect(run.errors).toHaveLength(1)
      expect(run.errors[0]).toMatch(/^STS AssumeRoleWithOIDC failed: /)
      expect(run.errors[0]).toMatch(code)
      expect(run.errors[0]).toMatch(/RequestId [0-9A-F-]{36}\) Troubleshooting: \S+#[a-z.]+$/)
      expect(emu.count('AssumeRoleWithOIDC')).toBe(1)
      expect(emu.count(undefined, 'ehpc')).toBe(0)
    }
  )

  it('an expired token is refused with a message about expiry', async () => {
    emu.fault('AssumeRoleWithOIDC', {
      kind: 'error',
      code: 'AuthenticationFail.OIDCToken.Expired',
      status: 401
    })
    const run = await runAction(inputs(), { env: emu.githubEnv() })
    expect(run.code).toBe(1)
    expect(run.errors[0]).toMatch(/expired/)
    expect(run.errors[0]).toMatch(/AuthenticationFail\.OIDCToken\.Expired/)
  })

  it('STS throttling and 5xx are retried; one STS call otherwise', async () => {
    emu.fault('AssumeRoleWithOIDC', { kind: 'error', code: 'Throttling', status: 400 })
    emu.fault('AssumeRoleWithOIDC', { kind: 'error', code: 'InternalError', status: 500 })
    const run = await runAction(inputs(), {
      env: { ...emu.githubEnv(), EHPC_ADD_IMAGE_RETRY_BASE_MS: '5' }
    })
    expect(run.errors).toEqual([])
    expect(run.code).toBe(0)
    expect(emu.count('AssumeRoleWithOIDC')).toBe(3)
    expect(emu.images()).toHaveLength(1)
  })
})

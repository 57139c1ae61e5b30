import { DEMO_OIDC, startEmulator, type GithubOptions } from '../../emulator/emulator.mjs'
import { runAction } from '../../scripts/lib/run-action.mjs'
import { scanForSecrets } from '../helpers/secret-scan.js'

// What STS refuses is the token's own claims: the message must show those, whatever form
// the subject takes, and never anything built from the run's environment.

const MAIN_ONLY = 'acs:ram::1234567890123456:role/main-only'

async function keyless(github: GithubOptions, extraEnv: Record<string, string> = {}) {
  const emu = await startEmulator({
    github,
    oidc: {
      providers: [
        {
          arn: DEMO_OIDC.providerArn,
          issuer: github.issuer ?? DEMO_OIDC.issuer,
          clientIds: ['sts.aliyuncs.com']
        }
      ],
      roles: [
        { arn: DEMO_OIDC.roleArn, subjectPatterns: ['repo:octo-org@1001/octo-repo@2002:*'] },
        { arn: MAIN_ONLY, subjectPatterns: ['repo:octo-org/octo-repo:ref:refs/heads/main'] }
      ]
    }
  })
  try {
    const run = await runAction(
      {
        region: 'cn-hangzhou',
        endpoint: emu.url,
        'sts-endpoint': emu.url,
        'role-to-assume': MAIN_ONLY,
        'oidc-provider-arn': DEMO_OIDC.providerArn,
        name: 'solver',
        'registry-url': 'registry.cn-hangzhou.aliyuncs.com/hpc/solver:v1.2.3'
      },
      // The run's env says a tag was pushed; only the token knows what it really is.
      { env: { ...emu.githubEnv(), ...extraEnv } }
    )
    return { run, emu: { count: emu.count.bind(emu), secrets: emu.issuedSecrets() } }
  } finally {
    await emu.close()
  }
}

describe('an STS refusal shows the claims of the token the action holds', () => {
  it.each<[string, GithubOptions, string]>([
    ['the name form', { ref: 'refs/heads/dev' }, 'repo:octo-org/octo-repo:ref:refs/heads/dev'],
    [
      'the immutable form (owner and repository ids)',
      {
        sub: 'repo:octo-org@1001/octo-repo@2002:ref:refs/tags/v1.2.3',
        repositoryId: '2002',
        repositoryOwnerId: '1001'
      },
      'repo:octo-org@1001/octo-repo@2002:ref:refs/tags/v1.2.3'
    ],
    [
      'a pull_request run',
      { sub: 'repo:octo-org/octo-repo:pull_request', ref: 'refs/pull/17/merge' },
      'repo:octo-org/octo-repo:pull_request'
    ],
    [
      'a job with environment:',
      { sub: 'repo:octo-org/octo-repo:environment:production' },
      'repo:octo-org/octo-repo:environment:production'
    ]
  ])('%s', async (_form, github, sub) => {
    const { run, emu } = await keyless({
      repositoryId: '2002',
      repositoryOwnerId: '1001',
      ...github
    })
    expect(run.code).toBe(1)
    expect(run.errors).toHaveLength(1)
    const [message] = run.errors
    expect(message).toMatch(/^STS AssumeRoleWithOIDC failed: .*trust policy/)
    expect(message).toContain(
      `The GitHub OIDC token has sub "${sub}", aud "sts.aliyuncs.com", iss "https://token.actions.githubusercontent.com", repository_id "2002", repository_owner_id "1001".`
    )
    expect(message).toMatch(
      /AuthenticationFail\.NoPermission, HTTP 401, RequestId [0-9A-F-]{36}\) Troubleshooting: \S+#authenticationfailnopermission$/
    )
    // Nothing built from GITHUB_REF (refs/tags/v1.2.3) where the token says otherwise.
    if (!sub.includes('refs/tags')) expect(message).not.toContain('refs/tags/v1.2.3')
    expect(emu.count(undefined, 'ehpc')).toBe(0)
    const secrets = emu.secrets.map((value, i) => ({
      name: `issued-${i}`,
      value,
      obtainedAfter: /^::debug::ID token url is /
    }))
    expect(scanForSecrets(run, secrets)).toEqual([])
  })

  it('a trusted immutable subject registers, with the sub at debug level only', async () => {
    const sub = 'repo:octo-org@1001/octo-repo@2002:ref:refs/tags/v1.2.3'
    const emu = await startEmulator({
      github: { sub, repositoryId: '2002', repositoryOwnerId: '1001' },
      oidc: {
        roles: [
          { arn: DEMO_OIDC.roleArn, subjectPatterns: ['repo:octo-org@1001/octo-repo@2002:*'] }
        ]
      }
    })
    try {
      const run = await runAction(
        {
          region: 'cn-hangzhou',
          endpoint: emu.url,
          'sts-endpoint': emu.url,
          'role-to-assume': DEMO_OIDC.roleArn,
          'oidc-provider-arn': DEMO_OIDC.providerArn,
          name: 'solver',
          'registry-url': 'registry.cn-hangzhou.aliyuncs.com/hpc/solver:v1.2.3'
        },
        { env: emu.githubEnv() }
      )
      expect(run.errors).toEqual([])
      expect(run.code).toBe(0)
      expect(emu.images()).toHaveLength(1)
      const lines = run.stdout.split('\n').filter(l => l.includes(sub))
      expect(lines).toHaveLength(1)
      expect(lines[0]).toMatch(/^::debug::The GitHub OIDC token has sub "[^"]+", aud "[^"]+", iss /)
      expect(lines[0]).toContain(`sub "${sub}"`)
    } finally {
      await emu.close()
    }
  })

  it('a GitHub Enterprise Server issuer works, and a provider with another issuer is explained with the iss', async () => {
    const ghes = 'https://ghes.example.com/_services/token'
    const ok = await keyless({
      issuer: ghes,
      sub: 'repo:octo-org@1001/octo-repo@2002:ref:refs/tags/v1.2.3'
    })
    // main-only does not trust it, so the refusal names the GHES issuer the token carries.
    expect(ok.run.errors[0]).toContain(`iss "${ghes}"`)

    const emu = await startEmulator({ github: { issuer: ghes } })
    try {
      const run = await runAction(
        {
          region: 'cn-hangzhou',
          endpoint: emu.url,
          'sts-endpoint': emu.url,
          'role-to-assume': DEMO_OIDC.roleArn,
          'oidc-provider-arn': DEMO_OIDC.providerArn,
          name: 'solver',
          'registry-url': 'registry.cn-hangzhou.aliyuncs.com/hpc/solver:v1.2.3'
        },
        { env: emu.githubEnv() }
      )
      expect(run.code).toBe(1)
      expect(run.errors[0]).toMatch(/AuthenticationFail\.OIDCToken\.IssuerNotMatch/)
      expect(run.errors[0]).toContain(`iss "${ghes}"`)
      expect(run.errors[0]).toMatch(/issuer URL/)
    } finally {
      await emu.close()
    }
  })
})

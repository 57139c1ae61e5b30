import {
  DEFAULT_GITHUB,
  DEMO_OIDC,
  startEmulator,
  type Emulator
} from '../../emulator/emulator.mjs'
import { runAction } from '../../scripts/lib/run-action.mjs'
import { scanForSecrets } from '../helpers/secret-scan.js'
import { tempHome, type TempHome } from '../helpers/credential-sources.js'

// RRSA on ACK: role, provider and token file in the pod's environment. The token comes from the
// file and goes through the action's own AssumeRoleWithOIDC (sts-endpoint, retries, hints).

const ACK_ISSUER = 'https://oidc-ack-cn-hangzhou.oss-cn-hangzhou.aliyuncs.com/c0123456789abcdef'
const ACK_PROVIDER = 'acs:ram::1234567890123456:oidc-provider/ack-rrsa-c0123456789abcdef'
const RUNNER_ROLE = 'acs:ram::1234567890123456:role/ack-runner'
const OTHER_ROLE = 'acs:ram::1234567890123456:role/other-namespace'
const SUB = 'system:serviceaccount:ci:runner'

let emu: Emulator
let home: TempHome
beforeAll(async () => {
  emu = await startEmulator({
    oidc: {
      providers: [
        { arn: DEMO_OIDC.providerArn },
        { arn: ACK_PROVIDER, issuer: ACK_ISSUER, clientIds: ['sts.aliyuncs.com'] }
      ],
      roles: [
        { arn: RUNNER_ROLE, providerArn: ACK_PROVIDER, subjectPatterns: [SUB] },
        {
          arn: OTHER_ROLE,
          providerArn: ACK_PROVIDER,
          subjectPatterns: ['system:serviceaccount:prod:*']
        }
      ]
    }
  })
  home = tempHome()
})
afterAll(async () => {
  home.remove()
  await emu.close()
})
beforeEach(() => emu.reset())

const inputs = () => ({
  region: 'cn-hangzhou',
  endpoint: emu.url,
  'sts-endpoint': emu.url,
  name: 'solver',
  'registry-url': 'registry.cn-hangzhou.aliyuncs.com/hpc/solver:v1.2.3'
})

/** The pod's environment, with a fresh token in its file. */
function podEnv(role = RUNNER_ROLE) {
  const token = emu.issueIdToken({ audience: 'sts.aliyuncs.com', sub: SUB, issuer: ACK_ISSUER })
  const file = home.write('var/run/secrets/ack.alibabacloud.com/rrsa-tokens/token', `${token}\n`)
  return {
    token,
    file,
    env: {
      ALIBABA_CLOUD_ROLE_ARN: role,
      ALIBABA_CLOUD_OIDC_PROVIDER_ARN: ACK_PROVIDER,
      ALIBABA_CLOUD_OIDC_TOKEN_FILE: file
    }
  }
}

describe('RRSA: the token file of an ACK pod', () => {
  it('registers with the token from the file, never asking GitHub, every secret masked', async () => {
    const { token, file, env } = podEnv()
    const run = await runAction(inputs(), { env })
    expect(run.errors).toEqual([])
    expect(run.code).toBe(0)
    expect(emu.images()).toHaveLength(1)
    expect(emu.requests.map(r => [r.service, r.action])).toEqual([
      ['sts', 'AssumeRoleWithOIDC'],
      ['ehpc', 'ListImages'],
      ['ehpc', 'AddImage'],
      ['ehpc', 'GetImage']
    ])
    expect(emu.requests[0].params.RoleArn).toBe(RUNNER_ROLE)
    expect(run.stdout).toContain(
      `Assumed ${RUNNER_ROLE} (from the environment) with the OIDC token in ALIBABA_CLOUD_OIDC_TOKEN_FILE (${file}) (session github-actions-8675309).`
    )
    expect(run.stdout).not.toContain('id-token')
    const issued = emu.issuedSecrets().filter(s => s !== token && s !== DEFAULT_GITHUB.requestToken)
    expect(issued.length).toBeGreaterThanOrEqual(2)
    expect(
      scanForSecrets(run, [
        { name: 'rrsa-token', value: token, mustMask: true },
        ...issued.map((value, i) => ({
          name: `sts-${i}`,
          value,
          mustMask: true,
          obtainedAfter: /^::add-mask::/
        }))
      ])
    ).toEqual([])
  })

  it('the file wins over a GitHub ID-token endpoint the job also has', async () => {
    const { env } = podEnv()
    const run = await runAction(inputs(), { env: { ...emu.githubEnv(), ...env } })
    expect(run.code).toBe(0)
    expect(emu.count('GitHubToken')).toBe(0)
  })

  it('STS throttling is retried as for any OIDC token', async () => {
    emu.fault('AssumeRoleWithOIDC', { kind: 'error', code: 'Throttling', status: 400 })
    const { env } = podEnv()
    const run = await runAction(inputs(), { env: { ...env, EHPC_ADD_IMAGE_RETRY_BASE_MS: '5' } })
    expect(run.code).toBe(0)
    expect(emu.count('AssumeRoleWithOIDC')).toBe(2)
  })

  it("a role that does not trust the service account: the token's claims, no id-token advice", async () => {
    const { env } = podEnv(OTHER_ROLE)
    const run = await runAction(inputs(), { env })
    expect(run.code).toBe(1)
    expect(run.errors).toHaveLength(1)
    expect(run.errors[0]).toContain(
      `The OIDC token in ALIBABA_CLOUD_OIDC_TOKEN_FILE (${env.ALIBABA_CLOUD_OIDC_TOKEN_FILE}) has sub "${SUB}", aud "sts.aliyuncs.com", iss "${ACK_ISSUER}".`
    )
    expect(run.errors[0]).toMatch(/AuthenticationFail\.NoPermission, HTTP 401/)
    expect(run.stdout).not.toContain('id-token')
  })

  it('a token file that is not there: named, before any request', async () => {
    const { env } = podEnv()
    const run = await runAction(inputs(), {
      env: { ...env, ALIBABA_CLOUD_OIDC_TOKEN_FILE: `${home.home}/nope/token` }
    })
    expect(run.code).toBe(1)
    expect(run.errors[0]).toBe(
      `env ALIBABA_CLOUD_OIDC_TOKEN_FILE names ${home.home}/nope/token, which cannot be read (ENOENT). On ACK, check that RRSA is enabled for the cluster and the pod's service account, so that the token volume is mounted there. Troubleshooting: https://github.com/OWNER/ehpc-add-image/blob/main/docs/TROUBLESHOOTING.md#oidctokenfileunreadable`
    )
    expect(emu.count()).toBe(0)
  })

  it('a token file without the role and provider is an input error', async () => {
    const { file } = podEnv()
    const run = await runAction(inputs(), { env: { ALIBABA_CLOUD_OIDC_TOKEN_FILE: file } })
    expect(run.code).toBe(1)
    expect(run.errors[0]).toMatch(/ALIBABA_CLOUD_OIDC_TOKEN_FILE is set \(RRSA\)/)
    expect(emu.count()).toBe(0)
  })
})

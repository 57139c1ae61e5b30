import { DEMO_ACCESS_KEY, startEmulator, type Emulator } from '../emulator/emulator.mjs'
import { stsCredentials } from './helpers/sts-credentials.js'
import { runAction } from '../scripts/lib/run-action.mjs'

let emu: Emulator
beforeAll(async () => {
  // strict: the requests must also pass the checks the API reference does not back
  emu = await startEmulator({
    specChecks: 'strict',
    accessKeys: {
      [DEMO_ACCESS_KEY.accessKeyId]: DEMO_ACCESS_KEY.accessKeySecret,
      'STS.tempkey': 'unused'
    }
  })
})
afterAll(() => emu.close())
beforeEach(() => emu.reset())

const keys = {
  'access-key-id': DEMO_ACCESS_KEY.accessKeyId,
  'access-key-secret': DEMO_ACCESS_KEY.accessKeySecret
}
const base = () => ({
  region: 'cn-hangzhou',
  endpoint: emu.url,
  ...keys,
  name: 'solver',
  'registry-url': 'registry.cn-hangzhou.aliyuncs.com/hpc/solver:v1.2.3'
})
const spec = (image: { ContainerImageSpec?: unknown }) => image.ContainerImageSpec

describe('dist/index.js registers images against the emulator', () => {
  it('a Container image on personal ACR: auto-detected, defaults from the tag run', async () => {
    const run = await runAction(base())
    expect(run.errors).toEqual([])
    expect(run.code).toBe(0)
    const images = emu.images()
    expect(images).toHaveLength(1)
    expect(images[0]).toMatchObject({
      ImageId: run.outputs['image-id'],
      Name: 'solver',
      Version: 'v1.2.3',
      ImageType: 'Container',
      Description: 'octo-org/octo-repo@5f3c9a1, run 8675309'
    })
    expect(spec(images[0])).toEqual({
      RegistryUrl: 'registry.cn-hangzhou.aliyuncs.com/hpc/solver:v1.2.3',
      IsACRRegistry: true,
      IsACREnterprise: false
    })
    expect(run.outputs).toEqual({
      'image-id': images[0].ImageId,
      created: 'true',
      'image-name': 'solver',
      'image-version': 'v1.2.3',
      'image-type': 'Container',
      'request-id': emu.requests.find(r => r.action === 'AddImage')?.requestId,
      'replaced-image-id': '',
      'image-digest': '',
      'app-id': expect.stringMatching(/^ci-ctr-\w+$/),
      'image-status': 'Available'
    })
    expect(emu.requests.map(r => [r.action, r.auth])).toEqual([
      ['ListImages', 'ACS3'],
      ['AddImage', 'ACS3'],
      ['GetImage', 'ACS3']
    ])
    expect(run.summary).toContain('<td>Image ID</td><td>' + images[0].ImageId + '</td>')
    expect(run.summary).toContain('<td>Result</td><td>Created</td>')
  })

  it('ACR Enterprise Edition with an instance id', async () => {
    const run = await runAction({
      ...base(),
      'registry-url': 'hpc-registry.cn-hangzhou.cr.aliyuncs.com/hpc/solver:v2',
      'acr-instance-id': 'cri-abc123'
    })
    expect(run.code).toBe(0)
    expect(spec(emu.images()[0])).toEqual({
      RegistryUrl: 'hpc-registry.cn-hangzhou.cr.aliyuncs.com/hpc/solver:v2',
      IsACRRegistry: true,
      IsACREnterprise: true,
      RegistryCriId: 'cri-abc123'
    })
  })

  it('a private registry with credentials: Server defaults to the host, password masked', async () => {
    const run = await runAction({
      ...base(),
      'registry-url': 'harbor.example.com:8443/hpc/solver:v3',
      'registry-username': 'robot$ci',
      'registry-password': 'harbor-Pa55word'
    })
    expect(run.code).toBe(0)
    expect(spec(emu.images()[0])).toEqual({
      RegistryUrl: 'harbor.example.com:8443/hpc/solver:v3',
      IsACRRegistry: false,
      IsACREnterprise: false,
      RegistryCredential: {
        Server: 'harbor.example.com:8443',
        UserName: 'robot$ci',
        Password: 'harbor-Pa55word'
      }
    })
    const lines = run.stdout.split('\n')
    const masked = lines.indexOf('::add-mask::harbor-Pa55word')
    expect(masked).toBeGreaterThanOrEqual(0)
    expect(lines.slice(0, masked).every(l => l.startsWith('::add-mask::'))).toBe(true)
    expect(run.stdout.split('harbor-Pa55word')).toHaveLength(2)
  })

  it('a VM image', async () => {
    const { 'registry-url': _u, ...rest } = base()
    const run = await runAction({
      ...rest,
      'image-type': 'vm',
      'vm-image-id': 'm-bp1g7004ksh0oeuco1cd',
      'image-version': '2024.05'
    })
    expect(run.code).toBe(0)
    expect(emu.images()[0]).toMatchObject({
      ImageType: 'VM',
      Version: '2024.05',
      VMImageSpec: { ImageId: 'm-bp1g7004ksh0oeuco1cd' }
    })
    expect(run.outputs['image-type']).toBe('VM')
    expect(run.summary).toContain('<td>ECS image</td><td>m-bp1g7004ksh0oeuco1cd</td>')
  })

  it('keys from the environment', async () => {
    const { 'access-key-id': _i, 'access-key-secret': _s, ...rest } = base()
    const run = await runAction(rest, {
      env: {
        ALIBABA_CLOUD_ACCESS_KEY_ID: DEMO_ACCESS_KEY.accessKeyId,
        ALIBABA_CLOUD_ACCESS_KEY_SECRET: DEMO_ACCESS_KEY.accessKeySecret
      }
    })
    expect(run.code).toBe(0)
    expect(emu.images()).toHaveLength(1)
    expect(emu.requests[0].accessKeyId).toBe(DEMO_ACCESS_KEY.accessKeyId)
  })

  it('key inputs win over a role and provider in the environment (no STS call)', async () => {
    const run = await runAction(base(), {
      env: {
        ALIBABA_CLOUD_ROLE_ARN: 'acs:ram::1234567890123456:role/elsewhere',
        ALIBABA_CLOUD_OIDC_PROVIDER_ARN: 'acs:ram::1234567890123456:oidc-provider/GitHub'
      }
    })
    expect(run.errors).toEqual([])
    expect(run.code).toBe(0)
    expect(run.stdout).toContain(
      `Using the AccessKey ${DEMO_ACCESS_KEY.accessKeyId} from the inputs`
    )
    expect(emu.requests.map(r => r.action)).toEqual(['ListImages', 'AddImage', 'GetImage'])
  })

  it('region from ALIBABA_CLOUD_REGION_ID and a sha version on a branch run', async () => {
    const { region: _r, ...rest } = base()
    const run = await runAction(rest, {
      env: {
        ALIBABA_CLOUD_REGION_ID: 'cn-shanghai',
        GITHUB_REF_TYPE: 'branch',
        GITHUB_REF_NAME: 'main',
        GITHUB_REF: 'refs/heads/main'
      }
    })
    expect(run.code).toBe(0)
    expect(run.outputs['image-version']).toBe('sha-5f3c9a1')
    expect(run.summary).toContain('<td>Region</td><td>cn-shanghai</td>')
  })

  it('an STS token: temporary credentials obtained earlier are accepted with their token', async () => {
    const first = await runAction(
      {
        ...base(),
        'role-to-assume': 'acs:ram::1234567890123456:role/ehpc-release',
        'oidc-provider-arn': 'acs:ram::1234567890123456:oidc-provider/GitHub',
        'sts-endpoint': emu.url,
        'dry-run': 'true'
      },
      {}
    )
    expect(first.code).toBe(0)
    // Get real temporary credentials from the emulator's STS, as an earlier step would.
    const c = await stsCredentials(emu)
    emu.requests.length = 0
    const run = await runAction({
      ...base(),
      'access-key-id': c.AccessKeyId,
      'access-key-secret': c.AccessKeySecret,
      'security-token': c.SecurityToken
    })
    expect(run.errors).toEqual([])
    expect(run.code).toBe(0)
    expect(emu.requests.map(r => [r.action, r.accessKeyId, r.securityToken])).toEqual([
      ['ListImages', c.AccessKeyId, true],
      ['AddImage', c.AccessKeyId, true],
      ['GetImage', c.AccessKeyId, true]
    ])
    expect(run.stdout).toContain(`::add-mask::${c.SecurityToken}`)
  })

  it('a wrong secret is rejected by the emulator and fails with SignatureDoesNotMatch', async () => {
    const run = await runAction({ ...base(), 'access-key-secret': 'not-the-secret' })
    expect(run.code).toBe(1)
    expect(run.errors).toHaveLength(1)
    expect(run.errors[0]).toMatch(/SignatureDoesNotMatch, HTTP 403, RequestId [0-9A-F-]{36}/)
    expect(run.errors[0]).toMatch(/access-key-secret/)
    expect(emu.images()).toHaveLength(0)
    expect(emu.count()).toBe(1)
  })

  it('an unknown AccessKey id fails with InvalidAccessKeyId.NotFound', async () => {
    const run = await runAction({ ...base(), 'access-key-id': 'LTAI5tUnknownKey' })
    expect(run.code).toBe(1)
    expect(run.errors[0]).toMatch(/InvalidAccessKeyId\.NotFound/)
  })

  it('dry-run: validates, prints the redacted request, sends nothing, needs no credentials', async () => {
    const { 'access-key-id': _i, 'access-key-secret': _s, ...rest } = base()
    const run = await runAction({
      ...rest,
      'dry-run': 'true',
      'registry-username': 'robot',
      'registry-password': 'dry-secret-pw'
    })
    expect(run.code).toBe(0)
    expect(emu.count()).toBe(0)
    expect(run.outputs).toEqual({
      created: 'false',
      'image-name': 'solver',
      'image-version': 'v1.2.3',
      'image-type': 'Container',
      'replaced-image-id': '',
      'image-digest': '',
      'app-id': '',
      'image-status': ''
    })
    expect(run.stdout).toContain('"Name": "solver"')
    expect(run.stdout).toContain('\\"Password\\":\\"***\\"')
    expect(run.stdout.split('dry-secret-pw')).toHaveLength(2) // only in ::add-mask::
    expect(run.summary).toContain('Dry run: nothing sent')
  })
})

describe('every bad input fails before any request', () => {
  it.each<[string, Record<string, string>, Record<string, string>, string]>([
    ['missing name', { name: '' }, {}, '"name"'],
    ['missing region', { region: '' }, {}, '"region"'],
    ['bad region', { region: 'CN-Hangzhou' }, {}, '"region"'],
    ['bad endpoint', { endpoint: 'ftp://127.0.0.1' }, {}, '"endpoint"'],
    ['bad sts-endpoint', { 'sts-endpoint': 'a b' }, {}, '"sts-endpoint"'],
    [
      'scheme in registry-url',
      { 'registry-url': 'https://registry.cn-hangzhou.aliyuncs.com/a/b:1' },
      {},
      '"registry-url"'
    ],
    [
      'upper-case repository',
      { 'registry-url': 'registry.cn-hangzhou.aliyuncs.com/A/b:1' },
      {},
      '"registry-url"'
    ],
    ['missing registry-url', { 'registry-url': '' }, {}, '"registry-url"'],
    ['bad image-type', { 'image-type': 'iso' }, {}, '"image-type"'],
    ['vm-image-id on a container', { 'vm-image-id': 'm-abc' }, {}, '"vm-image-id"'],
    ['registry-url on a VM', { 'image-type': 'VM', 'vm-image-id': 'm-abc' }, {}, '"registry-url"'],
    [
      'bad vm-image-id',
      { 'image-type': 'VM', 'registry-url': '', 'vm-image-id': 'img-1' },
      {},
      '"vm-image-id"'
    ],
    ['bad acr-registry', { 'acr-registry': 'maybe' }, {}, '"acr-registry"'],
    ['bad acr-enterprise', { 'acr-enterprise': 'maybe' }, {}, '"acr-enterprise"'],
    ['bad acr-instance-id', { 'acr-instance-id': 'instance-1' }, {}, '"acr-instance-id"'],
    ['username without password', { 'registry-username': 'u' }, {}, '"registry-password"'],
    ['registry-server alone', { 'registry-server': 'r.example.com' }, {}, '"registry-server"'],
    ['bad if-exists', { 'if-exists': 'skip' }, {}, '"if-exists"'],
    ['bad dry-run', { 'dry-run': 'maybe' }, {}, '"dry-run"'],
    ['max-attempts 0', { 'max-attempts': '0' }, {}, '"max-attempts"'],
    ['timeout 0', { 'request-timeout-seconds': '0' }, {}, '"request-timeout-seconds"'],
    ['duration 100', { 'role-duration-seconds': '100' }, {}, '"role-duration-seconds"'],
    ['bad session name', { 'role-session-name': 'x' }, {}, '"role-session-name"'],
    ['role without provider', { 'role-to-assume': 'acs:ram::1:role/r' }, {}, '"oidc-provider-arn"'],
    [
      'provider without role',
      { 'oidc-provider-arn': 'acs:ram::1:oidc-provider/p' },
      {},
      '"role-to-assume"'
    ],
    ['id without secret', { 'access-key-secret': '' }, {}, '"access-key-secret"'],
    [
      'token without keys',
      { 'access-key-id': '', 'access-key-secret': '', 'security-token': 't' },
      {},
      '"security-token"'
    ],
    ['no credentials', { 'access-key-id': '', 'access-key-secret': '' }, {}, 'No credentials'],
    [
      'env secret without id',
      { 'access-key-id': '', 'access-key-secret': '' },
      { ALIBABA_CLOUD_ACCESS_KEY_SECRET: 's' },
      'ALIBABA_CLOUD_ACCESS_KEY_ID'
    ]
  ])('%s', async (_case, override, env, named) => {
    const run = await runAction({ ...base(), ...override }, { env })
    expect(run.code).toBe(1)
    expect(run.errors).toHaveLength(1)
    expect(run.errors[0]).toContain(named)
    expect(emu.count()).toBe(0)
    // No credentials is found after the inputs were read: what the run was for is output.
    expect(run.outputs).toEqual(
      named === 'No credentials'
        ? { 'image-name': 'solver', 'image-version': 'v1.2.3', 'image-type': 'Container' }
        : {}
    )
  })
})

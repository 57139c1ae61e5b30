import { readConfig } from '../../src/inputs/read-config.js'
import type { Config } from '../../src/inputs/config.js'
import { InputError } from '../../src/failures/errors.js'
import type { RunContext } from '../../src/inputs/run-context.js'

const tagRun: RunContext = {
  refType: 'tag',
  refName: 'v1.2.3',
  sha: '0123456789abcdef0123456789abcdef01234567',
  repository: 'octo-org/octo-repo',
  runId: '4242'
}

const BASE = {
  region: 'cn-hangzhou',
  name: 'my-app',
  'registry-url': 'registry.cn-hangzhou.aliyuncs.com/ns/app:v1.2.3',
  'access-key-id': 'LTAI5tExample',
  'access-key-secret': 'secret-value'
}

function read(
  inputs: Record<string, string>,
  env: Record<string, string> = {},
  ctx: RunContext = tagRun
): { config: Config; masked: string[] } {
  const masked: string[] = []
  const config = readConfig(
    n => inputs[n] ?? '',
    env,
    ctx,
    s => masked.push(s)
  )
  return { config, masked }
}

function inputError(inputs: Record<string, string>, env: Record<string, string> = {}): InputError {
  try {
    read(inputs, env)
  } catch (err) {
    if (err instanceof InputError) return err
    throw err
  }
  throw new Error('expected an InputError')
}

describe('readConfig: valid inputs', () => {
  it('resolves defaults from a tag run', () => {
    const { config } = read(BASE)
    expect(config.region).toBe('cn-hangzhou')
    expect(config.endpoint).toEqual({
      host: 'ehpcinstant.cn-hangzhou.aliyuncs.com',
      protocol: 'https'
    })
    expect(config.stsEndpoint).toEqual({ host: 'sts.cn-hangzhou.aliyuncs.com', protocol: 'https' })
    expect(config.image).toEqual({
      name: 'my-app',
      version: 'v1.2.3',
      description: 'octo-org/octo-repo@0123456, run 4242',
      type: 'Container',
      container: {
        registryUrl: 'registry.cn-hangzhou.aliyuncs.com/ns/app:v1.2.3',
        isAcrRegistry: true,
        isAcrEnterprise: false,
        criId: undefined,
        credential: undefined
      }
    })
    expect(config.ifExists).toBe('reuse')
    expect(config.dryRun).toBe(false)
    expect(config.maxAttempts).toBe(5)
    expect(config.requestTimeoutMs).toBe(30000)
    expect(config.auth).toEqual({
      kind: 'keys',
      accessKeyId: 'LTAI5tExample',
      accessKeySecret: 'secret-value',
      securityToken: undefined,
      source: 'inputs'
    })
  })

  it('uses sha-<7> as the version on a branch run', () => {
    const { config } = read(BASE, {}, { ...tagRun, refType: 'branch', refName: 'main' })
    expect(config.image.version).toBe('sha-0123456')
  })

  it.each([
    [
      'host',
      'ehpcinstant-vpc.cn-hangzhou.aliyuncs.com',
      { host: 'ehpcinstant-vpc.cn-hangzhou.aliyuncs.com', protocol: 'https' }
    ],
    ['host:port', 'example.com:8443', { host: 'example.com:8443', protocol: 'https' }],
    ['http URL', 'http://127.0.0.1:9000', { host: '127.0.0.1:9000', protocol: 'http' }],
    ['https URL', 'https://example.com/', { host: 'example.com', protocol: 'https' }]
  ])('accepts an endpoint as a %s', (_form, endpoint, expected) => {
    expect(read({ ...BASE, endpoint }).config.endpoint).toEqual(expected)
  })

  it.each([
    [
      'ALIBABA_CLOUD_REGION_ID',
      { ALIBABA_CLOUD_REGION_ID: 'cn-shanghai', ALIBABA_CLOUD_REGION: 'cn-beijing' },
      'cn-shanghai'
    ],
    ['ALIBABA_CLOUD_REGION', { ALIBABA_CLOUD_REGION: 'cn-beijing' }, 'cn-beijing']
  ])('takes the region from env %s', (_name, env, region) => {
    const { region: _r, ...rest } = BASE
    expect(read(rest, env).config.region).toBe(region)
  })

  it.each([
    ['personal ACR', 'registry.cn-hangzhou.aliyuncs.com/ns/a:1', {}, true, false],
    ['personal ACR over VPC', 'registry-vpc.cn-hangzhou.aliyuncs.com/ns/a:1', {}, true, false],
    ['international ACR', 'registry-intl.ap-southeast-1.aliyuncs.com/ns/a:1', {}, true, false],
    ['ACR Enterprise host', 'myreg-registry.cn-hangzhou.cr.aliyuncs.com/ns/a:1', {}, true, true],
    [
      'instance id given',
      'reg.example.com/ns/a:1',
      { 'acr-instance-id': 'cri-abc123' },
      true,
      true
    ],
    ['Docker Hub style host', 'docker.io/library/nginx:1.27', {}, false, false],
    [
      'explicit false',
      'registry.cn-hangzhou.aliyuncs.com/ns/a:1',
      { 'acr-registry': 'false' },
      false,
      false
    ],
    ['explicit true', 'ghcr.io/o/a:1', { 'acr-registry': 'TRUE' }, true, false]
  ])('resolves acr flags for %s', (_case, url, extra, registry, enterprise) => {
    const { config } = read({ ...BASE, 'registry-url': url, ...extra })
    expect(config.image.container?.isAcrRegistry).toBe(registry)
    expect(config.image.container?.isAcrEnterprise).toBe(enterprise)
  })

  it('reads a private registry credential, masks the password, defaults the server', () => {
    const { config, masked } = read({
      ...BASE,
      'registry-url': 'harbor.example.com:8443/team/app@sha256:' + 'a'.repeat(64),
      'registry-username': 'robot',
      'registry-password': 'p@ss word'
    })
    expect(config.image.container?.credential).toEqual({
      server: 'harbor.example.com:8443',
      username: 'robot',
      password: 'p@ss word'
    })
    expect(masked).toEqual(['secret-value', 'p@ss word'])
  })

  it('reads a VM image', () => {
    const { 'registry-url': _u, ...rest } = BASE
    const { config } = read({
      ...rest,
      'image-type': 'vm',
      'vm-image-id': 'm-bp1g7004ksh0oeuco1cd'
    })
    expect(config.image.type).toBe('VM')
    expect(config.image.vmImageId).toBe('m-bp1g7004ksh0oeuco1cd')
    expect(config.image.container).toBeUndefined()
  })

  it('takes keys and token from the environment and masks them', () => {
    const { 'access-key-id': _i, 'access-key-secret': _s, ...rest } = BASE
    const { config, masked } = read(rest, {
      ALIBABA_CLOUD_ACCESS_KEY_ID: 'STS.envkey',
      ALIBABA_CLOUD_ACCESS_KEY_SECRET: 'env-secret',
      ALIBABA_CLOUD_SECURITY_TOKEN: 'env-token'
    })
    expect(config.auth).toEqual({
      kind: 'keys',
      accessKeyId: 'STS.envkey',
      accessKeySecret: 'env-secret',
      securityToken: 'env-token',
      source: 'environment'
    })
    expect(masked).toEqual(['env-secret', 'env-token'])
  })

  it('prefers the OIDC role over keys, with defaults', () => {
    const { config } = read({
      ...BASE,
      'role-to-assume': 'acs:ram::1234567890123456:role/ehpc-release',
      'oidc-provider-arn': 'acs:ram::1234567890123456:oidc-provider/GitHub'
    })
    expect(config.auth).toEqual({
      kind: 'oidc',
      roleArn: 'acs:ram::1234567890123456:role/ehpc-release',
      providerArn: 'acs:ram::1234567890123456:oidc-provider/GitHub',
      audience: 'sts.aliyuncs.com',
      sessionName: 'github-actions-4242',
      durationSeconds: 900,
      source: 'inputs'
    })
  })

  it('needs no credentials for a dry run', () => {
    const { 'access-key-id': _i, 'access-key-secret': _s, ...rest } = BASE
    const { config } = read({ ...rest, 'dry-run': 'true' })
    expect(config.dryRun).toBe(true)
    expect(config.auth).toBeUndefined()
  })

  it('trims inputs', () => {
    expect(read({ ...BASE, name: '  my-app  ', 'if-exists': ' Replace ' }).config.image.name).toBe(
      'my-app'
    )
  })
})

const DIGEST = 'sha256:' + 'b'.repeat(64)

describe('readConfig: each invalid input is named', () => {
  it.each<[string, Record<string, string>, Record<string, string>, string, RegExp]>([
    ['missing region', { region: '' }, {}, 'region', /required/],
    ['bad region', { region: 'Hangzhou' }, {}, 'region', /not a region id/],
    [
      'bad region from env',
      { region: '' },
      { ALIBABA_CLOUD_REGION_ID: 'cn_hz' },
      'region',
      /env ALIBABA_CLOUD_REGION_ID/
    ],
    ['missing name', { name: '' }, {}, 'name', /required/],
    ['bad image-type', { 'image-type': 'docker' }, {}, 'image-type', /Container or VM/],
    ['missing registry-url', { 'registry-url': '' }, {}, 'registry-url', /required/],
    [
      'scheme in registry-url',
      { 'registry-url': 'https://registry.cn-hangzhou.aliyuncs.com/ns/a:1' },
      {},
      'registry-url',
      /scheme/
    ],
    [
      'whitespace in registry-url',
      { 'registry-url': 'registry.cn-hangzhou.aliyuncs.com/ns/a :1' },
      {},
      'registry-url',
      /whitespace/
    ],
    [
      'upper case path',
      { 'registry-url': 'registry.cn-hangzhou.aliyuncs.com/NS/app:1' },
      {},
      'registry-url',
      /lower-case/
    ],
    ['no host', { 'registry-url': 'library/nginx:1' }, {}, 'registry-url', /registry host/],
    ['bad digest', { 'registry-url': 'r.example.com/a@sha256:abc' }, {}, 'registry-url', /digest/],
    ['bad tag', { 'registry-url': 'r.example.com/a:-bad' }, {}, 'registry-url', /tag/],
    ['bad acr-registry', { 'acr-registry': 'yes' }, {}, 'acr-registry', /auto, true or false/],
    ['bad acr-enterprise', { 'acr-enterprise': '1' }, {}, 'acr-enterprise', /auto, true or false/],
    ['bad acr-instance-id', { 'acr-instance-id': 'abc' }, {}, 'acr-instance-id', /cri-/],
    [
      'instance id with enterprise false',
      { 'acr-instance-id': 'cri-abc', 'acr-enterprise': 'false' },
      {},
      'acr-instance-id',
      /acr-enterprise is false/
    ],
    [
      'username without password',
      { 'registry-username': 'u' },
      {},
      'registry-password',
      /go together/
    ],
    [
      'password without username',
      { 'registry-password': 'p' },
      {},
      'registry-username',
      /go together/
    ],
    [
      'server without credential',
      { 'registry-server': 'r.example.com' },
      {},
      'registry-server',
      /only used with/
    ],
    [
      'vm-image-id on a Container',
      { 'vm-image-id': 'm-abc' },
      {},
      'vm-image-id',
      /does not fit image-type Container/
    ],
    [
      'registry-url on a VM',
      { 'image-type': 'VM', 'vm-image-id': 'm-abc' },
      {},
      'registry-url',
      /does not fit image-type VM/
    ],
    [
      'missing vm-image-id',
      { 'image-type': 'VM', 'registry-url': '' },
      {},
      'vm-image-id',
      /required/
    ],
    [
      'bad vm-image-id',
      { 'image-type': 'VM', 'registry-url': '', 'vm-image-id': 'ami-123' },
      {},
      'vm-image-id',
      /ECS image id/
    ],
    ['bad endpoint', { endpoint: 'ftp://x.example.com' }, {}, 'endpoint', /host:port/],
    ['endpoint with path', { endpoint: 'https://x.example.com/api' }, {}, 'endpoint', /host:port/],
    ['bad port', { endpoint: 'x.example.com:70000' }, {}, 'endpoint', /host:port/],
    ['bad sts-endpoint', { 'sts-endpoint': 'sts example' }, {}, 'sts-endpoint', /host:port/],
    ['bad if-exists', { 'if-exists': 'overwrite' }, {}, 'if-exists', /reuse, fail, replace/],
    ['bad dry-run', { 'dry-run': 'yes' }, {}, 'dry-run', /true or false/],
    ['max-attempts 0', { 'max-attempts': '0' }, {}, 'max-attempts', /1 to 10/],
    ['max-attempts text', { 'max-attempts': 'three' }, {}, 'max-attempts', /whole number/],
    [
      'timeout 0',
      { 'request-timeout-seconds': '0' },
      {},
      'request-timeout-seconds',
      /from 0\.1 to 600/
    ],
    [
      'timeout negative',
      { 'request-timeout-seconds': '-5' },
      {},
      'request-timeout-seconds',
      /from 0\.1 to 600/
    ],
    [
      'duration too short',
      { 'role-duration-seconds': '899' },
      {},
      'role-duration-seconds',
      /900 to 43200/
    ],
    [
      'duration too long',
      { 'role-duration-seconds': '43201' },
      {},
      'role-duration-seconds',
      /900 to 43200/
    ],
    ['session name too short', { 'role-session-name': 'a' }, {}, 'role-session-name', /2-64/],
    [
      'session name bad chars',
      { 'role-session-name': 'my session' },
      {},
      'role-session-name',
      /2-64/
    ],
    [
      'role without provider',
      { 'role-to-assume': 'acs:ram::1:role/r' },
      {},
      'oidc-provider-arn',
      /missing/
    ],
    [
      'provider without role',
      { 'oidc-provider-arn': 'acs:ram::1:oidc-provider/p' },
      {},
      'role-to-assume',
      /missing/
    ],
    [
      'role from env without provider',
      { 'access-key-id': '', 'access-key-secret': '' },
      { ALIBABA_CLOUD_ROLE_ARN: 'acs:ram::1:role/r' },
      'oidc-provider-arn',
      /env ALIBABA_CLOUD_ROLE_ARN/
    ],
    [
      'bad role ARN',
      { 'role-to-assume': 'my-role', 'oidc-provider-arn': 'acs:ram::1:oidc-provider/p' },
      {},
      'role-to-assume',
      /RAM role ARN/
    ],
    [
      'bad provider ARN',
      { 'role-to-assume': 'acs:ram::1:role/r', 'oidc-provider-arn': 'github' },
      {},
      'oidc-provider-arn',
      /OIDC provider ARN/
    ],
    ['id without secret', { 'access-key-secret': '' }, {}, 'access-key-secret', /go together/],
    ['secret without id', { 'access-key-id': '' }, {}, 'access-key-id', /go together/],
    [
      'token without keys',
      { 'access-key-id': '', 'access-key-secret': '', 'security-token': 't' },
      {},
      'security-token',
      /without an AccessKey/
    ],
    [
      'env id without secret',
      { 'access-key-id': '', 'access-key-secret': '' },
      { ALIBABA_CLOUD_ACCESS_KEY_ID: 'LTAI' },
      'access-key-secret',
      /ALIBABA_CLOUD_ACCESS_KEY_SECRET is missing/
    ],
    [
      'digest and bad tag',
      { 'registry-url': `r.example.com/a:tag!@${DIGEST}` },
      {},
      'registry-url',
      /tag/
    ]
  ])('%s', (_case, override, env, input, message) => {
    const err = inputError({ ...BASE, ...override }, env)
    expect(err.input).toBe(input)
    expect(err.message).toMatch(message)
    expect(err.message).toContain(
      input.startsWith('access-key') && env.ALIBABA_CLOUD_ACCESS_KEY_ID ? 'ALIBABA_CLOUD' : input
    )
  })

  it('masks secrets even when validation fails later', () => {
    const masked: string[] = []
    expect(() =>
      readConfig(
        n => ({ ...BASE, 'registry-password': 'pw-123', region: 'bad' })[n] ?? '',
        {},
        tagRun,
        s => masked.push(s)
      )
    ).toThrow(InputError)
    expect(masked).toEqual(['secret-value', 'pw-123'])
  })

  it('needs a version outside GitHub Actions', () => {
    expect(() => read(BASE, {}, {})).toThrow(/image-version/)
  })
})

describe('readConfig: credential order, first complete source wins, inputs beat the environment', () => {
  const role = 'acs:ram::1234567890123456:role/ehpc-release'
  const provider = 'acs:ram::1234567890123456:oidc-provider/GitHub'
  const envOidc = { ALIBABA_CLOUD_ROLE_ARN: role, ALIBABA_CLOUD_OIDC_PROVIDER_ARN: provider }
  const envKeys = {
    ALIBABA_CLOUD_ACCESS_KEY_ID: 'LTAIenv',
    ALIBABA_CLOUD_ACCESS_KEY_SECRET: 'env-secret'
  }
  const { 'access-key-id': _i, 'access-key-secret': _s, ...noKeys } = BASE
  const oidcInputs = { 'role-to-assume': role, 'oidc-provider-arn': provider }

  it.each<[string, Record<string, string>, Record<string, string>, object]>([
    [
      'OIDC inputs over key inputs',
      { ...BASE, ...oidcInputs },
      {},
      { kind: 'oidc', source: 'inputs' }
    ],
    [
      'key inputs over OIDC in the environment',
      BASE,
      envOidc,
      { kind: 'keys', source: 'inputs', accessKeyId: BASE['access-key-id'] }
    ],
    [
      'key inputs over keys in the environment',
      BASE,
      envKeys,
      { kind: 'keys', source: 'inputs', accessKeyId: BASE['access-key-id'] }
    ],
    [
      'OIDC in the environment over keys there',
      noKeys,
      { ...envOidc, ...envKeys },
      { kind: 'oidc', source: 'environment' }
    ],
    [
      'keys in the environment last',
      noKeys,
      envKeys,
      { kind: 'keys', source: 'environment', accessKeyId: 'LTAIenv' }
    ],
    [
      'OIDC in the environment with a token file: RRSA',
      noKeys,
      { ...envOidc, ...envKeys, ALIBABA_CLOUD_OIDC_TOKEN_FILE: '/var/run/token' },
      { kind: 'oidc', source: 'environment', tokenFile: '/var/run/token' }
    ],
    ['no explicit source at all: the default chain', noKeys, {}, { kind: 'default-chain' }],
    [
      'a role input takes the provider from its env default',
      { ...noKeys, 'role-to-assume': role },
      { ALIBABA_CLOUD_OIDC_PROVIDER_ARN: provider },
      { kind: 'oidc', source: 'inputs', roleArn: role, providerArn: provider }
    ]
  ])('%s', (_case, inputs, env, expected) => {
    expect(read(inputs, env).config.auth).toMatchObject(expected)
  })

  it('OIDC inputs use the GitHub token even with a token file in the environment', () => {
    const { auth } = read(
      { ...noKeys, ...oidcInputs },
      { ALIBABA_CLOUD_OIDC_TOKEN_FILE: '/t' }
    ).config
    expect(auth).toMatchObject({ kind: 'oidc', source: 'inputs' })
    expect(auth && 'tokenFile' in auth).toBe(false)
  })

  it('a dry run with no explicit source needs no credentials, and probes no chain', () => {
    expect(read({ ...noKeys, 'dry-run': 'true' }).config.auth).toBeUndefined()
  })

  it('a token file without the role and provider is an error, not a fall-through', () => {
    const err = inputError(noKeys, { ...envKeys, ALIBABA_CLOUD_OIDC_TOKEN_FILE: '/var/run/token' })
    expect(err.input).toBe('role-to-assume')
    expect(err.message).toMatch(/ALIBABA_CLOUD_OIDC_TOKEN_FILE is set \(RRSA\)/)
  })

  it('half a pair in the inputs is an error even when the environment has a whole one', () => {
    const err = inputError({ ...noKeys, 'access-key-id': 'LTAIonly' }, envOidc)
    expect(err.input).toBe('access-key-secret')
    expect(err.message).toMatch(/go together/)
  })
})

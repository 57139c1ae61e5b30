// Messages that name the thing: dist/index.js run as the runner runs it, against the
// emulator. Retries show at info level; network errors name the host they tried and the
// input that sets it; a region typo gets a did-you-mean; a registry in another region is
// warned about; unknown codes get no re-run advice and no doubled full stop; every failure
// annotation has a title and links its section of docs/TROUBLESHOOTING.md; Forbidden.RAM
// names the identity.
import { readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { DEMO_ACCESS_KEY, DEMO_OIDC } from '../../emulator/emulator.mjs'
import { keyInputs, oidcInputs, useEmulator } from '../helpers/emulator-suite.js'
import { runAction, type ActionRun } from '../../scripts/lib/run-action.mjs'

const TROUBLESHOOTING = readFileSync(
  join(resolve(dirname(fileURLToPath(import.meta.url)), '../..'), 'docs', 'TROUBLESHOOTING.md'),
  'utf8'
)
const ACTION_ENV = {
  GITHUB_ACTION_REPOSITORY: 'octo-tools/ehpc-add-image',
  GITHUB_ACTION_REF: 'v1'
}
const DOCS = 'https://github.com/octo-tools/ehpc-add-image/blob/v1/docs/TROUBLESHOOTING.md'

const emu = useEmulator()

const keys = (extra: Record<string, string> = {}) => keyInputs(emu.url, extra)

const oidc = (extra: Record<string, string> = {}) => oidcInputs(emu.url, emu.url, extra)

const run = (inputs: Record<string, string>, env: Record<string, string> = {}) =>
  runAction(inputs, {
    env: { EHPC_ADD_IMAGE_RETRY_BASE_MS: '5', ...ACTION_ENV, ...env },
    timeoutMs: 30_000
  })

/** The run's one failure annotation. */
function failure(r: ActionRun) {
  expect(r.code).toBe(1)
  const errors = r.annotations.filter(a => a.kind === 'error')
  expect(errors).toHaveLength(1)
  return errors[0]
}

const warnings = (r: ActionRun) => r.annotations.filter(a => a.kind === 'warning')

/** GitHub's anchors for the `## ` headings of docs/TROUBLESHOOTING.md. */
const anchors = new Set(
  [...TROUBLESHOOTING.matchAll(/^## (.+)$/gm)].map(m =>
    m[1]
      .toLowerCase()
      .replace(/[^a-z0-9 _-]/g, '')
      .replace(/ /g, '-')
  )
)

/** The link at the end of a failure message names a section that exists. */
function expectDocsLink(message: string, anchor: string): void {
  expect(message).toMatch(new RegExp(` Troubleshooting: ${DOCS.replace(/\./g, '\\.')}#${anchor}$`))
  expect(anchors.has(anchor)).toBe(true)
}

describe('retries are logged at info level', () => {
  it('says which call, to which host, why, attempt N/M and the wait', async () => {
    emu.fault('AddImage', { kind: 'error', code: 'Throttling.User', status: 400 })
    const r = await run(keys())
    expect(r.code).toBe(0)
    const line = r.stdout.split('\n').find(l => l.includes('attempt 1/5'))
    expect(line).toMatch(
      /^E-HPC Instant AddImage at 127\.0\.0\.1:\d+: attempt 1\/5 failed \(Throttling\.User: E-HPC Instant rate limited the request\); trying again in \d+ ms\.$/
    )
  })

  it('counts a code retried once as attempt 1/2', async () => {
    emu.fault('ListImages', { kind: 'error', code: 'SignatureNonceUsed', status: 400 })
    const r = await run(keys())
    expect(r.code).toBe(0)
    expect(r.stdout).toMatch(
      /^E-HPC Instant ListImages at \S+: attempt 1\/2 failed \(SignatureNonceUsed: /m
    )
  })
})

describe('network errors name the host and the input that sets it', () => {
  it('E-HPC Instant: the endpoint host, and endpoint (not sts-endpoint)', async () => {
    const r = await run(keys({ endpoint: 'ehpcinstant.cn-hangzhou.invalid' }))
    const a = failure(r)
    expect(a.title).toBe('E-HPC Instant ListImages: HostNotFound')
    expect(a.message).toContain('ehpcinstant.cn-hangzhou.invalid does not resolve')
    expect(a.message).toContain('Check region and endpoint')
    expect(a.message).not.toContain('sts-endpoint')
    expectDocsLink(a.message, 'hostnotfound')
  })

  it('STS: the STS host, and sts-endpoint', async () => {
    const r = await run(oidc({ 'sts-endpoint': 'sts.cn-hangzhou.invalid' }), emu.githubEnv())
    const a = failure(r)
    expect(a.title).toBe('STS AssumeRoleWithOIDC: HostNotFound')
    expect(a.message).toContain('sts.cn-hangzhou.invalid does not resolve')
    expect(a.message).toContain('Check region and sts-endpoint')
    expect(emu.count(undefined, 'ehpc')).toBe(0)
  })
})

describe('region', () => {
  it('a region E-HPC Instant does not serve is an input error with a did-you-mean, before any call', async () => {
    const { endpoint: _ignored, ...inputs } = keys({ region: 'cn-hangzou' })
    const r = await run(inputs)
    const a = failure(r)
    expect(a.title).toBe('ehpc-add-image: input "region"')
    expect(a.message).toContain(
      'Input "region" is invalid: it is "cn-hangzou", which is not a region E-HPC Instant serves. Did you mean cn-hangzhou?'
    )
    expect(a.message).toContain('set endpoint: ehpcinstant.cn-hangzou.aliyuncs.com')
    expectDocsLink(a.message, 'input-errors')
    expect(emu.requests).toHaveLength(0)
  })

  it('with an endpoint of its own, it is a warning and the run goes on', async () => {
    const r = await run(keys({ region: 'cn-hangzou' }))
    expect(r.code).toBe(0)
    expect(warnings(r)).toContainEqual({
      kind: 'warning',
      title: 'E-HPC Instant: unknown region',
      message: `region "cn-hangzou" is not one E-HPC Instant serves (did you mean cn-hangzhou?); going on because endpoint is set (${emu.endpoint}).`
    })
    expect(emu.images()).toHaveLength(1)
  })

  it('a Container Registry host of another region is warned about', async () => {
    const r = await run(keys({ 'registry-url': 'registry-vpc.cn-shanghai.aliyuncs.com/ns/app:v1' }))
    expect(r.code).toBe(0)
    const [w] = warnings(r)
    expect(w.title).toBe('E-HPC Instant: registry in another region')
    expect(w.message).toContain(
      'registry-url is on registry-vpc.cn-shanghai.aliyuncs.com, Container Registry in cn-shanghai, but the image is registered in cn-hangzhou'
    )
  })

  it('a registry of the same region, or outside Alibaba Cloud, is not', async () => {
    const same = await run(keys())
    const other = await run(keys({ 'registry-url': 'ghcr.io/octo/app:v1', 'image-version': 'v2' }))
    expect(warnings(same)).toEqual([])
    expect(warnings(other)).toEqual([])
  })
})

describe('failure annotations', () => {
  it('an unknown code that will not pass: no re-run advice, one full stop, the "other codes" section', async () => {
    emu.fault('AddImage', {
      kind: 'error',
      code: 'Quota.Exceeded',
      status: 400,
      message: 'The image quota is exceeded.'
    })
    const r = await run(keys())
    const a = failure(r)
    expect(a.title).toBe('E-HPC Instant AddImage: Quota.Exceeded')
    expect(a.message).toContain(
      'E-HPC Instant answered with an error: The image quota is exceeded. Fix what the server message names'
    )
    expect(a.message).not.toContain('..')
    expect(a.message).not.toMatch(/re-?run/i)
    expectDocsLink(a.message, 'other-codes')
  })

  it('Forbidden.RAM names the AccessKey, the RAM action, and links its section', async () => {
    emu.fault('AddImage', { kind: 'error', code: 'Forbidden.RAM', status: 403 })
    const r = await run(keys())
    const a = failure(r)
    expect(a.title).toBe('E-HPC Instant AddImage: Forbidden.RAM')
    expect(a.message).toContain(
      `the AccessKey ${DEMO_ACCESS_KEY.accessKeyId} is not allowed to make this call (ehpc:AddImage)`
    )
    expectDocsLink(a.message, 'forbiddenram')
  })

  it('Forbidden.RAM names the RAM role with keyless auth', async () => {
    emu.fault('ListImages', { kind: 'error', code: 'Forbidden.RAM', status: 403 })
    const r = await run(oidc(), emu.githubEnv())
    const a = failure(r)
    expect(a.message).toContain(
      `the RAM role ${DEMO_OIDC.roleArn} is not allowed to make this call (ehpc:ListImages)`
    )
  })

  it("the action's own codes get a title and a section too", async () => {
    const r = await run(oidc())
    const a = failure(r)
    expect(a.title).toBe('ehpc-add-image: IdTokenUnavailable')
    expectDocsLink(a.message, 'idtokenunavailable')
  })

  it('without the runner naming the action, the link goes to the published home', async () => {
    const r = await run(keys({ region: 'Nowhere' }), {
      GITHUB_ACTION_REPOSITORY: '',
      GITHUB_ACTION_REF: ''
    })
    const a = failure(r)
    expect(a.message).toMatch(
      / Troubleshooting: https:\/\/github\.com\/[^/]+\/ehpc-add-image\/blob\/main\/docs\/TROUBLESHOOTING\.md#input-errors$/
    )
  })
})

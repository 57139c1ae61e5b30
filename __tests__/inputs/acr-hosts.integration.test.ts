import { DEMO_ACCESS_KEY } from '../../emulator/emulator.mjs'
import { runAction } from '../../scripts/lib/run-action.mjs'

// Container Registry host forms as they are today: the flags a dry run of dist/index.js
// would send, and the warnings it gives. No request is made (dry run, no check).

function dryRun(registryUrl: string, region = 'cn-hangzhou') {
  return runAction({
    region,
    'access-key-id': DEMO_ACCESS_KEY.accessKeyId,
    'access-key-secret': DEMO_ACCESS_KEY.accessKeySecret,
    name: 'solver',
    'registry-url': registryUrl,
    'dry-run': 'true',
    'verify-image': 'false'
  })
}

/** The ContainerImageSpec the dry run prints. */
function specOf(stdout: string): Record<string, unknown> {
  const m = /"ContainerImageSpec": ("(?:[^"\\]|\\.)*")/.exec(stdout)
  if (!m) throw new Error(`no ContainerImageSpec in:\n${stdout}`)
  return JSON.parse(JSON.parse(m[1]) as string) as Record<string, unknown>
}

describe('Container Registry hosts: acr-registry and acr-enterprise under auto', () => {
  it.each([
    ['crpi-k7x2m9q1-vpc.cn-hangzhou.personal.cr.aliyuncs.com/hpc/solver:v1', true, false],
    ['crpi-k7x2m9q1.cn-hangzhou.personal.cr.aliyuncs.com/hpc/solver:v1', true, false],
    ['registry-intl-vpc.cn-hangzhou.aliyuncs.com/hpc/solver:v1', true, false],
    ['registry-intl.cn-hangzhou.aliyuncs.com/hpc/solver:v1', true, false],
    ['hpc-registry-vpc.cn-hangzhou.cr.aliyuncs.com/hpc/solver:v1', true, true],
    ['ghcr.io/octo-org/solver:v1', false, false]
  ])('%s: IsACRRegistry %s, IsACREnterprise %s', async (url, acr, enterprise) => {
    const run = await dryRun(url)
    expect(run.code).toBe(0)
    expect(specOf(run.stdout)).toMatchObject({
      RegistryUrl: url,
      IsACRRegistry: acr,
      IsACREnterprise: enterprise
    })
  })

  it('a crpi- public endpoint: warns that E-HPC needs the -vpc form', async () => {
    const run = await dryRun('crpi-k7x2m9q1.cn-hangzhou.personal.cr.aliyuncs.com/hpc/solver:v1')
    const warning = run.annotations.find(a => a.title === 'Container Registry: public endpoint')
    expect(warning?.kind).toBe('warning')
    expect(warning?.message).toContain('cannot be used to pull')
    expect(warning?.message).toContain('crpi-k7x2m9q1-vpc.cn-hangzhou.personal.cr.aliyuncs.com')
  })

  it('a crpi- -vpc endpoint: no such warning', async () => {
    const run = await dryRun('crpi-k7x2m9q1-vpc.cn-hangzhou.personal.cr.aliyuncs.com/hpc/solver:v1')
    expect(run.annotations.filter(a => a.kind === 'warning')).toEqual([])
  })

  it.each([
    'crpi-k7x2m9q1-vpc.cn-shanghai.personal.cr.aliyuncs.com/hpc/solver:v1',
    'registry-intl-vpc.cn-shanghai.aliyuncs.com/hpc/solver:v1'
  ])('%s in another region than the image: the cross-region warning', async url => {
    const run = await dryRun(url)
    const warning = run.annotations.find(
      a => a.title === 'E-HPC Instant: registry in another region'
    )
    expect(warning?.message).toContain('Container Registry in cn-shanghai')
  })
})

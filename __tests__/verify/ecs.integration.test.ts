// The VM image check through dist/index.js: ECS DescribeImages at the emulator, before any
// write to E-HPC Instant.
import { runAction } from '../../scripts/lib/run-action.mjs'
import { keyInputs, useEmulator } from '../helpers/emulator-suite.js'

const emu = useEmulator({
  ecsImages: { 'm-ready': 'Available', 'm-creating': 'Creating', 'm-broken': 'CreateFailed' }
})

function vmInputs(vmImageId: string, extra: Record<string, string> = {}) {
  return keyInputs(emu.url, {
    'registry-url': '',
    'image-type': 'VM',
    'vm-image-id': vmImageId,
    'ecs-endpoint': emu.url,
    'verify-image': 'auto',
    'max-attempts': '2',
    ...extra
  })
}

const writes = () => emu.count('AddImage') + emu.count('RemoveImage')

describe('verify-image for VM images (ECS DescribeImages)', () => {
  it('confirms an Available image, asking for every status, signed, then registers it', async () => {
    const run = await runAction(vmInputs('m-ready'))
    expect(run.errors).toEqual([])
    expect(run.code).toBe(0)
    const describe = emu.requests.filter(r => r.action === 'DescribeImages')
    expect(describe).toHaveLength(1)
    expect(describe[0].service).toBe('ecs')
    expect(describe[0].auth).toBe('ACS3')
    expect(describe[0].params).toMatchObject({
      RegionId: 'cn-hangzhou',
      ImageId: 'm-ready',
      Status: 'Creating,Waiting,Available,UnAvailable,CreateFailed,Deprecated'
    })
    expect(run.stdout).toMatch(
      /Verified at ECS 127\.0\.0\.1:\d+ \(region cn-hangzhou\): the image exists and is Available/
    )
    expect(run.outputs['image-id']).toMatch(/\S/)
    expect(run.outputs['image-digest']).toBe('')
    expect(run.summary).toContain('Image check')
    expect(emu.count('AddImage')).toBe(1)
  })

  it.each(['empty', 'notFound'] as const)(
    'a missing ECS image fails before any write (ECS answering %s)',
    async mode => {
      emu.setEcsUnknownImage(mode)
      const run = await runAction(vmInputs('m-missing'))
      expect(run.code).toBe(1)
      expect(run.annotations.filter(a => a.kind === 'error')).toHaveLength(1)
      const [error] = run.annotations.filter(a => a.kind === 'error')
      expect(error.title).toBe('ECS image not found (nothing registered)')
      expect(error.message).toContain(
        'vm-image-id m-missing is not an ECS image in region cn-hangzhou'
      )
      expect(error.message).toContain('Nothing was registered')
      expect(writes()).toBe(0)
      expect(run.summary).toContain('nothing was written to E-HPC Instant')
    }
  )

  it.each([
    ['m-creating', 'Creating'],
    ['m-broken', 'CreateFailed']
  ])('an ECS image that is %s fails before any write', async (id, status) => {
    const run = await runAction(vmInputs(id))
    expect(run.code).toBe(1)
    const [error] = run.annotations.filter(a => a.kind === 'error')
    expect(error.title).toBe('ECS image not Available (nothing registered)')
    expect(error.message).toContain(`is ${status}, not Available`)
    expect(writes()).toBe(0)
  })

  it('if-exists: replace removes nothing when the new ECS image is missing', async () => {
    const old = emu.seedImage({
      Name: 'app',
      Version: 'v1.2.3',
      ImageType: 'VM',
      VMImageSpec: { ImageId: 'm-old' }
    })
    const run = await runAction(vmInputs('m-missing', { 'if-exists': 'replace' }))
    expect(run.code).toBe(1)
    expect(writes()).toBe(0)
    expect(emu.count('ListImages')).toBeGreaterThan(0)
    expect(emu.images().map(i => i.ImageId)).toEqual([old.ImageId])
  })

  it('a reused registration whose ECS image is gone fails too', async () => {
    emu.seedImage({
      Name: 'app',
      Version: 'v1.2.3',
      ImageType: 'VM',
      VMImageSpec: { ImageId: 'm-gone' }
    })
    const run = await runAction(vmInputs('m-gone'))
    expect(run.code).toBe(1)
    expect(run.outputs['image-id']).toBeUndefined()
    expect(run.annotations.find(a => a.kind === 'error')?.title).toBe(
      'ECS image not found (nothing registered)'
    )
  })

  it('Forbidden.RAM on DescribeImages warns and registers under auto', async () => {
    emu.fault('DescribeImages', { kind: 'error', code: 'Forbidden.RAM', status: 403 })
    const run = await runAction(vmInputs('m-ready'))
    expect(run.code).toBe(0)
    const warning = run.annotations.find(
      a => a.kind === 'warning' && /image not verified/.test(a.message)
    )
    expect(warning?.message).toMatch(/^image not verified: ECS DescribeImages failed/)
    expect(warning?.message).toContain('ecs:DescribeImages')
    expect(emu.count('AddImage')).toBe(1)
  })

  it('Forbidden.RAM on DescribeImages fails before any write under verify-image: true', async () => {
    emu.fault('DescribeImages', { kind: 'error', code: 'Forbidden.RAM', status: 403 })
    const run = await runAction(vmInputs('m-ready', { 'verify-image': 'true' }))
    expect(run.code).toBe(1)
    const [error] = run.annotations.filter(a => a.kind === 'error')
    expect(error.title).toBe('Image not verified, verify-image is true (nothing registered)')
    expect(error.message).toContain('ecs:DescribeImages')
    expect(writes()).toBe(0)
  })

  it('an unreachable ECS endpoint warns under auto and fails under true', async () => {
    const closed = 'http://127.0.0.1:9' // discard port: nothing listens on loopback
    const auto = await runAction(
      vmInputs('m-ready', { 'ecs-endpoint': closed, 'max-attempts': '1' })
    )
    expect(auto.code).toBe(0)
    expect(
      auto.annotations.some(a => a.kind === 'warning' && /^image not verified: /.test(a.message))
    ).toBe(true)
    emu.reset()
    const strict = await runAction(
      vmInputs('m-ready', { 'ecs-endpoint': closed, 'max-attempts': '1', 'verify-image': 'true' })
    )
    expect(strict.code).toBe(1)
    expect(writes()).toBe(0)
  })

  it('verify-image: false sends no DescribeImages', async () => {
    const run = await runAction(vmInputs('m-missing', { 'verify-image': 'false' }))
    expect(run.code).toBe(0)
    expect(emu.count('DescribeImages')).toBe(0)
    expect(run.summary).toContain('Off (verify-image: false)')
  })

  it('a dry run with an AccessKey checks the ECS image too, and fails on a missing one', async () => {
    const ok = await runAction(vmInputs('m-ready', { 'dry-run': 'true' }))
    expect(ok.code).toBe(0)
    expect(ok.stdout).toContain('Dry run: Verified at ECS')
    const missing = await runAction(vmInputs('m-missing', { 'dry-run': 'true' }))
    expect(missing.code).toBe(1)
    expect(emu.count('DescribeImages')).toBe(2)
    expect(writes()).toBe(0)
  })
})

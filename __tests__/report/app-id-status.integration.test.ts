// The app-id and image-status outputs, through dist/index.js: after AddImage one GetImage
// gives them; on reuse the lookup's answers do; a GetImage refused after AddImage warns.
import { keyInputs, useEmulator } from '../helpers/emulator-suite.js'
import { runAction } from '../../scripts/lib/run-action.mjs'

const emu = useEmulator()

const run = (extra: Record<string, string> = {}) =>
  runAction(keyInputs(emu.url, { 'max-attempts': '2', ...extra }), {
    env: { EHPC_ADD_IMAGE_RETRY_BASE_MS: '5' },
    timeoutMs: 30_000
  })

const warnings = (r: Awaited<ReturnType<typeof run>>) =>
  r.annotations.filter(a => a.kind === 'warning').map(a => a.message)

describe('app-id and image-status', () => {
  it('on create: one GetImage of the new image gives both, in outputs and summary', async () => {
    const r = await run()
    expect(r.errors).toEqual([])
    expect(r.code).toBe(0)
    const [image] = emu.images()
    // The emulator gives an added image an AppId of its own and Status Available.
    const appId = r.outputs['app-id']
    expect(appId).toMatch(/^ci-ctr-\w{16}$/)
    expect(r.outputs).toMatchObject({ 'image-id': image.ImageId, 'image-status': 'Available' })
    expect(emu.requests.map(e => e.action)).toEqual(['ListImages', 'AddImage', 'GetImage'])
    expect(r.outputs['request-id']).toBe(emu.requests.find(e => e.action === 'AddImage')?.requestId)
    expect(r.summary).toContain(`<td>App ID</td><td>${appId}</td>`)
    expect(r.summary).toContain('<td>Status</td><td>Available</td>')
  })

  it('on reuse: from the lookup and its GetImage, as the service says them', async () => {
    emu.seedImage({
      Name: 'app',
      Version: 'v1.2.3',
      ImageType: 'Container',
      ContainerImageSpec: { RegistryUrl: 'registry.cn-hangzhou.aliyuncs.com/ns/app:v1.2.3' },
      AppId: 'ci-ctr-seeded01',
      Status: ' Creating\n'
    })
    const r = await run()
    expect(r.code).toBe(0)
    expect(r.outputs).toMatchObject({
      created: 'false',
      'app-id': 'ci-ctr-seeded01',
      'image-status': 'Creating'
    })
    expect(emu.requests.map(e => e.action)).toEqual(['ListImages', 'GetImage'])
    expect(r.summary).toContain('<td>App ID</td><td>ci-ctr-seeded01</td>')
    expect(r.summary).toContain('<td>Status</td><td>Creating</td>')
  })

  it('a Status that is not a plain value is not output', async () => {
    emu.seedImage({
      Name: 'app',
      Version: 'v1.2.3',
      ImageType: 'Container',
      ContainerImageSpec: { RegistryUrl: 'registry.cn-hangzhou.aliyuncs.com/ns/app:v1.2.3' },
      Status: 'Ready $(id)'
    })
    const r = await run()
    expect(r.code).toBe(0)
    expect(r.outputs['image-status']).toBe('')
    expect(r.outputFile).not.toContain('$(id)')
  })

  it('GetImage refused after AddImage: a warning, exit 0, image-id set, the two empty', async () => {
    emu.fault('GetImage', { kind: 'error', code: 'Forbidden.RAM', status: 403 })
    const r = await run()
    expect(r.errors).toEqual([])
    expect(r.code).toBe(0)
    const [image] = emu.images()
    expect(r.outputs).toMatchObject({
      'image-id': image.ImageId,
      created: 'true',
      'app-id': '',
      'image-status': ''
    })
    const warned = warnings(r).filter(w => w.includes('GetImage'))
    expect(warned).toHaveLength(1)
    expect(warned[0]).toContain('Forbidden.RAM')
    expect(warned[0]).toContain('ehpc:GetImage')
    expect(emu.count('GetImage')).toBe(1)
    expect(r.summary).toContain('<td>App ID</td><td>(unknown)</td>')
  })

  it('GetImage failing with 5xx after AddImage: retried, then a warning, exit 0', async () => {
    emu.fault('GetImage', { kind: 'error', code: 'InternalError', status: 500, times: 5 })
    const r = await run()
    expect(r.errors).toEqual([])
    expect(r.code).toBe(0)
    expect(r.outputs['image-id']).toBe(emu.images()[0].ImageId)
    expect(r.outputs['app-id']).toBe('')
    expect(emu.count('GetImage')).toBe(2)
    expect(warnings(r).some(w => w.includes('GetImage failed (InternalError'))).toBe(true)
  })
})

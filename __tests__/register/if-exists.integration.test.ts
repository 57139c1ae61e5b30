import { DEMO_ACCESS_KEY, startEmulator, type Emulator } from '../../emulator/emulator.mjs'
import { runAction } from '../../scripts/lib/run-action.mjs'
import { keyInputs, useEmulator } from '../helpers/emulator-suite.js'

const URL_V1 = 'registry.cn-hangzhou.aliyuncs.com/hpc/solver:v1.2.3'
const OTHER = 'registry.cn-hangzhou.aliyuncs.com/hpc/solver-old:v1.2.3'

describe.each(['reject', 'accept'] as const)(
  're-runs when the service %ss duplicates',
  duplicates => {
    let emu: Emulator
    beforeAll(async () => {
      emu = await startEmulator({ duplicates, maxPageSize: 50 })
    })
    afterAll(() => emu.close())
    beforeEach(() => emu.reset())

    const inputs = (extra: Record<string, string> = {}) => ({
      region: 'cn-hangzhou',
      endpoint: emu.url,
      'access-key-id': DEMO_ACCESS_KEY.accessKeyId,
      'access-key-secret': DEMO_ACCESS_KEY.accessKeySecret,
      name: 'solver',
      'registry-url': URL_V1,
      ...extra
    })
    const seed = (version: string, registryUrl = URL_V1) =>
      emu.seedImage({
        Name: 'solver',
        Version: version,
        ImageType: 'Container',
        ContainerImageSpec: { RegistryUrl: registryUrl }
      })

    it('running the same release twice leaves one image and the same image-id', async () => {
      const first = await runAction(inputs())
      const second = await runAction(inputs())
      expect([first.code, second.code]).toEqual([0, 0])
      expect(emu.images()).toHaveLength(1)
      expect(second.outputs['image-id']).toBe(first.outputs['image-id'])
      expect([first.outputs.created, second.outputs.created]).toEqual(['true', 'false'])
      expect(second.stdout).toMatch(
        /Reused m-\w+: image "solver" version "v1.2.3" \(Container\) is already registered/
      )
      expect(second.summary).toContain(
        '<td>Result</td><td>Reused: already registered, nothing added</td>'
      )
      expect(second.outputs['request-id']).toBe(emu.requests.at(-1)?.requestId)
      // The reuse outputs the app id and status the first run's GetImage gave.
      expect(second.outputs['app-id']).toMatch(/^ci-ctr-/)
      expect(second.outputs['app-id']).toBe(first.outputs['app-id'])
      expect(second.outputs['image-status']).toBe(first.outputs['image-status'])
      // Create: ListImages + AddImage + GetImage; reuse: ListImages + GetImage.
      expect(emu.requests.map(r => r.action)).toEqual([
        'ListImages',
        'AddImage',
        'GetImage',
        'ListImages',
        'GetImage'
      ])
    })

    it('a VM image re-run is reused too, and a Container of the same name and version is not confused with it', async () => {
      emu.seedImage({
        Name: 'solver',
        Version: 'v1.2.3',
        ImageType: 'Container',
        ContainerImageSpec: { RegistryUrl: URL_V1 }
      })
      const vm = { 'registry-url': '', 'image-type': 'VM', 'vm-image-id': 'm-bp1abc' }
      const first = await runAction(inputs(vm))
      const second = await runAction(inputs(vm))
      expect([first.outputs.created, second.outputs.created]).toEqual(['true', 'false'])
      expect(second.outputs['image-id']).toBe(first.outputs['image-id'])
      expect(emu.images()).toHaveLength(2)
    })

    it('finds a match that is only on a later page', async () => {
      seed('v1.2.3')
      for (let i = 0; i < 120; i++) seed(`v0.${i}`)
      const run = await runAction(inputs())
      expect(run.code).toBe(0)
      expect(run.outputs.created).toBe('false')
      expect(emu.images()).toHaveLength(121)
      const lists = emu.requests.filter(r => r.action === 'ListImages')
      expect(lists.map(r => r.params.PageNumber)).toEqual(['1', '2', '3'])
      expect(lists.every(r => r.params.ImageType === 'Container' && r.params.Mode === 'List')).toBe(
        true
      )
    })

    it('reuse with a different target fails, naming the image and both targets', async () => {
      const existing = seed('v1.2.3', OTHER)
      const run = await runAction(inputs())
      expect(run.code).toBe(1)
      expect(run.errors).toHaveLength(1)
      expect(run.errors[0]).toContain(existing.ImageId)
      expect(run.errors[0]).toContain(OTHER)
      expect(run.errors[0]).toContain(URL_V1)
      expect(run.errors[0]).toMatch(/if-exists: replace/)
      expect(run.errors[0]).toMatch(/RequestId [0-9A-F-]{36}/)
      expect(emu.images()).toHaveLength(1)
    })

    it('if-exists: fail names the existing image', async () => {
      const existing = seed('v1.2.3')
      const run = await runAction(inputs({ 'if-exists': 'fail' }))
      expect(run.code).toBe(1)
      expect(run.errors[0]).toContain(`already registered as ${existing.ImageId}`)
      expect(emu.count('AddImage')).toBe(0)
    })

    it('if-exists: fail registers when there is no match', async () => {
      const run = await runAction(inputs({ 'if-exists': 'fail' }))
      expect(run.code).toBe(0)
      expect(run.outputs.created).toBe('true')
    })

    it('if-exists: replace removes the old image, then adds', async () => {
      const existing = seed('v1.2.3', OTHER)
      const run = await runAction(inputs({ 'if-exists': 'replace' }))
      expect(run.errors).toEqual([])
      const images = emu.images()
      expect(images).toHaveLength(1)
      expect(images[0].ImageId).not.toBe(existing.ImageId)
      expect(images[0].ContainerImageSpec?.RegistryUrl).toBe(URL_V1)
      expect(run.outputs).toMatchObject({
        'image-id': images[0].ImageId,
        created: 'true',
        'replaced-image-id': existing.ImageId
      })
      expect(emu.requests.map(r => r.action)).toEqual([
        'ListImages',
        'RemoveImage',
        'AddImage',
        'GetImage'
      ])
      expect(run.summary).toContain(`Created, replacing ${existing.ImageId}`)
    })

    it('if-exists: replace refused with ImageInUse fails and leaves the old image', async () => {
      const existing = seed('v1.2.3', OTHER)
      emu.markInUse(existing.ImageId)
      const run = await runAction(inputs({ 'if-exists': 'replace' }))
      expect(run.code).toBe(1)
      expect(run.errors[0]).toMatch(/jobs still use it \(ImageInUse, RequestId [0-9A-F-]{36}\)/)
      expect(run.errors[0]).toMatch(/old image was left in place/)
      expect(emu.images().map(i => i.ImageId)).toEqual([existing.ImageId])
      expect(emu.count('AddImage')).toBe(0)
    })
  }
)

describe('a racing run (the service rejects duplicates)', () => {
  let emu: Emulator
  beforeAll(async () => {
    emu = await startEmulator({ duplicates: 'reject' })
  })
  afterAll(() => emu.close())

  it('AddImage answering ImageAlreadyExists is resolved like a lookup match', async () => {
    const inputs = {
      region: 'cn-hangzhou',
      endpoint: emu.url,
      'access-key-id': DEMO_ACCESS_KEY.accessKeyId,
      'access-key-secret': DEMO_ACCESS_KEY.accessKeySecret,
      name: 'solver',
      'registry-url': URL_V1
    }
    // The first run's AddImage is held back long enough for the second run to register.
    emu.fault('AddImage', { kind: 'delay', ms: 1500 })
    const slow = runAction(inputs)
    await new Promise(r => setTimeout(r, 300))
    const fast = await runAction(inputs)
    const late = await slow
    expect([fast.code, late.code]).toEqual([0, 0])
    expect(emu.images()).toHaveLength(1)
    expect(late.outputs['image-id']).toBe(fast.outputs['image-id'])
    expect(fast.outputs.created).toBe('true')
    expect(late.outputs.created).toBe('false')
    expect(late.stdout).toContain('AddImage answered ImageAlreadyExists')
  })
})

describe('racing replace runs (the service rejects duplicates)', () => {
  let emu: Emulator
  beforeAll(async () => {
    emu = await startEmulator({ duplicates: 'reject' })
  })
  afterAll(() => emu.close())
  const replaceInputs = () => ({
    region: 'cn-hangzhou',
    endpoint: emu.url,
    'access-key-id': DEMO_ACCESS_KEY.accessKeyId,
    'access-key-secret': DEMO_ACCESS_KEY.accessKeySecret,
    name: 'solver',
    'registry-url': URL_V1,
    'if-exists': 'replace'
  })

  it('ImageAlreadyExists from a racing replace run with the same target: that image is used, never removed', async () => {
    const inputs = replaceInputs()
    // Both look up first and find nothing; the slow run's AddImage comes after the fast one's.
    emu.fault('AddImage', { kind: 'delay', ms: 1500 })
    const slow = runAction(inputs)
    await new Promise(r => setTimeout(r, 300))
    const fast = await runAction(inputs)
    const late = await slow
    expect([fast.errors, late.errors]).toEqual([[], []])
    expect([fast.code, late.code]).toEqual([0, 0])
    expect(emu.images()).toHaveLength(1)
    expect(emu.images()[0].ImageId).toBe(fast.outputs['image-id'])
    expect(late.outputs['image-id']).toBe(fast.outputs['image-id'])
    expect(emu.count('RemoveImage')).toBe(0)
    expect(late.stdout).toContain('AddImage answered ImageAlreadyExists')
  })

  describe('AddImage answering ImageAlreadyExists in both rounds (other runs keep registering)', () => {
    beforeEach(() => emu.reset())
    const replace = () => runAction(replaceInputs())
    const image = (registryUrl: string) => ({
      Name: 'solver',
      Version: 'v1.2.3',
      ImageType: 'Container' as const,
      ContainerImageSpec: { RegistryUrl: registryUrl }
    })

    it('the second racer has our target: that image is used, and it is the one registered', async () => {
      const old = emu.seedImage(image(URL_V1))
      // Round 1's AddImage meets a racer with another target (which round 2 replaces),
      // round 2's a racer with ours.
      emu.raceAddImage(image(OTHER), image(URL_V1))
      const r = await replace()
      expect(r.errors).toEqual([])
      expect(r.code).toBe(0)
      const images = emu.images()
      expect(images).toHaveLength(1)
      expect(images[0].ImageId).not.toBe(old.ImageId)
      expect(r.outputs['image-id']).toBe(images[0].ImageId)
      expect(r.outputs.created).toBe('false')
      expect(emu.count('AddImage')).toBe(2)
    })

    it('the second racer has another target: the failure says what this run removed and what is registered now, not "set if-exists: replace"', async () => {
      const old = emu.seedImage(image(URL_V1))
      emu.raceAddImage(image(OTHER), image(OTHER))
      const r = await replace()
      expect(r.code).toBe(1)
      expect(r.errors).toHaveLength(1)
      const [first, second] = emu.requests.filter(e => e.action === 'RemoveImage')
      const now = emu.images()
      expect(now).toHaveLength(1)
      const message = r.errors[0]
      expect(message).not.toMatch(/set if-exists/)
      expect(message).toContain('ImageAlreadyExists')
      expect(message).toContain(old.ImageId)
      expect(first.params.ImageId).toBe(old.ImageId)
      expect(message).toContain(second.params.ImageId)
      expect(message).toContain(now[0].ImageId)
      expect(message).toContain(OTHER)
      expect(r.outputs['image-id']).toBeUndefined()
      expect(emu.count('AddImage')).toBe(2)
    })

    it('the racer is gone when this run asks for it (GetImage: ImageNotFound): the next round goes on, no raw GetImage failure', async () => {
      const old = emu.seedImage(image(URL_V1))
      emu.raceAddImage(image(OTHER))
      emu.fault('GetImage', { kind: 'error', code: 'ImageNotFound', status: 404, times: 1 })
      const r = await replace()
      expect(r.stdout).toContain('is gone already (removed by another run)')
      expect(emu.count('AddImage')).toBe(2)
      // The racer stays in the emulator, so round 2 meets it again: the truthful failure.
      expect(r.code).toBe(1)
      expect(r.errors).toHaveLength(1)
      expect(r.errors[0]).not.toMatch(/GetImage failed with ImageNotFound/)
      expect(r.errors[0]).toContain(old.ImageId)
    })

    it('with nothing registered at first, the failure says this run removed nothing', async () => {
      emu.raceAddImage(image(OTHER), image(OTHER))
      emu.fault('GetImage', { kind: 'error', code: 'ImageNotFound', status: 404, times: 1 })
      const r = await replace()
      expect(r.code).toBe(1)
      expect(r.errors).toHaveLength(1)
      expect(r.errors[0]).toContain('This run removed nothing (if-exists: replace)')
    })
  })
})

describe('after an AddImage that got no answer (through dist/index.js)', () => {
  const emu = useEmulator()
  const run = (extra: Record<string, string> = {}) =>
    runAction(
      keyInputs(emu.url, { 'max-attempts': '2', 'request-timeout-seconds': '2', ...extra }),
      {
        env: { EHPC_ADD_IMAGE_RETRY_BASE_MS: '5' },
        timeoutMs: 60_000
      }
    )
  /** The first lookup passes (a delay of 1 ms is an ordinary answer); every later one fails. */
  const laterLookupsFail = () => {
    emu.fault('ListImages', { kind: 'delay', ms: 1 })
    emu.fault('ListImages', {
      kind: 'error',
      code: 'ServiceUnavailable',
      status: 503,
      times: Infinity
    })
  }

  it('a lookup that then fails leaves the outcome unknown, never "nothing was registered", and says what to check', async () => {
    emu.fault('AddImage', { kind: 'performThenReset' })
    laterLookupsFail()
    const r = await run()
    expect(r.code).toBe(1)
    expect(emu.images()).toHaveLength(1)
    const [error] = r.annotations.filter(a => a.kind === 'error')
    expect(error.title).toBe('E-HPC Instant AddImage: ConnectionReset')
    expect(error.message).toMatch(/ListImages failed with ServiceUnavailable/)
    expect(error.message).toMatch(
      /whether image "app" version "v1\.2\.3" \(Container\) is registered is unknown/
    )
    expect(error.message).toMatch(/E-HPC Instant console/)
    expect(error.message).not.toMatch(/[Nn]othing (was )?registered/)
    expect(r.summary).toMatch(/<td>Registered<\/td><td>Unknown/)
    expect(r.summary).not.toMatch(/Nothing/)
  })

  it('when the lookup finds the image but GetImage is refused, the found id is the output, with a warning', async () => {
    emu.fault('AddImage', { kind: 'performThenReset' })
    emu.fault('GetImage', { kind: 'error', code: 'Forbidden.RAM', status: 403, times: Infinity })
    const r = await run()
    expect(r.errors).toEqual([])
    expect(r.code).toBe(0)
    const [image] = emu.images()
    expect(r.outputs['image-id']).toBe(image.ImageId)
    const warnings = r.annotations.filter(a => a.kind === 'warning').map(a => a.message)
    expect(warnings.join('\n')).toMatch(
      new RegExp(`ListImages showed .* as ${image.ImageId}.*GetImage failed \\(Forbidden\\.RAM`)
    )
    expect(emu.count('AddImage')).toBe(1)
  })
})

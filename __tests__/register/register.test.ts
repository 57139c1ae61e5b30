import { registerImage, type RegisterDeps } from '../../src/register/register.js'
import { ActionError, ApiError } from '../../src/failures/errors.js'
import type { EhpcClient, ImageSummary } from '../../src/ehpc/client.js'
import type { ImageConfig } from '../../src/inputs/config.js'

interface Stored extends ImageSummary {
  registryUrl?: string
  vmImageId?: string
  inUse?: boolean
}

/** An in-memory E-HPC Instant with scripted failures, counting calls. */
class FakeService implements EhpcClient {
  images: Stored[] = []
  calls: string[] = []
  failures: Record<string, (() => ApiError)[]> = {}
  /** Simulates an AddImage that was performed although the caller got an error. */
  performThenFail = false
  rejectDuplicates = true
  private next = 1

  private fail(action: string) {
    const f = this.failures[action]?.shift()
    if (f) throw f()
  }

  async addImage(image: ImageConfig) {
    this.calls.push('AddImage')
    this.fail('AddImage')
    const dup = this.images.find(
      i => i.name === image.name && i.version === image.version && i.imageType === image.type
    )
    if (dup && this.rejectDuplicates) throw err('AddImage', 'ImageAlreadyExists', 400)
    const imageId = `m-${this.next++}`
    this.images.unshift({
      imageId,
      name: image.name,
      version: image.version,
      imageType: image.type,
      registryUrl: image.container?.registryUrl,
      vmImageId: image.vmImageId
    })
    if (this.performThenFail) {
      this.performThenFail = false
      throw err('AddImage', 'RequestTimeout')
    }
    return { imageId, requestId: `add-${imageId}` }
  }

  async listImages(q: { name: string; type: string; pageNumber: number; pageSize: number }) {
    this.calls.push('ListImages')
    this.fail('ListImages')
    const size = Math.min(q.pageSize, 20)
    const all = this.images.filter(i => i.name === q.name && i.imageType === q.type)
    return {
      images: all.slice((q.pageNumber - 1) * size, q.pageNumber * size),
      totalCount: all.length,
      pageNumber: q.pageNumber,
      pageSize: size,
      requestId: `list-${q.pageNumber}`
    }
  }

  async getImage(imageId: string) {
    this.calls.push('GetImage')
    this.fail('GetImage')
    const i = this.images.find(x => x.imageId === imageId)
    if (!i) throw err('GetImage', 'ImageNotFound', 404)
    return {
      target: { registryUrl: i.registryUrl, vmImageId: i.vmImageId },
      state: { appId: `app-${imageId}`, status: 'Available' },
      requestId: `get-${imageId}`
    }
  }

  async removeImage(imageId: string) {
    this.calls.push('RemoveImage')
    this.fail('RemoveImage')
    const i = this.images.find(x => x.imageId === imageId)
    if (!i) throw err('RemoveImage', 'ImageNotFound', 404)
    if (i.inUse) throw err('RemoveImage', 'ImageInUse', 403)
    this.images = this.images.filter(x => x !== i)
    return { requestId: `remove-${imageId}` }
  }
}

function err(action: string, code: string, httpStatus?: number) {
  return new ApiError({
    service: 'ehpc',
    action,
    code,
    httpStatus,
    requestId: `req-${code}`
  })
}

const image: ImageConfig = {
  name: 'app',
  version: 'v1',
  type: 'Container',
  container: {
    registryUrl: 'registry.cn-hangzhou.aliyuncs.com/ns/app:v1',
    isAcrRegistry: true,
    isAcrEnterprise: false
  }
}

function setup() {
  const service = new FakeService()
  const logs: string[] = []
  const warnings: string[] = []
  const sleeps: number[] = []
  const deps: RegisterDeps = {
    client: service,
    log: m => logs.push(m),
    warn: m => warnings.push(m),
    policy: {
      maxAttempts: 5,
      baseDelayMs: 0,
      maxDelayMs: 0,
      deadline: Number.MAX_SAFE_INTEGER,
      sleep: async ms => void sleeps.push(ms),
      random: () => 0,
      now: () => 0
    }
  }
  return { service, deps, logs, warnings, sleeps }
}

const seed = (
  s: FakeService,
  version: string,
  registryUrl = image.container!.registryUrl,
  id = `m-seed-${version}`
) => s.images.push({ imageId: id, name: 'app', version, imageType: 'Container', registryUrl })

describe('registerImage', () => {
  it('adds a new image, then one GetImage gives its app id and status', async () => {
    const { service, deps } = setup()
    const result = await registerImage(image, 'reuse', deps)
    expect(result).toEqual({
      imageId: 'm-1',
      created: true,
      outcome: 'created',
      requestId: 'add-m-1',
      replacedImageId: undefined,
      appId: 'app-m-1',
      status: 'Available'
    })
    expect(service.calls).toEqual(['ListImages', 'AddImage', 'GetImage'])
    expect(service.images).toHaveLength(1)
  })

  it('a GetImage refused after AddImage only warns: the image is registered', async () => {
    const { service, deps, warnings } = setup()
    service.failures.GetImage = [() => err('GetImage', 'Forbidden.RAM', 403)]
    const result = await registerImage(image, 'reuse', deps)
    expect(result).toMatchObject({ imageId: 'm-1', created: true, requestId: 'add-m-1' })
    expect(result.appId).toBeUndefined()
    expect(result.status).toBeUndefined()
    expect(service.calls).toEqual(['ListImages', 'AddImage', 'GetImage'])
    expect(warnings).toHaveLength(1)
    expect(warnings[0]).toMatch(
      /GetImage failed \(Forbidden\.RAM.*app-id and image-status are left empty: allow ehpc:GetImage/
    )
  })

  it('replace reuses the GetImage that confirms the new image', async () => {
    const { service, deps } = setup()
    seed(service, 'v1')
    const result = await registerImage(image, 'replace', deps)
    expect(result).toMatchObject({ imageId: 'm-1', appId: 'app-m-1', status: 'Available' })
    expect(service.calls.filter(c => c === 'GetImage')).toHaveLength(1)
  })

  it('reuses an image with the same target, registering nothing', async () => {
    const { service, deps, logs } = setup()
    seed(service, 'v1')
    const result = await registerImage(image, 'reuse', deps)
    expect(result).toMatchObject({
      imageId: 'm-seed-v1',
      created: false,
      outcome: 'reused',
      requestId: 'get-m-seed-v1',
      appId: 'app-m-seed-v1',
      status: 'Available'
    })
    expect(service.calls).toEqual(['ListImages', 'GetImage'])
    expect(logs.join('\n')).toMatch(/Reused m-seed-v1/)
  })

  it('finds a match that is only on a later page', async () => {
    const { service, deps } = setup()
    for (let i = 0; i < 45; i++) seed(service, `v0.${i}`)
    seed(service, 'v1')
    const result = await registerImage(image, 'reuse', deps)
    expect(result.imageId).toBe('m-seed-v1')
    expect(service.calls.filter(c => c === 'ListImages')).toHaveLength(3)
    expect(service.images).toHaveLength(46)
  })

  it('reads every page before concluding there is no match', async () => {
    const { service, deps } = setup()
    for (let i = 0; i < 41; i++) seed(service, `v0.${i}`)
    await registerImage(image, 'reuse', deps)
    expect(service.calls).toEqual([
      'ListImages',
      'ListImages',
      'ListImages',
      'AddImage',
      'GetImage'
    ])
  })

  it('fails on reuse when the existing image points elsewhere', async () => {
    const { service, deps } = setup()
    seed(service, 'v1', 'registry.cn-hangzhou.aliyuncs.com/ns/other:v1')
    const e = await registerImage(image, 'reuse', deps).catch(x => x)
    expect(e).toBeInstanceOf(ActionError)
    expect(e.message).toMatch(/m-seed-v1/)
    expect(e.message).toMatch(/ns\/other:v1/)
    expect(e.message).toMatch(/ns\/app:v1/)
    expect(e.message).toMatch(/if-exists: replace/)
    expect(service.calls).not.toContain('AddImage')
  })

  it('fails with if-exists: fail, naming the existing id', async () => {
    const { service, deps } = setup()
    seed(service, 'v1')
    await expect(registerImage(image, 'fail', deps)).rejects.toThrow(
      /already registered as m-seed-v1/
    )
    expect(service.calls).toEqual(['ListImages'])
  })

  it('replaces: removes, then adds', async () => {
    const { service, deps } = setup()
    seed(service, 'v1', 'registry.cn-hangzhou.aliyuncs.com/ns/old:v1')
    const result = await registerImage(image, 'replace', deps)
    expect(result).toMatchObject({
      imageId: 'm-1',
      created: true,
      outcome: 'replaced',
      replacedImageId: 'm-seed-v1'
    })
    expect(service.calls).toEqual(['ListImages', 'RemoveImage', 'AddImage', 'GetImage'])
    expect(service.images.map(i => i.imageId)).toEqual(['m-1'])
  })

  it('replace refused with ImageInUse leaves the old image', async () => {
    const { service, deps } = setup()
    seed(service, 'v1')
    service.images[0].inUse = true
    const e = await registerImage(image, 'replace', deps).catch(x => x)
    expect(e).toBeInstanceOf(ActionError)
    expect(e.message).toMatch(/jobs still use it \(ImageInUse, RequestId req-ImageInUse\)/)
    expect(service.images.map(i => i.imageId)).toEqual(['m-seed-v1'])
    expect(service.calls).not.toContain('AddImage')
  })

  it('a remove retried after an unanswered attempt that had worked counts as removed', async () => {
    const { service, deps } = setup()
    seed(service, 'v1')
    const real = service.removeImage.bind(service)
    let first = true
    service.removeImage = async (id: string) => {
      const r = await real(id)
      if (first) {
        first = false
        throw err('RemoveImage', 'RequestTimeout')
      }
      return r
    }
    const result = await registerImage(image, 'replace', deps)
    expect(result.outcome).toBe('replaced')
    expect(service.images).toHaveLength(1)
  })

  it('resolves ImageAlreadyExists from a racing run like a lookup match', async () => {
    const { service, deps } = setup()
    const realList = service.listImages.bind(service)
    let lookups = 0
    service.listImages = async q => {
      const page = await realList(q)
      if (lookups++ === 0) seed(service, 'v1', image.container!.registryUrl, 'm-racer')
      return page
    }
    const result = await registerImage(image, 'reuse', deps)
    expect(result).toMatchObject({ imageId: 'm-racer', created: false, outcome: 'reused' })
    expect(service.images).toHaveLength(1)
  })

  describe('replace: ImageAlreadyExists in both rounds (other runs keep registering)', () => {
    const OTHER = 'registry.cn-hangzhou.aliyuncs.com/ns/other:v1'
    /** Before each AddImage, a racing run registers the next of `racers` first. */
    function racing(racers: [string, string][], afterSecond?: (s: FakeService) => void) {
      const t = setup()
      seed(t.service, 'v1', image.container!.registryUrl, 'm-old')
      const realAdd = t.service.addImage.bind(t.service)
      let adds = 0
      t.service.addImage = async i => {
        const racer = racers[adds++]
        if (racer) seed(t.service, 'v1', racer[1], racer[0])
        try {
          return await realAdd(i)
        } finally {
          if (adds === 2) afterSecond?.(t.service)
        }
      }
      return t
    }

    it('the image registered after the second is ours in target: used, created false', async () => {
      const { service, deps } = racing([
        ['m-r1', OTHER],
        ['m-r2', image.container!.registryUrl]
      ])
      const result = await registerImage(image, 'replace', deps)
      expect(result).toMatchObject({
        imageId: 'm-r2',
        created: false,
        outcome: 'reused',
        replacedImageId: 'm-old'
      })
      expect(service.images.map(i => i.imageId)).toEqual(['m-r2'])
    })

    it('another target: one failure naming the removed images and what is registered now', async () => {
      const { deps } = racing([
        ['m-r1', OTHER],
        ['m-r2', OTHER]
      ])
      const failure = await registerImage(image, 'replace', deps).catch((e: unknown) => e)
      expect(failure).toBeInstanceOf(ActionError)
      const { message, code } = failure as ActionError
      expect(code).toBe('ImageAlreadyExists')
      expect(message).toContain('This run removed m-old and m-r1 (if-exists: replace)')
      expect(message).toContain(
        `Registered now: m-r2, registered by another run, which points at ${OTHER}`
      )
      expect(message).not.toMatch(/set if-exists/)
    })

    it('nothing removed: the failure says so, not an empty list', async () => {
      const { service, deps } = racing([
        ['m-r1', OTHER],
        ['m-r2', OTHER]
      ])
      // The image of round 1's racer is gone when asked for (yet another run removed it).
      const realGet = service.getImage.bind(service)
      let gets = 0
      service.getImage = async id => {
        if (id === 'm-r1' && gets++ === 0) throw err('GetImage', 'ImageNotFound', 404)
        return realGet(id)
      }
      service.images = service.images.filter(i => i.imageId !== 'm-old')
      const failure = (await registerImage(image, 'replace', deps).catch(e => e)) as ActionError
      expect(failure).toBeInstanceOf(ActionError)
      expect(failure.message).toContain('This run removed nothing (if-exists: replace)')
    })

    it('nothing listed after the second: says so', async () => {
      const { deps } = racing(
        [
          ['m-r1', OTHER],
          ['m-r2', OTHER]
        ],
        s => {
          s.images = []
        }
      )
      const failure = (await registerImage(image, 'replace', deps).catch(e => e)) as ActionError
      expect(failure.message).toContain('Registered now: ListImages shows no image "app"')
    })

    it('GetImage of the image listed fails: what it points at is unknown', async () => {
      const { service, deps } = racing([
        ['m-r1', OTHER],
        ['m-r2', OTHER]
      ])
      const realGet = service.getImage.bind(service)
      service.getImage = async id => {
        if (id === 'm-r2') throw err('GetImage', 'Forbidden.RAM', 403)
        return realGet(id)
      }
      const failure = (await registerImage(image, 'replace', deps).catch(e => e)) as ActionError
      expect(failure.message).toContain(
        'Registered now: ListImages shows m-r2, but what it points at is unknown: GetImage failed (Forbidden.RAM'
      )
    })
  })

  it('reuses an image whose registry URL GetImage hands back normalised', async () => {
    const { service, deps, warnings } = setup()
    seed(service, 'v1', 'REGISTRY.cn-hangzhou.aliyuncs.com/ns/app:v1')
    const result = await registerImage(image, 'reuse', deps)
    expect(result).toMatchObject({ imageId: 'm-seed-v1', outcome: 'reused' })
    expect(warnings).toEqual([])
  })

  it('warns, naming if-exists: replace, when reuse would not apply a registry credential', async () => {
    const { service, deps, warnings } = setup()
    seed(service, 'v1')
    const withCredential: ImageConfig = {
      ...image,
      container: {
        ...image.container!,
        credential: {
          server: 'registry.cn-hangzhou.aliyuncs.com',
          username: 'u',
          password: 'ROTATED-PW'
        }
      }
    }
    const result = await registerImage(withCredential, 'reuse', deps)
    expect(result.outcome).toBe('reused')
    expect(warnings).toHaveLength(1)
    expect(warnings[0]).toMatch(
      /^Reused m-seed-v1 as it is, .*registry credential.*if-exists: replace/
    )
    expect(warnings[0]).not.toContain('ROTATED-PW')
  })

  it('explains an ImageAlreadyExists that the lookup cannot confirm, after looking twice', async () => {
    const { service, deps, sleeps } = setup()
    deps.policy.baseDelayMs = 100
    deps.policy.maxDelayMs = 250
    service.failures.AddImage = [() => err('AddImage', 'ImageAlreadyExists', 400)]
    const e = await registerImage(image, 'reuse', deps).catch(x => x)
    expect(e).toBeInstanceOf(ActionError)
    expect(e.message).toMatch(
      /^AddImage answered ImageAlreadyExists \(RequestId req-ImageAlreadyExists\), but ListImages shows no image "app" version "v1"/
    )
    expect(e.message).toContain(
      'Check for an image with the same registry URL (registry.cn-hangzhou.aliyuncs.com/ns/app:v1) under another name or version'
    )
    expect(service.calls).toEqual(['ListImages', 'AddImage', 'ListImages', 'ListImages'])
    // three base delays, capped by the longest retry wait
    expect(sleeps).toEqual([250])
  })

  it('the second look after ImageAlreadyExists waits no longer than the step budget allows', async () => {
    const { service, deps, sleeps } = setup()
    Object.assign(deps.policy, { baseDelayMs: 1000, maxDelayMs: 20_000, deadline: 400 })
    service.failures.AddImage = [() => err('AddImage', 'ImageAlreadyExists', 400)]
    await registerImage(image, 'reuse', deps).catch(x => x)
    expect(sleeps).toEqual([400])
  })

  it('an image the service lists late is found by the second look and reused', async () => {
    const { service, deps } = setup()
    seed(service, 'v1', image.container!.registryUrl, 'm-late')
    const realList = service.listImages.bind(service)
    let lookups = 0
    // hidden from the first two lookups (before and right after AddImage)
    service.listImages = async q => {
      const page = await realList(q)
      return lookups++ < 2 ? { ...page, images: [], totalCount: 0 } : page
    }
    const result = await registerImage(image, 'reuse', deps)
    expect(result).toMatchObject({ imageId: 'm-late', created: false, outcome: 'reused' })
    expect(service.calls).toEqual([
      'ListImages',
      'AddImage',
      'ListImages',
      'ListImages',
      'GetImage'
    ])
  })

  it('after an unanswered AddImage that was performed, finds the image instead of adding twice', async () => {
    const { service, deps, logs } = setup()
    service.performThenFail = true
    service.rejectDuplicates = false
    const result = await registerImage(image, 'reuse', deps)
    expect(result).toMatchObject({ imageId: 'm-1', created: true, outcome: 'created' })
    expect(service.images).toHaveLength(1)
    expect(service.calls).toEqual(['ListImages', 'AddImage', 'ListImages', 'GetImage'])
    expect(logs.join('\n')).toMatch(/looking up the image before going on/)
  })

  it('after an unanswered AddImage that was not performed, sends it again', async () => {
    const { service, deps } = setup()
    service.failures.AddImage = [() => err('AddImage', 'ConnectionReset')]
    const result = await registerImage(image, 'reuse', deps)
    expect(result.created).toBe(true)
    expect(service.calls).toEqual(['ListImages', 'AddImage', 'ListImages', 'AddImage', 'GetImage'])
    expect(service.images).toHaveLength(1)
  })

  it('looks the image up before giving up after a last attempt that went unanswered', async () => {
    const { service, deps } = setup()
    deps.policy.maxAttempts = 1
    service.performThenFail = true
    const result = await registerImage(image, 'reuse', deps)
    expect(result).toMatchObject({ imageId: 'm-1', created: true })
    expect(service.calls).toEqual(['ListImages', 'AddImage', 'ListImages', 'GetImage'])
  })

  it('fails with the AddImage error when the last unanswered attempt did not register', async () => {
    const { service, deps } = setup()
    deps.policy.maxAttempts = 1
    service.failures.AddImage = [() => err('AddImage', 'ConnectionReset')]
    await expect(registerImage(image, 'reuse', deps)).rejects.toMatchObject({
      code: 'ConnectionReset'
    })
    expect(service.calls).toEqual(['ListImages', 'AddImage', 'ListImages'])
    expect(service.images).toHaveLength(0)
  })

  it('retries a throttled AddImage without a lookup', async () => {
    const { service, deps } = setup()
    service.failures.AddImage = [() => err('AddImage', 'Throttling.User', 400)]
    await registerImage(image, 'reuse', deps)
    expect(service.calls).toEqual(['ListImages', 'AddImage', 'AddImage', 'GetImage'])
  })

  it('does not retry a permission error', async () => {
    const { service, deps } = setup()
    service.failures.AddImage = [() => err('AddImage', 'Forbidden.RAM', 403)]
    await expect(registerImage(image, 'reuse', deps)).rejects.toMatchObject({
      code: 'Forbidden.RAM'
    })
    expect(service.calls).toEqual(['ListImages', 'AddImage'])
  })
})

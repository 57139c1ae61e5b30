import { findImage, isMatch, LIST_PAGE_SIZES, type LookupDeps } from '../../src/register/lookup.js'
import { ActionError, ApiError } from '../../src/failures/errors.js'
import type { EhpcClient, ImagePage, ImageSummary } from '../../src/ehpc/client.js'
import type { ImageConfig } from '../../src/inputs/config.js'
import { MAX_IN_FLIGHT } from '../../src/register/paging.js'

const image: ImageConfig = {
  name: 'app',
  version: 'v1',
  type: 'Container',
  container: { registryUrl: 'r/app:v1', isAcrRegistry: true, isAcrEnterprise: false }
}

/** A ListImages that answers after a tick, counting requests and how many run at once. */
class Listing {
  asked: { pageNumber: number; pageSize: number }[] = []
  inFlight = 0
  maxInFlight = 0
  constructor(
    public items: ImageSummary[],
    public answer: (items: ImageSummary[], pageNumber: number, size: number) => ImagePage = (
      all,
      pageNumber,
      size
    ) => ({
      images: all.slice((pageNumber - 1) * size, pageNumber * size),
      totalCount: all.length,
      pageNumber,
      pageSize: size
    }),
    public refuseAbove = Infinity,
    public failOn?: number
  ) {}

  client(): EhpcClient {
    const unused = async () => {
      throw new Error('not in a lookup')
    }
    return {
      addImage: unused,
      getImage: unused,
      removeImage: unused,
      listImages: async ({ pageNumber, pageSize }) => {
        this.asked.push({ pageNumber, pageSize })
        this.inFlight++
        this.maxInFlight = Math.max(this.maxInFlight, this.inFlight)
        await new Promise(resolve => setTimeout(resolve, 1))
        this.inFlight--
        if (pageSize > this.refuseAbove) {
          throw new ApiError({
            service: 'ehpc',
            action: 'ListImages',
            code: 'InvalidParameter',
            serverMessage: 'The specified parameter PageSize is invalid.',
            requestId: 'req-size'
          })
        }
        if (pageNumber === this.failOn) {
          throw new ApiError({
            service: 'ehpc',
            action: 'ListImages',
            code: 'Forbidden.RAM'
          })
        }
        return this.answer(this.items, pageNumber, pageSize)
      }
    }
  }
}

function versions(n: number, match?: number): ImageSummary[] {
  return Array.from({ length: n }, (_, i) => ({
    imageId: `m-${i}`,
    name: 'app',
    version: i === match ? 'v1' : `v0.${i}`,
    imageType: 'Container'
  }))
}

function deps(listing: Listing, logs: string[] = []): LookupDeps {
  return {
    client: listing.client(),
    log: m => logs.push(m),
    warn: m => logs.push(`warning: ${m}`),
    policy: {
      maxAttempts: 3,
      baseDelayMs: 0,
      maxDelayMs: 0,
      deadline: Number.MAX_SAFE_INTEGER,
      sleep: async () => undefined,
      random: () => 0,
      now: () => 0
    }
  }
}

describe('findImage', () => {
  it('reads 10,000 versions 8 pages at a time and finds the oldest', async () => {
    const listing = new Listing(versions(10_000, 9_999))
    const found = await findImage(image, deps(listing))
    expect(found?.imageId).toBe('m-9999')
    expect(listing.asked).toHaveLength(100)
    expect(listing.maxInFlight).toBe(MAX_IN_FLIGHT)
  })

  it('stops starting pages at the first match', async () => {
    const listing = new Listing(versions(10_000, 450))
    const found = await findImage(image, deps(listing))
    expect(found?.imageId).toBe('m-450')
    // Page 5 holds it; at most a window of pages beyond it were started.
    expect(listing.asked.length).toBeLessThanOrEqual(5 + MAX_IN_FLIGHT)
  })

  it('steps the page size down 100 → 50 → 20 while the service refuses it, and goes on', async () => {
    const listing = new Listing(versions(45, 44))
    listing.refuseAbove = 20
    const logs: string[] = []
    const found = await findImage(image, deps(listing, logs))
    expect(found?.imageId).toBe('m-44')
    expect(listing.asked).toEqual([
      { pageNumber: 1, pageSize: 100 },
      { pageNumber: 1, pageSize: 50 },
      { pageNumber: 1, pageSize: 20 },
      { pageNumber: 2, pageSize: 20 },
      { pageNumber: 3, pageSize: 20 }
    ])
    expect(logs[0]).toMatch(
      /^ListImages refused PageSize 100 \(InvalidParameter, RequestId req-size\); asking for 50 a page\.$/
    )
    expect([...LIST_PAGE_SIZES]).toEqual([100, 50, 20])
  })

  it('gives up when even 20 a page is refused', async () => {
    const listing = new Listing(versions(5))
    listing.refuseAbove = 10
    await expect(findImage(image, deps(listing))).rejects.toMatchObject({
      code: 'InvalidParameter'
    })
    expect(listing.asked.map(a => a.pageSize)).toEqual([100, 50, 20])
  })

  it('a failing page fails the lookup once the pages in flight are back', async () => {
    const listing = new Listing(versions(2_000))
    listing.failOn = 3
    await expect(findImage(image, deps(listing))).rejects.toMatchObject({ code: 'Forbidden.RAM' })
    expect(listing.inFlight).toBe(0)
  })

  it('finds a match on page 2 when the answers have no TotalCount and no ImageType', async () => {
    const listing = new Listing(versions(150, 120), (all, pageNumber, size) => ({
      images: all
        .slice((pageNumber - 1) * size, pageNumber * size)
        .map(i => ({ ...i, imageType: '' })),
      pageNumber,
      pageSize: size
    }))
    expect((await findImage(image, deps(listing)))?.imageId).toBe('m-120')
  })

  it('a server that answers the same page forever costs a few requests, not thousands', async () => {
    const listing = new Listing(versions(100), all => ({ images: all, totalCount: 1e9 }))
    const logs: string[] = []
    expect(await findImage(image, deps(listing, logs))).toBeUndefined()
    expect(listing.asked.length).toBeLessThanOrEqual(1 + MAX_IN_FLIGHT)
    expect(logs.join('\n')).toMatch(
      /^warning: ListImages answered page 2 with the same images as page 1/m
    )
  })

  it('a listing that never ends fails instead of registering blind', async () => {
    const listing = new Listing([], (_all, pageNumber, size) => ({
      images: Array.from({ length: size }, (_, i) => ({
        imageId: `m-${pageNumber}-${i}`,
        name: 'app',
        version: `x${pageNumber}.${i}`,
        imageType: 'Container'
      }))
    }))
    const e = await findImage(image, deps(listing)).catch(x => x)
    expect(e).toBeInstanceOf(ActionError)
    expect(e.message).toMatch(/^ListImages still had more pages after 2000 \(app\)/)
  })

  it('an item of the other type does not match; one without a type does', () => {
    const item = { imageId: 'm-1', name: 'app', version: 'v1', imageType: 'VM' }
    expect(isMatch(item, image)).toBe(false)
    expect(isMatch({ ...item, imageType: 'container' }, image)).toBe(true)
    expect(isMatch({ ...item, imageType: '' }, image)).toBe(true)
  })
})

describe('findImage and the step deadline', () => {
  it('starts no page after the deadline and says the lookup ran out of time', async () => {
    const listing = new Listing(versions(10_000, 9_999))
    let clock = 0
    const d = deps(listing)
    d.policy = {
      ...d.policy,
      deadline: 3,
      // Time moves on with every page asked for.
      now: () => (clock = listing.asked.length)
    }
    const err = await findImage(image, d).catch(e => e)
    expect(err).toBeInstanceOf(ActionError)
    expect(err.message).toMatch(/time budget ran out while ListImages still had pages to read/)
    expect(err.message).toContain('Nothing was registered.')
    expect(listing.asked.length).toBeLessThan(3 + MAX_IN_FLIGHT)
    expect(clock).toBeGreaterThanOrEqual(3)
  })

  it('a lookup that ends before the deadline is not affected by it', async () => {
    const listing = new Listing(versions(250))
    const d = deps(listing)
    d.policy = { ...d.policy, deadline: 1_000, now: () => listing.asked.length }
    expect(await findImage(image, d)).toBeUndefined()
  })
})

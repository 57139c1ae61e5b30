import {
  FIRST_WINDOW,
  MAX_IN_FLIGHT,
  MAX_IMAGE_LIST_PAGES,
  PagePlan,
  type PageFacts
} from '../../src/register/paging.js'

/** What a server answers for page `page` asked with `size` items. */
type Server = (page: number, size: number) => Omit<PageFacts, 'pageNumber'>

/** A server with `n` items, answering `size` at most `max` a page, TotalCount as given. */
function listing(
  n: number,
  opts: { max?: number; total?: (count: number) => number | undefined; echo?: boolean } = {}
): Server {
  const total = opts.total ?? (() => n)
  return (page, size) => {
    const used = Math.min(size, opts.max ?? Infinity)
    const from = (page - 1) * used
    const count = Math.max(0, Math.min(used, n - from))
    const ids = Array.from({ length: count }, (_, i) => `m-${from + i}`)
    return {
      count,
      totalCount: total(count),
      answeredPageNumber: page,
      answeredPageSize: opts.echo === false ? undefined : used,
      fingerprint: ids.join(',')
    }
  }
}

/**
 * Drives a plan as the lookup does: starts every page it allows, then answers the oldest
 * request in flight (or the newest, with `lifo`), until it has finished.
 */
function drive(server: Server, asked = 100, lifo = false) {
  const plan = new PagePlan(asked, { pageNumber: 1, ...server(1, asked) })
  const asks: number[] = [1]
  const flying: number[] = []
  let maxInFlight = 1
  for (let guard = 0; guard < 100_000; guard++) {
    for (let p = plan.next(flying.length); p !== undefined; p = plan.next(flying.length)) {
      flying.push(p)
      asks.push(p)
    }
    maxInFlight = Math.max(maxInFlight, flying.length)
    if (flying.length === 0) break
    const page = (lifo ? flying.pop() : flying.shift()) as number
    plan.record({ pageNumber: page, ...server(page, plan.pageSize) })
  }
  return { plan, asks, maxInFlight, reason: plan.finished(), pageSize: plan.pageSize }
}

describe('PagePlan', () => {
  it('stops at a short first page, and at an empty one', () => {
    expect(drive(listing(10))).toMatchObject({ asks: [1], reason: 'short' })
    expect(drive(listing(0))).toMatchObject({ asks: [1], reason: 'empty' })
  })

  it('plans every page from a TotalCount that counts the whole set, 8 at a time at most', () => {
    const run = drive(listing(10_000, { max: 50 }))
    expect(run.pageSize).toBe(50)
    expect(run.asks).toEqual(Array.from({ length: 200 }, (_, i) => i + 1))
    expect(run.maxInFlight).toBe(MAX_IN_FLIGHT)
    expect(run.reason).toBe('total')
  })

  it('ends on a short last page when TotalCount is not a multiple of the page size', () => {
    const run = drive(listing(250))
    expect(run.asks).toEqual([1, 2, 3])
    expect(run.reason).toBe('short')
  })

  it.each([
    ['counts this page', (count: number) => count],
    ['is missing', () => undefined]
  ])('reads ahead in growing windows when TotalCount %s', (_label, total) => {
    const run = drive(listing(1_000, { total }))
    // 10 full pages, then the empty page 11 ends it; a few pages past it were asked.
    expect(run.reason).toBe('empty')
    expect(run.asks.slice(0, 11)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11])
    expect(run.asks.length).toBeLessThanOrEqual(11 + MAX_IN_FLIGHT - 1)
    expect(run.maxInFlight).toBe(MAX_IN_FLIGHT)
    // The window starts small: a name with two pages costs three requests, not nine.
    expect(drive(listing(150, { total })).asks).toEqual([1, 2, 3].slice(0, 1 + FIRST_WINDOW))
  })

  it('a full first page with TotalCount equal to it is not taken as the whole set', () => {
    const run = drive(listing(200, { total: count => count }))
    expect(run.asks.slice(0, 3)).toEqual([1, 2, 3])
    expect(run.reason).toBe('empty')
  })

  it('uses the page size the answer says, never more than asked', () => {
    expect(drive(listing(120, { max: 50 })).pageSize).toBe(50)
    const plan = new PagePlan(100, {
      pageNumber: 1,
      count: 100,
      answeredPageSize: 500,
      fingerprint: 'x'
    })
    expect(plan.pageSize).toBe(100)
  })

  it('a server that clamps without saying so is read on when TotalCount says there is more', () => {
    const run = drive(listing(120, { max: 50, echo: false }))
    expect(run.pageSize).toBe(50)
    expect(run.asks).toEqual([1, 2, 3])
    expect(run.reason).toBe('short')
  })

  it('stops when a page repeats the one before, whatever TotalCount claims', () => {
    const samePage: Server = page => ({
      count: 100,
      totalCount: 1e9,
      answeredPageNumber: page,
      fingerprint: 'm-0,m-1,m-2'
    })
    const run = drive(samePage)
    expect(run.reason).toBe('repeat')
    expect(run.plan.endPage).toBe(2)
    expect(run.asks.length).toBeLessThanOrEqual(1 + MAX_IN_FLIGHT)
    // The same when the answers come back newest first.
    expect(drive(samePage, 100, true)).toMatchObject({ reason: 'repeat' })
    expect(drive(samePage, 100, true).asks.length).toBeLessThanOrEqual(1 + MAX_IN_FLIGHT)
  })

  it('stops when the server answers another page than the one asked', () => {
    const pageOne: Server = () => ({
      count: 100,
      answeredPageNumber: 1,
      fingerprint: 'p1'
    })
    const run = drive(pageOne)
    expect(run.reason).toBe('pageNumberIgnored')
    expect(run.plan.endPage).toBe(2)
    expect(run.asks.length).toBeLessThanOrEqual(1 + FIRST_WINDOW)
  })

  it('reads past a stale TotalCount whose last page turns out full', () => {
    // TotalCount says 150, but 300 are there.
    const run = drive(listing(300, { total: () => 150 }))
    expect(run.asks.slice(0, 4)).toEqual([1, 2, 3, 4])
    expect(run.reason).toBe('empty')
  })

  it('a listing that never ends stops at MAX_IMAGE_LIST_PAGES, and says so', () => {
    const endless: Server = page => ({ count: 100, fingerprint: `page-${page}` })
    const run = drive(endless)
    expect(run.reason).toBe('limit')
    expect(run.asks.length).toBe(MAX_IMAGE_LIST_PAGES)
    expect(run.maxInFlight).toBeLessThanOrEqual(MAX_IN_FLIGHT)
  })

  it('a huge TotalCount with distinct pages that end is read to the end', () => {
    const run = drive(listing(700, { total: () => 1e9 }))
    expect(run.reason).toBe('empty')
    expect(run.asks.length).toBeLessThanOrEqual(8 + MAX_IN_FLIGHT)
  })

  it('pages answered out of order end at the first end, not a later one', () => {
    const plan = new PagePlan(100, { pageNumber: 1, count: 100, totalCount: 500, fingerprint: 'a' })
    expect([plan.next(0), plan.next(1), plan.next(2), plan.next(3), plan.next(4)]).toEqual([
      2,
      3,
      4,
      5,
      undefined
    ])
    plan.record({ pageNumber: 4, count: 0, fingerprint: '' })
    plan.record({ pageNumber: 3, count: 40, fingerprint: 'c' })
    expect(plan.finished()).toBeUndefined() // page 2 is still out
    plan.record({ pageNumber: 2, count: 100, fingerprint: 'b' })
    expect(plan.finished()).toBe('short')
    expect(plan.endPage).toBe(3)
    expect(plan.next(0)).toBeUndefined()
  })
})

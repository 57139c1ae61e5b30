// Which ListImages pages to read, and when the listing has ended. Pure: no I/O, no clock.
//
// The API reference leaves open what `TotalCount` means ("the total number of entries
// returned": the whole set or this page) and whether `PageSize` is clamped, so nothing here
// depends on it: a short or empty page ends the listing; `TotalCount` only plans the reads
// when it can only mean the whole set (more than a full first page holds); a page that
// repeats the one before, or an answer for another page than the one asked, ends it too.

/** What paging needs from one ListImages answer. */
export interface PageFacts {
  /** The page asked for. */
  pageNumber: number
  /** Items in the answer. */
  count: number
  /** The answer's `PageNumber`, when it had one. */
  answeredPageNumber?: number
  /** The answer's `TotalCount`, when it had one. */
  totalCount?: number
  /** The answer's `PageSize`, when it had one (only read from the first page). */
  answeredPageSize?: number
  /** Identifies the page's items, to spot a server that answers the same page forever. */
  fingerprint: string
}

export type EndReason =
  | 'empty'
  | 'short'
  | 'total'
  | 'repeat'
  | 'pageNumberIgnored'
  /** MAX_IMAGE_LIST_PAGES read without an end: the listing may go on. */
  | 'limit'

/**
 * ListImages calls in flight at once, at most, and so connections to E-HPC at once. Ten
 * reads a name's first 1,000 versions (at 100 a page) in one round after page 1; more would
 * open more connections than most names ever use, and the memory of a 10,000-version lookup
 * grows with it (docs/PERFORMANCE.md).
 */
export const MAX_IN_FLIGHT = 10
/** Read-ahead starts with this many pages in flight and doubles after each full page. */
export const FIRST_WINDOW = 2
/** No lookup reads more pages than this (200,000 versions at 100 a page). */
export const MAX_IMAGE_LIST_PAGES = 2_000

/** Why a listing ended, in words for the debug log. */
export const END_REASON_WORDS: Record<EndReason, string> = {
  empty: 'an empty page',
  short: 'a page shorter than the page size',
  total: 'the last page TotalCount counts',
  repeat: 'a page that repeats the one before',
  pageNumberIgnored: 'an answer for another page than the one asked',
  limit: `the limit of ${MAX_IMAGE_LIST_PAGES} pages`
}

function wholeNumber(n: number | undefined): n is number {
  return n !== undefined && Number.isInteger(n) && n >= 0
}

export class PagePlan {
  /** The page size in effect: what the server says it used, never more than was asked. */
  readonly pageSize: number
  /** The last page, when TotalCount clearly counts the whole set. */
  private lastPage?: number
  private total?: number
  private window: number
  private nextPage = 2
  /** Every page up to this one has been recorded. */
  private contiguous = 1
  private recorded = new Set<number>()
  /** Fingerprints of page `contiguous` and of the pages recorded after it. */
  private fingerprints = new Map<number, string>()
  private end?: { page: number; reason: EndReason }

  /** Plans from the first page (asked with `askedSize` items). */
  constructor(askedSize: number, first: PageFacts) {
    const answered = first.answeredPageSize
    let size =
      answered !== undefined && Number.isInteger(answered) && answered >= 1 && answered <= askedSize
        ? answered
        : askedSize
    const total = wholeNumber(first.totalCount) ? first.totalCount : undefined
    this.fingerprints.set(1, first.fingerprint)
    if (first.count === 0) this.endAt(1, 'empty')
    else if (first.answeredPageNumber !== undefined && first.answeredPageNumber !== 1) {
      this.endAt(1, 'pageNumberIgnored')
    } else if (first.count < size && !(total !== undefined && total > first.count)) {
      this.endAt(1, 'short')
    } else if (total !== undefined && total > first.count) {
      // More than this page holds: TotalCount cannot be this page's count. A first page
      // shorter than the size in effect means the server clamped without saying so.
      size = Math.min(size, first.count)
      this.total = total
      this.lastPage = Math.ceil(total / size)
    }
    this.pageSize = size
    this.window = this.lastPage === undefined ? FIRST_WINDOW : MAX_IN_FLIGHT
  }

  /** The next page to ask for with `inFlight` requests running, or undefined for none now. */
  next(inFlight: number): number | undefined {
    if (this.end || inFlight >= this.window) return undefined
    const page = this.nextPage
    if (page > MAX_IMAGE_LIST_PAGES || page > this.contiguous + this.window) return undefined
    if (this.lastPage !== undefined && page > this.lastPage) return undefined
    this.nextPage++
    return page
  }

  /** Records a page's answer (in any order). */
  record(facts: PageFacts): void {
    const k = facts.pageNumber
    if (k <= this.contiguous || this.recorded.has(k)) return
    this.recorded.add(k)
    this.fingerprints.set(k, facts.fingerprint)
    if (this.fingerprints.get(k + 1) === facts.fingerprint) this.endAt(k + 1, 'repeat')
    if (facts.count === 0) this.endAt(k, 'empty')
    else if (facts.answeredPageNumber !== undefined && facts.answeredPageNumber !== k) {
      this.endAt(k, 'pageNumberIgnored')
    } else if (this.fingerprints.get(k - 1) === facts.fingerprint) this.endAt(k, 'repeat')
    else if (facts.count < this.pageSize) this.endAt(k, 'short')
    else if (k === this.lastPage && this.total !== undefined) {
      if (facts.count <= this.total - (k - 1) * this.pageSize) this.endAt(k, 'total')
      // More than TotalCount left for this page: it was stale; read ahead past it.
      else this.lastPage = undefined
    } else if (this.lastPage === undefined) {
      this.window = Math.min(MAX_IN_FLIGHT, this.window * 2)
    }
    while (this.recorded.has(this.contiguous + 1)) {
      this.fingerprints.delete(this.contiguous)
      this.contiguous++
      this.recorded.delete(this.contiguous)
    }
  }

  /** Why the listing has ended, once every page before its end has been recorded. */
  finished(): EndReason | undefined {
    if (this.end && this.contiguous >= this.end.page) return this.end.reason
    if (!this.end && this.contiguous >= MAX_IMAGE_LIST_PAGES) return 'limit'
    return undefined
  }

  /** The page the listing ended on, once known. */
  get endPage(): number | undefined {
    return this.end?.page
  }

  /** The last page TotalCount plans for, when it counts the whole set. */
  get plannedLastPage(): number | undefined {
    return this.lastPage
  }

  /** Pages that may be in flight at once now. */
  get readAhead(): number {
    return this.window
  }

  /** Pages read so far without a gap. */
  get pagesRead(): number {
    return this.contiguous
  }

  private endAt(page: number, reason: EndReason): void {
    if (!this.end || page < this.end.page) this.end = { page, reason }
  }
}

import { ActionError, ApiError } from '../failures/errors.js'
import type { EhpcClient, ImagePage, ImageSummary } from '../ehpc/client.js'
import type { ImageConfig } from '../inputs/config.js'
import { END_REASON_WORDS, MAX_IN_FLIGHT, PagePlan, type PageFacts } from './paging.js'
import { withRetry, type RetryPolicy } from '../failures/retry.js'

/**
 * The lookup could not tell whether the image is registered. `why` is what happened, for a
 * caller that knows more about what was registered (after an unanswered AddImage).
 */
export class LookupIncomplete extends ActionError {
  constructor(
    readonly why: string,
    advice: string
  ) {
    super(`${why} Nothing was registered. ${advice}`)
  }
}

export interface LookupDeps {
  client: EhpcClient
  policy: RetryPolicy
  log: (message: string) => void
  warn: (message: string) => void
  /** Opens this many more connections to the service, for pages that may follow. */
  warmUp?: (connections: number) => void
  /** The paging decisions, for the debug log. */
  debug?: (message: string) => void
}

/**
 * ListImages page sizes, tried in turn while the service refuses one as invalid. The API
 * reference gives no maximum ("Default value: 20"); the product's other list calls cap
 * at 100 or at 50.
 */
export const LIST_PAGE_SIZES = [100, 50, 20] as const

/**
 * Looks the image up by name, version and type through ListImages: the first page, then
 * the following ones a few at a time (see paging.ts), stopping at the first match. Pages
 * are dropped once searched, so memory does not grow with the number of versions.
 */
export async function findImage(
  image: ImageConfig,
  deps: LookupDeps
): Promise<ImageSummary | undefined> {
  // While page 1 is in flight, the connections the following pages would need open: a
  // lookup of many versions then reads them all in one round after page 1. A name with one
  // page pays for handshakes it does not use (measured in docs/PERFORMANCE.md).
  // Page 1 goes on the connection opened at the start: one fewer. Opened once page 1 has
  // been sent, so that their handshakes' CPU time never delays it.
  const sent = firstPage(image, deps)
  const { warmUp } = deps
  if (warmUp) setImmediate(() => warmUp(MAX_IN_FLIGHT - 1))
  const first = await sent
  const debug = (message: string) =>
    deps.debug?.(`Lookup of ${image.name} ${image.version}: ${message}`)
  const found = first.page.images.find(i => isMatch(i, image))
  const firstFacts = facts(1, first.page)
  const pageOne =
    `page 1 (PageSize ${first.pageSize}) has ${firstFacts.count} images` +
    (firstFacts.totalCount !== undefined ? `, TotalCount ${firstFacts.totalCount}` : '') +
    (firstFacts.answeredPageSize !== undefined ? `, PageSize ${firstFacts.answeredPageSize}` : '')
  if (found) {
    debug(`${pageOne}; the match ${found.imageId} is on it.`)
    return found
  }
  const plan = new PagePlan(first.pageSize, facts(1, first.page))
  const ended = plan.finished()
  debug(
    `${pageOne}; ` +
      (ended
        ? `the listing ends there (${END_REASON_WORDS[ended]}).`
        : plan.plannedLastPage !== undefined
          ? `TotalCount plans pages 2-${plan.plannedLastPage} of ${plan.pageSize}, up to ${plan.readAhead} at once.`
          : `reading ahead ${plan.readAhead} pages at once, doubling after each full page (up to ${MAX_IN_FLIGHT}).`)
  )

  let match: ImageSummary | undefined
  let failure: { err: unknown } | undefined
  // Once the lookup has its answer (a match, or a failure), the pages still in flight are
  // not tried again: their retries would only delay the run.
  const answered = new AbortController()
  const pagePolicy: RetryPolicy = { ...deps.policy, signal: answered.signal }
  const inFlight = new Set<Promise<void>>()
  let outOfTime = false
  const read = (pageNumber: number) => {
    const task: Promise<void> = listPage(image, pageNumber, plan.pageSize, {
      ...deps,
      policy: pagePolicy
    })
      .then(
        page => {
          const onPage = page.images.find(i => isMatch(i, image))
          match ??= onPage
          plan.record(facts(pageNumber, page))
          debug(
            `page ${pageNumber} has ${page.images.length} images${onPage ? `, the match ${onPage.imageId} among them` : ''}.`
          )
          if (match) answered.abort()
        },
        err => {
          failure ??= { err }
          answered.abort()
        }
      )
      .finally(() => inFlight.delete(task))
    inFlight.add(task)
    debug(`asking for page ${pageNumber} (${inFlight.size} in flight, up to ${plan.readAhead}).`)
  }
  // Every request started is waited for, so that nothing is still running when the
  // caller goes on (e.g. to AddImage).
  for (;;) {
    // The step's time budget bounds the lookup too: no page starts after it.
    outOfTime ||= deps.policy.now() >= deps.policy.deadline
    if (!match && !failure && !outOfTime) {
      for (let page = plan.next(inFlight.size); page !== undefined; page = plan.next(inFlight.size))
        read(page)
    }
    if (inFlight.size === 0) break
    await Promise.race(inFlight)
  }
  // A match is the answer whatever became of the pages read alongside it.
  if (match) return match
  if (failure) throw failure.err
  const reason = plan.finished()
  debug(
    reason
      ? `no match; the listing ended at page ${plan.endPage ?? plan.pagesRead} (${END_REASON_WORDS[reason]}).`
      : `no match in ${plan.pagesRead} pages${outOfTime ? "; the step's time budget ran out before the listing ended" : ''}.`
  )
  if (outOfTime && plan.finished() === undefined) {
    throw new LookupIncomplete(
      `The step's time budget ran out while ListImages still had pages to read (${plan.pagesRead} read, ${image.name}), so the action cannot tell whether ${image.name} ${image.version} is registered.`,
      'Re-run the job; if the service is this slow every time, remove unused versions of this image name.'
    )
  }
  return notFound(image, plan, deps)
}

function notFound(image: ImageConfig, plan: PagePlan, deps: LookupDeps): undefined {
  const reason = plan.finished()
  const page = plan.endPage ?? plan.pagesRead
  if (reason === 'repeat' || reason === 'pageNumberIgnored') {
    const what =
      reason === 'repeat'
        ? `the same images as page ${page - 1}`
        : 'another page than the one asked'
    deps.warn(
      `ListImages answered page ${page} with ${what}, so the lookup of ${image.name} ${image.version} stopped there without a match. ` +
        'If the image is registered on a later page, AddImage will answer ImageAlreadyExists.'
    )
  } else if (reason === undefined || reason === 'limit') {
    throw new LookupIncomplete(
      `ListImages still had more pages after ${plan.pagesRead} (${image.name}), so the action cannot tell whether ${image.name} ${image.version} is registered.`,
      'Remove unused versions of this image name, or use another name.'
    )
  }
  return undefined
}

/** Page 1, asking for fewer items each time the service refuses PageSize as invalid. */
async function firstPage(
  image: ImageConfig,
  deps: LookupDeps
): Promise<{ page: ImagePage; pageSize: number }> {
  for (let i = 0; ; i++) {
    const pageSize = LIST_PAGE_SIZES[i]
    try {
      return { page: await listPage(image, 1, pageSize, deps), pageSize }
    } catch (err) {
      const smaller = LIST_PAGE_SIZES[i + 1]
      if (smaller === undefined || !refusesPageSize(err)) throw err
      deps.log(
        `ListImages refused PageSize ${pageSize} (${err.code}, RequestId ${err.requestId ?? 'none'}); asking for ${smaller} a page.`
      )
    }
  }
}

/** An InvalidParams/InvalidParameter answer that names PageSize. */
function refusesPageSize(err: unknown): err is ApiError {
  return (
    err instanceof ApiError &&
    /^InvalidParam(s|eter)/.test(err.code) &&
    /PageSize/.test(`${err.code} ${err.serverMessage ?? ''}`)
  )
}

function listPage(
  image: ImageConfig,
  pageNumber: number,
  pageSize: number,
  deps: LookupDeps
): Promise<ImagePage> {
  return withRetry(
    () => deps.client.listImages({ name: image.name, type: image.type, pageNumber, pageSize }),
    deps.policy
  )
}

/**
 * Same name, version and type. An item without ImageType matches on name and version: the
 * request already asked for this type only.
 */
export function isMatch(item: ImageSummary, image: ImageConfig): boolean {
  return (
    item.name === image.name &&
    item.version === image.version &&
    (item.imageType === '' || item.imageType.toLowerCase() === image.type.toLowerCase())
  )
}

function facts(pageNumber: number, page: ImagePage): PageFacts {
  return {
    pageNumber,
    count: page.images.length,
    answeredPageNumber: page.pageNumber,
    totalCount: page.totalCount,
    answeredPageSize: page.pageSize,
    fingerprint: page.images.map(i => `${i.imageId}/${i.version}`).join(',')
  }
}

import { ActionError, ApiError } from '../failures/errors.js'
import { fixFor, unexpected } from '../failures/explain.js'
import { knownCode } from '../failures/error-codes.js'
import type { ReleaseConfig } from '../inputs/config.js'
import {
  holdsRecord,
  MAX_RELEASE_BODY_CHARS,
  renderBlock,
  upsertBlock,
  type ReleaseRecord
} from './block.js'
import { backoffDelay, type RetryPolicy } from '../failures/retry.js'
import { EarlierWriteUnknownError, type Release, type ReleasesApi } from './releases-api.js'
import { BUDGET_CODE, type StepBudget } from '../budget/step-budget.js'

export interface AnnotateDeps {
  policy: RetryPolicy
  budget: StepBudget
  timeoutMs: number
  log: (message: string) => void
  debug: (message: string) => void
  notice: (message: string) => void
  /** The GitHub client; default: @actions/github's Octokit (loaded only now). */
  connect?: (config: ReleaseConfig & { repository: string }) => Promise<ReleasesApi>
}

export const LIST_PAGE_SIZE = 100
/** Drafts are looked for among this many pages of releases (1,000 releases). */
export const MAX_RELEASE_LIST_PAGES = 10
/** Writes of the block before giving up on a release that other writers keep changing. */
const MAX_WRITES = 6

/** The parts of the run's configuration a record is made of. */
export interface RecordSource {
  region: string
  image: { name: string; version: string; type: string }
}

export function recordOf(
  source: RecordSource,
  result: { imageId: string; replacedImageId?: string }
): ReleaseRecord {
  const { name, version, type } = source.image
  return {
    region: source.region,
    name,
    version,
    type,
    imageId: result.imageId,
    replacedImageId: result.replacedImageId
  }
}

/**
 * Writes the record into the GitHub Release of the run's tag (drafts included), replacing
 * the block an earlier run wrote. Not a tag run, or no release: a notice, not a failure.
 * Any GitHub failure: an ActionError that says the image was registered all the same.
 */
export async function annotateRelease(
  config: ReleaseConfig,
  record: ReleaseRecord,
  deps: AnnotateDeps
): Promise<void> {
  const { repository, tag } = config
  if (!tag || !repository) {
    deps.notice(
      `annotate-release: ${!repository ? 'this is not a GitHub Actions run (no GITHUB_REPOSITORY)' : `this run is for ${config.ref ?? 'no tag'}, not a tag`}, ` +
        `so image id ${record.imageId} was not written into a GitHub Release. ` +
        'Run the workflow on a tag push (on: push: tags) or a release event to record it.'
    )
    return
  }
  let api: ReleasesApi | undefined
  try {
    const connect = deps.connect ?? (await defaultConnect(deps))
    api = await connect({ ...config, repository })
    deps.log(`Looking for the GitHub Release of tag ${tag} in ${repository} (drafts included).`)
    const release = await findRelease(api, tag)
    if (!release) {
      deps.notice(
        `annotate-release: ${repository} has no GitHub Release for tag ${tag} (drafts included), ` +
          `so image id ${record.imageId} was not written into one. ` +
          'Run this step after the step that creates the release (e.g. gh release create), in the same job or a later one.'
      )
      return
    }
    const what = `${release.draft ? 'Draft release' : 'Release'} ${release.id} of tag ${tag}`
    const writes = await writeRecord(api, release, record, deps)
    deps.log(
      writes === 0
        ? `${what} already records ${record.imageId}; left it as it was.`
        : `${what} now records ${record.imageId}${release.htmlUrl ? `: ${release.htmlUrl}` : '.'}`
    )
  } catch (err) {
    throw new ActionError(
      releaseFailureMessage(err, record, tag, repository),
      apiFailureOf(err)?.requestId,
      'ReleaseNotAnnotated'
    )
  } finally {
    api?.close()
  }
}

async function defaultConnect(deps: AnnotateDeps) {
  // Loaded only here: the Octokit client is not needed unless a release is to be edited.
  const { connectGithub } = await import('./github-client.js')
  return (config: ReleaseConfig & { repository: string }) =>
    connectGithub({
      token: config.token,
      apiUrl: config.apiUrl,
      repository: config.repository,
      timeoutMs: deps.timeoutMs,
      policy: deps.policy,
      budget: deps.budget,
      log: deps.log,
      debug: deps.debug
    })
}

/**
 * The release of `tag`: the published one by tag, else the newest in the list with that
 * tag name, which is where drafts are (a draft's tag does not exist yet, so the by-tag
 * lookup cannot see it).
 */
export async function findRelease(api: ReleasesApi, tag: string): Promise<Release | undefined> {
  const published = await api.getByTag(tag)
  if (published) return published
  for (let page = 1; page <= MAX_RELEASE_LIST_PAGES; page++) {
    const releases = await api.list(page, LIST_PAGE_SIZE)
    const match = releases.find(r => r.tagName === tag)
    if (match) return match
    if (releases.length < LIST_PAGE_SIZE) return undefined
  }
  return undefined
}

/** Another writer kept replacing the body, so the block could not be made to stay. */
export class ContendedError extends Error {
  constructor(readonly writes: number) {
    super(`the block was not in the release body after ${writes} writes`)
    this.name = 'ContendedError'
  }
}

/**
 * The write was answered, but the step's budget ran out (or a read back failed, after its
 * retries: `readFailure`) before the run had watched the release for the whole window after
 * it, so whether another writer dropped the block meanwhile (or later in the window) is not
 * known.
 */
export class UncheckedWriteError extends Error {
  constructor(
    readonly writes: number,
    /** Whether GitHub's answer to the last write holds the block. */
    readonly answerHolds: boolean,
    /** How long the window after the last write is, in ms. */
    readonly windowMs: number,
    /** How long after the last write a read last found the block; undefined: no read. */
    readonly lastSeenMs?: number,
    /** The read back that failed; undefined: the budget ran out. */
    readonly readFailure?: ApiError
  ) {
    super(`the block was written ${writes} times but not watched for the whole window`)
    this.name = 'UncheckedWriteError'
  }
}

/** The block would push the body past GitHub's limit. */
export class BodyTooLongError extends Error {
  constructor(readonly length: number) {
    super(`the body would be ${length} characters long`)
    this.name = 'BodyTooLongError'
  }
}

/**
 * Read, change, write, then watch. GitHub has no conditional update for releases: a writer
 * (another matrix leg) that read the body before our write and whose write lands after it
 * drops our block, and it cannot know it did. Such a write lands at most `timeoutMs`
 * (request-timeout-seconds, alike for every leg) after our write did: the other leg's
 * attempt was in flight by then, and its client gives up at that bound. So after each
 * write we read the release back until that window has passed (reads spaced by the backoff
 * steps, with jitter so that legs drift apart, and one at the window's end), and write
 * again, with a new window, whenever the block is gone.
 * Returns the number of writes (0: the block was there already).
 */
export async function writeRecord(
  api: ReleasesApi,
  release: Release,
  record: ReleaseRecord,
  deps: Pick<AnnotateDeps, 'policy' | 'log' | 'timeoutMs'>
): Promise<number> {
  let current = release
  if (holdsRecord(current.body, record)) return 0
  for (let writes = 1; ; writes++) {
    const written = await api.update(current.id, async attempt => {
      // A retry re-reads: resending a body made from notes read before the wait would drop
      // what other legs wrote meanwhile, after their watch windows had passed.
      if (attempt > 1) {
        current = await api.get(current.id)
        // The failed attempt landed after all (its answer was lost): nothing to write again.
        if (holdsRecord(current.body, record)) {
          deps.log(
            `Release ${current.id} already holds the block (the earlier attempt of the write landed); not writing it again.`
          )
          return undefined
        }
      }
      const body = upsertBlock(current.body, record)
      if (body.length > MAX_RELEASE_BODY_CHARS) throw new BodyTooLongError(body.length)
      return body
    })
    const seen = await watchBlock(api, current.id, record, writes, written ?? current, deps)
    if (seen.holds) return writes
    current = seen.release
    if (writes === MAX_WRITES) throw new ContendedError(writes)
    deps.log(
      `The block is not in release ${current.id} after the write: another writer changed the body meanwhile; writing it again (${writes + 1}/${MAX_WRITES}).`
    )
  }
}

/**
 * Reads the release back until `deps.timeoutMs` has passed since the write landed, or until a
 * read finds the block gone. The budget leaving no room for the next read: UncheckedWriteError.
 */
export async function watchBlock(
  api: ReleasesApi,
  id: number,
  record: ReleaseRecord,
  writes: number,
  written: Release,
  deps: Pick<AnnotateDeps, 'policy' | 'timeoutMs'>
): Promise<{ holds: true } | { holds: false; release: Release }> {
  const { policy, timeoutMs: windowMs } = deps
  const writtenAt = policy.now()
  const windowEnd = writtenAt + windowMs
  let lastSeenMs: number | undefined
  const unchecked = (readFailure?: ApiError) =>
    new UncheckedWriteError(
      writes,
      holdsRecord(written.body, record),
      windowMs,
      lastSeenMs,
      readFailure
    )
  for (let reads = 1; ; reads++) {
    const left = windowEnd - policy.now()
    if (left <= 0 && lastSeenMs !== undefined) return { holds: true }
    // The first read waits at least the base step, so that a write racing ours can land.
    const step = policy.baseDelayMs + backoffDelay(policy, reads)
    const wait = reads === 1 ? step : Math.max(0, Math.min(left, step))
    if (policy.now() + wait >= policy.deadline) throw unchecked()
    await policy.sleep(wait)
    const readAt = policy.now()
    let current: Release
    try {
      current = await api.get(id)
    } catch (err) {
      // The write stands whatever the read says: only the watch is cut short.
      if (err instanceof ApiError) throw unchecked(err.code === BUDGET_CODE ? undefined : err)
      throw err
    }
    if (!holdsRecord(current.body, record)) return { holds: false, release: current }
    lastSeenMs = readAt - writtenAt
  }
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`

const RERUN = 'A re-run is safe: the image is reused, not registered again.'

/** The GitHub error a failure carries, for its request id. */
function apiFailureOf(err: unknown): ApiError | undefined {
  if (err instanceof EarlierWriteUnknownError) return apiFailureOf(err.failure)
  if (err instanceof UncheckedWriteError) return err.readFailure
  return err instanceof ApiError ? err : undefined
}

/** `HTTP 403 SecondaryRateLimit ("…"), X-GitHub-Request-Id …` */
function describeApiError(err: ApiError): string {
  // HTTP403 says no more than "HTTP 403"; SecondaryRateLimit (HTTP 403) does.
  const status = err.httpStatus !== undefined ? `HTTP ${err.httpStatus}` : ''
  const code =
    err.code === `HTTP${err.httpStatus}` ? status : [status, err.code].filter(Boolean).join(' ')
  const said = err.serverMessage ? ` ("${err.serverMessage.replace(/\.$/, '')}")` : ''
  const id = err.requestId ? `, X-GitHub-Request-Id ${err.requestId}` : ''
  return `${code}${said}${id}`
}

/** The one failure message: the image was registered, what failed, what to do. */
export function releaseFailureMessage(
  err: unknown,
  record: ReleaseRecord,
  tag: string,
  repository: string
): string {
  const registered =
    `The image WAS registered: ${record.name} ${record.version} (${record.type}) in ${record.region} is ${record.imageId}` +
    `${record.replacedImageId ? `, replacing ${record.replacedImageId}` : ''} (see the image-id output). `
  if (err instanceof UncheckedWriteError) {
    return (
      registered +
      `Then the GitHub Release of tag ${tag} in ${repository} could not be watched after the write: ` +
      uncheckedWrite(err)
    )
  }
  const failed = `But writing it into the GitHub Release of tag ${tag} in ${repository} failed: `
  if (err instanceof EarlierWriteUnknownError) {
    const earlier =
      `Before that, UpdateRelease attempt ${err.attempt} got ${describeApiError(err.unknown)}, ` +
      'which does not say whether GitHub carried it out: the block may have been written. ' +
      'Look for it in the release notes.'
    const { what, fix } = explain(err.failure, true)
    return registered + failed + [what, earlier, fix, RERUN].filter(Boolean).join(' ')
  }
  const { what, fix } = explain(err, false)
  return registered + failed + [what, fix, RERUN].filter(Boolean).join(' ')
}

function uncheckedWrite(err: UncheckedWriteError): string {
  const answer = err.answerHolds
    ? "the block was written (GitHub's answer to the write holds the block)"
    : "the block was sent, but GitHub's answer to the write does not show it"
  const window = seconds(err.windowMs)
  const watched =
    err.lastSeenMs === undefined
      ? 'It was not read back at all.'
      : `A read ${seconds(err.lastSeenMs)} after the write still found it; the rest of the window was not watched.`
  const read = err.readFailure
  const cut = read
    ? `but reading the release back failed: GitHub API GetRelease failed${read.attempts > 1 ? ` after ${read.attempts} attempts` : ''} with ${describeApiError(read)}, so the run could not watch it`
    : "but the step's time budget ran out before the run could watch the release"
  return (
    `${answer}${err.writes > 1 ? ` (write ${err.writes}, after other writers had dropped it)` : ''}, ` +
    `${cut} for the ${window} after the write ` +
    '(request-timeout-seconds: how long a write by another matrix leg can still land and drop the block). ' +
    `${watched} Look for the block in the release notes; if it is missing, re-run the job. ` +
    `${read ? `${githubFix(read)} ` : ''}${RERUN}`
  )
}

/**
 * What failed, and what to do. `earlierUnknown`: an earlier attempt of the write may have
 * landed, so the last failure cannot say the release was not changed.
 */
function explain(err: unknown, earlierUnknown: boolean): { what: string; fix: string } {
  if (err instanceof BodyTooLongError) {
    return {
      what: `with the block, the release body would be ${err.length} characters, above GitHub's limit of ${MAX_RELEASE_BODY_CHARS}.`,
      fix: 'Shorten the release notes, then re-run the job.'
    }
  }
  if (err instanceof ContendedError) {
    return {
      what: `other writers kept changing the release body, and after ${err.writes} writes the block was still not there.`,
      fix: 'Re-run the job (fewer matrix legs at once help).'
    }
  }
  if (!(err instanceof ApiError)) return { what: unexpected(err), fix: '' }
  const mayHaveWritten = err.action === 'UpdateRelease' && err.outcomeUnknown
  if (err.code === BUDGET_CODE) {
    return {
      what:
        `the step's time budget ran out at GitHub API ${err.action}. ${err.hint ?? ''}`.trim() +
        (mayHaveWritten ? ' The block may or may not have been written.' : ''),
      fix: 'Check the network path to GITHUB_API_URL, then re-run the job.'
    }
  }
  const tries = err.attempts > 1 ? ` after ${err.attempts} attempts` : ''
  const outcome =
    err.action !== 'UpdateRelease'
      ? ''
      : err.outcomeUnknown
        ? ' GitHub may have carried out this attempt: the block may have been written.'
        : earlierUnknown
          ? ''
          : ' The release was not changed.'
  return {
    what: `GitHub API ${err.action} failed${tries} with ${describeApiError(err)}.${outcome}`,
    fix: githubFix(err)
  }
}

function githubFix(err: ApiError): string {
  switch (err.httpStatus) {
    case 401:
      return 'github-token was refused (expired or revoked?): pass a valid token, or leave github-token at its default ${{ github.token }}.'
    case 403:
      if (err.code === 'RateLimited' || err.code === 'SecondaryRateLimit') break
      return (
        'The token may not edit releases: give the job `permissions: contents: write` ' +
        '(or, for a personal access token, the Contents: read and write permission on this repository).'
      )
    case 404:
      return err.action === 'ListReleases'
        ? 'The token cannot see the repository: check github-token (the default ${{ github.token }} always can).'
        : 'The release was deleted meanwhile: re-run the job once the release exists.'
    case 422:
      return 'GitHub rejected the new release body; check the release notes (size, content).'
  }
  if (err.code === 'RateLimited' || err.code === 'SecondaryRateLimit') {
    return 'GitHub rate-limited the token: re-run the job later, or run fewer jobs that use the API at once.'
  }
  if (err.httpStatus !== undefined && err.httpStatus >= 500) {
    return 'GitHub is having trouble: re-run the job later (see https://www.githubstatus.com).'
  }
  // A network failure the error-code table knows (a proxy refusal, a DNS failure, ...).
  const known = err.httpStatus === undefined ? knownCode(err.code) : undefined
  if (known && err.code !== 'RequestTimeout') return fixFor(err)
  return (
    'Check the network path to GITHUB_API_URL (proxy: HTTPS_PROXY / NO_PROXY), ' +
    'or raise request-timeout-seconds / max-attempts.'
  )
}

/** What a dry run says about the release: where the block would go, and the block. */
export function describeDryRun(config: ReleaseConfig, source: RecordSource): string {
  const sample = renderBlock(recordOf(source, { imageId: '<image id>' }))
  if (!config.tag || !config.repository) {
    return `annotate-release: true, but this run is for ${config.ref ?? 'no tag'}, so no GitHub Release would be written to (a notice would say so).`
  }
  return (
    `annotate-release: true: after registering, the run would write into the GitHub Release of tag ${config.tag} ` +
    `in ${config.repository} (drafts included; replacing its own block from an earlier run), this block:\n${sample}`
  )
}

import { ActionError, ApiError, ReplaceInterruptedError } from '../failures/errors.js'
import type { EhpcClient, ImageAnswer, ImageState, ImageSummary } from '../ehpc/client.js'
import type { IfExists, ImageConfig } from '../inputs/config.js'
import { findImage, LookupIncomplete } from './lookup.js'
import { SERVICE_NAME } from '../failures/error-codes.js'
import { unexpected } from '../failures/explain.js'
import {
  givingUp,
  mayRetry,
  waitBeforeRetry,
  withRetry,
  type RetryPolicy
} from '../failures/retry.js'
import { foundTarget, reuseWarning, sameTarget, wantedTarget } from './reuse.js'

export type Outcome = 'created' | 'reused' | 'replaced'

export interface RegisterResult {
  imageId: string
  created: boolean
  outcome: Outcome
  requestId?: string
  replacedImageId?: string
  /** GetImage's (or on reuse ListImages') AppId, as the service says it; undefined when unknown. */
  appId?: string
  /** GetImage's Status, as the service says it; undefined when unknown. */
  status?: string
}

export interface RegisterDeps {
  client: EhpcClient
  policy: RetryPolicy
  log: (message: string) => void
  warn: (message: string) => void
  warmUp?: (connections: number) => void
  /** The lookup's paging decisions, for the debug log. */
  debug?: (message: string) => void
  /**
   * Resolves when the image check lets the run write (or reuse), rejects when it stops the
   * run. Asked once the lookup has answered: the two run side by side.
   */
  beforeWrite?: () => Promise<void>
}

/**
 * Registers `image` unless the same name, version and type is there already, in which
 * case `ifExists` decides. AddImage has no idempotency token, so an attempt that ended
 * without an answer is followed by a lookup, never by a blind resend.
 */
export async function registerImage(
  image: ImageConfig,
  ifExists: IfExists,
  deps: RegisterDeps
): Promise<RegisterResult> {
  const unanswered: Unanswered = {}
  try {
    return await register(image, ifExists, deps, unanswered)
  } catch (err) {
    throw unanswered.err ? stillUnknown(unanswered.err, unanswered.removedImageId, err, image) : err
  }
}

/**
 * An AddImage attempt of this run that got no clear answer, and the image this run had
 * removed before it (if-exists: replace). It may be why AddImage later answers
 * ImageAlreadyExists for an image the lookup cannot see yet, and after it no failure may
 * say that nothing was registered.
 */
interface Unanswered {
  err?: ApiError
  removedImageId?: string
  /** The image this run removed in its first round, when a second round follows. */
  removedInRound1?: string
}

/**
 * The failure of a run whose AddImage may have been carried out: that AddImage's failure
 * (its outcome unknown), telling what failed after it and how to find out what is there.
 */
function stillUnknown(
  addImageErr: ApiError,
  removedImageId: string | undefined,
  err: unknown,
  image: ImageConfig
): unknown {
  const failed = err instanceof ReplaceInterruptedError ? err.failure : err
  if (failed instanceof ApiError && failed.action === 'AddImage' && failed.outcomeUnknown)
    return err
  // A definite finding: the name and version are taken by an image with another target.
  if (err instanceof ActionError && err.code === 'ImageTargetMismatch') return err
  let later: string
  if (failed instanceof ApiError) {
    const why = failed.hint ? `: ${failed.hint.replace(/\.$/, '')}` : ''
    later = `${SERVICE_NAME[failed.service]} ${failed.action} failed with ${failed.code}${why} (RequestId ${failed.requestId ?? 'none'})`
  } else if (err instanceof LookupIncomplete) {
    later = err.why.replace(/\.$/, '')
  } else if (err instanceof ActionError) {
    later = err.message.replace(/\.$/, '')
  } else {
    later = `an unexpected failure: ${unexpected(err)}`
  }
  const unknown = addImageErr.with({
    hint:
      (addImageErr.hint ? `${addImageErr.hint} ` : '') +
      `What came after it could not tell whether it registered the image: ${later}. ` +
      `So whether ${describe(image)} is registered is unknown. Look for it in the E-HPC Instant console (Images), ` +
      'or re-run the job: its lookup finds the image if that AddImage registered it and reuses it, and registers it if not.'
  })
  return removedImageId ? new ReplaceInterruptedError(unknown, removedImageId) : unknown
}

async function register(
  image: ImageConfig,
  ifExists: IfExists,
  deps: RegisterDeps,
  unanswered: Unanswered
): Promise<RegisterResult> {
  let replacedImageId: string | undefined
  let match = await findImage(image, deps)
  // A reuse's GetImage only reads: it goes out while the image check may still be
  // answering, and its answer is used once the check lets the run go on.
  // A check that stops the run stops its retries too.
  const checkStopped = new AbortController()
  const readPolicy: RetryPolicy = {
    ...deps.policy,
    signal: deps.policy.signal
      ? AbortSignal.any([deps.policy.signal, checkStopped.signal])
      : checkStopped.signal
  }
  let readAhead =
    match && ifExists === 'reuse'
      ? currentTarget(match.imageId, image, { ...deps, policy: readPolicy })
      : undefined
  readAhead?.catch(() => undefined)
  await deps.beforeWrite?.().catch((stop: unknown) => {
    checkStopped.abort()
    throw stop
  })
  // Two rounds at most: the second only when another run registered the image between
  // our lookup and our AddImage (ImageAlreadyExists).
  for (let round = 1; ; round++) {
    if (match) {
      const settled = await settleExisting(image, match, ifExists, deps, readAhead)
      readAhead = undefined
      if (settled) return settled
      replacedImageId = match.imageId
      unanswered.removedImageId = replacedImageId
    }
    try {
      const added = await addImage(image, deps, unanswered)
      let shown = added.shown
      if (replacedImageId) {
        const confirmed = await confirmReplacement(image, added.imageId, replacedImageId, deps)
        if (confirmed.raced) return confirmed.raced
        shown = confirmed.shown
      }
      shown ??= await stateOfAdded(image, added.imageId, deps)
      const outcome: Outcome = replacedImageId ? 'replaced' : 'created'
      deps.log(
        `Registered ${describe(image)} as ${added.imageId}` +
          (replacedImageId ? `, replacing ${replacedImageId}.` : '.')
      )
      return {
        imageId: added.imageId,
        created: true,
        outcome,
        requestId: added.requestId,
        replacedImageId,
        appId: shown.appId,
        status: shown.status
      }
    } catch (err) {
      if (err instanceof ApiError && err.code === 'ImageAlreadyExists' && round >= 2) {
        // Round 2 removed round 1's match: name every image this run removed.
        const removed = [...new Set([unanswered.removedInRound1, replacedImageId])].filter(
          (id): id is string => id !== undefined
        )
        return await afterSecondDuplicate(image, err, removed, deps, unanswered.err !== undefined)
      }
      if (!(err instanceof ApiError) || err.code !== 'ImageAlreadyExists' || round >= 2) {
        // After a remove, an AddImage that failed leaves nothing: the message says so.
        throw replacedImageId &&
          err instanceof ApiError &&
          err.action === 'AddImage' &&
          err.code !== 'ImageAlreadyExists'
          ? new ReplaceInterruptedError(err, replacedImageId)
          : err
      }
      deps.log(
        `AddImage answered ImageAlreadyExists (another run may have registered ${describe(image)} meanwhile); looking it up again.`
      )
      match = await findImage(image, deps)
      if (!match) {
        // The service may list a new image late: look once more before giving up.
        const waitMs = lookAgainAfterMs(deps.policy)
        deps.log(`ListImages does not show it yet; looking again in ${waitMs} ms.`)
        await deps.policy.sleep(waitMs)
        match = await findImage(image, deps)
      }
      if (!match && unanswered.err) {
        throw unanswered.err.with({
          hint:
            `Then AddImage answered ImageAlreadyExists (RequestId ${err.requestId ?? 'none'}), yet ListImages does not show the image: ` +
            'the unanswered attempt most likely registered it, and the service lists it late. ' +
            'Re-run the job in a few minutes: its lookup finds the image and reuses it.'
        })
      }
      if (!match) {
        throw new ActionError(
          `AddImage answered ImageAlreadyExists (RequestId ${err.requestId ?? 'none'}), but ListImages shows no ${describe(image)}, ` +
            'neither at once nor a moment later: E-HPC Instant considers the image a duplicate of one the action cannot find by name and version. ' +
            `Nothing was registered. Check for an image with the same ${targetLabel(image)} (${wantedTarget(image)}) under another name or version, ` +
            'and remove it or use its name and version.',
          err.requestId,
          'ImageAlreadyExists'
        )
      }
      if (ifExists === 'replace' && match.imageId !== replacedImageId) {
        // Registered by a racing replace run after our lookup: removing it would leave that
        // run's image-id pointing at nothing, so one with our target is the answer.
        const adopted = await adoptIfSameTarget(image, match.imageId, replacedImageId, deps).catch(
          (gone: unknown) => {
            // Removed in turn between the lookup and GetImage (yet another replace run):
            // there is nothing to use or to remove, so the next round adds ours.
            if (!(gone instanceof ApiError) || gone.code !== 'ImageNotFound') throw gone
            deps.log(
              `${match?.imageId} is gone already (removed by another run); adding this run's image again.`
            )
            return 'gone' as const
          }
        )
        if (adopted === 'gone') match = undefined
        else if (adopted) return adopted
      }
      unanswered.removedInRound1 = replacedImageId
    }
  }
}

/**
 * The app id and status of the image this run has just added: one GetImage. AddImage
 * succeeded, so a GetImage that fails (a policy without ehpc:GetImage, say) only warns.
 */
async function stateOfAdded(
  image: ImageConfig,
  addedId: string,
  deps: RegisterDeps
): Promise<ImageState> {
  try {
    return (await currentTarget(addedId, image, deps)).state
  } catch (err) {
    if (!(err instanceof ApiError)) throw err
    deps.warn(
      `Registered ${describe(image)} as ${addedId}, but GetImage failed (${err.code}, RequestId ${err.requestId ?? 'none'}), ` +
        `so app-id and image-status are left empty${getImageAdvice(err)}.`
    )
    return {}
  }
}

/** What to do when GetImage is refused, for the warnings that name it. */
function getImageAdvice(err: ApiError): string {
  return err.code.startsWith('Forbidden') ? ': allow ehpc:GetImage to the RAM identity' : ''
}

/**
 * After a replace, checks that the image this run added is still there: a racing replace
 * run may have removed it. `shown` is its state when it is (empty when GetImage failed);
 * otherwise `raced` is the racing run's image (same target) to output instead, or an
 * error says what is registered now.
 */
async function confirmReplacement(
  image: ImageConfig,
  addedId: string,
  replacedId: string,
  deps: RegisterDeps
): Promise<{ raced?: RegisterResult; shown: ImageState }> {
  try {
    return { shown: (await currentTarget(addedId, image, deps)).state }
  } catch (err) {
    if (!(err instanceof ApiError)) throw err
    if (err.code !== 'ImageNotFound') {
      // AddImage succeeded: a check that cannot be made must not turn that into a failure.
      deps.warn(
        `Registered ${addedId}, replacing ${replacedId}, but could not confirm that ${addedId} is still registered: ` +
          `GetImage failed (${err.code}, RequestId ${err.requestId ?? 'none'}). Only a replace run racing this one could have removed it. ` +
          `app-id and image-status are left empty${getImageAdvice(err)}.`
      )
      return { shown: {} }
    }
  }
  deps.log(`${addedId} was removed right after this run added it: another replace run is racing.`)
  const now = await findImage(image, deps)
  if (!now) {
    throw new ActionError(
      `${capitalize(describe(image))}: this run removed ${replacedId} and added ${addedId}, but another run (if-exists: replace) removed ${addedId} meanwhile, and nothing is registered under this name and version now. ` +
        'Re-run the job when the other run has finished: its lookup finds nothing and adds the image.'
    )
  }
  const adopted = await adoptIfSameTarget(image, now.imageId, replacedId, deps)
  if (adopted) return { raced: adopted, shown: {} }
  throw new ActionError(
    `${capitalize(describe(image))}: this run added ${addedId}, but another run (if-exists: replace) replaced it with ${now.imageId}, which points at another ${targetLabel(image)}. ` +
      'Avoid running replace for the same name and version in parallel; re-run the job to register this one.'
  )
}

/**
 * Round 2's AddImage answered ImageAlreadyExists too: other runs keep registering this name
 * and version. One more lookup: an image with our target is the answer; otherwise the
 * failure says what this run removed and what is registered now.
 */
async function afterSecondDuplicate(
  image: ImageConfig,
  err: ApiError,
  removed: string[],
  deps: RegisterDeps,
  /** An AddImage of this run got no answer: it may have registered the image. */
  mayHaveAdded: boolean
): Promise<RegisterResult> {
  deps.log(
    `AddImage answered ImageAlreadyExists again (another run registered ${describe(image)} meanwhile); looking it up once more.`
  )
  const found = await findImage(image, deps)
  let now = `ListImages shows no ${describe(image)} now (another run may be between its remove and its add)`
  if (found) {
    const shown = await currentTarget(found.imageId, image, deps).catch((getErr: unknown) => {
      if (getErr instanceof ApiError) return getErr
      throw getErr
    })
    if (shown instanceof ApiError) {
      now = `ListImages shows ${found.imageId}, but what it points at is unknown: GetImage failed (${shown.code}, RequestId ${shown.requestId ?? 'none'})`
    } else {
      const adopted = await adoptIfSameTarget(
        image,
        found.imageId,
        removed[0],
        deps,
        shown,
        mayHaveAdded
      )
      if (adopted) return adopted
      now = `${found.imageId}, registered by another run, which points at ${foundTarget(image, shown.target) ?? '(nothing)'}, not at ${wantedTarget(image)}`
    }
  }
  throw new ActionError(
    `${capitalize(describe(image))}: other runs kept registering this name and version while this run (if-exists: replace) tried to, ` +
      `so AddImage answered ImageAlreadyExists in both of its rounds (the second: RequestId ${err.requestId ?? 'none'}). ` +
      `This run removed ${removed.length ? removed.join(' and ') : 'nothing'} (if-exists: replace) and ` +
      (mayHaveAdded
        ? 'one of its AddImage attempts got no answer, so whether it registered the image is unknown. '
        : 'registered nothing. ') +
      `Registered now: ${now}. ` +
      'Let one run at a time register this name and version (a workflow concurrency group), then re-run the job: it replaces what is there with this one.',
    err.requestId,
    'ImageAlreadyExists'
  )
}

/** The image a racing run registered, as this run's result when it points at our target. */
async function adoptIfSameTarget(
  image: ImageConfig,
  imageId: string,
  replacedId: string | undefined,
  deps: RegisterDeps,
  /** Its GetImage answer, when one was made already. */
  shown?: ImageAnswer,
  /** An AddImage of this run got no answer: the image may be its own. */
  mayBeOurs = false
): Promise<RegisterResult | undefined> {
  const { target, state, requestId } = shown ?? (await currentTarget(imageId, image, deps))
  if (!sameTarget(image, target)) return undefined
  const after = replacedId ? ` after ${replacedId} was removed` : ' after this run looked it up'
  const who = mayBeOurs ? "Another run (or this run's unanswered AddImage)" : 'Another run'
  deps.log(
    `${who} registered ${describe(image)} as ${imageId} with the same ${targetLabel(image)}${after}: using it.`
  )
  return {
    imageId,
    created: false,
    outcome: 'reused',
    requestId,
    replacedImageId: replacedId,
    appId: state.appId,
    status: state.status
  }
}

/** Applies the if-exists policy to an existing image; undefined means it was removed. */
async function settleExisting(
  image: ImageConfig,
  match: ImageSummary,
  ifExists: IfExists,
  deps: RegisterDeps,
  shown?: Promise<ImageAnswer>
): Promise<RegisterResult | undefined> {
  const { log } = deps
  if (ifExists === 'fail') {
    throw new ActionError(
      `${capitalize(describe(image))} is already registered as ${match.imageId}, and if-exists is "fail", so nothing was registered. ` +
        'Use a new image-version, or set if-exists: reuse (keep it) or if-exists: replace (register it again).',
      undefined,
      'IfExistsFail'
    )
  }
  if (ifExists === 'replace') {
    log(`Removing ${match.imageId} (${describe(image)}) to replace it (if-exists: replace).`)
    await removeImage(match.imageId, image, deps)
    return undefined
  }
  const {
    target: found,
    state,
    requestId
  } = await (shown ?? currentTarget(match.imageId, image, deps))
  if (!sameTarget(image, found)) {
    throw new ActionError(
      `${capitalize(describe(image))} is already registered as ${match.imageId}, but it points at ${foundTarget(image, found) ?? '(nothing)'}, not at ${wantedTarget(image)}. ` +
        'Nothing was registered. Use a new image-version, or set if-exists: replace to register this one in its place.',
      requestId,
      'ImageTargetMismatch'
    )
  }
  log(
    `Reused ${match.imageId}: ${describe(image)} is already registered with the same ${targetLabel(image)} (if-exists: reuse).`
  )
  const warning = reuseWarning(match.imageId, image, found)
  if (warning) deps.warn(warning)
  return {
    imageId: match.imageId,
    created: false,
    outcome: 'reused',
    requestId,
    appId: state.appId ?? match.appId,
    status: state.status
  }
}

/** The image AddImage registered; `shown` is set when a GetImage of it was made already. */
interface Added {
  imageId: string
  requestId?: string
  shown?: ImageState
}

/**
 * AddImage with retries that never register twice: after an attempt whose outcome is
 * unknown (timeout, reset, 5xx, garbage answer), look before sending again.
 */
async function addImage(
  image: ImageConfig,
  deps: RegisterDeps,
  unanswered: Unanswered
): Promise<Added> {
  const { client, policy, log } = deps
  for (let attempt = 1; ; attempt++) {
    try {
      return await client.addImage(image)
    } catch (err) {
      const again = mayRetry(err, attempt, policy) && (await waitBeforeRetry(err, attempt, policy))
      // Look before sending again, and before giving up: the unanswered attempt may have worked.
      if (err instanceof ApiError && err.outcomeUnknown) {
        unanswered.err = err
        log(
          `AddImage ended without a clear answer (${err.code}); looking up the image before going on.`
        )
        const earlier = await findOwnImage(image, deps)
        if (earlier) return earlier
      }
      if (!again) throw givingUp(err, attempt)
    }
  }
}

/** The image an unanswered AddImage may have registered, if it is there and points at our target. */
async function findOwnImage(image: ImageConfig, deps: RegisterDeps): Promise<Added | undefined> {
  const found = await findImage(image, deps)
  if (!found) return undefined
  let checked: ImageAnswer
  try {
    checked = await currentTarget(found.imageId, image, deps)
  } catch (err) {
    if (!(err instanceof ApiError)) throw err
    // The lookup's answer is the answer: the image this run asked for is there, under this id.
    deps.warn(
      `AddImage got no clear answer, and then ListImages showed ${describe(image)} as ${found.imageId}: this run outputs it as the registered image. ` +
        `But GetImage failed (${err.code}, RequestId ${err.requestId ?? 'none'}), so its ${targetLabel(image)} could not be confirmed to be ${wantedTarget(image)}: ` +
        `check it in the E-HPC Instant console${err.code.startsWith('Forbidden') ? ', and allow ehpc:GetImage to the RAM identity' : ''}. ` +
        'app-id is the one ListImages shows; image-status is left empty.'
    )
    return { imageId: found.imageId, shown: { appId: found.appId } }
  }
  const { target, state, requestId } = checked
  if (!sameTarget(image, target)) {
    throw new ActionError(
      `AddImage ended without an answer, and meanwhile ${describe(image)} was registered as ${found.imageId} pointing at ${foundTarget(image, target) ?? '(nothing)'}, not at ${wantedTarget(image)} (another run?). ` +
        'Nothing else was registered. Use a new image-version, or re-run with if-exists: replace.',
      requestId,
      'ImageTargetMismatch'
    )
  }
  deps.log(`The earlier AddImage attempt had registered the image: ${found.imageId}.`)
  return {
    imageId: found.imageId,
    requestId,
    shown: { appId: state.appId ?? found.appId, status: state.status }
  }
}

async function removeImage(imageId: string, image: ImageConfig, deps: RegisterDeps): Promise<void> {
  const { client, policy } = deps
  try {
    await withRetry(async () => {
      try {
        await client.removeImage(imageId, image.type)
      } catch (err) {
        // Gone already: an earlier unanswered attempt, or a racing replace run, removed it,
        // which is what replace wanted.
        if (err instanceof ApiError && err.code === 'ImageNotFound') {
          deps.log(`${imageId} is gone already (removed by an earlier attempt or another run).`)
          return
        }
        throw err
      }
    }, policy)
  } catch (err) {
    if (err instanceof ApiError && err.code === 'ImageInUse') {
      throw new ActionError(
        `Cannot replace ${imageId} (${describe(image)}): E-HPC Instant refused to remove it because jobs still use it (ImageInUse, RequestId ${err.requestId ?? 'unknown'}). ` +
          'The old image was left in place and nothing was registered. Wait for those jobs to finish, or use a new image-version.',
        err.requestId,
        'ImageInUse'
      )
    }
    throw err
  }
}

/** What an existing image points at (GetImage). */
function currentTarget(
  imageId: string,
  image: ImageConfig,
  deps: RegisterDeps
): Promise<ImageAnswer> {
  return withRetry(() => deps.client.getImage(imageId, image.type), deps.policy)
}

/** The wait before the second look after an unexplained ImageAlreadyExists: short, bounded, within the budget. */
function lookAgainAfterMs(policy: RetryPolicy): number {
  return Math.max(
    0,
    Math.min(3 * policy.baseDelayMs, policy.maxDelayMs, policy.deadline - policy.now())
  )
}

function targetLabel(image: ImageConfig): string {
  return image.type === 'VM' ? 'ECS image' : 'registry URL'
}

function describe(image: ImageConfig): string {
  return `image "${image.name}" version "${image.version}" (${image.type})`
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1)
}

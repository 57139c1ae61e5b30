import { ActionError, ApiError, InputError, ReplaceInterruptedError } from './errors.js'
import {
  actionFailure,
  explainedCode,
  knownCode,
  MAX_RETRY_AFTER_MS,
  RAM_ACTIONS,
  RERUN_LATER,
  RERUN_LATER_FOR,
  SERVICE_NAME,
  serviceAdvice
} from './error-codes.js'
import type { RetryInfo } from './retry.js'

/** A server's or library's text without its closing full stops, to end a sentence of ours. */
function clause(text: string): string {
  return text.trim().replace(/[\s.]+$/, '')
}

/** The registry's placeholders, filled in for this error. */
function fill(text: string, err: ApiError): string {
  return text
    .replaceAll(RERUN_LATER, RERUN_LATER_FOR[err.service])
    .replaceAll('{service}', SERVICE_NAME[err.service])
    .replaceAll('{host}', err.host ?? `the ${SERVICE_NAME[err.service]} endpoint`)
    .replaceAll('{endpointInput}', endpointSetting(err))
    .replaceAll('{identity}', err.identity ?? 'the RAM identity')
    .replaceAll('{secretSource}', err.secretSource ?? 'the credentials given to the action')
}

/** What sets the host a call went to: an input of the action, or a variable of the runner's. */
function endpointSetting(err: ApiError): string {
  if (err.service === 'sts') return 'sts-endpoint'
  if (err.service === 'ehpc') return 'endpoint'
  if (err.service === 'ecs') return 'ecs-endpoint'
  if (err.service === 'registry') return 'registry-url'
  return err.action.startsWith('OIDC token')
    ? "ACTIONS_ID_TOKEN_REQUEST_URL (the runner's)"
    : 'GITHUB_API_URL'
}

/** A failed API call, or one that failed after a replace's remove. */
export type ApiFailure = ApiError | ReplaceInterruptedError

export function isApiFailure(err: unknown): err is ApiFailure {
  return err instanceof ApiError || err instanceof ReplaceInterruptedError
}

/** The failed call itself. */
export function failedCall(err: ApiFailure): ApiError {
  return err instanceof ReplaceInterruptedError ? err.failure : err
}

/** The code's words as the service that answered means them: its own row, or the code's. */
function adviceFor(err: ApiError): { meaning: string; fix: string } | undefined {
  const known = knownCode(err.code)
  if (!known) return undefined
  const own = serviceAdvice(err.service, err.code)
  return { meaning: own?.meaning ?? known.meaning, fix: own?.fix ?? known.fix }
}

/** What to do about an error: the registry's fix, or for an unknown code what may help. */
export function fixFor(failure: ApiFailure): string {
  const err = failedCall(failure)
  const known = adviceFor(err)
  if (known) return fill(known.fix, err)
  // Re-running only helps when the service said the failure was its own or passing.
  return err.retryable
    ? RERUN_LATER_FOR[err.service]
    : 'Fix what the server message names: the same request will fail again.'
}

/** What went wrong with an API call, in words: which call, what the code means, the context. */
export function whatHappened(failure: ApiFailure): string {
  if (failure instanceof ReplaceInterruptedError) {
    return `${whatHappened(failure.failure)} ${removedNotice(failure.removedImageId, failure.failure)}`
  }
  const err = failure
  const service = SERVICE_NAME[err.service]
  const known = knownCode(err.code)
  const ram = known?.namesRamAction ? RAM_ACTIONS.get(err.action) : undefined
  const words = adviceFor(err)
  const meaning = words
    ? fill(words.meaning, err) + (ram ? ` (${ram})` : '')
    : `${service} answered with an error${err.serverMessage ? `: ${clause(err.serverMessage)}` : ''}`
  const tries = err.attempts > 1 ? ` after ${err.attempts} attempts` : ''
  const server =
    known && err.serverMessage ? ` Server message: "${clause(err.serverMessage)}".` : ''
  const hint = err.hint ? ` ${err.hint}` : ''
  const wait = tooLongWait(err)
  return `${service} ${err.action} failed${tries}: ${meaning}.${server}${hint}${wait}`
}

/** A server-asked wait the action does not make, in words; '' for any other failure. */
function tooLongWait(err: ApiError): string {
  if (err.retryAfterMs === undefined || err.retryAfterMs <= MAX_RETRY_AFTER_MS) return ''
  return ` ${SERVICE_NAME[err.service]} asked to wait ${duration(err.retryAfterMs)} before another attempt, longer than the ${duration(MAX_RETRY_AFTER_MS)} the action waits for, so it was not retried.`
}

function duration(ms: number): string {
  if (ms < 1000) return `${ms} ms`
  const s = ms / 1000
  return `${Number.isInteger(s) ? s : s.toFixed(1)} s`
}

function removedNotice(imageId: string, err: ApiError): string {
  if (err.outcomeUnknown) {
    return (
      `${imageId} was removed (if-exists: replace), then AddImage got no clear answer: it may or may not have registered the new image. ` +
      'Re-run the job: its lookup finds the new image if it is there, and adds it if not.'
    )
  }
  return (
    `${imageId} was removed (if-exists: replace), then registering the new image failed, so nothing is registered under this name and version now. ` +
    'To recover, fix the cause and re-run the job: its lookup finds nothing and adds the image.'
  )
}

/** One message for an API failure: what happened, what to do, the code and RequestId. */
export function explainApiError(failure: ApiFailure): string {
  const err = failedCall(failure)
  const status = err.httpStatus !== undefined ? `, HTTP ${err.httpStatus}` : ''
  return (
    `${whatHappened(failure)} ${fixFor(err)} ` +
    `(code ${err.code}${status}, ${requestIdNote(err)})`
  )
}

/** The RequestId, or why there is none: no answer came, or the answer carried none. */
function requestIdNote(err: ApiError): string {
  if (err.requestId) return `RequestId ${err.requestId}`
  return err.httpStatus === undefined
    ? 'RequestId none: no answer from the server'
    : 'RequestId none: the answer carried none'
}

/** What a failed run left registered, or not; `imageRegistered`: it failed after registering. */
export function registeredAfter(err: unknown, imageRegistered = false): string {
  const action = err instanceof ActionError && err.code ? actionFailure(err.code) : undefined
  if (action?.afterRegistering) return action.registered
  if (imageRegistered)
    return 'The image: it was registered (see the image-id output); only what came after failed.'
  if (err instanceof InputError) return 'Nothing: no request was sent.'
  if (err instanceof ActionError) return action?.registered ?? 'Nothing by this run.'
  if (err instanceof ReplaceInterruptedError) {
    const notice = removedNotice(err.removedImageId, err.failure)
    return err.failure.outcomeUnknown ? `Unknown: ${notice}` : notice
  }
  if (err instanceof ApiError) {
    if (err.service === 'sts') return 'Nothing: no request was sent to E-HPC Instant.'
    if (err.action === 'AddImage' && err.outcomeUnknown)
      return 'Unknown: AddImage got no clear answer and may have registered the image; a re-run finds it and does not register it twice.'
    if (err.action === 'RemoveImage')
      return err.outcomeUnknown
        ? 'The image to replace may have been removed; the new one was not registered.'
        : 'Nothing new; the image to replace was left in place.'
    return 'Nothing.'
  }
  return 'Unknown: see the log.'
}

/** The one message a failed run ends with. */
export function failureMessage(err: unknown): string {
  if (isApiFailure(err)) return explainApiError(err)
  if (err instanceof ActionError) {
    return err.requestId && !err.message.includes(err.requestId)
      ? `${err.message} (RequestId ${err.requestId})`
      : err.message
  }
  if (err instanceof InputError) return err.message
  return `Unexpected failure: ${unexpected(err)}`
}

/** A failure the action has no words for: what it says, and a request to report it. */
export function unexpected(err: unknown): string {
  const detail = err instanceof Error ? `${err.name}: ${err.message}` : String(err)
  return `${detail}. Please report it with the run's log.`
}

/** The failure's code: the service's, or the action's own. */
export function failureCode(err: unknown): string | undefined {
  if (isApiFailure(err)) return failedCall(err).code
  return err instanceof ActionError ? err.code : undefined
}

/** The failure's section in docs/TROUBLESHOOTING.md: GitHub's anchor for its heading. */
export function troubleshootingAnchor(err: unknown): string {
  const code = isApiFailure(err) ? explainedCode(failedCall(err).code) : failureCode(err)
  if (code) return code.toLowerCase().replace(/[^a-z0-9_ -]/g, '')
  return err instanceof InputError ? 'input-errors' : 'other-codes'
}

/**
 * The annotation's title: which call failed and how, e.g. `E-HPC Instant AddImage: Forbidden.RAM`,
 * or which input is wrong.
 */
export function failureTitle(err: unknown): string {
  if (isApiFailure(err)) {
    const call = failedCall(err)
    return `${SERVICE_NAME[call.service]} ${call.action}: ${call.code}`
  }
  // Not an AddImage failure: nothing was sent.
  if (err instanceof InputError) return `ehpc-add-image: ${err.source} "${err.input}"`
  // The action's own findings are not an answer of E-HPC Instant.
  if (err instanceof ActionError && err.code)
    return actionFailure(err.code).title ?? `ehpc-add-image: ${err.code}`
  return 'ehpc-add-image: failed'
}

/** The header a service asks for a wait with. */
const RETRY_AFTER_HEADER: Record<ApiError['service'], string> = {
  ehpc: 'x-acs-retry-after',
  sts: 'x-acs-retry-after',
  github: 'Retry-After or its rate-limit reset',
  ecs: 'x-acs-retry-after',
  registry: 'Retry-After'
}

/** One log line per retry: which call, why, which attempt of how many, and the wait. */
export function retryLine({ error, attempt, maxAttempts, waitMs }: RetryInfo): string {
  const known = adviceFor(error)
  const why = known ? `${error.code}: ${fill(known.meaning, error)}` : error.code
  const wait = waitMs < 1000 ? `${waitMs} ms` : `${(waitMs / 1000).toFixed(1)} s`
  const asked = error.retryAfterMs !== undefined && waitMs === error.retryAfterMs
  return (
    `${SERVICE_NAME[error.service]} ${error.action}${error.host ? ` at ${error.host}` : ''}: ` +
    `attempt ${attempt}/${maxAttempts} failed (${why}); trying again in ${wait}` +
    (asked ? `, as the server asked (${RETRY_AFTER_HEADER[error.service]}).` : '.')
  )
}

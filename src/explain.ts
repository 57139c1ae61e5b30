import { ActionError, ApiError, InputError } from './errors.js'
import { knownCode, RAM_ACTIONS, SERVICE_NAME } from './error-codes.js'

/** One message for an API failure: what happened, the code and RequestId, what to do. */
export function explainApiError(err: ApiError): string {
  const service = SERVICE_NAME[err.service]
  const known = knownCode(err.code)
  const status = err.httpStatus !== undefined ? `, HTTP ${err.httpStatus}` : ''
  const ram = known?.namesRamAction ? RAM_ACTIONS.get(err.action) : undefined
  const meaning = known
    ? known.meaning.replace('{service}', service) + (ram ? ` (${ram})` : '')
    : `${service} answered with an error${err.serverMessage ? `: ${err.serverMessage}` : ''}`
  const fix = known?.fix ?? 'Check the inputs and the server message, then re-run.'
  const tries = err.attempts > 1 ? ` after ${err.attempts} attempts` : ''
  const server =
    known && err.serverMessage ? ` Server message: "${err.serverMessage.replace(/\.$/, '')}".` : ''
  const hint = err.hint ? ` ${err.hint}` : ''
  return (
    `${service} ${err.action} failed${tries}: ${meaning}.${server}${hint} ${fix} ` +
    `(code ${err.code}${status}, RequestId ${err.requestId ?? 'none: no answer from the server'})`
  )
}

/** The one message a failed run ends with. */
export function failureMessage(err: unknown): string {
  if (err instanceof ApiError) return explainApiError(err)
  if (err instanceof ActionError) {
    return err.requestId && !err.message.includes(err.requestId)
      ? `${err.message} (RequestId ${err.requestId})`
      : err.message
  }
  if (err instanceof InputError) return err.message
  const detail = err instanceof Error ? `${err.name}: ${err.message}` : String(err)
  return `Unexpected failure: ${detail}. Please report it with the run's log.`
}

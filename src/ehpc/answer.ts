// Reading values out of E-HPC Instant's answers. The API reference's own AddImage sample
// answers `"ImageId": "m-bp1akkkr1rkxtb******\n"`, so ids and versions are trimmed, and an id
// that is still not one plain token after that is a broken answer, never an output.
import { ApiError } from '../failures/errors.js'

const PLAIN_TOKEN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/
/** What a value a step output passes on may hold: nothing a shell or an expression acts on. */
const SHOWN_VALUE = /^[A-Za-z0-9][A-Za-z0-9._:/-]{0,127}$/

/** A string field, trimmed; undefined when absent, not a string, or blank. */
export function text(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined
  const trimmed = value.trim()
  return trimmed === '' ? undefined : trimmed
}

/** A string field the answer shows: '' when it is there but null or blank, undefined when absent. */
export function shownText(
  obj: Record<string, unknown> | undefined,
  key: string
): string | undefined {
  if (!obj || !(key in obj)) return undefined
  return text(obj[key]) ?? ''
}

/**
 * A value the answer shows for a step output (AppId, Status), trimmed and as the service says
 * it; undefined when absent, blank, or holding anything but letters, digits and . _ : / -.
 */
export function shownValue(value: unknown): string | undefined {
  const trimmed = text(value)
  return trimmed !== undefined && SHOWN_VALUE.test(trimmed) ? trimmed : undefined
}

/** A boolean field, also when sent as "true"/"false"; undefined when absent or anything else. */
export function flag(value: unknown): boolean | undefined {
  if (typeof value === 'boolean') return value
  if (value === 'true' || value === 'false') return value === 'true'
  return undefined
}

/** An image id from an answer, trimmed; throws InvalidResponse when it is missing or not a plain token. */
export function imageIdOf(value: unknown, action: string, requestId?: string): string {
  const id = text(value)
  if (id === undefined) throw invalidAnswer(action, 'the answer has no ImageId', requestId)
  if (!PLAIN_TOKEN.test(id)) {
    throw invalidAnswer(
      action,
      `the answer's ImageId ${JSON.stringify(id.slice(0, 64))} is not an image id`,
      requestId
    )
  }
  return id
}

/**
 * A success answer that cannot be used. The table makes it final, and of unknown outcome:
 * an AddImage that answered this way may have registered the image.
 */
function invalidAnswer(action: string, why: string, requestId?: string): ApiError {
  return new ApiError({
    service: 'ehpc',
    action,
    code: 'InvalidResponse',
    requestId,
    serverMessage: why,
    delivery: 'incomplete-answer'
  })
}

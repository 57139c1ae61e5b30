import { mayHaveBeenPerformed, retryClass, type RetryClass, type Service } from './error-codes.js'

export type { Service } from './error-codes.js'

/** An input that is missing, malformed or does not fit the others. Found before any network call. */
export class InputError extends Error {
  constructor(
    readonly input: string,
    message: string
  ) {
    super(message)
    this.name = 'InputError'
  }

  /** `Input "name" is invalid: <why>` */
  static invalid(input: string, why: string): InputError {
    return new InputError(input, `Input "${input}" is invalid: ${why}`)
  }

  /** `Input "name" is required: <why>` (nothing gives it) or `… is missing: <why>` (its partner is set). */
  static missing(
    input: string,
    why: string,
    word: 'required' | 'missing' = 'required'
  ): InputError {
    return new InputError(input, `Input "${input}" is ${word}: ${why}`)
  }
}

export interface ApiErrorFields {
  service: Service
  action: string
  code: string
  httpStatus?: number
  requestId?: string
  /** The server's own message. It may echo what was sent: redact before printing. */
  serverMessage?: string
  /** Another attempt may succeed. Default: what the error-code table says of the code. */
  retryable?: boolean
  /** The request may have been carried out although it failed. Default: from the table. */
  outcomeUnknown?: boolean
  /** How many attempts were made before giving up. */
  attempts?: number
  /** Context that only the caller knows (e.g. the OIDC token's claims), for the message. */
  hint?: string
  /** The host the call went to (host[:port]). */
  host?: string
  /** Who signed the call: `the AccessKey LTAI…` or `the RAM role acs:ram::…`. */
  identity?: string
  /** The image this run removed (if-exists: replace) before the call failed. */
  removedImageId?: string
  /** The server asked to wait this long before another attempt (Retry-After). */
  retryAfterMs?: number
}

/**
 * Every failure of an API call, normalised: code, HTTP status, RequestId and retry facts.
 * A value: what a caller learns later (attempts, hints) makes a new error with `with`.
 */
export class ApiError extends Error {
  readonly service: Service
  readonly action: string
  readonly code: string
  readonly httpStatus?: number
  readonly requestId?: string
  readonly serverMessage?: string
  readonly retryable: boolean
  readonly outcomeUnknown: boolean
  readonly attempts: number
  readonly hint?: string
  readonly host?: string
  readonly identity?: string
  readonly removedImageId?: string
  readonly retryAfterMs?: number

  constructor(private readonly fields: ApiErrorFields) {
    super(`${fields.action} failed with ${fields.code}`)
    this.name = 'ApiError'
    this.service = fields.service
    this.action = fields.action
    this.code = fields.code
    this.httpStatus = fields.httpStatus
    this.requestId = fields.requestId
    this.serverMessage = fields.serverMessage
    this.retryable = fields.retryable ?? retryClass(fields.code, fields.httpStatus) !== 'no'
    this.outcomeUnknown =
      fields.outcomeUnknown ?? mayHaveBeenPerformed(fields.code, fields.httpStatus)
    this.attempts = fields.attempts ?? 1
    this.hint = fields.hint
    this.host = fields.host
    this.identity = fields.identity
    this.removedImageId = fields.removedImageId
    this.retryAfterMs = fields.retryAfterMs
  }

  get retryClass(): RetryClass {
    if (!this.retryable) return 'no'
    return retryClass(this.code, this.httpStatus) === 'once' ? 'once' : 'yes'
  }

  /** The same error with more context. */
  with(
    more: Pick<ApiErrorFields, 'attempts' | 'hint' | 'host' | 'identity' | 'removedImageId'>
  ): ApiError {
    return new ApiError({ ...this.fields, ...more })
  }
}

/**
 * The action's own failure codes, for failures no service named: each has a section in
 * docs/TROUBLESHOOTING.md, as the codes of error-codes.ts do.
 */
export const ACTION_CODES = [
  'IdTokenUnavailable',
  'NoCredentials',
  'OidcTokenFileUnreadable',
  'ImageTargetMismatch',
  'IfExistsFail',
  'ReleaseNotAnnotated',
  'OutputsNotWritten'
] as const

/** A failure whose message is already final (what happened and what to do). */
export class ActionError extends Error {
  constructor(
    message: string,
    readonly requestId?: string,
    /** Its section in docs/TROUBLESHOOTING.md: one of ACTION_CODES, or a service's code. */
    readonly code?: (typeof ACTION_CODES)[number] | 'ImageInUse' | 'ImageAlreadyExists'
  ) {
    super(message)
    this.name = 'ActionError'
  }
}

import {
  mayHaveBeenPerformed,
  retryClass,
  type ActionCode,
  type Delivery,
  type RetryClass,
  type Service
} from './error-codes.js'

export type { Service } from './error-codes.js'

/** An input that is missing, malformed or does not fit the others. Found before any network call. */
export class InputError extends Error {
  constructor(
    readonly input: string,
    message: string,
    /** What `input` names: an input of the step, or an environment variable (a proxy setting). */
    readonly source: 'input' | 'environment variable' = 'input'
  ) {
    super(message)
    this.name = 'InputError'
  }

  /** A setting read only from the environment, never from an input (e.g. HTTPS_PROXY). */
  static environment(variable: string, message: string): InputError {
    return new InputError(variable, message, 'environment variable')
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
  /** How far the request got, when the site saw more than the code and status say. */
  delivery?: Delivery
  /** For ProxyError: the proxy's status for CONNECT (0: no valid answer). */
  proxyStatus?: number
  /** How many attempts were made before giving up. */
  attempts?: number
  /** Context that only the caller knows (e.g. the OIDC token's claims), for the message. */
  hint?: string
  /** The host the call went to (host[:port]). */
  host?: string
  /** Who signed the call: `the AccessKey LTAI…` or `the RAM role acs:ram::…`. */
  identity?: string
  /** Where the signing secret came from: `the access-key-secret input`, a profile file… */
  secretSource?: string
  /** The server asked to wait this long before another attempt (Retry-After). */
  retryAfterMs?: number
}

/**
 * Every failure of an API call, normalised: code, HTTP status, RequestId and what the site
 * saw. Whether it is retried and whether it may have been performed, the error-code table
 * decides from those facts. A value: what a caller learns later (attempts, hints) makes a
 * new error with `with`.
 */
export class ApiError extends Error {
  readonly service: Service
  readonly action: string
  readonly code: string
  readonly httpStatus?: number
  readonly requestId?: string
  readonly serverMessage?: string
  readonly delivery?: Delivery
  readonly proxyStatus?: number
  /** How it may be retried: never, with backoff, or once more (from the table). */
  readonly retryClass: RetryClass
  /** Another attempt may succeed: retryClass is not 'no'. */
  readonly retryable: boolean
  /** The request may have been carried out although it failed (from the table). */
  readonly outcomeUnknown: boolean
  readonly attempts: number
  readonly hint?: string
  readonly host?: string
  readonly identity?: string
  readonly secretSource?: string
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
    this.delivery = fields.delivery
    this.proxyStatus = fields.proxyStatus
    this.retryClass = retryClass(fields)
    this.retryable = this.retryClass !== 'no'
    this.outcomeUnknown = mayHaveBeenPerformed(fields)
    this.attempts = fields.attempts ?? 1
    this.hint = fields.hint
    this.host = fields.host
    this.identity = fields.identity
    this.secretSource = fields.secretSource
    this.retryAfterMs = fields.retryAfterMs
  }

  /** The same error with more context. */
  with(
    more: Pick<ApiErrorFields, 'attempts' | 'hint' | 'host' | 'identity' | 'secretSource'>
  ): ApiError {
    return new ApiError({ ...this.fields, ...more })
  }
}

/**
 * AddImage failed after this run removed the image it was to replace (if-exists: replace):
 * the failure, and what the run had already changed.
 */
export class ReplaceInterruptedError extends Error {
  constructor(
    readonly failure: ApiError,
    readonly removedImageId: string
  ) {
    super(`${failure.message} after ${removedImageId} was removed`)
    this.name = 'ReplaceInterruptedError'
  }
}

/** A failure whose message is already final (what happened and what to do). */
export class ActionError extends Error {
  constructor(
    message: string,
    readonly requestId?: string,
    /** Its row of ACTION_FAILURES (error-codes.ts): title, section, what it left registered. */
    readonly code?: ActionCode
  ) {
    super(message)
    this.name = 'ActionError'
  }
}

/** An input that is missing, malformed or does not fit the others. Found before any network call. */
export class InputError extends Error {
  constructor(
    readonly input: string,
    message: string
  ) {
    super(message)
    this.name = 'InputError'
  }
}

export type Service = 'ehpc' | 'sts'

export interface ApiErrorFields {
  service: Service
  action: string
  code: string
  httpStatus?: number
  requestId?: string
  /** The server's own message. It may echo what was sent: redact before printing. */
  serverMessage?: string
  /** Another attempt may succeed (throttling, 5xx, network failures, timeouts). */
  retryable: boolean
  /** The request may have been carried out although no answer came back. */
  outcomeUnknown: boolean
}

/** Every failure of an API call, normalised: code, HTTP status, RequestId and retry facts. */
export class ApiError extends Error {
  readonly service: Service
  readonly action: string
  readonly code: string
  readonly httpStatus?: number
  readonly requestId?: string
  readonly serverMessage?: string
  readonly retryable: boolean
  readonly outcomeUnknown: boolean
  /** How many attempts were made before giving up. */
  attempts = 1
  /** Context the caller adds to the message (e.g. the OIDC token's subject). */
  detail?: string

  constructor(fields: ApiErrorFields) {
    super(`${fields.action} failed with ${fields.code}`)
    this.name = 'ApiError'
    this.service = fields.service
    this.action = fields.action
    this.code = fields.code
    this.httpStatus = fields.httpStatus
    this.requestId = fields.requestId
    this.serverMessage = fields.serverMessage
    this.retryable = fields.retryable
    this.outcomeUnknown = fields.outcomeUnknown
  }
}

/** A failure whose message is already final (what happened and what to do). */
export class ActionError extends Error {
  constructor(
    message: string,
    readonly requestId?: string
  ) {
    super(message)
    this.name = 'ActionError'
  }
}

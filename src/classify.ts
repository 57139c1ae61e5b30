/** How an API error code may be retried: never, with backoff, or just once more. */
export type RetryClass = 'no' | 'yes' | 'once'

const RETRY_ONCE = new Set(['InvalidTimeStamp.Expired', 'SignatureNonceUsed'])
const RETRY = new Set([
  'ServiceUnavailable',
  'InternalError',
  'EcsError',
  'AliyunError',
  'DbError',
  'RequestTimeout',
  'ConnectionReset',
  'ConnectionRefused',
  'InvalidResponse',
  'DnsTemporaryFailure'
])
/** Codes where the service has done part of the work or may have: the outcome is unknown. */
const MAYBE_PERFORMED = new Set(['EcsError', 'AliyunError', 'DbError', 'InternalError'])

export function retryClass(code: string, httpStatus?: number): RetryClass {
  if (RETRY_ONCE.has(code)) return 'once'
  if (code === 'Throttling' || code.startsWith('Throttling.')) return 'yes'
  if (RETRY.has(code)) return 'yes'
  if (httpStatus !== undefined && httpStatus >= 500) return 'yes'
  return 'no'
}

/** True when a failed call may nevertheless have been carried out by the service. */
export function mayHaveBeenPerformed(code: string, httpStatus?: number): boolean {
  if (MAYBE_PERFORMED.has(code)) return true
  if (code === 'ServiceUnavailable' || code.startsWith('Throttling')) return false
  return httpStatus !== undefined && httpStatus >= 500
}

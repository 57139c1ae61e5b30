// Shared helpers: request ids, timestamps, random identifiers, and the POP error shape.
import { randomBytes, randomUUID } from 'node:crypto'

/** @returns {string} a fresh upper-case UUID, as the real services use for RequestId */
export function newRequestId() {
  return randomUUID().toUpperCase()
}

/**
 * ISO 8601 UTC at second precision: `2024-05-01T12:00:00Z` (the format the services use).
 * @param {number} ms epoch milliseconds
 */
export function isoSeconds(ms) {
  return new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z')
}

/**
 * UTC date and time at second precision with a space: `2024-09-25 14:15:28`, the form the API
 * reference's samples show for ListImages' UpdateTime.
 * @param {number} ms epoch milliseconds
 */
export function spacedSeconds(ms) {
  return isoSeconds(ms).replace('T', ' ').replace('Z', '')
}

/**
 * Epoch milliseconds of either form above, both read as UTC; NaN when it is neither.
 * @param {string} text
 */
export function parseTime(text) {
  const spaced = /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/.test(text)
  return Date.parse(spaced ? `${text.replace(' ', 'T')}Z` : text)
}

const LOWER_ALNUM = 'abcdefghijklmnopqrstuvwxyz0123456789'
const MIXED_ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'

/**
 * @param {number} length
 * @param {string} [alphabet]
 */
export function randomString(length, alphabet = LOWER_ALNUM) {
  const bytes = randomBytes(length)
  let out = ''
  for (let i = 0; i < length; i++) out += alphabet[bytes[i] % alphabet.length]
  return out
}

/** @param {number} length */
export function randomMixed(length) {
  return randomString(length, MIXED_ALNUM)
}

/** An error answered with the service's JSON error body. */
export class ApiError extends Error {
  /**
   * @param {number} status HTTP status
   * @param {string} code e.g. `InvalidParams`
   * @param {string} message
   */
  constructor(status, code, message) {
    super(message)
    this.status = status
    this.code = code
    /** @type {string | undefined} */
    this.why = undefined
  }
}

/**
 * `InvalidParams` naming the parameter, in the API reference's words. `why` is not sent (the
 * service's documented text has no reason); it stays on the error for whoever debugs a test.
 * @param {string} name
 * @param {string} why
 */
export function invalidParams(name, why) {
  const err = new ApiError(400, 'InvalidParams', `The specified parameter ${name} is invalid.`)
  err.why = why
  return err
}

/**
 * POP error body: `{ RequestId, HostId, Code, Message, Recommend }`.
 * @param {string} requestId
 * @param {string} hostId
 * @param {string} code
 * @param {string} message
 */
export function errorBody(requestId, hostId, code, message) {
  return {
    RequestId: requestId,
    HostId: hostId,
    Code: code,
    Message: message,
    Recommend: `https://api.aliyun.com/troubleshoot?q=${encodeURIComponent(code)}&requestId=${requestId}`
  }
}

/**
 * A flat XML document, as the services send error bodies in XML: each field one element,
 * values other than plain tokens (Message, Recommend) in CDATA sections.
 * @param {string} root
 * @param {Record<string, string>} fields
 */
export function xmlDocument(root, fields) {
  const element = ([name, value]) => {
    const text = String(value)
    const body = !/^[\w.:-]*$/.test(text)
      ? `<![CDATA[${text.replaceAll(']]>', ']]]]><![CDATA[>')}]]>`
      : text
    return `  <${name}>${body}</${name}>\n`
  }
  const elements = Object.entries(fields).map(element).join('')
  return `<?xml version="1.0" encoding="UTF-8"?>\n<${root}>\n${elements}</${root}>\n`
}

/**
 * Deep copy of plain JSON data.
 * @template T
 * @param {T} value
 * @returns {T}
 */
export function jsonCopy(value) {
  return value === undefined ? value : JSON.parse(JSON.stringify(value))
}

// Signature verification for the two Alibaba Cloud POP signing schemes, written from their
// published descriptions (Alibaba Cloud API reference: "Request syntax and signature method
// V3" for ACS3-HMAC-SHA256, and the RPC-style "Signature method" for HMAC-SHA1).
// Deliberately independent of @alicloud/* code: a test server that reused the client's own
// signing functions would prove nothing.
import { createHash, createHmac, timingSafeEqual } from 'node:crypto'

/**
 * RFC 3986 percent-encoding: only A-Z a-z 0-9 - _ . ~ stay as they are.
 * @param {string} value
 * @returns {string}
 */
export function percentEncode(value) {
  return encodeURIComponent(value).replace(
    /[!'()*]/g,
    c => '%' + c.charCodeAt(0).toString(16).toUpperCase()
  )
}

/**
 * Decodes one application/x-www-form-urlencoded component ('+' is a space). Malformed
 * escapes are kept as they are (the signature check will then fail, as it should).
 * @param {string} value
 * @returns {string}
 */
function decodeComponent(value) {
  const spaced = value.replace(/\+/g, ' ')
  try {
    return decodeURIComponent(spaced)
  } catch {
    return spaced
  }
}

/**
 * Parses a raw query string or form body into decoded [key, value] pairs, keeping order and
 * duplicates. A key without '=' has the empty value.
 * @param {string} raw
 * @returns {Array<[string, string]>}
 */
export function parseUrlEncoded(raw) {
  /** @type {Array<[string, string]>} */
  const pairs = []
  if (!raw) return pairs
  for (const part of raw.split('&')) {
    if (part === '') continue
    const eq = part.indexOf('=')
    const key = eq === -1 ? part : part.slice(0, eq)
    const value = eq === -1 ? '' : part.slice(eq + 1)
    pairs.push([decodeComponent(key), decodeComponent(value)])
  }
  return pairs
}

/**
 * Sorted, RFC 3986 re-encoded `k=v&k=v` form of decoded pairs.
 * @param {Array<[string, string]>} pairs
 * @returns {string}
 */
export function canonicalQueryString(pairs) {
  return pairs
    .map(([k, v]) => [percentEncode(k), percentEncode(v)])
    .sort((a, b) => compare(a[0], b[0]) || compare(a[1], b[1]))
    .map(([k, v]) => `${k}=${v}`)
    .join('&')
}

/**
 * @param {string} a
 * @param {string} b
 */
function compare(a, b) {
  return a < b ? -1 : a > b ? 1 : 0
}

/**
 * @param {string | Buffer} data
 * @returns {string} lower-case hex SHA-256
 */
export function sha256Hex(data) {
  return createHash('sha256').update(data).digest('hex')
}

/**
 * Constant-time comparison of two strings.
 * @param {string} a
 * @param {string} b
 */
export function safeEqual(a, b) {
  const ba = Buffer.from(a)
  const bb = Buffer.from(b)
  return ba.length === bb.length && timingSafeEqual(ba, bb)
}

/**
 * Parses `ACS3-HMAC-SHA256 Credential=<id>,SignedHeaders=<a;b>,Signature=<hex>`.
 * @param {string} header
 * @returns {{ algorithm: string, credential?: string, signedHeaders?: string[], signature?: string }}
 */
export function parseAcs3Authorization(header) {
  const trimmed = header.trim()
  const space = trimmed.indexOf(' ')
  const algorithm = space === -1 ? trimmed : trimmed.slice(0, space)
  /** @type {Record<string, string>} */
  const fields = {}
  if (space !== -1) {
    for (const part of trimmed.slice(space + 1).split(',')) {
      const eq = part.indexOf('=')
      if (eq === -1) continue
      fields[part.slice(0, eq).trim()] = part.slice(eq + 1).trim()
    }
  }
  return {
    algorithm,
    credential: fields.Credential || undefined,
    signedHeaders: fields.SignedHeaders
      ? fields.SignedHeaders.split(';').map(h => h.trim().toLowerCase())
      : undefined,
    signature: fields.Signature || undefined
  }
}

/**
 * Builds the ACS3 canonical request.
 * @param {{ method: string, path: string, queryPairs: Array<[string, string]>,
 *   headers: Record<string, string[] | undefined>, signedHeaders: string[], payloadHash: string }} input
 *   headers are lower-case names mapped to every value received (Node's headersDistinct)
 * @returns {string}
 */
export function acs3CanonicalRequest(input) {
  const names = [...input.signedHeaders].sort(compare)
  const canonicalHeaders = names
    .map(name => {
      const values = (input.headers[name] || []).map(v => v.trim()).sort(compare)
      return `${name}:${values.join(',')}\n`
    })
    .join('')
  return [
    input.method,
    input.path,
    canonicalQueryString(input.queryPairs),
    canonicalHeaders,
    names.join(';'),
    input.payloadHash
  ].join('\n')
}

/**
 * Expected ACS3-HMAC-SHA256 signature (lower-case hex) of a canonical request.
 * @param {string} canonicalRequest
 * @param {string} secret
 */
export function acs3Signature(canonicalRequest, secret) {
  const stringToSign = `ACS3-HMAC-SHA256\n${sha256Hex(canonicalRequest)}`
  return createHmac('sha256', secret).update(stringToSign).digest('hex')
}

/**
 * Expected RPC v1 (HMAC-SHA1) signature of decoded parameter pairs. The pair named
 * `Signature` is left out.
 * @param {string} method
 * @param {Array<[string, string]>} pairs
 * @param {string} secret
 */
export function rpcV1Signature(method, pairs, secret) {
  const canonical = canonicalQueryString(pairs.filter(([k]) => k !== 'Signature'))
  const stringToSign = `${method.toUpperCase()}&${percentEncode('/')}&${percentEncode(canonical)}`
  return createHmac('sha1', `${secret}&`).update(stringToSign).digest('base64')
}

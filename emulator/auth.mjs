// Authentication of E-HPC requests: AccessKey lookup (static keys and STS temporary keys with
// their security token), timestamp window, signature (ACS3-HMAC-SHA256 or RPC v1 HMAC-SHA1)
// and nonce replay. Returns what the request log may record; never a secret.
import { ApiError } from './responses.mjs'
import {
  acs3CanonicalRequest,
  acs3Signature,
  parseAcs3Authorization,
  rpcV1Signature,
  safeEqual,
  sha256Hex
} from './signatures.mjs'

/** Allowed distance between the request's timestamp and the emulator's clock. */
export const MAX_CLOCK_SKEW_MS = 15 * 60 * 1000

/** Remembers (AccessKeyId, nonce) pairs for a bounded time so that replays are refused. */
export class NonceStore {
  constructor() {
    /** @type {Map<string, number>} key -> forget-after epoch ms */
    this.seen = new Map()
    this.insertsSincePrune = 0
  }

  clear() {
    this.seen.clear()
  }

  /**
   * @param {string} accessKeyId
   * @param {string} nonce
   * @param {number} nowMs
   * @returns {boolean} true when the nonce was already used
   */
  use(accessKeyId, nonce, nowMs) {
    const key = `${accessKeyId}\n${nonce}`
    const until = this.seen.get(key)
    if (until !== undefined && until > nowMs) return true
    this.seen.set(key, nowMs + 2 * MAX_CLOCK_SKEW_MS)
    if (++this.insertsSincePrune >= 1000) {
      this.insertsSincePrune = 0
      for (const [k, t] of this.seen) if (t <= nowMs) this.seen.delete(k)
    }
    return false
  }
}

/**
 * @typedef {object} AuthInput
 * @property {string} method
 * @property {string} path raw path, without the query
 * @property {Array<[string, string]>} queryPairs decoded query pairs
 * @property {Array<[string, string]>} formPairs decoded x-www-form-urlencoded body pairs
 * @property {Record<string, string[] | undefined>} headers lower-case names -> every value
 * @property {Buffer} body raw body
 * @property {number} now epoch ms
 * @property {Map<string, string>} accessKeys static AccessKeyId -> secret
 * @property {import('./sts.mjs').TemporaryCredentialStore} credentials
 * @property {NonceStore} nonces
 *
 * @typedef {object} AuthResult
 * @property {'ACS3' | 'RPCv1' | 'none'} auth
 * @property {string} [accessKeyId]
 * @property {boolean} securityToken whether a security token was presented
 * @property {ApiError} [error] set when the request is refused
 */

/**
 * @param {string} name
 */
function missing(name) {
  return new ApiError(
    400,
    'MissingParameter',
    `The input parameter "${name}" that is mandatory for processing this request is not supplied.`
  )
}

function incomplete(/** @type {string} */ why) {
  return new ApiError(
    400,
    'IncompleteSignature',
    `The request signature does not conform to Aliyun standards: ${why}`
  )
}

function signatureMismatch() {
  return new ApiError(
    403,
    'SignatureDoesNotMatch',
    'The request signature we calculated does not match the signature you provided. Check your key and signing method.'
  )
}

/**
 * @param {string} value
 * @param {string} name
 * @param {number} now
 */
function checkTimestamp(value, name, now) {
  const ms = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/.test(value) ? Date.parse(value) : NaN
  if (Number.isNaN(ms)) {
    throw new ApiError(
      400,
      'InvalidTimeStamp.Format',
      `The ${name} must be ISO 8601 UTC (yyyy-MM-ddTHH:mm:ssZ).`
    )
  }
  if (Math.abs(now - ms) > MAX_CLOCK_SKEW_MS) {
    throw new ApiError(
      400,
      'InvalidTimeStamp.Expired',
      `Specified time stamp or date value is expired: ${name} is more than 15 minutes away from the server time.`
    )
  }
}

/**
 * Resolves the secret for an AccessKeyId, enforcing the STS security-token rules.
 * @param {AuthInput} input
 * @param {string} accessKeyId
 * @param {string | undefined} token
 */
function secretFor(input, accessKeyId, token) {
  if (accessKeyId.startsWith('STS.')) {
    const credential = input.credentials.get(accessKeyId)
    if (!credential) {
      throw new ApiError(404, 'InvalidAccessKeyId.NotFound', 'Specified access key is not found.')
    }
    if (!token) {
      throw new ApiError(
        403,
        'InvalidSecurityToken.Mismatch',
        'A temporary (STS.) AccessKey needs its security token; none was sent.'
      )
    }
    if (!safeEqual(token, credential.securityToken)) {
      throw new ApiError(
        403,
        'InvalidSecurityToken.Mismatch',
        'The security token does not belong to this temporary AccessKey.'
      )
    }
    if (input.now >= credential.expiresAtMs) {
      throw new ApiError(403, 'InvalidSecurityToken.Expired', 'The security token has expired.')
    }
    return credential.accessKeySecret
  }
  const secret = input.accessKeys.get(accessKeyId)
  if (secret === undefined) {
    throw new ApiError(404, 'InvalidAccessKeyId.NotFound', 'Specified access key is not found.')
  }
  if (token) {
    throw new ApiError(
      400,
      'InvalidSecurityToken.Malformed',
      'A security token was sent with a permanent AccessKey.'
    )
  }
  return secret
}

/**
 * @param {AuthInput} input
 * @param {AuthResult} result
 */
function verifyAcs3(input, result) {
  const one = (/** @type {string} */ name) => input.headers[name]?.[0]
  const parsed = parseAcs3Authorization(one('authorization') ?? '')
  if (parsed.algorithm !== 'ACS3-HMAC-SHA256') {
    throw incomplete(`unsupported algorithm ${parsed.algorithm}; only ACS3-HMAC-SHA256 is accepted`)
  }
  if (!parsed.credential || !parsed.signedHeaders || !parsed.signature) {
    throw incomplete('Authorization needs Credential, SignedHeaders and Signature')
  }
  result.accessKeyId = parsed.credential
  const token = one('x-acs-security-token') ?? pairValue(input.queryPairs, 'SecurityToken')
  result.securityToken = Boolean(token)
  const secret = secretFor(input, parsed.credential, token)
  const date = one('x-acs-date')
  if (!date) throw missing('x-acs-date')
  checkTimestamp(date, 'x-acs-date', input.now)
  const nonce = one('x-acs-signature-nonce')
  if (!nonce) throw missing('x-acs-signature-nonce')
  const mustSign = Object.keys(input.headers).filter(h => h === 'host' || h.startsWith('x-acs-'))
  for (const name of mustSign) {
    if (!parsed.signedHeaders.includes(name)) throw incomplete(`header ${name} must be signed`)
  }
  for (const name of parsed.signedHeaders) {
    if (!input.headers[name]) throw incomplete(`signed header ${name} is not in the request`)
  }
  const bodyHash = sha256Hex(input.body)
  const claimed = one('x-acs-content-sha256')
  if (claimed !== undefined && claimed !== bodyHash) throw signatureMismatch()
  const canonical = acs3CanonicalRequest({
    method: input.method,
    path: input.path,
    queryPairs: input.queryPairs,
    headers: input.headers,
    signedHeaders: parsed.signedHeaders,
    payloadHash: bodyHash
  })
  if (!safeEqual(parsed.signature.toLowerCase(), acs3Signature(canonical, secret))) {
    throw signatureMismatch()
  }
  if (input.nonces.use(parsed.credential, nonce, input.now)) throw nonceUsed()
}

/**
 * @param {AuthInput} input
 * @param {AuthResult} result
 */
function verifyRpcV1(input, result) {
  const pairs = [...input.queryPairs, ...input.formPairs]
  const get = (/** @type {string} */ name) => pairValue(pairs, name)
  const accessKeyId = get('AccessKeyId')
  if (accessKeyId) result.accessKeyId = accessKeyId
  const token = get('SecurityToken')
  result.securityToken = Boolean(token)
  for (const name of [
    'AccessKeyId',
    'Signature',
    'SignatureMethod',
    'SignatureNonce',
    'Timestamp'
  ]) {
    if (!get(name)) throw missing(name)
  }
  if (get('SignatureMethod') !== 'HMAC-SHA1') {
    throw incomplete(`SignatureMethod ${get('SignatureMethod')} is not supported; use HMAC-SHA1`)
  }
  const version = get('SignatureVersion')
  if (version !== undefined && version !== '1.0') {
    throw incomplete(`SignatureVersion ${version} is not supported; use 1.0`)
  }
  const secret = secretFor(input, /** @type {string} */ (accessKeyId), token)
  checkTimestamp(/** @type {string} */ (get('Timestamp')), 'Timestamp', input.now)
  const expected = rpcV1Signature(input.method, pairs, secret)
  if (!safeEqual(/** @type {string} */ (get('Signature')), expected)) throw signatureMismatch()
  if (
    input.nonces.use(
      /** @type {string} */ (accessKeyId),
      /** @type {string} */ (get('SignatureNonce')),
      input.now
    )
  ) {
    throw nonceUsed()
  }
}

function nonceUsed() {
  return new ApiError(400, 'SignatureNonceUsed', 'Specified signature nonce was used already.')
}

/**
 * Last value of a parameter among decoded pairs.
 * @param {Array<[string, string]>} pairs
 * @param {string} name
 */
function pairValue(pairs, name) {
  let value
  for (const [k, v] of pairs) if (k === name) value = v
  return value
}

/**
 * Authenticates one E-HPC request.
 * @param {AuthInput} input
 * @returns {AuthResult}
 */
export function authenticate(input) {
  /** @type {AuthResult} */
  const result = { auth: 'none', securityToken: false }
  try {
    if (input.headers.authorization) {
      result.auth = 'ACS3'
      verifyAcs3(input, result)
    } else if (
      pairValue(input.queryPairs, 'Signature') !== undefined ||
      pairValue(input.formPairs, 'Signature') !== undefined ||
      pairValue(input.queryPairs, 'AccessKeyId') !== undefined
    ) {
      result.auth = 'RPCv1'
      verifyRpcV1(input, result)
    } else {
      throw missing('AccessKeyId')
    }
  } catch (err) {
    if (!(err instanceof ApiError)) throw err
    result.error = err
  }
  return result
}

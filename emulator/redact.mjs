// Keeps secrets out of the emulator's request log: protocol/auth parameters are dropped,
// secret-looking names are masked (also inside JSON-valued parameters such as
// ContainerImageSpec.RegistryCredential.Password), and any known secret value is masked
// wherever it appears.

export const REDACTED = '[REDACTED]'

/** Parameters that carry the signing protocol, not the operation: never logged. */
const PROTOCOL_PARAMS = new Set([
  'Action',
  'Version',
  'Format',
  'AccessKeyId',
  'Signature',
  'SignatureMethod',
  'SignatureVersion',
  'SignatureNonce',
  'SignatureType',
  'Timestamp',
  'SecurityToken',
  'BearerToken'
])

const SECRET_NAME = /password|secret|token|signature|credential/i

/**
 * @param {unknown} value
 * @returns {unknown}
 */
function redactJson(value) {
  if (Array.isArray(value)) return value.map(redactJson)
  if (typeof value === 'object' && value !== null) {
    /** @type {Record<string, unknown>} */
    const out = {}
    for (const [k, v] of Object.entries(value)) {
      out[k] =
        /password|secret|token/i.test(k) && (typeof v === 'string' || typeof v === 'number')
          ? REDACTED
          : redactJson(v)
    }
    return out
  }
  return value
}

/**
 * @param {string} text
 * @param {Iterable<string>} secrets
 */
function maskKnown(text, secrets) {
  let out = text
  for (const secret of secrets) {
    if (secret && secret.length >= 6 && out.includes(secret)) out = out.split(secret).join(REDACTED)
  }
  return out
}

/**
 * The loggable view of an operation's parameters.
 * @param {Record<string, string>} params decoded parameters
 * @param {Iterable<string>} knownSecrets values that must never appear
 * @returns {Record<string, string>}
 */
export function redactParams(params, knownSecrets) {
  const secrets = [...knownSecrets]
  /** @type {Record<string, string>} */
  const out = {}
  for (const [key, value] of Object.entries(params)) {
    if (PROTOCOL_PARAMS.has(key)) continue
    if (SECRET_NAME.test(key)) {
      out[key] = REDACTED
      continue
    }
    let logged = value
    const trimmed = value.trim()
    if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
      try {
        logged = JSON.stringify(redactJson(JSON.parse(trimmed)))
      } catch {
        if (/password|secret|token/i.test(value)) logged = REDACTED
      }
    }
    out[key] = maskKnown(logged, secrets)
  }
  return out
}

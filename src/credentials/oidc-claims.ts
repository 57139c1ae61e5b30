/**
 * The claims of an OIDC token that decide whether a RAM role's trust policy lets it in. Read
 * from the token's payload without verifying it (STS does that): only to explain a refusal.
 */
export interface TrustClaims {
  sub?: string
  aud?: string
  iss?: string
  repository_id?: string
  repository_owner_id?: string
}

const SHOWN = ['sub', 'aud', 'iss', 'repository_id', 'repository_owner_id'] as const
const MAX_TOKEN_LENGTH = 64 * 1024

/** The payload's trust claims, or undefined when `token` is not a JWT with a JSON payload. */
export function readTrustClaims(token: string): TrustClaims | undefined {
  if (token.length > MAX_TOKEN_LENGTH) return undefined
  const parts = token.trim().split('.')
  if (parts.length !== 3 || !/^[A-Za-z0-9_-]+$/.test(parts[1])) return undefined
  let payload: unknown
  try {
    payload = JSON.parse(Buffer.from(parts[1], 'base64url').toString('utf8'))
  } catch {
    return undefined
  }
  if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) return undefined
  const claims: TrustClaims = {}
  for (const name of SHOWN) {
    const value = claimText((payload as Record<string, unknown>)[name])
    if (value !== undefined) claims[name] = value
  }
  return claims
}

function claimText(value: unknown): string | undefined {
  if (typeof value === 'string') return value
  if (typeof value === 'number') return String(value)
  if (Array.isArray(value) && value.every(v => typeof v === 'string')) return value.join(', ')
  return undefined
}

/**
 * `The token's claims: sub "…", aud "…", …` for an STS refusal; names the claims the trust
 * policy's conditions are matched against (oidc:sub, oidc:aud, oidc:iss).
 */
export function describeTrustClaims(claims: TrustClaims | undefined, origin: string): string {
  if (!claims) return `${origin} is not a JWT whose claims could be read.`
  const shown = SHOWN.filter(name => claims[name] !== undefined).map(
    name => `${name} ${JSON.stringify(claims[name])}`
  )
  if (shown.length === 0) return `${origin} has none of the claims sub, aud, iss.`
  return `${origin} has ${shown.join(', ')}.`
}

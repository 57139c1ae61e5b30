// GitHub Actions OIDC ID tokens: issued by the emulator's `/_github/idtoken` endpoint and
// verified by its STS. They look like GitHub's (RS256 header, GitHub claims) but are signed
// with HMAC-SHA256 under a per-emulator random key: only this emulator can verify them.
import { createHmac, randomBytes, randomUUID } from 'node:crypto'
import { randomString } from './responses.mjs'
import { safeEqual } from './signatures.mjs'

export const GITHUB_ISSUER = 'https://token.actions.githubusercontent.com'

/** @param {string | Buffer} data */
function b64url(data) {
  return Buffer.from(data).toString('base64url')
}

/**
 * @param {string} part
 * @returns {Record<string, unknown> | undefined}
 */
function decodeJsonPart(part) {
  if (!/^[A-Za-z0-9_-]+$/.test(part)) return undefined
  try {
    const value = JSON.parse(Buffer.from(part, 'base64url').toString('utf8'))
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? value : undefined
  } catch {
    return undefined
  }
}

/**
 * @typedef {{ requestToken: string, repository: string, ref: string, ttlSeconds: number,
 *   sub?: string, repositoryId?: string, repositoryOwnerId?: string, issuer?: string }} GithubConfig
 * @typedef {{ audience: string, sub?: string, expiresInSeconds?: number, issuer?: string }} IssueOptions
 * @typedef {{ ok: true, payload: Record<string, unknown> }
 *   | { ok: false, reason: 'Invalid' | 'InvalidSignature' | 'Expired', message: string }} VerifyResult
 */

export class IdTokenIssuer {
  /**
   * @param {GithubConfig} config
   * @param {() => number} now epoch ms
   */
  constructor(config, now) {
    this.config = config
    this.now = now
    this.key = randomBytes(32)
    this.kid = randomString(40, '0123456789ABCDEF')
  }

  /** GitHub's default audience when none is requested: the repository owner's URL. */
  defaultAudience() {
    return `https://github.com/${this.config.repository.split('/')[0]}`
  }

  /**
   * @param {string} signingInput `header.payload`
   */
  sign(signingInput) {
    return createHmac('sha256', this.key).update(signingInput).digest('base64url')
  }

  /**
   * @param {IssueOptions} options
   * @returns {string} a compact JWT
   */
  issue(options) {
    const { repository, ref, ttlSeconds, repositoryId, repositoryOwnerId } = this.config
    const nowS = Math.floor(this.now() / 1000)
    const lifetime = options.expiresInSeconds ?? ttlSeconds
    const exp = nowS + lifetime
    const iat = lifetime > 0 ? nowS : exp - ttlSeconds
    const header = { alg: 'RS256', typ: 'JWT', kid: this.kid, x5t: this.kid.slice(0, 27) }
    const payload = {
      jti: randomUUID(),
      sub: options.sub ?? this.config.sub ?? `repo:${repository}:ref:${ref}`,
      aud: options.audience,
      ref,
      ref_type: ref.startsWith('refs/tags/') ? 'tag' : 'branch',
      repository,
      repository_owner: repository.split('/')[0],
      // GitHub sends the ids as strings.
      ...(repositoryId === undefined ? {} : { repository_id: repositoryId }),
      ...(repositoryOwnerId === undefined ? {} : { repository_owner_id: repositoryOwnerId }),
      event_name: 'push',
      workflow: 'release',
      actor: 'octocat',
      run_id: '1000000001',
      iss: options.issuer ?? this.config.issuer ?? GITHUB_ISSUER,
      nbf: iat,
      iat,
      exp
    }
    const signingInput = `${b64url(JSON.stringify(header))}.${b64url(JSON.stringify(payload))}`
    return `${signingInput}.${this.sign(signingInput)}`
  }

  /**
   * @param {string | undefined} token
   * @returns {VerifyResult}
   */
  verify(token) {
    const parts = typeof token === 'string' ? token.trim().split('.') : []
    const header = parts.length === 3 ? decodeJsonPart(parts[0]) : undefined
    const payload = parts.length === 3 ? decodeJsonPart(parts[1]) : undefined
    if (!header || !payload || !/^[A-Za-z0-9_-]+$/.test(parts[2])) {
      return { ok: false, reason: 'Invalid', message: 'The OIDC token is not a well-formed JWT.' }
    }
    if (!safeEqual(parts[2], this.sign(`${parts[0]}.${parts[1]}`))) {
      return {
        ok: false,
        reason: 'InvalidSignature',
        message: 'The signature of the OIDC token cannot be verified with the provider keys.'
      }
    }
    const { exp, nbf, iss, sub, aud } = payload
    if (typeof exp !== 'number' || typeof iss !== 'string' || typeof sub !== 'string') {
      return { ok: false, reason: 'Invalid', message: 'The OIDC token lacks exp, iss or sub.' }
    }
    if (typeof aud !== 'string' && !Array.isArray(aud)) {
      return { ok: false, reason: 'Invalid', message: 'The OIDC token lacks aud.' }
    }
    const nowS = this.now() / 1000
    if (exp <= nowS) return { ok: false, reason: 'Expired', message: 'The OIDC token has expired.' }
    if (typeof nbf === 'number' && nbf > nowS + 60) {
      return { ok: false, reason: 'Invalid', message: 'The OIDC token is not valid yet (nbf).' }
    }
    return { ok: true, payload }
  }
}

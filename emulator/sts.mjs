// STS AssumeRoleWithOIDC (API 2015-04-01): trades an OIDC ID token issued by this emulator's
// GitHub endpoint for temporary credentials (`STS.` key, secret, security token) that the
// E-HPC side then accepts until they expire.
import { randomBytes } from 'node:crypto'
import { ApiError, isoSeconds, randomMixed, randomString } from './responses.mjs'

export const STS_VERSION = '2015-04-01'
export const STS_ACTION = 'AssumeRoleWithOIDC'

/**
 * @typedef {{ arn: string, issuer: string, clientIds: string[] }} OidcProvider
 * @typedef {{ arn: string, providerArn: string, subjectPatterns: string[], maxSessionDuration: number }} OidcRole
 * @typedef {{ accessKeyId: string, accessKeySecret: string, securityToken: string,
 *   expiresAtMs: number, roleArn: string, roleSessionName: string }} TemporaryCredential
 * @typedef {{ issuer: import('./github.mjs').IdTokenIssuer, providers: OidcProvider[],
 *   roles: OidcRole[], credentials: TemporaryCredentialStore, now: () => number }} StsContext
 */

export class TemporaryCredentialStore {
  constructor() {
    /** @type {Map<string, TemporaryCredential>} */
    this.byId = new Map()
  }

  clear() {
    this.byId.clear()
  }

  /**
   * @param {string} roleArn
   * @param {string} roleSessionName
   * @param {number} expiresAtMs
   * @returns {TemporaryCredential}
   */
  issue(roleArn, roleSessionName, expiresAtMs) {
    const credential = {
      accessKeyId: `STS.${randomMixed(28)}`,
      accessKeySecret: randomMixed(44),
      // Real tokens are long base64 strings: the '+', '/' and '=' in them exercise the
      // client's query encoding when the token travels as the RPC v1 SecurityToken parameter.
      securityToken: `CAIS${randomBytes(240).toString('base64')}`,
      expiresAtMs,
      roleArn,
      roleSessionName
    }
    this.byId.set(credential.accessKeyId, credential)
    return credential
  }

  /** @param {string} accessKeyId */
  get(accessKeyId) {
    return this.byId.get(accessKeyId)
  }

  /**
   * Makes issued credentials expire now (all of them, or one).
   * @param {number} nowMs
   * @param {string} [accessKeyId]
   */
  expire(nowMs, accessKeyId) {
    for (const credential of this.byId.values()) {
      if (!accessKeyId || credential.accessKeyId === accessKeyId) credential.expiresAtMs = nowMs - 1
    }
  }
}

/**
 * Glob with `*` (any run of characters) and `?` (one character), anchored at both ends.
 * @param {string} pattern
 * @param {string} value
 */
export function globMatch(pattern, value) {
  const source = pattern
    .split('')
    .map(c => (c === '*' ? '.*' : c === '?' ? '.' : c.replace(/[.+^${}()|[\]\\/-]/g, '\\$&')))
    .join('')
  return new RegExp(`^${source}$`, 's').test(value)
}

/**
 * `stsWire: 'official'`: the request must have what both official clients agree on:
 * `Action` and `Version` in the query (@alicloud/credentials 2.4.7 adds `Format=JSON` and
 * `Timestamp` there and sends the parameters as a form body; @alicloud/sts20150401 puts them
 * all in the query), and a body, if any, sent with a Content-Length, not chunked. Whether the
 * real STS takes another form is not known; `stsWire: 'any'` takes any mix of query, form
 * body and x-acs-* headers.
 * @param {{ queryPairs: Array<[string, string]>, headers: import('node:http').IncomingHttpHeaders,
 *   hasBody: boolean }} wire
 */
export function checkOfficialStsWire({ queryPairs, headers, hasBody }) {
  const query = new Map(queryPairs)
  for (const name of ['Action', 'Version']) {
    if (!query.get(name)) {
      throw new ApiError(
        400,
        'MissingParameter',
        `The input parameter "${name}" that is mandatory for processing this request is not supplied (in the query).`
      )
    }
  }
  const chunked = /chunked/i.test(String(headers['transfer-encoding'] ?? ''))
  if (hasBody && (chunked || headers['content-length'] === undefined)) {
    throw new ApiError(
      400,
      'InvalidParameter',
      'The form body must be sent with a Content-Length, not chunked.'
    )
  }
}

/**
 * @param {Record<string, string>} p
 * @param {string} name
 */
function required(p, name) {
  const value = p[name]
  if (!value) {
    throw new ApiError(
      400,
      'MissingParameter',
      `The input parameter "${name}" that is mandatory for processing this request is not supplied.`
    )
  }
  return value
}

/**
 * @param {Record<string, string>} p decoded query + form parameters
 * @param {StsContext} ctx
 * @returns {Record<string, unknown>} response body without RequestId
 */
export function assumeRoleWithOidc(p, ctx) {
  const roleArn = required(p, 'RoleArn')
  const providerArn = required(p, 'OIDCProviderArn')
  const sessionName = p.RoleSessionName ?? ''
  if (!/^[A-Za-z0-9.@_-]{2,64}$/.test(sessionName)) {
    throw new ApiError(
      400,
      'InvalidParameter.RoleSessionName',
      'The parameter RoleSessionName must be 2 to 64 characters of [A-Za-z0-9.@_-].'
    )
  }
  if (!p.OIDCToken) {
    throw new ApiError(401, 'AuthenticationFail.OIDCToken.Invalid', 'The OIDC token is missing.')
  }
  const verified = ctx.issuer.verify(p.OIDCToken)
  if (!verified.ok) {
    throw new ApiError(401, `AuthenticationFail.OIDCToken.${verified.reason}`, verified.message)
  }
  const claims = verified.payload
  const provider = ctx.providers.find(x => x.arn === providerArn)
  if (!provider) {
    throw new ApiError(401, 'AuthenticationFail.NoPermission', 'No such OIDC Provider registered.')
  }
  if (claims.iss !== provider.issuer) {
    throw new ApiError(
      401,
      'AuthenticationFail.OIDCToken.IssuerNotMatch',
      `The issuer of the OIDC token does not match the provider's issuer ${provider.issuer}.`
    )
  }
  const audiences = Array.isArray(claims.aud) ? claims.aud : [claims.aud]
  if (!audiences.some(a => provider.clientIds.includes(String(a)))) {
    throw new ApiError(
      401,
      'AuthenticationFail.OIDCToken.AudienceNotMatch',
      `The audience of the OIDC token is not a client id of the provider (${provider.clientIds.join(', ')}).`
    )
  }
  const role = ctx.roles.find(r => r.arn === roleArn)
  if (!role) throw new ApiError(404, 'EntityNotExist.Role', `The role ${roleArn} does not exist.`)
  const subject = String(claims.sub)
  if (role.providerArn !== provider.arn || !role.subjectPatterns.some(g => globMatch(g, subject))) {
    throw new ApiError(401, 'AuthenticationFail.NoPermission', 'There is no permission')
  }
  const rawDuration = p.DurationSeconds
  const duration =
    rawDuration === undefined || rawDuration === ''
      ? Math.min(3600, role.maxSessionDuration)
      : /^\d+$/.test(rawDuration)
        ? Number(rawDuration)
        : NaN
  if (!(duration >= 900 && duration <= role.maxSessionDuration)) {
    throw new ApiError(
      400,
      'InvalidParameter.DurationSeconds',
      `The parameter DurationSeconds must be between 900 and ${role.maxSessionDuration} (the role's maximum session duration).`
    )
  }
  const now = ctx.now()
  const credential = ctx.credentials.issue(roleArn, sessionName, now + duration * 1000)
  const roleName = roleArn.split(':role/')[1] ?? roleArn
  const account = roleArn.split(':')[3] ?? ''
  return {
    Credentials: {
      AccessKeyId: credential.accessKeyId,
      AccessKeySecret: credential.accessKeySecret,
      SecurityToken: credential.securityToken,
      Expiration: isoSeconds(credential.expiresAtMs)
    },
    AssumedRoleUser: {
      Arn: `acs:ram::${account}:assumed-role/${roleName}/${sessionName}`,
      AssumedRoleId: `3${randomString(17, '0123456789')}:${sessionName}`
    },
    OIDCTokenInfo: {
      Subject: subject,
      Issuer: String(claims.iss),
      ClientIds: audiences.join(','),
      IssuanceTime: typeof claims.iat === 'number' ? isoSeconds(claims.iat * 1000) : undefined,
      ExpirationTime: isoSeconds(Number(claims.exp) * 1000)
    }
  }
}

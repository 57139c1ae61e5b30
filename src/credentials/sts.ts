import { ApiError } from '../failures/errors.js'
import type { RpcCaller, StaticCredentials } from '../http/rpc-caller.js'

export const STS_VERSION = '2015-04-01'

export interface AssumeRoleWithOidcRequest {
  roleArn: string
  providerArn: string
  oidcToken: string
  sessionName: string
  durationSeconds: number
}

/** Trades an OIDC token for temporary credentials. One HTTP attempt. */
export async function assumeRoleWithOidc(
  call: RpcCaller,
  req: AssumeRoleWithOidcRequest
): Promise<StaticCredentials & { expiration?: string; requestId?: string }> {
  const { body, requestId } = await call({
    action: 'AssumeRoleWithOIDC',
    // As @alicloud/credentials (OIDCRoleArnCredentialsProvider) sends it: the action in the
    // query, the parameters in a form body; the token never in a URL that a proxy could log.
    query: {
      Version: STS_VERSION,
      Action: 'AssumeRoleWithOIDC',
      Format: 'JSON',
      Timestamp: isoSeconds(new Date())
    },
    form: {
      RoleArn: req.roleArn,
      OIDCProviderArn: req.providerArn,
      OIDCToken: req.oidcToken,
      RoleSessionName: req.sessionName,
      DurationSeconds: String(req.durationSeconds)
    }
  })
  const c = (body.Credentials ?? {}) as Record<string, unknown>
  const accessKeyId = typeof c.AccessKeyId === 'string' ? c.AccessKeyId : ''
  const accessKeySecret = typeof c.AccessKeySecret === 'string' ? c.AccessKeySecret : ''
  const securityToken = typeof c.SecurityToken === 'string' ? c.SecurityToken : ''
  if (!accessKeyId || !accessKeySecret || !securityToken) {
    throw new ApiError({
      service: 'sts',
      action: 'AssumeRoleWithOIDC',
      code: 'InvalidResponse',
      requestId,
      serverMessage: 'the answer has no complete Credentials',
      delivery: 'incomplete-answer'
    })
  }
  return {
    accessKeyId,
    accessKeySecret,
    securityToken,
    expiration: typeof c.Expiration === 'string' ? c.Expiration : undefined,
    requestId
  }
}

/** `2026-01-02T03:04:05Z`, the RPC Timestamp form. */
function isoSeconds(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z')
}

import { DEMO_OIDC, type Emulator } from '../../emulator/emulator.mjs'

export interface TemporaryCredentials {
  AccessKeyId: string
  AccessKeySecret: string
  SecurityToken: string
}

/** Trades an ID token at the emulator's STS, as a credentials action that ran earlier would. */
export async function stsCredentials(emu: Emulator): Promise<TemporaryCredentials> {
  // As @alicloud/credentials sends it: the action in the query, the parameters in the body.
  const stsQuery = new URLSearchParams({
    Action: 'AssumeRoleWithOIDC',
    Version: '2015-04-01',
    Format: 'JSON',
    Timestamp: new Date().toISOString().replace(/\.\d{3}Z$/, 'Z')
  })
  const token = emu.issueIdToken({ audience: DEMO_OIDC.audience })
  const res = await fetch(`${emu.url}/?${stsQuery}`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      RoleArn: DEMO_OIDC.roleArn,
      OIDCProviderArn: DEMO_OIDC.providerArn,
      OIDCToken: token,
      RoleSessionName: 'earlier-step',
      DurationSeconds: '900'
    }).toString()
  })
  expect(res.status).toBe(200)
  const body = (await res.json()) as { Credentials: TemporaryCredentials }
  return body.Credentials
}

import { resolveCredentials, MISSING_ID_TOKEN_PERMISSION } from '../src/credentials.js'
import { ActionError } from '../src/errors.js'
import type { OidcAuth } from '../src/config.js'

const oidc: OidcAuth = {
  kind: 'oidc',
  roleArn: 'acs:ram::1:role/r',
  providerArn: 'acs:ram::1:oidc-provider/p',
  audience: 'sts.aliyuncs.com',
  sessionName: 'github-actions-1',
  durationSeconds: 900,
  source: 'inputs'
}
const runnerEnv = {
  ACTIONS_ID_TOKEN_REQUEST_URL: 'http://x/token?api-version=2.0',
  ACTIONS_ID_TOKEN_REQUEST_TOKEN: 't'
}

describe('resolveCredentials', () => {
  it('without the id-token permission, says so and shows the YAML, before any call', async () => {
    let calls = 0
    const e = await resolveCredentials(oidc, {
      env: {},
      getIDToken: async () => `${calls++}`,
      assumeRole: async () => ({ accessKeyId: 'a', accessKeySecret: 'b' }),
      mask: () => undefined,
      log: () => undefined
    }).catch(x => x)
    expect(e).toBeInstanceOf(ActionError)
    expect(e.message).toBe(MISSING_ID_TOKEN_PERMISSION)
    expect(e.message).toContain('permissions:\n    id-token: write')
    expect(calls).toBe(0)
  })

  it('masks the ID token before STS sees it, and the temporary secrets as they arrive', async () => {
    const events: string[] = []
    const creds = await resolveCredentials(oidc, {
      env: runnerEnv,
      getIDToken: async aud => {
        events.push(`token for ${aud}`)
        return 'jwt-value'
      },
      assumeRole: async req => {
        events.push(`assume with ${req.oidcToken} as ${req.sessionName} for ${req.durationSeconds}`)
        return { accessKeyId: 'STS.id', accessKeySecret: 'tmp-secret', securityToken: 'tmp-token' }
      },
      mask: s => events.push(`mask ${s}`),
      log: () => undefined
    })
    expect(creds).toEqual({
      accessKeyId: 'STS.id',
      accessKeySecret: 'tmp-secret',
      securityToken: 'tmp-token'
    })
    expect(events).toEqual([
      'token for sts.aliyuncs.com',
      'mask jwt-value',
      'assume with jwt-value as github-actions-1 for 900',
      'mask tmp-secret',
      'mask tmp-token'
    ])
  })

  it('explains a failure to get the token', async () => {
    await expect(
      resolveCredentials(oidc, {
        env: runnerEnv,
        getIDToken: async () => {
          throw new Error('Failed to get ID Token. \n Error Code : 403')
        },
        assumeRole: async () => ({ accessKeyId: 'a', accessKeySecret: 'b' }),
        mask: () => undefined,
        log: () => undefined
      })
    ).rejects.toThrow(
      /Could not get a GitHub OIDC token for audience "sts.aliyuncs.com": Failed to get ID Token. Error Code : 403/
    )
  })
})

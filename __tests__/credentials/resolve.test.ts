import {
  resolveCredentials,
  MISSING_ID_TOKEN_PERMISSION,
  type CredentialDeps
} from '../../src/credentials/resolve.js'
import { ActionError, ApiError } from '../../src/failures/errors.js'
import type { OidcAuth } from '../../src/inputs/config.js'

/** Deps whose every call fails the test unless the case replaces it. */
const deps = (over: Partial<CredentialDeps>): CredentialDeps => ({
  env: {},
  getIDToken: async () => {
    throw new Error('unexpected getIDToken')
  },
  readTokenFile: async () => {
    throw new Error('unexpected readTokenFile')
  },
  assumeRole: async () => {
    throw new Error('unexpected assumeRole')
  },
  defaultChain: async () => {
    throw new Error('unexpected defaultChain')
  },
  mask: () => undefined,
  log: () => undefined,
  debug: () => undefined,
  ...over
})

const jwt = (payload: Record<string, unknown>) =>
  `${Buffer.from('{"alg":"RS256"}').toString('base64url')}.${Buffer.from(JSON.stringify(payload)).toString('base64url')}.c2ln`

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
    const e = await resolveCredentials(
      oidc,
      deps({
        getIDToken: async () => `${calls++}`,
        assumeRole: async () => ({ accessKeyId: 'a', accessKeySecret: 'b' })
      })
    ).catch(x => x)
    expect(e).toBeInstanceOf(ActionError)
    expect(e.message).toBe(MISSING_ID_TOKEN_PERMISSION)
    expect(e.message).toContain('permissions:\n    id-token: write')
    expect(calls).toBe(0)
  })

  it('masks the ID token before STS sees it, and the temporary secrets as they arrive', async () => {
    const events: string[] = []
    const creds = await resolveCredentials(
      oidc,
      deps({
        env: runnerEnv,
        getIDToken: async aud => {
          events.push(`token for ${aud}`)
          return 'jwt-value'
        },
        assumeRole: async req => {
          events.push(
            `assume with ${req.oidcToken} as ${req.sessionName} for ${req.durationSeconds}`
          )
          return {
            accessKeyId: 'STS.id',
            accessKeySecret: 'tmp-secret',
            securityToken: 'tmp-token'
          }
        },
        mask: s => events.push(`mask ${s}`)
      })
    )
    expect(creds).toEqual({
      accessKeyId: 'STS.id',
      accessKeySecret: 'tmp-secret',
      securityToken: 'tmp-token',
      secretFrom: expect.stringContaining('the temporary keys STS issued for')
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
      resolveCredentials(
        oidc,
        deps({
          env: runnerEnv,
          getIDToken: async () => {
            throw new Error('Failed to get ID Token. \n Error Code : 403')
          }
        })
      )
    ).rejects.toThrow(
      /Could not get a GitHub OIDC token for audience "sts.aliyuncs.com": Failed to get ID Token. Error Code : 403/
    )
  })

  const refusal = new ApiError({
    service: 'sts',
    action: 'AssumeRoleWithOIDC',
    code: 'AuthenticationFail.NoPermission',
    httpStatus: 401,
    requestId: 'R-1'
  })

  it("shows the token's own claims when STS refuses it, and the sub at debug level on success", async () => {
    const token = jwt({
      sub: 'repo:octo-org@1001/octo-repo@2002:environment:prod',
      aud: 'sts.aliyuncs.com',
      iss: 'https://ghes.example.com/_services/token',
      repository_id: '2002',
      repository_owner_id: '1001',
      ref: 'refs/heads/main'
    })
    const e = await resolveCredentials(
      oidc,
      deps({
        env: runnerEnv,
        getIDToken: async () => token,
        assumeRole: async () => Promise.reject(refusal)
      })
    ).catch(x => x)
    expect(e).toBeInstanceOf(ApiError)
    expect(e.hint).toBe(
      'The GitHub OIDC token has sub "repo:octo-org@1001/octo-repo@2002:environment:prod", aud "sts.aliyuncs.com", iss "https://ghes.example.com/_services/token", repository_id "2002", repository_owner_id "1001".'
    )
    expect(e.hint).not.toContain(token)

    const debug: string[] = []
    await resolveCredentials(
      oidc,
      deps({
        env: runnerEnv,
        getIDToken: async () => token,
        assumeRole: async () => ({
          accessKeyId: 'STS.a',
          accessKeySecret: 'b',
          securityToken: 'c'
        }),
        debug: m => debug.push(m)
      })
    )
    expect(debug).toEqual([
      expect.stringMatching(
        /^Credential source: a GitHub OIDC token, traded with STS AssumeRoleWithOIDC for acs:ram::/
      ),
      expect.stringMatching(
        /^The GitHub OIDC token has sub "repo:octo-org@1001\/octo-repo@2002:environment:prod"/
      )
    ])
  })

  it('a token that is not a JWT: the refusal says so and prints nothing of it', async () => {
    const e = await resolveCredentials(
      oidc,
      deps({
        env: runnerEnv,
        getIDToken: async () => 'not-a-jwt-at-all',
        assumeRole: async () => Promise.reject(refusal)
      })
    ).catch(x => x)
    expect(e.hint).toBe('The GitHub OIDC token is not a JWT whose claims could be read.')
  })

  it('RRSA: the token comes from the file, never from GitHub, and is masked before STS sees it', async () => {
    const events: string[] = []
    const token = jwt({ sub: 'system:serviceaccount:ci:runner', aud: 'sts.aliyuncs.com' })
    await resolveCredentials(
      { ...oidc, source: 'environment', tokenFile: '/var/run/secrets/tokens/oidc-token' },
      deps({
        readTokenFile: async path => {
          events.push(`read ${path}`)
          return token
        },
        assumeRole: async req => {
          events.push(`assume ${req.oidcToken === token}`)
          return { accessKeyId: 'STS.a', accessKeySecret: 'tmp-secret', securityToken: 'tmp-token' }
        },
        mask: s => events.push(`mask ${s === token ? 'token' : s}`),
        log: m => events.push(m)
      })
    )
    expect(events).toEqual([
      'read /var/run/secrets/tokens/oidc-token',
      'mask token',
      'assume true',
      'mask tmp-secret',
      'mask tmp-token',
      'Assumed acs:ram::1:role/r (from the environment) with the OIDC token in ALIBABA_CLOUD_OIDC_TOKEN_FILE (/var/run/secrets/tokens/oidc-token) (session github-actions-1).'
    ])
  })
})

import { ActionError, ApiError } from './errors.js'
import type { AuthConfig } from './config.js'
import type { StaticCredentials } from './openapi.js'
import type { AssumeRoleWithOidcRequest } from './sts.js'

export interface CredentialDeps {
  env: NodeJS.ProcessEnv
  /** The OIDC token's subject as GitHub builds it, for the trust-policy hint. */
  subject?: string
  getIDToken: (audience: string) => Promise<string>
  /** STS AssumeRoleWithOIDC, with retries. */
  assumeRole: (req: AssumeRoleWithOidcRequest) => Promise<StaticCredentials>
  mask: (secret: string) => void
  log: (message: string) => void
}

export const MISSING_ID_TOKEN_PERMISSION =
  'Keyless auth (role-to-assume + oidc-provider-arn) needs a GitHub OIDC token, but this job may not request one: ' +
  'ACTIONS_ID_TOKEN_REQUEST_URL is not set, so the job lacks the id-token permission. Add to the workflow or the job:\n' +
  '  permissions:\n' +
  '    id-token: write\n' +
  '(and contents: read if the job checks out code). Pull requests from forks never get an OIDC token.'

/** Static keys as they are, or temporary keys from STS for the GitHub OIDC token. */
export async function resolveCredentials(
  auth: AuthConfig,
  deps: CredentialDeps
): Promise<StaticCredentials> {
  if (auth.kind === 'keys') {
    deps.log(
      `Using the AccessKey ${auth.accessKeyId} from ${auth.source === 'inputs' ? 'the inputs' : 'the environment'}` +
        (auth.securityToken ? ' with an STS security token.' : '.')
    )
    return {
      accessKeyId: auth.accessKeyId,
      accessKeySecret: auth.accessKeySecret,
      securityToken: auth.securityToken
    }
  }
  if (!deps.env.ACTIONS_ID_TOKEN_REQUEST_URL || !deps.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN) {
    throw new ActionError(MISSING_ID_TOKEN_PERMISSION, undefined, 'IdTokenUnavailable')
  }
  let token: string
  try {
    token = await deps.getIDToken(auth.audience)
  } catch (err) {
    const detail = err instanceof Error ? err.message.replace(/\s+/g, ' ').trim() : String(err)
    throw new ActionError(
      `Could not get a GitHub OIDC token for audience "${auth.audience}": ${detail}. ` +
        'Check that the job has permissions: id-token: write, then re-run.',
      undefined,
      'IdTokenUnavailable'
    )
  }
  deps.mask(token)
  const creds = await deps
    .assumeRole({
      roleArn: auth.roleArn,
      providerArn: auth.providerArn,
      oidcToken: token,
      sessionName: auth.sessionName,
      durationSeconds: auth.durationSeconds
    })
    .catch((err: unknown) => {
      if (err instanceof ApiError && err.code.startsWith('AuthenticationFail') && deps.subject) {
        throw err.with({
          hint: `This run's token has oidc:sub "${deps.subject}" and oidc:aud "${auth.audience}".`
        })
      }
      throw err
    })
  deps.mask(creds.accessKeySecret)
  if (creds.securityToken) deps.mask(creds.securityToken)
  deps.log(`Assumed ${auth.roleArn} with the GitHub OIDC token (session ${auth.sessionName}).`)
  return creds
}

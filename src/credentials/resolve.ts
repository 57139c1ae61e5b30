import { ActionError, ApiError } from '../failures/errors.js'
import type { AuthConfig, KeyAuth, OidcAuth } from '../inputs/config.js'
import type { StaticCredentials } from '../http/rpc-caller.js'
import type { AssumeRoleWithOidcRequest } from './sts.js'
import { CREDENTIAL_ENV, OIDC_TOKEN_FILE_ENV } from './sources.js'
import { describeTrustClaims, readTrustClaims } from './oidc-claims.js'

export interface CredentialDeps {
  env: NodeJS.ProcessEnv
  getIDToken: (audience: string) => Promise<string>
  /** RRSA: the token in ALIBABA_CLOUD_OIDC_TOKEN_FILE; fails with why the file cannot serve. */
  readTokenFile: (path: string) => Promise<string>
  /** STS AssumeRoleWithOIDC, with retries. */
  assumeRole: (req: AssumeRoleWithOidcRequest) => Promise<StaticCredentials>
  /** The Alibaba Cloud default chain, for a run with no explicit source; it masks and logs. */
  defaultChain: () => Promise<ResolvedCredentials>
  mask: (secret: string) => void
  log: (message: string) => void
  debug: (message: string) => void
}

export const MISSING_ID_TOKEN_PERMISSION =
  'Keyless auth (role-to-assume + oidc-provider-arn) needs a GitHub OIDC token, but this job may not request one: ' +
  'ACTIONS_ID_TOKEN_REQUEST_URL is not set, so the job lacks the id-token permission. Add to the workflow or the job:\n' +
  '  permissions:\n' +
  '    id-token: write\n' +
  '(and contents: read if the job checks out code). Pull requests from forks never get an OIDC token.'

/** Credentials, and where their secret came from (for the advice on a wrong secret). */
export type ResolvedCredentials = StaticCredentials & { secretFrom: string }

/** Static keys as they are, temporary keys from STS for an OIDC token, or the default chain. */
export async function resolveCredentials(
  auth: AuthConfig,
  deps: CredentialDeps
): Promise<ResolvedCredentials> {
  if (auth.kind === 'default-chain') {
    // After the chain, which masks what it found: no line comes between a secret and its mask.
    const found = await deps.defaultChain()
    deps.debug(
      'Credential source: no explicit one in the inputs or environment, so the Alibaba Cloud default chain.'
    )
    return found
  }
  if (auth.kind === 'keys') {
    deps.debug(
      `Credential source: an AccessKey${auth.securityToken ? ' with an STS security token' : ''} from ${auth.source === 'inputs' ? 'the inputs' : 'the environment'}.`
    )
    deps.log(
      `Using the AccessKey ${auth.accessKeyId} from ${auth.source === 'inputs' ? 'the inputs' : 'the environment'}` +
        (auth.securityToken ? ' with an STS security token.' : '.')
    )
    return {
      accessKeyId: auth.accessKeyId,
      accessKeySecret: auth.accessKeySecret,
      securityToken: auth.securityToken,
      secretFrom: keySecretFrom(auth)
    }
  }
  const { token, origin } = await oidcToken(auth, deps)
  deps.mask(token)
  const claims = readTrustClaims(token)
  const creds = await deps
    .assumeRole({
      roleArn: auth.roleArn,
      providerArn: auth.providerArn,
      oidcToken: token,
      sessionName: auth.sessionName,
      durationSeconds: auth.durationSeconds
    })
    .catch((err: unknown) => {
      if (err instanceof ApiError && err.code.startsWith('AuthenticationFail')) {
        throw err.with({ hint: describeTrustClaims(claims, `The ${origin}`) })
      }
      throw err
    })
  deps.mask(creds.accessKeySecret)
  if (creds.securityToken) deps.mask(creds.securityToken)
  // Only now: no line comes between a secret obtained above and its mask.
  deps.debug(
    `Credential source: ${auth.tokenFile ? `the OIDC token file in ${OIDC_TOKEN_FILE_ENV}` : 'a GitHub OIDC token'}, traded with STS AssumeRoleWithOIDC for ${auth.roleArn} (provider ${auth.providerArn}).`
  )
  deps.debug(describeTrustClaims(claims, `The ${origin}`))
  const from = auth.source === 'inputs' ? 'the inputs' : 'the environment'
  deps.log(
    `Assumed ${auth.roleArn} (from ${from}) with the ${origin} (session ${auth.sessionName}).`
  )
  return { ...creds, secretFrom: `the temporary keys STS issued for ${auth.roleArn}` }
}

/** The OIDC token to trade, and what it is for messages. */
async function oidcToken(
  auth: OidcAuth,
  deps: CredentialDeps
): Promise<{ token: string; origin: string }> {
  if (auth.tokenFile) {
    const path = auth.tokenFile
    const token = await deps.readTokenFile(path).catch((err: unknown) => {
      const which = err instanceof Error ? err.message : String(err)
      throw new ActionError(
        `env ${OIDC_TOKEN_FILE_ENV} names ${path}, which ${which}. On ACK, check that RRSA is enabled for the cluster and the pod's service account, so that the token volume is mounted there.`,
        undefined,
        'OidcTokenFileUnreadable'
      )
    })
    return { token, origin: `OIDC token in ${OIDC_TOKEN_FILE_ENV} (${path})` }
  }
  if (!deps.env.ACTIONS_ID_TOKEN_REQUEST_URL || !deps.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN) {
    throw new ActionError(MISSING_ID_TOKEN_PERMISSION, undefined, 'IdTokenUnavailable')
  }
  try {
    return { token: await deps.getIDToken(auth.audience), origin: 'GitHub OIDC token' }
  } catch (err) {
    // A bounded fetch's failure (timeout, 5xx, proxy) says what happened: not a permission problem.
    if (err instanceof ApiError) throw err
    const detail = err instanceof Error ? err.message.replace(/\s+/g, ' ').trim() : String(err)
    throw new ActionError(
      `Could not get a GitHub OIDC token for audience "${auth.audience}": ${detail}. ` +
        'Check that the job has permissions: id-token: write, then re-run.',
      undefined,
      'IdTokenUnavailable'
    )
  }
}

/** Where an AccessKey's secret was read, for the advice of a signature the service refused. */
export function keySecretFrom(auth: KeyAuth): string {
  return auth.source === 'inputs'
    ? 'the access-key-secret input'
    : `the environment variable ${CREDENTIAL_ENV['access-key-secret']}`
}

import { ActionError, ApiError, InputError } from './errors.js'

interface Explanation {
  /** What the code means, in plain words. */
  meaning: string
  /** What the user should do. */
  fix: string
}

const EXPLAIN: Record<string, Explanation> = {
  InvalidParams: {
    meaning: 'E-HPC Instant rejected a parameter of the request',
    fix: 'Check the inputs named in the server message (name, image-version, registry-url, vm-image-id); run with dry-run: true to see the request.'
  },
  ImageAlreadyExists: {
    meaning: 'an image with this name and version is already registered',
    fix: 'Use a new image-version, or set if-exists: reuse or if-exists: replace.'
  },
  InDebt: {
    meaning: 'the Alibaba Cloud account has overdue payments',
    fix: 'Settle the overdue payment in the Alibaba Cloud billing console, then re-run the job.'
  },
  NotEnabled: {
    meaning: 'E-HPC Instant is not activated for this Alibaba Cloud account',
    fix: 'Activate E-HPC Instant in the Alibaba Cloud console (in this region), then re-run the job.'
  },
  ImageInUse: {
    meaning: 'jobs still use the image, so it cannot be removed',
    fix: 'Wait for the jobs to finish, or register under a new image-version.'
  },
  ImageNotFound: {
    meaning: 'E-HPC Instant has no such image',
    fix: 'The image was removed meanwhile; re-run the job.'
  },
  EcsError: {
    meaning: 'a backend (ECS) failure inside E-HPC Instant',
    fix: 'Re-run the job later; if it persists, contact Alibaba Cloud support with the RequestId.'
  },
  AliyunError: {
    meaning: 'a backend failure inside E-HPC Instant',
    fix: 'Re-run the job later; if it persists, contact Alibaba Cloud support with the RequestId.'
  },
  DbError: {
    meaning: 'a database failure inside E-HPC Instant',
    fix: 'Re-run the job later; if it persists, contact Alibaba Cloud support with the RequestId.'
  },
  NotAuthorized: {
    meaning: 'E-HPC Instant has not been granted the authorization it needs in this account',
    fix: 'Complete the E-HPC Instant authorization in the console (the service-linked role), then re-run.'
  },
  'EntityNotExist.Role': {
    meaning: 'the role does not exist or is not authorized',
    fix: 'For E-HPC Instant: authorize its service-linked role in the console. For keyless auth: check that role-to-assume is the ARN of an existing RAM role.'
  },
  ServiceUnavailable: {
    meaning: 'E-HPC Instant is temporarily unavailable',
    fix: 'Re-run the job later, or raise max-attempts.'
  },
  Throttling: {
    meaning: 'the request was rate limited',
    fix: 'Re-run the job later, or raise max-attempts; avoid many parallel registrations.'
  },
  InternalError: {
    meaning: 'an internal error of E-HPC Instant',
    fix: 'Re-run the job later; if it persists, contact Alibaba Cloud support with the RequestId.'
  },
  'Forbidden.RAM': {
    meaning: 'the RAM identity is not allowed to make this call',
    fix: 'Grant the RAM user or role the action named above (ehpc:AddImage, ehpc:ListImages and ehpc:GetImage; ehpc:RemoveImage for if-exists: replace).'
  },
  'InvalidAccessKeyId.NotFound': {
    meaning: 'the AccessKey ID is unknown to Alibaba Cloud',
    fix: 'Check access-key-id (or ALIBABA_CLOUD_ACCESS_KEY_ID): the key may have been deleted or mistyped.'
  },
  SignatureDoesNotMatch: {
    meaning: 'the request signature does not match: the AccessKey secret is wrong',
    fix: 'Check access-key-secret (or ALIBABA_CLOUD_ACCESS_KEY_SECRET) belongs to the access-key-id.'
  },
  'InvalidTimeStamp.Expired': {
    meaning: "the request's timestamp is too far from the server's time: the runner's clock is off",
    fix: "Fix the runner's clock (enable NTP on self-hosted runners), then re-run."
  },
  SignatureNonceUsed: {
    meaning: 'the request nonce was used already',
    fix: 'Re-run the job.'
  },
  'InvalidSecurityToken.Expired': {
    meaning: 'the STS security token has expired',
    fix: 'Get fresh temporary credentials (or use keyless auth with role-to-assume, which gets them in the same step).'
  },
  'InvalidSecurityToken.Mismatch': {
    meaning: 'the STS security token does not belong to the AccessKey ID',
    fix: 'Pass the security-token that came with these temporary keys.'
  },
  'InvalidSecurityToken.MismatchWithAccessKey': {
    meaning: 'the STS security token does not belong to the AccessKey ID',
    fix: 'Pass the security-token that came with these temporary keys.'
  },
  'AuthenticationFail.NoPermission': {
    meaning:
      "STS refused to let the GitHub OIDC token assume the role: the role's trust policy does not match this repository or ref, or the OIDC provider is not registered",
    fix: 'Check oidc-provider-arn, and that the trust policy of role-to-assume allows this provider with oidc:sub matching repo:<owner>/<repo>:ref:<this ref> (see the README).'
  },
  'AuthenticationFail.OIDCToken.AudienceNotMatch': {
    meaning: "the token's audience is not a client id of the OIDC provider",
    fix: 'Set audience to a client id registered on the RAM OIDC provider (default sts.aliyuncs.com).'
  },
  'AuthenticationFail.OIDCToken.Expired': {
    meaning: 'the GitHub OIDC token had expired when STS checked it',
    fix: "Re-run the job; check the runner's clock."
  },
  'AuthenticationFail.OIDCToken.Invalid': {
    meaning: 'STS could not read the GitHub OIDC token',
    fix: 'Re-run the job; if it persists, check the OIDC provider configuration in RAM.'
  },
  'AuthenticationFail.OIDCToken.InvalidSignature': {
    meaning: "STS could not verify the GitHub OIDC token's signature",
    fix: "Check the RAM OIDC provider's issuer URL (https://token.actions.githubusercontent.com) and fingerprint."
  },
  'InvalidParameter.DurationSeconds': {
    meaning: "role-duration-seconds is above the role's maximum session duration (or below 900)",
    fix: "Lower role-duration-seconds, or raise the role's MaxSessionDuration in RAM."
  },
  'InvalidParameter.RoleSessionName': {
    meaning: 'STS rejected the role session name',
    fix: 'Set role-session-name to 2-64 characters of A-Z a-z 0-9 . @ _ -.'
  },
  RequestTimeout: {
    meaning: 'no answer came within request-timeout-seconds',
    fix: 'Check the network path to the endpoint (proxy, VPC endpoint), or raise request-timeout-seconds / max-attempts.'
  },
  ConnectionReset: {
    meaning: 'the connection was closed before an answer came',
    fix: 'Check the network path to the endpoint (proxy, firewall), then re-run.'
  },
  ConnectionRefused: {
    meaning: 'the endpoint refused the connection',
    fix: 'Check endpoint / sts-endpoint and the network path to them.'
  },
  HostNotFound: {
    meaning: "the endpoint's host name does not resolve",
    fix: 'Check region, endpoint and sts-endpoint (VPC endpoints resolve only inside their VPC).'
  },
  DnsTemporaryFailure: {
    meaning: 'DNS could not resolve the endpoint for now',
    fix: "Re-run the job; check the runner's DNS."
  },
  InvalidResponse: {
    meaning:
      'the answer was not the JSON the API sends (an HTML error page from a proxy or load balancer?)',
    fix: 'Re-run the job; check any proxy between the runner and Alibaba Cloud.'
  },
  ProxyError: {
    meaning: 'the HTTP proxy refused to open a tunnel to the endpoint',
    fix: 'Check HTTPS_PROXY / HTTP_PROXY and NO_PROXY, or the proxy allow-list.'
  },
  TlsError: {
    meaning: 'the TLS connection to the endpoint failed',
    fix: 'Check the endpoint host and any TLS-intercepting proxy (NODE_EXTRA_CA_CERTS).'
  }
}

const RAM_ACTIONS: Record<string, string> = {
  AddImage: 'ehpc:AddImage',
  ListImages: 'ehpc:ListImages',
  GetImage: 'ehpc:GetImage',
  RemoveImage: 'ehpc:RemoveImage'
}

function explanationFor(code: string): Explanation | undefined {
  if (EXPLAIN[code]) return EXPLAIN[code]
  if (code.startsWith('Throttling')) return EXPLAIN.Throttling
  if (code.startsWith('Forbidden')) return EXPLAIN['Forbidden.RAM']
  return undefined
}

/** One message for an API failure: what happened, the code and RequestId, what to do. */
export function explainApiError(err: ApiError): string {
  const service = err.service === 'sts' ? 'STS' : 'E-HPC Instant'
  const known = explanationFor(err.code)
  const status = err.httpStatus !== undefined ? `, HTTP ${err.httpStatus}` : ''
  const ram = RAM_ACTIONS[err.action]
  const meaning = known
    ? err.code === 'Forbidden.RAM' && ram
      ? `${known.meaning} (${ram})`
      : known.meaning
    : `${service} answered with an error${err.serverMessage ? `: ${err.serverMessage}` : ''}`
  const fix = known?.fix ?? 'Check the inputs and the server message, then re-run.'
  const tries = err.attempts > 1 ? ` after ${err.attempts} attempts` : ''
  const server =
    known && err.serverMessage ? ` Server message: "${err.serverMessage.replace(/\.$/, '')}".` : ''
  const detail = err.detail ? ` ${err.detail}` : ''
  return (
    `${service} ${err.action} failed${tries}: ${meaning}.${server}${detail} ${fix} ` +
    `(code ${err.code}${status}, RequestId ${err.requestId ?? 'none: no answer from the server'})`
  )
}

/** The one message a failed run ends with. */
export function failureMessage(err: unknown): string {
  if (err instanceof ApiError) return explainApiError(err)
  if (err instanceof ActionError) {
    return err.requestId && !err.message.includes(err.requestId)
      ? `${err.message} (RequestId ${err.requestId})`
      : err.message
  }
  if (err instanceof InputError) return err.message
  const detail = err instanceof Error ? `${err.name}: ${err.message}` : String(err)
  return `Unexpected failure: ${detail}. Please report it with the run's log.`
}

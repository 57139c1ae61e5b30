/**
 * Everything the action knows about a failure, in one place: per error code, whether another
 * attempt may help, whether the failed request may nevertheless have been carried out, what
 * the code means and what to do; per action failure code (ACTION_FAILURES), how it is titled
 * and what it left registered. The codes come from the E-HPC Instant and STS API references
 * ("Error codes" of each operation), plus the ones the action gives to network failures.
 *
 * The sites that make errors pass only what they saw (FailureFacts: the code, the HTTP status,
 * how far the request got); retryClass and mayHaveBeenPerformed below read this table to
 * decide. How often and how long to retry is the strategy's (retry.ts, retry-policy.ts).
 */

/** How a failed call may be retried: never, with backoff, or just once more. */
export type RetryClass = 'no' | 'yes' | 'once'

/** The service that answered (or did not). */
export type Service = 'ehpc' | 'sts' | 'github' | 'ecs' | 'registry'

export const SERVICE_NAME: Record<Service, string> = {
  ehpc: 'E-HPC Instant',
  sts: 'STS',
  github: 'GitHub',
  ecs: 'ECS',
  registry: 'Container registry'
}

export interface CodeFacts {
  retry: RetryClass
  /**
   * The code says only that the answer was not the API's: its HTTP status says more. A 4xx
   * turned the request away (the same request gets the same answer; a 429 asks to come back).
   */
  statusDecides?: boolean
  /** The service may have carried out the request although it answered with this code. */
  mayBePerformed: boolean
  /**
   * What the code means. Placeholders: `{service}` the service that answered, `{host}` the
   * host the call went to, `{identity}` who signed it (AccessKey or RAM role), `{secretSource}`
   * where its secret came from (the one source this run used).
   */
  meaning: string
  /** What to do; `{endpointInput}` is the input that sets the host: endpoint or sts-endpoint. */
  fix: string
  /** The message names the RAM action of the failing call (`ehpc:AddImage`). */
  namesRamAction?: boolean
}

export const RERUN_LATER =
  'Re-run the job later; if it persists, contact Alibaba Cloud support with the RequestId.'
const CHECK_NETWORK = 'Check the network path to {host} (proxy, firewall), then re-run.'

/** Facts that hold for every call that fails this way. */
const refused = (meaning: string, fix: string): CodeFacts => ({
  retry: 'no',
  mayBePerformed: false,
  meaning,
  fix
})
const transient = (meaning: string, fix: string, mayBePerformed: boolean): CodeFacts => ({
  retry: 'yes',
  mayBePerformed,
  meaning,
  fix
})

const CODES = new Map<string, CodeFacts>([
  // E-HPC Instant
  [
    'InvalidParams',
    refused(
      'E-HPC Instant rejected a parameter of the request',
      'Check the inputs named in the server message (name, image-version, registry-url, vm-image-id); run with dry-run: true to see the request.'
    )
  ],
  [
    'ImageAlreadyExists',
    refused(
      'an image with this name and version is already registered',
      'Use a new image-version, or set if-exists: reuse or if-exists: replace.'
    )
  ],
  [
    'InDebt',
    refused(
      'the Alibaba Cloud account has overdue payments',
      'Settle the overdue payment in the Alibaba Cloud billing console, then re-run the job.'
    )
  ],
  [
    'NotEnabled',
    refused(
      'E-HPC Instant is not activated for this Alibaba Cloud account',
      'Activate E-HPC Instant in the Alibaba Cloud console (in this region), then re-run the job.'
    )
  ],
  [
    'ImageInUse',
    refused(
      'jobs still use the image, so it cannot be removed',
      'Wait for the jobs to finish, or register under a new image-version.'
    )
  ],
  [
    'ImageNotFound',
    refused('E-HPC Instant has no such image', 'The image was removed meanwhile; re-run the job.')
  ],
  ['EcsError', transient('a backend (ECS) failure inside E-HPC Instant', RERUN_LATER, true)],
  ['AliyunError', transient('a backend failure inside E-HPC Instant', RERUN_LATER, true)],
  ['DbError', transient('a database failure inside E-HPC Instant', RERUN_LATER, true)],
  [
    'NotAuthorized',
    refused(
      'E-HPC Instant has not been granted the authorization it needs in this account',
      'Complete the E-HPC Instant authorization in the console (the service-linked role), then re-run.'
    )
  ],
  [
    'EntityNotExist.Role',
    refused(
      'the role does not exist or is not authorized',
      'For E-HPC Instant: authorize its service-linked role in the console. For keyless auth: check that role-to-assume is the ARN of an existing RAM role.'
    )
  ],
  // Both services
  [
    'ServiceUnavailable',
    transient(
      '{service} is temporarily unavailable',
      'Re-run the job later, or raise max-attempts.',
      false
    )
  ],
  [
    'Throttling',
    transient(
      '{service} rate limited the request',
      'Re-run the job later, or raise max-attempts; avoid many parallel registrations.',
      false
    )
  ],
  ['InternalError', transient('an internal error of {service}', RERUN_LATER, true)],
  [
    'Forbidden.RAM',
    {
      ...refused(
        '{identity} is not allowed to make this call',
        'Grant the RAM user or role the action named above (ehpc:AddImage, ehpc:ListImages and ehpc:GetImage; ehpc:RemoveImage for if-exists: replace).'
      ),
      namesRamAction: true
    }
  ],
  [
    'InvalidAccessKeyId.NotFound',
    refused(
      'the AccessKey ID is unknown to Alibaba Cloud',
      'Check access-key-id (or ALIBABA_CLOUD_ACCESS_KEY_ID): the key may have been deleted or mistyped.'
    )
  ],
  [
    'SignatureDoesNotMatch',
    refused(
      'the request signature does not match: the AccessKey secret is wrong',
      'Check access-key-secret (or ALIBABA_CLOUD_ACCESS_KEY_SECRET) belongs to the access-key-id.'
    )
  ],
  [
    'InvalidAccessKeySecret',
    refused(
      'the AccessKey secret is wrong',
      'Check the AccessKey secret in {secretSource}: it must be the secret of {identity}, whole and current.'
    )
  ],
  [
    'InvalidTimeStamp.Expired',
    {
      ...refused(
        "the request's timestamp is too far from the server's time: the runner's clock is off",
        "Fix the runner's clock (enable NTP on self-hosted runners), then re-run."
      ),
      retry: 'once'
    }
  ],
  [
    'SignatureNonceUsed',
    { ...refused('the request nonce was used already', 'Re-run the job.'), retry: 'once' }
  ],
  [
    'InvalidSecurityToken.Expired',
    refused(
      'the STS security token has expired',
      'Get fresh temporary credentials (or use keyless auth with role-to-assume, which gets them in the same step).'
    )
  ],
  [
    'InvalidSecurityToken.Mismatch',
    refused(
      'the STS security token does not belong to the AccessKey ID',
      'Pass the security-token that came with these temporary keys.'
    )
  ],
  [
    'InvalidSecurityToken.MismatchWithAccessKey',
    refused(
      'the STS security token does not belong to the AccessKey ID',
      'Pass the security-token that came with these temporary keys.'
    )
  ],
  // STS AssumeRoleWithOIDC
  [
    'AuthenticationFail.NoPermission',
    refused(
      "STS refused to let the OIDC token assume the role: the role's trust policy does not match the token's claims, or the OIDC provider is not registered",
      "Check oidc-provider-arn, and that the role's trust policy allows this provider with oidc:sub, oidc:aud and oidc:iss conditions that match the token's claims shown here."
    )
  ],
  [
    'AuthenticationFail.OIDCToken.AudienceNotMatch',
    refused(
      "the token's audience is not a client id of the OIDC provider",
      'Set audience to a client id registered on the RAM OIDC provider (default sts.aliyuncs.com).'
    )
  ],
  [
    'AuthenticationFail.OIDCToken.Expired',
    refused(
      'the OIDC token had expired when STS checked it',
      "Re-run the job; check the runner's clock."
    )
  ],
  [
    'AuthenticationFail.OIDCToken.IssuerNotMatch',
    refused(
      "the token's issuer (iss) is not the issuer URL of the RAM OIDC provider",
      "Set the provider's issuer URL to the token's iss shown here: on GitHub Enterprise Server https://<host>/_services/token, on GHE.com the enterprise's own issuer."
    )
  ],
  [
    'AuthenticationFail.OIDCToken.Invalid',
    refused(
      'STS could not read the OIDC token',
      'Re-run the job; if it persists, check the OIDC provider configuration in RAM.'
    )
  ],
  [
    'AuthenticationFail.OIDCToken.InvalidSignature',
    refused(
      "STS could not verify the OIDC token's signature",
      "Check that the RAM OIDC provider's issuer URL is the token's iss claim and that its fingerprint is current."
    )
  ],
  [
    'InvalidParameter.DurationSeconds',
    refused(
      "role-duration-seconds is above the role's maximum session duration (or below 900)",
      "Lower role-duration-seconds, or raise the role's MaxSessionDuration in RAM."
    )
  ],
  [
    'InvalidParameter.RoleSessionName',
    refused(
      'STS rejected the role session name',
      'Set role-session-name to 2-64 characters of A-Z a-z 0-9 . @ _ -.'
    )
  ],
  // What the action calls failures that came with no answer from the service.
  [
    'RequestTimeout',
    transient(
      'no answer came from {host} within request-timeout-seconds',
      'Check the network path to {host} (proxy, VPC endpoint), or raise request-timeout-seconds / max-attempts.',
      // A "connect" timeout can come from a reused keep-alive socket after the request went out.
      true
    )
  ],
  [
    'ResponseStalled',
    transient(
      'the answer began, but its body stopped coming within request-timeout-seconds',
      'Check the network path to the endpoint (proxy, firewall), or raise request-timeout-seconds / max-attempts.',
      true
    )
  ],
  [
    'StepBudgetExhausted',
    {
      ...refused(
        "the step's time budget for all its calls together ran out",
        'See the log for the calls that were slow or retried and check the network path to {host}; then re-run the job (its lookup finds an image this run registered and reuses it).'
      ),
      // An attempt cut short may have been carried out; one that never started was not.
      mayBePerformed: true
    }
  ],
  [
    'ResponseTooLarge',
    {
      ...refused(
        'the answer was larger than any answer of the API (8 MiB), so the action stopped reading it: something other than the API answered (a proxy, or a wrong endpoint?)',
        'Check endpoint / sts-endpoint and any proxy between the runner and Alibaba Cloud, then re-run.'
      ),
      mayBePerformed: true
    }
  ],
  [
    'ConnectionReset',
    transient('the connection to {host} was closed before an answer came', CHECK_NETWORK, true)
  ],
  [
    'ConnectionRefused',
    transient(
      '{host} refused the connection',
      'Check {endpointInput} and the network path to {host}.',
      false
    )
  ],
  [
    'HostNotFound',
    refused(
      '{host} does not resolve',
      'Check region and {endpointInput} (VPC endpoints resolve only inside their VPC).'
    )
  ],
  [
    'DnsTemporaryFailure',
    transient(
      'DNS could not resolve {host} for now',
      "Re-run the job; check the runner's DNS.",
      false
    )
  ],
  [
    'InvalidResponse',
    {
      ...transient(
        'the answer from {host} was not what the API sends (an HTML error page from a proxy or load balancer, or an image id that is not one)',
        'Re-run the job; check any proxy between the runner and Alibaba Cloud.',
        true
      ),
      statusDecides: true
    }
  ],
  [
    'ProxyError',
    refused(
      'the HTTP proxy refused to open a tunnel to {host}',
      'Check HTTPS_PROXY / HTTP_PROXY (for a 407, the user:password in it) and NO_PROXY, or the proxy allow-list.'
    )
  ],
  [
    'TlsError',
    refused(
      'the TLS connection to {host} failed',
      'Check {endpointInput} and any TLS-intercepting proxy (NODE_EXTRA_CA_CERTS).'
    )
  ]
])

/** What a code means and what to do when one service says it: replaces the code's row in words only. */
export interface ServiceAdvice {
  meaning?: string
  fix: string
}

/**
 * Advice for a code as one service answers it, where the code's row would give another
 * service's remedies. Retry and outcome stay the code's row's.
 */
const SERVICE_ADVICE = new Map<string, ServiceAdvice>([
  [
    'sts:EntityNotExist.Role',
    {
      meaning: 'STS found no RAM role with the ARN in role-to-assume',
      fix: 'Check that role-to-assume is the ARN of an existing RAM role (acs:ram::<account-id>:role/<name>) in the account of oidc-provider-arn.'
    }
  ],
  [
    'ehpc:EntityNotExist.Role',
    {
      meaning:
        'the service-linked role of E-HPC Instant does not exist in this account or is not authorized',
      fix: 'Authorize the E-HPC Instant service-linked role in the E-HPC console (once per account), then re-run the job.'
    }
  ],
  [
    'ecs:Forbidden.RAM',
    {
      fix: 'Grant the RAM user or role the action named above (ecs:DescribeImages), or set verify-image: false.'
    }
  ],
  // The secret the call was signed with, named where this run took it from.
  [
    'ehpc:SignatureDoesNotMatch',
    {
      fix: 'Check the AccessKey secret in {secretSource}: it must be the secret of {identity}, whole and current.'
    }
  ],
  [
    'ecs:SignatureDoesNotMatch',
    {
      fix: 'Check the AccessKey secret in {secretSource}: it must be the secret of {identity}, whole and current.'
    }
  ],
  ['github:HostNotFound', { fix: "Check {endpointInput} and the runner's DNS." }],
  [
    'github:InvalidResponse',
    { fix: 'Re-run the job; check any proxy between the runner and {host}.' }
  ],
  [
    'github:ResponseTooLarge',
    {
      fix: 'Check {endpointInput} and any proxy between the runner and {host}, then re-run.'
    }
  ],
  ['registry:HostNotFound', { fix: "Check the host in registry-url and the runner's DNS." }],
  [
    'registry:InvalidResponse',
    { fix: 'Re-run the job; check any proxy between the runner and {host}.' }
  ],
  [
    'registry:ResponseTooLarge',
    { fix: 'Check the host in registry-url and any proxy between the runner and it, then re-run.' }
  ]
])

/** The words for `code` from `service`, when they differ from the code's row. */
export function serviceAdvice(service: Service, code: string): ServiceAdvice | undefined {
  const exact = SERVICE_ADVICE.get(`${service}:${code}`)
  if (exact) return exact
  const family = FAMILIES.find(([prefix]) => code.startsWith(prefix))
  return family ? SERVICE_ADVICE.get(`${service}:${family[1]}`) : undefined
}

/**
 * "Re-run later", and who to ask when it persists: the service's own support. RERUN_LATER
 * in a row is replaced by this for the service that answered.
 */
export const RERUN_LATER_FOR: Record<Service, string> = {
  ehpc: RERUN_LATER,
  sts: RERUN_LATER,
  ecs: RERUN_LATER,
  github:
    "Re-run the job later; if it persists, check GitHub's status (https://www.githubstatus.com), or on GitHub Enterprise Server the server's health.",
  registry: "Re-run the job later; if it persists, check the registry's status with its operator."
}

/** Code families: every `Throttling.*` is throttling, every `Forbidden.*` a RAM denial. */
const FAMILIES: [prefix: string, code: string][] = [
  ['Throttling.', 'Throttling'],
  ['Forbidden.', 'Forbidden.RAM']
]

/** The facts for a code or its family; undefined for a code the action does not know. */
export function knownCode(code: string): CodeFacts | undefined {
  const exact = CODES.get(code)
  if (exact) return exact
  const family = FAMILIES.find(([prefix]) => code.startsWith(prefix))
  return family ? CODES.get(family[1]) : undefined
}

/** The code whose facts apply: the code itself, or its family's representative. */
export function explainedCode(code: string): string | undefined {
  if (CODES.has(code)) return code
  return FAMILIES.find(([prefix]) => code.startsWith(prefix))?.[1]
}

/** Every code the table explains (families by their representative code). */
export function explainedCodes(): string[] {
  return [...CODES.keys()]
}

/**
 * What the site that made an error saw of the request, beyond its code and HTTP status:
 * - 'not-sent': it never reached the service (the proxy opened no tunnel);
 * - 'redirected': only redirects came back (a loop, or to a URL that is not http/https);
 * - 'incomplete-answer': the service's own answer to it, a success, lacks what the API
 *   reference says it holds (no ImageId, no Credentials, no token).
 */
export type Delivery = 'not-sent' | 'redirected' | 'incomplete-answer'

/** The facts a failure is judged by. */
export interface FailureFacts {
  code: string
  /** The status of the answer; absent when no answer came. */
  httpStatus?: number
  delivery?: Delivery
  /** For ProxyError: the proxy's status for CONNECT (0: no valid answer). */
  proxyStatus?: number
  /** The server asked to wait this long before another attempt (Retry-After, x-acs-retry-after). */
  retryAfterMs?: number
}

/**
 * The longest wait a server may ask for (GitHub's Retry-After or rate-limit reset, Alibaba
 * Cloud's x-acs-retry-after); beyond it, the call fails. 60 s is the cap Alibaba Cloud's CLI
 * puts on x-acs-retry-after by default, and max-attempts waits of it fit in the step's budget.
 */
export const MAX_RETRY_AFTER_MS = 60_000

/**
 * How a failure may be retried. A 5xx answer is a server fault whatever its code: retried,
 * and of unknown outcome, unless its code says the request was turned away (throttling).
 * An answer that asks to come back after a wait is retried when the wait is not too long.
 */
export function retryClass(f: FailureFacts): RetryClass {
  // The same request would get the same answer.
  if (f.delivery === 'redirected' || f.delivery === 'incomplete-answer') return 'no'
  const byCode = codeRetryClass(f)
  if (f.retryAfterMs === undefined) return byCode
  if (f.retryAfterMs > MAX_RETRY_AFTER_MS) return 'no'
  return byCode === 'no' ? 'yes' : byCode
}

function codeRetryClass(f: FailureFacts): RetryClass {
  const facts = knownCode(f.code)
  const status = f.code === 'ProxyError' ? f.proxyStatus : f.httpStatus
  if (facts?.statusDecides && isTurnedAway(status)) return status === 429 ? 'yes' : 'no'
  if (facts && facts.retry !== 'no') return facts.retry
  return isServerFault(status) ? 'yes' : 'no'
}

/** True when a failed call may nevertheless have been carried out by the service. */
export function mayHaveBeenPerformed(f: FailureFacts): boolean {
  if (f.delivery === 'not-sent' || f.delivery === 'redirected') return false
  if (f.delivery === 'incomplete-answer') return true
  const facts = knownCode(f.code)
  if (facts?.statusDecides && isTurnedAway(f.httpStatus)) return false
  if (facts?.retry === 'yes') return facts.mayBePerformed
  if (facts) return facts.mayBePerformed || isServerFault(f.httpStatus)
  // A code the table does not know: without an answer, nothing says how far the request got.
  return f.httpStatus === undefined || isServerFault(f.httpStatus)
}

function isServerFault(httpStatus: number | undefined): boolean {
  return httpStatus !== undefined && httpStatus >= 500
}

function isTurnedAway(httpStatus: number | undefined): boolean {
  return httpStatus !== undefined && httpStatus >= 400 && httpStatus < 500
}

/** Node's socket error codes, as the action's codes for a call that got no answer. */
const SOCKET_ERRORS = new Map([
  ['ECONNREFUSED', 'ConnectionRefused'],
  ['ECONNRESET', 'ConnectionReset'],
  ['EPIPE', 'ConnectionReset'],
  ['ECONNABORTED', 'ConnectionReset'],
  ['EAI_AGAIN', 'DnsTemporaryFailure'],
  ['ENOTFOUND', 'HostNotFound']
])

/**
 * The action's code for a network failure: from Node's error code, or, for libraries that
 * keep only a message, from the words in it. Undefined when neither says what happened.
 */
export function networkErrorCode(code: string | undefined, message = ''): string | undefined {
  const bySocket = SOCKET_ERRORS.get(code ?? '')
  if (bySocket) return bySocket
  for (const [socketCode, actionCode] of SOCKET_ERRORS) {
    if (new RegExp(`\\b${socketCode}\\b`).test(message)) return actionCode
  }
  if (/socket hang up/i.test(message)) return 'ConnectionReset'
  if (/certificate|SSL|TLS/i.test(`${code ?? ''} ${message}`)) return 'TlsError'
  return undefined
}

/**
 * A proxy that would not open the tunnel (status 0: no valid answer to CONNECT): nothing
 * reached the service. Only its status is kept: a library's message may end with the
 * request URL.
 */
export function proxyFailure(status: number): {
  code: 'ProxyError'
  serverMessage: string
  proxyStatus: number
  delivery: 'not-sent'
} {
  const hint =
    status === 407
      ? ' (Proxy Authentication Required: check the user and password in the proxy URL)'
      : ''
  return {
    code: 'ProxyError',
    serverMessage: status
      ? `the proxy answered CONNECT with HTTP ${status}${hint}`
      : 'the proxy sent no valid answer to CONNECT',
    proxyStatus: status,
    delivery: 'not-sent'
  }
}

/** What an action failure (a failure no service named) left registered, and how it is titled. */
export interface ActionFailureFacts {
  /** The summary's "Registered" cell. */
  registered: string
  /** The failure came after the image was registered: `registered` says so, whatever else failed. */
  afterRegistering?: boolean
  /** The annotation's title, when `ehpc-add-image: <code>` would mislead. */
  title?: string
}

const NOTHING_SENT = 'Nothing: no request was sent to Alibaba Cloud.'
const NOTHING_SENT_TO_EHPC = 'Nothing: no request was sent to E-HPC Instant.'
const NOTHING_WRITTEN =
  'Nothing: nothing was written to E-HPC Instant (the image check comes first).'
const LEFT_IN_PLACE = 'Nothing new; the image already registered was left in place.'

/**
 * The action's own failure codes. Each has a section in docs/TROUBLESHOOTING.md; the two
 * that are also service codes (ImageInUse, ImageAlreadyExists) share the service code's.
 */
export const ACTION_FAILURES = {
  IdTokenUnavailable: { registered: NOTHING_SENT },
  OidcTokenFileUnreadable: { registered: NOTHING_SENT },
  NoCredentials: { registered: NOTHING_SENT_TO_EHPC },
  ImageTargetMismatch: { registered: LEFT_IN_PLACE },
  IfExistsFail: { registered: LEFT_IN_PLACE },
  ImageInUse: { registered: LEFT_IN_PLACE },
  ImageAlreadyExists: { registered: 'Nothing by this run.' },
  ReleaseNotAnnotated: {
    registered:
      'The image: it was registered (see the image-id output); only the GitHub Release was not written.',
    afterRegistering: true,
    title: 'GitHub Release not written or not confirmed (the image was registered)'
  },
  RegistryImageNotFound: {
    registered: NOTHING_WRITTEN,
    title: 'Image not found in its registry (nothing registered)'
  },
  RegistryCredentialRefused: {
    registered: NOTHING_WRITTEN,
    title: 'The registry refuses the registry credential (nothing registered)'
  },
  VmImageNotFound: {
    registered: NOTHING_WRITTEN,
    title: 'ECS image not found (nothing registered)'
  },
  VmImageNotAvailable: {
    registered: NOTHING_WRITTEN,
    title: 'ECS image not Available (nothing registered)'
  },
  ImageNotVerified: {
    registered: NOTHING_WRITTEN,
    title: 'Image not verified, verify-image is true (nothing registered)'
  },
  OutputsNotWritten: {
    registered:
      'The image: it was registered (its id is in the message); only the step outputs were not written.',
    afterRegistering: true
  }
} as const satisfies Record<string, ActionFailureFacts>

export type ActionCode = keyof typeof ACTION_FAILURES

/** The action failure codes that are the action's alone (not also a service's). */
export const ACTION_CODES = (Object.keys(ACTION_FAILURES) as ActionCode[]).filter(
  code => !CODES.has(code)
)

export function actionFailure(code: ActionCode): ActionFailureFacts {
  return ACTION_FAILURES[code]
}

export const RAM_ACTIONS: ReadonlyMap<string, string> = new Map([
  ['AddImage', 'ehpc:AddImage'],
  ['ListImages', 'ehpc:ListImages'],
  ['GetImage', 'ehpc:GetImage'],
  ['RemoveImage', 'ehpc:RemoveImage'],
  ['DescribeImages', 'ecs:DescribeImages']
])

import type { Config, LiveConfig } from './inputs/config.js'
import type { Endpoint } from './http/endpoint.js'
import { createEhpcClient, EHPC_VERSION, type EhpcClient } from './ehpc/client.js'
import { defaultEndpointHost } from './ehpc/regions.js'
import { resolveCredentials } from './credentials/resolve.js'
import { assumeRoleWithOidc, STS_VERSION } from './credentials/sts.js'
import { withRetry, type RetryPolicy } from './failures/retry.js'
import { fetchIdToken } from './credentials/github-oidc-token.js'
import { log } from './report/log.js'
import { silenceNodeDebug } from './http/node-debug.js'
import { proxyConfigured } from './http/proxy-configured.js'
import type { StepBudget } from './budget/step-budget.js'
import type { Service } from './failures/errors.js'
import type { RpcCaller } from './http/rpc-caller.js'

/** The run checks a VM image with ECS DescribeImages. */
export function checksEcs(config: Config): boolean {
  return config.image.type === 'VM' && config.verifyImage !== 'false'
}

/** The endpoints this run calls: Alibaba Cloud's, and GitHub's API with annotate-release. */
export function apiEndpoints(config: Config): Endpoint[] {
  return [
    config.endpoint,
    ...(config.auth?.kind === 'oidc' ? [config.stsEndpoint] : []),
    ...(checksEcs(config) ? [config.ecsEndpoint] : []),
    ...(config.release ? [config.release.apiEndpoint] : [])
  ]
}

/** Each endpoint the run calls and why it is that one, for the debug log. */
export function endpointReasons(config: Config): string[] {
  const { region } = config
  const at = (e: Endpoint) => `${e.protocol}://${e.host}`
  const why = (service: string, e: Endpoint, input: string, regionDefault: string) =>
    `Endpoint of ${service}: ${at(e)} (` +
    (e.host === regionDefault && e.protocol === 'https'
      ? `the default for region ${region}; input ${input} sets another`
      : `input ${input}`) +
    ').'
  return [
    why('E-HPC Instant', config.endpoint, 'endpoint', defaultEndpointHost(region)),
    ...(config.auth?.kind === 'oidc'
      ? [why('STS', config.stsEndpoint, 'sts-endpoint', `sts.${region}.aliyuncs.com`)]
      : []),
    ...(checksEcs(config)
      ? [why('ECS', config.ecsEndpoint, 'ecs-endpoint', `ecs.${region}.aliyuncs.com`)]
      : []),
    ...(config.release
      ? [
          `Endpoint of the GitHub API: ${at(config.release.apiEndpoint)} (env GITHUB_API_URL, or https://api.github.com without it).`
        ]
      : [])
  ]
}

/**
 * For a dry run: the proxy routes the real run would take, checked as the real run checks
 * them (a proxy setting it cannot use is an input error in both).
 */
export async function plannedProxyRoutes(
  config: Config,
  env: NodeJS.ProcessEnv
): Promise<string[]> {
  if (!proxyConfigured(env)) return []
  const { proxyRoutes } = await import('./http/proxy.js')
  return proxyRoutes(apiEndpoints(config), env).map(route => route.description)
}

/**
 * The E-HPC Instant client of this run: the network set up (proxy routes), the credentials
 * resolved from their source, and a client that signs with them; `warmUp` opens more
 * connections to E-HPC for requests to come. Every secret it reads or obtains goes to
 * `mask` the moment it is known.
 */
export async function connectEhpc(
  config: LiveConfig,
  policy: RetryPolicy,
  env: NodeJS.ProcessEnv,
  mask: (secret: string) => void,
  budget: StepBudget
): Promise<{
  client: EhpcClient
  warmUp: (connections: number) => void
  /** A caller of another Alibaba Cloud RPC API, signed with the run's credentials. */
  signedCaller: (service: Service, version: string, endpoint: Endpoint) => RpcCaller
}> {
  const timeoutMs = config.requestTimeoutMs
  // `debug` (under the client's HTTP library) prints every signed request, secrets included,
  // when DEBUG names it; it reads DEBUG once, when the client loads just below. The bundle has
  // a stand-in that is always off (src/stand-ins/debug.cjs); this keeps the real one off too.
  delete env.DEBUG
  if (silenceNodeDebug(env))
    log.info("NODE_DEBUG is set: Node's debug output is left out, as it holds request headers.")
  // Checked here so that proxy.ts is only loaded when a proxy is configured.
  if (proxyConfigured(env)) {
    const { routeThroughProxy } = await import('./http/proxy.js')
    for (const route of routeThroughProxy(apiEndpoints(config), env, timeoutMs, mask))
      log.info(`Connecting to ${route}.`)
  }
  // Through the proxy routes just set. The E-HPC and STS connections open while the client
  // loads and while GitHub's token is fetched: their handshakes are off the critical path.
  const { preconnect } = await import('./http/preconnect.js')
  const early = [
    config.endpoint,
    ...(config.auth.kind === 'oidc' ? [config.stsEndpoint] : []),
    ...(checksEcs(config) ? [config.ecsEndpoint] : [])
  ]
  // A connection waits for its request at most the request timeout, within the step budget.
  const open = (endpoint: Endpoint, connections: number) => {
    const left = Math.min(timeoutMs, budget.deadline - budget.now())
    if (left > 0) preconnect(endpoint, connections, left)
  }
  for (const endpoint of new Map(early.map(e => [`${e.protocol}://${e.host}`, e])).values())
    open(endpoint, 1)
  // Once: a second lookup (after ImageAlreadyExists) finds the first one's connections open.
  let warmed = false
  const warmUp = (connections: number) => {
    if (!warmed) open(config.endpoint, connections)
    warmed = true
  }
  // Loaded here, not at start-up: input errors and dry runs never need the cloud client.
  const { createRpcCaller } = await import('./http/rpc-caller.js')
  const credentials = await resolveCredentials(config.auth, {
    env,
    getIDToken: audience =>
      fetchIdToken(audience, {
        url: env.ACTIONS_ID_TOKEN_REQUEST_URL ?? '',
        timeoutMs,
        policy,
        budget,
        // Loaded only for keyless runs: @actions/http-client stays out of start-up.
        getIDToken: async requested =>
          (await import('./credentials/id-token-request.js')).requestIdToken(requested, env, mask)
      }),
    // RRSA only: loaded when a token file is to be read.
    readTokenFile: async path => (await import('./credentials/token-file.js')).readTokenFile(path),
    // Loaded only when no explicit source is given: the library is not in the start-up path.
    defaultChain: async () => {
      const { fromDefaultChain } = await import('./credentials/default-chain.js')
      return fromDefaultChain({ env, timeoutMs, budget, mask, log: log.info })
    },
    assumeRole: req => {
      const call = createRpcCaller({
        service: 'sts',
        version: STS_VERSION,
        endpoint: config.stsEndpoint,
        timeoutMs,
        budget
      })
      return withRetry(() => assumeRoleWithOidc(call, req), policy)
    },
    mask,
    log: log.info,
    debug: log.debug
  })
  // Once the credentials are masked: a secret obtained above has no line before its mask.
  for (const line of endpointReasons(config)) log.debug(line)
  const identity =
    config.auth.kind === 'oidc'
      ? `the RAM role ${config.auth.roleArn}`
      : `the AccessKey ${credentials.accessKeyId}`
  const signedCaller = (service: Service, version: string, endpoint: Endpoint) =>
    createRpcCaller({
      service,
      version,
      endpoint,
      credentials,
      identity,
      secretSource: credentials.secretFrom,
      timeoutMs,
      budget
    })
  const client = createEhpcClient(signedCaller('ehpc', EHPC_VERSION, config.endpoint))
  return { client, warmUp, signedCaller }
}

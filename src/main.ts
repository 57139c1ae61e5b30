import * as core from '@actions/core'
import { readRunContext } from './context.js'
import { readConfig } from './inputs.js'
import type { Config, DryRunConfig, LiveConfig } from './config.js'
import type { Endpoint } from './endpoint.js'
import { createEhpcClient, EHPC_VERSION } from './ehpc.js'
import { registerImage, type RegisterResult } from './register.js'
import { realSleep, retryBaseDelayMs, withRetry, type RetryPolicy } from './retry.js'
import { resolveCredentials } from './credentials.js'
import { assumeRoleWithOidc, STS_VERSION } from './sts.js'
import { redactedAddImageQuery } from './add-image-query.js'
import {
  dryRunSummary,
  escapeHtml,
  failureSummary,
  successSummary,
  type Summary
} from './summary.js'
import {
  failureCode,
  failureMessage,
  failureTitle,
  fixFor,
  registeredAfter,
  retryLine,
  troubleshootingAnchor,
  whatHappened
} from './explain.js'
import { ActionError, ApiError } from './errors.js'
import { troubleshootingUrl } from './docs-link.js'
import { configWarnings } from './warnings.js'
import { SecretRegistry } from './secrets.js'
import { log } from './log.js'
import { fetchIdToken } from './github-token.js'
import { silenceNodeDebug } from './node-debug.js'

/** No retry starts later than this after the step began. */
const STEP_BUDGET_MS = 15 * 60_000

export async function run(): Promise<void> {
  const secrets = new SecretRegistry(core.setSecret)
  const env = process.env
  let config: Config | undefined
  try {
    const cfg = readConfig(name => core.getInput(name), env, readRunContext(env), secrets.add)
    config = cfg
    for (const w of configWarnings(cfg)) log.warning(w.message, { title: w.title })
    if (cfg.dryRun) {
      await dryRun(cfg, secrets)
      return
    }
    const policy = retryPolicy(cfg, env)
    // `debug` (bundled under the client's HTTP library) prints every signed request, secrets
    // included, when DEBUG names it; it reads DEBUG once, when the client loads just below.
    delete env.DEBUG
    if (silenceNodeDebug(env))
      log.info("NODE_DEBUG is set: Node's debug output is left out, as it holds request headers.")
    // Loaded here, not at start-up: input errors and dry runs never need the cloud client.
    const { createRpcCaller } = await import('./openapi.js')
    // Checked here so that proxy.ts is only loaded when a proxy is configured.
    if (env.HTTPS_PROXY || env.https_proxy || env.HTTP_PROXY || env.http_proxy) {
      const { routeThroughProxy } = await import('./proxy.js')
      for (const route of routeThroughProxy(
        apiEndpoints(cfg),
        env,
        cfg.requestTimeoutMs,
        secrets.add
      ))
        log.info(`Connecting to ${route}.`)
    }
    const credentials = await resolveCredentials(cfg.auth, {
      env,
      getIDToken: audience =>
        fetchIdToken(audience, {
          url: env.ACTIONS_ID_TOKEN_REQUEST_URL ?? '',
          timeoutMs: cfg.requestTimeoutMs,
          policy,
          getIDToken: core.getIDToken
        }),
      // RRSA only: loaded when a token file is to be read.
      readTokenFile: async path => (await import('./token-file.js')).readTokenFile(path),
      // Loaded only when no explicit source is given: the library is not in the start-up path.
      defaultChain: async () => {
        const { fromDefaultChain } = await import('./default-chain.js')
        return fromDefaultChain({
          env,
          timeoutMs: cfg.requestTimeoutMs,
          mask: secrets.add,
          log: log.info
        })
      },
      assumeRole: req => {
        const call = createRpcCaller({
          service: 'sts',
          version: STS_VERSION,
          endpoint: cfg.stsEndpoint,
          timeoutMs: cfg.requestTimeoutMs
        })
        return withRetry(() => assumeRoleWithOidc(call, req), policy)
      },
      mask: secrets.add,
      log: log.info,
      debug: log.debug
    })
    const client = createEhpcClient(
      createRpcCaller({
        service: 'ehpc',
        version: EHPC_VERSION,
        endpoint: cfg.endpoint,
        credentials,
        identity:
          cfg.auth.kind === 'oidc'
            ? `the RAM role ${cfg.auth.roleArn}`
            : `the AccessKey ${credentials.accessKeyId}`,
        timeoutMs: cfg.requestTimeoutMs
      })
    )
    const result = await registerImage(cfg.image, cfg.ifExists, {
      client,
      policy,
      log: log.info,
      warn: log.warning
    })
    setOutputsAfterRegistering(cfg, result)
    await writeSummary(cfg.jobSummary, successSummary(cfg, result))
    if (cfg.release) {
      const { annotateRelease, recordOf } = await import('./release.js')
      await annotateRelease(cfg.release, recordOf(cfg, result), {
        policy,
        timeoutMs: cfg.requestTimeoutMs,
        log: log.info,
        debug: log.debug,
        notice: log.notice
      })
    }
  } catch (err) {
    await fail(err, config, secrets)
  }
}

/** The image is registered by now: a failure to write outputs must say so, and its id. */
function setOutputsAfterRegistering(config: LiveConfig, result: RegisterResult): void {
  try {
    setOutputs(config, result)
  } catch (err) {
    const detail = err instanceof Error ? err.message : String(err)
    throw new ActionError(
      `The image was ${result.created ? 'registered' : 'already registered (reused)'}: ${config.image.name} ${config.image.version} is ${result.imageId}. ` +
        `But the step outputs could not be written (GITHUB_OUTPUT: ${detail}), so later steps do not get image-id. ` +
        'Fix the runner (GITHUB_OUTPUT must name a writable file) and re-run: the re-run finds the image and reuses it (if-exists: reuse).',
      result.requestId,
      'OutputsNotWritten'
    )
  }
}

/**
 * Ends the run with one annotation (titled, linking its troubleshooting section) and a job
 * summary that says what failed and what was or was not registered. Every text is redacted:
 * a server message may echo a value we sent (e.g. the registry credential).
 */
async function fail(err: unknown, config: Config | undefined, secrets: SecretRegistry) {
  const docsUrl = troubleshootingUrl(troubleshootingAnchor(err), process.env)
  const message = secrets.redact(failureMessage(err))
  log.error(`${message} Troubleshooting: ${docsUrl}`, { title: failureTitle(err) })
  process.exitCode = core.ExitCode.Failure
  // Inputs that failed to read still say whether a summary is wanted.
  const wanted = config?.jobSummary ?? core.getInput('job-summary').trim().toLowerCase() !== 'false'
  await writeSummary(
    wanted,
    failureSummary(config, {
      title: failureTitle(err),
      code: failureCode(err),
      message: secrets.redact(err instanceof ApiError ? whatHappened(err) : message),
      fix: err instanceof ApiError ? secrets.redact(fixFor(err)) : undefined,
      requestId: err instanceof ApiError || err instanceof ActionError ? err.requestId : undefined,
      registered: registeredAfter(err),
      docsUrl
    })
  )
}

function retryPolicy(config: LiveConfig, env: NodeJS.ProcessEnv): RetryPolicy {
  return {
    maxAttempts: config.maxAttempts,
    baseDelayMs: retryBaseDelayMs(apiEndpoints(config), env),
    maxDelayMs: 20_000,
    deadline: Date.now() + STEP_BUDGET_MS,
    sleep: realSleep,
    random: Math.random,
    now: Date.now,
    // At info level: a slow or failing endpoint must not look like a hang.
    onRetry: info => log.info(retryLine(info))
  }
}

/** The endpoints this run calls: Alibaba Cloud's, and GitHub's API with annotate-release. */
function apiEndpoints(config: LiveConfig): Endpoint[] {
  return [
    config.endpoint,
    ...(config.auth.kind === 'oidc' ? [config.stsEndpoint] : []),
    ...(config.release ? [config.release.apiEndpoint] : [])
  ]
}

async function dryRun(config: DryRunConfig, secrets: SecretRegistry): Promise<void> {
  const { image } = config
  const request = secrets.redact(JSON.stringify(redactedAddImageQuery(image), null, 2))
  log.info(
    `Dry run: nothing is sent. The run would look up ${image.name} ${image.version} (${image.type}) with ListImages at ${config.endpoint.host}, then, per if-exists: ${config.ifExists}, send AddImage with:`
  )
  for (const line of request.split('\n')) log.info(line)
  if (config.release) {
    const plan = (await import('./release.js')).describeDryRun(config.release, config)
    for (const line of plan.split('\n')) log.info(line)
  }
  setOutputs(config)
  await writeSummary(config.jobSummary, dryRunSummary(config, request))
}

function setOutputs(config: Config, result?: RegisterResult): void {
  if (result) core.setOutput('image-id', result.imageId)
  core.setOutput('created', result?.created ? 'true' : 'false')
  core.setOutput('image-name', config.image.name)
  core.setOutput('image-version', config.image.version)
  core.setOutput('image-type', config.image.type)
  if (result?.requestId) core.setOutput('request-id', result.requestId)
  core.setOutput('replaced-image-id', result?.replacedImageId ?? '')
}

async function writeSummary(wanted: boolean, summary: Summary): Promise<void> {
  if (!wanted || !process.env.GITHUB_STEP_SUMMARY) return
  try {
    // addHeading writes its text as HTML as it is.
    core.summary.addHeading(escapeHtml(summary.heading), 3).addTable([
      [
        { data: 'Field', header: true },
        { data: 'Value', header: true }
      ],
      ...summary.rows
    ])
    if (summary.details) core.summary.addDetails(summary.details.label, summary.details.html)
    await core.summary.write()
  } catch (err) {
    log.warning(
      `Could not write the job summary: ${err instanceof Error ? err.message : String(err)}`
    )
  }
}

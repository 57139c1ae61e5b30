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
import { summaryHeading, summaryRows } from './summary.js'
import { failureMessage } from './explain.js'
import { SecretRegistry } from './secrets.js'

/** No retry starts later than this after the step began. */
const STEP_BUDGET_MS = 15 * 60_000

export async function run(): Promise<void> {
  const secrets = new SecretRegistry(core.setSecret)
  try {
    const env = process.env
    const config = readConfig(name => core.getInput(name), env, readRunContext(env), secrets.add)
    if (config.dryRun) {
      await dryRun(config)
      return
    }
    const policy = retryPolicy(config, env)
    // Loaded here, not at start-up: input errors and dry runs never need the cloud client.
    const { createRpcCaller } = await import('./openapi.js')
    // Checked here so that proxy.ts is only loaded when a proxy is configured.
    if (env.HTTPS_PROXY || env.https_proxy || env.HTTP_PROXY || env.http_proxy) {
      const { routeThroughProxy } = await import('./proxy.js')
      for (const route of routeThroughProxy(
        apiEndpoints(config),
        env,
        config.requestTimeoutMs,
        secrets.add
      ))
        core.info(`Connecting to ${route}.`)
    }
    const credentials = await resolveCredentials(config.auth, {
      env,
      subject:
        env.GITHUB_REPOSITORY && env.GITHUB_REF
          ? `repo:${env.GITHUB_REPOSITORY}:ref:${env.GITHUB_REF}`
          : undefined,
      getIDToken: audience => core.getIDToken(audience),
      assumeRole: req => {
        const call = createRpcCaller({
          service: 'sts',
          version: STS_VERSION,
          endpoint: config.stsEndpoint,
          timeoutMs: config.requestTimeoutMs
        })
        return withRetry(() => assumeRoleWithOidc(call, req), policy)
      },
      mask: secrets.add,
      log: core.info
    })
    const client = createEhpcClient(
      createRpcCaller({
        service: 'ehpc',
        version: EHPC_VERSION,
        endpoint: config.endpoint,
        credentials,
        timeoutMs: config.requestTimeoutMs
      })
    )
    const result = await registerImage(config.image, config.ifExists, {
      client,
      policy,
      log: core.info,
      warn: core.warning
    })
    setOutputs(config, result)
    await writeSummary(config, result)
  } catch (err) {
    // A server message may echo a value we sent (e.g. the registry credential).
    core.setFailed(secrets.redact(failureMessage(err)))
  }
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
    onRetry: ({ action, code, attempt, maxAttempts, waitMs }) =>
      core.debug(
        `${action} attempt ${attempt}/${maxAttempts} failed with ${code}; retrying in ${waitMs} ms`
      )
  }
}

/** The Alibaba Cloud endpoints this run calls. */
function apiEndpoints(config: LiveConfig): Endpoint[] {
  return config.auth.kind === 'oidc' ? [config.endpoint, config.stsEndpoint] : [config.endpoint]
}

async function dryRun(config: DryRunConfig): Promise<void> {
  const { image } = config
  core.info(
    `Dry run: nothing is sent. The run would look up ${image.name} ${image.version} (${image.type}) with ListImages at ${config.endpoint.host}, then, per if-exists: ${config.ifExists}, send AddImage with:`
  )
  core.info(JSON.stringify(redactedAddImageQuery(image), null, 2))
  setOutputs(config)
  await writeSummary(config)
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

async function writeSummary(config: Config, result?: RegisterResult): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) return
  try {
    await core.summary
      .addHeading(summaryHeading(config, result), 3)
      .addTable([
        [
          { data: 'Field', header: true },
          { data: 'Value', header: true }
        ],
        ...summaryRows(config, result)
      ])
      .write()
  } catch (err) {
    core.warning(
      `Could not write the job summary: ${err instanceof Error ? err.message : String(err)}`
    )
  }
}

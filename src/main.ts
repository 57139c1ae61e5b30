import * as core from '@actions/core'
import { readRunContext } from './inputs/run-context.js'
import { readConfig } from './inputs/read-config.js'
import type { Config, DryRunConfig, LiveConfig } from './inputs/config.js'
import { registerImage, type RegisterResult } from './register/register.js'
import { realSleep, retryBaseDelayMs, type RetryPolicy } from './failures/retry.js'
import { apiEndpoints, connectEhpc, plannedProxyRoutes } from './connect.js'
import { redactedAddImageQuery } from './ehpc/add-image-query.js'
import {
  dryRunSummary,
  escapeHtml,
  failureSummary,
  successSummary,
  type Summary
} from './report/summary.js'
import {
  failureCode,
  failureMessage,
  failureTitle,
  fixFor,
  registeredAfter,
  retryLine,
  troubleshootingAnchor,
  whatHappened
} from './failures/explain.js'
import { ActionError, ApiError } from './failures/errors.js'
import { troubleshootingUrl } from './failures/docs-link.js'
import { configWarnings } from './inputs/warnings.js'
import { SecretRegistry } from './report/secrets.js'
import { log } from './report/log.js'
import { stepBudget, type StepBudget } from './budget/step-budget.js'

export async function run(): Promise<void> {
  const secrets = new SecretRegistry(core.setSecret)
  const env = process.env
  let config: Config | undefined
  // Set once the image is registered: a later failure's summary says so.
  let registered: RegisterResult | undefined
  try {
    const cfg = readConfig(name => core.getInput(name), env, readRunContext(env), secrets.add)
    config = cfg
    for (const w of configWarnings(cfg)) log.warning(w.message, { title: w.title })
    if (cfg.dryRun) {
      await dryRun(cfg, secrets)
      return
    }
    const budget = stepBudget(apiEndpoints(cfg), env)
    const policy = retryPolicy(cfg, env, budget)
    const client = await connectEhpc(cfg, policy, env, secrets.add, budget)
    const result = await registerImage(cfg.image, cfg.ifExists, {
      client,
      policy,
      log: log.info,
      warn: log.warning
    })
    registered = result
    setOutputsAfterRegistering(cfg, result)
    if (cfg.release) {
      const { annotateRelease, recordOf } = await import('./release/annotate.js')
      await annotateRelease(cfg.release, recordOf(cfg, result), {
        policy,
        budget,
        timeoutMs: cfg.requestTimeoutMs,
        log: log.info,
        debug: log.debug,
        notice: log.notice
      })
    }
    await writeSummary(cfg.jobSummary, successSummary(cfg, result))
  } catch (err) {
    await fail(err, config, secrets, registered)
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
 * Ends the run with one annotation (titled, linking its troubleshooting section) and one job
 * summary that says what failed and what was or was not registered (with the image's id when
 * the failure came after registering). Every text is redacted: a server message may echo a
 * value we sent (e.g. the registry credential).
 */
async function fail(
  err: unknown,
  config: Config | undefined,
  secrets: SecretRegistry,
  registered?: RegisterResult
) {
  const docsUrl = troubleshootingUrl(troubleshootingAnchor(err), process.env)
  const message = secrets.redact(failureMessage(err))
  // The title holds the server's code, which may echo what was sent too.
  const title = secrets.redact(failureTitle(err))
  const code = failureCode(err)
  // Before registering, nothing has written them: an `if: failure()` step still gets them.
  if (config && !registered) setImageOutputsOnFailure(config)
  log.error(`${message} Troubleshooting: ${docsUrl}`, { title })
  process.exitCode = core.ExitCode.Failure
  // Inputs that failed to read still say whether a summary is wanted.
  const wanted = config?.jobSummary ?? core.getInput('job-summary').trim().toLowerCase() !== 'false'
  await writeSummary(
    wanted,
    failureSummary(config, registered, {
      title,
      code: code && secrets.redact(code),
      message: secrets.redact(err instanceof ApiError ? whatHappened(err) : message),
      fix: err instanceof ApiError ? secrets.redact(fixFor(err)) : undefined,
      requestId: err instanceof ApiError || err instanceof ActionError ? err.requestId : undefined,
      registered: registeredAfter(err, registered !== undefined),
      docsUrl
    })
  )
}

function retryPolicy(config: LiveConfig, env: NodeJS.ProcessEnv, budget: StepBudget): RetryPolicy {
  return {
    maxAttempts: config.maxAttempts,
    baseDelayMs: retryBaseDelayMs(apiEndpoints(config), env),
    maxDelayMs: 20_000,
    deadline: budget.deadline,
    sleep: realSleep,
    random: Math.random,
    now: budget.now,
    // At info level: a slow or failing endpoint must not look like a hang.
    onRetry: info => log.info(retryLine(info))
  }
}

async function dryRun(config: DryRunConfig, secrets: SecretRegistry): Promise<void> {
  const { image } = config
  // What the real run refuses before sending, the dry run refuses too.
  for (const route of await plannedProxyRoutes(config, process.env))
    log.info(`Dry run: the run would connect to ${route}.`)
  const request = secrets.redact(JSON.stringify(redactedAddImageQuery(image), null, 2))
  log.info(
    `Dry run: nothing is sent. The run would look up ${image.name} ${image.version} (${image.type}) with ListImages at ${config.endpoint.host}, then, per if-exists: ${config.ifExists}, send AddImage with:`
  )
  for (const line of request.split('\n')) log.info(line)
  if (config.release) {
    const plan = (await import('./release/annotate.js')).describeDryRun(config.release, config)
    for (const line of plan.split('\n')) log.info(line)
  }
  setOutputs(config)
  await writeSummary(config.jobSummary, dryRunSummary(config, request))
}

function setOutputs(config: Config, result?: RegisterResult): void {
  if (result) core.setOutput('image-id', result.imageId)
  core.setOutput('created', result?.created ? 'true' : 'false')
  setImageOutputs(config)
  if (result?.requestId) core.setOutput('request-id', result.requestId)
  core.setOutput('replaced-image-id', result?.replacedImageId ?? '')
}

/** What the run was for, known once the inputs are read, whatever happened after. */
function setImageOutputs(config: Config): void {
  core.setOutput('image-name', config.image.name)
  core.setOutput('image-version', config.image.version)
  core.setOutput('image-type', config.image.type)
}

/** The failure is reported whether or not GITHUB_OUTPUT can be written. */
function setImageOutputsOnFailure(config: Config): void {
  try {
    setImageOutputs(config)
  } catch (err) {
    log.debug(`Outputs not written: ${err instanceof Error ? err.message : String(err)}`)
  }
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

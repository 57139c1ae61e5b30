import * as core from '@actions/core'
import { readRunContext } from './inputs/run-context.js'
import { readConfig } from './inputs/read-config.js'
import type { Config, DryRunConfig } from './inputs/config.js'
import { registerImage, type RegisterResult } from './register/register.js'
import { runRetryPolicy } from './failures/retry-policy.js'
import { apiEndpoints, connectEhpc, plannedProxyRoutes } from './connect.js'
import { redactedAddImageQuery } from './ehpc/add-image-query.js'
import { dryRunSummary, successSummary } from './report/summary.js'
import { retryLine } from './failures/explain.js'
import { configWarnings } from './inputs/warnings.js'
import { SecretRegistry } from './report/secrets.js'
import { log } from './report/log.js'
import { setOutputs, setOutputsAfterRegistering } from './report/outputs.js'
import { writeJobSummary } from './report/job-summary.js'
import { reportFailure } from './report/failure.js'
import { stepBudget } from './budget/step-budget.js'

/** The run: inputs → config → credentials and client → register → outputs, release, summary. */
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
    // At info level: a slow or failing endpoint must not look like a hang.
    const policy = runRetryPolicy(cfg.maxAttempts, apiEndpoints(cfg), env, budget, info =>
      log.info(retryLine(info))
    )
    const { client, warmUp } = await connectEhpc(cfg, policy, env, secrets.add, budget)
    const result = await registerImage(cfg.image, cfg.ifExists, {
      client,
      warmUp,
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
    await writeJobSummary(cfg.jobSummary, successSummary(cfg, result))
  } catch (err) {
    await reportFailure(err, config, secrets, registered)
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
  await writeJobSummary(config.jobSummary, dryRunSummary(config, request))
}

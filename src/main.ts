import * as core from '@actions/core'
import { readRunContext } from './inputs/run-context.js'
import { readConfig } from './inputs/read-config.js'
import type { Config, DryRunConfig } from './inputs/config.js'
import type { RegisterResult } from './register/register.js'
import { SecretRegistry } from './report/secrets.js'
import { log } from './report/log.js'
import { reportFailure } from './report/failure.js'
import type * as RunSteps from './run-steps.js'

type Steps = typeof RunSteps

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
    // Only now: an input error never loads the client, the lookup or the image check.
    const steps = await import('./run-steps.js')
    const {
      apiEndpoints,
      configWarnings,
      connectEhpc,
      ECS_VERSION,
      imageGate,
      registerImage,
      requestTimeLeft,
      retryLine,
      runRetryPolicy,
      setOutputsAfterRegistering,
      startImageCheck,
      stepBudget,
      successSummary,
      writeJobSummary
    } = steps
    for (const w of configWarnings(cfg)) log.warning(w.message, { title: w.title })
    if (cfg.dryRun) {
      await dryRun(cfg, secrets, steps)
      return
    }
    const budget = stepBudget(apiEndpoints(cfg), env)
    // At info level: a slow or failing endpoint must not look like a hang.
    const policy = runRetryPolicy(cfg.maxAttempts, apiEndpoints(cfg), env, budget, info =>
      log.info(retryLine(info))
    )
    const connecting = connectEhpc(cfg, policy, env, secrets.add, budget)
    // Side by side with the credentials and the lookup; awaited before any write.
    const gate = imageGate(
      startImageCheck(cfg, {
        policy,
        env,
        timeoutMs: () => requestTimeLeft(budget, cfg.requestTimeoutMs),
        mask: secrets.add,
        debug: log.debug,
        ecsCaller: async () => (await connecting).signedCaller('ecs', ECS_VERSION, cfg.ecsEndpoint),
        log: log.info
      }),
      cfg.verifyImage,
      { log: log.info, warn: log.warning }
    )
    const { client, warmUp } = await connecting
    const result = await registerImage(cfg.image, cfg.ifExists, {
      client,
      warmUp,
      policy,
      log: log.info,
      warn: log.warning,
      debug: log.debug,
      beforeWrite: gate.beforeWrite
    })
    registered = result
    const check = await gate.outcome()
    setOutputsAfterRegistering(cfg, result, check)
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
    await writeJobSummary(cfg.jobSummary, successSummary(cfg, result, check))
  } catch (err) {
    await reportFailure(err, config, secrets, registered)
  }
}

async function dryRun(config: DryRunConfig, secrets: SecretRegistry, steps: Steps): Promise<void> {
  const {
    dryRunSummary,
    imageGate,
    plannedProxyRoutes,
    redactedAddImageQuery,
    setOutputs,
    writeJobSummary
  } = steps
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
  // Read-only, so a dry run checks the image too; what it finds stops it as it would the run.
  const gate = imageGate(dryRunCheck(config, secrets, steps), config.verifyImage, {
    log: line => log.info(`Dry run: ${line}`),
    warn: log.warning
  })
  await gate.beforeWrite()
  const check = await gate.outcome()
  setOutputs(config, undefined, check)
  await writeJobSummary(config.jobSummary, dryRunSummary(config, request, check))
}

/** The dry run's check: ECS is asked only with an AccessKey at hand (a dry run fetches no credentials). */
function dryRunCheck(config: DryRunConfig, secrets: SecretRegistry, steps: Steps) {
  const {
    apiEndpoints,
    ECS_VERSION,
    keySecretFrom,
    requestTimeLeft,
    retryLine,
    runRetryPolicy,
    startImageCheck,
    stepBudget
  } = steps
  const budget = stepBudget(apiEndpoints(config), process.env)
  const policy = runRetryPolicy(
    config.maxAttempts,
    apiEndpoints(config),
    process.env,
    budget,
    info => log.info(retryLine(info))
  )
  const keys = config.auth?.kind === 'keys' ? config.auth : undefined
  return startImageCheck(config, {
    policy,
    env: process.env,
    timeoutMs: () => requestTimeLeft(budget, config.requestTimeoutMs),
    mask: secrets.add,
    debug: log.debug,
    ecsCaller: keys
      ? async () => {
          const { createRpcCaller } = await import('./http/rpc-caller.js')
          return createRpcCaller({
            service: 'ecs',
            version: ECS_VERSION,
            endpoint: config.ecsEndpoint,
            credentials: keys,
            identity: `the AccessKey ${keys.accessKeyId}`,
            secretSource: keySecretFrom(keys),
            timeoutMs: config.requestTimeoutMs,
            budget
          })
        }
      : undefined,
    log: line => log.info(`Dry run: ${line}`)
  })
}

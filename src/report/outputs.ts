import * as core from '@actions/core'
import type { Config, LiveConfig } from '../inputs/config.js'
import type { RegisterResult } from '../register/register.js'
import { ActionError } from '../failures/errors.js'
import { log } from './log.js'
import { requestIdOutput } from './output-values.js'
import type { ImageCheck } from '../verify/outcome.js'

/** The step outputs: what was registered (nothing yet on a dry run) and under which name. */
export function setOutputs(config: Config, result?: RegisterResult, check?: ImageCheck): void {
  if (result) core.setOutput('image-id', result.imageId)
  core.setOutput('created', result?.created ? 'true' : 'false')
  setImageOutputs(config)
  const requestId = requestIdOutput(result?.requestId, log.warning)
  if (requestId) core.setOutput('request-id', requestId)
  core.setOutput('replaced-image-id', result?.replacedImageId ?? '')
  core.setOutput('image-digest', check?.kind === 'confirmed' ? (check.digest ?? '') : '')
  core.setOutput('app-id', result?.appId ?? '')
  core.setOutput('image-status', result?.status ?? '')
}

/** What the run was for, known once the inputs are read, whatever happened after. */
function setImageOutputs(config: Config): void {
  core.setOutput('image-name', config.image.name)
  core.setOutput('image-version', config.image.version)
  core.setOutput('image-type', config.image.type)
}

/** The failure is reported whether or not GITHUB_OUTPUT can be written. */
export function setImageOutputsOnFailure(config: Config): void {
  try {
    setImageOutputs(config)
  } catch (err) {
    log.debug(`Outputs not written: ${err instanceof Error ? err.message : String(err)}`)
  }
}

/** The image is registered by now: a failure to write outputs must say so, and its id. */
export function setOutputsAfterRegistering(
  config: LiveConfig,
  result: RegisterResult,
  check?: ImageCheck
): void {
  try {
    setOutputs(config, result, check)
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

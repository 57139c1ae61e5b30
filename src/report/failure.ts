import * as core from '@actions/core'
import type { Config } from '../inputs/config.js'
import type { RegisterResult } from '../register/register.js'
import { readBoolean } from '../inputs/values.js'
import {
  failureCode,
  failureMessage,
  failedCall,
  failureTitle,
  fixFor,
  isApiFailure,
  registeredAfter,
  troubleshootingAnchor,
  whatHappened
} from '../failures/explain.js'
import { ActionError } from '../failures/errors.js'
import { troubleshootingUrl } from '../failures/docs-link.js'
import type { SecretRegistry } from './secrets.js'
import { failureSummary } from './summary.js'
import { writeJobSummary } from './job-summary.js'
import { log } from './log.js'
import { setImageOutputsOnFailure } from './outputs.js'

/**
 * Ends the run with one annotation (titled, linking its troubleshooting section) and one job
 * summary that says what failed and what was or was not registered (with the image's id when
 * the failure came after registering). Every text is redacted: a server message may echo a
 * value we sent (e.g. the registry credential).
 */
export async function reportFailure(
  err: unknown,
  config: Config | undefined,
  secrets: SecretRegistry,
  registered?: RegisterResult
): Promise<void> {
  const docsUrl = troubleshootingUrl(troubleshootingAnchor(err), process.env)
  const message = secrets.redact(failureMessage(err))
  // The title holds the server's code, which may echo what was sent too.
  const title = secrets.redact(failureTitle(err))
  const code = failureCode(err)
  // Before registering, nothing has written them: an `if: failure()` step still gets them.
  if (config && !registered) setImageOutputsOnFailure(config)
  log.error(`${message} Troubleshooting: ${docsUrl}`, { title })
  process.exitCode = core.ExitCode.Failure
  await writeJobSummary(
    config?.jobSummary ?? summaryWanted(),
    failureSummary(config, registered, {
      title,
      code: code && secrets.redact(code),
      message: secrets.redact(isApiFailure(err) ? whatHappened(err) : message),
      fix: isApiFailure(err) ? secrets.redact(fixFor(err)) : undefined,
      requestId: isApiFailure(err)
        ? failedCall(err).requestId
        : err instanceof ActionError
          ? err.requestId
          : undefined,
      registered: registeredAfter(err, registered !== undefined),
      docsUrl
    })
  )
}

/**
 * Whether a summary is wanted when the inputs failed to read: job-summary as readConfig
 * reads it, or its default (true) when it is the input that is wrong.
 */
function summaryWanted(): boolean {
  try {
    return readBoolean('job-summary', core.getInput('job-summary').trim(), true)
  } catch {
    return true
  }
}

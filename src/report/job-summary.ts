import * as core from '@actions/core'
import { escapeHtml, type Summary } from './summary.js'
import { log } from './log.js'

/**
 * Writes `summary` as the step's job summary, when it is wanted and the runner gives a file
 * for it. A summary that cannot be written is a warning: it never fails the run.
 */
export async function writeJobSummary(wanted: boolean, summary: Summary): Promise<void> {
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

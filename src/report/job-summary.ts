import { accessSync, appendFileSync, constants } from 'node:fs'
import * as core from '@actions/core'
import { escapeHtml, type Summary } from './summary.js'
import { log } from './log.js'

/**
 * Writes `summary` as the step's job summary, when it is wanted and the runner gives a file
 * for it. A summary that cannot be written is a warning: it never fails the run.
 */
export async function writeJobSummary(wanted: boolean, summary: Summary): Promise<void> {
  const file = process.env.GITHUB_STEP_SUMMARY
  if (!wanted || !file) return
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
    // core renders it; it is appended as core appends outputs, synchronously, with the
    // check core's write() makes (a file the runner did not make is not created). write()
    // goes through fs/promises on libuv's thread pool, which a run that needed no pool
    // before (endpoints given as addresses, as in the benchmark) starts for it: about 2 ms.
    try {
      accessSync(file, constants.R_OK | constants.W_OK)
    } catch {
      throw new Error(
        `Unable to access summary file: '${file}'. Check if the file has correct read/write permissions.`
      )
    }
    appendFileSync(file, core.summary.stringify(), 'utf8')
    core.summary.emptyBuffer()
  } catch (err) {
    log.warning(
      `Could not write the job summary: ${err instanceof Error ? err.message : String(err)}`
    )
  }
}

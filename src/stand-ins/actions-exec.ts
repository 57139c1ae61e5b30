/**
 * Build-time stand-in for `@actions/exec`, swapped in by scripts/build.mjs. @actions/core
 * imports it only for platform.getDetails(), which this action never calls; leaving it out
 * spares every run the load of child_process and @actions/io.
 */
export async function getExecOutput(): Promise<never> {
  throw new Error('@actions/exec is not bundled in this action (see src/stand-ins/actions-exec.ts)')
}

/**
 * The parts of the GitHub run that defaults are derived from, read from the runner's
 * environment. Not @actions/github's `context`: it reads the same variables (plus the event
 * file), but loading that package with Octokit adds tens of milliseconds to every run, so it
 * is loaded only when annotate-release needs Octokit (src/release/github-client.ts). The tag and repository
 * the release is looked up by come from here too, so that a dry run or a run that is not for
 * a tag does not load it either.
 */
export interface RunContext {
  refType?: string
  refName?: string
  sha?: string
  repository?: string
  runId?: string
}

export function readRunContext(env: NodeJS.ProcessEnv): RunContext {
  const pick = (name: string) => env[name]?.trim() || undefined
  return {
    refType: pick('GITHUB_REF_TYPE'),
    refName: pick('GITHUB_REF_NAME'),
    sha: pick('GITHUB_SHA'),
    repository: pick('GITHUB_REPOSITORY'),
    runId: pick('GITHUB_RUN_ID')
  }
}

export function defaultImageVersion(ctx: RunContext): string | undefined {
  if (ctx.refType === 'tag' && ctx.refName) return ctx.refName
  if (ctx.sha) return `sha-${ctx.sha.slice(0, 7)}`
  return undefined
}

export function defaultDescription(ctx: RunContext): string | undefined {
  if (!ctx.repository || !ctx.sha) return undefined
  const run = ctx.runId ? `, run ${ctx.runId}` : ''
  return `${ctx.repository}@${ctx.sha.slice(0, 7)}${run}`
}

export function defaultRoleSessionName(ctx: RunContext, now: () => number = Date.now): string {
  return `github-actions-${ctx.runId ?? now()}`
}

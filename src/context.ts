/** The parts of the GitHub run that defaults are derived from. */
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

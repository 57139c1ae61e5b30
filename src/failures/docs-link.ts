/** Where the action is published: docs links fall back to it when the runner does not say. */
const HOME_REPOSITORY = 'OWNER/ehpc-add-image'

/**
 * A link to a section of docs/TROUBLESHOOTING.md, in the version of the action that runs:
 * the runner names the action's repository and ref (GITHUB_ACTION_REPOSITORY,
 * GITHUB_ACTION_REF) for an action used from a repository; otherwise the published home.
 */
export function troubleshootingUrl(anchor: string, env: NodeJS.ProcessEnv): string {
  const server = env.GITHUB_SERVER_URL || 'https://github.com'
  const repository = env.GITHUB_ACTION_REPOSITORY || HOME_REPOSITORY
  const ref = (env.GITHUB_ACTION_REPOSITORY && env.GITHUB_ACTION_REF) || 'main'
  return `${server}/${repository}/blob/${ref}/docs/TROUBLESHOOTING.md#${anchor}`
}

import { InputError } from '../failures/errors.js'
import type { ReleaseConfig } from '../inputs/config.js'
import type { RunContext } from '../inputs/run-context.js'
import { withoutUserInfo } from '../report/urls.js'
import { readBoolean } from '../inputs/values.js'

/**
 * Reads `annotate-release` and, only when it is true, `github-token` (masked at once) and
 * GITHUB_API_URL. Undefined when annotate-release is false.
 */
export function readReleaseConfig(
  input: (name: string) => string,
  env: NodeJS.ProcessEnv,
  ctx: RunContext,
  mask: (secret: string) => void
): ReleaseConfig | undefined {
  if (!readBoolean('annotate-release', input('annotate-release'), false)) return undefined
  const token = input('github-token')
  if (!token) {
    throw new InputError(
      'github-token',
      'Input "github-token" is empty, but annotate-release is true: the release is edited through the GitHub API with this token. ' +
        'Leave github-token at its default (${{ github.token }}, with permissions: contents: write) or pass a token that may edit releases.'
    )
  }
  mask(token)
  const rawUrl = env.GITHUB_API_URL?.trim() || 'https://api.github.com'
  let url: URL | undefined
  try {
    url = new URL(rawUrl)
  } catch {
    url = undefined
  }
  if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:') || url.search || url.hash) {
    throw new InputError(
      'annotate-release',
      `annotate-release needs the GitHub API, but env GITHUB_API_URL is "${withoutUserInfo(rawUrl)}", not an http(s) URL such as https://api.github.com or https://github.example.com/api/v3.`
    )
  }
  const isTag = ctx.refType === 'tag' && !!ctx.refName
  return {
    token,
    apiUrl: url.href.replace(/\/+$/, ''),
    apiEndpoint: { host: url.host, protocol: url.protocol === 'http:' ? 'http' : 'https' },
    repository: ctx.repository,
    tag: isTag ? ctx.refName : undefined,
    ref: isTag || !ctx.refName ? undefined : `${ctx.refType ?? 'ref'} ${ctx.refName}`
  }
}

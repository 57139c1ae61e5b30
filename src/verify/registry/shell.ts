import type { ContainerTarget } from '../../inputs/config.js'
import { parseImageReference } from '../../inputs/image-reference.js'
import { createHttpFetch } from '../../http/octokit-fetch.js'
import { proxyConfigured } from '../../http/proxy-configured.js'
import type { ImageCheck } from '../outcome.js'
import { checkRegistry } from './check.js'
import { dockerConfigLogin, type RegistryLogin } from './docker-config.js'
import { registryTarget } from './target.js'

export interface RegistryShellDeps {
  env: NodeJS.ProcessEnv
  /** What is left for one request: the request timeout, clipped to the step's budget. */
  timeoutMs: () => number
  attempts: number
  mask: (secret: string) => void
  log: (message: string) => void
  debug: (message: string) => void
}

/**
 * The registry check of `container.registryUrl`: the credential it asks with (the registry
 * inputs, else the Docker config, else none), a bounded fetch through the proxy routes,
 * closed when the check has answered.
 */
export async function checkContainerImage(
  container: ContainerTarget,
  deps: RegistryShellDeps
): Promise<ImageCheck> {
  const ref = parseImageReference(container.registryUrl)
  if (typeof ref === 'string') throw new Error(`registry-url was not checked: ${ref}`)
  const target = registryTarget(ref)
  let login: RegistryLogin | undefined
  let noLoginWhy: string | undefined
  const fromInputs = container.credential
  const hosts = [...new Set([ref.host, target.host])]
  if (fromInputs && hosts.includes(fromInputs.server.toLowerCase())) {
    login = {
      kind: 'basic',
      username: fromInputs.username,
      password: fromInputs.password,
      from: 'inputs'
    }
  } else if (!fromInputs) {
    const found = dockerConfigLogin(hosts, deps.env, deps.mask)
    login = found?.login
    if (found?.login)
      deps.log(
        `Registry check: using the Docker config's credential for ${target.host} (${found.path}), for the check only.`
      )
    else if (found?.helper)
      noLoginWhy = `the Docker config names the credential helper docker-credential-${found.helper}, which the action does not run`
    else if (found?.unreadable) noLoginWhy = `the Docker config ${found.path} ${found.unreadable}`
  } else {
    noLoginWhy = `registry-server ${fromInputs.server} is not the registry-url host, so its credential is not sent to ${target.host}`
  }
  const proxy = proxyConfigured(deps.env) ? await import('../../http/proxy.js') : undefined
  const route = (url: URL) => {
    if (!proxy) return
    const endpoint = {
      protocol: url.protocol === 'http:' ? 'http' : 'https',
      host: url.host
    } as const
    for (const line of proxy.routeThroughProxy([endpoint], deps.env, deps.timeoutMs(), deps.mask))
      deps.log(`Connecting to ${line}.`)
  }
  route(new URL(`${target.protocol}://${target.host}`))
  deps.log(
    `Checking registry-url at ${target.host}${target.vpcHost ? ` (the public twin of ${target.vpcHost}, which only a VPC reaches)` : ''}: ${target.repository} ${target.reference}${login ? '' : ', anonymously'}.`
  )
  const http = createHttpFetch({ timeoutMs: deps.timeoutMs(), maxBodyBytes: 4 * 1024 * 1024 })
  try {
    return await checkRegistry(target, {
      fetch: (url, init) => http.within(deps.timeoutMs())(url, init),
      login,
      noLoginWhy,
      mask: deps.mask,
      debug: deps.debug,
      route,
      attempts: deps.attempts
    })
  } finally {
    http.close()
  }
}

/**
 * Build-time stand-in for `undici`, swapped in by scripts/build.mjs so the real
 * package (900 KB) stays out of dist/. Two importers, neither of which the action lets use it:
 * - @actions/http-client, for getAgentDispatcher(), a fetch() proxy helper; core.getIDToken
 *   uses node:http.
 * - @actions/github (only loaded with annotate-release: true), for its default Octokit fetch:
 *   when it loads, it builds that fetch and, when a proxy applies, a ProxyAgent for it. The
 *   action gives Octokit its own fetch (src/http/octokit-fetch.ts), so neither is ever used.
 * A ProxyAgent can therefore be made, but using it, or this fetch, fails loudly.
 */
const NOT_BUNDLED = 'undici is not bundled in this action (see src/stand-ins/undici.ts)'

export class ProxyAgent {
  dispatch(): never {
    throw new Error(NOT_BUNDLED)
  }

  request(): Promise<never> {
    return Promise.reject(new Error(NOT_BUNDLED))
  }
}

export async function fetch(): Promise<never> {
  throw new Error(NOT_BUNDLED)
}

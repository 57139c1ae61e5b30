/**
 * Build-time stand-in for `@actions/http-client` (and its `lib/auth`), swapped in by
 * scripts/build.mjs. It hands out the real package, the action's own dependency, but evaluates
 * it only when the first client is made. Its importers:
 * - @actions/core, at start-up, for core.getIDToken(), which the action never calls;
 * - src/credentials/id-token-request.ts, on keyless runs, for the ID-token request;
 * - @actions/github (annotate-release: true), which makes a client when it loads, for proxy
 *   agents its Octokit never uses (the action gives it its own fetch, src/http/octokit-fetch.ts).
 * So the runs that make no client (input errors, dry runs, AccessKey runs without
 * annotate-release) never evaluate the client, nor the proxy tunnel, http, https, tls and assert
 * behind it (measured in docs/PERFORMANCE.md, start-up).
 */
import type * as Real from '../../node_modules/@actions/http-client/lib/index.js'

export { BearerCredentialHandler } from '../../node_modules/@actions/http-client/lib/auth.js'

let real: typeof Real | undefined

/** The real package, evaluated on first use (a require the bundler keeps in this chunk). */
function load(): typeof Real {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  real ??= require('../../node_modules/@actions/http-client/lib/index.js') as typeof Real
  return real
}

/** `new HttpClient(...)` gives the real package's client. */
export const HttpClient = class {
  constructor(...args: ConstructorParameters<typeof Real.HttpClient>) {
    return new (load().HttpClient)(...args)
  }
} as unknown as typeof Real.HttpClient

/**
 * Build-time stand-in for `undici`, swapped in by scripts/build.mjs so the real
 * package (900 KB) stays out of dist/. @actions/http-client imports it only for
 * getAgentDispatcher(), a fetch() proxy helper this action never calls; core.getIDToken
 * uses node:http. Anything that does reach it fails loudly instead of silently.
 */
export class ProxyAgent {
  constructor() {
    throw new Error('undici is not bundled in this action (see src/stubs/undici.ts)')
  }
}

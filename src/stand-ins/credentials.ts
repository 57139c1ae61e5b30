/**
 * Build-time stand-in for `@alicloud/credentials`, swapped in by scripts/build.mjs for the
 * copy @alicloud/openapi-client imports at start-up. The client builds a credential from it
 * only when given bare keys; the action always hands it a ready credential (src/http/rpc-caller.ts),
 * and gets STS credentials itself (src/credentials/sts.ts) so that they share the action's retries,
 * timeouts and proxy. The package stays in dependencies for the default credential chain.
 */
export class Config {
  constructor(config: Record<string, unknown>) {
    Object.assign(this, config)
  }
}

export default class Credential {
  constructor() {
    throw new Error(
      '@alicloud/credentials is not bundled in this action (see src/stand-ins/credentials.ts)'
    )
  }
}

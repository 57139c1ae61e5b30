/**
 * Build-time stand-in for `@alicloud/credentials`, mapped in tsconfig.json "paths".
 * @alicloud/openapi-client builds a credential from it only when given bare keys; the
 * action always hands it a ready credential (src/openapi.ts), and gets STS credentials
 * itself (src/sts.ts) so that they share the action's retries, timeouts and proxy.
 */
export class Config {
  constructor(config: Record<string, unknown>) {
    Object.assign(this, config)
  }
}

export default class Credential {
  constructor() {
    throw new Error(
      '@alicloud/credentials is not bundled in this action (see src/stubs/credentials.ts)'
    )
  }
}

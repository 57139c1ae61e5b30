/**
 * Build-time stand-in for `@actions/http-client`, mapped in tsconfig.json "paths".
 * @actions/core imports it at start-up for one use, core.getIDToken(); this defers loading
 * the real client (and the proxy tunnel library behind it) until that call.
 */
import type * as Real from '../../node_modules/@actions/http-client/lib/index.js'

type RealClient = InstanceType<typeof Real.HttpClient>

export class HttpClient {
  private client?: Promise<RealClient>
  private readonly args: ConstructorParameters<typeof Real.HttpClient>

  constructor(...args: ConstructorParameters<typeof Real.HttpClient>) {
    this.args = args
  }

  private load(): Promise<RealClient> {
    this.client ??= import('../../node_modules/@actions/http-client/lib/index.js').then(
      m => new m.HttpClient(...this.args)
    )
    return this.client
  }

  async getJson<T>(...args: Parameters<RealClient['getJson']>) {
    return (await this.load()).getJson<T>(...args)
  }
}

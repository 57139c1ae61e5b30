import {
  DEMO_ACCESS_KEY,
  DEMO_OIDC,
  startEmulator,
  type Emulator,
  type EmulatorOptions
} from '../../emulator/emulator.mjs'

/**
 * One emulator for the tests of the file (or `describe` block) that calls this: started
 * before them, reset before each, closed after them. The value stands for that emulator:
 * `emu.url`, `emu.fault(…)` and passing `emu` on work as with the emulator itself.
 */
export function useEmulator(options?: EmulatorOptions): Emulator {
  let current: Emulator | undefined
  beforeAll(async () => {
    current = await startEmulator(options)
  })
  afterAll(async () => {
    await current?.close()
  })
  beforeEach(() => current?.reset())
  return new Proxy({} as Emulator, {
    get(_target, property) {
      if (!current) throw new Error('the emulator is used outside a test')
      const value: unknown = Reflect.get(current, property)
      return typeof value === 'function' ? value.bind(current) : value
    }
  })
}

/** The container image the inputs below register. */
export const REGISTRY_URL = 'registry.cn-hangzhou.aliyuncs.com/ns/app:v1.2.3'

/** Inputs that register the container image `app` at `endpoint` with the demo AccessKey. */
export function keyInputs(
  endpoint: string,
  extra: Record<string, string> = {}
): Record<string, string> {
  return {
    region: 'cn-hangzhou',
    endpoint,
    'access-key-id': DEMO_ACCESS_KEY.accessKeyId,
    'access-key-secret': DEMO_ACCESS_KEY.accessKeySecret,
    name: 'app',
    'registry-url': REGISTRY_URL,
    ...extra
  }
}

/** Inputs that register the same image with keyless auth (the demo OIDC role) at `endpoint`. */
export function oidcInputs(
  endpoint: string,
  stsEndpoint: string,
  extra: Record<string, string> = {}
): Record<string, string> {
  const { 'access-key-id': _id, 'access-key-secret': _secret, ...rest } = keyInputs(endpoint)
  return {
    ...rest,
    'sts-endpoint': stsEndpoint,
    'role-to-assume': DEMO_OIDC.roleArn,
    'oidc-provider-arn': DEMO_OIDC.providerArn,
    ...extra
  }
}

// The credential source order is stated once (src/credentials/sources.ts): the input reader
// tries the sources in that order, and the default chain's message lists them in it.
import {
  CREDENTIAL_ENV,
  describeSource,
  EXPLICIT_SOURCES,
  type ExplicitSource
} from '../../src/credentials/sources.js'
import { readConfig } from '../../src/inputs/read-config.js'

const ROLE = 'acs:ram::1234567890123456:role/r'
const PROVIDER = 'acs:ram::1234567890123456:oidc-provider/GitHub'

/** The inputs and env that make `source` complete. */
function given(source: ExplicitSource): {
  inputs: Record<string, string>
  env: Record<string, string>
} {
  const values: Record<string, string> =
    source.kind === 'oidc'
      ? { 'role-to-assume': ROLE, 'oidc-provider-arn': PROVIDER }
      : { 'access-key-id': `LTAI${source.from}`, 'access-key-secret': 'secret' }
  if (source.from === 'inputs') return { inputs: values, env: {} }
  return {
    inputs: {},
    env: Object.fromEntries(
      Object.entries(values).map(([k, v]) => [CREDENTIAL_ENV[k as keyof typeof CREDENTIAL_ENV], v])
    )
  }
}

function chosen(sources: ExplicitSource[]) {
  const inputs: Record<string, string> = {
    region: 'cn-hangzhou',
    name: 'app',
    'registry-url': 'registry.cn-hangzhou.aliyuncs.com/ns/app:v1'
  }
  const env: Record<string, string> = {}
  for (const s of sources) {
    const g = given(s)
    Object.assign(inputs, g.inputs)
    Object.assign(env, g.env)
  }
  const ctx = { refType: 'tag', refName: 'v1', sha: 'a'.repeat(40), repository: 'o/r', runId: '1' }
  const { auth } = readConfig(
    n => inputs[n] ?? '',
    env,
    ctx as never,
    () => {}
  )
  if (!auth || auth.kind === 'default-chain') return undefined
  return { kind: auth.kind, from: auth.source }
}

describe('EXPLICIT_SOURCES: one statement of the credential source order', () => {
  it('the input reader takes each source when it is the only one', () => {
    for (const s of EXPLICIT_SOURCES) expect(chosen([s])).toEqual({ kind: s.kind, from: s.from })
  })

  it('of any two sources, the input reader takes the one listed first', () => {
    EXPLICIT_SOURCES.forEach((first, i) => {
      for (const later of EXPLICIT_SOURCES.slice(i + 1)) {
        expect(chosen([later, first])).toEqual({ kind: first.kind, from: first.from })
      }
    })
  })

  it('names each source as the default chain lists it', () => {
    expect(EXPLICIT_SOURCES.map(describeSource)).toEqual([
      'inputs role-to-assume + oidc-provider-arn',
      'inputs access-key-id + access-key-secret',
      'env ALIBABA_CLOUD_ROLE_ARN + ALIBABA_CLOUD_OIDC_PROVIDER_ARN',
      'env ALIBABA_CLOUD_ACCESS_KEY_ID + ALIBABA_CLOUD_ACCESS_KEY_SECRET'
    ])
  })
})

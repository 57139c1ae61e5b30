import type { CredentialSource } from '../inputs/config.js'

/** The environment variables that stand in for credential inputs, in the same roles. */
export const CREDENTIAL_ENV = {
  'role-to-assume': 'ALIBABA_CLOUD_ROLE_ARN',
  'oidc-provider-arn': 'ALIBABA_CLOUD_OIDC_PROVIDER_ARN',
  'access-key-id': 'ALIBABA_CLOUD_ACCESS_KEY_ID',
  'access-key-secret': 'ALIBABA_CLOUD_ACCESS_KEY_SECRET',
  'security-token': 'ALIBABA_CLOUD_SECURITY_TOKEN'
} as const

export type CredentialInput = keyof typeof CREDENTIAL_ENV

/** RRSA on ACK: the file holding the pod's service-account OIDC token. */
export const OIDC_TOKEN_FILE_ENV = 'ALIBABA_CLOUD_OIDC_TOKEN_FILE'

export interface ExplicitSource {
  from: CredentialSource
  kind: 'oidc' | 'keys'
  /** The pair that makes the source. */
  pair: readonly [CredentialInput, CredentialInput]
  /** Any of these given puts the source in use. */
  uses: readonly CredentialInput[]
}

const OIDC_PAIR = ['role-to-assume', 'oidc-provider-arn'] as const
const KEY_PAIR = ['access-key-id', 'access-key-secret'] as const
const KEY_USES = [...KEY_PAIR, 'security-token'] as const

/**
 * The explicit credential sources, in the order they are tried: the first complete one
 * wins, inputs before the environment, OIDC before keys. After them, the default chain.
 */
export const EXPLICIT_SOURCES: readonly ExplicitSource[] = [
  { from: 'inputs', kind: 'oidc', pair: OIDC_PAIR, uses: OIDC_PAIR },
  { from: 'inputs', kind: 'keys', pair: KEY_PAIR, uses: KEY_USES },
  { from: 'environment', kind: 'oidc', pair: OIDC_PAIR, uses: OIDC_PAIR },
  { from: 'environment', kind: 'keys', pair: KEY_PAIR, uses: KEY_USES }
]

/** `inputs role-to-assume + oidc-provider-arn`, `env ALIBABA_CLOUD_ROLE_ARN + …`. */
export function describeSource(source: ExplicitSource): string {
  const [a, b] = source.pair
  return source.from === 'inputs'
    ? `inputs ${a} + ${b}`
    : `env ${CREDENTIAL_ENV[a]} + ${CREDENTIAL_ENV[b]}`
}

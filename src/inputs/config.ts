import type { Endpoint } from '../http/endpoint.js'

/** What one run of the action is to do, validated from its inputs. */

export type ImageType = 'Container' | 'VM'
export type IfExists = 'reuse' | 'fail' | 'replace'
/** verify-image: `auto` fails on a definite answer and warns otherwise, `true` needs a confirmation, `false` checks nothing. */
export type VerifyImage = 'auto' | 'true' | 'false'

export interface RegistryCredential {
  server: string
  username: string
  password: string
}

export interface ContainerTarget {
  registryUrl: string
  isAcrRegistry: boolean
  isAcrEnterprise: boolean
  criId?: string
  credential?: RegistryCredential
}

export interface ImageConfig {
  name: string
  version: string
  description?: string
  type: ImageType
  container?: ContainerTarget
  vmImageId?: string
}

/** Where a credential setting came from: the step's inputs or the environment. */
export type CredentialSource = 'inputs' | 'environment'

export interface OidcAuth {
  kind: 'oidc'
  roleArn: string
  providerArn: string
  audience: string
  sessionName: string
  durationSeconds: number
  source: CredentialSource
  /** RRSA: the token is read from this file (ALIBABA_CLOUD_OIDC_TOKEN_FILE), not asked of GitHub. */
  tokenFile?: string
}

export interface KeyAuth {
  kind: 'keys'
  accessKeyId: string
  accessKeySecret: string
  securityToken?: string
  source: CredentialSource
}

/** No explicit source: the Alibaba Cloud default chain (credentials URI, profiles, ECS role). */
export interface DefaultChainAuth {
  kind: 'default-chain'
}

export type AuthConfig = OidcAuth | KeyAuth | DefaultChainAuth

/** Where and as whom the registered image id is written into a GitHub Release. */
export interface ReleaseConfig {
  token: string
  /** GITHUB_API_URL without a trailing slash (GitHub Enterprise Server: https://host/api/v3). */
  apiUrl: string
  /** The host and protocol of apiUrl, for the proxy routes and retry rules. */
  apiEndpoint: Endpoint
  /** `owner/repo`; absent outside GitHub Actions. */
  repository?: string
  /** The tag this run is for; absent when it is not a tag run. */
  tag?: string
  /** What the run is for when it is not a tag, e.g. `branch main`, for the notice. */
  ref?: string
}

interface Settings {
  region: string
  endpoint: Endpoint
  stsEndpoint: Endpoint
  /** Where DescribeImages checks a VM image (input ecs-endpoint). */
  ecsEndpoint: Endpoint
  image: ImageConfig
  verifyImage: VerifyImage
  ifExists: IfExists
  maxAttempts: number
  requestTimeoutMs: number
  /** Write the job summary (input job-summary). */
  jobSummary: boolean
  /** Set when annotate-release is true. */
  release?: ReleaseConfig
}

/** A run that calls the API: it always has credentials. */
export interface LiveConfig extends Settings {
  dryRun: false
  auth: AuthConfig
}

/** A run that sends nothing and so may have no credentials. */
export interface DryRunConfig extends Settings {
  dryRun: true
  auth?: AuthConfig
}

export type Config = LiveConfig | DryRunConfig

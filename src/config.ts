import type { Endpoint } from './endpoint.js'

/** What one run of the action is to do, validated from its inputs. */

export type ImageType = 'Container' | 'VM'
export type IfExists = 'reuse' | 'fail' | 'replace'

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
}

export interface KeyAuth {
  kind: 'keys'
  accessKeyId: string
  accessKeySecret: string
  securityToken?: string
  source: CredentialSource
}

export type AuthConfig = OidcAuth | KeyAuth

interface Settings {
  region: string
  endpoint: Endpoint
  stsEndpoint: Endpoint
  image: ImageConfig
  ifExists: IfExists
  maxAttempts: number
  requestTimeoutMs: number
  /** Write the job summary (input job-summary). */
  jobSummary: boolean
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

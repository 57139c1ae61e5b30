// Type declarations for emulator.mjs (plain ESM JavaScript, no build step).

/** A static AccessKey pair. */
export interface AccessKey {
  readonly accessKeyId: string
  readonly accessKeySecret: string
}

/** Accepted by every emulator unless `accessKeys` is given. */
export declare const DEMO_ACCESS_KEY: AccessKey

/** Defaults of the GitHub side. */
export declare const DEFAULT_GITHUB: Readonly<
  Required<
    Pick<
      GithubOptions,
      'requestToken' | 'repository' | 'ref' | 'ttlSeconds' | 'apiToken' | 'contents'
    >
  >
>

/** The default OIDC provider ARN, role ARN, audience (client id) and issuer. */
/** What AddImage does with a second image of the same name and version (option `duplicates`). */
export declare const DUPLICATES_MODES: readonly ['reject', 'accept', 'target']

export declare const DEMO_OIDC: Readonly<{
  providerArn: string
  roleArn: string
  audience: string
  issuer: string
}>

/** `2023-07-01` */
export declare const EHPC_VERSION: string
/** `2015-04-01` */
export declare const STS_VERSION: string
/** `https://token.actions.githubusercontent.com` */
export declare const GITHUB_ISSUER: string
/** `/api/v3`: the GitHub REST API is served below it, as on GitHub Enterprise Server. */
export declare const GITHUB_API_PREFIX: string
/** 125000: GitHub answers 422 for a longer release body. */
export declare const MAX_RELEASE_BODY: number

export interface GithubOptions {
  /** Bearer token the ID-token endpoint requires. Default `gh-request-token`. */
  requestToken?: string
  /** `owner/repo`. Default `octo-org/octo-repo`. */
  repository?: string
  /** Default `refs/tags/v1.2.3`. */
  ref?: string
  /** ID-token lifetime. Default 300. */
  ttlSeconds?: number
  /** The token the REST API accepts (`Authorization: token|Bearer <t>`; else 401). */
  apiToken?: string
  /** What that token may do to contents: 'read' answers 403 to updates and hides drafts. Default 'write'. */
  contents?: 'write' | 'read'
  /**
   * The `sub` of the tokens the ID-token endpoint issues, e.g. the immutable form
   * `repo:octo-org@1001/octo-repo@2002:ref:refs/tags/v1.2.3`, `repo:octo-org/octo-repo:pull_request`
   * or `repo:octo-org/octo-repo:environment:production`. Default `repo:<repository>:ref:<ref>`.
   */
  sub?: string
  /** `repository_id` claim (a string of digits, as GitHub sends it). Default: absent. */
  repositoryId?: string
  /** `repository_owner_id` claim. Default: absent. */
  repositoryOwnerId?: string
  /** `iss` of the issued tokens, e.g. `https://ghes.example.com/_services/token`. Default GITHUB_ISSUER. */
  issuer?: string
}

export interface OidcProviderOptions {
  arn: string
  /** Default `https://token.actions.githubusercontent.com`. */
  issuer?: string
  /** Accepted `aud` values. Default `['sts.aliyuncs.com']`. */
  clientIds?: string[]
}

export interface OidcRoleOptions {
  arn: string
  /** Trusted provider. Default: the first provider's ARN. */
  providerArn?: string
  /** Globs (`*`, `?`) matched against the token's `sub`. Default `['repo:<repository>:*']`. */
  subjectPatterns?: string[]
  /** Default 3600. */
  maxSessionDuration?: number
}

export interface EmulatorOptions {
  /** 0 (default) picks a free port. The emulator only ever listens on 127.0.0.1. */
  port?: number
  /** Static AccessKeys accepted, id -> secret. Default: DEMO_ACCESS_KEY only. */
  accessKeys?: Record<string, string>
  /**
   * What AddImage answers 400 ImageAlreadyExists ("The image id already exists.") to. 'reject'
   * (default): an existing Name+ImageVersion+ImageType. 'accept': nothing, it registers another.
   * 'target': that, and also an image of the same type with the same
   * ContainerImageSpec.RegistryUrl or VMImageSpec.ImageId under another name or version (the
   * API reference does not say which fields make a duplicate).
   */
  duplicates?: (typeof DUPLICATES_MODES)[number]
  /**
   * 'documented' (default): AddImage checks what the API reference backs (Name required, the
   * ImageType values, specs that are JSON objects with fields of the documented types).
   * 'strict' adds checks it does not back: a spec that fits ImageType and only that one,
   * ContainerImageSpec.RegistryUrl required, VMImageSpec.ImageId `m-...`, no unknown fields.
   */
  specChecks?: 'documented' | 'strict'
  /**
   * How GetImage hands back ContainerImageSpec.RegistryUrl. 'asSent' (default); 'expanded':
   * lower-case host, Docker Hub as docker.io/library/..., `:latest` added when there is no tag
   * or digest; 'familiar': lower-case host, docker.io/ and library/ dropped, `:latest` added.
   */
  registryUrlEcho?: 'asSent' | 'expanded' | 'familiar'
  /**
   * Noise on image ids in answers (the API reference's AddImage sample has a trailing newline):
   * 'newline' appends `\n` (to ListImages' Version too), 'garbage' appends ` (creating)`.
   */
  imageIdNoise?: { AddImage?: 'newline' | 'garbage'; ListImages?: 'newline' | 'garbage' }
  /** 'body' (default): RequestId in the JSON body and the x-acs-request-id header; 'header': only in the header. */
  requestIdIn?: 'body' | 'header'
  /**
   * STS AssumeRoleWithOIDC. 'official' (default): what both official clients send, Action
   * and Version in the query (the other parameters in the query or in a form body sent with a
   * Content-Length); anything else, e.g. the action only in x-acs-* headers or a chunked
   * body, is a 400. 'any': any mix of query, form body and x-acs-* headers.
   */
  stsWire?: 'official' | 'any'
  /** ECS DescribeImages: the ECS images of the account, id → status (e.g. { 'm-abc': 'Available' }). Default: none. */
  ecsImages?: Record<string, string>
  registry?: RegistryOptions
  /**
   * ECS DescribeImages of an ImageId it does not know: 'empty' (default) an empty Images list,
   * 'notFound' a 404 InvalidImageId.NotFound (ECS's documentation allows both readings).
   */
  ecsUnknownImage?: 'empty' | 'notFound'
  /** 'gzip' (default): answers are gzip-compressed when the request's Accept-Encoding takes gzip; 'none': never. */
  compression?: 'gzip' | 'none'
  /** A new image (AddImage or seeded) is missing from this many ListImages answers after it was stored. Default 0. */
  listLag?: number
  /** ListImages PageSize above this is clamped (or refused: listImages.overMaxPageSize). Default 50. */
  maxPageSize?: number
  /** How ListImages answers where the API reference leaves it open. Default: the documented happy case. */
  listImages?: ListImagesBehaviour
  github?: GithubOptions
  oidc?: {
    providers?: OidcProviderOptions[]
    roles?: OidcRoleOptions[]
  }
}

/** ListImages behaviour the API reference does not settle, and added latency. */
export interface ListImagesBehaviour {
  /**
   * PageSize above maxPageSize: 'clamp' (default; the answer's PageSize is the clamped
   * size), 'clampSilently' (clamped, but the answer echoes the PageSize asked) or 'reject'
   * (400 InvalidParams naming PageSize).
   */
  overMaxPageSize?: 'clamp' | 'clampSilently' | 'reject'
  /**
   * TotalCount: 'all' (default, the whole set), 'page' (this page's item count), 'missing'
   * (left out), or a fixed number (a server that lies, e.g. 1e9).
   */
  totalCount?: 'all' | 'page' | 'missing' | number
  /** Leave ImageType out of the items. */
  omitImageType?: boolean
  /**
   * 'honour' (default); 'repeat': page 1 whatever was asked, with the PageNumber asked
   * (the same page forever); 'ignore': page 1 with PageNumber 1.
   */
  pageNumber?: 'honour' | 'repeat' | 'ignore'
  /** Overrides the top-level maxPageSize (e.g. to change it with setListImages). */
  maxPageSize?: number
  /** Milliseconds added to every ListImages answer (a far region). Default 0, at most 60000. */
  latencyMs?: number
}

export type ImageType = 'VM' | 'Container'

export interface ContainerImageSpec {
  RegistryUrl: string
  IsACRRegistry?: boolean
  IsACREnterprise?: boolean
  RegistryCriId?: string
  RegistryCredential?: { Server?: string; UserName?: string; Password?: string }
}

export interface VMImageSpec {
  ImageId: string
}

/** A stored image as `images()` returns it (a deep copy). */
export interface ImageView {
  ImageId: string
  Name: string
  Version: string
  ImageType: ImageType
  Description: string
  /** ISO 8601 UTC, second precision: `2022-12-09T07:06:34Z`. */
  CreateTime: string
  /** UTC, second precision, with a space: `2024-09-25 14:15:28` (the form of the API reference's sample). */
  UpdateTime: string
  Status: string
  ContainerImageSpec?: ContainerImageSpec
  VMImageSpec?: VMImageSpec
}

/** What `seedImage` accepts: any ImageView field, plus list-only fields. All optional. */
export interface SeedImageInput extends Partial<ImageView> {
  /** GetImage `Size`. Default `40 GiB` for VM images, '' for containers. */
  Size?: string
  AppId?: string
  OsTag?: string
  /** GetImage's spec Architecture. Default `x86_64`. */
  Architecture?: string
  /** GetImage's spec Platform. Default `Linux`. */
  Platform?: string
  DocumentId?: number
  Weight?: number
}

export type LoggedService = 'ehpc' | 'sts' | 'github' | 'ecs' | 'registry'
export type LoggedAuth = 'ACS3' | 'RPCv1' | 'anonymous' | 'bearer' | 'basic' | 'none'

/** The container registry at /v2/ (OCI distribution) with its token realm at /_registry/token. */
export interface RegistryOptions {
  /** 'bearer' (default): 401 with a Bearer challenge naming the realm; 'basic': a Basic challenge; 'anonymous': no auth. */
  auth?: 'anonymous' | 'basic' | 'bearer'
  /** The realm gives pull tokens without a credential (a public repository). Default false. */
  anonymousPull?: boolean
  /** 'always' (default): manifest answers carry Docker-Content-Digest; 'never': they do not (the client must hash the manifest). */
  digestHeader?: 'always' | 'never'
  /**
   * 'required' (default): an Accept without the OCI index type gets a 404, as GitHub's registry
   * answers; 'manifestType': an Accept without the stored manifest's own media type (OCI image
   * manifest) gets a 404 MANIFEST_UNKNOWN, as distribution 2.8 answers; 'any'.
   */
  accept?: 'required' | 'manifestType' | 'any'
  /** 'challenge' (default): a manifest 401 names the challenge; 'bare': only GET /v2/ names it. */
  manifestChallenge?: 'challenge' | 'bare'
  /**
   * How a Bearer registry answers a manifest request that carries a Basic credential:
   * 'challenge' (default): 401 with its Bearer challenge, as Docker Hub and distribution do;
   * 'forbidden': 403 without a challenge.
   */
  basicOnBearer?: 'challenge' | 'forbidden'
  /** How a Bearer registry answers a manifest request without a valid token: '401' (default) with its challenge, or '404' NAME_UNKNOWN (GET /v2/ still names the challenge). */
  hiddenRepository?: '401' | '404'
  /** username → password. Default: DEMO_REGISTRY. */
  users?: Record<string, string>
}

export declare const DEMO_REGISTRY: { username: string; password: string }

export interface EmulatedRegistry {
  /** Stores a manifest under repository:tag (and its digest); returns the digest. */
  push(repository: string, tag: string): string
  untag(repository: string, tag: string): void
  options: Required<Omit<RegistryOptions, 'users'>> & { users: Map<string, string> }
}

/** One entry per HTTP request received. Never holds a secret. */
export interface RequestLogEntry {
  service: LoggedService
  /** e.g. 'AddImage', 'AssumeRoleWithOIDC', 'GitHubToken'; '' when the request named none. */
  action: string
  /** HTTP status answered; 0 when no answer was sent (reset, hang, performThenReset). */
  status: number
  auth: LoggedAuth
  accessKeyId?: string
  /** Whether a security token was presented. */
  securityToken: boolean
  /** Error code answered (or, for performThenReset, the code the operation produced). */
  code?: string
  /** Operation parameters, protocol/auth parameters removed, secrets masked as '[REDACTED]'. */
  params: Record<string, string>
  /** Epoch milliseconds when the request arrived. */
  time: number
  /** Kind of the fault that answered this request, if any. */
  fault?: FaultKind
  /** The answer was sent gzip-compressed (the request's Accept-Encoding took gzip). */
  gzip?: boolean
  /** RequestId of the answer, when one was sent. */
  requestId?: string
  /** STS only: the names of the query parameters, in the order sent. */
  queryKeys?: string[]
}

export type FaultAction =
  | 'AddImage'
  | 'ListImages'
  | 'GetImage'
  | 'RemoveImage'
  | 'DescribeImages'
  | 'RegistryPing'
  | 'RegistryManifest'
  | 'RegistryToken'
  | 'AssumeRoleWithOIDC'
  | 'GitHubToken'
  | 'GetReleaseByTag'
  | 'ListReleases'
  | 'GetRelease'
  | 'UpdateRelease'
  | '*'

export type FaultKind =
  | 'error'
  | 'xmlError'
  | 'html502'
  | 'reset'
  | 'performThenReset'
  | 'delay'
  | 'hang'
  | 'successFalse'
  | 'raw'
  | 'hugeBody'
  | 'stallBody'
  | 'gzipBomb'

/** `pageNumber`: the fault only answers requests for that page (ListImages PageNumber, default 1). */
export type Fault = FaultOf & { pageNumber?: number }
type FaultOf =
  | {
      kind: 'error'
      code: string
      status: number
      message?: string
      times?: number
      /**
       * Extra answer headers: GitHub REST `{ 'retry-after': '1' }`; E-HPC Instant and STS
       * `{ 'x-acs-retry-after': '1500' }` (milliseconds, as Alibaba Cloud's gateway sends it).
       */
      headers?: Record<string, string>
      /** The registry only: the answer's body as it is (default: a distribution error JSON). */
      body?: string
    }
  /** The same error with its body in XML (text/xml;charset=utf-8), Message in CDATA. */
  | {
      kind: 'xmlError'
      code: string
      status: number
      message?: string
      times?: number
      headers?: Record<string, string>
    }
  | { kind: 'html502'; times?: number }
  | { kind: 'reset'; times?: number }
  | { kind: 'performThenReset'; times?: number }
  | { kind: 'delay'; ms: number; times?: number }
  | { kind: 'hang'; times?: number }
  | { kind: 'successFalse'; code?: string; message?: string; times?: number }
  /** Exactly this answer; x-acs-request-id header unless requestIdHeader is false. */
  | {
      kind: 'raw'
      status: number
      body: string
      contentType?: string
      requestIdHeader?: boolean
      /** Send `Connection: close`: the client's next call needs a new connection. */
      close?: boolean
      times?: number
    }
  /** HTTP 200 whose body is `bytes` long (spaces), sent as fast as the client reads. */
  | { kind: 'hugeBody'; bytes: number; times?: number }
  /** HTTP 200, headers and the first bytes of the body, then nothing. */
  | { kind: 'stallBody'; times?: number }
  /** HTTP 200, `Content-Encoding: gzip`, a small body that inflates to `bytes` spaces. */
  | { kind: 'gzipBomb'; bytes: number; times?: number }

export interface IssueIdTokenOptions {
  audience: string
  /** Default: github.sub, else `repo:<repository>:ref:<ref>`. */
  sub?: string
  /** Default github.ttlSeconds; zero or negative gives an already expired token. */
  expiresInSeconds?: number
  /** Default: github.issuer, else `https://token.actions.githubusercontent.com`. */
  issuer?: string
}

/** A GitHub release as the emulator stores it. */
export interface ReleaseView {
  id: number
  tag_name: string
  name: string | null
  /** null when the release has none, as GitHub answers. */
  body: string | null
  draft: boolean
  prerelease: boolean
  created_at: string
}

export interface Emulator {
  /** `http://127.0.0.1:PORT` */
  readonly url: string
  /** `127.0.0.1:PORT` (what @alicloud/openapi-client wants as `endpoint`, with protocol 'http') */
  readonly endpoint: string
  readonly port: number
  /** Live log, one entry per HTTP request received (cleared in place by reset()). */
  readonly requests: RequestLogEntry[]
  /** The container registry served at /v2/ (its host is 127.0.0.1:<port>, plain HTTP as loopback). */
  readonly registry: EmulatedRegistry
  /** Deep copies of the stored images, oldest insertion first. */
  images(): ImageView[]
  /** Adds an image directly (no HTTP); returns a copy of what was stored. */
  seedImage(partial?: SeedImageInput): ImageView
  seedImages(list: SeedImageInput[]): ImageView[]
  /**
   * Racing runs: each of the next AddImage requests (one per image given, in order) finds the
   * image registered by another run just before it is carried out, as if that run's AddImage
   * had landed first (so with `duplicates: 'reject'` it answers ImageAlreadyExists).
   */
  raceAddImage(...images: SeedImageInput[]): void
  /** Changes the ListImages behaviour (merged into the current one). */
  setListImages(behaviour: ListImagesBehaviour): void
  /** Adds (or changes the status of) an ECS image that DescribeImages answers for. */
  setEcsImage(imageId: string, status: string): void
  /** Sets the ecsUnknownImage mode. */
  setEcsUnknownImage(mode: 'empty' | 'notFound'): void
  /** RemoveImage of it then answers 403 ImageInUse (pass false to undo). Throws for an unknown id. */
  markInUse(imageId: string, inUse?: boolean): void
  /** The most requests of `action` (e.g. 'ListImages') answered at once since the last reset. */
  peakConcurrency(action: string): number
  /** Number of logged requests matching the action and/or service. */
  count(action?: string, service?: LoggedService): number
  /** Queues a fault for the next matching request(s). Throws TypeError for a malformed fault. */
  fault(action: FaultAction, fault: Fault): void
  /** A token as the GitHub endpoint would give. */
  issueIdToken(options: IssueIdTokenOptions): string
  githubEnv(): { ACTIONS_ID_TOKEN_REQUEST_URL: string; ACTIONS_ID_TOKEN_REQUEST_TOKEN: string }
  /** Every secret handed out: STS AccessKeySecrets and SecurityTokens, ID tokens, the GitHub request token. */
  issuedSecrets(): string[]
  /** Adds a release (no HTTP); `tag_name` is required. Returns a copy of what was stored. */
  seedRelease(partial: Partial<ReleaseView> & { tag_name: string }): ReleaseView
  /** Copies of the stored releases, oldest first. */
  releases(): ReleaseView[]
  /**
   * Another writer races the next `times` (default 1) updates of release `id`: it read the
   * body before the update and writes `edit(thatBody)` right after it, as a matrix leg does
   * whose read came before this write. The update's own answer shows the update.
   */
  raceRelease(id: number, edit: (body: string) => string, times?: number): void
  /**
   * The next `count` GetReleaseByTag requests wait until all `count` have arrived (or
   * `timeoutMs`, default 10000, has passed), then are answered: parallel runs read the same body.
   */
  holdReleaseReads(count: number, timeoutMs?: number): void
  /** Changes what the REST API token may do (see GithubOptions.contents) until reset(). */
  setContentsPermission(permission: 'write' | 'read'): void
  /** `{ GITHUB_API_URL: '<url>/api/v3' }` */
  githubApiEnv(): { GITHUB_API_URL: string }
  /** Makes issued STS credentials (all, or one AccessKeyId) expire now. */
  expireCredentials(accessKeyId?: string): void
  /** Clears images, AddImage racers, in-use marks, the log and concurrency peaks, faults, issued credentials and secrets, nonces, releases (and their races, a read hold, the contents permission). */
  reset(): void
  /** Stops listening and destroys every open or hanging connection. Idempotent. */
  close(): Promise<void>
}

export declare function startEmulator(options?: EmulatorOptions): Promise<Emulator>

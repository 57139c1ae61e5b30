/**
 * What a read-only check of the image to register found. `where` names what was asked
 * (`the registry registry.cn-hangzhou.aliyuncs.com`, `ECS in cn-hangzhou`), for every line
 * the run prints about it.
 */
export type ImageCheck = Confirmed | Definite | Unverified

/** The image exists and can be used: the registry resolved it, or ECS says `Available`. */
export interface Confirmed {
  kind: 'confirmed'
  where: string
  /** Container images: the manifest digest the registry answered (`sha256:<64 hex>`). */
  digest?: string
  /** VM images: the status ECS answered. */
  status?: string
}

/**
 * A definite answer that what would be registered cannot run: a missing tag, digest,
 * repository or ECS image, an ECS image that is not Available, a registry that refuses the
 * credential E-HPC Instant would be given.
 */
export interface Definite {
  kind: 'definite'
  code: DefiniteCode
  where: string
  /** What was found and what to fix, naming the input (`registry-url`, `vm-image-id`). */
  message: string
  requestId?: string
}

export type DefiniteCode =
  'RegistryImageNotFound' | 'RegistryCredentialRefused' | 'VmImageNotFound' | 'VmImageNotAvailable'

/** The check could not be made (network, timeout, 5xx, no permission, no credential to ask with). */
export interface Unverified {
  kind: 'unverified'
  where: string
  /** Why, in words that go after `image not verified: `. */
  why: string
  requestId?: string
}

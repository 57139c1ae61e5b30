// Comparing an existing image (as GetImage shows it) with what this run would register.
import type { ImageTarget } from '../ehpc/client.js'
import type { ImageConfig } from '../inputs/config.js'
import { sameReference } from '../inputs/canonical-reference.js'

/** What this run registers the image as pointing at: the registry URL or the ECS image id. */
export function wantedTarget(image: ImageConfig): string | undefined {
  return image.type === 'VM' ? image.vmImageId : image.container?.registryUrl
}

/** What the existing image points at, in the terms of `image`'s type. */
export function foundTarget(image: ImageConfig, found: ImageTarget): string | undefined {
  return image.type === 'VM' ? found.vmImageId : found.registryUrl
}

/**
 * Whether the existing image points at this run's target. Registry URLs compare in canonical
 * form (the service may hand them back normalised); ECS image ids compare exactly.
 */
export function sameTarget(image: ImageConfig, found: ImageTarget): boolean {
  const wanted = wantedTarget(image)
  const current = foundTarget(image, found)
  if (image.type === 'VM') return current !== undefined && current === wanted
  return current !== undefined && sameReference(current, wanted)
}

/**
 * What reusing the existing image leaves different from what this run asks for, one phrase
 * each; [] when nothing. Only fields GetImage shows are compared. No credential value is
 * ever named: GetImage may return the password, and user names stay out too.
 */
export function reuseDifferences(image: ImageConfig, found: ImageTarget): string[] {
  const c = image.container
  if (image.type !== 'Container' || !c) return []
  const out: string[] = []
  const flag = (field: string, input: string, there: boolean | undefined, here: boolean) => {
    if (there !== undefined && there !== here) {
      out.push(`${field} is ${there} there, ${here} in this run (input ${input})`)
    }
  }
  flag('IsACRRegistry', 'acr-registry', found.isAcrRegistry, c.isAcrRegistry)
  flag('IsACREnterprise', 'acr-enterprise', found.isAcrEnterprise, c.isAcrEnterprise)
  if (found.criId !== undefined && found.criId !== (c.criId ?? '')) {
    out.push(
      `RegistryCriId is ${found.criId || 'not set'} there, ${c.criId ?? 'not set'} in this run (input acr-instance-id)`
    )
  }
  const credential = c.credential
  if (!credential) {
    if (found.credentialUserName) {
      out.push(
        'the existing image has a registry credential, and this run passes none (inputs registry-username, registry-password)'
      )
    }
    return out
  }
  if (found.credentialServer !== undefined && found.credentialServer !== credential.server) {
    out.push("the registry credential's Server differs (input registry-server)")
  }
  if (found.credentialUserName !== undefined && found.credentialUserName !== credential.username) {
    out.push("the registry credential's UserName differs (input registry-username)")
  }
  out.push(
    'this run passes a registry credential, which reuse does not apply and GetImage cannot compare (a rotated registry-password, say)'
  )
  return out
}

/** The warning for reusing `imageId` although this run asks for something else, if it does. */
export function reuseWarning(
  imageId: string,
  image: ImageConfig,
  found: ImageTarget
): string | undefined {
  const differences = reuseDifferences(image, found)
  if (differences.length === 0) return undefined
  return (
    `Reused ${imageId} as it is, although this run would register it differently: ${differences.join('; ')}. ` +
    `To apply this run's settings, set if-exists: replace (it removes ${imageId} and registers the image again).`
  )
}

import type { Config } from './config.js'
import { isPublicPersonalInstanceHost, parseImageReference } from './image-reference.js'
import { acrRegionOf, closestRegion, servesRegion } from '../ehpc/regions.js'

export interface ConfigWarning {
  title: string
  message: string
}

/**
 * What looks wrong in a valid configuration but may be meant: the run goes on. (Without an
 * endpoint of its own, an unknown region is an input error instead; see inputs.ts.)
 */
export function configWarnings(config: Config): ConfigWarning[] {
  const warnings: ConfigWarning[] = []
  const { region } = config
  if (!servesRegion(region)) {
    const guess = closestRegion(region)
    warnings.push({
      title: 'E-HPC Instant: unknown region',
      message:
        `region "${region}" is not one E-HPC Instant serves` +
        (guess ? ` (did you mean ${guess}?)` : '') +
        `; going on because endpoint is set (${config.endpoint.host}).`
    })
  }
  const registryUrl = config.image.container?.registryUrl
  const ref = registryUrl ? parseImageReference(registryUrl) : undefined
  const registryRegion = ref && typeof ref !== 'string' ? acrRegionOf(ref.host) : undefined
  if (ref && typeof ref !== 'string' && registryRegion && registryRegion !== region) {
    warnings.push({
      title: 'E-HPC Instant: registry in another region',
      message:
        `registry-url is on ${ref.host}, Container Registry in ${registryRegion}, but the image is registered in ${region}: ` +
        `jobs in ${region} will pull it across regions (slower), and cannot reach a -vpc host of another region. ` +
        `Push to ${region}'s registry, or check region.`
    })
  }
  if (ref && typeof ref !== 'string' && ref.tag === undefined && ref.digest === undefined) {
    warnings.push({
      title: 'E-HPC Instant: registry-url has no tag',
      message:
        `registry-url ${registryUrl} has no tag or digest, so it means :latest, a tag that moves: ` +
        "jobs pull whatever image was pushed last under it, not necessarily this run's. " +
        'Give the tag that was pushed (e.g. :v1.2.3) or its digest (@sha256:…, the digest output of docker/build-push-action).'
    })
  }
  if (ref && typeof ref !== 'string' && isPublicPersonalInstanceHost(ref.host)) {
    const vpcHost = ref.host.replace(/^(crpi-[a-z0-9]+)\./, '$1-vpc.')
    warnings.push({
      title: 'Container Registry: public endpoint',
      message:
        `registry-url is on ${ref.host}, the public endpoint of a Container Registry Personal Edition instance, which cannot be used to pull (Container Registry: push from outside, pull inside a VPC): ` +
        `E-HPC Instant's jobs will not be able to pull it. Register it at the VPC endpoint, ${vpcHost}.`
    })
  }
  return warnings
}

import type { ImageConfig } from '../inputs/config.js'

export const REDACTED = '***'

/** AddImage's query parameters: the spec that fits the type, as a JSON string with PascalCase keys. */
export function addImageQuery(image: ImageConfig): Record<string, string> {
  const query: Record<string, string> = {
    Name: image.name,
    ImageType: image.type,
    ImageVersion: image.version
  }
  if (image.description) query.Description = image.description
  if (image.type === 'Container' && image.container) {
    const c = image.container
    const spec: Record<string, unknown> = {
      RegistryUrl: c.registryUrl,
      IsACRRegistry: c.isAcrRegistry,
      IsACREnterprise: c.isAcrEnterprise
    }
    if (c.criId) spec.RegistryCriId = c.criId
    if (c.credential) {
      spec.RegistryCredential = {
        Server: c.credential.server,
        UserName: c.credential.username,
        Password: c.credential.password
      }
    }
    query.ContainerImageSpec = JSON.stringify(spec)
  } else if (image.vmImageId) {
    query.VMImageSpec = JSON.stringify({ ImageId: image.vmImageId })
  }
  return query
}

/** The same request with the registry password replaced, for logs and dry-run. */
export function redactedAddImageQuery(image: ImageConfig): Record<string, string> {
  if (!image.container?.credential) return addImageQuery(image)
  return addImageQuery({
    ...image,
    container: {
      ...image.container,
      credential: { ...image.container.credential, password: REDACTED }
    }
  })
}

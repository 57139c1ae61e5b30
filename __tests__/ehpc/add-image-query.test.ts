import { addImageQuery, redactedAddImageQuery } from '../../src/ehpc/add-image-query.js'
import type { ImageConfig } from '../../src/inputs/config.js'

describe('addImageQuery', () => {
  it('sends the container spec as a JSON string with PascalCase keys and JSON booleans', () => {
    const image: ImageConfig = {
      name: 'app',
      version: 'v1',
      description: 'd',
      type: 'Container',
      container: {
        registryUrl: 'r.cr.aliyuncs.com/ns/app:v1',
        isAcrRegistry: true,
        isAcrEnterprise: true,
        criId: 'cri-1',
        credential: { server: 'r.cr.aliyuncs.com', username: 'u', password: 'pw' }
      }
    }
    const q = addImageQuery(image)
    expect(q).toEqual({
      Name: 'app',
      ImageType: 'Container',
      ImageVersion: 'v1',
      Description: 'd',
      ContainerImageSpec: JSON.stringify({
        RegistryUrl: 'r.cr.aliyuncs.com/ns/app:v1',
        IsACRRegistry: true,
        IsACREnterprise: true,
        RegistryCriId: 'cri-1',
        RegistryCredential: { Server: 'r.cr.aliyuncs.com', UserName: 'u', Password: 'pw' }
      })
    })
    expect(redactedAddImageQuery(image).ContainerImageSpec).toContain('"Password":"***"')
    expect(JSON.stringify(redactedAddImageQuery(image))).not.toContain('pw"')
  })

  it('sends only the VM spec for VM images', () => {
    const q = addImageQuery({ name: 'n', version: 'v', type: 'VM', vmImageId: 'm-abc' })
    expect(q).toEqual({
      Name: 'n',
      ImageType: 'VM',
      ImageVersion: 'v',
      VMImageSpec: '{"ImageId":"m-abc"}'
    })
  })
})

import { flag, imageIdOf, shownText, shownValue, text as str } from './answer.js'
import type { ImageConfig, ImageType } from '../inputs/config.js'
import type { RpcCaller } from '../http/rpc-caller.js'
import { addImageQuery } from './add-image-query.js'

export const EHPC_VERSION = '2023-07-01'

export interface ImageSummary {
  imageId: string
  name: string
  version: string
  imageType: string
  appId?: string
}

/** One ListImages answer; a field the answer did not have is undefined. */
export interface ImagePage {
  images: ImageSummary[]
  totalCount?: number
  pageNumber?: number
  pageSize?: number
  requestId?: string
}

/**
 * What GetImage shows of an image's target. Only these fields are kept: GetImage also returns
 * the registry password. `criId` is '' when the answer shows it empty and undefined when it does not show it.
 */
export interface ImageTarget {
  registryUrl?: string
  vmImageId?: string
  isAcrRegistry?: boolean
  isAcrEnterprise?: boolean
  criId?: string
  credentialServer?: string
  credentialUserName?: string
}

/** What GetImage shows of an image's state, as the service says it (never interpreted). */
export interface ImageState {
  appId?: string
  status?: string
}

/** One GetImage answer. */
export interface ImageAnswer {
  target: ImageTarget
  state: ImageState
  requestId?: string
}

/** The four E-HPC Instant image calls; each method is one HTTP attempt. */
export interface EhpcClient {
  addImage(image: ImageConfig): Promise<{ imageId: string; requestId?: string }>
  listImages(query: {
    name: string
    type: ImageType
    pageNumber: number
    pageSize: number
  }): Promise<ImagePage>
  getImage(imageId: string, type: ImageType): Promise<ImageAnswer>
  removeImage(imageId: string, type: ImageType): Promise<{ requestId?: string }>
}

export function createEhpcClient(call: RpcCaller): EhpcClient {
  return {
    async addImage(image) {
      const { body, requestId } = await call({ action: 'AddImage', query: addImageQuery(image) })
      return { imageId: imageIdOf(body.ImageId, 'AddImage', requestId), requestId }
    },

    async listImages({ name, type, pageNumber, pageSize }) {
      const { body, requestId } = await call({
        action: 'ListImages',
        query: {
          ImageNames: JSON.stringify([name]),
          ImageType: type,
          ImageCategory: 'Custom',
          Mode: 'List',
          PageNumber: String(pageNumber),
          PageSize: String(pageSize)
        }
      })
      const items = Array.isArray(body.Images) ? (body.Images as Record<string, unknown>[]) : []
      return {
        images: items.map(i => ({
          imageId: imageIdOf(i.ImageId, 'ListImages', requestId),
          name: str(i.Name) ?? '',
          version: str(i.Version) ?? '',
          imageType: str(i.ImageType) ?? '',
          appId: shownValue(i.AppId)
        })),
        totalCount: num(body.TotalCount),
        pageNumber: num(body.PageNumber),
        pageSize: num(body.PageSize),
        requestId
      }
    },

    async getImage(imageId, type) {
      const { body, requestId } = await call({
        action: 'GetImage',
        query: { ImageId: imageId, ImageType: type, ImageCategory: 'Custom' }
      })
      const image = (body.Image ?? {}) as Record<string, Record<string, unknown> | undefined>
      const spec = image.ContainerImageSpec
      const credential = (
        typeof spec?.RegistryCredential === 'object' ? spec.RegistryCredential : undefined
      ) as Record<string, unknown> | null | undefined
      return {
        target: {
          registryUrl: str(spec?.RegistryUrl),
          vmImageId: str(image.VMImageSpec?.ImageId),
          isAcrRegistry: flag(spec?.IsACRRegistry),
          isAcrEnterprise: flag(spec?.IsACREnterprise),
          criId: shownText(spec, 'RegistryCriId'),
          credentialServer: str(credential?.Server),
          credentialUserName: str(credential?.UserName)
        },
        state: { appId: shownValue(image.AppId), status: shownValue(image.Status) },
        requestId
      }
    },

    async removeImage(imageId, type) {
      const { requestId } = await call({
        action: 'RemoveImage',
        query: { ImageId: imageId, ImageType: type }
      })
      return { requestId }
    }
  }
}

function num(v: unknown): number | undefined {
  const n = typeof v === 'number' ? v : typeof v === 'string' ? Number(v) : NaN
  return Number.isFinite(n) ? n : undefined
}

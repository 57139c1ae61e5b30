import { ApiError } from './errors.js'
import type { ImageConfig, ImageType } from './config.js'
import type { RpcCaller } from './openapi.js'
import { addImageQuery } from './add-image-query.js'

export const EHPC_VERSION = '2023-07-01'

export interface ImageSummary {
  imageId: string
  name: string
  version: string
  imageType: string
  createTime?: string
}

export interface ImagePage {
  images: ImageSummary[]
  totalCount: number
  pageNumber: number
  pageSize: number
  requestId?: string
}

/** What an image points at. Only these fields are kept from GetImage: it also returns the registry password. */
export interface ImageTarget {
  registryUrl?: string
  vmImageId?: string
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
  getImage(imageId: string, type: ImageType): Promise<{ target: ImageTarget; requestId?: string }>
  removeImage(imageId: string, type: ImageType): Promise<{ requestId?: string }>
}

export function createEhpcClient(call: RpcCaller): EhpcClient {
  return {
    async addImage(image) {
      const { body, requestId } = await call({ action: 'AddImage', query: addImageQuery(image) })
      const imageId = str(body.ImageId)
      if (!imageId) throw missingField('AddImage', 'ImageId', requestId)
      return { imageId, requestId }
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
          imageId: str(i.ImageId) ?? '',
          name: str(i.Name) ?? '',
          version: str(i.Version) ?? '',
          imageType: str(i.ImageType) ?? '',
          createTime: str(i.CreateTime)
        })),
        totalCount: num(body.TotalCount) ?? items.length,
        pageNumber: num(body.PageNumber) ?? pageNumber,
        pageSize: num(body.PageSize) ?? pageSize,
        requestId
      }
    },

    async getImage(imageId, type) {
      const { body, requestId } = await call({
        action: 'GetImage',
        query: { ImageId: imageId, ImageType: type, ImageCategory: 'Custom' }
      })
      const image = (body.Image ?? {}) as Record<string, Record<string, unknown> | undefined>
      return {
        target: {
          registryUrl: str(image.ContainerImageSpec?.RegistryUrl),
          vmImageId: str(image.VMImageSpec?.ImageId)
        },
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

function str(v: unknown): string | undefined {
  return typeof v === 'string' && v !== '' ? v : undefined
}

function num(v: unknown): number | undefined {
  const n = typeof v === 'number' ? v : typeof v === 'string' ? Number(v) : NaN
  return Number.isFinite(n) ? n : undefined
}

function missingField(action: string, field: string, requestId?: string): ApiError {
  return new ApiError({
    service: 'ehpc',
    action,
    code: 'InvalidResponse',
    requestId,
    serverMessage: `the answer has no ${field}`,
    retryable: false,
    outcomeUnknown: true
  })
}

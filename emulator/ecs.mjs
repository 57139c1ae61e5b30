// ECS DescribeImages (API 2014-05-26), the one ECS call the action makes: the image check of
// `image-type: VM`. Signed like the E-HPC calls. As ECS documents it, an image that is not
// Available is listed only when `Status` asks for its status.
import { ApiError } from './responses.mjs'

export const ECS_VERSION = '2014-05-26'
export const ECS_ACTIONS = ['DescribeImages']
export const ECS_IMAGE_STATUSES = [
  'Creating',
  'Waiting',
  'Available',
  'UnAvailable',
  'CreateFailed',
  'Deprecated'
]

/**
 * @typedef {object} EcsContext
 * @property {Map<string, string>} images ECS image id → status
 * @property {'empty' | 'notFound'} unknownImage what an unknown ImageId gets: an empty list, or InvalidImageId.NotFound
 */

/**
 * @param {string} action
 * @param {Record<string, string>} params
 * @param {EcsContext} ctx
 * @returns {Record<string, unknown>}
 */
export function runEcsAction(action, params, ctx) {
  if (action !== 'DescribeImages') {
    throw new ApiError(
      404,
      'InvalidAction.NotFound',
      `Specified api is not found, please check your url and method.`
    )
  }
  if (!params.RegionId) {
    throw new ApiError(400, 'MissingRegionId', 'RegionId is mandatory for this action.')
  }
  const statuses = (params.Status || 'Available').split(',')
  for (const status of statuses) {
    if (!ECS_IMAGE_STATUSES.includes(status)) {
      throw new ApiError(
        400,
        'InvalidStatus.ValueNotSupported',
        `The specified Status ${status} is not supported.`
      )
    }
  }
  const ids = params.ImageId ? params.ImageId.split(',') : [...ctx.images.keys()]
  const known = ids.filter(id => ctx.images.has(id))
  if (params.ImageId && known.length === 0 && ctx.unknownImage === 'notFound') {
    throw new ApiError(404, 'InvalidImageId.NotFound', 'The specified ImageId does not exist.')
  }
  const images = known
    .filter(id => statuses.includes(/** @type {string} */ (ctx.images.get(id))))
    .map(id => ({
      ImageId: id,
      ImageName: `image-${id}`,
      Status: ctx.images.get(id),
      OSType: 'linux',
      Architecture: 'x86_64',
      Size: 40,
      Usage: 'none'
    }))
  return {
    RegionId: params.RegionId,
    TotalCount: images.length,
    PageNumber: 1,
    PageSize: Number(params.PageSize || 10),
    Images: { Image: images }
  }
}

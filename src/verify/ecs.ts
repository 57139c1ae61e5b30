import { ApiError } from '../failures/errors.js'
import { unexpected, whatHappened } from '../failures/explain.js'
import { text } from '../ehpc/answer.js'
import { withRetry, type RetryPolicy } from '../failures/retry.js'
import type { RpcCaller } from '../http/rpc-caller.js'
import type { ImageCheck } from './outcome.js'

export { ECS_VERSION } from './ecs-version.js'

/** Every status an ECS image can have: without them, DescribeImages lists only Available images. */
export const ECS_IMAGE_STATUSES = 'Creating,Waiting,Available,UnAvailable,CreateFailed,Deprecated'

/** Codes by which ECS may say the image id is unknown, rather than answering an empty list. */
const NOT_FOUND_CODES = new Set(['InvalidImageId.NotFound', 'InvalidImageId.Malformed'])

/** Codes by which ECS refuses the call for want of a RAM permission. */
const PERMISSION_CODES = new Set([
  'Forbidden.RAM',
  'Forbidden',
  'NoPermission',
  'Forbidden.NoPermission'
])

/** A status as the answer gives it, shown only when it is a plain word. */
const PLAIN_STATUS = /^[A-Za-z][A-Za-z0-9_.-]{0,63}$/

/**
 * Whether the ECS image `imageId` exists in `region` and is Available, asked of ECS
 * DescribeImages with every status; never throws.
 */
export async function checkVmImage(
  imageId: string,
  region: string,
  deps: { call: () => Promise<RpcCaller>; policy: RetryPolicy; host: string }
): Promise<ImageCheck> {
  const where = `ECS ${deps.host} (region ${region})`
  let answer
  try {
    const call = await deps.call()
    answer = await withRetry(
      () =>
        call({
          action: 'DescribeImages',
          query: { RegionId: region, ImageId: imageId, Status: ECS_IMAGE_STATUSES, PageSize: '10' }
        }),
      deps.policy
    )
  } catch (err) {
    if (err instanceof ApiError && NOT_FOUND_CODES.has(err.code))
      return notFound(imageId, region, where, err.requestId)
    if (!(err instanceof ApiError))
      return { kind: 'unverified', where, why: `ECS could not be asked: ${unexpected(err)}.` }
    return { kind: 'unverified', where, why: ecsFailure(err), requestId: err.requestId }
  }
  const { body, requestId } = answer
  const found = imagesOf(body).find(image => text(image.ImageId) === imageId)
  if (!found) return notFound(imageId, region, where, requestId)
  const status = text(found.Status) ?? ''
  if (status === 'Available') return { kind: 'confirmed', where, status }
  const shown = PLAIN_STATUS.test(status) ? status : 'a status that is not Available'
  return {
    kind: 'definite',
    code: 'VmImageNotAvailable',
    where,
    requestId,
    message:
      `vm-image-id ${imageId} exists in ECS (region ${region}) but is ${shown}, not Available, so no job could start from it (ECS DescribeImages, RequestId ${requestId ?? 'none'}). ` +
      'Wait until the image is Available (an image being created becomes Available when its snapshot is done), or name another image in vm-image-id.'
  }
}

/** An ECS failure in words, with ECS's fix only: this call is the check's, not E-HPC's. */
function ecsFailure(err: ApiError): string {
  const status = err.httpStatus !== undefined ? `, HTTP ${err.httpStatus}` : ''
  const fix = PERMISSION_CODES.has(err.code)
    ? ' Grant the RAM user or role ecs:DescribeImages (see the README, Permissions), or set verify-image: false.'
    : ''
  return `${whatHappened(err)}${fix} (code ${err.code}${status}, RequestId ${err.requestId ?? 'none: no answer from ECS'}).`
}

function imagesOf(body: Record<string, unknown>): Record<string, unknown>[] {
  const images = body.Images as { Image?: unknown } | unknown[] | undefined
  const list = Array.isArray(images) ? images : images?.Image
  return Array.isArray(list)
    ? list.filter((i): i is Record<string, unknown> => typeof i === 'object' && i !== null)
    : []
}

function notFound(imageId: string, region: string, where: string, requestId?: string): ImageCheck {
  return {
    kind: 'definite',
    code: 'VmImageNotFound',
    where,
    requestId,
    message:
      `vm-image-id ${imageId} is not an ECS image in region ${region}: ECS DescribeImages, asked for every status, does not know it (RequestId ${requestId ?? 'none'}). ` +
      'Check the id (ECS console, Images, in the same region as E-HPC Instant), and copy or share the image into that region and account if it lives elsewhere.'
  }
}

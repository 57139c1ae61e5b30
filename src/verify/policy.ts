import { ActionError } from '../failures/errors.js'
import type { VerifyImage } from '../inputs/config.js'
import type { ImageCheck } from './outcome.js'

/** What the run does with a check's outcome: go on, go on with a warning, or stop before any write. */
export type Verdict =
  | { action: 'go'; note: string }
  | { action: 'warn'; warning: string }
  | { action: 'fail'; error: ActionError }

const NOTHING_WRITTEN =
  'Nothing was registered: the check runs before anything is written to E-HPC Instant.'

/** verify-image decides: `auto` stops on a definite answer only, `true` on anything short of a confirmation. */
export function verdict(policy: Exclude<VerifyImage, 'false'>, check: ImageCheck): Verdict {
  switch (check.kind) {
    case 'confirmed':
      return {
        action: 'go',
        note:
          `Verified at ${check.where}: the image exists` +
          (check.digest ? ` (digest ${check.digest})` : '') +
          (check.status ? ` and is ${check.status}` : '') +
          '.'
      }
    case 'definite':
      return {
        action: 'fail',
        error: new ActionError(`${check.message} ${NOTHING_WRITTEN}`, check.requestId, check.code)
      }
    case 'unverified':
      if (policy === 'auto') return { action: 'warn', warning: `image not verified: ${check.why}` }
      return {
        action: 'fail',
        error: new ActionError(
          `The image could not be verified at ${check.where}: ${check.why} verify-image is true, so the run stops. ${NOTHING_WRITTEN} ` +
            'Fix what kept the check from answering, or set verify-image: auto to register with a warning when the check cannot be made.',
          check.requestId,
          'ImageNotVerified'
        )
      }
  }
}

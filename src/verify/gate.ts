import type { VerifyImage } from '../inputs/config.js'
import type { ImageCheck } from './outcome.js'
import { verdict } from './policy.js'

/**
 * Holds the run's writes until the image check has answered: `beforeWrite` resolves when
 * the run may write, and rejects (each time it is asked) when verify-image says stop. The
 * check itself started earlier, alongside the credentials and the lookup.
 */
export function imageGate(
  check: Promise<ImageCheck> | undefined,
  policy: VerifyImage,
  deps: { log: (message: string) => void; warn: (message: string) => void }
): { beforeWrite: () => Promise<void>; outcome: () => Promise<ImageCheck | undefined> } {
  let decided: Promise<void> | undefined
  const beforeWrite = () => {
    decided ??= (async () => {
      if (!check || policy === 'false') return
      const found = verdict(policy, await check)
      if (found.action === 'fail') throw found.error
      if (found.action === 'warn') deps.warn(found.warning)
      else deps.log(found.note)
    })()
    return decided
  }
  return { beforeWrite, outcome: async () => (check ? await check : undefined) }
}

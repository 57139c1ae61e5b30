import type { Config } from '../inputs/config.js'
import type { RetryPolicy } from '../failures/retry.js'
import type { RpcCaller } from '../http/rpc-caller.js'
import { unexpected } from '../failures/explain.js'
import type { ImageCheck } from './outcome.js'

export interface CheckDeps {
  policy: RetryPolicy
  env: NodeJS.ProcessEnv
  /** What is left for one request: the request timeout, clipped to the step's budget. */
  timeoutMs: () => number
  mask: (secret: string) => void
  debug: (message: string) => void
  /** A caller signed for ECS, once the run's credentials are known; absent: none to sign with (dry run). */
  ecsCaller?: () => Promise<RpcCaller>
  log: (message: string) => void
}

/**
 * Starts the read-only check of what `config` registers, or undefined with verify-image:
 * false. The promise never rejects: what keeps the check from answering is an `unverified`
 * outcome.
 */
export function startImageCheck(config: Config, deps: CheckDeps): Promise<ImageCheck> | undefined {
  if (config.verifyImage === 'false') return undefined
  const { image } = config
  if (image.type === 'VM' && image.vmImageId) {
    const imageId = image.vmImageId
    const host = config.ecsEndpoint.host
    const ecsCaller = deps.ecsCaller
    if (!ecsCaller) {
      return Promise.resolve({
        kind: 'unverified',
        where: `ECS ${host} (region ${config.region})`,
        why: 'a dry run without an AccessKey in the inputs or the environment has nothing to sign the ECS DescribeImages call with.'
      })
    }
    deps.log(`Checking vm-image-id ${imageId} with ECS DescribeImages at ${host}.`)
    return settled(
      import('./ecs.js').then(({ checkVmImage }) =>
        checkVmImage(imageId, config.region, { call: ecsCaller, policy: deps.policy, host })
      ),
      `ECS ${host}`
    )
  }
  const container = image.container
  if (image.type === 'Container' && container) {
    return settled(
      import('./registry/shell.js').then(({ checkContainerImage }) =>
        checkContainerImage(container, {
          env: deps.env,
          timeoutMs: deps.timeoutMs,
          attempts: config.maxAttempts,
          mask: deps.mask,
          log: deps.log,
          debug: deps.debug
        })
      ),
      'the registry'
    )
  }
  return undefined
}

function settled(check: Promise<ImageCheck>, where: string): Promise<ImageCheck> {
  return check.catch((err: unknown): ImageCheck => ({
    kind: 'unverified',
    where,
    why: `the check failed unexpectedly: ${unexpected(err)}.`
  }))
}

// npm run demo: registers a sample image with the bundled action (dist/index.js) against the
// local E-HPC Instant emulator, as the GitHub runner would run it on a release tag.
import { DEMO_ACCESS_KEY, startEmulator } from '../__tests__/emulator/emulator.mjs'
import { runAction, TAG_RUN_ENV } from '../__tests__/helpers/run-action.mjs'

const emulator = await startEmulator()
try {
  const inputs = {
    region: 'cn-hangzhou',
    endpoint: emulator.url,
    'access-key-id': DEMO_ACCESS_KEY.accessKeyId,
    'access-key-secret': DEMO_ACCESS_KEY.accessKeySecret,
    name: 'demo-solver',
    'registry-url': `registry.cn-hangzhou.aliyuncs.com/hpc-team/demo-solver:${TAG_RUN_ENV.GITHUB_REF_NAME}`
  }
  console.log(`Emulator listening at ${emulator.url}`)
  console.log(
    `Running dist/index.js for ${TAG_RUN_ENV.GITHUB_REPOSITORY} on tag ${TAG_RUN_ENV.GITHUB_REF_NAME}\n`
  )
  const run = await runAction(inputs)
  const log = run.stdout
    .split('\n')
    .filter(l => l && !l.startsWith('::'))
    .join('\n')
  console.log('--- action log ---')
  console.log(log)
  if (run.stderr.trim()) console.log(run.stderr.trim())
  if (run.code !== 0) {
    console.error(`\nThe action failed (exit ${run.code}): ${run.errors.join('\n')}`)
    process.exitCode = 1
  } else {
    const created = emulator.images().find(i => i.ImageId === run.outputs['image-id'])
    console.log('\n--- outputs ---')
    for (const [name, value] of Object.entries(run.outputs)) console.log(`${name}=${value}`)
    console.log('\n--- job summary ---')
    console.log(run.summary.trim())
    console.log(
      `\nImageId: ${run.outputs['image-id']} (${created ? 'registered in the emulator' : 'NOT FOUND in the emulator'})`
    )
    console.log(
      `API requests the emulator received: ${emulator.requests.map(r => r.action).join(', ')}`
    )
    if (!created) process.exitCode = 1
  }
} finally {
  await emulator.close()
}

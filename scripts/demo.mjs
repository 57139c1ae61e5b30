// npm run demo: registers a sample image with the bundled action (dist/index.js) against the
// local E-HPC Instant emulator, as the GitHub runner would run it on a release tag.
import { DEMO_ACCESS_KEY, DEMO_REGISTRY, startEmulator } from '../emulator/emulator.mjs'
import { runAction, TAG_RUN_ENV } from './lib/run-action.mjs'

/** The summary is HTML for GitHub to render; this prints its heading and table rows as text. */
function summaryAsText(html) {
  const text = s =>
    s
      .replace(/<[^>]+>/g, '')
      .replace(/&#(\d+);/g, (_m, n) => String.fromCharCode(Number(n)))
      .trim()
  const heading = /<h\d>(.*?)<\/h\d>/.exec(html)?.[1] ?? ''
  const rows = [...html.matchAll(/<tr>(.*?)<\/tr>/g)]
    .map(m => [...m[1].matchAll(/<t[dh]>(.*?)<\/t[dh]>/g)].map(c => text(c[1])))
    .filter(cells => cells[0] !== 'Field')
  const width = Math.max(...rows.map(r => r[0].length))
  return [text(heading), ...rows.map(([k, v]) => `  ${k.padEnd(width)}  ${v}`)].join('\n')
}

const emulator = await startEmulator()
try {
  // The emulator is also the registry the image was pushed to: the action checks it there.
  const digest = emulator.registry.push('hpc-team/demo-solver', TAG_RUN_ENV.GITHUB_REF_NAME)
  const registryHost = emulator.url.replace(/^http:\/\//, '')
  const inputs = {
    region: 'cn-hangzhou',
    endpoint: emulator.url,
    'access-key-id': DEMO_ACCESS_KEY.accessKeyId,
    'access-key-secret': DEMO_ACCESS_KEY.accessKeySecret,
    name: 'demo-solver',
    'registry-url': `${registryHost}/hpc-team/demo-solver:${TAG_RUN_ENV.GITHUB_REF_NAME}`,
    'registry-username': DEMO_REGISTRY.username,
    'registry-password': DEMO_REGISTRY.password,
    'verify-image': 'auto'
  }
  console.log(
    `Pushed hpc-team/demo-solver:${TAG_RUN_ENV.GITHUB_REF_NAME} (${digest}) to the emulator's registry`
  )
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
    console.log('\n--- job summary (GITHUB_STEP_SUMMARY, shown as text) ---')
    console.log(summaryAsText(run.summary))
    console.log(
      `\nImageId: ${run.outputs['image-id']} (${created ? 'registered in the emulator' : 'NOT FOUND in the emulator'})`
    )
    console.log(
      `API requests the emulator received: ${emulator.requests.map(r => r.action).join(', ')}`
    )
    if (!created) process.exitCode = 1
    if (run.outputs['image-digest'] !== digest) {
      console.error(`image-digest is ${run.outputs['image-digest']}, not the pushed ${digest}`)
      process.exitCode = 1
    }

    const before = emulator.requests.length
    const again = await runAction(inputs)
    const requests = emulator.requests.slice(before).map(r => r.action)
    console.log(
      `\nRe-running the same release (as "Re-run all jobs" would): image-id=${again.outputs['image-id']}, ` +
        `created=${again.outputs.created}, images in the emulator: ${emulator.images().length}, ` +
        `requests: ${requests.join(', ')}`
    )
    if (again.outputs['image-id'] !== run.outputs['image-id']) process.exitCode = 1
  }
} finally {
  await emulator.close()
}

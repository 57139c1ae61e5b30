// Warnings about a configuration that is valid but may not be meant, through dist/index.js:
// the run goes on, in a dry run and a real one alike.
import { keyInputs, useEmulator } from '../helpers/emulator-suite.js'
import { runAction, type ActionRun } from '../../scripts/lib/run-action.mjs'

const emu = useEmulator()

const run = (extra: Record<string, string>) =>
  runAction(keyInputs(emu.url, extra), { timeoutMs: 30_000 })

const warnings = (r: ActionRun) => r.annotations.filter(a => a.kind === 'warning')

describe('a registry-url without tag or digest (:latest, a tag that moves)', () => {
  const untagged = 'registry.cn-hangzhou.aliyuncs.com/ns/app'

  it('is warned about, and the image is registered as given', async () => {
    const r = await run({ 'registry-url': untagged })
    expect(r.code).toBe(0)
    expect(warnings(r)).toEqual([
      {
        kind: 'warning',
        title: 'E-HPC Instant: registry-url has no tag',
        message: expect.stringContaining(
          `registry-url ${untagged} has no tag or digest, so it means :latest, a tag that moves`
        ) as string
      }
    ])
    expect(emu.images().map(i => i.ContainerImageSpec?.RegistryUrl)).toEqual([untagged])
  })

  it('is warned about in a dry run too', async () => {
    const r = await run({ 'registry-url': untagged, 'dry-run': 'true' })
    expect(r.code).toBe(0)
    expect(warnings(r).map(w => w.title)).toEqual(['E-HPC Instant: registry-url has no tag'])
  })

  it('a tag, a digest, or both: no warning', async () => {
    const digest = `@sha256:${'a'.repeat(64)}`
    for (const ref of [`${untagged}:v1.2.3`, `${untagged}${digest}`, `${untagged}:v1${digest}`]) {
      const r = await run({ 'registry-url': ref, 'dry-run': 'true' })
      expect(r.code).toBe(0)
      expect(warnings(r)).toEqual([])
    }
  })
})

// The whole step's time budget through dist/index.js: EHPC_ADD_IMAGE_STEP_BUDGET_MS (honoured
// only when every endpoint is on this machine) shortens it to seconds, and the emulator holds
// an answer past it. Nothing here times the run: each case checks which calls were sent, the
// exit code, and what the failure says was and was not registered.
import { DEFAULT_GITHUB } from '../../emulator/emulator.mjs'
import { runAction, type ActionRun } from '../../scripts/lib/run-action.mjs'
import { keyInputs, useEmulator } from '../helpers/emulator-suite.js'

/** Far longer than the budget: only the budget can end these calls. */
const SLOW_MS = 20_000

describe('the step budget (through dist/index.js)', () => {
  const emu = useEmulator()

  function run(extra: Record<string, string> = {}, env: Record<string, string> = {}) {
    return runAction(
      keyInputs(emu.url, { 'request-timeout-seconds': '100', 'max-attempts': '1', ...extra }),
      {
        env: { EHPC_ADD_IMAGE_STEP_BUDGET_MS: '3000', EHPC_ADD_IMAGE_RETRY_BASE_MS: '5', ...env },
        timeoutMs: 60_000
      }
    )
  }

  function failure(r: ActionRun) {
    expect(r.code).toBe(1)
    const errors = r.annotations.filter(a => a.kind === 'error')
    expect(errors).toHaveLength(1)
    return errors[0]
  }

  it('cuts an AddImage the budget does not cover, starts no lookup after it, and says the image may be registered', async () => {
    emu.fault('AddImage', { kind: 'delay', ms: SLOW_MS })
    const r = await run()
    const error = failure(r)
    expect(error.title).toBe('E-HPC Instant AddImage: StepBudgetExhausted')
    expect(error.message).toMatch(/time budget.*ran out/)
    expect(error.message).toMatch(/timeout was cut to the [\d.]+ s left/)
    // One lookup before AddImage; none after it, since the budget was spent.
    expect(emu.count('ListImages')).toBe(1)
    expect(r.summary).toMatch(/Unknown: AddImage/)
    expect(r.summary).not.toMatch(/Nothing/)
    expect(r.outputs['image-id']).toBeUndefined()
  })

  it('a lookup cut by the budget sends no AddImage, and says nothing was registered', async () => {
    emu.fault('ListImages', { kind: 'delay', ms: SLOW_MS })
    const r = await run()
    const error = failure(r)
    expect(error.title).toBe('E-HPC Instant ListImages: StepBudgetExhausted')
    expect(emu.count('AddImage')).toBe(0)
    expect(r.summary).toMatch(/Nothing/)
  })

  it('a GitHub Release call cut by the budget: the failure says the image was registered, and why the release was not written', async () => {
    emu.seedRelease({ tag_name: 'v1.2.3', body: 'notes' })
    emu.fault('GetReleaseByTag', { kind: 'delay', ms: SLOW_MS })
    const r = await run(
      { 'annotate-release': 'true', 'github-token': DEFAULT_GITHUB.apiToken },
      emu.githubApiEnv()
    )
    const error = failure(r)
    expect(error.message).toMatch(/The image WAS registered/)
    expect(error.message).toMatch(/time budget/)
    expect(error.message).toMatch(/GetReleaseByTag/)
    expect(r.outputs['image-id']).toBe(emu.images()[0].ImageId)
    expect(emu.requests.filter(e => e.action === 'UpdateRelease')).toHaveLength(0)
  })
  it('the budget running out right after the write: says the block was written and could not be checked, never "other writers"', async () => {
    const release = emu.seedRelease({ tag_name: 'v1.2.3', body: 'notes' })
    // The write is answered within the budget's last second: too late for the one-second
    // wait before reading it back (the default backoff step, so no RETRY_BASE here).
    emu.fault('GetReleaseByTag', { kind: 'delay', ms: 600 })
    emu.fault('UpdateRelease', { kind: 'delay', ms: 2_500 })
    const r = await run(
      { 'annotate-release': 'true', 'github-token': DEFAULT_GITHUB.apiToken },
      {
        ...emu.githubApiEnv(),
        EHPC_ADD_IMAGE_STEP_BUDGET_MS: '4000',
        EHPC_ADD_IMAGE_RETRY_BASE_MS: ''
      }
    )
    const error = failure(r)
    expect(emu.releases().find(x => x.id === release.id)?.body).toContain(
      '<!-- ehpc-add-image:start'
    )
    expect(error.message).toMatch(/The image WAS registered/)
    expect(error.message).not.toMatch(/other writers/)
    expect(error.message).toMatch(/GitHub's answer to the write holds the block/)
    expect(error.message).toMatch(/time budget ran out before/)
    expect(emu.requests.filter(e => e.action === 'UpdateRelease')).toHaveLength(1)
  })
})

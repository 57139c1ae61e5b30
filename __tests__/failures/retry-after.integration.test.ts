// Server-suggested waits through dist/index.js: an E-HPC Instant or STS error answer (4xx or
// 5xx) with `x-acs-retry-after: <milliseconds>` (a positive integer; anything else counts as
// absent) is throttling: retried after that wait, which the retry line states, capped, and
// never past the step's budget.
import { keyInputs, oidcInputs, useEmulator } from '../helpers/emulator-suite.js'
import { runAction, type ActionRun } from '../../scripts/lib/run-action.mjs'

const emu = useEmulator()

const run = (inputs: Record<string, string>, env: Record<string, string> = {}) =>
  runAction(inputs, {
    env: { EHPC_ADD_IMAGE_RETRY_BASE_MS: '5', ...emu.githubEnv(), ...env },
    timeoutMs: 30_000
  })

const retryLines = (r: ActionRun) =>
  r.stdout.split('\n').filter(l => /attempt \d+\/\d+ failed/.test(l))

const asked = (ms: string) => ({ 'x-acs-retry-after': ms })

describe('x-acs-retry-after', () => {
  it('a 400 that is otherwise final is retried after the wait asked, and the line says so', async () => {
    emu.fault('AddImage', {
      kind: 'error',
      code: 'InvalidParams',
      status: 400,
      headers: asked('300')
    })
    const r = await run(keyInputs(emu.url))
    expect(r.code).toBe(0)
    expect(emu.count('AddImage')).toBe(2)
    expect(retryLines(r)).toEqual([
      expect.stringMatching(
        /^E-HPC Instant AddImage at \S+: attempt 1\/5 failed \(InvalidParams: .*\); trying again in 300 ms, as the server asked \(x-acs-retry-after\)\.$/
      ) as string
    ])
  })

  it('a 503 asking for 1.5 s: waited 1.5 s, not the backoff', async () => {
    emu.fault('ListImages', {
      kind: 'error',
      code: 'ServiceUnavailable',
      status: 503,
      headers: asked('1500')
    })
    const r = await run(keyInputs(emu.url))
    expect(r.code).toBe(0)
    expect(retryLines(r)[0]).toContain('trying again in 1.5 s, as the server asked')
  })

  it('STS answers through the same transport: AssumeRoleWithOIDC waits as asked too', async () => {
    emu.fault('AssumeRoleWithOIDC', {
      kind: 'error',
      code: 'Throttling',
      status: 400,
      headers: asked('250')
    })
    const r = await run(oidcInputs(emu.url, emu.url))
    expect(r.code).toBe(0)
    expect(retryLines(r)[0]).toMatch(
      /^STS AssumeRoleWithOIDC .*trying again in 250 ms, as the server asked/
    )
  })

  it.each(['0', '-1', 'abc', '1.5', '', ' '])(
    '%j counts as absent: a 400 stays final',
    async value => {
      emu.fault('AddImage', {
        kind: 'error',
        code: 'InvalidParams',
        status: 400,
        headers: asked(value)
      })
      const r = await run(keyInputs(emu.url))
      expect(r.code).toBe(1)
      expect(emu.count('AddImage')).toBe(1)
      expect(retryLines(r)).toEqual([])
    }
  )

  it('a wait longer than the cap is not waited for: the call fails and says what was asked', async () => {
    emu.fault('AddImage', {
      kind: 'error',
      code: 'Throttling.User',
      status: 400,
      headers: asked('600000')
    })
    const r = await run(keyInputs(emu.url))
    expect(r.code).toBe(1)
    expect(emu.count('AddImage')).toBe(1)
    expect(r.errors[0]).toContain('asked to wait 600 s')
  })

  it("a wait past the step's budget is not started", async () => {
    emu.fault('AddImage', {
      kind: 'error',
      code: 'Throttling.User',
      status: 400,
      headers: asked('5000')
    })
    const r = await run(keyInputs(emu.url), { EHPC_ADD_IMAGE_STEP_BUDGET_MS: '3000' })
    expect(r.code).toBe(1)
    expect(emu.count('AddImage')).toBe(1)
  })
})

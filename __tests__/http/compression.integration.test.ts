// Compressed answers: the action asks E-HPC and STS for gzip and decodes it, wherever a
// server sends it, within the same 8 MiB limit on the decoded size. dist/index.js run as the
// runner runs it.
import { runAction } from '../../scripts/lib/run-action.mjs'
import { keyInputs, oidcInputs, useEmulator } from '../helpers/emulator-suite.js'

describe('compressed answers', () => {
  const emu = useEmulator()

  it('asks for gzip and reads the compressed answers of E-HPC and STS', async () => {
    const run = await runAction(oidcInputs(emu.url, emu.url), {
      env: emu.githubEnv(),
      timeoutMs: 30_000
    })
    expect(run.code).toBe(0)
    expect(run.outputs.created).toBe('true')
    const answered = emu.requests.filter(e => e.service !== 'github')
    expect(answered.map(e => [e.action, e.gzip === true])).toEqual([
      ['AssumeRoleWithOIDC', true],
      ['ListImages', true],
      ['AddImage', true],
      ['GetImage', true]
    ])
  })

  it('a small gzip body that inflates past 8 MiB is refused as too large, nothing registered', async () => {
    emu.fault('ListImages', { kind: 'gzipBomb', bytes: 64 * 1024 * 1024 })
    const run = await runAction(keyInputs(emu.url, { 'max-attempts': '1' }), { timeoutMs: 30_000 })
    expect(run.code).toBe(1)
    expect(run.errors).toHaveLength(1)
    expect(run.errors[0]).toContain('ResponseTooLarge')
    expect(run.errors[0]).toContain('8 MiB')
    expect(emu.count('AddImage')).toBe(0)
  })

  it('so is one from STS, before any E-HPC call', async () => {
    emu.fault('AssumeRoleWithOIDC', { kind: 'gzipBomb', bytes: 64 * 1024 * 1024 })
    const run = await runAction(oidcInputs(emu.url, emu.url, { 'max-attempts': '1' }), {
      env: emu.githubEnv(),
      timeoutMs: 30_000
    })
    expect(run.code).toBe(1)
    expect(run.errors).toHaveLength(1)
    expect(run.errors[0]).toContain('ResponseTooLarge')
    expect(run.errors[0]).toContain('8 MiB')
    expect(emu.count('ListImages')).toBe(0)
  })
})

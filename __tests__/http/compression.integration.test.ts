// Compressed answers: the action asks for gzip where an answer can outgrow a new
// connection's first flight (a ListImages page), reads gzip wherever a server sends it, and
// holds the decoded size to the same 8 MiB limit. dist/index.js run as the runner runs it.
import { runAction } from '../../scripts/lib/run-action.mjs'
import { keyInputs, oidcInputs, useEmulator } from '../helpers/emulator-suite.js'

describe('compressed answers', () => {
  const emu = useEmulator()

  it('asks only ListImages for gzip, and reads its compressed answer', async () => {
    const run = await runAction(oidcInputs(emu.url, emu.url), {
      env: emu.githubEnv(),
      timeoutMs: 30_000
    })
    expect(run.code).toBe(0)
    expect(run.outputs.created).toBe('true')
    const answered = emu.requests.filter(e => e.service !== 'github')
    expect(answered.map(e => [e.action, e.gzip === true])).toEqual([
      ['AssumeRoleWithOIDC', false],
      ['ListImages', true],
      ['AddImage', false],
      ['GetImage', false]
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
})

describe('a server that compresses every answer, asked or not', () => {
  const emu = useEmulator({ compression: 'always' })

  it('is read: STS, ListImages, AddImage and GetImage answers all in gzip', async () => {
    const run = await runAction(oidcInputs(emu.url, emu.url), {
      env: emu.githubEnv(),
      timeoutMs: 30_000
    })
    expect(run.errors).toEqual([])
    expect(run.code).toBe(0)
    expect(run.outputs.created).toBe('true')
    expect(run.outputs['image-id']).toMatch(/^m-/)
    const answered = emu.requests.filter(e => e.service !== 'github')
    expect(answered.map(e => [e.action, e.gzip === true])).toEqual([
      ['AssumeRoleWithOIDC', true],
      ['ListImages', true],
      ['AddImage', true],
      ['GetImage', true]
    ])
  })

  it('an unasked gzip body that inflates past 8 MiB is refused as too large', async () => {
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

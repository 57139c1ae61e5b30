// The step outputs on failure, through dist/index.js: image-name, image-version and
// image-type are set once the inputs are read, so an `if: failure()` step can use them;
// image-id only when this run registered (or reused) an image.
import { keyInputs, useEmulator } from '../helpers/emulator-suite.js'
import { runAction } from '../../scripts/lib/run-action.mjs'

const emu = useEmulator()

const run = (extra: Record<string, string>, env: Record<string, string> = {}) =>
  runAction(keyInputs(emu.url, { 'max-attempts': '1', ...extra }), {
    env: { EHPC_ADD_IMAGE_RETRY_BASE_MS: '5', ...env },
    timeoutMs: 30_000
  })

describe('outputs when the run fails', () => {
  it('AddImage refused: name, version and type are set; image-id is not', async () => {
    emu.fault('AddImage', { kind: 'error', code: 'Forbidden.RAM', status: 403 })
    const r = await run({ 'image-version': 'v9' })
    expect(r.code).toBe(1)
    expect(r.outputs).toEqual({
      'image-name': 'app',
      'image-version': 'v9',
      'image-type': 'Container'
    })
  })

  it('the lookup fails: the version is the default resolved from the tag', async () => {
    emu.fault('ListImages', { kind: 'error', code: 'InternalError', status: 500 })
    const r = await run({})
    expect(r.code).toBe(1)
    expect(r.outputs['image-version']).toBe('v1.2.3')
    expect(r.outputs['image-id']).toBeUndefined()
  })

  it('a VM image whose credentials are refused: image-type VM', async () => {
    const r = await run({
      'registry-url': '',
      'image-type': 'vm',
      'vm-image-id': 'm-abc123',
      'access-key-secret': 'not-the-demo-secret-0123'
    })
    expect(r.code).toBe(1)
    expect(r.outputs['image-type']).toBe('VM')
    expect(r.outputs['image-name']).toBe('app')
    expect(r.outputs['image-id']).toBeUndefined()
  })

  it('an input error: nothing was read, so no output is set', async () => {
    const r = await run({ 'registry-url': 'https://registry.example.com/app:v1' })
    expect(r.code).toBe(1)
    expect(r.outputs).toEqual({})
  })

  it('GITHUB_OUTPUT unwritable and AddImage refused: still one failure, about AddImage', async () => {
    emu.fault('AddImage', { kind: 'error', code: 'Forbidden.RAM', status: 403 })
    const r = await run({}, { GITHUB_OUTPUT: '/nonexistent-dir/output' })
    expect(r.code).toBe(1)
    expect(r.errors).toHaveLength(1)
    expect(r.errors[0]).toContain('AddImage')
    expect(r.stderr).toBe('')
  })
})

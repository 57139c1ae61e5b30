// Unsafe text (src/text/unsafe.ts) through dist/index.js: text inputs refuse bidirectional
// overrides like control characters, before any request, and every line the action writes
// (annotation titles included) carries line separators and bidi characters from a server's
// answer only as visible escapes.
import { runAction } from '../../scripts/lib/run-action.mjs'
import { keyInputs, useEmulator } from '../helpers/emulator-suite.js'

/** Every character the runner, a terminal or an editor may take for a line end or a reordering. */
// eslint-disable-next-line no-control-regex
const RAW_UNSAFE = /[\u000b\u000c\r\u0085\u2028\u2029\u202a-\u202e\u2066-\u2069]/u

describe('unsafe text (through dist/index.js)', () => {
  const emu = useEmulator()

  it.each([
    ['description', 'release \u202enoitpircsed'],
    ['image-version', 'v1\u2066.2'],
    ['name', 'app\u202a']
  ])(
    'input %s with a bidirectional override is refused before any request',
    async (input, value) => {
      const r = await runAction(keyInputs(emu.url, { [input]: value }))
      expect(r.code).toBe(1)
      expect(r.errors).toHaveLength(1)
      expect(r.errors[0]).toMatch(
        new RegExp(
          `^Input "${input}" is invalid: it holds a bidirectional override character \\(U\\+20[26][0-9A-E]\\)`
        )
      )
      expect(emu.requests).toHaveLength(0)
      expect(r.stdout).not.toMatch(RAW_UNSAFE)
    }
  )

  it('line separators and bidi characters in server text reach no line raw, the annotation title included', async () => {
    emu.fault('AddImage', {
      kind: 'error',
      status: 400,
      code: 'Bad\u2028::warning::title\u0085x\u202e',
      message: 'first\u2029::error::forged\u2028second \u2066isolated\u2069'
    })
    const r = await runAction(keyInputs(emu.url, { 'max-attempts': '1' }))
    expect(r.code).toBe(1)
    for (const line of [...r.stdout.split('\n'), ...r.stderr.split('\n')]) {
      expect(line).not.toMatch(RAW_UNSAFE)
    }
    const errors = r.annotations.filter(a => a.kind === 'error')
    expect(errors).toHaveLength(1)
    expect(r.annotations.filter(a => a.kind === 'warning')).toHaveLength(0)
    expect(errors[0].title).toContain('Bad\\u2028::warning::title\\u0085x\\u202e')
    expect(errors[0].message).toContain('first\\u2029::error::forged\\u2028second')
  })
})

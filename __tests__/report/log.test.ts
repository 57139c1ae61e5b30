import { safeLine, safeMessage } from '../../src/report/log.js'

describe('safeLine: one log line that cannot start a workflow command', () => {
  it.each([
    ['a newline', 'Registered m-1\n::warning::x', 'Registered m-1\\n::warning::x'],
    ['a lone carriage return', 'v1\r::stop-commands::t', 'v1\\r::stop-commands::t'],
    ['a leading command', '::error::forged', ' ::error::forged'],
    ['a leading command after spaces', '  ::error::forged', '   ::error::forged'],
    ['the old ##[ form', 'x ##[set-env name=A]b', 'x # #[set-env name=A]b'],
    ['a line separator', 'a\u2028b', 'a\\u2028b'],
    ['an escape character', 'a\u001b[31m', 'a\\u001b[31m']
  ])('neutralises %s', (_what, text, expected) => {
    expect(safeLine(text)).toBe(expected)
    expect(safeLine(text)).not.toMatch(/[\r\n]/)
  })

  it('leaves ordinary text alone', () => {
    expect(safeLine('Connecting to [::1]:9000 via proxy p:3128.')).toBe(
      'Connecting to [::1]:9000 via proxy p:3128.'
    )
  })
})

describe('safeMessage: command data keeps its own line breaks', () => {
  it('keeps LF, turns CR LF into LF, and shows other control characters', () => {
    expect(safeMessage('a\r\nb\rc\u0007')).toBe('a\nb\nc\\u0007')
  })
})

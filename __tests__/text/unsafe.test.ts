import {
  describeUnsafe,
  UNSAFE_CHAR,
  UNSAFE_CHARS,
  UNSAFE_CHARS_BUT_LF
} from '../../src/text/unsafe.js'

describe('unsafe text characters', () => {
  it.each([
    '\n',
    '\r',
    '\u000b',
    '\u000c',
    '\u0085',
    '\u2028',
    '\u2029',
    '\u202a',
    '\u202e',
    '\u2066',
    '\u2069',
    '\u0000',
    '\u001b',
    '\u007f'
  ])('%j is unsafe', c => expect(UNSAFE_CHAR.test(c)).toBe(true))
  it.each(['a', ' ', '\u00e9', '\u200d', '\u2070', '🚀'])('%j is not', c =>
    expect(UNSAFE_CHAR.test(c)).toBe(false)
  )
  it('the global forms find every one; the LF form keeps LF', () => {
    expect('a\nb\u2028c\u202ed'.replace(UNSAFE_CHARS, '_')).toBe('a_b_c_d')
    expect('a\nb\u2028c\u202ed\re'.replace(UNSAFE_CHARS_BUT_LF, '_')).toBe('a\nb_c_d_e')
  })
  it('says what a character is', () => {
    expect(describeUnsafe('\n')).toBe('a control character (U+000A, a line break)')
    expect(describeUnsafe('\u2028')).toBe('a control character (U+2028, a line separator)')
    expect(describeUnsafe('\u202e')).toMatch(/^a bidirectional override character \(U\+202E\)/)
  })
  it('every code point: unsafe exactly when \\p{Cc}, a line separator or a bidi control', () => {
    const reference = /[\p{Cc}\u2028\u2029\u202a-\u202e\u2066-\u2069]/u
    const differs: string[] = []
    for (let code = 0; code <= 0x10ffff; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue
      const c = String.fromCodePoint(code)
      const unsafe = reference.test(c)
      if (UNSAFE_CHAR.test(c) !== unsafe) differs.push(`UNSAFE_CHAR U+${code.toString(16)}`)
      if ((c.replace(UNSAFE_CHARS, '') === '') !== unsafe)
        differs.push(`UNSAFE_CHARS U+${code.toString(16)}`)
      const butLf = unsafe && c !== '\n'
      if ((c.replace(UNSAFE_CHARS_BUT_LF, '') === '') !== butLf) {
        differs.push(`UNSAFE_CHARS_BUT_LF U+${code.toString(16)}`)
      }
    }
    expect(differs).toEqual([])
  })
})

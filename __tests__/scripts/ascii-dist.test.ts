import { runInNewContext } from 'node:vm'
import { escapeNonAscii } from '../../scripts/ascii-dist.mjs'

/** What a script's last expression evaluates to. */
const evaluate = (source: string): unknown => runInNewContext(source)

describe('escapeNonAscii: the bundle as one-byte source, meaning the same', () => {
  it.each([
    ['a comment', '/* – */ 1 // → two', '/* \\u2013 */ 1 // \\u2192 two'],
    ['a string literal', "'…'", "'\\u2026'"],
    ['a regular expression', '/…/', '/\\u2026/'],
    ['an astral character, unit by unit', "'😀'", "'\\ud83d\\ude00'"],
    ['a line separator in a string', "'\u2028'", "'\\u2028'"]
  ])('escapes %s', (_what, source, escaped) => {
    expect(escapeNonAscii(source)).toEqual({ text: escaped, left: 0 })
  })

  it.each([
    ['a template literal (a tag reads its raw text)', 'String.raw`…`'],
    ['an identifier', 'let é = 1'],
    ['a character a backslash escapes already', "'\\…'"],
    ['a source the tokenizer cannot read', "'… "]
  ])('leaves %s as it is', (_what, source) => {
    expect(escapeNonAscii(source)).toEqual({ text: source, left: 1 })
  })

  it('leaves an ASCII source as it is', () => {
    expect(escapeNonAscii('const a = 1 / 2 / 3')).toEqual({ text: 'const a = 1 / 2 / 3', left: 0 })
  })

  it.each([
    ['strings', "['…', '😀', 'é\u2028'].join('|')"],
    [
      'regular expressions, with and without u',
      "[/^…$/.test('…'), /^.$/u.test('😀'), /^[😀-😂]+$/u.test('😁😂'), /^😀$/.test('😀')]"
    ],
    ['a division next to a comment', '6 /* – */ / 2 / 3']
  ])('evaluates the same in %s', (_what, source) => {
    const { text, left } = escapeNonAscii(source)
    expect(left).toBe(0)
    expect(text).toMatch(/^[\x20-\x7e]*$/)
    expect(evaluate(text)).toEqual(evaluate(source))
  })
})

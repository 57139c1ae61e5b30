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
    ['a line separator in a block comment, as a newline', '/*\u2028*/ 1', '/*\n*/ 1']
  ])('escapes %s', (_what, source, escaped) => {
    expect(escapeNonAscii(source)).toEqual({ text: escaped, left: 0 })
  })

  it.each([
    ['a template literal (a tag reads its raw text)', 'String.raw`…`'],
    ['an identifier', 'let é = 1'],
    ['a character a backslash escapes already', "'\\…'"],
    ['a line separator in a string (stack traces keep their line numbers)', "'\u2028'"],
    ['a source the tokenizer cannot read', "'… "]
  ])('leaves %s as it is', (_what, source) => {
    expect(escapeNonAscii(source)).toEqual({ text: source, left: 1 })
  })

  it('leaves a surrogate pair a backslash escapes whole', () => {
    expect(escapeNonAscii("'\\😀'")).toEqual({ text: "'\\😀'", left: 2 })
  })

  it('reads a regular expression after await as one, not as a division (the template stays)', () => {
    const source = 'async function f() { const r = await /"/; return String.raw`é` // "\n}'
    expect(escapeNonAscii(source)).toEqual({ text: source, left: 1 })
  })

  it('leaves an ASCII source as it is', () => {
    expect(escapeNonAscii('const a = 1 / 2 / 3')).toEqual({ text: 'const a = 1 / 2 / 3', left: 0 })
  })

  it.each([
    ['strings', "['…', '😀', 'é'].join('|')", 0],
    [
      'regular expressions, with and without u and v',
      "[/^…$/.test('…'), /^.$/u.test('😀'), /^[😀-😂]+$/u.test('😁😂'), /^[😀-😂]$/v.test('😁'), /^😀$/.test('😀')]",
      0
    ],
    ['a division next to a comment', '6 /* – */ / 2 / 3', 0],
    [
      'a line separator in a block comment (a line terminator for ASI)',
      '(function () { return /*\u2028*/ 42 })()',
      0
    ],
    ['a surrogate pair a backslash escapes', "['\\😀', /^\\😀$/.test('😀')]", 4],
    ['a line separator in a string', "'a\u2028b'.length", 1]
  ])('evaluates the same in %s', (_what, source, leftAsItWas) => {
    const { text, left } = escapeNonAscii(source)
    expect(left).toBe(leftAsItWas)
    if (left === 0) expect(text).toMatch(/^[\x20-\x7e\n]*$/)
    expect(evaluate(text)).toEqual(evaluate(source))
  })
})

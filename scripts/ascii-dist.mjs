// The bundle's non-ASCII characters, written as \uXXXX escapes where that means the same.
//
// Node reads a module's file into a string before compiling it; one character above U+00FF
// makes the whole string two bytes a character, slower to decode and twice the memory. In
// the bundle they stand in comments (the packages' own, some in Chinese), in string literals
// and in regular expressions, where an escape of each UTF-16 code unit means the same code
// unit (in a /u or /v expression too: an escaped surrogate pair reads as its code point). A
// line or paragraph separator in a block comment becomes a newline, which is a line
// terminator as it was. Left as they are: template literals (a tag reads their raw text),
// identifiers, a character a backslash escapes already (a surrogate pair whole), and line and
// paragraph separators in strings (escaped, they would move the line numbers of stack
// traces). A program that reads its own source back (a RegExp's `source`, a function's
// `toString()`) sees the escapes. The spans come from acorn's parser, not its tokenizer
// alone, which cannot always tell a regular expression from a division (after `await`).
import { parse } from 'acorn'

// UTF-16 code units above 0x7f (no u flag: code units, not points); for replacing, a
// surrogate pair whole.
const NON_ASCII = /[\u0080-\uffff]/
const NON_ASCII_UNITS = /[\u0080-\uffff]/g
const NON_ASCII_CHARS = /[\ud800-\udbff][\udc00-\udfff]|[\u0080-\uffff]/g
const LINE_BREAK = /^[\u2028\u2029]$/

const escapeUnits = text =>
  text
    .split('')
    .map(c => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
    .join('')

/** Whether the character at `at` of `text` follows an odd run of backslashes (is escaped). */
function escapedAt(text, at) {
  let slashes = 0
  for (let i = at - 1; i >= 0 && text[i] === '\\'; i--) slashes++
  return slashes % 2 === 1
}

/** The spans of `source` where an escape means the same: comments, strings, regexes. */
function escapableSpans(source) {
  const spans = []
  parse(source, {
    ecmaVersion: 'latest',
    sourceType: 'script',
    allowHashBang: true,
    allowReturnOutsideFunction: true,
    onComment: (block, _text, start, end) => {
      if (!(start === 0 && source.startsWith('#!')))
        spans.push({ start, end, kind: block ? 'block' : 'line' })
    },
    onToken: token => {
      const label = token.type.label
      if (label === 'string' || label === 'regexp') {
        spans.push({ start: token.start, end: token.end, kind: label })
      }
    }
  })
  return spans.sort((a, b) => a.start - b.start)
}

/** What a non-ASCII `unit` (one code unit, or a surrogate pair) at `offset` of a span becomes. */
function replacement(span, kind, unit, offset) {
  if (LINE_BREAK.test(unit)) return kind === 'block' ? '\n' : unit
  if (kind === 'block' || kind === 'line') return escapeUnits(unit)
  return escapedAt(span, offset) ? unit : escapeUnits(unit)
}

/**
 * `source` with every non-ASCII code unit of its comments, string literals and regular
 * expressions escaped, as above; `left` counts the code units left as they were. A source
 * acorn cannot parse is returned as it is.
 */
export function escapeNonAscii(source) {
  const count = text => text.match(NON_ASCII_UNITS)?.length ?? 0
  if (!NON_ASCII.test(source)) return { text: source, left: 0 }
  let spans
  try {
    spans = escapableSpans(source)
  } catch {
    return { text: source, left: count(source) }
  }
  let text = ''
  let at = 0
  for (const { start, end, kind } of spans) {
    const span = source.slice(start, end)
    if (!NON_ASCII.test(span)) continue
    text += source.slice(at, start)
    text += span.replace(NON_ASCII_CHARS, (unit, offset) => replacement(span, kind, unit, offset))
    at = end
  }
  text += source.slice(at)
  return { text, left: count(text) }
}

// The bundle's non-ASCII characters, written as \uXXXX escapes where that means the same.
//
// Node reads a module's file into a string before compiling it; one non-ASCII character makes
// the whole string two bytes a character, slower to decode and twice the memory. In the
// bundle they stand in comments (the packages' own, some in Chinese), in string literals and
// in regular expressions, where an escape of each UTF-16 code unit means the same code unit
// (in a /u expression too: an escaped surrogate pair reads as its code point). Anything else
// (a template literal, whose raw text a tag can read; an identifier; a character escaped by a
// backslash already) is left as it is.
import { tokenizer } from 'acorn'

// Every UTF-16 code unit above 0x7f, surrogates included (no u flag: code units, not points).
const NON_ASCII = /[\u0080-\uffff]/
const NON_ASCII_ALL = /[\u0080-\uffff]/g

const escapeUnit = c => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`

/** Whether the character at `at` of `text` follows an odd run of backslashes (is escaped). */
function escapedAt(text, at, from) {
  let slashes = 0
  for (let i = at - 1; i >= from && text[i] === '\\'; i--) slashes++
  return slashes % 2 === 1
}

/** The spans of `source` where an escape means the same: comments, strings, regexes. */
function escapableSpans(source) {
  const spans = []
  const options = {
    ecmaVersion: 'latest',
    allowHashBang: true,
    allowReturnOutsideFunction: true,
    onComment: (_block, _text, start, end) => spans.push({ start, end, comment: true })
  }
  for (const token of tokenizer(source, options)) {
    const label = token.type.label
    if (label === 'string' || label === 'regexp') {
      spans.push({ start: token.start, end: token.end, comment: false })
    }
  }
  return spans.sort((a, b) => a.start - b.start)
}

/**
 * `source` with every non-ASCII code unit of its comments, string literals and regular
 * expressions escaped; `left` counts those left as they were. A source the tokenizer cannot
 * read is returned as it is.
 */
export function escapeNonAscii(source) {
  const count = text => text.match(NON_ASCII_ALL)?.length ?? 0
  if (!NON_ASCII.test(source)) return { text: source, left: 0 }
  let spans
  try {
    spans = escapableSpans(source)
  } catch {
    return { text: source, left: count(source) }
  }
  let text = ''
  let at = 0
  for (const { start, end, comment } of spans) {
    const span = source.slice(start, end)
    if (!NON_ASCII.test(span)) continue
    text += source.slice(at, start)
    text += span.replace(NON_ASCII_ALL, (c, offset) =>
      comment || !escapedAt(span, offset, 0) ? escapeUnit(c) : c
    )
    at = end
  }
  text += source.slice(at)
  return { text, left: count(text) }
}

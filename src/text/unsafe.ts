/**
 * The characters no text of the action may carry into a log line, an annotation, the job
 * summary or the release record, defined once:
 * - control characters (`\p{Cc}`: C0 with CR, LF, VT, FF; DEL; C1 with NEL U+0085), which
 *   the runner's command parser, terminals or Markdown read as line ends or commands;
 * - the Unicode line and paragraph separators U+2028 and U+2029, line ends to JavaScript
 *   and to editors;
 * - the bidirectional embeddings, overrides and isolates U+202A–U+202E and U+2066–U+2069,
 *   which make text display in another order than it is ("Trojan Source", CVE-2021-42574).
 */
// `\p{Cc}` spelled out: U+0000-U+001F and U+007F-U+009F, a set the Unicode Character
// Encoding Stability Policy fixes for good (General_Category Cc is immutable). Without the
// `u` flag: V8 builds no Unicode property tables for it (about 0.3 ms at start-up, on every
// run), and every character of the set is one UTF-16 code unit, so it matches the same.
const CONTROLS_BUT_LF = '\\u0000-\\u0009\\u000b-\\u001f\\u007f-\\u009f'
const SEPARATORS_AND_BIDI = '\\u2028\\u2029\\u202a-\\u202e\\u2066-\\u2069'
const SOURCE = `${CONTROLS_BUT_LF}\\n${SEPARATORS_AND_BIDI}`

/** One unsafe character (test a single character, or find the first). */
export const UNSAFE_CHAR = new RegExp(`[${SOURCE}]`)

/** Every unsafe character, for `replace`. */
export const UNSAFE_CHARS = new RegExp(`[${SOURCE}]`, 'g')

/** Every unsafe character but LF, for text whose own line breaks are encoded downstream. */
export const UNSAFE_CHARS_BUT_LF = new RegExp(`[${CONTROLS_BUT_LF}${SEPARATORS_AND_BIDI}]`, 'g')

/** What an unsafe character is, for messages: `a control character (U+000A, a line break)`. */
export function describeUnsafe(c: string): string {
  const code = c.codePointAt(0) ?? 0
  const hex = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`
  if ((code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069))
    return `a bidirectional override character (${hex}), which makes text display in another order than it is`
  const what =
    code === 10
      ? ', a line break'
      : code === 13
        ? ', a carriage return'
        : code === 0x85 || code === 0x2028 || code === 0x2029
          ? ', a line separator'
          : ''
  return `a control character (${hex}${what})`
}

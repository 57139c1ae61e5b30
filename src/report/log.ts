import * as core from '@actions/core'
import { UNSAFE_CHARS, UNSAFE_CHARS_BUT_LF } from '../text/unsafe.js'

/**
 * Everything the action prints goes through here. The runner reads workflow commands from
 * any line of stdout that starts with `::` (after spaces), and splits lines on CR as well as
 * LF, so text that holds a value from outside (an input, a server answer) could otherwise
 * start a command line of its own (`::stop-commands::`, `::warning::`).
 */

function escapeControl(c: string): string {
  if (c === '\n') return '\\n'
  if (c === '\r') return '\\r'
  if (c === '\t') return ' '
  return `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`
}

/** Line breaks, control and bidi characters (src/text/unsafe.ts), as visible escapes (`\n`, `\u2028`). */
/** One line of log text that can neither break into a new line nor start a command. */
export function safeLine(text: string): string {
  const flat = text.replace(UNSAFE_CHARS, escapeControl)
  // A leading `::` (or the old `##[` form anywhere) would be read as a command.
  return flat.replace(/^(\s*):/, '$1 :').replace(/##\[/g, '# #[')
}

/**
 * Text for a command's data (`::error::`, `::warning::`): @actions/core escapes CR and LF
 * there, so line breaks the action wrote itself stay, and other control characters go.
 */
export function safeMessage(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(UNSAFE_CHARS_BUT_LF, escapeControl)
}

/** An annotation's properties with a title that stays on one line, whatever server text it holds. */
function safeProperties(properties?: Properties): Properties | undefined {
  return properties?.title === undefined
    ? properties
    : { ...properties, title: safeLine(properties.title) }
}

type Properties = core.AnnotationProperties

export const log = {
  info: (text: string): void => core.info(safeLine(text)),
  debug: (text: string): void => core.debug(safeMessage(text)),
  warning: (text: string, properties?: Properties): void =>
    core.warning(safeMessage(text), safeProperties(properties)),
  notice: (text: string, properties?: Properties): void =>
    core.notice(safeMessage(text), safeProperties(properties)),
  error: (text: string, properties?: Properties): void =>
    core.error(safeMessage(text), safeProperties(properties))
}

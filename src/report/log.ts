import * as core from '@actions/core'

/**
 * Everything the action prints goes through here. The runner reads workflow commands from
 * any line of stdout that starts with `::` (after spaces), and splits lines on CR as well as
 * LF, so text that holds a value from outside (an input, a server answer) could otherwise
 * start a command line of its own (`::stop-commands::`, `::warning::`).
 */

/** Line breaks and other control characters, shown as visible escapes (`\n`, `\u001b`). */
const CONTROL = /[\p{Cc}\u2028\u2029]/gu

function escapeControl(c: string): string {
  if (c === '\n') return '\\n'
  if (c === '\r') return '\\r'
  if (c === '\t') return ' '
  return `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`
}

/** One line of log text that can neither break into a new line nor start a command. */
export function safeLine(text: string): string {
  const flat = text.replace(CONTROL, escapeControl)
  // A leading `::` (or the old `##[` form anywhere) would be read as a command.
  return flat.replace(/^(\s*):/, '$1 :').replace(/##\[/g, '# #[')
}

/**
 * Text for a command's data (`::error::`, `::warning::`): @actions/core escapes CR and LF
 * there, so line breaks the action wrote itself stay, and other control characters go.
 */
export function safeMessage(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(/[^\n\P{Cc}]|[\u2028\u2029]/gu, escapeControl)
}

type Properties = core.AnnotationProperties

export const log = {
  info: (text: string): void => core.info(safeLine(text)),
  debug: (text: string): void => core.debug(safeMessage(text)),
  warning: (text: string, properties?: Properties): void =>
    core.warning(safeMessage(text), properties),
  notice: (text: string, properties?: Properties): void =>
    core.notice(safeMessage(text), properties),
  error: (text: string, properties?: Properties): void => core.error(safeMessage(text), properties)
}

import { InputError } from '../failures/errors.js'

// Parsers for one input value each: the value as read (trimmed), the input's name for the
// error, and what the value may be. They throw InputError naming the input.

export function readBoolean(name: string, value: string, fallback: boolean): boolean {
  if (!value) return fallback
  if (/^(true|True|TRUE)$/.test(value)) return true
  if (/^(false|False|FALSE)$/.test(value)) return false
  throw InputError.invalid(name, `"${value}". Use true or false.`)
}

export function readTriState(name: string, value: string): boolean | undefined {
  const v = (value || 'auto').toLowerCase()
  if (v === 'auto') return undefined
  if (v === 'true') return true
  if (v === 'false') return false
  throw InputError.invalid(name, `"${value}". Use auto, true or false.`)
}

export function readChoice<T extends string>(
  name: string,
  value: string,
  choices: readonly T[]
): T {
  const v = value.toLowerCase() as T
  if (choices.includes(v)) return v
  throw InputError.invalid(name, `"${value}". Use one of ${choices.join(', ')}.`)
}

export function readInteger(name: string, value: string, min: number, max: number): number {
  const n = /^\d+$/.test(value) ? Number(value) : NaN
  if (!Number.isSafeInteger(n) || n < min || n > max) {
    throw InputError.invalid(name, `"${value}". Use a whole number from ${min} to ${max}.`)
  }
  return n
}

/** At most `max` characters, counted as Unicode code points (an emoji is one). */
export function limitLength(name: string, value: string, max: number): void {
  const length = [...value].length
  if (length > max) {
    throw InputError.invalid(name, `it has ${length} characters; use at most ${max}.`)
  }
}

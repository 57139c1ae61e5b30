/** A `WWW-Authenticate` challenge: its scheme (lower case) and parameters. */
export interface Challenge {
  scheme: string
  params: Record<string, string>
}

/**
 * The first challenge of a `WWW-Authenticate` value, e.g.
 * `Bearer realm="https://auth.example/token",service="registry",scope="repository:a/b:pull"`.
 */
export function parseChallenge(value: string | null | undefined): Challenge | undefined {
  const m = /^\s*([A-Za-z][A-Za-z0-9_-]*)\s*(.*)$/s.exec(value ?? '')
  if (!m) return undefined
  const params: Record<string, string> = {}
  const pair = /([A-Za-z][A-Za-z0-9_-]*)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^\s,]*))\s*,?\s*/gy
  const rest = m[2]
  let found: RegExpExecArray | null
  // Sticky: each pair starts where the last ended; at most one pass over the value.
  while (pair.lastIndex < rest.length && (found = pair.exec(rest))) {
    params[found[1].toLowerCase()] =
      found[2] !== undefined ? found[2].replace(/\\(.)/g, '$1') : found[3]
  }
  return { scheme: m[1].toLowerCase(), params }
}

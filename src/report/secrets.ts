/**
 * Every secret the run has read or obtained. Each is announced to the runner (which then
 * masks it in the log) the moment it is added, and `redact` removes it, in the encodings a
 * server or library might echo it in, from text we print ourselves.
 */
export class SecretRegistry {
  private readonly forms = new Set<string>()
  private readonly announced = new Set<string>()

  constructor(private readonly announce: (secret: string) => void) {}

  readonly add = (secret: string): void => {
    if (!secret || this.announced.has(secret)) return
    this.announced.add(secret)
    this.announce(secret)
    this.remember(secret)
    // The runner masks line by line: a multi-line secret (a key file) is masked per line too.
    const lines = secret.split(/\r?\n|\r/).map(l => l.trim())
    if (lines.length > 1) {
      for (const line of lines) {
        if (line.length >= MIN_LINE) {
          this.announce(line)
          this.remember(line)
        }
      }
    }
  }

  redact(text: string): string {
    let out = text
    // Longest first, so a secret that contains another is removed whole.
    for (const form of [...this.forms].sort((a, b) => b.length - a.length)) {
      out = out.split(form).join('***')
    }
    return out
  }

  private remember(secret: string): void {
    for (const form of encodings(secret)) if (form.length >= MIN_FORM) this.forms.add(form)
  }
}

/** Shorter lines of a multi-line secret (`-----`, `}`) would mask harmless text everywhere. */
const MIN_LINE = 6
const MIN_FORM = 4

/** Every form a secret can take in a URL, a JSON text, or both nested, and in base64. */
function encodings(secret: string): string[] {
  const base64 = Buffer.from(secret).toString('base64')
  const json = jsonForms(secret)
  const forms = new Set<string>([
    secret,
    ...json,
    ...[secret, ...json].flatMap(urlForms),
    base64,
    base64.replace(/=+$/, ''),
    Buffer.from(secret).toString('base64url')
  ])
  return [...forms]
}

/** As JSON.stringify writes it, and with \uXXXX escapes as other encoders write them. */
function jsonForms(s: string): string[] {
  const plain = JSON.stringify(s).slice(1, -1)
  // Non-ASCII (Python's ensure_ascii, Java) and also the HTML-sensitive characters (Go).
  const nonAscii = plain.replace(/[^\x20-\x7e]/g, c => `\\u${hex4(c)}`)
  const html = nonAscii.replace(/[<>&']/g, c => `\\u${hex4(c)}`)
  const upper = (t: string) =>
    t.replace(/\\u([0-9a-f]{4})/g, (_m, h: string) => `\\u${h.toUpperCase()}`)
  return [plain, nonAscii, html, upper(nonAscii), upper(html)]
}

function hex4(c: string): string {
  return c.charCodeAt(0).toString(16).padStart(4, '0')
}

/**
 * encodeURIComponent; RFC 3986 (also `! ' ( ) *` escaped, as url.format writes `'` as %27);
 * form encoding (`+` for a space); each with lower-case hex too.
 */
function urlForms(s: string): string[] {
  const uri = encodeURIComponent(s)
  const rfc3986 = uri.replace(/[!'()*]/g, c => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
  const out: string[] = []
  for (const form of [uri, rfc3986]) {
    for (const f of [form, form.replace(/%20/g, '+')]) {
      out.push(
        f,
        f.replace(/%[0-9A-F]{2}/g, m => m.toLowerCase())
      )
    }
  }
  return out
}

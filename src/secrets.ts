/**
 * Every secret the run has read or obtained. Each is announced to the runner (which then
 * masks it in the log) the moment it is added, and `redact` removes it, in the encodings a
 * server or library might echo it in, from text we print ourselves.
 */
export class SecretRegistry {
  private readonly forms = new Set<string>()

  constructor(private readonly announce: (secret: string) => void) {}

  readonly add = (secret: string): void => {
    if (!secret) return
    this.announce(secret)
    for (const form of encodings(secret)) if (form.length >= 4) this.forms.add(form)
  }

  redact(text: string): string {
    let out = text
    // Longest first, so a secret that contains another is removed whole.
    for (const form of [...this.forms].sort((a, b) => b.length - a.length)) {
      out = out.split(form).join('***')
    }
    return out
  }
}

function encodings(secret: string): string[] {
  const base64 = Buffer.from(secret).toString('base64')
  const inJson = JSON.stringify(secret).slice(1, -1)
  return [
    secret,
    encodeURIComponent(secret),
    inJson,
    // Inside a JSON spec inside a query string, as the client library's errors show URLs.
    encodeURIComponent(inJson),
    base64,
    base64.replace(/=+$/, ''),
    Buffer.from(secret).toString('base64url')
  ]
}

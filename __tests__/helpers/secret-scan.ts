// Finds secrets in what a run of the action left behind: stdout, stderr, GITHUB_OUTPUT,
// GITHUB_ENV and the job summary. The one place a secret may appear is an `::add-mask::` line
// on stdout (the runner consumes it), and that line must come before any other line that could
// hold the secret.

/** What a run leaves behind; an ActionRun from run-action.mjs fits. */
export interface RunTraces {
  stdout: string
  stderr: string
  outputFile: string
  envFile: string
  summary: string
}

export interface Secret {
  /** A label for reports (the value itself never appears in a finding). */
  name: string
  value: string
  /** The action must announce it with `::add-mask::` (it read or obtained it). */
  mustMask?: boolean
  /**
   * For a secret the action obtains during the run (an OIDC token, STS keys): the stdout line
   * after which it exists. Its `::add-mask::` must come before the first other line that follows
   * this one. Without it the secret exists from the start, so its `::add-mask::` must come
   * before every line that is not itself an `::add-mask::` line.
   */
  obtainedAfter?: RegExp
}

export type Channel = 'stdout' | 'stderr' | 'GITHUB_OUTPUT' | 'GITHUB_ENV' | 'summary'
export type Form = 'raw' | 'uri' | 'rfc3986' | 'form' | 'json' | 'json-uri' | 'base64' | 'base64url'

export interface SecretFinding {
  secret: string
  problem: 'leak' | 'not-masked' | 'masked-late'
  channel: Channel
  /** 1-based line number in the channel; 0 when the finding is about the whole run. */
  line: number
  form?: Form
  /** The offending line with every form of every secret replaced by `<name>`. */
  excerpt: string
}

const MASK = '::add-mask::'
const MIN_SECRET_LENGTH = 8

/** Undoes the escaping of workflow command data (`%25`, `%0D`, `%0A`, and properties' `%3A` `%2C`). */
export function unescapeCommandData(s: string): string {
  return s
    .replace(/%0D/gi, '\r')
    .replace(/%0A/gi, '\n')
    .replace(/%3A/gi, ':')
    .replace(/%2C/gi, ',')
    .replace(/%25/g, '%')
}

/**
 * The base64 characters that encode `value` whatever the byte offset it sits at inside a
 * larger encoded text: one run of characters per alignment (0, 1 or 2 bytes before it).
 */
function base64Cores(value: string, url: boolean): string[] {
  const bytes = Buffer.from(value, 'utf8')
  const cores: string[] = []
  for (let shift = 0; shift < 3; shift++) {
    const encoded = Buffer.concat([Buffer.alloc(shift), bytes])
      .toString('base64')
      .replace(/=+$/, '')
    const totalBits = (shift + bytes.length) * 8
    // Character i holds bits [6i, 6i+6): keep those made only of the secret's own bits.
    const first = Math.ceil((shift * 8) / 6)
    const last = Math.floor(totalBits / 6) - 1
    let core = encoded.slice(first, last + 1)
    if (url) core = core.replace(/\+/g, '-').replace(/\//g, '_')
    if (core.length >= MIN_SECRET_LENGTH - 2) cores.push(core)
  }
  return cores
}

function rfc3986(s: string): string {
  return encodeURIComponent(s).replace(
    /[!'()*]/g,
    c => `%${c.charCodeAt(0).toString(16).toUpperCase()}`
  )
}

/** JSON string contents: as JSON.stringify writes them, and with \uXXXX escapes (any case). */
function jsonEscapes(value: string): string[] {
  const plain = JSON.stringify(value).slice(1, -1)
  const u = (c: string) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`
  const nonAscii = plain.replace(/[^\x20-\x7e]/g, u)
  const html = nonAscii.replace(/[<>&']/g, u)
  const upper = (t: string) =>
    t.replace(/\\u([0-9a-f]{4})/g, (_m, h: string) => `\\u${h.toUpperCase()}`)
  return [plain, nonAscii, html, upper(nonAscii), upper(html)]
}

/** Every encoded form a secret is looked for in, as [form, text] pairs. */
export function secretForms(value: string): [Form, string][] {
  const forms: [Form, string][] = [['raw', value]]
  const add = (form: Form, text: string) => {
    if (!forms.some(([, t]) => t === text)) forms.push([form, text])
  }
  const lower = (t: string) => t.replace(/%[0-9A-F]{2}/g, m => m.toLowerCase())
  for (const [form, text] of [
    ['uri', encodeURIComponent(value)],
    ['rfc3986', rfc3986(value)]
  ] as const) {
    add(form, text)
    add(form, lower(text))
    // application/x-www-form-urlencoded: a space is `+`.
    add('form', text.replace(/%20/g, '+'))
    add('form', lower(text.replace(/%20/g, '+')))
  }
  for (const json of jsonEscapes(value)) {
    add('json', json)
    add('json-uri', encodeURIComponent(json))
    add('json-uri', rfc3986(json))
    add('json-uri', rfc3986(json).replace(/%20/g, '+'))
  }
  for (const core of base64Cores(value, false)) add('base64', core)
  for (const core of base64Cores(value, true)) add('base64url', core)
  return forms
}

function lines(text: string): string[] {
  return text.split(/\r?\n/)
}

/** The announced value of an `::add-mask::` line, or undefined for any other line. */
function maskedValue(line: string): string | undefined {
  return line.startsWith(MASK) ? unescapeCommandData(line.slice(MASK.length)) : undefined
}

/**
 * Scans a run for the given secrets and returns every problem found (none: []).
 * - `leak`: a line other than `::add-mask::` holds the secret in some form;
 * - `not-masked`: a `mustMask` secret was never announced with `::add-mask::`;
 * - `masked-late`: another stdout line came after the secret existed and before its mask.
 */
export function scanForSecrets(run: RunTraces, secrets: Secret[]): SecretFinding[] {
  for (const s of secrets) {
    if (s.value.length < MIN_SECRET_LENGTH) {
      throw new Error(
        `secret ${s.name} is shorter than ${MIN_SECRET_LENGTH} characters: scanning for it proves nothing`
      )
    }
  }
  const allForms = secrets.map(s => ({ secret: s, forms: secretForms(s.value) }))
  const redact = (line: string) => {
    let out = line
    for (const { secret, forms } of allForms) {
      for (const [, text] of [...forms].sort((a, b) => b[1].length - a[1].length)) {
        out = out.split(text).join(`<${secret.name}>`)
      }
    }
    return out.length > 300 ? `${out.slice(0, 300)}…` : out
  }

  const findings: SecretFinding[] = []
  const channels: [Channel, string][] = [
    ['stdout', run.stdout],
    ['stderr', run.stderr],
    ['GITHUB_OUTPUT', run.outputFile],
    ['GITHUB_ENV', run.envFile],
    ['summary', run.summary]
  ]
  for (const [channel, text] of channels) {
    lines(text).forEach((line, index) => {
      if (channel === 'stdout' && maskedValue(line) !== undefined) return
      const views = channel === 'stdout' ? [line, unescapeCommandData(line)] : [line]
      for (const { secret, forms } of allForms) {
        const hit = forms.find(([, form]) => views.some(v => v.includes(form)))
        if (hit) {
          findings.push({
            secret: secret.name,
            problem: 'leak',
            channel,
            line: index + 1,
            form: hit[0],
            excerpt: redact(channel === 'stdout' ? unescapeCommandData(line) : line)
          })
        }
      }
    })
  }

  const out = lines(run.stdout)
  for (const { secret, forms } of allForms) {
    const texts = forms.map(([, t]) => t)
    const maskAt = out.findIndex(l => {
      const v = maskedValue(l)
      return v !== undefined && texts.includes(v)
    })
    if (maskAt < 0) {
      if (secret.mustMask) {
        findings.push({
          secret: secret.name,
          problem: 'not-masked',
          channel: 'stdout',
          line: 0,
          excerpt: `no ${MASK}<${secret.name}> line`
        })
      }
      continue
    }
    const { obtainedAfter } = secret
    const from = obtainedAfter ? out.findIndex(l => obtainedAfter.test(l)) : -1
    const early = out.findIndex((l, i) => i > from && i < maskAt && maskedValue(l) === undefined)
    if (early >= 0) {
      findings.push({
        secret: secret.name,
        problem: 'masked-late',
        channel: 'stdout',
        line: early + 1,
        excerpt: `line ${early + 1} came before the mask on line ${maskAt + 1}: ${redact(unescapeCommandData(out[early]))}`
      })
    }
  }
  return findings
}

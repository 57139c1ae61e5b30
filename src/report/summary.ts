import { UNSAFE_CHARS } from '../text/unsafe.js'
import type { Config } from '../inputs/config.js'
import type { RegisterResult } from '../register/register.js'
import type { ImageCheck } from '../verify/outcome.js'

/** The E-HPC console; E-HPC Instant is in it, per region (public product documentation). */
const CONSOLE_URL = 'https://ehpc.console.aliyun.com/'

/** What a job summary shows: a heading, label/value rows and an optional collapsed block. */
export interface Summary {
  heading: string
  /** Label and value, as HTML: values are escaped where they are built. */
  rows: [string, string][]
  details?: { label: string; html: string }
}

/** What the summary of a failed run says, in plain text (redacted by the caller). */
export interface FailureFacts {
  title: string
  code?: string
  message: string
  fix?: string
  requestId?: string
  registered: string
  docsUrl: string
}

/**
 * Text as HTML that stays on one line of the summary's source: markdown starts again after a
 * blank line, even inside a table, so line breaks (and other control characters) in a server's
 * text are written as character references too.
 */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, reference).replace(UNSAFE_CHARS, reference)
}

function reference(c: string): string {
  return `&#${c.charCodeAt(0)};`
}

const link = (href: string, text: string) => `<a href="${escapeHtml(href)}">${escapeHtml(text)}</a>`

function resultLabel(result: RegisterResult): string {
  if (result.outcome === 'reused') return 'Reused: already registered, nothing added'
  if (result.outcome === 'replaced') return `Created, replacing ${result.replacedImageId}`
  return 'Created'
}

/** The rows every summary starts with: what was to be registered, where. */
function imageRows(config: Config): [string, string][] {
  const { image } = config
  const target: [string, string] =
    image.type === 'VM'
      ? ['ECS image', image.vmImageId ?? '']
      : ['Registry URL', image.container?.registryUrl ?? '']
  const rows: [string, string][] = [
    ['Name', image.name],
    ['Version', image.version],
    ['Type', image.type],
    target,
    ['Region', config.region],
    ['Endpoint', config.endpoint.host]
  ]
  return rows.map(([k, v]) => [k, escapeHtml(v)])
}

const consoleRow = (region: string): [string, string] => [
  'Console',
  `${link(CONSOLE_URL, 'E-HPC console')} (region ${escapeHtml(region)}, E-HPC Instant)`
]

const what = (config: Config) => `${config.image.name}:${config.image.version}`

const successHeading = (config: Config, result: RegisterResult) =>
  `${result.created ? 'Registered' : 'Reused'} E-HPC Instant image ${what(config)} in ${config.region}`

/** The registered image's id, and the one it replaced. */
function resultRows(result: RegisterResult): [string, string][] {
  return [
    ['Image ID', escapeHtml(result.imageId)],
    ...(result.replacedImageId
      ? [['Replaced image ID', escapeHtml(result.replacedImageId)] as [string, string]]
      : [])
  ]
}

/** What the image check found: where it asked, and the digest it resolved. */
function checkRows(config: Config, check: ImageCheck | undefined): [string, string][] {
  if (config.verifyImage === 'false') return [['Image check', 'Off (verify-image: false)']]
  // A definite answer stops the run before anything is written: no summary of success shows it.
  if (!check || check.kind === 'definite') return []
  const found =
    check.kind === 'confirmed'
      ? `Verified at ${check.where}${check.status ? `: ${check.status}` : ''}`
      : `Not verified at ${check.where}: ${check.why}`
  return [
    ['Image check', escapeHtml(found)],
    ...(check.kind === 'confirmed' && check.digest
      ? [['Digest', escapeHtml(check.digest)] as [string, string]]
      : [])
  ]
}

export function successSummary(
  config: Config,
  result: RegisterResult,
  check?: ImageCheck
): Summary {
  const [imageId, ...replaced] = resultRows(result)
  return {
    heading: successHeading(config, result),
    rows: [
      ...imageRows(config),
      imageId,
      ['Result', escapeHtml(resultLabel(result))],
      ...replaced,
      ['App ID', escapeHtml(result.appId ?? '(unknown)')],
      ['Status', escapeHtml(result.status ?? '(unknown)')],
      ...checkRows(config, check),
      ['Request ID', escapeHtml(result.requestId ?? '')],
      consoleRow(config.region)
    ]
  }
}

/** A dry run's summary: what would be sent, the request itself collapsed below. */
export function dryRunSummary(config: Config, request: string, check?: ImageCheck): Summary {
  return {
    heading: `E-HPC Instant image ${what(config)} in ${config.region} (dry run)`,
    rows: [
      ...imageRows(config),
      ['Image ID', '(none: dry run)'],
      ['Result', 'Dry run: nothing sent to E-HPC Instant'],
      ...checkRows(config, check),
      consoleRow(config.region)
    ],
    details: {
      label: 'The AddImage request it would send (secrets redacted)',
      html: `<pre><code>${escapeHtml(request)}</code></pre>`
    }
  }
}

/**
 * A failed run's summary; without a config when the inputs themselves were wrong, with the
 * result when the failure came after the image was registered (writing the release).
 */
export function failureSummary(
  config: Config | undefined,
  result: RegisterResult | undefined,
  f: FailureFacts
): Summary {
  // Without a config, the title says what failed: `E-HPC Instant AddImage: Forbidden.RAM`
  // becomes `E-HPC Instant AddImage failed (Forbidden.RAM)`.
  const [subject, detail] = splitTitle(f.title)
  const failed = `failed (${f.code ?? f.title})`
  const heading = !config
    ? `${subject} failed (${f.code ?? detail})`
    : result
      ? `${successHeading(config, result)}, then ${failed}`
      : `E-HPC Instant image ${what(config)} in ${config.region}: ${failed}`
  const rows: [string, string][] = [
    ...(config ? imageRows(config) : []),
    ...(result ? resultRows(result) : []),
    ['Result', escapeHtml(`Failed: ${f.title}`)],
    ...(f.code ? [['Code', escapeHtml(f.code)] as [string, string]] : []),
    ['What happened', escapeHtml(f.message)],
    ...(f.fix ? [['What to do', escapeHtml(f.fix)] as [string, string]] : []),
    ['Registered', escapeHtml(f.registered)],
    ['Request ID', escapeHtml(f.requestId ?? '(none)')],
    ['Troubleshooting', link(f.docsUrl, f.docsUrl.replace(/^.*\/docs\//, 'docs/'))],
    ...(config ? [consoleRow(config.region)] : [])
  ]
  return { heading, rows }
}

/** `subject: detail` as its two parts; a title without a colon is all detail. */
function splitTitle(title: string): [string, string] {
  const colon = title.indexOf(': ')
  return colon < 0 ? ['ehpc-add-image', title] : [title.slice(0, colon), title.slice(colon + 2)]
}

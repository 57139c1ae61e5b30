import type { Config } from './config.js'
import type { RegisterResult } from './register.js'

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, c => `&#${c.charCodeAt(0)};`)
}

function resultLabel(result: RegisterResult | undefined): string {
  if (!result) return 'Dry run: nothing sent'
  if (result.outcome === 'reused') return 'Reused: already registered, nothing added'
  if (result.outcome === 'replaced') return `Created, replacing ${result.replacedImageId}`
  return 'Created'
}

/** The summary's rows, label and value, HTML-escaped. Nothing secret goes in here. */
export function summaryRows(config: Config, result?: RegisterResult): [string, string][] {
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
    ['Endpoint', config.endpoint.host],
    ['Image ID', result?.imageId ?? '(none: dry run)'],
    ['Result', resultLabel(result)],
    ...(result?.replacedImageId
      ? [['Replaced image ID', result.replacedImageId] as [string, string]]
      : []),
    ['Request ID', result?.requestId ?? '']
  ]
  return rows.map(([k, v]) => [k, escapeHtml(v)])
}

export function summaryHeading(config: Config, result?: RegisterResult): string {
  const what = `${config.image.name}:${config.image.version}`
  if (!result) return `E-HPC Instant image ${what} (dry run)`
  return result.created
    ? `Registered E-HPC Instant image ${what}`
    : `Reused E-HPC Instant image ${what}`
}

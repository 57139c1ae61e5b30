// Renders a network benchmark result (bench-results/network-*.json) as text or Markdown.
import { mdTable } from '../../docs.mjs'
import { mark, textTable } from '../render.mjs'

const fixed = (n, d = 1) =>
  n === undefined || !Number.isFinite(n)
    ? '–'
    : n.toLocaleString('en-US', { minimumFractionDigits: d, maximumFractionDigits: d })
const msText = n => (n === undefined ? '–' : `${Math.round(n).toLocaleString('en-US')} ms`)
const counts = obj =>
  Object.entries(obj)
    .filter(([, n]) => n > 0)
    .map(([k, n]) => `${k} ${Number.isInteger(n) ? n : fixed(n)}`)
    .join(', ')
const sum = obj => Object.values(obj).reduce((s, n) => s + n, 0)

const HEADER = [
  'path',
  'RTT',
  'TLS',
  'wall (median)',
  'CPU',
  'round trips',
  'floor',
  'floor wall',
  '× floor wall',
  'connections',
  'handshakes',
  'requests'
]

function rowCells(r) {
  return [
    r.label,
    `${r.rttMs} ms`,
    r.tls,
    msText(r.wallMs.median),
    r.cpuMs === undefined ? '–' : msText(r.cpuMs.median),
    r.roundTrips === undefined ? '–' : fixed(r.roundTrips),
    String(r.floorRoundTrips),
    msText(r.floorWallMs),
    r.wallRatio === undefined ? '–' : `${fixed(r.wallRatio, 2)}×`,
    `${sum(r.connections)} (${counts(r.connections)})`,
    counts(r.handshakes),
    counts(r.requests) + (r.gzipAnswers ? `; ${r.gzipAnswers} gzip` : '')
  ]
}

/** @param {'text' | 'markdown'} format */
export function renderNetwork(result, format = 'text') {
  const table = format === 'markdown' ? mdTable : textTable
  const rows = [...result.rows].sort((a, b) =>
    a.tls === b.tls ? a.rttMs - b.rttMs : b.tls.localeCompare(a.tls)
  )
  const out = [table(HEADER, rows.map(rowCells))]
  out.push('')
  for (const c of result.checks)
    out.push(`- ${mark(c.ok)} ${c.label}: ${c.value} (target ${c.target})`)
  const m = result.machine
  out.push(
    '',
    `Measured by \`npm run bench -- --network\` on ${result.date.slice(0, 10)}: ${m.cpu}, ${m.cores} cores, Node ${m.node}; ` +
      `medians of ${result.config.runs} runs per row; GitHub's token host at ${result.config.githubRttMs} ms (or the cloud's RTT when less). ` +
      'Round trips: the time at least one packet was on the delay line, over the RTT. ' +
      "Floor wall: the floor's round trips at this RTT plus the same path's median wall time at 0 ms."
  )
  return out.join('\n')
}

// Renders a benchmark result (the object written to bench-results/*.json) as a plain-text
// report for the terminal, or as the Markdown block of docs/PERFORMANCE.md.
import { mdTable } from '../docs.mjs'

const OK = '✓'
const MISSED = '✗'
export const mark = ok => (ok ? OK : MISSED)

export const mib = kib => kib / 1024
const num = (n, digits = 1) =>
  Number.isFinite(n)
    ? n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits })
    : 'n/a'
const int = n => (Number.isFinite(n) ? Math.round(n).toLocaleString('en-US') : 'n/a')
export const ms = n => (n >= 1000 ? `${num(n / 1000, 2)} s` : `${num(n, 1)} ms`)
export const ratio = r => `${num(r, 2)}×`
const mem = kib => num(mib(kib), 1)

/** Plain-text table: columns padded, numbers (align 'r') right-aligned. */
export function textTable(header, rows, align = []) {
  const all = [header, ...rows]
  const widths = header.map((_, c) => Math.max(...all.map(r => [...String(r[c] ?? '')].length)))
  const cell = (s, c) => {
    const text = String(s ?? '')
    const pad = ' '.repeat(widths[c] - [...text].length)
    return align[c] === 'r' ? pad + text : text + pad
  }
  const line = r => r.map(cell).join('  ').trimEnd()
  return [line(header), line(widths.map(w => '-'.repeat(w))), ...rows.map(line)].join('\n')
}

function requestsText(requests) {
  if (!requests) return ''
  const parts = Object.entries(requests.actions).map(([a, n]) => (n === 1 ? a : `${a} ×${n}`))
  const varies = requests.min !== requests.max ? ` (${requests.min}–${requests.max})` : ''
  return `${int(requests.median)}${varies}${parts.length ? ': ' + parts.join(', ') : ''}`
}

function pathRows(result) {
  const t = result.targets
  return result.paths.map(p => {
    const isFloor = p.id === 'floor'
    let timeTarget = ''
    if (p.id === 'inputError') {
      timeTarget = `≤ ${t.inputErrorRatio ?? t.ratio}× node ${mark(p.ratio <= (t.inputErrorRatio ?? t.ratio))}`
    } else if (p.id === 'jobFloor' || p.id === 'stackFloor') timeTarget = 'reference'
    else if (p.id === 'happy' && t.jobFloorRatio && p.ratioJobFloor !== undefined) {
      timeTarget = `≤ ${t.jobFloorRatio}× floor ${mark(p.ratioJobFloor <= t.jobFloorRatio)}`
    } else if (!isFloor) timeTarget = `≤ ${t.ratio}× ${mark(p.ratio <= t.ratio)}`
    return [
      p.label,
      ms(p.wallMs.median),
      `${num(p.wallMs.min)}–${num(p.wallMs.max)}`,
      isFloor ? '1.00×' : ratio(p.ratio),
      p.ratioJobFloor === undefined ? '' : ratio(p.ratioJobFloor),
      p.ratioStackFloor === undefined ? '' : ratio(p.ratioStackFloor),
      isFloor ? '' : `+${num(p.overheadMs)}`,
      timeTarget,
      `${mem(p.rssKiB.median)} / ${mem(p.rssKiB.max)}`,
      isFloor ? '' : `≤ ${t.rssMiB} ${mark(mib(p.rssKiB.max) <= t.rssMiB)}`,
      requestsText(p.requests)
    ]
  })
}

/** The paging table: header, rows, alignment. */
function scalingTable(scaling) {
  return [
    [
      'versions',
      'added latency',
      'requests',
      'ListImages',
      'page cap',
      'in flight',
      'wall median',
      'min–max',
      '× node',
      'peak RSS (max)'
    ],
    scaling.rows.map(r => [
      int(r.versions),
      `+${int(r.latencyMs ?? 0)} ms`,
      int(r.requests),
      int(r.listPages),
      int(r.maxPageSize ?? scaling.emulatorMaxPageSize),
      int(r.peakConcurrency),
      ms(r.wallMs.median),
      `${num(r.wallMs.min)}–${num(r.wallMs.max)}`,
      ratio(r.ratio),
      `${mem(r.rssKiB.max)} MiB (${num((r.rssKiB.max * 1024) / 1e6)} MB)`
    ]),
    ['r', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r']
  ]
}

/** The terminal report. */
export function renderText(result) {
  const { machine: m, config: c, dist, scaling } = result
  const out = []
  out.push(`ehpc-add-image benchmark, ${result.date}`)
  out.push(
    `Machine  ${m.cpu}, ${m.cores} cores (${m.availableParallelism} available), ` +
      `${m.memoryGiB} GiB, ${m.os}; Node ${m.node}`
  )
  out.push(
    `Method   ${c.rounds} rounds (+${c.warmupRounds} warm-up, not counted), each running every ` +
      `command once, round-robin with the start rotated; emulator reset before every run`
  )
  out.push(`         wall time: ${c.wall}`)
  out.push(`         peak RSS: ${c.rss.description}${c.rss.note ? ` (${c.rss.note})` : ''}`)
  if (c.env) {
    out.push(
      c.env.mode === 'clean'
        ? `         environment: PATH, HOME and the runner's variables only` +
            (c.env.leftOut.length
              ? `; not passed from this shell: ${c.env.leftOut.join(', ')} (--env inherit passes them)`
              : '')
        : `         environment: this shell's, minus npm_*, GITHUB_*, RUNNER_*, INPUT_*, ` +
            'ALIBABA_CLOUD_* and proxies (--env inherit)'
    )
  }
  out.push('')
  out.push('Paths (time in ms; memory = peak RSS in MiB, 1 MiB = 2^20 bytes)')
  out.push(
    textTable(
      [
        'Command',
        'median',
        'min–max',
        '× node',
        '× job floor',
        '× stack floor',
        '+ms',
        'target',
        'RSS med / max',
        'target',
        'HTTP requests'
      ],
      pathRows(result),
      ['', 'r', 'r', 'r', 'r', 'r', 'r', '', 'r', '', '']
    )
  )
  out.push('')
  out.push('Bundle: every .js file in dist/ (1 KB = 1000 bytes, 1 KiB = 1024 bytes)')
  const t = result.targets
  out.push(
    textTable(
      ['File', 'KB', 'KiB', 'bytes', 'target'],
      [
        ...dist.files.map(f => [
          f.file,
          num(f.kB),
          num(f.KiB),
          int(f.bytes),
          f.file === 'dist/index.js'
            ? `≤ ${t.distIndexKB} KB ${mark(f.kB <= t.distIndexKB)}` +
              (f.kB > t.distIndexKB && f.KiB <= t.distIndexKB ? ` (≤ ${t.distIndexKB} KiB)` : '')
            : ''
        ]),
        ['all .js files', num(dist.total.kB), num(dist.total.KiB), int(dist.total.bytes), '']
      ],
      ['', 'r', 'r', 'r', '']
    )
  )
  const loaded = result.paths.filter(p => p.loads)
  if (loaded.length) {
    out.push(
      'Loaded by each path (require.cache and an ESM load hook, one extra unmeasured run each):'
    )
    for (const p of loaded) {
      out.push(
        `  ${p.label}: ${num(p.loads.kB)} KB (${p.loads.files.map(f => f.replace(/^dist\//, '')).join(' + ')})`
      )
    }
  }
  if (scaling) {
    out.push('')
    out.push(
      `Lookup scaling: reuse path with N versions of "${scaling.name}", the match the oldest ` +
        `(last page); ListImages PageSize asked: ${scaling.pageSizeAsked}; page cap: the ` +
        `emulator's largest page; in flight: most ListImages the emulator answered at once; ` +
        `${scaling.runs} runs each`
    )
    out.push(textTable(...scalingTable(scaling)))
  }
  out.push('')
  out.push('Targets')
  for (const check of result.checks) {
    out.push(
      `  ${mark(check.ok)} ${check.label}: ${check.value} (target ${check.target})` +
        (check.note ? `; ${check.note}` : '')
    )
  }
  const met = result.checks.filter(x => x.ok).length
  out.push(
    met === result.checks.length
      ? `All ${met} targets met.`
      : `${met} of ${result.checks.length} targets met: MISSED ${result.checks
          .filter(x => !x.ok)
          .map(x => x.label)
          .join('; ')}. (A measurement, not a test: the exit status stays 0.)`
  )
  return out.join('\n')
}

/** The docs/PERFORMANCE.md block, markers included, in the shape prettier prints. */
export function renderMarkdown(result) {
  const t = result.targets
  const byId = Object.fromEntries(result.paths.map(p => [p.id, p]))
  const target = p => {
    if (p.id === 'happy') {
      return `≤ ${t.jobFloorRatio}× job floor ${mark(p.ratioJobFloor <= t.jobFloorRatio)}`
    }
    if (p.id === 'inputError') {
      return `≤ ${t.inputErrorRatio}× bare Node ${mark(p.ratio <= t.inputErrorRatio)}`
    }
    return ''
  }
  const paths = mdTable(
    [
      'Path',
      'Wall time (median)',
      '× bare Node',
      '× job floor',
      '× stack floor',
      'Peak RSS (max)',
      'Requests',
      'Target'
    ],
    ['floor', 'jobFloor', 'stackFloor', 'happy', 'reuse', 'dryRun', 'inputError']
      .filter(id => byId[id])
      .map(id => {
        const p = byId[id]
        return [
          p.label,
          ms(p.wallMs.median),
          ratio(p.ratio),
          p.ratioJobFloor === undefined ? '' : ratio(p.ratioJobFloor),
          p.ratioStackFloor === undefined ? '' : ratio(p.ratioStackFloor),
          `${mem(p.rssKiB.max)} MiB`,
          int(p.requests.median),
          target(p)
        ]
      })
  )
  const blocks = ['<!-- bench:start -->', '', paths, '']
  if (result.scaling) {
    const [header, rows] = scalingTable(result.scaling)
    blocks.push(
      `Lookup (reuse path, the match on the oldest version, so on the last page; the action asks ` +
        `for ${result.scaling.pageSizeAsked} a page, the emulator answers at most "page cap"; ` +
        '"in flight" is the most ListImages calls the emulator answered at once):',
      '',
      mdTable(header, rows),
      ''
    )
  }
  const checks = result.checks.map(
    c => `- ${mark(c.ok)} ${c.label}: ${c.value} (target ${c.target})`
  )
  const m = result.machine
  const footnote =
    `Measured by \`npm run bench\` on ${result.date.slice(0, 10)}: ${m.cpu}, ${m.cores} cores, ` +
    `Node ${m.node}; medians of ${result.config.rounds} interleaved runs against the local ` +
    'emulator' +
    (result.config.env?.mode === 'inherit'
      ? ", in the benchmarking shell's environment"
      : ', in a clean environment (PATH, HOME and the runner variables only; no NODE_EXTRA_CA_CERTS)') +
    '. Memory in MiB (2^20 bytes) unless marked MB (10^6 bytes), sizes in KB (1000 bytes).'
  blocks.push(...checks, '', footnote, '', '<!-- bench:end -->')
  return blocks.join('\n')
}

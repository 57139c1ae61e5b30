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
function textTable(header, rows, align = []) {
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
    if (p.id === 'inputError') timeTarget = `peers ${t.peersInputErrorRatio}`
    else if (p.id === 'jobFloor') timeTarget = 'reference'
    else if (!isFloor) timeTarget = `≤ ${t.ratio}× ${mark(p.ratio <= t.ratio)}`
    return [
      p.label,
      ms(p.wallMs.median),
      `${num(p.wallMs.min)}–${num(p.wallMs.max)}`,
      isFloor ? '1.00×' : ratio(p.ratio),
      isFloor ? '' : `+${num(p.overheadMs)}`,
      timeTarget,
      `${mem(p.rssKiB.median)} / ${mem(p.rssKiB.max)}`,
      isFloor ? '' : `≤ ${t.rssMiB} ${mark(mib(p.rssKiB.max) <= t.rssMiB)}`,
      requestsText(p.requests)
    ]
  })
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
        '+ms',
        'target',
        'RSS med / max',
        'target',
        'HTTP requests'
      ],
      pathRows(result),
      ['', 'r', 'r', 'r', 'r', '', 'r', '', '']
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
    out.push('Loaded by each path (ESM loader hook, one extra unmeasured run each):')
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
        `(last page); ListImages PageSize asked: ${scaling.pageSizeAsked}, ` +
        `emulator max: ${scaling.emulatorMaxPageSize}; ${scaling.runs} runs each`
    )
    out.push(
      textTable(
        [
          'versions',
          'requests',
          'ListImages pages',
          'median',
          'min–max',
          '× node',
          'ms / extra request',
          'RSS max'
        ],
        scaling.rows.map(r => [
          int(r.versions),
          int(r.requests),
          int(r.listPages),
          ms(r.wallMs.median),
          `${num(r.wallMs.min)}–${num(r.wallMs.max)}`,
          ratio(r.ratio),
          r.msPerExtraRequest === undefined ? '' : num(r.msPerExtraRequest, 2),
          mem(r.rssKiB.max)
        ]),
        ['r', 'r', 'r', 'r', 'r', 'r', 'r', 'r']
      )
    )
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
  const byId = Object.fromEntries(result.paths.map(p => [p.id, p]))
  const { floor, jobFloor, happy, reuse, dryRun, inputError } = byId
  const t = result.targets
  const happyCheck = result.checks.find(x => x.id === 'happyRatio')
  const rssCheck = result.checks.find(x => x.id === 'happyRss')
  const distCheck = result.checks.find(x => x.id === 'distIndex')
  const vsNode = p => `${ratio(p.ratio)} (${ms(p.wallMs.median)})`
  const rows = [
    [
      'Happy path, wall time relative to bare Node',
      `${vsNode(happy)} ${mark(happyCheck.ok)}`,
      `≤ ${t.ratio}× bare \`node\``
    ],
    ['Peak memory (RSS)', `${mem(happy.rssKiB.max)} MiB ${mark(rssCheck.ok)}`, `≤ ${t.rssMiB} MiB`],
    [
      '`dist/index.js` size',
      `${num(result.dist.index.kB)} KB ${mark(distCheck.ok)}`,
      `≤ ${t.distIndexKB} KB`
    ],
    ['Bare `node -e ""`', `${ms(floor.wallMs.median)}, ${mem(floor.rssKiB.max)} MiB`, ''],
    ...(happy.loads
      ? [['JavaScript loaded on the happy path (all chunks)', `${num(happy.loads.kB)} KB`, '']]
      : []),
    ...(jobFloor
      ? [['Job floor: Node http/https/crypto, 2 raw requests, no library', vsNode(jobFloor), '']]
      : []),
    ['Reuse path (image already registered)', vsNode(reuse), ''],
    ['Dry run (no credentials)', vsNode(dryRun), ''],
    [
      'Input error (missing `name`), relative to bare Node',
      vsNode(inputError),
      `peers: ${t.peersInputErrorRatio}`
    ],
    [
      'HTTP requests: happy / reuse / dry run / input error',
      [happy, reuse, dryRun, inputError].map(p => int(p.requests.median)).join(' / '),
      ''
    ]
  ]
  if (result.scaling) {
    const s = result.scaling.rows
    rows.push([
      `Lookup among ${s.map(r => int(r.versions)).join(' / ')} versions`,
      `${s.map(r => int(r.requests)).join(' / ')} requests; ${s
        .map(r => ms(r.wallMs.median))
        .join(' / ')}`,
      ''
    ])
  }
  const m = result.machine
  const footnote =
    `Measured by \`npm run bench\` on ${result.date.slice(0, 10)}: ${m.cpu}, ${m.cores} cores, ` +
    `Node ${m.node}; medians of ${result.config.rounds} interleaved runs against the local ` +
    'emulator' +
    (result.config.env?.mode === 'inherit'
      ? ", in the benchmarking shell's environment"
      : ', in a clean environment (PATH, HOME and the runner variables only)') +
    '. Memory in MiB (2^20 bytes), sizes in KB (1000 bytes).'
  return [
    '<!-- bench:start -->',
    '',
    mdTable(['Measure', 'ehpc-add-image', 'Target'], rows),
    '',
    footnote,
    '',
    '<!-- bench:end -->'
  ].join('\n')
}

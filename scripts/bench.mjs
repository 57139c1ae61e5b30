// npm run bench: start-up time, peak memory, HTTP requests and bundle size of the committed
// action (dist/index.js), run as the GitHub runner runs it, against the local E-HPC Instant
// emulator, and compared with bare `node -e ""` measured the same way. Builds nothing; not
// run by CI. A measurement, not a test: exits 0 when a target is missed (1 only when the
// benchmark itself could not run, e.g. a path did not do what it should).
//
//   node scripts/bench.mjs [--runs N] [--quick] [--scale-runs N] [--no-scaling]
//                          [--json-only] [--markdown] [--rss auto|time|preload]
//                          [--env clean|inherit] [--timeout SECONDS] [--from FILE]
//
// The commands are interleaved (each round runs every command once, the starting command
// rotated) so that drift of the machine hits them all alike. Results go to stdout and to
// bench-results/bench-<timestamp>.json and bench-results/latest.json.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { DEMO_ACCESS_KEY, startEmulator } from '../emulator/emulator.mjs'
import { ACTION_PATH } from './lib/run-action.mjs'
import { nccBundle } from './build.mjs'
import { asCommonJsDist } from './commonjs-dist.mjs'
import { baseEnvironment, makeRunner } from './bench/runner.mjs'
import { mib, renderMarkdown, renderText } from './bench/render.mjs'
import { killAll, measure, pickRssMethod, probeLoads } from './bench/spawn.mjs'
import { distSizes, machineInfo, median, summarize } from './bench/system.mjs'

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const RESULTS_DIR = join(ROOT, 'bench-results')
const JOB_FLOOR_PATH = join(ROOT, 'scripts/bench/job-floor.mjs')
const STACK_FLOOR_ENTRY = join(ROOT, 'scripts/bench/stack-floor.cjs')

const TARGETS = {
  ratio: 1.5,
  /** Happy path wall time over the job floor's (medians). */
  jobFloorRatio: 1.45,
  /** Input-error path wall time over bare Node's (medians). */
  inputErrorRatio: 1.8,
  rssMiB: 55,
  distIndexKB: 300,
  peersInputErrorRatio: '1.9–3.0×',
  /** 10,000 versions with PAGING_LATENCY_MS added to every ListImages answer. */
  pagingWallMs: 1200,
  /** Peak RSS of that run, in MiB. */
  pagingRssMiB: 64
}

const IMAGE_NAME = 'bench-app'
const REPOSITORY = 'registry.cn-hangzhou.aliyuncs.com/bench/app'
const REUSED_VERSION = 'reused'
const SCALING_SIZES = [10, 1_000, 10_000]
/** Added to every ListImages answer in the second half of the paging table (a far region). */
const PAGING_LATENCY_MS = 50
const WARMUP_ROUNDS = 2
/**
 * ListImages PageSize above this is clamped by the emulator: the size the action asks for.
 * The paging table adds a row at PAGING_SMALL_PAGE_SIZE, a cap the real service may have.
 */
const EMULATOR_MAX_PAGE_SIZE = 100
const PAGING_SMALL_PAGE_SIZE = 50

const USAGE = `Usage: node scripts/bench.mjs [options]
  --runs N          counted rounds (default 15; each round runs every command once)
  --quick           5 rounds, 3 runs per lookup size
  --scale-runs N    runs per lookup-scaling size (default 5)
  --no-scaling      skip the lookup-scaling part
  --json-only       print only the JSON result (still written to bench-results/)
  --markdown        also print the docs/PERFORMANCE.md block (Markdown)
  --rss METHOD      auto (default), time (/usr/bin/time) or preload (node --require)
  --env MODE        clean (default): children get PATH, HOME and the runner's variables only;
                    inherit: also this shell's other variables (e.g. NODE_EXTRA_CA_CERTS,
                    NODE_OPTIONS), minus npm_*, GITHUB_*, RUNNER_*, INPUT_*, ALIBABA_CLOUD_*
                    and proxy settings
  --timeout S       per-run time limit in seconds (default 30)
  --from FILE       measure nothing: render a saved result (e.g. bench-results/latest.json)
  --network         the network critical path instead (npm run bench -- --network --help)`

function options() {
  const { values } = parseArgs({
    options: {
      runs: { type: 'string' },
      quick: { type: 'boolean', default: false },
      'scale-runs': { type: 'string' },
      'no-scaling': { type: 'boolean', default: false },
      'json-only': { type: 'boolean', default: false },
      markdown: { type: 'boolean', default: false },
      rss: { type: 'string', default: 'auto' },
      env: { type: 'string', default: 'clean' },
      timeout: { type: 'string', default: '30' },
      from: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false }
    }
  })
  const positive = (name, raw, fallback) => {
    if (raw === undefined) return fallback
    const n = Number(raw)
    if (!(Number.isInteger(n) && n >= 1))
      throw new UsageError(`--${name} must be a whole number >= 1`)
    return n
  }
  if (!['auto', 'time', 'preload'].includes(values.rss)) {
    throw new UsageError('--rss must be auto, time or preload')
  }
  if (!['clean', 'inherit'].includes(values.env)) {
    throw new UsageError('--env must be clean or inherit')
  }
  const timeoutS = Number(values.timeout)
  if (!(timeoutS > 0)) throw new UsageError('--timeout must be a number of seconds > 0')
  return {
    help: values.help,
    rounds: positive('runs', values.runs, values.quick ? 5 : 15),
    scaleRuns: positive('scale-runs', values['scale-runs'], values.quick ? 3 : 5),
    scaling: !values['no-scaling'],
    jsonOnly: values['json-only'],
    markdown: values.markdown,
    rss: values.rss,
    env: values.env,
    timeoutMs: timeoutS * 1000,
    from: values.from
  }
}

class UsageError extends Error {}

/** Progress goes to stderr, so that stdout holds only the report. */
const progress = text => process.stderr.write(text)

function describeFailure(scenario, run, why) {
  const tail = s =>
    s
      .trim()
      .split('\n')
      .slice(-15)
      .map(l => `    ${l}`)
      .join('\n')
  return (
    `${scenario.label}: ${why} (exit ${run.code}${run.signal ? `, ${run.signal}` : ''}` +
    `${run.timedOut ? ', killed at the time limit' : ''}, ${run.ms.toFixed(0)} ms)\n` +
    `  stdout:\n${tail(run.stdout)}\n  stderr:\n${tail(run.stderr)}`
  )
}

/**
 * The stack floor, bundled as the action is (ncc, the same stand-ins and target) into
 * `scratch`: what @actions/core and @alicloud/openapi-client cost a bundled action alone.
 */
function buildStackFloor(scratch) {
  const work = mkdtempSync(join(scratch, 'stack-floor-build-'))
  const outDir = join(scratch, 'stack-floor')
  progress('bundling the stack floor (scripts/bench/stack-floor.cjs) with ncc\n')
  nccBundle({ entry: STACK_FLOOR_ENTRY, outDir, work, stdio: ['ignore', 2, 2] })
  asCommonJsDist(outDir)
  return join(outDir, 'index.js')
}

/** The job floor's requests answered as they should be, and its image on the emulator. */
function floorCheck(out, state, _run, requests) {
  const answered = requests.entries.map(e => `${e.action} ${e.status}`)
  if (answered.join(', ') !== 'ListImages 200, AddImage 200, GetImage 200') {
    return `requests answered ${answered.join(', ') || '(none)'}, expected ListImages 200, AddImage 200, GetImage 200`
  }
  if (!state.images().some(x => x.ImageId === out['image-id'])) {
    return `image-id ${out['image-id']} is not on the emulator`
  }
}

function scenarios(emu, stackFloorPath) {
  const credentials = {
    region: 'cn-hangzhou',
    endpoint: emu.url,
    'access-key-id': DEMO_ACCESS_KEY.accessKeyId,
    'access-key-secret': DEMO_ACCESS_KEY.accessKeySecret,
    // Start-up is measured here; the image check's cost is the network benchmark's (--network).
    'verify-image': 'false'
  }
  const actionArgs = [ACTION_PATH]
  return [
    {
      id: 'floor',
      label: 'bare node -e ""',
      nodeArgs: ['-e', ''],
      inputs: () => ({}),
      check: () => undefined
    },
    {
      // Not the action: Node's http/https/crypto, the happy path's three signed requests and
      // an output, no library.
      id: 'jobFloor',
      label: 'job floor (3 signed requests)',
      nodeArgs: [JOB_FLOOR_PATH],
      inputs: i => ({
        ...credentials,
        name: IMAGE_NAME,
        'image-version': `floor-${i}`,
        'registry-url': `${REPOSITORY}:floor-${i}`
      }),
      check: floorCheck
    },
    {
      // The same requests through the stack packages the action must use, no code of its own.
      id: 'stackFloor',
      label: 'stack floor (the same through core and openapi-client)',
      nodeArgs: [stackFloorPath],
      inputs: i => ({
        ...credentials,
        name: IMAGE_NAME,
        'image-version': `stack-${i}`,
        'registry-url': `${REPOSITORY}:stack-${i}`
      }),
      check: floorCheck
    },
    {
      id: 'happy',
      label: 'happy path (registers)',
      nodeArgs: actionArgs,
      inputs: i => ({
        ...credentials,
        name: IMAGE_NAME,
        'image-version': `run-${i}`,
        'registry-url': `${REPOSITORY}:v${i}`
      }),
      check: (out, state) => {
        if (out.created !== 'true') return `created=${out.created}, expected true`
        if (!state.images().some(x => x.ImageId === out['image-id'])) {
          return `image-id ${out['image-id']} is not on the emulator`
        }
      }
    },
    {
      id: 'reuse',
      label: 'reuse (already registered)',
      nodeArgs: actionArgs,
      inputs: () => ({
        ...credentials,
        name: IMAGE_NAME,
        'image-version': REUSED_VERSION,
        'registry-url': `${REPOSITORY}:${REUSED_VERSION}`
      }),
      check: (out, state) => {
        if (out.created !== 'false') return `created=${out.created}, expected false`
        if (out['image-id'] !== state.reusedId) {
          return `image-id ${out['image-id']}, expected ${state.reusedId}`
        }
      }
    },
    {
      id: 'dryRun',
      label: 'dry run (no credentials)',
      nodeArgs: actionArgs,
      inputs: i => ({
        region: 'cn-hangzhou',
        name: IMAGE_NAME,
        'image-version': `run-${i}`,
        'registry-url': `${REPOSITORY}:v${i}`,
        'dry-run': 'true',
        // As above; and a dry run would check the image at the public registry host.
        'verify-image': 'false'
      }),
      check: out => (out['image-name'] === IMAGE_NAME ? undefined : 'no image-name output')
    },
    {
      id: 'inputError',
      label: 'input error (no name)',
      nodeArgs: actionArgs,
      exitCode: 1,
      inputs: i => ({ ...credentials, 'registry-url': `${REPOSITORY}:v${i}` }),
      check: (_out, _state, run) =>
        /^::error(?: [^:]*)?::Input "name" is required/m.test(run.stdout)
          ? undefined
          : 'no "Input "name" is required" error annotation'
    }
  ]
}

/** Counts the requests a run made, by action, from the emulator's log since `from`. */
function requestsSince(emu, from) {
  const entries = emu.requests.slice(from)
  const actions = {}
  for (const e of entries) actions[e.action || '(none)'] = (actions[e.action || '(none)'] ?? 0) + 1
  return { count: entries.length, actions, entries }
}

async function main() {
  if (process.argv.includes('--network')) {
    const { networkMain } = await import('./bench/network/run.mjs')
    return networkMain(process.argv.slice(2))
  }
  let opts
  try {
    opts = options()
  } catch (err) {
    if (err instanceof UsageError || err?.code?.startsWith?.('ERR_PARSE_ARGS')) {
      console.error(`${err.message}\n\n${USAGE}`)
      return 2
    }
    throw err
  }
  if (opts.help) {
    console.log(USAGE)
    return 0
  }
  if (opts.from) {
    const result = JSON.parse(readFileSync(resolve(opts.from), 'utf8'))
    print(result, opts)
    return 0
  }

  const scratch = mkdtempSync(join(tmpdir(), 'ehpc-bench-'))
  let emu
  const interrupted = signal => {
    killAll()
    emu?.close()
    rmSync(scratch, { recursive: true, force: true })
    process.stderr.write(`\nInterrupted (${signal}); every child process was killed.\n`)
    process.exit(130)
  }
  process.once('SIGINT', interrupted)
  process.once('SIGTERM', interrupted)
  try {
    const rss = pickRssMethod(scratch, opts.rss)
    emu = await startEmulator({ maxPageSize: EMULATOR_MAX_PAGE_SIZE })
    const result = await runBenchmark(emu, scratch, rss, opts)
    const stamp = result.date.replace(/:/g, '-').replace(/\.\d+Z$/, 'Z')
    mkdirSync(RESULTS_DIR, { recursive: true })
    const json = JSON.stringify(result, null, 2) + '\n'
    const file = join(RESULTS_DIR, `bench-${stamp}.json`)
    writeFileSync(file, json)
    writeFileSync(join(RESULTS_DIR, 'latest.json'), json)
    print(result, opts)
    if (!opts.jsonOnly) {
      console.log(
        `\nWritten to ${relative(process.cwd(), file)} and ` +
          `${relative(process.cwd(), join(RESULTS_DIR, 'latest.json'))}`
      )
    }
    return 0
  } finally {
    killAll()
    await emu?.close()
    rmSync(scratch, { recursive: true, force: true })
    process.off('SIGINT', interrupted)
    process.off('SIGTERM', interrupted)
  }
}

function print(result, opts) {
  if (opts.jsonOnly) {
    console.log(JSON.stringify(result, null, 2))
    return
  }
  console.log(renderText(result))
  if (opts.markdown) {
    console.log('\ndocs/PERFORMANCE.md block:\n')
    console.log(renderMarkdown(result))
  }
}

async function runBenchmark(emu, scratch, rss, opts) {
  const started = new Date().toISOString()
  const base = baseEnvironment(opts.env)
  const runner = makeRunner(scratch, base.env)
  const list = scenarios(emu, buildStackFloor(scratch))
  const state = { images: () => emu.images(), reusedId: '' }
  let runNumber = 0

  /** Runs one command once, checks that it did what it should, and returns its figures. */
  const runOnce = async (scenario, inputs) => {
    runner.reset()
    const before = emu.requests.length
    const run = await measure({
      nodeArgs: scenario.nodeArgs,
      env: runner.env(inputs),
      cwd: runner.workspace,
      timeoutMs: opts.timeoutMs,
      rssMethod: rss.method,
      scratch
    })
    const requests = requestsSince(emu, before)
    const expectedCode = scenario.exitCode ?? 0
    if (run.timedOut || run.code !== expectedCode) {
      throw new Error(describeFailure(scenario, run, `expected exit ${expectedCode}`))
    }
    const why = scenario.check(runner.outputs(), state, run, requests)
    if (why) throw new Error(describeFailure(scenario, run, why))
    if (run.rssKiB === undefined) throw new Error(describeFailure(scenario, run, 'no peak RSS'))
    return { ms: run.ms, rssKiB: run.rssKiB, requests }
  }

  // The image the reuse path finds: registered by the action itself before the timed runs,
  // then put back after every reset, so that every run starts from the same emulator state.
  const reuse = list.find(s => s.id === 'reuse')
  emu.reset()
  const happy = list.find(s => s.id === 'happy')
  await runOnce({ ...happy, label: 'registering the image the reuse path finds' }, reuse.inputs())
  const reusedImage = emu.images().find(x => x.Version === REUSED_VERSION)
  state.reusedId = reusedImage.ImageId
  const freshState = () => {
    emu.reset()
    emu.seedImage(reusedImage)
  }

  const samples = Object.fromEntries(list.map(s => [s.id, []]))
  const totalRounds = WARMUP_ROUNDS + opts.rounds
  for (let round = 0; round < totalRounds; round++) {
    const warm = round < WARMUP_ROUNDS
    progress(
      warm
        ? `warm-up round ${round + 1}/${WARMUP_ROUNDS}\n`
        : `round ${round - WARMUP_ROUNDS + 1}/${opts.rounds}\n`
    )
    for (let k = 0; k < list.length; k++) {
      const scenario = list[(round + k) % list.length]
      freshState()
      const figures = await runOnce(scenario, scenario.inputs(runNumber++))
      if (!warm) samples[scenario.id].push(figures)
    }
  }

  const floorMs = samples.floor.map(f => f.ms)
  const floorMedian = median(floorMs)
  const jobFloorMs = samples.jobFloor.map(f => f.ms)
  const jobFloorMedian = median(jobFloorMs)
  const stackFloorMedian = median(samples.stackFloor.map(f => f.ms))
  const paths = list.map(s => {
    const figs = samples[s.id]
    const wallMs = summarize(figs.map(f => f.ms))
    const counts = figs.map(f => f.requests.count)
    const actions = {}
    for (const [a, n] of Object.entries(figs[0].requests.actions)) actions[a] = n
    return {
      id: s.id,
      label: s.label,
      wallMs,
      ratio: wallMs.median / floorMedian,
      ratioPaired: median(figs.map((f, i) => f.ms / floorMs[i])),
      ratioJobFloor: wallMs.median / jobFloorMedian,
      ratioStackFloor: wallMs.median / stackFloorMedian,
      overheadMs: wallMs.median - floorMedian,
      rssKiB: summarize(figs.map(f => f.rssKiB)),
      requests: {
        median: median(counts),
        min: Math.min(...counts),
        max: Math.max(...counts),
        actions
      }
    }
  })

  // Which files of dist/ each path loads: one more, unmeasured, run each with a loader hook.
  const dist = distSizes(ROOT)
  const sizeOf = Object.fromEntries(dist.files.map(f => [f.file, f.bytes]))
  progress('which dist/ files each path loads\n')
  for (const path of paths) {
    const scenario = list.find(s => s.id === path.id)
    if (scenario.id === 'floor') continue
    freshState()
    runner.reset()
    const probe = await probeLoads({
      nodeArgs: scenario.nodeArgs,
      env: runner.env(scenario.inputs(runNumber++)),
      cwd: runner.workspace,
      timeoutMs: opts.timeoutMs,
      scratch
    })
    const files = probe.files.map(f => relative(ROOT, f)).filter(f => f in sizeOf)
    if (probe.code !== (scenario.exitCode ?? 0) || files.length === 0) continue
    const bytes = files.reduce((sum, f) => sum + sizeOf[f], 0)
    path.loads = { files, bytes, kB: bytes / 1000, KiB: bytes / 1024 }
  }

  const scaling = opts.scaling ? await runScaling(emu, list, runOnce, state, opts) : undefined
  const byId = Object.fromEntries(paths.map(p => [p.id, p]))
  const happyRssMax = byId.happy.rssKiB.max
  const paging = scaling?.rows.find(
    r =>
      r.versions === SCALING_SIZES.at(-1) &&
      r.latencyMs === PAGING_LATENCY_MS &&
      r.maxPageSize === EMULATOR_MAX_PAGE_SIZE
  )
  const checks = [
    {
      id: 'happyJobFloor',
      label: 'happy path wall time / job floor (medians)',
      value: `${byId.happy.ratioJobFloor.toFixed(2)}×`,
      target: `≤ ${TARGETS.jobFloorRatio}×`,
      ok: byId.happy.ratioJobFloor <= TARGETS.jobFloorRatio
    },
    {
      id: 'inputErrorRatio',
      label: 'input error wall time / bare node (medians)',
      value: `${byId.inputError.ratio.toFixed(2)}×`,
      target: `≤ ${TARGETS.inputErrorRatio}×`,
      ok: byId.inputError.ratio <= TARGETS.inputErrorRatio
    },
    ...(paging
      ? [
          {
            id: 'pagingWall',
            label: `reuse among ${paging.versions} versions, +${PAGING_LATENCY_MS} ms per ListImages: wall time (median)`,
            value: `${(paging.wallMs.median / 1000).toFixed(2)} s`,
            target: `≤ ${TARGETS.pagingWallMs / 1000} s`,
            ok: paging.wallMs.median <= TARGETS.pagingWallMs
          },
          {
            id: 'pagingRss',
            label: `reuse among ${paging.versions} versions: peak RSS (max)`,
            value: `${(paging.rssKiB.max / 1024).toFixed(1)} MiB`,
            target: `≤ ${TARGETS.pagingRssMiB} MiB`,
            ok: paging.rssKiB.max / 1024 <= TARGETS.pagingRssMiB
          }
        ]
      : []),
    {
      id: 'happyRatio',
      label: 'happy path wall time / bare node (medians)',
      value: `${byId.happy.ratio.toFixed(2)}×`,
      target: `≤ ${TARGETS.ratio}×`,
      ok: byId.happy.ratio <= TARGETS.ratio
    },
    {
      id: 'happyRss',
      label: 'happy path peak RSS (max of all runs)',
      value: `${mib(happyRssMax).toFixed(1)} MiB (${((happyRssMax * 1024) / 1e6).toFixed(1)} MB)`,
      target: `≤ ${TARGETS.rssMiB} MiB`,
      ok: mib(happyRssMax) <= TARGETS.rssMiB,
      note:
        mib(happyRssMax) <= TARGETS.rssMiB && happyRssMax * 1024 > TARGETS.rssMiB * 1e6
          ? `over ${TARGETS.rssMiB} MB if MB means 10^6 bytes`
          : undefined
    },
    {
      id: 'distIndex',
      label: 'dist/index.js size',
      value: dist.index ? `${dist.index.kB.toFixed(1)} KB (${dist.index.KiB.toFixed(1)} KiB)` : '-',
      target: `≤ ${TARGETS.distIndexKB} KB`,
      ok: dist.index !== undefined && dist.index.kB <= TARGETS.distIndexKB,
      note:
        dist.index && dist.index.kB > TARGETS.distIndexKB && dist.index.KiB <= TARGETS.distIndexKB
          ? `within ${TARGETS.distIndexKB} KiB, over ${TARGETS.distIndexKB} KB (1 KB = 1000 bytes)`
          : undefined
    }
  ]
  return {
    schema: 'ehpc-add-image-bench/1',
    date: started,
    machine: machineInfo(),
    config: {
      rounds: opts.rounds,
      warmupRounds: WARMUP_ROUNDS,
      scaleRuns: opts.scaling ? opts.scaleRuns : 0,
      timeoutMs: opts.timeoutMs,
      wall: 'from spawn() to the exit of the child, timed by the benchmark process',
      rss: rss,
      env: {
        mode: opts.env,
        passed: Object.keys(base.env).sort(),
        leftOut: base.leftOut
      },
      action: relative(ROOT, ACTION_PATH),
      emulatorMaxPageSize: EMULATOR_MAX_PAGE_SIZE
    },
    targets: TARGETS,
    paths: paths.map(p => ({
      ...p,
      rssMiB: { median: mib(p.rssKiB.median), max: mib(p.rssKiB.max) }
    })),
    dist,
    scaling,
    checks,
    allMet: checks.every(c => c.ok)
  }
}

/**
 * The reuse path with N versions of the name on the emulator, the match the oldest (so on
 * the last page), without and with PAGING_LATENCY_MS added to every ListImages answer.
 * Each configuration alternates with bare node so that it has its own floor.
 */
async function runScaling(emu, list, runOnce, state, opts) {
  const floor = list.find(s => s.id === 'floor')
  const reuse = list.find(s => s.id === 'reuse')
  const rows = []
  let pageSizeAsked
  const configs = SCALING_SIZES.flatMap(versions =>
    [0, PAGING_LATENCY_MS].map(latencyMs => ({
      versions,
      latencyMs,
      maxPageSize: EMULATOR_MAX_PAGE_SIZE
    }))
  )
  configs.push({
    versions: SCALING_SIZES.at(-1),
    latencyMs: PAGING_LATENCY_MS,
    maxPageSize: PAGING_SMALL_PAGE_SIZE
  })
  for (const { versions, latencyMs, maxPageSize } of configs) {
    emu.reset()
    emu.setListImages({ latencyMs, maxPageSize })
    state.reusedId = seedVersions(emu, versions)
    const label = `lookup among ${versions} versions, +${latencyMs} ms, ${maxPageSize} a page`
    const figs = []
    const floors = []
    for (let round = 0; round <= opts.scaleRuns; round++) {
      progress(`${label}: ${round === 0 ? 'warm-up' : `run ${round}/${opts.scaleRuns}`}\n`)
      const order = round % 2 ? [reuse, floor] : [floor, reuse]
      for (const scenario of order) {
        const f = await runOnce(scenario, scenario.inputs())
        if (round === 0) continue
        if (scenario === floor) floors.push(f.ms)
        else figs.push(f)
      }
    }
    emu.setListImages({ latencyMs: 0, maxPageSize: EMULATOR_MAX_PAGE_SIZE })
    const lists = figs[0].requests.entries.filter(e => e.action === 'ListImages')
    pageSizeAsked ??= lists[0]?.params.PageSize
    const wallMs = summarize(figs.map(f => f.ms))
    const floorMs = median(floors)
    rows.push({
      versions,
      latencyMs,
      maxPageSize,
      requests: median(figs.map(f => f.requests.count)),
      listPages: lists.length,
      lastPageNumber: Math.max(...lists.map(e => Number(e.params.PageNumber))),
      pageSizeInEffect: Number(lists.at(-1)?.params.PageSize),
      peakConcurrency: emu.peakConcurrency('ListImages'),
      actions: figs[0].requests.actions,
      wallMs,
      floorMs,
      ratio: wallMs.median / floorMs,
      rssKiB: summarize(figs.map(f => f.rssKiB))
    })
  }
  return {
    name: IMAGE_NAME,
    runs: opts.scaleRuns,
    pageSizeAsked: pageSizeAsked === undefined ? undefined : Number(pageSizeAsked),
    emulatorMaxPageSize: EMULATOR_MAX_PAGE_SIZE,
    latencyMs: PAGING_LATENCY_MS,
    rows
  }
}

/** Seeds `versions` versions of IMAGE_NAME, the reused one the oldest; returns its id. */
function seedVersions(emu, versions) {
  const oldest = Date.now() - (versions + 10) * 1000
  const iso = ms => new Date(ms).toISOString().replace(/\.\d+Z$/, 'Z')
  const seed = [
    {
      Name: IMAGE_NAME,
      Version: REUSED_VERSION,
      ImageType: 'Container',
      CreateTime: iso(oldest),
      ContainerImageSpec: { RegistryUrl: `${REPOSITORY}:${REUSED_VERSION}` }
    }
  ]
  for (let k = 1; k < versions; k++) {
    seed.push({
      Name: IMAGE_NAME,
      Version: `v${k}`,
      ImageType: 'Container',
      CreateTime: iso(oldest + k * 1000),
      ContainerImageSpec: { RegistryUrl: `${REPOSITORY}:v${k}` }
    })
  }
  return emu.seedImages(seed)[0].ImageId
}

main().then(
  code => {
    process.exitCode = code
  },
  err => {
    killAll()
    console.error(`bench: ${err instanceof Error ? err.message : String(err)}`)
    process.exitCode = 1
  }
)

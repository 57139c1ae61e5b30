// npm run bench -- --network: the action's network critical path, through real kernel TCP
// and TLS. Two network namespaces joined by a delay line (netns.mjs, delay-line.c), three
// service addresses with TLS fronts (server.mjs) in front of the emulator, a fresh CA per run
// (certs.mjs). For each round-trip time and TLS version, every path runs `--runs` times; the
// fronts count connections, handshakes and requests, the delay line times the client's first
// packet and the last packet delivered to it, and each path is set next to its floor.
// A measurement, not a test: exits 0 when a target is missed.
import { spawn } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, relative, resolve } from 'node:path'
import { createInterface } from 'node:readline'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { DEMO_ACCESS_KEY, DEMO_OIDC, DEMO_REGISTRY } from '../../../emulator/emulator.mjs'
import { ACTION_PATH } from '../../lib/run-action.mjs'
import { baseEnvironment, makeRunner } from '../runner.mjs'
import { machineInfo, median, summarize } from '../system.mjs'
import { makeCertificates } from './certs.mjs'
import { ADDRESSES, checkPrerequisites, makeLink, removeStale } from './netns.mjs'
import { renderNetwork } from './render.mjs'

const CPU_PROBE = fileURLToPath(new URL('./report-cpu.cjs', import.meta.url))

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..')
const RESULTS_DIR = join(ROOT, 'bench-results')
const SERVER = fileURLToPath(new URL('./server.mjs', import.meta.url))

/** The GitHub token host is near the runner: 10 ms, or less when the cloud is nearer. */
const GITHUB_RTT_MS = 10
/** Waited beyond a round trip before a run, for the previous run's closing packets to land. */
const QUIET_MARGIN_MS = 50
const IMAGE_NAME = 'bench-app'
const REPOSITORY = 'registry.cn-hangzhou.aliyuncs.com/bench/app'
/** The repository of the checked paths, in the emulator's registry behind its TLS front. */
const CHECKED_REPOSITORY = 'bench/app'
/** The ECS image of the VM path, Available in the emulator's ECS behind its TLS front. */
const VM_IMAGE_ID = 'm-bench0000000000000001'
const REUSED_VERSION = 'reused'
const MANY_VERSIONS = 1_000
/** The emulator's ListImages page cap: the 100 a page the action asks for. */
const PAGE_CAP = 100

export const NETWORK_TARGETS = {
  rttMs: 200,
  tls: '1.3',
  /** Round trips spent, over the floor's, at most. */
  extraRoundTrips: 0.4,
  wallRatio: 1.15,
  /** For the 1,000-version lookups. */
  wallRatioMany: 1.3
}

export const PATHS = [
  { id: 'akRegisters', label: 'AccessKey, registers', auth: 'ak', versions: 1, registers: true },
  { id: 'akReuse', label: 'AccessKey, reuse', auth: 'ak', versions: 1, registers: false },
  { id: 'oidcRegisters', label: 'OIDC, registers', auth: 'oidc', versions: 1, registers: true },
  // The same runs with the image check (verify-image: auto) against a registry with the
  // Bearer token flow (or Basic auth, as Debian's docker-registry with htpasswd), in the
  // server namespace: the check runs beside credentials and lookup.
  {
    id: 'akRegistersChecked',
    label: 'AccessKey, registers, image checked',
    auth: 'ak',
    versions: 1,
    registers: true,
    checked: true
  },
  {
    id: 'akReuseChecked',
    label: 'AccessKey, reuse, image checked',
    auth: 'ak',
    versions: 1,
    registers: false,
    checked: true
  },
  {
    id: 'akRegistersCheckedBasic',
    label: 'AccessKey, registers, image checked (Basic registry)',
    auth: 'ak',
    versions: 1,
    registers: true,
    checked: true,
    registryAuth: 'basic'
  },
  {
    id: 'akRegistersVmChecked',
    label: 'AccessKey, registers a VM image, checked in ECS',
    auth: 'ak',
    versions: 1,
    registers: true,
    checked: true,
    vm: true
  },
  {
    id: 'oidcRegistersChecked',
    label: 'OIDC, registers, image checked',
    auth: 'oidc',
    versions: 1,
    registers: true,
    checked: true
  },
  {
    id: 'manyReuse',
    label: '1,000 versions, reuse',
    auth: 'ak',
    versions: MANY_VERSIONS,
    registers: false
  },
  {
    id: 'manyRegisters',
    label: '1,000 versions, registers',
    auth: 'ak',
    versions: MANY_VERSIONS,
    registers: true
  }
]

export const NETWORK_USAGE = `Usage: node scripts/bench.mjs --network [options]
  --rtt LIST        round-trip times to the cloud hosts, ms (default 0,50,200; 0 is always run:
                    it is each path's local time in the floor's wall time)
  --tls LIST        TLS versions of the fronts (default 1.3,1.2)
  --runs N          runs of every path per configuration (default 7; --quick 3)
  --paths LIST      some of ${PATHS.map(p => p.id).join(', ')}
  --markdown        also print the docs/PERFORMANCE.md tables
  --json-only       print only the JSON result
  --timeout S       per-run time limit in seconds (default 30)
  --action FILE     the bundle to run (default dist/index.js; another build, to compare)
  --from FILE       measure nothing: render a saved result (bench-results/network-latest.json)
Needs root, ip, cc and openssl. Cleans up its namespaces on exit, on SIGINT/SIGTERM/SIGHUP,
and (for a run that was killed) at the start of the next.`

function networkOptions(argv) {
  const { values } = parseArgs({
    args: argv,
    options: {
      network: { type: 'boolean' },
      rtt: { type: 'string', default: '0,50,200' },
      tls: { type: 'string', default: '1.3,1.2' },
      runs: { type: 'string' },
      quick: { type: 'boolean', default: false },
      paths: { type: 'string' },
      markdown: { type: 'boolean', default: false },
      'json-only': { type: 'boolean', default: false },
      timeout: { type: 'string', default: '30' },
      from: { type: 'string' },
      action: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false }
    }
  })
  const list = s =>
    s
      .split(',')
      .map(x => x.trim())
      .filter(Boolean)
  const rtts = [...new Set([0, ...list(values.rtt).map(Number)])].sort((a, b) => a - b)
  if (rtts.some(r => !(Number.isFinite(r) && r >= 0 && r <= 2000)))
    throw new Error('--rtt: numbers of ms, 0 to 2000')
  const tls = list(values.tls)
  if (tls.some(v => v !== '1.2' && v !== '1.3')) throw new Error('--tls: 1.2 and/or 1.3')
  const runs = Number(values.runs ?? (values.quick ? 3 : 7))
  if (!(Number.isInteger(runs) && runs >= 1 && runs <= 100)) throw new Error('--runs: 1 to 100')
  const paths = values.paths ? list(values.paths) : PATHS.map(p => p.id)
  if (paths.some(id => !PATHS.some(p => p.id === id)))
    throw new Error(`--paths: ${PATHS.map(p => p.id).join(', ')}`)
  const timeoutS = Number(values.timeout)
  if (!(timeoutS > 0 && timeoutS <= 600)) throw new Error('--timeout: seconds, up to 600')
  return {
    ...values,
    rtts,
    tls,
    runs,
    paths,
    action: values.action ? resolve(values.action) : ACTION_PATH,
    timeoutMs: timeoutS * 1000,
    jsonOnly: values['json-only']
  }
}

/** The server namespace's side: the emulator and the fronts, called over JSON lines. */
async function startServers(link, certs, tls) {
  const config = {
    fronts: ADDRESSES,
    cert: certs.cert,
    key: certs.key,
    tls,
    emulator: { maxPageSize: PAGE_CAP }
  }
  const child = spawn(
    'ip',
    ['netns', 'exec', link.server, process.execPath, SERVER, JSON.stringify(config)],
    {
      stdio: ['pipe', 'pipe', 'inherit']
    }
  )
  const pending = new Map()
  let nextId = 1
  let ready
  const readyNow = new Promise((resolve, reject) => {
    ready = resolve
    setTimeout(() => reject(new Error('the servers did not start in 20 s')), 20_000).unref()
    child.once('exit', code => reject(new Error(`the servers exited (${code})`)))
  })
  createInterface({ input: child.stdout }).on('line', line => {
    const message = JSON.parse(line)
    if (message.ready) return ready()
    const call = pending.get(message.id)
    pending.delete(message.id)
    if (message.error) call?.reject(new Error(message.error))
    else call?.resolve(message.result)
  })
  await readyNow
  const call = (method, args) =>
    new Promise((resolve, reject) => {
      const id = nextId++
      const timer = setTimeout(() => {
        pending.delete(id)
        reject(new Error(`the servers did not answer ${method}`))
      }, 20_000)
      pending.set(id, {
        resolve: v => (clearTimeout(timer), resolve(v)),
        reject: e => (clearTimeout(timer), reject(e))
      })
      child.stdin.write(JSON.stringify({ id, method, args }) + '\n')
    })
  return { call, close: () => child.stdin.end(), kill: () => child.kill('SIGKILL') }
}

const running = new Set()

/** Runs the action in the client namespace; wall time from spawn() to its exit. */
function runAction(link, action, env, cwd, timeoutMs) {
  return new Promise((resolve, reject) => {
    let stdout = ''
    let stderr = ''
    const started = process.hrtime.bigint()
    let ended
    const child = spawn(
      'ip',
      ['netns', 'exec', link.client, process.execPath, '--require', CPU_PROBE, action],
      {
        env,
        cwd,
        detached: true,
        stdio: ['ignore', 'pipe', 'pipe']
      }
    )
    running.add(child)
    let timedOut = false
    const timer = setTimeout(() => {
      timedOut = true
      kill(child)
    }, timeoutMs)
    child.stdout.on('data', d => (stdout += d))
    child.stderr.on('data', d => (stderr += d))
    child.on('exit', () => (ended = process.hrtime.bigint()))
    child.on('error', err => {
      clearTimeout(timer)
      running.delete(child)
      reject(err)
    })
    child.on('close', code => {
      clearTimeout(timer)
      running.delete(child)
      resolve({
        code,
        timedOut,
        stdout,
        stderr,
        ms: Number((ended ?? process.hrtime.bigint()) - started) / 1e6
      })
    })
  })
}

function kill(child) {
  try {
    process.kill(-child.pid, 'SIGKILL')
  } catch {
    // gone
  }
}

function inputsFor(path, runNumber) {
  const version = path.registers ? `run-${runNumber}` : REUSED_VERSION
  const common = {
    region: 'cn-hangzhou',
    endpoint: ADDRESSES.ehpc,
    name: IMAGE_NAME,
    'image-version': version,
    ...(path.vm
      ? {
          'image-type': 'VM',
          'vm-image-id': VM_IMAGE_ID,
          'ecs-endpoint': ADDRESSES.ecs,
          'verify-image': 'auto'
        }
      : path.checked
        ? {
            'registry-url': `${ADDRESSES.registry}/${CHECKED_REPOSITORY}:${version}`,
            'verify-image': 'auto',
            'registry-username': DEMO_REGISTRY.username,
            'registry-password': DEMO_REGISTRY.password
          }
        : { 'registry-url': `${REPOSITORY}:${version}`, 'verify-image': 'false' })
  }
  if (path.auth === 'oidc') {
    return {
      ...common,
      'sts-endpoint': ADDRESSES.sts,
      'role-to-assume': DEMO_OIDC.roleArn,
      'oidc-provider-arn': DEMO_OIDC.providerArn
    }
  }
  return {
    ...common,
    'access-key-id': DEMO_ACCESS_KEY.accessKeyId,
    'access-key-secret': DEMO_ACCESS_KEY.accessKeySecret
  }
}

/**
 * The floor in round trips to the cloud: the least dependent round trips of the job, the
 * independent handshakes overlapped. A new connection costs TCP (1) and TLS (1 with 1.3, 2
 * with 1.2); every dependent call 1. GetImage after AddImage counts when the action sends it.
 */
export function floorRoundTrips(path, tls, actions) {
  const handshake = tls === '1.2' ? 3 : 2
  const sts = path.auth === 'oidc' ? 1 : 0
  const pages = (actions.ListImages ?? 0) > 1 ? 2 : 1
  // The image check runs beside credentials and lookup; the first write (or the reuse's
  // answer) waits for it. ECS answers DescribeImages, and a Basic registry the manifest
  // request, at once; a token registry needs three dependent requests: the challenge, the
  // token, the manifest.
  const oneRequest = path.vm || path.registryAuth === 'basic'
  const check = path.checked ? handshake + (oneRequest ? 1 : 3) : 0
  if (!path.registers) return Math.max(handshake + sts + pages + 1, check) // the reuse's GetImage
  const confirm = (actions.GetImage ?? 0) > 0 ? 1 : 0
  return Math.max(handshake + sts + pages, check) + 1 + confirm // AddImage, GetImage
}

function countOf(list, key) {
  const counts = {}
  for (const x of list) counts[key(x)] = (counts[key(x)] ?? 0) + 1
  return counts
}

async function measureConfig({ link, servers, runner, certs, path, rttMs, tls, opts, runNumber }) {
  await servers.call('reset')
  const reusedId = await servers.call('seedVersions', {
    name: IMAGE_NAME,
    repository: path.checked ? `${ADDRESSES.registry}/${CHECKED_REPOSITORY}` : REPOSITORY,
    reused: REUSED_VERSION,
    versions: path.versions
  })
  const inputs = inputsFor(path, runNumber)
  if (path.vm) {
    await servers.call('ecsImage', { imageId: VM_IMAGE_ID, status: 'Available' })
  } else if (path.checked) {
    await servers.call('registryAuth', path.registryAuth ?? 'bearer')
    await servers.call('push', { repository: CHECKED_REPOSITORY, tag: inputs['image-version'] })
  }
  await servers.call('take')
  // The previous run's connections close after it exits: its FIN reaches the servers half a
  // round trip later, and their TLS close_notify alerts (data) come back in the other half.
  // Counted from here, that alert's time on the line went to this run, merged with its first
  // packets: up to half a round trip more on a machine where Node starts slower than that.
  if (rttMs > 0) await new Promise(resolve => setTimeout(resolve, rttMs + QUIET_MARGIN_MS))
  await link.stats()
  runner.reset()
  const env = { ...runner.env(inputs), NODE_EXTRA_CA_CERTS: certs.ca }
  if (path.auth === 'oidc') {
    env.ACTIONS_ID_TOKEN_REQUEST_URL = `https://${ADDRESSES.github}/_github/idtoken?api-version=2.0`
    env.ACTIONS_ID_TOKEN_REQUEST_TOKEN = await servers.call('githubToken')
  }
  const cpuFile = join(runner.workspace, 'cpu.json')
  rmSync(cpuFile, { force: true })
  env.BENCH_CPU_FILE = cpuFile
  const run = await runAction(link, opts.action, env, runner.workspace, opts.timeoutMs)
  const cpu = existsSync(cpuFile) ? JSON.parse(readFileSync(cpuFile, 'utf8')) : undefined
  const wire = await link.stats()
  const seen = await servers.call('take')
  const out = runner.outputs()
  const tail = s => s.trim().split('\n').slice(-12).join('\n    ')
  const why =
    run.timedOut || run.code !== 0
      ? `exit ${run.code}${run.timedOut ? ' (killed at the time limit)' : ''}`
      : out.created !== String(path.registers)
        ? `created=${out.created}`
        : !path.registers && out['image-id'] !== reusedId
          ? `image-id ${out['image-id']}, expected ${reusedId}`
          : undefined
  if (why) {
    throw new Error(
      `${path.label} at ${rttMs} ms, TLS ${tls}: ${why}\n  stdout:\n    ${tail(run.stdout)}\n  stderr:\n    ${tail(run.stderr)}`
    )
  }
  const wireMs =
    wire.firstNs > 0n && wire.lastNs > wire.firstNs ? Number(wire.lastNs - wire.firstNs) / 1e6 : 0
  return {
    ms: run.ms,
    /** The action's own CPU time, user and system. */
    cpuMs: cpu ? (cpu.user + cpu.system) / 1000 : undefined,
    wireMs,
    busyMs: wire.busyMs,
    packets: wire.packets,
    connections: countOf(seen.connections, c => c.front),
    handshakes: countOf(
      seen.connections.filter(c => c.tls),
      c => `${c.tls}${c.resumed ? ' resumed' : ''}`
    ),
    requests: countOf(seen.requests, r => r.action),
    gzip: seen.requests.filter(r => r.encoding === 'gzip').length,
    bytes: seen.requests.reduce((s, r) => s + r.bytes, 0),
    timeline: seen
  }
}

function summarizeRow(path, rttMs, tls, runs, baseline) {
  const wallMs = summarize(runs.map(r => r.ms))
  const first = runs[Math.floor(runs.length / 2)]
  const floorRt = floorRoundTrips(path, tls, first.requests)
  // Round trips spent: the time at least one packet was on the line, over the RTT (the
  // time both ends computed with nothing in flight is the path's local time, not a trip).
  const roundTrips = rttMs > 0 ? median(runs.map(r => r.busyMs / rttMs)) : undefined
  const floorWallMs = baseline !== undefined ? floorRt * rttMs + baseline : undefined
  const medianOf = key => {
    const all = new Set(runs.flatMap(r => Object.keys(r[key])))
    return Object.fromEntries([...all].sort().map(k => [k, median(runs.map(r => r[key][k] ?? 0))]))
  }
  return {
    path: path.id,
    label: path.label,
    rttMs,
    tls,
    runs: runs.length,
    wallMs,
    wireMs: summarize(runs.map(r => r.wireMs)),
    busyMs: summarize(runs.map(r => r.busyMs)),
    cpuMs: runs.every(r => r.cpuMs !== undefined) ? summarize(runs.map(r => r.cpuMs)) : undefined,
    roundTrips,
    floorRoundTrips: floorRt,
    floorWallMs,
    wallRatio: floorWallMs ? wallMs.median / floorWallMs : undefined,
    connections: medianOf('connections'),
    handshakes: medianOf('handshakes'),
    requests: medianOf('requests'),
    gzipAnswers: median(runs.map(r => r.gzip)),
    answerBytes: median(runs.map(r => r.bytes)),
    // One run's server-side timeline (the median run by wall time), for reading by hand.
    timeline: [...runs].sort((a, b) => a.ms - b.ms)[Math.floor(runs.length / 2)].timeline
  }
}

export function networkChecks(rows) {
  const t = NETWORK_TARGETS
  return rows
    .filter(r => r.rttMs === t.rttMs && r.tls === t.tls)
    .flatMap(r => {
      const many = r.path.startsWith('many')
      const wallTarget = many ? t.wallRatioMany : t.wallRatio
      return [
        {
          label: `${r.label}: round trips over the floor`,
          value: (r.roundTrips - r.floorRoundTrips).toFixed(2),
          target: `≤ ${t.extraRoundTrips}`,
          ok: r.roundTrips - r.floorRoundTrips <= t.extraRoundTrips
        },
        {
          label: `${r.label}: wall time / the floor's`,
          value: `${r.wallRatio.toFixed(2)}×`,
          target: `≤ ${wallTarget}×`,
          ok: r.wallRatio <= wallTarget
        }
      ]
    })
}

export async function networkMain(argv) {
  let opts
  try {
    opts = networkOptions(argv)
  } catch (err) {
    console.error(`${err.message}\n\n${NETWORK_USAGE}`)
    return 2
  }
  if (opts.help) {
    console.log(NETWORK_USAGE)
    return 0
  }
  if (opts.from) {
    print(JSON.parse(readFileSync(resolve(opts.from), 'utf8')), opts)
    return 0
  }
  checkPrerequisites()
  const stale = removeStale()
  if (stale.length) process.stderr.write(`removed stale namespaces: ${stale.join(', ')}\n`)
  const scratch = mkdtempSync(join(tmpdir(), 'ehpc-netbench-'))
  let link
  let servers
  const cleanUp = () => {
    for (const child of running) kill(child)
    servers?.kill()
    link?.close()
    rmSync(scratch, { recursive: true, force: true })
  }
  const onSignal = signal => {
    cleanUp()
    process.stderr.write(`\nInterrupted (${signal}); the namespaces are removed.\n`)
    process.exit(130)
  }
  for (const s of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.once(s, onSignal)
  process.once('exit', cleanUp)
  try {
    const started = new Date().toISOString()
    link = await makeLink(scratch)
    const certs = makeCertificates(scratch, Object.values(ADDRESSES))
    servers = await startServers(link, certs, opts.tls[0])
    const runner = makeRunner(scratch, baseEnvironment('clean').env)
    const paths = PATHS.filter(p => opts.paths.includes(p.id))
    const rows = []
    let runNumber = 0
    for (const tls of opts.tls) {
      await servers.call('tls', tls)
      for (const rttMs of opts.rtts) {
        await link.setDelays(rttMs, Math.min(GITHUB_RTT_MS, rttMs))
        const samples = Object.fromEntries(paths.map(p => [p.id, []]))
        // One warm-up round, then the counted ones; each round runs every path once.
        for (let round = 0; round <= opts.runs; round++) {
          process.stderr.write(
            `TLS ${tls}, ${rttMs} ms: ${round === 0 ? 'warm-up' : `round ${round}/${opts.runs}`}\n`
          )
          for (let k = 0; k < paths.length; k++) {
            const path = paths[(round + k) % paths.length]
            const figures = await measureConfig({
              link,
              servers,
              runner,
              certs,
              path,
              rttMs,
              tls,
              opts,
              runNumber: runNumber++
            })
            if (round > 0) samples[path.id].push(figures)
          }
        }
        for (const path of paths) {
          const baseline = rows.find(r => r.path === path.id && r.tls === tls && r.rttMs === 0)
            ?.wallMs.median
          rows.push(
            summarizeRow(path, rttMs, tls, samples[path.id], rttMs === 0 ? undefined : baseline)
          )
        }
      }
    }
    const result = {
      schema: 'ehpc-add-image-bench-network/1',
      date: started,
      machine: machineInfo(),
      config: {
        runs: opts.runs,
        rtts: opts.rtts,
        tls: opts.tls,
        githubRttMs: GITHUB_RTT_MS,
        pageCap: PAGE_CAP,
        action: relative(ROOT, opts.action)
      },
      targets: NETWORK_TARGETS,
      rows
    }
    result.checks = networkChecks(rows)
    result.allMet = result.checks.every(c => c.ok)
    mkdirSync(RESULTS_DIR, { recursive: true })
    const stamp = started.replace(/:/g, '-').replace(/\.\d+Z$/, 'Z')
    const json = JSON.stringify(result, null, 2) + '\n'
    writeFileSync(join(RESULTS_DIR, `network-${stamp}.json`), json)
    writeFileSync(join(RESULTS_DIR, 'network-latest.json'), json)
    print(result, opts)
    return 0
  } finally {
    servers?.close()
    cleanUp()
    for (const s of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.removeAllListeners(s)
    process.off('exit', cleanUp)
  }
}

function print(result, opts) {
  if (opts.jsonOnly) console.log(JSON.stringify(result, null, 2))
  else console.log(renderNetwork(result, opts.markdown ? 'markdown' : 'text'))
}

// Runs one command the way the benchmark measures it: wall time from spawn() to the child's
// exit (process.hrtime in this process), and the child's own peak RSS.
//
// Peak RSS comes from GNU time (`/usr/bin/time -f %M`: ru_maxrss of the child it waited for,
// nothing added to the child) when it is there and works, otherwise from a preloaded module
// (`node --require report-rss.cjs`) that writes process.resourceUsage().maxRSS at exit. Either
// way the floor (`node -e ""`) and the action are measured through the same wrapper.
//
// Every child gets its own process group (detached), so that a timeout or an interrupt kills
// the wrapper and node together: killAll() ends every child still running.
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

export const TIME_BIN = '/usr/bin/time'
const REPORT_RSS = fileURLToPath(new URL('./report-rss.cjs', import.meta.url))
const LOAD_PROBE = new URL('./load-probe.mjs', import.meta.url).href
const LOAD_PROBE_CJS = fileURLToPath(new URL('./load-probe.cjs', import.meta.url))

export const RSS_METHODS = {
  time: `GNU time (${TIME_BIN} -f %M): the child's ru_maxrss, nothing added to the child`,
  preload:
    'node --require scripts/bench/report-rss.cjs: process.resourceUsage().maxRSS at exit ' +
    '(one small CommonJS module added to every run, the floor included: about +0.25 MiB)'
}

/** @type {Set<import('node:child_process').ChildProcess>} */
const active = new Set()

/** The last whole number in a GNU time -o file, or in a report-rss file (KiB). */
function readRssKiB(file) {
  if (!existsSync(file)) return undefined
  const lines = readFileSync(file, 'utf8')
    .split('\n')
    .map(l => l.trim())
    .filter(l => /^\d+$/.test(l))
  const kib = lines.length ? Number(lines[lines.length - 1]) : NaN
  return kib > 0 ? kib : undefined
}

/**
 * Picks how peak RSS is measured.
 * @param {string} dir scratch folder
 * @param {'auto' | 'time' | 'preload'} wanted
 * @returns {{ method: 'time' | 'preload', description: string, note?: string }}
 */
export function pickRssMethod(dir, wanted = 'auto') {
  if (wanted === 'preload') return { method: 'preload', description: RSS_METHODS.preload }
  const probe = join(dir, 'rss-probe')
  let works = false
  if (existsSync(TIME_BIN)) {
    const r = spawnSync(TIME_BIN, ['-f', '%M', '-o', probe, process.execPath, '-e', ''], {
      stdio: 'ignore',
      timeout: 30_000
    })
    works = r.status === 0 && readRssKiB(probe) !== undefined
    rmSync(probe, { force: true })
  }
  if (works) return { method: 'time', description: RSS_METHODS.time }
  if (wanted === 'time') {
    throw new Error(`${TIME_BIN} is missing or is not GNU time (apt-get install -y time)`)
  }
  return {
    method: 'preload',
    description: RSS_METHODS.preload,
    note: `${TIME_BIN} is missing or is not GNU time (apt-get install -y time); fell back to the preload`
  }
}

function killGroup(child) {
  try {
    process.kill(-child.pid, 'SIGKILL')
  } catch {
    try {
      child.kill('SIGKILL')
    } catch {
      // already gone
    }
  }
}

/** Kills every child (and its process group) still running. */
export function killAll() {
  for (const child of active) killGroup(child)
  active.clear()
}

/**
 * Runs `node <nodeArgs>` once and measures it.
 * @param {object} o
 * @param {string[]} o.nodeArgs arguments after the node executable
 * @param {Record<string, string>} o.env the child's whole environment
 * @param {string} o.cwd
 * @param {number} o.timeoutMs the child (group) is killed after this
 * @param {'time' | 'preload'} o.rssMethod
 * @param {string} o.scratch folder for the RSS file
 * @returns {Promise<{ code: number | null, signal: string | null, ms: number,
 *   rssKiB: number | undefined, stdout: string, stderr: string, timedOut: boolean }>}
 */
export async function measure({ nodeArgs, env, cwd, timeoutMs, rssMethod, scratch }) {
  const rssFile = join(scratch, 'rss')
  rmSync(rssFile, { force: true })
  const run =
    rssMethod === 'time'
      ? await runChild(
          TIME_BIN,
          ['-f', '%M', '-o', rssFile, process.execPath, ...nodeArgs],
          env,
          cwd,
          timeoutMs
        )
      : await runChild(
          process.execPath,
          ['--require', REPORT_RSS, ...nodeArgs],
          { ...env, BENCH_RSS_FILE: rssFile },
          cwd,
          timeoutMs
        )
  return { ...run, rssKiB: readRssKiB(rssFile) }
}

/**
 * Runs `node <nodeArgs>` once, unmeasured, and lists the files it loaded (dist/index.js and
 * the chunks it imported or required).
 * @returns {Promise<{ code: number | null, files: string[] }>}
 */
export async function probeLoads({ nodeArgs, env, cwd, timeoutMs, scratch }) {
  const loadsFile = join(scratch, 'loads')
  rmSync(loadsFile, { force: true })
  const run = await runChild(
    process.execPath,
    ['--require', LOAD_PROBE_CJS, '--import', LOAD_PROBE, ...nodeArgs],
    { ...env, BENCH_LOADS_FILE: loadsFile },
    cwd,
    timeoutMs
  )
  const urls = existsSync(loadsFile) ? readFileSync(loadsFile, 'utf8').split('\n') : []
  const files = [...new Set(urls.filter(u => u.startsWith('file:')).map(u => fileURLToPath(u)))]
  return { code: run.code, files }
}

/** Spawns a command in its own process group; wall time from spawn() to its exit. */
function runChild(file, args, env, cwd, timeoutMs) {
  return new Promise((resolve, reject) => {
    let stdout = ''
    let stderr = ''
    let timedOut = false
    let ended
    const started = process.hrtime.bigint()
    const child = spawn(file, args, { env, cwd, detached: true, stdio: ['ignore', 'pipe', 'pipe'] })
    active.add(child)
    const timer = setTimeout(() => {
      timedOut = true
      killGroup(child)
    }, timeoutMs)
    child.stdout.on('data', d => (stdout += d))
    child.stderr.on('data', d => (stderr += d))
    child.on('exit', () => {
      ended = process.hrtime.bigint()
    })
    child.on('error', err => {
      clearTimeout(timer)
      active.delete(child)
      reject(err)
    })
    child.on('close', (code, signal) => {
      clearTimeout(timer)
      active.delete(child)
      const ms = Number((ended ?? process.hrtime.bigint()) - started) / 1e6
      resolve({ code, signal, ms, stdout, stderr, timedOut })
    })
  })
}

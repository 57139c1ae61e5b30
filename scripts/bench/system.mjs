// The machine a benchmark ran on, the bundle's size, and the statistics it reports.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs'
import os from 'node:os'
import { join, relative } from 'node:path'

/** CPU model (from /proc/cpuinfo when there is one), cores, OS, memory and Node version. */
export function machineInfo() {
  let cpu
  try {
    const m = /^model name\s*:\s*(.+)$/m.exec(readFileSync('/proc/cpuinfo', 'utf8'))
    if (m) cpu = m[1].trim()
  } catch {
    // not Linux
  }
  const cpus = os.cpus()
  return {
    cpu: cpu ?? cpus[0]?.model?.trim() ?? 'unknown',
    cores: cpus.length,
    availableParallelism:
      typeof os.availableParallelism === 'function' ? os.availableParallelism() : cpus.length,
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    memoryGiB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    node: process.version
  }
}

/** Every .js file under dir (the files the runner may load), with sizes; biggest first. */
export function distSizes(root, dir = join(root, 'dist')) {
  /** @type {{ file: string, bytes: number }[]} */
  const files = []
  const walk = d => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const full = join(d, entry.name)
      if (entry.isDirectory()) walk(full)
      else if (/\.(c|m)?js$/.test(entry.name)) {
        files.push({ file: relative(root, full), bytes: statSync(full).size })
      }
    }
  }
  if (existsSync(dir)) walk(dir)
  files.sort((a, b) => b.bytes - a.bytes)
  const withUnits = f => ({ ...f, kB: f.bytes / 1000, KiB: f.bytes / 1024 })
  const total = files.reduce((s, f) => s + f.bytes, 0)
  const index = files.find(f => f.file === join('dist', 'index.js'))
  return {
    files: files.map(withUnits),
    total: withUnits({ file: 'dist/**/*.js', bytes: total }),
    index: index ? withUnits(index) : undefined
  }
}

/** Linear-interpolated quantile of sorted numbers. */
function quantile(sorted, q) {
  if (sorted.length === 0) return NaN
  const at = (sorted.length - 1) * q
  const lo = Math.floor(at)
  const hi = Math.ceil(at)
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (at - lo)
}

/** median, min, max, quartiles and the samples (in run order). */
export function summarize(samples) {
  const sorted = [...samples].sort((a, b) => a - b)
  return {
    n: samples.length,
    median: quantile(sorted, 0.5),
    min: sorted[0],
    max: sorted[sorted.length - 1],
    p25: quantile(sorted, 0.25),
    p75: quantile(sorted, 0.75),
    samples
  }
}

export function median(values) {
  return quantile(
    [...values].sort((a, b) => a - b),
    0.5
  )
}

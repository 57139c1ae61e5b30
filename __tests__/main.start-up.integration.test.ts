// What dist/index.js loads before its first request: an input error only the bundle's first
// file and no network module; an AccessKey run not the modules only other paths need. Read
// from the process itself (require.cache and the Node built-ins it loaded, through the
// benchmark's load probe), never from wall time.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { keyInputs, useEmulator } from './helpers/emulator-suite.js'
import { runAction, type ActionRun } from '../scripts/lib/run-action.mjs'
import { factoryProblems } from '../scripts/build.mjs'

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const PROBE = join(ROOT, 'scripts/bench/load-probe.cjs')

const emu = useEmulator()

/** The threads a probed process had at exit (Linux), from the probe's file lines. */
const threadsOf = (lines: string[]) =>
  Number(lines.find(l => l.startsWith('threads:'))?.slice('threads:'.length))

/** The run, with the dist/ files and the Node built-ins it loaded, and its threads at exit. */
async function probed(
  inputs: Record<string, string>
): Promise<{ run: ActionRun; dist: string[]; builtins: Set<string>; threads: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'ehpc-start-up-'))
  const file = join(dir, 'loads')
  try {
    const run = await runAction(inputs, {
      env: { NODE_OPTIONS: `--require "${PROBE}"`, BENCH_LOADS_FILE: file }
    })
    const lines = readFileSync(file, 'utf8').split('\n').filter(Boolean)
    const distDir = join(ROOT, 'dist')
    const dist = lines
      .filter(l => l.startsWith('file:'))
      .map(l => fileURLToPath(l))
      .filter(f => dirname(f) === distDir)
      .map(f => basename(f))
    const builtins = new Set(lines.filter(l => l.startsWith('node:')).map(l => l.slice(5)))
    return { run, dist, builtins, threads: threadsOf(lines) }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

describe('start-up of dist/index.js', () => {
  it('an input error loads only dist/index.js, and no HTTP, TLS or compression module', async () => {
    const { name: _name, ...inputs } = keyInputs(emu.url)
    const { run, dist, builtins } = await probed(inputs)
    expect(run.code).toBe(1)
    expect(run.errors).toEqual([expect.stringMatching(/^Input "name" is required/)])
    expect(dist).toEqual(['index.js'])
    for (const name of ['http', 'https', 'tls', 'zlib', 'assert', 'perf_hooks']) {
      expect([name, builtins.has(name)]).toEqual([name, false])
    }
  })

  it('an AccessKey run evaluates neither @actions/http-client (its proxy tunnel needs assert) nor perf_hooks', async () => {
    const { run, builtins } = await probed(keyInputs(emu.url))
    expect(run.errors).toEqual([])
    expect(run.code).toBe(0)
    expect(run.outputs.created).toBe('true')
    expect(builtins.has('http')).toBe(true)
    expect(builtins.has('assert')).toBe(false)
    expect(builtins.has('perf_hooks')).toBe(false)
    // The `debug` stand-in: no colour check of the terminal (supports-color reads tty).
    expect(builtins.has('tty')).toBe(false)
  })

  // libuv starts its thread pool on the first file or DNS work handed to it (the job summary
  // through fs/promises did, at the end of the run): with endpoints given as addresses, an
  // AccessKey run hands it none.
  const linux = existsSync('/proc/self/task')
  ;(linux ? it : it.skip)(
    'an AccessKey run with endpoints given as addresses starts no thread pool (as many threads as bare Node)',
    async () => {
      const dir = mkdtempSync(join(tmpdir(), 'ehpc-threads-'))
      try {
        const file = join(dir, 'loads')
        const bare = spawnSync(process.execPath, ['--require', PROBE, '-e', ''], {
          env: { PATH: process.env.PATH, BENCH_LOADS_FILE: file },
          timeout: 30_000
        })
        expect(bare.status).toBe(0)
        const bareThreads = threadsOf(readFileSync(file, 'utf8').split('\n'))
        expect(bareThreads).toBeGreaterThan(0)
        const { run, threads } = await probed(keyInputs(emu.url))
        expect(run.code).toBe(0)
        expect(run.summary).toContain('<h3>Registered')
        expect(threads).toBe(bareThreads)
      } finally {
        rmSync(dir, { recursive: true, force: true })
      }
    }
  )

  it('every file of dist/ is ASCII: Node reads each as a one-byte string', () => {
    const distDir = join(ROOT, 'dist')
    const nonAscii = readdirSync(distDir)
      .filter(f => f.endsWith('.js'))
      .filter(f => /[\u0080-\uffff]/.test(readFileSync(join(distDir, f), 'utf8')))
    expect(nonAscii).toEqual([])
  })

  it('every module of dist/ is a function that V8 compiles with its file, not again on first use', () => {
    const distDir = join(ROOT, 'dist')
    const files = readdirSync(distDir).filter(f => f.endsWith('.js'))
    expect(files).toContain('index.js')
    expect(files.flatMap(f => factoryProblems(f, readFileSync(join(distDir, f), 'utf8')))).toEqual(
      []
    )
  })
})

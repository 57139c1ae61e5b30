// What dist/index.js loads before its first request: an input error only the bundle's first
// file and no network module; an AccessKey run not the modules only other paths need. Read
// from the process itself (require.cache and the Node built-ins it loaded, through the
// benchmark's load probe), never from wall time.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { keyInputs, useEmulator } from './helpers/emulator-suite.js'
import { runAction, type ActionRun } from '../scripts/lib/run-action.mjs'
import { factoryProblems } from '../scripts/build.mjs'

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const PROBE = join(ROOT, 'scripts/bench/load-probe.cjs')

const emu = useEmulator()

/** The run, with the dist/ files and the Node built-ins it loaded. */
async function probed(
  inputs: Record<string, string>
): Promise<{ run: ActionRun; dist: string[]; builtins: Set<string> }> {
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
    return { run, dist, builtins }
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

  it('every module of dist/ is a function that V8 compiles with its file, not again on first use', () => {
    const distDir = join(ROOT, 'dist')
    const files = readdirSync(distDir).filter(f => f.endsWith('.js'))
    expect(files).toContain('index.js')
    expect(files.flatMap(f => factoryProblems(f, readFileSync(join(distDir, f), 'utf8')))).toEqual(
      []
    )
  })
})

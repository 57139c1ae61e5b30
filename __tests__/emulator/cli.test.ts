// The emulator's command line (emulator/cli.mjs): every `duplicates` mode that
// emulator/README.md lists starts from the shell, and the mode is the one applied.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { DUPLICATES_MODES } from '../../emulator/emulator.mjs'
import { keyInputs } from '../helpers/emulator-suite.js'
import { runAction } from '../../scripts/lib/run-action.mjs'

const CLI = fileURLToPath(new URL('../../emulator/cli.mjs', import.meta.url))

interface Started {
  child: ChildProcessWithoutNullStreams
  url: string
}

/** Starts the CLI and waits for its JSON line. */
function startCli(args: string[]): Promise<Started> {
  const child = spawn(process.execPath, [CLI, '--port', '0', ...args])
  return new Promise((resolve, reject) => {
    let out = ''
    child.stdout.on('data', (c: Buffer) => {
      out += c.toString()
      if (out.includes('\n'))
        resolve({ child, url: (JSON.parse(out.split('\n')[0]) as { url: string }).url })
    })
    child.on('exit', code => reject(new Error(`cli exited ${code}`)))
  })
}

/** Runs the CLI to its end: exit code and what it printed. */
function runCli(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, [CLI, ...args])
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (c: Buffer) => (stdout += c.toString()))
  child.stderr.on('data', (c: Buffer) => (stderr += c.toString()))
  return new Promise(resolve => child.on('close', code => resolve({ code, stdout, stderr })))
}

async function stop({ child }: Started): Promise<void> {
  if (child.exitCode !== null) return
  const exited = new Promise(resolve => child.on('exit', resolve))
  child.kill('SIGTERM')
  await exited
}

describe('emulator/cli.mjs', () => {
  it('lists every duplicates mode in its usage', async () => {
    const help = await runCli(['--help'])
    expect(help.code).toBe(0)
    expect(help.stdout).toContain(`--duplicates ${DUPLICATES_MODES.join('|')}`)
    expect(DUPLICATES_MODES).toContain('target')
  })

  it('refuses an unknown mode with exit code 2, naming the modes it takes', async () => {
    const r = await runCli(['--duplicates', 'sometimes'])
    expect(r.code).toBe(2)
    expect(r.stderr).toContain('--duplicates takes reject, accept, target')
  })

  it('--duplicates target: AddImage refuses a second name for the same registry URL', async () => {
    const emu = await startCli(['--duplicates', 'target'])
    try {
      const first = await runAction(keyInputs(emu.url), { timeoutMs: 30_000 })
      expect(first.code).toBe(0)
      const second = await runAction(keyInputs(emu.url, { name: 'app-renamed' }), {
        timeoutMs: 30_000
      })
      expect(second.code).toBe(1)
      expect(second.errors.join('\n')).toContain('ImageAlreadyExists')
    } finally {
      await stop(emu)
    }
  })
})

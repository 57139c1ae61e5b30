#!/usr/bin/env node
// Starts one emulator: `node emulator/cli.mjs [--port N] [--duplicates reject|accept|target]`
// (port default 9000; 0 picks a free one). Prints one JSON line with url, endpoint and demo
// (the AccessKey, the GitHub env and the OIDC ARNs that make the happy path work), then runs
// until SIGINT or SIGTERM, on which it closes cleanly and exits 0.
import { DEMO_ACCESS_KEY, DEMO_OIDC, DUPLICATES_MODES, startEmulator } from './emulator.mjs'

const USAGE = `usage: cli.mjs [--port N] [--duplicates ${DUPLICATES_MODES.join('|')}]`

/**
 * @param {string[]} argv
 * @returns {{ port: number, duplicates: (typeof DUPLICATES_MODES)[number] }}
 */
function parseArgs(argv) {
  /** @type {{ port: number, duplicates: (typeof DUPLICATES_MODES)[number] }} */
  const out = { port: 9000, duplicates: 'reject' }
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split('=', 2)
    const value = () => inline ?? argv[++i]
    if (flag === '--port') {
      const port = Number(value())
      if (!Number.isInteger(port) || port < 0 || port > 65535)
        throw new Error('--port takes 0-65535')
      out.port = port
    } else if (flag === '--duplicates') {
      const wanted = value()
      const v = DUPLICATES_MODES.find(mode => mode === wanted)
      if (!v) throw new Error(`--duplicates takes ${DUPLICATES_MODES.join(', ')}\n${USAGE}`)
      out.duplicates = v
    } else if (flag === '--help' || flag === '-h') {
      process.stdout.write(`${USAGE}\n`)
      process.exit(0)
    } else {
      throw new Error(`unknown argument ${argv[i]}\n${USAGE}`)
    }
  }
  return out
}

let args
try {
  args = parseArgs(process.argv.slice(2))
} catch (err) {
  process.stderr.write(`${/** @type {Error} */ (err).message}\n`)
  process.exit(2)
}

const emulator = await startEmulator({ port: args.port, duplicates: args.duplicates })
process.stdout.write(
  JSON.stringify({
    url: emulator.url,
    endpoint: emulator.endpoint,
    demo: {
      accessKeyId: DEMO_ACCESS_KEY.accessKeyId,
      accessKeySecret: DEMO_ACCESS_KEY.accessKeySecret,
      githubEnv: emulator.githubEnv(),
      oidcProviderArn: DEMO_OIDC.providerArn,
      roleArn: DEMO_OIDC.roleArn,
      audience: DEMO_OIDC.audience
    }
  }) + '\n'
)

let stopping = false
/** @param {string} signal */
async function stop(signal) {
  if (stopping) return
  stopping = true
  await emulator.close()
  process.stderr.write(`emulator stopped (${signal})\n`)
  process.exit(0)
}
process.on('SIGINT', () => void stop('SIGINT'))
process.on('SIGTERM', () => void stop('SIGTERM'))

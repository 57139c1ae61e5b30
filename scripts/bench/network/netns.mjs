// Two network namespaces joined by the delay line (delay-line.c, compiled here with the
// machine's cc): the client's, where the action runs, and the servers', where the emulator
// and the TLS fronts listen. Names carry this process's id, so that a later run can tell
// stale ones (their process gone) and delete them; they are deleted on exit and on a signal.
import { execFileSync, spawn } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { join } from 'node:path'
import { createInterface } from 'node:readline'

const SOURCE = fileURLToPath(new URL('./delay-line.c', import.meta.url))
const PREFIX = 'ehpcnet'
const STALE = new RegExp(`^${PREFIX}(\\d+)[cs]$`)

export const SUBNET = '10.213.0'
export const CLIENT_ADDRESS = `${SUBNET}.2`
/** The service addresses, in the servers' namespace. */
export const ADDRESSES = {
  ehpc: `${SUBNET}.10`,
  sts: `${SUBNET}.11`,
  github: `${SUBNET}.12`,
  registry: `${SUBNET}.13`,
  ecs: `${SUBNET}.14`
}

const ip = (...args) => execFileSync('ip', args, { stdio: 'pipe', timeout: 10_000 }).toString()

function alive(pid) {
  try {
    process.kill(pid, 0)
    return true
  } catch (err) {
    return err.code === 'EPERM'
  }
}

/** Deletes the namespaces of earlier runs whose process is gone; returns their names. */
export function removeStale() {
  const names = ip('netns', 'list')
    .split('\n')
    .map(l => l.split(' ')[0])
    .filter(n => STALE.test(n) && !alive(Number(STALE.exec(n)[1])))
  for (const n of names) ip('netns', 'del', n)
  return names
}

/** Fails with what to do when this machine cannot make namespaces or TUN devices. */
export function checkPrerequisites() {
  if (process.getuid?.() !== 0)
    throw new Error('the network mode needs root (network namespaces, TUN devices)')
  for (const tool of [
    ['ip', ['-V']],
    ['cc', ['--version']],
    ['openssl', ['version']]
  ]) {
    try {
      execFileSync(tool[0], tool[1], { stdio: 'pipe', timeout: 10_000 })
    } catch {
      throw new Error(`the network mode needs ${tool[0]} on PATH`)
    }
  }
}

/**
 * Makes the namespaces and starts the delay line.
 * @param {string} scratch folder for the compiled delay line
 * @returns {Promise<{ client: string, server: string, setDelays: (cloudMs: number, githubMs: number) => Promise<void>, stats: () => Promise<{ firstNs: bigint, lastNs: bigint, packets: number }>, close: () => void }>}
 */
export async function makeLink(scratch) {
  const binary = join(scratch, 'delay-line')
  execFileSync('cc', ['-O2', '-o', binary, SOURCE], { stdio: 'pipe', timeout: 60_000 })
  const client = `${PREFIX}${process.pid}c`
  const server = `${PREFIX}${process.pid}s`
  const made = []
  const close = () => {
    line?.kill('SIGTERM')
    for (const n of made.splice(0)) {
      try {
        ip('netns', 'del', n)
      } catch {
        // already gone
      }
    }
  }
  let line
  try {
    for (const n of [client, server]) {
      ip('netns', 'add', n)
      made.push(n)
    }
    line = spawn(binary, [client, server, '0'], { stdio: ['pipe', 'pipe', 'inherit'] })
    const replies = createInterface({ input: line.stdout })
    const waiting = []
    replies.on('line', l => waiting.shift()?.(l))
    const next = () =>
      new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error('the delay line did not answer')), 10_000)
        waiting.push(l => {
          clearTimeout(timer)
          resolve(l)
        })
      })
    const ready = await next()
    if (ready !== 'ready') throw new Error(`the delay line said ${ready}`)
    // The TUN devices were made in this namespace; they keep working once moved.
    ip('link', 'set', client, 'netns', client)
    ip('link', 'set', server, 'netns', server)
    ip('-n', client, 'addr', 'add', `${CLIENT_ADDRESS}/24`, 'dev', client)
    ip('-n', server, 'addr', 'add', `${SUBNET}.1/24`, 'dev', server)
    for (const a of Object.values(ADDRESSES))
      ip('-n', server, 'addr', 'add', `${a}/32`, 'dev', server)
    for (const [n, dev] of [
      [client, client],
      [server, server]
    ]) {
      ip('-n', n, 'link', 'set', 'lo', 'up')
      ip('-n', n, 'link', 'set', dev, 'up')
    }
    const ask = async text => {
      const answer = next()
      line.stdin.write(`${text}\n`)
      return answer
    }
    return {
      client,
      server,
      setDelays: async (cloudMs, githubMs) => {
        // One-way: half the round trip, each way.
        await ask(`delay * ${Math.round((cloudMs * 1000) / 2)}`)
        await ask(`delay ${ADDRESSES.github} ${Math.round((githubMs * 1000) / 2)}`)
      },
      stats: async () => {
        const [, first, last, packets, busy] = (await ask('stats')).split(' ')
        return {
          firstNs: BigInt(first),
          lastNs: BigInt(last),
          packets: Number(packets),
          busyMs: Number(busy) / 1e6
        }
      },
      close
    }
  } catch (err) {
    close()
    throw err
  }
}

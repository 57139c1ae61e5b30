// The network benchmark's delay line (scripts/bench/network/): a packet still on the line
// when a run's window closes is counted in that window for its time so far, and only its
// remaining time goes to the next. Needs root, ip and cc, as `npm run bench -- --network`;
// skipped elsewhere.
import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..')
const NETNS = join(ROOT, 'scripts/bench/network/netns.mjs')

interface Link {
  client: string
  setDelays: (cloudMs: number, githubMs: number) => Promise<void>
  stats: () => Promise<{ packets: number; busyMs: number }>
  close: () => void
}
interface Netns {
  ADDRESSES: Record<string, string>
  checkPrerequisites: () => void
  makeLink: (scratch: string) => Promise<Link>
}

const netns = (await import(NETNS)) as Netns
/** Root with ip, cc and openssl, and a namespace and a TUN device can be made (not so in most containers). */
const usable = (() => {
  const probe = `ehpc-probe-${process.pid}`
  try {
    netns.checkPrerequisites()
    if (!existsSync('/dev/net/tun')) return false
    execFileSync('ip', ['netns', 'add', probe], { stdio: 'pipe', timeout: 10_000 })
    execFileSync('ip', ['netns', 'del', probe], { stdio: 'pipe', timeout: 10_000 })
    return true
  } catch {
    return false
  }
})()

const sleep = (ms: number) => new Promise(r => setTimeout(r, ms))

;(usable ? describe : describe.skip)('the network benchmark delay line', () => {
  let scratch: string
  let link: Link | undefined
  beforeAll(async () => {
    scratch = mkdtempSync(join(tmpdir(), 'ehpc-delay-line-'))
    link = await netns.makeLink(scratch)
  }, 60_000)
  afterAll(() => {
    link?.close()
    rmSync(scratch, { recursive: true, force: true })
  })

  it('splits the busy time of a packet in flight between the window it started in and the next', async () => {
    const line = link as Link
    const rttMs = 1000
    await line.setDelays(rttMs, rttMs)
    await line.stats()
    // One datagram to a closed port: 500 ms there, the ICMP answer 500 ms back.
    execFileSync('ip', [
      'netns',
      'exec',
      line.client,
      process.execPath,
      '-e',
      `const s = require('node:dgram').createSocket('udp4');` +
        `s.send('x', 9, '${netns.ADDRESSES.ehpc}', () => s.close())`
    ])
    await sleep(150)
    const first = await line.stats()
    await sleep(rttMs + 300)
    const second = await line.stats()
    expect(first.packets).toBe(1)
    // Before: 0 in the window it was sent in, and all of it in the next.
    expect(first.busyMs).toBeGreaterThan(100)
    expect(second.busyMs).toBeLessThan(rttMs)
    expect(first.busyMs + second.busyMs).toBeGreaterThan(rttMs * 0.9)
  }, 30_000)
})

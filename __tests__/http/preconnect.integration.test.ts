// Connections opened ahead of their requests: the lookup's next pages connect while page 1
// is in flight, and the calls use those connections. dist/index.js run as the runner runs
// it, against the emulator behind a TCP relay on 127.0.0.1 that timestamps every connection.
import net from 'node:net'
import { runAction } from '../../scripts/lib/run-action.mjs'
import { MAX_IN_FLIGHT } from '../../src/register/paging.js'
import { keyInputs, useEmulator } from '../helpers/emulator-suite.js'

interface Relay {
  url: string
  accepted: number[]
  close: () => Promise<void>
}

/** Relays 127.0.0.1:<port> to `target`, noting when each connection was accepted. */
async function relay(targetPort: number): Promise<Relay> {
  const accepted: number[] = []
  const sockets = new Set<net.Socket>()
  const server = net.createServer(client => {
    accepted.push(Date.now())
    const upstream = net.connect(targetPort, '127.0.0.1')
    for (const s of [client, upstream]) {
      sockets.add(s)
      s.on('error', () => client.destroy())
      s.on('close', () => sockets.delete(s))
    }
    client.pipe(upstream).pipe(client)
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as net.AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    accepted,
    close: () =>
      new Promise(resolve => {
        for (const s of sockets) s.destroy()
        server.close(() => resolve())
      })
  }
}

describe('connections opened ahead', () => {
  const emu = useEmulator({ maxPageSize: 100 })
  let front: Relay | undefined
  afterEach(async () => {
    await front?.close()
    front = undefined
  })

  it("a lookup of many pages: the next pages' connections open while page 1 is in flight", async () => {
    const seed = Array.from({ length: 1_000 }, (_, k) => ({
      Name: 'app',
      Version: `v${k}`,
      ImageType: 'Container' as const,
      ContainerImageSpec: { RegistryUrl: `registry.cn-hangzhou.aliyuncs.com/ns/app:v${k}` }
    }))
    emu.seedImages(seed)
    // Every page answers after 1 s: what opened by then opened before page 1's answer.
    emu.setListImages({ latencyMs: 1_000 })
    front = await relay(Number(new URL(emu.url).port))
    const started = Date.now()
    const run = await runAction(keyInputs(front.url), { timeoutMs: 30_000 })
    expect(run.code).toBe(0)
    expect(run.outputs.created).toBe('true')
    const lists = emu.requests.filter(e => e.action === 'ListImages')
    expect(lists).toHaveLength(10)
    const page1Answered = started + 1_000
    const early = front.accepted.filter(t => t < page1Answered - 200)
    // Page 1's connection and one for each page that may follow, at most MAX_IN_FLIGHT more.
    expect(early.length).toBeGreaterThanOrEqual(10)
    expect(front.accepted.length).toBeLessThanOrEqual(1 + MAX_IN_FLIGHT)
    // The nine pages after the first were read at once, on those connections.
    expect(emu.peakConcurrency('ListImages')).toBeGreaterThanOrEqual(9)
  })
})

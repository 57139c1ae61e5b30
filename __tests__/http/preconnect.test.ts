// Connections opened ahead: a request takes one, and those no request took close once their
// waiting time is over. Against a TCP server on 127.0.0.1 that counts its connections.
import http from 'node:http'
import net from 'node:net'
import { preconnect, waitingConnections } from '../../src/http/preconnect.js'

/** Resolves once `ok()` holds, checking every 10 ms for at most 5 s. */
async function until(ok: () => boolean): Promise<void> {
  for (let i = 0; i < 500 && !ok(); i++) await new Promise(r => setTimeout(r, 10))
  expect(ok()).toBe(true)
}

describe('preconnect', () => {
  const open = new Set<net.Socket>()
  let accepted = 0
  let closed = 0
  const server = http.createServer((_req, res) => res.end('ok'))
  server.on('connection', socket => {
    accepted++
    open.add(socket)
    socket.on('close', () => (closed++, open.delete(socket)))
  })
  let port = 0
  beforeAll(async () => {
    await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
    port = (server.address() as net.AddressInfo).port
  })
  afterAll(async () => {
    for (const s of open) s.destroy()
    await new Promise(resolve => server.close(resolve))
  })

  it('a request takes a waiting connection; the others close when their time is up', async () => {
    preconnect({ host: `127.0.0.1:${port}`, protocol: 'http' }, 3, 300)
    await until(() => accepted === 3)
    expect(waitingConnections()).toBe(3)

    const agent = new http.Agent({ keepAlive: true })
    const body = await new Promise<string>((resolve, reject) => {
      http
        .get(`http://127.0.0.1:${port}/`, { agent }, res => {
          let text = ''
          res.on('data', d => (text += d))
          res.on('end', () => resolve(text))
        })
        .on('error', reject)
    })
    expect(body).toBe('ok')
    expect(accepted).toBe(3)
    expect(waitingConnections()).toBe(2)

    await until(() => closed === 2)
    expect(waitingConnections()).toBe(0)
    // The connection the request took is its agent's now, still open.
    expect(open.size).toBe(1)
    agent.destroy()
    await until(() => closed === 3)
  })
})

// HTTP servers on 127.0.0.1 that answer badly: headers then a drip, or an endless body.
import { createServer, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

export interface OddServer {
  url: string
  hits: string[]
  /** Resolves when the client has closed the connection of an answer (the test's timeout bounds it). */
  answerClosed: Promise<void>
  close: () => Promise<void>
}

/** 'drip': headers, then one byte every 400 ms. 'flood': headers, then bytes as fast as they go. */
export async function startOddServer(kind: 'drip' | 'flood'): Promise<OddServer> {
  const hits: string[] = []
  const answers = new Set<ServerResponse>()
  let onAnswerClosed: () => void = () => {}
  const answerClosed = new Promise<void>(resolve => (onAnswerClosed = resolve))
  const server = createServer((req, res) => {
    hits.push(req.url ?? '')
    answers.add(res)
    res.writeHead(200, { 'content-type': 'application/json' })
    res.flushHeaders()
    let open = true
    res.on('close', () => {
      open = false
      answers.delete(res)
      onAnswerClosed()
    })
    if (kind === 'drip') {
      const timer = setInterval(() => (open ? res.write(' ') : clearInterval(timer)), 400)
      res.on('close', () => clearInterval(timer))
      return
    }
    const chunk = Buffer.alloc(64 * 1024, 0x20)
    const pour = () => {
      while (open && res.write(chunk));
      if (open) res.once('drain', pour)
    }
    pour()
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    hits,
    answerClosed,
    close: () =>
      new Promise<void>(resolve => {
        for (const res of answers) res.destroy()
        server.closeAllConnections()
        server.close(() => resolve())
      })
  }
}

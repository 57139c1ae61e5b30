import net from 'node:net'

export interface ConnectProxy {
  url: string
  /** `host:port` of every CONNECT it tunnelled. */
  tunnels: string[]
  /** Proxy-Authorization headers it saw. */
  authorizations: string[]
  close(): Promise<void>
}

export interface ConnectProxyOptions {
  /** Answer every CONNECT with 403. */
  refuse?: boolean
  /**
   * Tunnel `host:port` keys to their values and refuse any other target. With keys where
   * nothing listens, a run can only succeed through this proxy.
   */
  map?: Map<string, string>
  /** Read each CONNECT and never answer it. */
  hang?: boolean
  /** Answer CONNECT with this status (e.g. 407) instead of tunnelling. */
  status?: number
  /** Tunnel this many CONNECTs, then answer 403 to the rest. */
  allow?: number
}

/** A minimal HTTP CONNECT proxy on 127.0.0.1, for proving the action goes through a proxy. */
export async function startConnectProxy(options: ConnectProxyOptions = {}): Promise<ConnectProxy> {
  const tunnels: string[] = []
  const authorizations: string[] = []
  const sockets = new Set<net.Socket>()
  const server = net.createServer(client => {
    sockets.add(client)
    client.on('close', () => sockets.delete(client))
    client.on('error', () => client.destroy())
    let head = Buffer.alloc(0)
    const onData = (chunk: Buffer) => {
      head = Buffer.concat([head, chunk])
      const end = head.indexOf('\r\n\r\n')
      if (end < 0) return
      client.off('data', onData)
      const lines = head.subarray(0, end).toString('latin1').split('\r\n')
      const [method, target] = lines[0].split(' ')
      const auth = lines.find(l => /^proxy-authorization:/i.test(l))
      if (auth) authorizations.push(auth.split(': ')[1])
      const to = options.map ? options.map.get(target) : target
      if (options.hang) return
      if (options.status) {
        client.end(`HTTP/1.1 ${options.status} Refused\r\n\r\n`)
        return
      }
      const exhausted = options.allow !== undefined && tunnels.length >= options.allow
      if (method !== 'CONNECT' || options.refuse || !to || exhausted) {
        client.end('HTTP/1.1 403 Forbidden\r\n\r\n')
        return
      }
      tunnels.push(target)
      const [host, port] = to.split(':')
      const upstream = net.connect(Number(port), host, () => {
        client.write('HTTP/1.1 200 Connection Established\r\n\r\n')
        const rest = head.subarray(end + 4)
        if (rest.length) upstream.write(rest)
        client.pipe(upstream)
        upstream.pipe(client)
      })
      sockets.add(upstream)
      upstream.on('close', () => sockets.delete(upstream))
      upstream.on('error', () => client.destroy())
    }
    client.on('data', onData)
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as net.AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    tunnels,
    authorizations,
    close: () =>
      new Promise<void>(resolve => {
        for (const s of sockets) s.destroy()
        server.close(() => resolve())
      })
  }
}

import http from 'node:http'
import https from 'node:https'
import net from 'node:net'
import type tls from 'node:tls'
import { hostAndPort, type Endpoint } from './endpoint.js'

/**
 * Connections opened ahead of their first request, and one TLS session cache for all.
 *
 * At 200 ms from the service, a new connection costs two round trips (TCP, then TLS 1.3;
 * three with TLS 1.2) before its first request can leave. `preconnect` opens them early and
 * in parallel (E-HPC and STS as soon as the inputs are read; the lookup's next pages while
 * page 1 is in flight); nothing is sent on them. The agents the libraries use are left as
 * they are: every Node agent asks `createConnection` for a new socket, and that is wrapped
 * once, process-wide, to hand over a socket opened for the same host and port, else to open
 * one as it would have, given the newest TLS session of that host so that it resumes.
 *
 * A socket is opened through the same `createConnection` (so through the proxy route of
 * proxy.ts, when one is set: routes are set before the first preconnect), waits unreferenced
 * (it never holds the process open) for at most the request timeout, and is dropped when it
 * closes or fails before it is used: the request then opens its own, with its own errors.
 */

type Callback = (err: Error | null, socket?: net.Socket) => void
type CreateConnection = (options: ConnectOptions, callback?: Callback) => net.Socket | undefined
type ConnectOptions = Omit<tls.ConnectionOptions, 'port'> & {
  host?: string
  port?: number | string
}

interface Waiting {
  socket?: net.Socket
  /** Set while a proxy tunnel is still being opened. */
  pending?: Promise<net.Socket>
  failed: boolean
  /** Handed to a request: no longer the waiting time's to close. */
  taken: boolean
}

const waiting = new Map<string, Waiting[]>()
const sessions = new Map<string, Buffer>()
const originals = new Map<object, CreateConnection>()

function install(): void {
  for (const [proto, secure] of [
    [https.Agent.prototype, true],
    [http.Agent.prototype, false]
  ] as const) {
    const target = proto as unknown as { createConnection: CreateConnection }
    if (originals.has(proto)) continue
    const original = target.createConnection
    originals.set(proto, original)
    target.createConnection = function (this: unknown, options, callback) {
      const key = keyOf(options, secure)
      const ready = take(key)
      if (ready) {
        if (ready.socket) {
          handOver(ready.socket)
          return ready.socket
        }
        ;(ready.pending as Promise<net.Socket>).then(
          s => (handOver(s), callback?.(null, s)),
          (err: Error) => callback?.(err)
        )
        return undefined
      }
      return open(original, this, withSession(options, key, secure), key, secure, callback)
    }
  }
}

function keyOf(options: ConnectOptions, secure: boolean): string {
  return `${secure ? 'https' : 'http'}://${String(options.host)}:${Number(options.port ?? (secure ? 443 : 80))}`
}

/** The oldest usable socket waiting for `key`; closed or failed ones are dropped. */
function take(key: string): Waiting | undefined {
  const list = waiting.get(key)
  while (list?.length) {
    const w = list.shift() as Waiting
    if (w.failed || w.socket?.destroyed) continue
    w.taken = true
    return w
  }
  return undefined
}

function handOver(socket: net.Socket): void {
  socket.removeListener('error', ignore)
  socket.ref()
}

function ignore(): void {}

function withSession(options: ConnectOptions, key: string, secure: boolean): ConnectOptions {
  const session = secure && !options.session ? sessions.get(key) : undefined
  return session ? { ...options, session } : options
}

/** Opens as the agent would, keeping the newest TLS session of the host. */
function open(
  original: CreateConnection,
  agent: unknown,
  options: ConnectOptions,
  key: string,
  secure: boolean,
  callback?: Callback
): net.Socket | undefined {
  const remember = (socket: net.Socket) => {
    if (secure) socket.on('session', (s: Buffer) => sessions.set(key, s))
  }
  const socket = original.call(agent, options, (err, s) => {
    if (s && s !== socket) remember(s)
    callback?.(err, s)
  })
  if (socket) remember(socket)
  return socket
}

const openers = {
  https: new https.Agent({ keepAlive: true }),
  http: new http.Agent({ keepAlive: true })
}

/**
 * Opens `count` connections to `endpoint` (TCP, and TLS for https) for the requests to
 * come; those no request has taken within `timeoutMs` are closed. Never throws: a
 * connection that fails is dropped.
 */
export function preconnect(endpoint: Endpoint, count: number, timeoutMs: number): void {
  install()
  const secure = endpoint.protocol === 'https'
  const proto = secure ? https.Agent.prototype : http.Agent.prototype
  const original = originals.get(proto) as CreateConnection
  const { hostname, port } = hostAndPort(endpoint)
  const options: ConnectOptions = {
    host: hostname,
    port,
    // As Node's agent names the server: no SNI for an address.
    ...(secure ? { servername: net.isIP(hostname) ? '' : hostname } : {})
  }
  const key = keyOf(options, secure)
  const list = waiting.get(key) ?? []
  waiting.set(key, list)
  const entries: Waiting[] = []
  // One unreferenced timer for the lot: the sockets still waiting at the end are closed, and
  // so is one a proxy tunnel hands over later.
  let expired = false
  const expiry = setTimeout(() => {
    expired = true
    for (const e of entries) if (!e.taken) e.socket?.destroy()
  }, timeoutMs)
  expiry.unref()
  for (let i = 0; i < count; i++) {
    const entry: Waiting = { failed: false, taken: false }
    const park = (socket: net.Socket) => {
      socket.on('error', ignore)
      socket.once('close', () => (entry.failed = true))
      socket.unref()
      if (expired && !entry.taken) socket.destroy()
      return socket
    }
    let settle: ((s: net.Socket) => void) | undefined
    let fail: ((e: Error) => void) | undefined
    const socket = open(
      original,
      openers[secure ? 'https' : 'http'],
      withSession(options, key, secure),
      key,
      secure,
      (err, s) => {
        // net.createConnection calls it on 'connect' with no arguments: nothing to do.
        if (err) {
          entry.failed = true
          fail?.(err)
        } else if (s && !entry.socket) {
          entry.socket = park(s)
          settle?.(s)
        }
      }
    )
    if (socket) entry.socket = park(socket)
    else {
      // Through a proxy tunnel: the socket comes later, to the callback above.
      entry.pending = new Promise<net.Socket>((resolve, reject) => {
        settle = resolve
        fail = reject
      })
      entry.pending.catch(ignore)
    }
    entries.push(entry)
    list.push(entry)
  }
}

/** Connections opened ahead and not used yet (for tests and the benchmark's accounting). */
export function waitingConnections(): number {
  let n = 0
  for (const list of waiting.values())
    n += list.filter(w => !w.failed && !w.socket?.destroyed).length
  return n
}

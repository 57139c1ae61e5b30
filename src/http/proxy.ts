import http from 'node:http'
import https from 'node:https'
import net from 'node:net'
import tls from 'node:tls'
import { hostAndPort, type Endpoint } from './endpoint.js'
import { InputError } from '../failures/errors.js'

/**
 * @alicloud/openapi-client ignores its proxy settings and sends through its own agents,
 * so HTTPS_PROXY / HTTP_PROXY / NO_PROXY are honoured here, at the socket: connections to
 * the action's own endpoints (and only those) are opened through a CONNECT tunnel.
 */

/** The proxy that `env` asks for to reach `endpoint`, or undefined for a direct connection. */
export function proxyFor(endpoint: Endpoint, env: NodeJS.ProcessEnv): URL | undefined {
  return proxySetting(endpoint, env)?.url
}

interface ProxySetting {
  url: URL
  /** The variable it came from, for messages. */
  variable: string
}

function proxySetting(endpoint: Endpoint, env: NodeJS.ProcessEnv): ProxySetting | undefined {
  const { hostname, port } = hostAndPort(endpoint)
  const names =
    endpoint.protocol === 'https' ? ['https_proxy', 'HTTPS_PROXY'] : ['http_proxy', 'HTTP_PROXY']
  const variable = names.find(name => env[name])
  const raw = variable ? (env[variable] as string) : ''
  // An empty no_proxy does not hide NO_PROXY (as with curl and @actions/http-client).
  if (!raw || bypassed(hostname, port, env.no_proxy || env.NO_PROXY || '')) return undefined
  const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(raw)?.[1].toLowerCase()
  if (scheme && scheme !== 'http' && scheme !== 'https') {
    throw InputError.environment(
      variable as string,
      `${variable} is a ${scheme}:// proxy, which the action does not support: it speaks to HTTP proxies only (http:// or https://, with CONNECT). ` +
        `Set ${variable} to an HTTP proxy, or add ${endpoint.host} to NO_PROXY to connect directly.`
    )
  }
  let url: URL
  try {
    url = new URL(scheme ? raw : `http://${raw}`)
  } catch {
    // Never repeated: it may hold a password.
    throw InputError.environment(
      variable as string,
      `${variable} is not a proxy URL like http://proxy.example.com:3128 (or http://user:password@host:port).`
    )
  }
  for (const [part, value] of [
    ['user', url.username],
    ['password', url.password]
  ] as const) {
    if (decodedOrUndefined(value) === undefined) {
      throw InputError.environment(
        variable as string,
        `The ${part} in ${variable} holds a "%" that does not start a %XX escape. Percent-encode the ${part} in the proxy URL (write "%" as %25, "@" as %40, ":" as %3A).`
      )
    }
  }
  return { url, variable: variable as string }
}

function decodedOrUndefined(value: string): string | undefined {
  try {
    return decodeURIComponent(value)
  } catch {
    return undefined
  }
}

/** NO_PROXY entries: `*`, a host, `.domain` or `domain` (and its subdomains), optional `:port`. */
export function bypassed(hostname: string, port: number, noProxy: string): boolean {
  const host = hostname.toLowerCase().replace(/^\[|\]$/g, '')
  return noProxy
    .split(/[\s,]+/)
    .filter(Boolean)
    .some(entry => {
      if (entry === '*') return true
      const m = /^(.*?)(?::(\d+))?$/.exec(entry.toLowerCase()) as RegExpExecArray
      const [, name, entryPort] = m
      if (entryPort && Number(entryPort) !== port) return false
      const bare = name.replace(/^\*?\./, '')
      return host === bare || host.endsWith(`.${bare}`)
    })
}

/** Where each proxied `host:port` goes. */
const routes = new Map<string, URL>()
let installed = false

type CreateConnection = (
  options: ConnectOptions,
  cb: (err: Error | null, s?: net.Socket) => void
) => net.Socket | undefined
type ConnectOptions = Omit<tls.ConnectionOptions, 'port'> & {
  host?: string
  port?: number | string
}

export interface ProxyRoute {
  endpoint: Endpoint
  proxy: URL
  /** Where the connections go, for the log (no credentials). */
  description: string
}

/**
 * The proxy route each of these endpoints takes (one per host; none for a direct connection).
 * Throws an InputError for a proxy setting the action cannot use: the real run and the dry
 * run both check it here, before anything is sent.
 */
export function proxyRoutes(endpoints: Endpoint[], env: NodeJS.ProcessEnv): ProxyRoute[] {
  const planned: ProxyRoute[] = []
  for (const endpoint of endpoints) {
    const proxy = proxyFor(endpoint, env)
    // Endpoints that share a host (endpoint and sts-endpoint) need one route and one line.
    if (!proxy || planned.some(r => r.endpoint.host === endpoint.host)) continue
    // Plain-HTTP endpoints are tunnelled too: the proxy sees CONNECT, never the request.
    const description =
      `${endpoint.host} via proxy ${proxy.host}` +
      (endpoint.protocol === 'http' ? ' (http:// endpoint: through a CONNECT tunnel as well)' : '')
    planned.push({ endpoint, proxy, description })
  }
  return planned
}

/**
 * Sends the connections to these endpoints through the proxy `env` names for them.
 * Returns a description of each route (no credentials) for the log.
 */
export function routeThroughProxy(
  endpoints: Endpoint[],
  env: NodeJS.ProcessEnv,
  timeoutMs: number,
  mask: (secret: string) => void
): string[] {
  const planned = proxyRoutes(endpoints, env)
  for (const { endpoint, proxy } of planned) {
    if (proxy.password) {
      mask(proxy.password)
      mask(decodeURIComponent(proxy.password))
    }
    const { hostname, port } = hostAndPort(endpoint)
    routes.set(`${hostname}:${port}`, proxy)
  }
  if (routes.size > 0 && !installed) {
    installed = true
    wrap(https.Agent.prototype, true, timeoutMs)
    wrap(http.Agent.prototype, false, timeoutMs)
  }
  return planned.map(r => r.description)
}

function wrap(proto: object, secure: boolean, timeoutMs: number): void {
  const target = proto as { createConnection: CreateConnection }
  const original = target.createConnection
  target.createConnection = function (this: unknown, options, callback) {
    const port = Number(options.port ?? (secure ? 443 : 80))
    const proxy = routes.get(`${options.host}:${port}`)
    if (!proxy) return original.call(this, options, callback)
    openTunnel(proxy, String(options.host), port, timeoutMs).then(
      socket => {
        if (!secure) return callback(null, socket)
        const servername = options.servername ?? String(options.host)
        callback(null, tls.connect({ ...options, port, socket, servername }))
      },
      (err: Error) => callback(err)
    )
    return undefined
  }
}

/** Opens `CONNECT host:port` through `proxy`, bounded by `timeoutMs`. */
export function openTunnel(
  proxy: URL,
  host: string,
  port: number,
  timeoutMs: number
): Promise<net.Socket> {
  return new Promise((resolve, reject) => {
    const proxyPort = Number(proxy.port || (proxy.protocol === 'https:' ? 443 : 80))
    const socket: net.Socket =
      proxy.protocol === 'https:'
        ? tls.connect({ host: proxy.hostname, port: proxyPort, servername: proxy.hostname })
        : net.connect({ host: proxy.hostname, port: proxyPort })
    const fail = (err: Error) => {
      clearTimeout(timer)
      socket.destroy()
      reject(err)
    }
    const timer = setTimeout(() => {
      const err = new Error(`proxy ${proxy.host} did not open a tunnel in time`) as Error & {
        code: string
      }
      err.name = 'RequestTimeoutError'
      err.code = 'ETUNNELTIMEOUT'
      fail(err)
    }, timeoutMs)
    let head = Buffer.alloc(0)
    const onData = (chunk: Buffer) => {
      head = Buffer.concat([head, chunk])
      const end = head.indexOf('\r\n\r\n')
      if (end < 0) {
        if (head.length > 16384)
          fail(proxyError(`proxy ${proxy.host} sent an oversized answer`, 502))
        return
      }
      socket.off('data', onData)
      socket.off('error', fail)
      const status = /^HTTP\/1\.[01] (\d{3})/.exec(head.subarray(0, end).toString('latin1'))?.[1]
      if (status !== '200') {
        fail(
          proxyError(
            `proxy ${proxy.host} answered CONNECT with ${status ?? 'garbage'}`,
            Number(status ?? 0)
          )
        )
        return
      }
      clearTimeout(timer)
      const rest = head.subarray(end + 4)
      if (rest.length > 0) socket.unshift(rest)
      resolve(socket)
    }
    socket.on('data', onData)
    socket.once('error', fail)
    socket.once('connect', () => {
      const auth = proxy.username
        ? `Proxy-Authorization: Basic ${Buffer.from(`${decodeURIComponent(proxy.username)}:${decodeURIComponent(proxy.password)}`).toString('base64')}\r\n`
        : ''
      socket.write(`CONNECT ${host}:${port} HTTP/1.1\r\nHost: ${host}:${port}\r\n${auth}\r\n`)
    })
  })
}

function proxyError(message: string, status = 0): Error {
  const err = new Error(message) as Error & { code: string; status: number }
  err.code = 'EPROXY'
  err.status = status
  return err
}

/** Where an API lives: host[:port] and the protocol to speak to it. */
export interface Endpoint {
  host: string
  protocol: 'https' | 'http'
}

const HOST =
  /^(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$/
const FORM = /^(?:(https?):\/\/)?([^/:?#@\s]+)(?::(\d{1,5}))?\/?$/i

/**
 * Parses `host`, `host:port` or `http(s)://host[:port]`; no scheme means HTTPS.
 * Returns undefined when the value has none of these forms.
 */
export function parseEndpoint(value: string): Endpoint | undefined {
  const m = FORM.exec(value)
  if (!m) return undefined
  const [, scheme, host, port] = m
  if (!HOST.test(host)) return undefined
  if (port !== undefined) {
    const n = Number(port)
    if (n < 1 || n > 65535) return undefined
  }
  return {
    host: port === undefined ? host.toLowerCase() : `${host.toLowerCase()}:${port}`,
    protocol: scheme?.toLowerCase() === 'http' ? 'http' : 'https'
  }
}

/** Splits `host[:port]` into the parts a socket needs. */
export function hostAndPort(endpoint: Endpoint): { hostname: string; port: number } {
  const [hostname, port] = endpoint.host.split(':')
  return { hostname, port: port ? Number(port) : endpoint.protocol === 'https' ? 443 : 80 }
}

/** Every endpoint is on this machine (loopback): only then may test knobs shorten a bound. */
export function onThisMachine(endpoints: Endpoint[]): boolean {
  return endpoints.every(e => {
    const { hostname } = hostAndPort(e)
    return hostname === 'localhost' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(hostname)
  })
}

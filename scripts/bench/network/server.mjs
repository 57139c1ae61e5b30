// The server side of the network benchmark, run inside the server namespace the benchmark
// made: the emulator on that namespace's 127.0.0.1, and one TLS front per service address
// (E-HPC, STS, GitHub's token service) that ends TLS and passes each request to it. The fronts
// time what the client's traffic costs on the server side: every TCP connection accepted,
// every handshake (TLS version, resumed or not) and every request (its action, when it
// started and when its answer was written).
//
//   node server.mjs CONFIG_JSON
//
// CONFIG_JSON: { fronts: { ehpc, sts, github } (addresses), cert, key (PEM file paths),
// tls: '1.2' | '1.3', emulator: options for startEmulator }. It prints one JSON line
// {"ready":true} when listening, then answers JSON-line calls on stdin ({id, method, args} →
// {id, result} or {id, error}); it exits when stdin closes.
import { readFileSync } from 'node:fs'
import { performance } from 'node:perf_hooks'
import http from 'node:http'
import https from 'node:https'
import { createInterface } from 'node:readline'
import { startEmulator } from '../../../emulator/emulator.mjs'

const config = JSON.parse(process.argv[2] ?? '{}')
const key = readFileSync(config.key)
const cert = readFileSync(config.cert)
const now = () => performance.timeOrigin + performance.now()
/** Requests in flight to the emulator at once, at most (a bound; the action uses ≤ 8). */
const upstream = new http.Agent({ keepAlive: true, maxSockets: 64 })

const emu = await startEmulator(config.emulator ?? {})
/** @type {{ id: number, front: string, acceptedAt: number, tls?: string, resumed?: boolean, secureAt?: number }[]} */
let connections = []
/** @type {{ connection: number, front: string, action: string, startedAt: number, endedAt?: number, bytes: number, encoding?: string }[]} */
let requests = []
let nextConnection = 1

const versionOptions = v =>
  v === '1.2'
    ? { minVersion: 'TLSv1.2', maxVersion: 'TLSv1.2' }
    : { minVersion: 'TLSv1.3', maxVersion: 'TLSv1.3' }

/** The operation a request asks for: its Action or x-acs-action, or the token path. */
function actionOf(req) {
  const url = new URL(req.url ?? '/', 'https://front')
  if (url.pathname.startsWith('/_github/idtoken')) return 'GitHubToken'
  if (url.pathname.startsWith('/v2/')) return `Registry ${req.method}`
  if (url.pathname.startsWith('/_registry/token')) return 'RegistryToken'
  return String(req.headers['x-acs-action'] ?? url.searchParams.get('Action') ?? url.pathname)
}

const servers = Object.entries(config.fronts).map(([front, address]) => {
  const server = https.createServer({ key, cert, ...versionOptions(config.tls) })
  server.keepAliveTimeout = 30_000
  server.headersTimeout = 10_000
  server.requestTimeout = 30_000
  const ids = new WeakMap()
  server.on('connection', socket => {
    const record = { id: nextConnection++, front, acceptedAt: now() }
    connections.push(record)
    ids.set(socket, record)
    socket.on('error', () => {})
  })
  server.on('secureConnection', socket => {
    const record = ids.get(socket._parent ?? socket) ?? ids.get(socket)
    if (!record) return
    record.tls = socket.getProtocol()
    record.resumed = socket.isSessionReused()
    record.secureAt = now()
    ids.set(socket, record)
  })
  server.on('request', (req, res) => {
    const record = ids.get(req.socket)
    const entry = {
      connection: record?.id ?? 0,
      front,
      action: actionOf(req),
      startedAt: now(),
      bytes: 0
    }
    requests.push(entry)
    const forward = http.request(
      {
        host: '127.0.0.1',
        port: emu.port,
        method: req.method,
        path: req.url,
        // The registry's token realm is named from the address the client reached, over TLS.
        headers: { ...req.headers, 'x-forwarded-proto': 'https' },
        agent: upstream,
        timeout: 30_000
      },
      answer => {
        entry.encoding = answer.headers['content-encoding']
        res.writeHead(answer.statusCode ?? 502, answer.headers)
        answer.on('data', chunk => (entry.bytes += chunk.length))
        answer.pipe(res)
      }
    )
    forward.on('timeout', () => forward.destroy(new Error('emulator timeout')))
    forward.on('error', () => res.destroy())
    res.on('finish', () => (entry.endedAt = now()))
    req.pipe(forward)
  })
  server.on('tlsClientError', (_err, socket) => socket.destroy())
  return { server, address }
})

await Promise.all(
  servers.map(
    ({ server, address }) =>
      new Promise((resolve, reject) => {
        server.once('error', reject)
        server.listen({ host: address, port: 443 }, resolve)
      })
  )
)

const methods = {
  reset: () => emu.reset(),
  seedImage: image => emu.seedImage(image),
  /** Seeds `versions` versions of `name`, `reused` the oldest; returns its ImageId. */
  seedVersions: ({ name, repository, reused, versions }) => {
    const oldest = Date.now() - (versions + 10) * 1000
    const iso = ms => new Date(ms).toISOString().replace(/\.\d+Z$/, 'Z')
    const seed = []
    for (let k = 0; k < versions; k++) {
      const version = k === 0 ? reused : `v${k}`
      seed.push({
        Name: name,
        Version: version,
        ImageType: 'Container',
        CreateTime: iso(oldest + k * 1000),
        ContainerImageSpec: { RegistryUrl: `${repository}:${version}` }
      })
    }
    return emu.seedImages(seed)[0].ImageId
  },
  images: () => emu.images(),
  /** Pushes repository:tag to the emulator's registry; returns the digest. */
  push: ({ repository, tag }) => emu.registry.push(repository, tag),
  /** An ECS image and its status, for the VM image check. */
  ecsImage: ({ imageId, status }) => emu.setEcsImage(imageId, status),
  /** How the registry asks for a credential: 'bearer' (a token realm) or 'basic'. */
  registryAuth: auth => {
    emu.registry.options.auth = auth
  },
  actions: () => emu.requests.map(e => `${e.action} ${e.status}`),
  githubToken: () => emu.githubEnv().ACTIONS_ID_TOKEN_REQUEST_TOKEN,
  tls: version => {
    for (const { server } of servers)
      server.setSecureContext({ key, cert, ...versionOptions(version) })
    // A new context has no session tickets of the old: no run resumes across versions.
  },
  /** What the fronts saw since the last call (and forgets it). */
  take: () => {
    const taken = { connections, requests }
    connections = []
    requests = []
    return taken
  }
}

const reply = message => process.stdout.write(JSON.stringify(message) + '\n')
const lines = createInterface({ input: process.stdin })
lines.on('line', async line => {
  let call
  try {
    call = JSON.parse(line)
    const result = await methods[call.method](call.args)
    reply({ id: call.id, result: result ?? null })
  } catch (err) {
    reply({ id: call?.id, error: err instanceof Error ? err.message : String(err) })
  }
})
lines.on('close', async () => {
  for (const { server } of servers) {
    server.closeAllConnections()
    server.close()
  }
  upstream.destroy()
  await emu.close()
  process.exit(0)
})
reply({ ready: true })

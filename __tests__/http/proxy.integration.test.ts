// HTTPS_PROXY / HTTP_PROXY / NO_PROXY through dist/index.js: the action opens a CONNECT tunnel
// for each of its own endpoints (E-HPC Instant, STS). Every server here listens on 127.0.0.1.
//
// What was observed about the GitHub ID-token request (made by @actions/core's HttpClient, not
// by the action): HttpClient has its own proxy logic and always bypasses loopback addresses, so
// a token URL on 127.0.0.1 goes direct. The action's routing works at the socket level for any
// connection in the process whose host:port is one of the action's endpoints, so a token URL
// that shares host:port with sts-endpoint or endpoint goes through the tunnel as well. On
// GitHub's runners the token URL (https://pipelines.actions.githubusercontent.com/...) is never
// one of the action's endpoints, so there HttpClient's own proxy support alone applies.
import net from 'node:net'
import { startEmulator, type Emulator } from '../../emulator/emulator.mjs'
import { keyInputs, oidcInputs } from '../helpers/emulator-suite.js'
import { runAction, type ActionRun } from '../../scripts/lib/run-action.mjs'
import { startConnectProxy, type ConnectProxy } from '../helpers/connect-proxy.js'
import { MAX_IN_FLIGHT } from '../../src/register/paging.js'

interface Closable {
  close(): Promise<void>
}

function listen(server: net.Server): Promise<number> {
  return new Promise(resolve =>
    server.listen(0, '127.0.0.1', () => resolve((server.address() as net.AddressInfo).port))
  )
}

function closer(server: net.Server, sockets: Set<net.Socket>): () => Promise<void> {
  return () =>
    new Promise<void>(resolve => {
      for (const s of sockets) s.destroy()
      server.close(() => resolve())
    })
}

function track(sockets: Set<net.Socket>, s: net.Socket): net.Socket {
  sockets.add(s)
  s.on('close', () => sockets.delete(s))
  return s
}

/** A TCP forwarder: a second host:port for the emulator, so each service has its own. */
async function startForwarder(targetPort: number): Promise<Closable & { port: number }> {
  const sockets = new Set<net.Socket>()
  const server = net.createServer(client => {
    track(sockets, client)
    const upstream = track(sockets, net.connect(targetPort, '127.0.0.1'))
    client.pipe(upstream)
    upstream.pipe(client)
    client.on('error', () => upstream.destroy())
    upstream.on('error', () => client.destroy())
  })
  const port = await listen(server)
  return { port, close: closer(server, sockets) }
}

/** A port on 127.0.0.1 where nothing listens (a direct connection is refused). */
async function deadPort(): Promise<number> {
  const server = net.createServer()
  const port = await listen(server)
  await new Promise<void>(resolve => server.close(() => resolve()))
  return port
}

function proxyHost(url: string): string {
  return new URL(url).host
}

const BASE_ENV = { EHPC_ADD_IMAGE_RETRY_BASE_MS: '5', RUNNER_DEBUG: '1' }

function keys(endpoint: string, extra: Record<string, string> = {}): Record<string, string> {
  return keyInputs(endpoint, { 'request-timeout-seconds': '2', ...extra })
}

function oidc(endpoint: string, stsEndpoint: string): Record<string, string> {
  return oidcInputs(endpoint, stsEndpoint, { 'request-timeout-seconds': '2' })
}

function go(inputs: Record<string, string>, env: Record<string, string>): Promise<ActionRun> {
  return runAction(inputs, { env: { ...BASE_ENV, ...env }, timeoutMs: 30_000 })
}

function expectRegistered(emu: Emulator, r: ActionRun): void {
  expect(r.errors).toEqual([])
  expect(r.code).toBe(0)
  expect(emu.images()).toHaveLength(1)
  expect(r.outputs['image-id']).toBe(emu.images()[0].ImageId)
}

describe('HTTP(S)_PROXY and NO_PROXY', () => {
  let emu: Emulator
  let proxy: ConnectProxy
  let refusing: ConnectProxy
  let stsForward: Closable & { port: number }
  let ghForward: Closable & { port: number }

  beforeAll(async () => {
    emu = await startEmulator()
    proxy = await startConnectProxy()
    refusing = await startConnectProxy({ refuse: true })
    stsForward = await startForwarder(emu.port)
    ghForward = await startForwarder(emu.port)
  })
  afterAll(async () => {
    await Promise.all([
      emu.close(),
      proxy.close(),
      refusing.close(),
      stsForward.close(),
      ghForward.close()
    ])
  })
  beforeEach(() => {
    emu.reset()
    proxy.tunnels.length = 0
    refusing.tunnels.length = 0
  })

  it.each(['HTTP_PROXY', 'http_proxy'])(
    '%s: every E-HPC call goes through a tunnel to the endpoint',
    async name => {
      const r = await go(keys(emu.url), { [name]: proxy.url })
      expectRegistered(emu, r)
      expect(emu.count('ListImages')).toBe(1)
      expect(emu.count('AddImage')).toBe(1)
      expect(proxy.tunnels.length).toBeGreaterThanOrEqual(1)
      expect(new Set(proxy.tunnels)).toEqual(new Set([emu.endpoint]))
      expect(r.stdout).toContain(
        `Connecting to ${emu.endpoint} via proxy ${proxyHost(proxy.url)} (http:// endpoint: through a CONNECT tunnel as well).`
      )
    }
  )

  it.each(['NO_PROXY', 'no_proxy'])('%s=127.0.0.1: no tunnel, a direct call', async name => {
    const r = await go(keys(emu.url), { HTTP_PROXY: proxy.url, [name]: '127.0.0.1' })
    expectRegistered(emu, r)
    expect(proxy.tunnels).toEqual([])
    expect(r.stdout).not.toContain('via proxy')
  })

  it('NO_PROXY for another port of the same host still tunnels', async () => {
    const r = await go(keys(emu.url), { HTTP_PROXY: proxy.url, NO_PROXY: '127.0.0.1:1' })
    expectRegistered(emu, r)
    expect(proxy.tunnels).toContain(emu.endpoint)
  })

  it('HTTPS_PROXY alone does not apply to an http:// endpoint (as with curl)', async () => {
    const r = await go(keys(emu.url), { HTTPS_PROXY: proxy.url })
    expectRegistered(emu, r)
    expect(proxy.tunnels).toEqual([])
  })

  // The emulator speaks plain HTTP, so TLS inside the tunnel fails; the CONNECT is the proof.
  it.each(['HTTPS_PROXY', 'https_proxy'])(
    '%s: an https:// endpoint is reached through a tunnel (TLS then fails on the plain-HTTP emulator)',
    async name => {
      const r = await go(keys(`https://${emu.endpoint}`, { 'max-attempts': '1' }), {
        [name]: proxy.url
      })
      expect(r.code).toBe(1)
      expect(r.errors).toHaveLength(1)
      // Page 1's connection, and those opened for the pages that could follow: all tunnelled.
      expect(new Set(proxy.tunnels)).toEqual(new Set([emu.endpoint]))
      expect(proxy.tunnels.length).toBeLessThanOrEqual(MAX_IN_FLIGHT)
      expect(emu.requests).toHaveLength(0)
      expect(emu.images()).toHaveLength(0)
    }
  )

  it('a proxy that refuses CONNECT: a clear failure that says proxy, nothing sent', async () => {
    const r = await go(keys(emu.url, { 'max-attempts': '2' }), { HTTP_PROXY: refusing.url })
    expect(r.code).toBe(1)
    expect(r.errors).toHaveLength(1)
    const message = r.errors[0]
    expect(message).toMatch(/proxy/i)
    expect(message).toContain('ProxyError')
    expect(message).toContain('ListImages')
    expect(message).toMatch(/HTTPS_PROXY|HTTP_PROXY/)
    expect(refusing.tunnels).toEqual([])
    expect(emu.requests).toHaveLength(0)
    expect(emu.images()).toHaveLength(0)
  })

  it('OIDC flow: STS and E-HPC both go through the proxy; the GitHub token request does not', async () => {
    const sts = `127.0.0.1:${stsForward.port}`
    const gh = `127.0.0.1:${ghForward.port}`
    const r = await go(oidc(emu.url, `http://${sts}`), {
      ...emu.githubEnv(),
      ACTIONS_ID_TOKEN_REQUEST_URL: `http://${gh}/_github/idtoken?api-version=2.0`,
      HTTP_PROXY: proxy.url
    })
    expectRegistered(emu, r)
    expect(emu.count('GitHubToken')).toBe(1)
    expect(emu.count('AssumeRoleWithOIDC')).toBe(1)
    expect(proxy.tunnels).toEqual(expect.arrayContaining([sts, emu.endpoint]))
    // Observed: @actions/http-client bypasses loopback addresses; the action does not route it.
    expect(proxy.tunnels).not.toContain(gh)
    expect(r.stdout).toContain(
      `Connecting to ${sts} via proxy ${proxyHost(proxy.url)} (http:// endpoint: through a CONNECT tunnel as well).`
    )
    expect(r.stdout).toContain(
      `Connecting to ${emu.endpoint} via proxy ${proxyHost(proxy.url)} (http:// endpoint: through a CONNECT tunnel as well).`
    )
  })

  it('OIDC flow with STS on the same host as E-HPC: one route, one line, one mask', async () => {
    const withPassword = proxy.url.replace('http://', 'http://user:p%40ss-w0rd@')
    const r = await go(oidc(emu.url, emu.url), {
      ...emu.githubEnv(),
      HTTP_PROXY: withPassword
    })
    expectRegistered(emu, r)
    const lines = r.stdout.split('\n')
    expect(lines.filter(l => l.startsWith(`Connecting to ${emu.endpoint} via proxy`))).toHaveLength(
      1
    )
    expect(lines.filter(l => l === '::add-mask::p@ss-w0rd')).toHaveLength(1)
  })

  it('OIDC flow with NO_PROXY naming the STS host:port: only E-HPC is tunnelled', async () => {
    const sts = `127.0.0.1:${stsForward.port}`
    const r = await go(oidc(emu.url, `http://${sts}`), {
      ...emu.githubEnv(),
      HTTP_PROXY: proxy.url,
      NO_PROXY: sts
    })
    expectRegistered(emu, r)
    expect(new Set(proxy.tunnels)).toEqual(new Set([emu.endpoint]))
  })
})

describe('no call bypasses the proxy (endpoints reachable only through it)', () => {
  let emu: Emulator
  let proxy: Closable & { url: string; tunnels: string[] }
  let ehpcDead: string
  let stsDead: string
  let tokenDead: string

  beforeAll(async () => {
    emu = await startEmulator()
    ehpcDead = `127.0.0.1:${await deadPort()}`
    stsDead = `127.0.0.1:${await deadPort()}`
    tokenDead = `127.0.0.1:${await deadPort()}`
    proxy = await startConnectProxy({
      map: new Map([ehpcDead, stsDead, tokenDead].map(d => [d, emu.endpoint] as const))
    })
  })
  afterAll(async () => {
    await Promise.all([emu.close(), proxy.close()])
  })
  beforeEach(() => {
    emu.reset()
    proxy.tunnels.length = 0
  })

  it('keys: every E-HPC call reaches the server through the tunnel', async () => {
    const r = await go(keys(`http://${ehpcDead}`), { HTTP_PROXY: proxy.url })
    expectRegistered(emu, r)
    expect(proxy.tunnels).toContain(ehpcDead)
  })

  it('without the proxy the same endpoint is unreachable (the check above can fail)', async () => {
    const r = await go(keys(`http://${ehpcDead}`, { 'max-attempts': '1' }), {})
    expect(r.code).toBe(1)
    expect(r.errors[0]).toContain('ConnectionRefused')
    expect(emu.requests).toHaveLength(0)
  })

  it('OIDC: STS and E-HPC calls reach the server only through the tunnel', async () => {
    const r = await go(oidc(`http://${ehpcDead}`, `http://${stsDead}`), {
      ...emu.githubEnv(),
      HTTP_PROXY: proxy.url
    })
    expectRegistered(emu, r)
    expect(emu.count('AssumeRoleWithOIDC')).toBe(1)
    expect(proxy.tunnels).toEqual(expect.arrayContaining([stsDead, ehpcDead]))
  })

  // Observed behaviour, documented rather than required: a token URL on its own loopback
  // host:port is not proxied (HttpClient bypasses loopback), so it is refused here ...
  it('observed: a GitHub token URL on another loopback host:port goes direct', async () => {
    const r = await go(oidc(`http://${ehpcDead}`, `http://${stsDead}`), {
      ...emu.githubEnv(),
      ACTIONS_ID_TOKEN_REQUEST_URL: `http://${tokenDead}/_github/idtoken?api-version=2.0`,
      HTTP_PROXY: proxy.url
    })
    expect(r.code).toBe(1)
    expect(r.errors[0]).toContain(`GitHub OIDC token request to ${tokenDead} failed`)
    expect(proxy.tunnels).not.toContain(tokenDead)
    expect(emu.count('GitHubToken')).toBe(0)
  })

  // ... while one that shares host:port with sts-endpoint is caught by the action's
  // socket-level routing and tunnelled too.
  it('observed: a GitHub token URL sharing host:port with sts-endpoint is tunnelled', async () => {
    const r = await go(oidc(`http://${ehpcDead}`, `http://${stsDead}`), {
      ...emu.githubEnv(),
      ACTIONS_ID_TOKEN_REQUEST_URL: `http://${stsDead}/_github/idtoken?api-version=2.0`,
      HTTP_PROXY: proxy.url
    })
    expectRegistered(emu, r)
    expect(emu.count('GitHubToken')).toBe(1)
  })
})

describe('a dry run refuses the proxy settings the real run refuses, before sending', () => {
  let emu: Emulator
  let proxy: ConnectProxy

  beforeAll(async () => {
    emu = await startEmulator()
    proxy = await startConnectProxy()
  })
  afterAll(async () => {
    await Promise.all([emu.close(), proxy.close()])
  })
  beforeEach(() => {
    emu.reset()
    proxy.tunnels.length = 0
  })

  it.each([
    ['a socks5:// proxy', 'socks5://127.0.0.1:1080', 'HTTP_PROXY is a socks5:// proxy'],
    ['not a URL', 'http://[proxy', 'HTTP_PROXY is not a proxy URL'],
    ['a bare "%" in the password', 'http://u:50%off@127.0.0.1:3128', 'The password in HTTP_PROXY']
  ])('%s: the same failure in both runs', async (_what, value, words) => {
    const real = await go(keys(emu.url), { HTTP_PROXY: value })
    const dry = await go(keys(emu.url, { 'dry-run': 'true' }), { HTTP_PROXY: value })
    expect(real.code).toBe(1)
    expect(real.errors).toHaveLength(1)
    expect(real.errors[0]).toContain(words)
    // An environment variable, not an input of the step.
    expect(real.annotations.find(a => a.kind === 'error')?.title).toBe(
      'ehpc-add-image: environment variable "HTTP_PROXY"'
    )
    expect(dry.code).toBe(1)
    expect(dry.errors).toEqual(real.errors)
    expect(dry.outputs['image-id']).toBeUndefined()
    expect(emu.count()).toBe(0)
  })

  it('a proxy the action can use: the dry run names the route and opens no tunnel', async () => {
    const r = await go(keys(emu.url, { 'dry-run': 'true' }), { HTTP_PROXY: proxy.url })
    expect(r.errors).toEqual([])
    expect(r.code).toBe(0)
    expect(r.stdout).toContain(
      `Dry run: the run would connect to ${emu.endpoint} via proxy ${proxyHost(proxy.url)}`
    )
    expect(proxy.tunnels).toEqual([])
    expect(emu.count()).toBe(0)
  })

  it('NO_PROXY applies in the dry run as in the real one', async () => {
    const r = await go(keys(emu.url, { 'dry-run': 'true' }), {
      HTTP_PROXY: 'socks5://127.0.0.1:1080',
      NO_PROXY: '127.0.0.1'
    })
    expect(r.code).toBe(0)
    expect(r.stdout).not.toContain('via proxy')
  })
})

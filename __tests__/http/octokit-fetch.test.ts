import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { createHttpFetch, HttpFetchError, type HttpFetch } from '../../src/http/octokit-fetch.js'

interface Seen {
  method?: string
  url?: string
  authorization?: string
  body: string
}

/** A local server whose answer per path is given by `routes`; records what it saw. */
async function serve(
  routes: Record<string, (req: http.IncomingMessage, res: http.ServerResponse) => void>
) {
  const seen: Seen[] = []
  const server = http.createServer((req, res) => {
    let body = ''
    req.on('data', c => (body += c))
    req.on('end', () => {
      seen.push({
        method: req.method,
        url: req.url,
        authorization: req.headers.authorization,
        body
      })
      const route = routes[(req.url ?? '').split('?')[0]]
      if (route) route(req, res)
      else res.writeHead(404).end()
    })
  })
  await new Promise<void>(r => server.listen(0, '127.0.0.1', r))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    seen,
    close: () =>
      new Promise<void>(r => {
        server.closeAllConnections()
        server.close(() => r())
      })
  }
}

const json =
  (status: number, value: unknown, headers: Record<string, string> = {}) =>
  (_req: http.IncomingMessage, res: http.ServerResponse) =>
    res
      .writeHead(status, { 'content-type': 'application/json', ...headers })
      .end(JSON.stringify(value))

describe('createHttpFetch', () => {
  let client: HttpFetch
  afterEach(() => client?.close())

  it('sends method, headers and body, and answers as fetch() does', async () => {
    const s = await serve({ '/r': json(201, { ok: true }, { 'x-github-request-id': 'A:B' }) })
    try {
      client = createHttpFetch({ timeoutMs: 2000 })
      const res = await client.fetch(`${s.url}/r`, {
        method: 'patch',
        headers: { authorization: 'token t', 'content-type': 'application/json' },
        body: '{"body":"é"}'
      })
      expect(res.status).toBe(201)
      expect(res.url).toBe(`${s.url}/r`)
      expect(res.headers.get('x-github-request-id')).toBe('A:B')
      expect(await res.json()).toEqual({ ok: true })
      expect(s.seen).toEqual([
        { method: 'PATCH', url: '/r', authorization: 'token t', body: '{"body":"é"}' }
      ])
    } finally {
      await s.close()
    }
  })

  it('gives a null body for 204', async () => {
    const s = await serve({ '/n': (_q, res) => res.writeHead(204).end() })
    try {
      client = createHttpFetch({ timeoutMs: 2000 })
      const res = await client.fetch(`${s.url}/n`)
      expect(res.status).toBe(204)
      expect(res.body).toBeNull()
    } finally {
      await s.close()
    }
  })

  it('follows a same-origin redirect with the credentials, a 303 as GET', async () => {
    const s = await serve({
      '/old': (_q, res) => res.writeHead(307, { location: '/new' }).end(),
      '/new': (_q, res) => res.writeHead(303, { location: '/done' }).end(),
      '/done': json(200, { done: true })
    })
    try {
      client = createHttpFetch({ timeoutMs: 2000 })
      const res = await client.fetch(`${s.url}/old`, {
        method: 'PATCH',
        headers: { authorization: 'token t' },
        body: 'x'
      })
      expect(await res.json()).toEqual({ done: true })
      expect(s.seen.map(x => `${x.method} ${x.url} ${x.authorization} ${x.body}`)).toEqual([
        'PATCH /old token t x',
        'PATCH /new token t x',
        'GET /done token t '
      ])
    } finally {
      await s.close()
    }
  })

  it('drops Authorization on a redirect to another origin', async () => {
    const other = await serve({ '/x': json(200, {}) })
    const s = await serve({
      '/go': (_q, res) => res.writeHead(302, { location: `${other.url}/x` }).end()
    })
    try {
      client = createHttpFetch({ timeoutMs: 2000 })
      await client.fetch(`${s.url}/go`, { headers: { Authorization: 'token t' } })
      expect(other.seen[0].authorization).toBeUndefined()
    } finally {
      await Promise.all([s.close(), other.close()])
    }
  })

  it('stops after maxRedirects', async () => {
    const s = await serve({ '/loop': (_q, res) => res.writeHead(302, { location: '/loop' }).end() })
    try {
      client = createHttpFetch({ timeoutMs: 2000, maxRedirects: 3 })
      await expect(client.fetch(`${s.url}/loop`)).rejects.toMatchObject({ code: 'EREDIRECT' })
      expect(s.seen).toHaveLength(4)
    } finally {
      await s.close()
    }
  })

  it('cuts off an answer that does not come within timeoutMs', async () => {
    const s = await serve({ '/hang': () => undefined })
    try {
      client = createHttpFetch({ timeoutMs: 200 })
      const err = await client.fetch(`${s.url}/hang`).catch(e => e)
      expect(err).toBeInstanceOf(HttpFetchError)
      expect(err.code).toBe('ETIMEDOUT')
    } finally {
      await s.close()
    }
  })

  it('cuts off an answer larger than maxBodyBytes', async () => {
    const s = await serve({ '/big': (_q, res) => res.writeHead(200).end('x'.repeat(5000)) })
    try {
      client = createHttpFetch({ timeoutMs: 2000, maxBodyBytes: 1000 })
      await expect(client.fetch(`${s.url}/big`)).rejects.toMatchObject({ code: 'ETOOLARGE' })
    } finally {
      await s.close()
    }
  })

  it('passes on a refused connection with its code', async () => {
    const s = await serve({})
    await s.close()
    client = createHttpFetch({ timeoutMs: 2000 })
    await expect(client.fetch(`${s.url}/`)).rejects.toMatchObject({ code: 'ECONNREFUSED' })
  })
})

import { createServer, type IncomingHttpHeaders, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { runAction } from '../../scripts/lib/run-action.mjs'
import { oidcInputs, useEmulator } from '../helpers/emulator-suite.js'

// The GitHub OIDC token request, through dist/index.js: the job's request token goes to no
// host but the one ACTIONS_ID_TOKEN_REQUEST_URL names, and each attempt is one HTTP request.

const FAST = { EHPC_ADD_IMAGE_RETRY_BASE_MS: '5' }
const REQUEST_TOKEN = 'gh-request-token-Secret-5150'

const emu = useEmulator()
const servers: Server[] = []
afterAll(async () => {
  await Promise.all(
    servers.map(
      s =>
        new Promise<void>(resolve => {
          s.closeAllConnections()
          s.close(() => resolve())
        })
    )
  )
})

/** A server on 127.0.0.1 that records each request's headers and answers with `answer`. */
async function start(
  answer: (res: import('node:http').ServerResponse) => void
): Promise<{ origin: string; seen: IncomingHttpHeaders[] }> {
  const seen: IncomingHttpHeaders[] = []
  const server = createServer((req, res) => {
    seen.push(req.headers)
    req.resume()
    answer(res)
  })
  servers.push(server)
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return { origin: `127.0.0.1:${port}`, seen }
}

const inputs = (extra: Record<string, string> = {}) =>
  oidcInputs(emu.url, emu.url, { 'request-timeout-seconds': '2', ...extra })

describe('the GitHub OIDC token request (through dist/index.js)', () => {
  it('a 302 to another host is not followed: that host never receives the request token', async () => {
    const other = await start(res => {
      res.writeHead(200, { 'content-type': 'application/json' })
      res.end(JSON.stringify({ value: 'a.b.c' }))
    })
    const named = await start(res => {
      res.writeHead(302, { location: `http://${other.origin}/_github/idtoken?api-version=2.0` })
      res.end()
    })
    const run = await runAction(inputs({ 'max-attempts': '1' }), {
      env: {
        ...FAST,
        ACTIONS_ID_TOKEN_REQUEST_URL: `http://${named.origin}/_github/idtoken?api-version=2.0`,
        ACTIONS_ID_TOKEN_REQUEST_TOKEN: REQUEST_TOKEN
      },
      timeoutMs: 40_000
    })
    expect(named.seen).toHaveLength(1)
    expect(named.seen[0].authorization).toBe(`Bearer ${REQUEST_TOKEN}`)
    expect(other.seen.map(h => h.authorization ?? '')).not.toContainEqual(
      expect.stringContaining(REQUEST_TOKEN)
    )
    expect(other.seen).toHaveLength(0)
    expect(run.code).toBe(1)
    const errors = run.annotations.filter(a => a.kind === 'error')
    expect(errors).toHaveLength(1)
    expect(errors[0].title).toContain('GitHub')
    expect(errors[0].title).toContain('HTTP302')
    expect(errors[0].message).toContain(`GitHub OIDC token request to ${named.origin} failed`)
    expect(errors[0].message).toContain(
      `GitHub's token service answered with a redirect to ${other.origin}, which is not followed`
    )
    expect(run.stdout).not.toContain(REQUEST_TOKEN)
    expect(emu.count('AssumeRoleWithOIDC')).toBe(0)
  })

  it('a token service answering 503: one HTTP request per attempt (max-attempts: 2)', async () => {
    emu.fault('GitHubToken', {
      kind: 'error',
      code: 'ServiceUnavailable',
      status: 503,
      times: Infinity
    })
    const run = await runAction(inputs({ 'max-attempts': '2' }), {
      env: { ...FAST, ...emu.githubEnv() },
      timeoutMs: 40_000
    })
    expect(run.code).toBe(1)
    expect(run.errors).toHaveLength(1)
    expect(run.errors[0]).toContain(
      `GitHub OIDC token request to ${emu.endpoint} failed after 2 attempts`
    )
    expect(run.errors[0]).toContain('HTTP 503')
    expect(emu.count('GitHubToken')).toBe(2)
  })
})

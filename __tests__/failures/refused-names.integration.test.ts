// Connection refused by the GitHub API and by the OIDC token URL, through dist/index.js:
// the advice names the setting that points at that host (GITHUB_API_URL,
// ACTIONS_ID_TOKEN_REQUEST_URL) and the host, never a raw {placeholder} or an E-HPC input.
import { createServer } from 'node:net'
import { DEFAULT_GITHUB } from '../../emulator/emulator.mjs'
import { keyInputs, oidcInputs, useEmulator } from '../helpers/emulator-suite.js'
import { runAction, type ActionRun } from '../../scripts/lib/run-action.mjs'

const emu = useEmulator()

/** A 127.0.0.1 port nothing listens on (bound, then closed). */
async function closedPort(): Promise<number> {
  const server = createServer()
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  await new Promise<void>(resolve => server.close(() => resolve()))
  if (address === null || typeof address === 'string') throw new Error('no port')
  return address.port
}

function failure(r: ActionRun) {
  expect(r.code).toBe(1)
  const errors = r.annotations.filter(a => a.kind === 'error')
  expect(errors).toHaveLength(1)
  return errors[0].message
}

const run = (inputs: Record<string, string>, env: Record<string, string>) =>
  runAction(
    { 'max-attempts': '1', 'request-timeout-seconds': '5', ...inputs },
    { env: { EHPC_ADD_IMAGE_RETRY_BASE_MS: '5', ...env }, timeoutMs: 40_000 }
  )

it('the GitHub API refusing the connection: GITHUB_API_URL and its host, no placeholder', async () => {
  const port = await closedPort()
  emu.seedRelease({ tag_name: 'v1.2.3', body: 'Notes' })
  const r = await run(
    keyInputs(emu.url, { 'annotate-release': 'true', 'github-token': DEFAULT_GITHUB.apiToken }),
    { GITHUB_API_URL: `http://127.0.0.1:${port}/api/v3` }
  )
  const message = failure(r)
  expect(message).toContain('The image WAS registered')
  expect(message).toContain(`Check GITHUB_API_URL and the network path to 127.0.0.1:${port}`)
  expect(message).not.toMatch(/\{[a-zA-Z]+\}/)
  expect(message).not.toMatch(/Check endpoint\b/)
})

it('the OIDC token URL refusing the connection: ACTIONS_ID_TOKEN_REQUEST_URL, not "endpoint"', async () => {
  const port = await closedPort()
  const r = await run(oidcInputs(emu.url, emu.url), {
    ...emu.githubEnv(),
    ACTIONS_ID_TOKEN_REQUEST_URL: `http://127.0.0.1:${port}/_github/idtoken?api-version=2.0`
  })
  const message = failure(r)
  expect(message).toContain('ACTIONS_ID_TOKEN_REQUEST_URL')
  expect(message).toContain(`127.0.0.1:${port}`)
  expect(message).not.toMatch(/\{[a-zA-Z]+\}/)
  expect(message).not.toMatch(/Check endpoint\b/)
  expect(emu.count(undefined, 'ehpc')).toBe(0)
})

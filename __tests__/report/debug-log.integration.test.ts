// With RUNNER_DEBUG=1 the log shows the run through dist/index.js: the endpoints and why,
// the credential source and the OIDC token's claims, every HTTP call (host, action, status,
// RequestId, duration), the lookup's paging decisions; and no secret, in any encoding.
import { DEFAULT_GITHUB, DEMO_ACCESS_KEY } from '../../emulator/emulator.mjs'
import { keyInputs, oidcInputs, useEmulator } from '../helpers/emulator-suite.js'
import { runAction, type ActionRun } from '../../scripts/lib/run-action.mjs'
import { scanForSecrets, type Secret } from '../helpers/secret-scan.js'

const emu = useEmulator()

const run = (inputs: Record<string, string>, env: Record<string, string> = {}) =>
  runAction(inputs, {
    env: { EHPC_ADD_IMAGE_RETRY_BASE_MS: '5', RUNNER_DEBUG: '1', ...env },
    timeoutMs: 40_000
  })

const debugLines = (r: ActionRun) =>
  r.stdout
    .split('\n')
    .filter(l => l.startsWith('::debug::'))
    .map(l => l.slice('::debug::'.length))

/** Every secret given to or issued in the run; those the action obtained must be masked. */
function secretsOf(extra: Secret[] = []): Secret[] {
  const all: Secret[] = [
    { name: 'access-key-secret', value: DEMO_ACCESS_KEY.accessKeySecret },
    { name: 'github-request-token', value: DEFAULT_GITHUB.requestToken },
    { name: 'github-api-token', value: DEFAULT_GITHUB.apiToken },
    ...extra
  ]
  // Issued during the run: the OIDC token exists once core.getIDToken starts, STS keys once
  // STS has answered.
  emu.issuedSecrets().forEach((value, i) => {
    if (!all.some(s => s.value === value))
      all.push({
        name: `issued-${i}`,
        value,
        mustMask: true,
        obtainedAfter: isJwt(value) ? /ID token url is/ : STS_ANSWERED
      })
  })
  return all
}

const isJwt = (value: string) => value.split('.').length === 3
const STS_ANSWERED = /^::debug::HTTP call: STS AssumeRoleWithOIDC /

const CALL = (service: string, action: string, status: string) =>
  new RegExp(
    `^HTTP call: ${service} ${action} at 127\\.0\\.0\\.1:\\d+: ${status}(, [\\w.]+)?(, RequestId [\\w:-]+)?, \\d+ ms$`
  )

it('AccessKey: endpoints and why, the source, each call, the paging plan', async () => {
  emu.seedImages(
    Array.from({ length: 150 }, (_, i) => ({
      Name: 'app',
      Version: `v0.${i}`,
      ImageType: 'Container'
    }))
  )
  const r = await run(keyInputs(emu.url))
  expect(r.code).toBe(0)
  const debug = debugLines(r)
  expect(debug).toContainEqual(
    expect.stringMatching(
      /^Endpoint of E-HPC Instant: http:\/\/127\.0\.0\.1:\d+ \(input endpoint\)\.$/
    )
  )
  expect(debug).toContain('Credential source: an AccessKey from the inputs.')
  const calls = debug.filter(l => l.startsWith('HTTP call: '))
  // Page 1 and page 2, then the check after AddImage.
  expect(
    calls.filter(l => CALL('E-HPC Instant', 'ListImages', 'HTTP 200').test(l)).length
  ).toBeGreaterThanOrEqual(2)
  expect(calls).toContainEqual(expect.stringMatching(CALL('E-HPC Instant', 'AddImage', 'HTTP 200')))
  expect(calls.every(l => /RequestId [\w-]+, \d+ ms$/.test(l))).toBe(true)
  expect(debug).toContainEqual(
    expect.stringMatching(
      /^Lookup of app v1\.2\.3: page 1 \(PageSize 100\) has 50 images, TotalCount 150, PageSize 50; TotalCount plans pages 2-3 of 50, up to 10 at once\.$/
    )
  )
  expect(debug).toContainEqual(
    expect.stringMatching(/^Lookup of app v1\.2\.3: no match; the listing ended at page 3 \(/)
  )
  expect(scanForSecrets(r, secretsOf())).toEqual([])
})

it("OIDC: the token request, the token's claims, STS, and no token in the log", async () => {
  const r = await run(oidcInputs(emu.url, emu.url), emu.githubEnv())
  expect(r.code).toBe(0)
  const debug = debugLines(r)
  expect(debug).toContainEqual(
    expect.stringMatching(/^Endpoint of STS: http:\/\/127\.0\.0\.1:\d+ \(input sts-endpoint\)\.$/)
  )
  expect(debug).toContainEqual(
    expect.stringMatching(
      /^Credential source: a GitHub OIDC token, traded with STS AssumeRoleWithOIDC for acs:ram::/
    )
  )
  expect(debug).toContainEqual(
    expect.stringMatching(/^The GitHub OIDC token has sub "repo:[^"]+", aud "[^"]+", iss "[^"]+"/)
  )
  expect(debug).toContainEqual(
    expect.stringMatching(CALL('GitHub', 'OIDC token request', 'HTTP 200'))
  )
  expect(debug).toContainEqual(expect.stringMatching(CALL('STS', 'AssumeRoleWithOIDC', 'HTTP 200')))
  expect(scanForSecrets(r, secretsOf())).toEqual([])
})

it('annotate-release: each GitHub API call with its path, status and request id', async () => {
  emu.seedRelease({ tag_name: 'v1.2.3', body: 'Notes' })
  const r = await run(
    keyInputs(emu.url, { 'annotate-release': 'true', 'github-token': DEFAULT_GITHUB.apiToken }),
    emu.githubApiEnv()
  )
  expect(r.code).toBe(0)
  const debug = debugLines(r)
  expect(debug).toContainEqual(
    expect.stringMatching(/^Endpoint of the GitHub API: http:\/\/127\.0\.0\.1:\d+ /)
  )
  expect(debug).toContainEqual(
    expect.stringMatching(
      CALL('GitHub', 'GET /\\S*repos/[\\w-]+/[\\w-]+/releases/tags/v1\\.2\\.3', 'HTTP 200')
    )
  )
  expect(debug).toContainEqual(
    expect.stringMatching(
      CALL('GitHub', 'PATCH /\\S*repos/[\\w-]+/[\\w-]+/releases/\\d+', 'HTTP 200')
    )
  )
  expect(
    scanForSecrets(
      r,
      secretsOf([{ name: 'github-token', value: DEFAULT_GITHUB.apiToken, mustMask: true }])
    )
  ).toEqual([])
})

it('a failure: the failed call with its status, code and RequestId', async () => {
  emu.fault('AddImage', { kind: 'error', code: 'InvalidParams', status: 400 })
  const r = await run(keyInputs(emu.url))
  expect(r.code).toBe(1)
  const debug = debugLines(r)
  expect(debug).toContainEqual(
    expect.stringMatching(
      /^HTTP call: E-HPC Instant AddImage at 127\.0\.0\.1:\d+: HTTP 400, InvalidParams, RequestId [\w-]+, \d+ ms$/
    )
  )
  expect(scanForSecrets(r, secretsOf())).toEqual([])
})

it('an HTTP 200 answer with Success: false: the line carries its code', async () => {
  emu.fault('AddImage', {
    kind: 'raw',
    status: 200,
    body: JSON.stringify({ RequestId: 'R-200', Success: false, Code: 'InvalidParams' })
  })
  const r = await run(keyInputs(emu.url))
  expect(r.code).toBe(1)
  expect(debugLines(r)).toContainEqual(
    expect.stringMatching(
      /^HTTP call: E-HPC Instant AddImage at 127\.0\.0\.1:\d+: HTTP 200, InvalidParams, RequestId R-200, \d+ ms$/
    )
  )
  expect(scanForSecrets(r, secretsOf())).toEqual([])
})

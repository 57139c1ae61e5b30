// Advice for the service that failed, through dist/index.js against the emulator: GitHub's
// token service answering 5xx, EntityNotExist.Role from STS and from E-HPC Instant.
import { keyInputs, oidcInputs, useEmulator } from '../helpers/emulator-suite.js'
import { runAction, type ActionRun } from '../../scripts/lib/run-action.mjs'

const emu = useEmulator()

const run = (inputs: Record<string, string>, env: Record<string, string> = {}) =>
  runAction(inputs, { env: { EHPC_ADD_IMAGE_RETRY_BASE_MS: '5', ...env }, timeoutMs: 40_000 })

function failure(r: ActionRun) {
  expect(r.code).toBe(1)
  const errors = r.annotations.filter(a => a.kind === 'error')
  expect(errors).toHaveLength(1)
  return errors[0]
}

it("GitHub's token service answering 503: GitHub's remedies, no Alibaba Cloud support, no 'no answer'", async () => {
  emu.fault('GitHubToken', {
    kind: 'error',
    code: 'ServiceUnavailable',
    status: 503,
    times: Infinity
  })
  const r = await run(oidcInputs(emu.url, emu.url, { 'max-attempts': '1' }), emu.githubEnv())
  const a = failure(r)
  expect(a.message).toContain(`GitHub OIDC token request to ${emu.endpoint} failed`)
  expect(a.message).toContain('githubstatus.com')
  expect(a.message).not.toMatch(/Alibaba Cloud/)
  expect(a.message).not.toContain('no answer from the server')
  expect(a.message).toContain('RequestId none: the answer carried none')
})

it('EntityNotExist.Role from STS: the role ARN in role-to-assume, not E-HPC', async () => {
  emu.fault('AssumeRoleWithOIDC', { kind: 'error', code: 'EntityNotExist.Role', status: 404 })
  const r = await run(oidcInputs(emu.url, emu.url), emu.githubEnv())
  const a = failure(r)
  expect(a.title).toBe('STS AssumeRoleWithOIDC: EntityNotExist.Role')
  expect(a.message).toContain('role-to-assume')
  expect(a.message).not.toMatch(/service-linked|E-HPC/)
  expect(emu.count(undefined, 'ehpc')).toBe(0)
})

it('EntityNotExist.Role from E-HPC Instant: its service-linked role, not role-to-assume', async () => {
  emu.fault('AddImage', { kind: 'error', code: 'EntityNotExist.Role', status: 407 })
  const r = await run(keyInputs(emu.url))
  const a = failure(r)
  expect(a.title).toBe('E-HPC Instant AddImage: EntityNotExist.Role')
  expect(a.message).toContain('service-linked role')
  expect(a.message).not.toMatch(/role-to-assume|keyless/)
})

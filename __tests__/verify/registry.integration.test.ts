// The container image check through dist/index.js, against the emulator's registry
// (OCI distribution, Basic and Bearer token auth) on 127.0.0.1: before any write to E-HPC.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { runAction } from '../../scripts/lib/run-action.mjs'
import { DEMO_REGISTRY } from '../../emulator/emulator.mjs'
import { keyInputs, useEmulator } from '../helpers/emulator-suite.js'
import { scanForSecrets } from '../helpers/secret-scan.js'
import { DEMO_ACCESS_KEY } from '../../emulator/emulator.mjs'

const emu = useEmulator()
const host = () => emu.url.replace(/^http:\/\//, '')

function inputs(ref: string, extra: Record<string, string> = {}) {
  return keyInputs(emu.url, {
    'registry-url': `${host()}/${ref}`,
    'verify-image': 'auto',
    'max-attempts': '1',
    ...extra
  })
}
const withLogin = (password = DEMO_REGISTRY.password) => ({
  'registry-username': DEMO_REGISTRY.username,
  'registry-password': password
})
/** The log but the ::add-mask:: commands, which hand each secret to the runner to mask. */
const logOf = (run: { stdout: string }) =>
  run.stdout
    .split('\n')
    .filter(line => !line.startsWith('::add-mask::'))
    .join('\n')
const registryRequests = () =>
  emu.requests.filter(r => r.service === 'registry').map(r => `${r.action} ${r.status} ${r.auth}`)
const writes = () => emu.count('AddImage') + emu.count('RemoveImage')
const errorOf = (run: { annotations: { kind: string; title?: string; message: string }[] }) =>
  run.annotations.filter(a => a.kind === 'error')
const warningsOf = (run: { annotations: { kind: string; message: string }[] }) =>
  run.annotations.filter(a => a.kind === 'warning').map(a => a.message)

function dockerConfig(auths: Record<string, unknown>): Record<string, string> {
  const dir = mkdtempSync(join(tmpdir(), 'docker-config-'))
  writeFileSync(join(dir, 'config.json'), JSON.stringify({ auths }))
  return { DOCKER_CONFIG: dir }
}

describe('verify-image for container images (the registry)', () => {
  beforeEach(() => {
    emu.registry.options.auth = 'bearer'
    emu.registry.options.digestHeader = 'always'
    emu.registry.options.anonymousPull = false
    emu.registry.options.accept = 'required'
    emu.registry.options.manifestChallenge = 'challenge'
    emu.registry.options.basicOnBearer = 'challenge'
    emu.registry.options.hiddenRepository = '401'
  })

  it('resolves the tag through the Bearer token flow with the registry inputs, outputs its digest, then registers', async () => {
    const digest = emu.registry.push('ns/app', 'v1')
    const run = await runAction(inputs('ns/app:v1', withLogin()))
    expect(run.errors).toEqual([])
    expect(run.code).toBe(0)
    expect(run.outputs['image-digest']).toBe(digest)
    const registry = emu.requests.filter(r => r.service === 'registry')
    // The manifest first, with the credential: the 401 names the token realm.
    expect(registryRequests()).toEqual([
      'RegistryManifest 401 basic',
      'RegistryToken 200 basic',
      'RegistryManifest 200 bearer'
    ])
    expect(registry[1].params.scope).toBe('repository:ns/app:pull')
    expect(run.stdout).toContain(`Checking registry-url at ${host()}: ns/app v1.`)
    expect(run.summary).toContain(digest)
    expect(emu.count('AddImage')).toBe(1)
    // The check's requests came before the write.
    const addAt = emu.requests.findIndex(r => r.action === 'AddImage')
    expect(
      emu.requests.findIndex(r => r.status === 200 && r.action === 'RegistryManifest')
    ).toBeLessThan(addAt)
  })

  it.each([
    ['a missing tag', 'ns/app:v9'],
    ['a missing repository', 'ns/nothing:v1'],
    ['a missing digest', `ns/app@sha256:${'a'.repeat(64)}`]
  ])('%s fails before any write, naming registry-url', async (_what, ref) => {
    emu.registry.push('ns/app', 'v1')
    const run = await runAction(inputs(ref, withLogin()))
    expect(run.code).toBe(1)
    const [error] = errorOf(run)
    expect(errorOf(run)).toHaveLength(1)
    expect(error.title).toBe('Image not found in its registry (nothing registered)')
    expect(error.message).toContain('registry-url names')
    expect(error.message).toContain('Nothing was registered')
    expect(writes()).toBe(0)
    expect(run.outputs['image-id']).toBeUndefined()
  })

  it('a digest reference is checked by its digest', async () => {
    const digest = emu.registry.push('ns/app', 'v1')
    const run = await runAction(inputs(`ns/app@${digest}`, withLogin()))
    expect(run.code).toBe(0)
    expect(run.outputs['image-digest']).toBe(digest)
    expect(emu.requests.some(r => r.params.path === `/v2/ns/app/manifests/${digest}`)).toBe(true)
  })

  it.each(['bearer', 'basic'] as const)(
    'a registry password from the inputs that the registry refuses fails before any write (%s)',
    async auth => {
      emu.registry.options.auth = auth
      emu.registry.push('ns/app', 'v1')
      const run = await runAction(inputs('ns/app:v1', withLogin('wrong-password-123')))
      expect(run.code).toBe(1)
      const [error] = errorOf(run)
      expect(error.title).toBe('The registry refuses the registry credential (nothing registered)')
      expect(error.message).toContain(`registry-username ${DEMO_REGISTRY.username}`)
      expect(logOf(run)).not.toContain('wrong-password-123')
      expect(writes()).toBe(0)
    }
  )

  it("accept 'manifestType' (distribution 2.8): the check's Accept names the OCI manifest type, so the tag verifies", async () => {
    emu.registry.options.auth = 'basic'
    emu.registry.options.accept = 'manifestType'
    const digest = emu.registry.push('ns/app', 'v1')
    const login = `Basic ${Buffer.from(`${DEMO_REGISTRY.username}:${DEMO_REGISTRY.password}`).toString('base64')}`
    // What distribution answers an Accept with only the index type: a 404 for an OCI manifest.
    const indexOnly = await fetch(`${emu.url}/v2/ns/app/manifests/v1`, {
      method: 'HEAD',
      headers: { accept: 'application/vnd.oci.image.index.v1+json', authorization: login }
    })
    expect(indexOnly.status).toBe(404)
    const run = await runAction(inputs('ns/app:v1', withLogin()))
    expect(run.errors).toEqual([])
    expect(run.outputs['image-digest']).toBe(digest)
  })

  it.each([
    ['Basic auth: the manifest is asked once, with the credential', 'basic', withLogin()],
    ['a registry that needs no credential answers the check in one request', 'anonymous', {}]
  ] as const)('%s', async (_what, auth, login) => {
    emu.registry.options.auth = auth
    const digest = emu.registry.push('ns/app', 'v1')
    const run = await runAction(inputs('ns/app:v1', login))
    expect(run.code).toBe(0)
    expect(run.outputs['image-digest']).toBe(digest)
    expect(registryRequests()).toEqual([
      `RegistryManifest 200 ${auth === 'basic' ? 'basic' : 'none'}`
    ])
  })

  it.each([
    ['names its challenge only at GET /v2/', { manifestChallenge: 'bare' as const }],
    ['answers a Basic credential with 403', { basicOnBearer: 'forbidden' as const }],
    [
      'answers a Basic credential with a 401 without a challenge',
      { manifestChallenge: 'bare' as const, basicOnBearer: 'challenge' as const }
    ]
  ])(
    'a token registry that %s: the check asks GET /v2/ for it and verifies',
    async (_what, mode) => {
      Object.assign(emu.registry.options, mode)
      const digest = emu.registry.push('ns/app', 'v1')
      const run = await runAction(inputs('ns/app:v1', withLogin()))
      expect(run.errors).toEqual([])
      expect(run.outputs['image-digest']).toBe(digest)
      const registry = emu.requests.filter(r => r.service === 'registry')
      expect(registry.map(r => r.action)).toEqual([
        'RegistryManifest',
        'RegistryPing',
        'RegistryToken',
        'RegistryManifest'
      ])
      expect(emu.count('AddImage')).toBe(1)
    }
  )

  it('a token registry that answers 404 without a token: with a credential, the token decides', async () => {
    emu.registry.options.hiddenRepository = '404'
    const digest = emu.registry.push('ns/app', 'v1')
    const run = await runAction(inputs('ns/app:v1', withLogin()))
    expect(run.errors).toEqual([])
    expect(run.outputs['image-digest']).toBe(digest)
    expect(registryRequests()).toEqual([
      'RegistryManifest 404 basic',
      'RegistryPing 401 none',
      'RegistryToken 200 basic',
      'RegistryManifest 200 bearer'
    ])
  })

  it('a token registry that answers 403 to a Basic credential still refuses a wrong password', async () => {
    emu.registry.options.basicOnBearer = 'forbidden'
    emu.registry.push('ns/app', 'v1')
    const run = await runAction(inputs('ns/app:v1', withLogin('wrong-password-123')))
    expect(run.code).toBe(1)
    expect(errorOf(run)[0].title).toBe(
      'The registry refuses the registry credential (nothing registered)'
    )
    expect(writes()).toBe(0)
  })

  it('a Docker config credential verifies the image, and is never sent to E-HPC nor printed', async () => {
    const digest = emu.registry.push('ns/app', 'v1')
    const auth = Buffer.from(`${DEMO_REGISTRY.username}:${DEMO_REGISTRY.password}`).toString(
      'base64'
    )
    const run = await runAction(inputs('ns/app:v1'), { env: dockerConfig({ [host()]: { auth } }) })
    expect(run.errors).toEqual([])
    expect(run.outputs['image-digest']).toBe(digest)
    const [add] = emu.requests.filter(r => r.action === 'AddImage')
    expect(JSON.stringify(add.params)).not.toContain(DEMO_REGISTRY.password)
    expect(JSON.stringify(add.params)).not.toContain('RegistryCredential')
    expect(logOf(run)).not.toContain(DEMO_REGISTRY.password)
    expect(logOf(run)).not.toContain(auth)
    expect(run.stdout).toContain(`::add-mask::${DEMO_REGISTRY.password}`)
  })

  it('a Docker config credential the registry refuses is a warning, and the image is registered', async () => {
    emu.registry.push('ns/app', 'v1')
    const auth = Buffer.from(`${DEMO_REGISTRY.username}:not-it`).toString('base64')
    const run = await runAction(inputs('ns/app:v1'), {
      env: dockerConfig({ [`https://${host()}`]: { auth } })
    })
    expect(run.code).toBe(0)
    expect(
      warningsOf(run).some(w => w.startsWith('image not verified: ') && /Docker config/.test(w))
    ).toBe(true)
    expect(emu.count('AddImage')).toBe(1)
  })

  it('a Docker config that cannot be read is named in the warning', async () => {
    emu.registry.push('ns/app', 'v1')
    const dir = mkdtempSync(join(tmpdir(), 'docker-config-'))
    mkdirSync(join(dir, 'config.json'))
    const run = await runAction(inputs('ns/app:v1'), { env: { DOCKER_CONFIG: dir } })
    expect(run.code).toBe(0)
    expect(
      warningsOf(run).some(
        w =>
          w.startsWith('image not verified: ') &&
          w.includes(`the Docker config ${join(dir, 'config.json')} is not a regular file`)
      )
    ).toBe(true)
  })

  it('a private repository without any credential warns under auto and fails under true', async () => {
    emu.registry.push('ns/app', 'v1')
    const auto = await runAction(inputs('ns/app:v1'))
    expect(auto.code).toBe(0)
    expect(warningsOf(auto).some(w => /^image not verified: .*without a credential/.test(w))).toBe(
      true
    )
    emu.reset()
    const strict = await runAction(inputs('ns/app:v1', { 'verify-image': 'true' }))
    expect(strict.code).toBe(1)
    expect(errorOf(strict)[0].title).toBe(
      'Image not verified, verify-image is true (nothing registered)'
    )
    expect(writes()).toBe(0)
  })

  it('a public repository verifies anonymously', async () => {
    emu.registry.options.anonymousPull = true
    const digest = emu.registry.push('ns/app', 'v1')
    const run = await runAction(inputs('ns/app:v1'))
    expect(run.code).toBe(0)
    expect(run.outputs['image-digest']).toBe(digest)
  })

  it('an unreachable registry warns and registers under auto, fails before any write under true', async () => {
    const closed = keyInputs(emu.url, {
      'registry-url': '127.0.0.1:9/ns/app:v1',
      'verify-image': 'auto',
      'max-attempts': '1'
    })
    const auto = await runAction(closed)
    expect(auto.code).toBe(0)
    expect(
      warningsOf(auto).some(w => w.startsWith('image not verified: the registry 127.0.0.1:9'))
    ).toBe(true)
    emu.reset()
    const strict = await runAction({ ...closed, 'verify-image': 'true' })
    expect(strict.code).toBe(1)
    expect(writes()).toBe(0)
  })

  it('a redirect to another host is not followed: nothing is sent there, the check is unverified', async () => {
    const seen: string[] = []
    const elsewhere = createServer((req, res) => {
      seen.push(`${req.method} ${req.url} ${req.headers.authorization ?? ''}`)
      res.writeHead(401, { 'www-authenticate': 'Basic realm="elsewhere"' }).end()
    })
    await new Promise<void>(resolve => elsewhere.listen(0, '127.0.0.1', resolve))
    try {
      const { port } = elsewhere.address() as AddressInfo
      emu.registry.push('ns/app', 'v1')
      emu.fault('RegistryManifest', {
        kind: 'error',
        code: 'MOVED',
        status: 307,
        headers: { location: `http://127.0.0.1:${port}/v2/ns/app/manifests/v1` }
      })
      const run = await runAction(inputs('ns/app:v1', withLogin()))
      expect(run.code).toBe(0)
      expect(seen).toEqual([])
      expect(
        warningsOf(run).some(w =>
          /^image not verified: .*redirected .* to another host \(127\.0\.0\.1:\d+\)/.test(w)
        )
      ).toBe(true)
    } finally {
      await new Promise<void>(resolve => elsewhere.close(() => resolve()))
    }
  })

  it('a challenge the check cannot answer (Bearer without a realm) is unverified, not a refusal', async () => {
    emu.registry.push('ns/app', 'v1')
    emu.fault('RegistryManifest', {
      kind: 'error',
      code: 'UNAUTHORIZED',
      status: 401,
      headers: { 'www-authenticate': 'Bearer service="emulator-registry"' }
    })
    const run = await runAction(inputs('ns/app:v1', withLogin()))
    expect(run.code).toBe(0)
    expect(errorOf(run)).toEqual([])
    expect(
      warningsOf(run).some(w =>
        /^image not verified: .*bearer authentication that the check cannot give/.test(w)
      )
    ).toBe(true)
    expect(emu.count('AddImage')).toBe(1)
  })

  it('a registry 5xx warns under auto', async () => {
    emu.registry.push('ns/app', 'v1')
    emu.fault('RegistryManifest', { kind: 'error', code: 'UNAVAILABLE', status: 503 })
    const run = await runAction(inputs('ns/app:v1', withLogin()))
    expect(run.code).toBe(0)
    expect(warningsOf(run).some(w => /^image not verified: .*HTTP 503/.test(w))).toBe(true)
  })

  it('without Docker-Content-Digest, the digest is that of the manifest itself', async () => {
    emu.registry.options.digestHeader = 'never'
    const digest = emu.registry.push('ns/app', 'v1')
    const run = await runAction(inputs('ns/app:v1', withLogin()))
    expect(run.code).toBe(0)
    expect(run.outputs['image-digest']).toBe(digest)
  })

  it('a 200 with an empty body and no Docker-Content-Digest gives no digest, not the digest of nothing', async () => {
    emu.registry.options.auth = 'anonymous'
    emu.registry.push('ns/app', 'v1')
    emu.fault('RegistryManifest', { kind: 'error', code: 'EMPTY', status: 200, body: '' })
    const run = await runAction(inputs('ns/app:v1'))
    expect(run.code).toBe(0)
    expect(run.outputs['image-digest'] ?? '').toBe('')
  })

  it('a dry run checks the registry too: it sets image-digest, and fails on a missing tag', async () => {
    const digest = emu.registry.push('ns/app', 'v1')
    const ok = await runAction(inputs('ns/app:v1', { ...withLogin(), 'dry-run': 'true' }))
    expect(ok.code).toBe(0)
    expect(ok.outputs['image-digest']).toBe(digest)
    const missing = await runAction(inputs('ns/app:v2', { ...withLogin(), 'dry-run': 'true' }))
    expect(missing.code).toBe(1)
    expect(emu.count(undefined, 'ehpc')).toBe(0)
  })

  it("a reuse's GetImage goes out while the check is still answering; the reuse waits for the check", async () => {
    emu.registry.push('ns/app', 'v1')
    const first = await runAction(inputs('ns/app:v1', withLogin()))
    expect(first.code).toBe(0)
    const seen = emu.requests.length
    emu.fault('RegistryManifest', { kind: 'delay', ms: 1500 })
    const again = await runAction(inputs('ns/app:v1', withLogin()))
    expect(again.code).toBe(0)
    expect(again.outputs.created).toBe('false')
    // The log records each request when it is answered.
    const order = emu.requests.slice(seen).map(r => `${r.action} ${r.status}`)
    const getImageAt = order.indexOf('GetImage 200')
    expect(getImageAt).toBeGreaterThanOrEqual(0)
    expect(getImageAt).toBeLessThan(order.indexOf('RegistryManifest 401'))
    expect(again.outputs['image-digest']).toMatch(/^sha256:/)
  })

  it("a reuse's GetImage stops retrying once the check stops the run", async () => {
    emu.registry.push('ns/app', 'v1')
    const first = await runAction(inputs('ns/app:v1', withLogin()))
    expect(first.code).toBe(0)
    emu.registry.untag('ns/app', 'v1')
    const seen = emu.count('GetImage')
    emu.fault('GetImage', { kind: 'error', code: 'ServiceUnavailable', status: 503, times: 5 })
    const again = await runAction(inputs('ns/app:v1', { ...withLogin(), 'max-attempts': '3' }), {
      env: { EHPC_ADD_IMAGE_RETRY_BASE_MS: '1000' }
    })
    expect(again.code).toBe(1)
    expect(errorOf(again)[0].title).toBe('Image not found in its registry (nothing registered)')
    // The first attempt went out beside the check; none after the check's answer.
    expect(emu.count('GetImage') - seen).toBe(1)
  })

  it('a reused registration whose tag is gone from the registry fails too', async () => {
    emu.registry.push('ns/app', 'v1')
    const first = await runAction(inputs('ns/app:v1', withLogin()))
    expect(first.code).toBe(0)
    emu.registry.untag('ns/app', 'v1')
    const again = await runAction(inputs('ns/app:v1', withLogin()))
    expect(again.code).toBe(1)
    expect(errorOf(again)[0].title).toBe('Image not found in its registry (nothing registered)')
  })

  it('with RUNNER_DEBUG=1 the log shows each step of the check, and no secret', async () => {
    const digest = emu.registry.push('ns/app', 'v1')
    const run = await runAction(inputs('ns/app:v1', withLogin()), { env: { RUNNER_DEBUG: '1' } })
    expect(run.code).toBe(0)
    const debug = run.stdout
      .split('\n')
      .filter(l => l.startsWith('::debug::'))
      .map(l => l.slice('::debug::'.length))
    const at = host().replace(/\./g, '\\.')
    expect(debug).toContainEqual(
      expect.stringMatching(
        new RegExp(
          `^HTTP call: Container registry GET /v2/ns/app/manifests/v1 at ${at}: HTTP 401, \\d+ ms$`
        )
      )
    )
    expect(debug).toContain(`Registry check: ${host()} asks for bearer authentication.`)
    expect(debug).toContain(
      `Registry check: asking the token realm ${host()} for repository:ns/app:pull as ${DEMO_REGISTRY.username}.`
    )
    expect(debug).toContainEqual(
      expect.stringMatching(
        new RegExp(
          `^HTTP call: Container registry GET /_registry/token \\(token\\) at ${at}: HTTP 200`
        )
      )
    )
    expect(debug).toContain(`Registry check: ${host()} resolved ns/app:v1 to ${digest}.`)
    expect(
      scanForSecrets(run, [
        { name: 'registry-password', value: DEMO_REGISTRY.password, mustMask: true },
        { name: 'access-key-secret', value: DEMO_ACCESS_KEY.accessKeySecret, mustMask: true }
      ])
    ).toEqual([])
  })
})

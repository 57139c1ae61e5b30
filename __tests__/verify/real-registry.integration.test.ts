// The container image check through dist/index.js against a real registry: Debian's
// docker-registry (distribution 2.8) on 127.0.0.1 with htpasswd (Basic) auth, the image pushed
// with skopeo; E-HPC is the emulator. .ci/run installs the tools; on Linux CI these tests must
// run, elsewhere they are skipped when a tool is missing.
import { runAction } from '../../scripts/lib/run-action.mjs'
import { keyInputs, useEmulator } from '../helpers/emulator-suite.js'
import { missingTools, startRealRegistry, type RealRegistry } from '../helpers/real-registry.js'

const missing = missingTools()
const mustRun = process.platform === 'linux' && process.env.CI === 'true'
if (missing.length > 0 && !mustRun) {
  // Straight to stderr: Jest does not print the console of a file whose tests all skip.
  process.stderr.write(
    `Skipping the real-registry tests: ${missing.join(', ')} not on PATH (apt-get install docker-registry skopeo apache2-utils).\n`
  )
}
const suite = missing.length > 0 && !mustRun ? describe.skip : describe

const emu = useEmulator()
const writes = () => emu.count('AddImage') + emu.count('RemoveImage')
const errorOf = (run: { annotations: { kind: string; title?: string; message: string }[] }) =>
  run.annotations.filter(a => a.kind === 'error')
const logOf = (run: { stdout: string }) =>
  run.stdout
    .split('\n')
    .filter(line => !line.startsWith('::add-mask::'))
    .join('\n')

suite('verify-image against a real registry (docker-registry + skopeo)', () => {
  let registry: RealRegistry | undefined
  let digest = ''
  const real = () => {
    if (!registry) throw new Error('the registry did not start')
    return registry
  }
  const inputs = (ref: string, password = real().password) =>
    keyInputs(emu.url, {
      'registry-url': `${real().host}/${ref}`,
      'verify-image': 'auto',
      'max-attempts': '1',
      'registry-username': real().username,
      'registry-password': password
    })

  beforeAll(async () => {
    if (missing.length > 0) {
      throw new Error(
        `${missing.join(', ')} not on PATH: on Linux CI the real-registry tests must run (.ci/run installs docker-registry, skopeo and apache2-utils).`
      )
    }
    registry = await startRealRegistry()
    digest = await registry.push('ns/app', 'v1')
  }, 60_000)
  afterAll(async () => {
    await registry?.close()
  })

  it('the pushed tag verifies, image-digest is the digest skopeo reports, then it registers', async () => {
    expect(digest).toMatch(/^sha256:[a-f0-9]{64}$/)
    const run = await runAction(inputs('ns/app:v1'))
    expect(run.errors).toEqual([])
    expect(run.code).toBe(0)
    expect(run.outputs['image-digest']).toBe(digest)
    expect(emu.count('AddImage')).toBe(1)
    expect(logOf(run)).not.toContain(real().password)
  })

  it('a digest reference verifies', async () => {
    const run = await runAction(inputs(`ns/app@${digest}`))
    expect(run.errors).toEqual([])
    expect(run.code).toBe(0)
    expect(run.outputs['image-digest']).toBe(digest)
  })

  it.each([
    ['a missing tag', 'ns/app:v9'],
    // distribution answers MANIFEST_UNKNOWN here too, not NAME_UNKNOWN
    ['a missing repository', 'ns/nothing:v1'],
    ['a missing digest', `ns/app@sha256:${'a'.repeat(64)}`]
  ])('%s fails before any AddImage (RegistryImageNotFound)', async (_what, ref) => {
    const run = await runAction(inputs(ref))
    expect(run.code).toBe(1)
    expect(errorOf(run)).toHaveLength(1)
    expect(errorOf(run)[0].title).toBe('Image not found in its registry (nothing registered)')
    expect(errorOf(run)[0].message).toContain('registry-url names')
    expect(writes()).toBe(0)
  })

  it('a wrong password fails before any AddImage (RegistryCredentialRefused), and is never printed', async () => {
    const run = await runAction(inputs('ns/app:v1', 'wrong-password-123'))
    expect(run.code).toBe(1)
    expect(errorOf(run)).toHaveLength(1)
    expect(errorOf(run)[0].title).toBe(
      'The registry refuses the registry credential (nothing registered)'
    )
    expect(errorOf(run)[0].message).toContain(`registry-username ${real().username}`)
    expect(logOf(run)).not.toContain('wrong-password-123')
    expect(writes()).toBe(0)
  })
})

// dist/index.js: a reuse that would hide a change warns, names if-exists: replace, and never
// prints a credential; replace reports the id it removed.
import { keyInputs, useEmulator } from '../helpers/emulator-suite.js'
import { runAction } from '../../scripts/lib/run-action.mjs'
import { scanForSecrets } from '../helpers/secret-scan.js'

const PRIVATE_URL = 'harbor.example.com:8443/hpc/solver:v1.2.3'
const ACR_URL = 'registry.cn-hangzhou.aliyuncs.com/hpc/solver:v1.2.3'
const OLD_PASSWORD = 'harbor-old-Pa55+w/rd=1'
const NEW_PASSWORD = 'harbor-new-Pa55+w/rd=2'

const emu = useEmulator()

const inputs = (extra: Record<string, string> = {}) => {
  const { 'registry-url': _app, ...rest } = keyInputs(emu.url, { name: 'solver' })
  return { ...rest, ...extra }
}
const credential = (password: string) => ({
  'registry-url': PRIVATE_URL,
  'registry-username': 'robot$ci',
  'registry-password': password
})
const warnings = (stdout: string) =>
  stdout
    .split('\n')
    .filter(l => l.startsWith('::warning::'))
    .map(l => l.slice('::warning::'.length).replace(/%0A/g, '\n').replace(/%25/g, '%'))

describe('reuse that would hide a change', () => {
  it('a re-run with a rotated registry password reuses, warns, and never prints either password', async () => {
    const first = await runAction(inputs(credential(OLD_PASSWORD)))
    expect(first.code).toBe(0)
    const second = await runAction(inputs(credential(NEW_PASSWORD)))
    expect(second.errors).toEqual([])
    expect(second.outputs).toMatchObject({
      created: 'false',
      'image-id': first.outputs['image-id'],
      'replaced-image-id': ''
    })
    const [warning, ...more] = warnings(second.stdout)
    expect(more).toEqual([])
    expect(warning).toBe(
      `Reused ${first.outputs['image-id']} as it is, although this run would register it differently: ` +
        'this run passes a registry credential, which reuse does not apply and GetImage cannot compare (a rotated registry-password, say). ' +
        `To apply this run's settings, set if-exists: replace (it removes ${first.outputs['image-id']} and registers the image again).`
    )
    // The second run's GetImage answered with the old password; the new one was an input.
    expect(emu.requests.filter(r => r.action === 'GetImage')).toHaveLength(2)
    expect(
      scanForSecrets(second, [
        { name: 'old-password', value: OLD_PASSWORD },
        { name: 'new-password', value: NEW_PASSWORD, mustMask: true }
      ])
    ).toEqual([])
    expect(second.stdout).not.toContain('robot$ci')
    // the image keeps the old credential: reuse changed nothing
    expect(emu.images()[0].ContainerImageSpec?.RegistryCredential?.Password).toBe(OLD_PASSWORD)
  })

  it('then if-exists: replace applies it, and outputs the id it removed', async () => {
    const first = await runAction(inputs(credential(OLD_PASSWORD)))
    const replaced = await runAction(
      inputs({ ...credential(NEW_PASSWORD), 'if-exists': 'replace' })
    )
    expect(replaced.errors).toEqual([])
    expect(warnings(replaced.stdout)).toEqual([])
    const [image] = emu.images()
    expect(image.ContainerImageSpec?.RegistryCredential?.Password).toBe(NEW_PASSWORD)
    expect(replaced.outputs).toMatchObject({
      'image-id': image.ImageId,
      created: 'true',
      'replaced-image-id': first.outputs['image-id']
    })
    expect(replaced.summary).toContain(
      `<td>Replaced image ID</td><td>${first.outputs['image-id']}</td>`
    )
  })

  it('changed ACR settings: the warning names each difference and the input', async () => {
    const first = await runAction(inputs({ 'registry-url': ACR_URL }))
    expect(first.code).toBe(0)
    const second = await runAction(
      inputs({ 'registry-url': ACR_URL, 'acr-instance-id': 'cri-abc123' })
    )
    expect(second.errors).toEqual([])
    expect(second.outputs.created).toBe('false')
    const [warning] = warnings(second.stdout)
    // GetImage shows no RegistryCriId for an image registered without one: not compared
    expect(warning).toContain(
      'differently: IsACREnterprise is false there, true in this run (input acr-enterprise). '
    )
    expect(warning).toContain('set if-exists: replace')
  })

  it('another ACR Enterprise instance id', async () => {
    const existing = emu.seedImage({
      Name: 'solver',
      Version: 'v1.2.3',
      ImageType: 'Container',
      ContainerImageSpec: {
        RegistryUrl: ACR_URL,
        IsACRRegistry: true,
        IsACREnterprise: true,
        RegistryCriId: 'cri-old'
      }
    })
    const run = await runAction(
      inputs({ 'registry-url': ACR_URL, 'acr-instance-id': 'cri-abc123' })
    )
    expect(run.outputs['image-id']).toBe(existing.ImageId)
    expect(warnings(run.stdout)).toEqual([
      `Reused ${existing.ImageId} as it is, although this run would register it differently: ` +
        'RegistryCriId is cri-old there, cri-abc123 in this run (input acr-instance-id). ' +
        `To apply this run's settings, set if-exists: replace (it removes ${existing.ImageId} and registers the image again).`
    ])
  })

  it('a credential there and none in this run', async () => {
    await runAction(inputs(credential(OLD_PASSWORD)))
    const second = await runAction(inputs({ 'registry-url': PRIVATE_URL }))
    expect(second.errors).toEqual([])
    expect(warnings(second.stdout)[0]).toContain(
      'the existing image has a registry credential, and this run passes none (inputs registry-username, registry-password)'
    )
    expect(scanForSecrets(second, [{ name: 'old-password', value: OLD_PASSWORD }])).toEqual([])
  })

  it('an unchanged re-run without a credential does not warn', async () => {
    await runAction(inputs({ 'registry-url': ACR_URL }))
    const second = await runAction(inputs({ 'registry-url': ACR_URL }))
    expect(second.outputs.created).toBe('false')
    expect(warnings(second.stdout)).toEqual([])
  })
})

import { reuseDifferences, reuseWarning, sameTarget } from '../../src/register/reuse.js'
import type { ImageTarget } from '../../src/ehpc/client.js'
import type { ImageConfig } from '../../src/inputs/config.js'

const container: ImageConfig = {
  name: 'app',
  version: 'v1',
  type: 'Container',
  container: {
    registryUrl: 'hpc-registry.cn-hangzhou.cr.aliyuncs.com/hpc/app:v1',
    isAcrRegistry: true,
    isAcrEnterprise: true,
    criId: 'cri-abc'
  }
}
const withCredential: ImageConfig = {
  ...container,
  container: {
    ...container.container!,
    credential: {
      server: 'hpc-registry.cn-hangzhou.cr.aliyuncs.com',
      username: 'robot',
      password: 'PW-NEW-123'
    }
  }
}
const vm: ImageConfig = { name: 'vm', version: 'v1', type: 'VM', vmImageId: 'm-bp1abc' }
const same: ImageTarget = {
  registryUrl: 'hpc-registry.cn-hangzhou.cr.aliyuncs.com/hpc/app:v1',
  isAcrRegistry: true,
  isAcrEnterprise: true,
  criId: 'cri-abc'
}

describe('sameTarget', () => {
  it.each<[string, ImageConfig, ImageTarget, boolean]>([
    ['the same registry URL', container, same, true],
    [
      'a normalised registry URL',
      container,
      { registryUrl: 'HPC-registry.cn-hangzhou.cr.aliyuncs.com/hpc/app:v1' },
      true
    ],
    [
      'another tag',
      container,
      { registryUrl: 'hpc-registry.cn-hangzhou.cr.aliyuncs.com/hpc/app:v2' },
      false
    ],
    ['no registry URL shown', container, {}, false],
    ['the same ECS image', vm, { vmImageId: 'm-bp1abc' }, true],
    ['an ECS image id in another case', vm, { vmImageId: 'M-BP1ABC' }, false],
    ['no ECS image shown', vm, {}, false]
  ])('%s → %j', (_name, image, found, expected) => {
    expect(sameTarget(image, found)).toBe(expected)
  })
})

describe('reuseDifferences', () => {
  it.each<[string, ImageConfig, ImageTarget, RegExp[]]>([
    ['nothing differs', container, same, []],
    [
      'fields GetImage does not show are not compared',
      container,
      { registryUrl: same.registryUrl },
      []
    ],
    [
      'a RegistryCriId shown empty equals none',
      { ...container, container: { ...container.container!, criId: undefined } },
      { ...same, criId: '' },
      []
    ],
    ['a VM image has nothing else to compare', vm, { vmImageId: 'm-bp1abc' }, []],
    [
      'IsACRRegistry',
      container,
      { ...same, isAcrRegistry: false },
      [/^IsACRRegistry is false there, true in this run \(input acr-registry\)$/]
    ],
    [
      'IsACREnterprise',
      container,
      { ...same, isAcrEnterprise: false },
      [/^IsACREnterprise is false there, true in this run \(input acr-enterprise\)$/]
    ],
    [
      'RegistryCriId',
      container,
      { ...same, criId: 'cri-old' },
      [/^RegistryCriId is cri-old there, cri-abc in this run \(input acr-instance-id\)$/]
    ],
    [
      'RegistryCriId not set there',
      container,
      { ...same, criId: '' },
      [/^RegistryCriId is not set there, cri-abc in this run/]
    ],
    [
      'a credential there, none here',
      container,
      { ...same, credentialUserName: 'robot' },
      [/has a registry credential, and this run passes none/]
    ],
    [
      'a credential passed: always, as GetImage cannot compare it',
      withCredential,
      {
        ...same,
        credentialServer: 'hpc-registry.cn-hangzhou.cr.aliyuncs.com',
        credentialUserName: 'robot'
      },
      [/passes a registry credential, which reuse does not apply/]
    ],
    [
      'a credential for another server and user',
      withCredential,
      { ...same, credentialServer: 'other.example.com', credentialUserName: 'someone' },
      [
        /Server differs \(input registry-server\)/,
        /UserName differs \(input registry-username\)/,
        /passes a registry credential/
      ]
    ]
  ])('%s', (_name, image, found, expected) => {
    const differences = reuseDifferences(image, found)
    expect(differences).toHaveLength(expected.length)
    expected.forEach((re, i) => expect(differences[i]).toMatch(re))
    // never a credential value, user names included
    expect(differences.join(' ')).not.toMatch(/PW-NEW-123|robot|someone/)
  })
})

describe('reuseWarning', () => {
  it('is undefined when nothing differs', () => {
    expect(reuseWarning('m-1', container, same)).toBeUndefined()
  })

  it('lists every difference and names if-exists: replace', () => {
    const warning = reuseWarning('m-1', withCredential, { ...same, isAcrEnterprise: false })
    expect(warning).toBe(
      'Reused m-1 as it is, although this run would register it differently: ' +
        'IsACREnterprise is false there, true in this run (input acr-enterprise); ' +
        'this run passes a registry credential, which reuse does not apply and GetImage cannot compare (a rotated registry-password, say). ' +
        "To apply this run's settings, set if-exists: replace (it removes m-1 and registers the image again)."
    )
  })
})

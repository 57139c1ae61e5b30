import { isLoopbackHost, publicTwin, registryTarget } from '../../../src/verify/registry/target.js'
import { parseChallenge } from '../../../src/verify/registry/challenge.js'
import { parseImageReference, type ImageReference } from '../../../src/inputs/image-reference.js'

const ref = (value: string) => parseImageReference(value) as ImageReference

describe('the host the registry check asks', () => {
  test.each([
    ['registry-vpc.cn-hangzhou.aliyuncs.com', 'registry.cn-hangzhou.aliyuncs.com'],
    ['registry-intl-vpc.ap-southeast-1.aliyuncs.com', 'registry-intl.ap-southeast-1.aliyuncs.com'],
    [
      'crpi-abc123-vpc.cn-shanghai.personal.cr.aliyuncs.com',
      'crpi-abc123.cn-shanghai.personal.cr.aliyuncs.com'
    ],
    [
      'myinst-registry-vpc.cn-beijing.cr.aliyuncs.com',
      'myinst-registry.cn-beijing.cr.aliyuncs.com'
    ],
    ['registry-vpc.cn-hangzhou.aliyuncs.com:443', 'registry.cn-hangzhou.aliyuncs.com:443']
  ])('VPC host %s is checked at %s', (vpc, twin) => {
    expect(publicTwin(vpc)).toBe(twin)
    const target = registryTarget(ref(`${vpc}/ns/app:v1`))
    expect(target).toMatchObject({ host: twin, vpcHost: vpc, protocol: 'https' })
  })

  test.each([
    'registry.cn-hangzhou.aliyuncs.com',
    'crpi-abc123.cn-shanghai.personal.cr.aliyuncs.com',
    'myinst-registry.cn-beijing.cr.aliyuncs.com',
    'ghcr.io'
  ])('a public host %s is checked as it is', host => {
    expect(publicTwin(host)).toBeUndefined()
    expect(registryTarget(ref(`${host}/ns/app:v1`))).toMatchObject({ host, protocol: 'https' })
  })

  test.each([
    ['127.0.0.1:5000', true],
    ['127.1.2.3', true],
    ['localhost:5000', true],
    ['[::1]:5000', true],
    ['128.0.0.1', false],
    ['localhost.example.com', false],
    ['127.0.0.1.nip.io', false]
  ])('plain HTTP only for loopback: %s → %s', (host, loopback) => {
    expect(isLoopbackHost(host)).toBe(loopback)
  })

  test('Docker Hub: registry-1.docker.io, library/ for one-component names, latest by default', () => {
    expect(registryTarget(ref('docker.io/ubuntu'))).toMatchObject({
      host: 'registry-1.docker.io',
      repository: 'library/ubuntu',
      reference: 'latest'
    })
  })

  test('a digest reference is checked by its digest, not its tag', () => {
    const digest = `sha256:${'b'.repeat(64)}`
    expect(registryTarget(ref(`ghcr.io/o/app:v1@${digest}`)).reference).toBe(digest)
  })
})

describe('WWW-Authenticate challenges', () => {
  test.each([
    [
      'Bearer realm="https://dockerauth.cn-hangzhou.aliyuncs.com/auth",service="registry.aliyuncs.com:cn-hangzhou:26842",scope="repository:ns/app:pull"',
      {
        scheme: 'bearer',
        params: {
          realm: 'https://dockerauth.cn-hangzhou.aliyuncs.com/auth',
          service: 'registry.aliyuncs.com:cn-hangzhou:26842',
          scope: 'repository:ns/app:pull'
        }
      }
    ],
    ['Basic realm="Registry Realm"', { scheme: 'basic', params: { realm: 'Registry Realm' } }],
    [
      'Bearer realm=https://a.example/token, service=reg',
      { scheme: 'bearer', params: { realm: 'https://a.example/token', service: 'reg' } }
    ],
    ['Bearer realm="with \\"quote\\""', { scheme: 'bearer', params: { realm: 'with "quote"' } }]
  ])('%s', (value, parsed) => {
    expect(parseChallenge(value)).toEqual(parsed)
  })

  test('no header, no challenge', () => {
    expect(parseChallenge(undefined)).toBeUndefined()
    expect(parseChallenge('')).toBeUndefined()
  })
})

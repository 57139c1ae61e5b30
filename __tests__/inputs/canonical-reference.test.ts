import { canonicalReference, sameReference } from '../../src/inputs/canonical-reference.js'

describe('canonicalReference', () => {
  it.each([
    // [as given, canonical]
    [
      'registry.cn-hangzhou.aliyuncs.com/hpc/solver:v1.2.3',
      'registry.cn-hangzhou.aliyuncs.com/hpc/solver:v1.2.3'
    ],
    [
      'registry.cn-hangzhou.aliyuncs.com/hpc/solver',
      'registry.cn-hangzhou.aliyuncs.com/hpc/solver:latest'
    ],
    [
      'Registry.CN-Hangzhou.aliyuncs.com/hpc/solver:V1',
      'registry.cn-hangzhou.aliyuncs.com/hpc/solver:V1'
    ],
    ['localhost:5000/app', 'localhost:5000/app:latest'],
    ['localhost/app:1', 'localhost/app:1'],
    ['ubuntu', 'docker.io/library/ubuntu:latest'],
    ['ubuntu:22.04', 'docker.io/library/ubuntu:22.04'],
    ['docker.io/ubuntu:22.04', 'docker.io/library/ubuntu:22.04'],
    ['docker.io/library/ubuntu:22.04', 'docker.io/library/ubuntu:22.04'],
    ['index.docker.io/library/ubuntu', 'docker.io/library/ubuntu:latest'],
    ['registry-1.docker.io/org/app:1', 'docker.io/org/app:1'],
    ['org/app:1', 'docker.io/org/app:1'],
    ['DOCKER.IO/org/app', 'docker.io/org/app:latest'],
    [
      `harbor.example.com:8443/team/app@sha256:${'A'.repeat(64)}`,
      `harbor.example.com:8443/team/app@sha256:${'a'.repeat(64)}`
    ],
    [
      `harbor.example.com/team/app:v1@sha256:${'b'.repeat(64)}`,
      `harbor.example.com/team/app@sha256:${'b'.repeat(64)}`
    ],
    [
      '  registry.cn-hangzhou.aliyuncs.com/hpc/solver:v1\n',
      'registry.cn-hangzhou.aliyuncs.com/hpc/solver:v1'
    ],
    ['', ''],
    ['not a reference', 'not a reference'],
    ['harbor.example.com/:v1', 'harbor.example.com/:v1']
  ])('%j → %j', (given, canonical) => {
    expect(canonicalReference(given)).toBe(canonical)
  })
})

describe('sameReference', () => {
  it.each<[string | undefined, string | undefined, boolean]>([
    ['docker.io/library/ubuntu', 'ubuntu:latest', true],
    ['index.docker.io/org/app:1', 'org/app:1', true],
    [
      'Registry.cn-hangzhou.aliyuncs.com/hpc/solver',
      'registry.cn-hangzhou.aliyuncs.com/hpc/solver:latest',
      true
    ],
    [
      'registry.cn-hangzhou.aliyuncs.com/hpc/solver:v1',
      'registry.cn-hangzhou.aliyuncs.com/hpc/solver:v2',
      false
    ],
    [
      'registry.cn-hangzhou.aliyuncs.com/hpc/solver:v1',
      'registry.cn-hangzhou.aliyuncs.com/hpc/solver-old:v1',
      false
    ],
    // Tags are case-sensitive; so are repository paths.
    ['harbor.example.com/team/app:V1', 'harbor.example.com/team/app:v1', false],
    ['harbor.example.com/Team/app:v1', 'harbor.example.com/team/app:v1', false],
    // A host is not Docker Hub because its name is close.
    ['docker.example.com/library/ubuntu', 'ubuntu', false],
    ['harbor.example.com/team/app:v1', undefined, false],
    [undefined, undefined, true]
  ])('%j and %j → %j', (a, b, same) => {
    expect(sameReference(a, b)).toBe(same)
    expect(sameReference(b, a)).toBe(same)
  })
})

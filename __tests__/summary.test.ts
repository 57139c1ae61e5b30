import { summaryHeading, summaryRows } from '../src/summary.js'
import type { Config } from '../src/config.js'

const config: Config = {
  region: 'cn-hangzhou',
  endpoint: { host: 'ehpcinstant.cn-hangzhou.aliyuncs.com', protocol: 'https' },
  stsEndpoint: { host: 'sts.cn-hangzhou.aliyuncs.com', protocol: 'https' },
  auth: { kind: 'keys', accessKeyId: 'LTAI', accessKeySecret: 'TOP-SECRET', source: 'inputs' },
  image: {
    name: 'app<script>',
    version: 'v1',
    type: 'Container',
    container: {
      registryUrl: 'harbor.example.com/team/app:v1',
      isAcrRegistry: false,
      isAcrEnterprise: false,
      credential: { server: 'harbor.example.com', username: 'robot', password: 'REG-PASSWORD' }
    }
  },
  ifExists: 'reuse',
  dryRun: false,
  maxAttempts: 5,
  requestTimeoutMs: 30000
}

describe('summary', () => {
  it('lists what was registered, where, and how, escaped and without secrets', () => {
    const rows = summaryRows(config, {
      imageId: 'm-1',
      created: true,
      outcome: 'created',
      requestId: 'R1'
    })
    expect(rows).toEqual([
      ['Name', 'app&#60;script&#62;'],
      ['Version', 'v1'],
      ['Type', 'Container'],
      ['Registry URL', 'harbor.example.com/team/app:v1'],
      ['Region', 'cn-hangzhou'],
      ['Endpoint', 'ehpcinstant.cn-hangzhou.aliyuncs.com'],
      ['Image ID', 'm-1'],
      ['Result', 'Created'],
      ['Request ID', 'R1']
    ])
    const text = JSON.stringify(rows)
    expect(text).not.toContain('TOP-SECRET')
    expect(text).not.toContain('REG-PASSWORD')
  })

  it.each([
    [
      { imageId: 'm-2', created: false, outcome: 'reused' as const },
      'Reused: already registered, nothing added',
      'Reused'
    ],
    [
      { imageId: 'm-3', created: true, outcome: 'replaced' as const, replacedImageId: 'm-0' },
      'Created, replacing m-0',
      'Registered'
    ],
    [undefined, 'Dry run: nothing sent', 'dry run']
  ])('labels the result %#', (result, label, heading) => {
    expect(Object.fromEntries(summaryRows(config, result)).Result).toBe(label)
    expect(summaryHeading(config, result)).toContain(heading)
  })

  it('names the replaced image in a row of its own, only when one was replaced', () => {
    const replaced = summaryRows(config, {
      imageId: 'm-3',
      created: true,
      outcome: 'replaced',
      replacedImageId: 'm-0<',
      requestId: 'R3'
    })
    expect(replaced.slice(-3)).toEqual([
      ['Result', 'Created, replacing m-0&#60;'],
      ['Replaced image ID', 'm-0&#60;'],
      ['Request ID', 'R3']
    ])
    const created = summaryRows(config, { imageId: 'm-1', created: true, outcome: 'created' })
    expect(created.map(([label]) => label)).not.toContain('Replaced image ID')
  })

  it('shows the ECS image for VM images', () => {
    const vm = {
      ...config,
      image: { name: 'n', version: 'v', type: 'VM' as const, vmImageId: 'm-ecs' }
    }
    expect(Object.fromEntries(summaryRows(vm))['ECS image']).toBe('m-ecs')
  })
})

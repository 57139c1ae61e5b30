import { dryRunSummary, failureSummary, successSummary } from '../../src/report/summary.js'
import type { Config } from '../../src/inputs/config.js'

const config: Config = {
  region: 'cn-hangzhou',
  endpoint: { host: 'ehpcinstant.cn-hangzhou.aliyuncs.com', protocol: 'https' },
  stsEndpoint: { host: 'sts.cn-hangzhou.aliyuncs.com', protocol: 'https' },
  ecsEndpoint: { host: 'ecs.cn-hangzhou.aliyuncs.com', protocol: 'https' },
  verifyImage: 'auto',
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
  requestTimeoutMs: 30000,
  jobSummary: true
}

describe('summary', () => {
  it('lists what was registered, where, and how, escaped and without secrets', () => {
    const { heading, rows } = successSummary(config, {
      imageId: 'm-1',
      created: true,
      outcome: 'created',
      requestId: 'R1',
      appId: 'ci-ctr-1',
      status: 'Available<'
    })
    expect(heading).toBe('Registered E-HPC Instant image app<script>:v1 in cn-hangzhou')
    expect(rows.slice(0, -1)).toEqual([
      ['Name', 'app&#60;script&#62;'],
      ['Version', 'v1'],
      ['Type', 'Container'],
      ['Registry URL', 'harbor.example.com/team/app:v1'],
      ['Region', 'cn-hangzhou'],
      ['Endpoint', 'ehpcinstant.cn-hangzhou.aliyuncs.com'],
      ['Image ID', 'm-1'],
      ['Result', 'Created'],
      ['App ID', 'ci-ctr-1'],
      ['Status', 'Available&#60;'],
      ['Request ID', 'R1']
    ])
    expect(rows.at(-1)).toEqual([
      'Console',
      '<a href="https://ehpc.console.aliyun.com/">E-HPC console</a> (region cn-hangzhou, E-HPC Instant)'
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
    ]
  ])('labels the result %#', (result, label, heading) => {
    const summary = successSummary(config, result)
    expect(Object.fromEntries(summary.rows).Result).toBe(label)
    expect(summary.heading).toMatch(new RegExp(`^${heading} .* in cn-hangzhou$`))
  })

  it('names the replaced image in a row of its own, only when one was replaced', () => {
    const replaced = successSummary(config, {
      imageId: 'm-3',
      created: true,
      outcome: 'replaced',
      replacedImageId: 'm-0<',
      requestId: 'R3'
    }).rows
    expect(replaced.slice(-6, -1)).toEqual([
      ['Result', 'Created, replacing m-0&#60;'],
      ['Replaced image ID', 'm-0&#60;'],
      ['App ID', '(unknown)'],
      ['Status', '(unknown)'],
      ['Request ID', 'R3']
    ])
    const created = successSummary(config, { imageId: 'm-1', created: true, outcome: 'created' })
    expect(created.rows.map(([label]) => label)).not.toContain('Replaced image ID')
  })

  it('shows the ECS image for VM images', () => {
    const vm = {
      ...config,
      image: { name: 'n', version: 'v', type: 'VM' as const, vmImageId: 'm-ecs' }
    }
    expect(
      Object.fromEntries(
        successSummary(vm, { imageId: 'i', created: true, outcome: 'created' }).rows
      )['ECS image']
    ).toBe('m-ecs')
  })

  it('collapses the dry run request, escaped', () => {
    const summary = dryRunSummary(config, '{"Name": "app<script>"}')
    expect(summary.heading).toBe('E-HPC Instant image app<script>:v1 in cn-hangzhou (dry run)')
    expect(summary.details?.html).toBe(
      '<pre><code>{&#34;Name&#34;: &#34;app&#60;script&#62;&#34;}</code></pre>'
    )
  })

  it('says on failure what failed, what to do and what was registered, even without a config', () => {
    const facts = {
      title: 'E-HPC Instant AddImage: Forbidden.RAM',
      code: 'Forbidden.RAM',
      message: 'E-HPC Instant AddImage failed: <not allowed>.',
      fix: 'Grant it.',
      requestId: 'R9',
      registered: 'Nothing.',
      docsUrl: 'https://github.com/o/r/blob/v1/docs/TROUBLESHOOTING.md#forbiddenram'
    }
    const withConfig = failureSummary(config, undefined, facts)
    expect(withConfig.heading).toBe(
      'E-HPC Instant image app<script>:v1 in cn-hangzhou: failed (Forbidden.RAM)'
    )
    const rows = Object.fromEntries(withConfig.rows)
    expect(rows).toMatchObject({
      Result: 'Failed: E-HPC Instant AddImage: Forbidden.RAM',
      Code: 'Forbidden.RAM',
      'What happened': 'E-HPC Instant AddImage failed: &#60;not allowed&#62;.',
      'What to do': 'Grant it.',
      Registered: 'Nothing.',
      'Request ID': 'R9',
      Troubleshooting:
        '<a href="https://github.com/o/r/blob/v1/docs/TROUBLESHOOTING.md#forbiddenram">docs/TROUBLESHOOTING.md#forbiddenram</a>'
    })
    const registered = { imageId: 'm-new', created: true, outcome: 'created' as const }
    const after = failureSummary(config, registered, { ...facts, code: 'ReleaseNotAnnotated' })
    expect(after.heading).toBe(
      'Registered E-HPC Instant image app<script>:v1 in cn-hangzhou, then failed (ReleaseNotAnnotated)'
    )
    expect(Object.fromEntries(after.rows)).toMatchObject({ 'Image ID': 'm-new' })
    const without = failureSummary(undefined, undefined, {
      ...facts,
      code: undefined,
      fix: undefined
    })
    expect(without.heading).toBe('E-HPC Instant AddImage failed (Forbidden.RAM)')
    expect(Object.keys(Object.fromEntries(without.rows))).not.toContain('Region')
  })
})

import { spawn, spawnSync } from 'node:child_process'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { ActionRun } from '../../scripts/lib/run-action.mjs'
import { scanForSecrets } from '../helpers/secret-scan.js'

// The ECS instance RAM role, through @alicloud/credentials, against a metadata stand-in on
// 100.100.100.200: the library's address is fixed, so the test makes a network namespace in
// which that address is local (root and iproute2 needed; skipped with the reason otherwise),
// and runs the emulator, the stand-in and dist/index.js inside it (ecs-stage.mjs).

const STAGE = join(dirname(fileURLToPath(import.meta.url)), '../helpers/ecs-stage.mjs')
const NS = `ehpc-add-image-ecs-${process.pid}`
const STEP_MS = 10_000

function ip(...args: string[]) {
  return spawnSync('ip', args, { encoding: 'utf8', timeout: STEP_MS })
}

/** Makes the namespace; the reason it cannot be made, or undefined. */
function makeNamespace(): string | undefined {
  if (process.platform !== 'linux')
    return `needs Linux network namespaces (this is ${process.platform})`
  if (process.getuid?.() !== 0) return 'needs root to create a network namespace'
  for (const args of [
    ['netns', 'add', NS],
    ['-n', NS, 'link', 'set', 'lo', 'up'],
    ['-n', NS, 'addr', 'add', '100.100.100.200/32', 'dev', 'lo']
  ]) {
    const r = ip(...args)
    if (r.error || r.status !== 0) {
      ip('netns', 'delete', NS)
      return `\`ip ${args.join(' ')}\` failed: ${(r.error?.message ?? r.stderr).trim()}`
    }
  }
  return undefined
}

const unavailable = makeNamespace()
if (unavailable) console.warn(`ECS metadata tests skipped: ${unavailable}`)
const describeInNamespace = unavailable ? describe.skip : describe
afterAll(() => {
  if (!unavailable) ip('netns', 'delete', NS)
})

interface Stage {
  run: ActionRun
  credentials: { AccessKeyId: string; AccessKeySecret: string; SecurityToken: string }
  metadataTokens: string[]
  metadataRequests: { method: string; path: string; token: boolean }[]
  emulatorRequests: { action: string; accessKeyId?: string; securityToken: boolean }[]
  images: string[]
}

function stage(args: { role?: string; env?: Record<string, string> }): Promise<Stage> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      'ip',
      ['netns', 'exec', NS, process.execPath, STAGE, JSON.stringify(args)],
      {
        env: { PATH: process.env.PATH ?? '' }
      }
    )
    let out = ''
    let err = ''
    child.stdout.on('data', d => (out += d))
    child.stderr.on('data', d => (err += d))
    const timer = setTimeout(() => child.kill('SIGKILL'), 45_000)
    child.on('error', reject)
    child.on('close', code => {
      clearTimeout(timer)
      if (code !== 0) reject(new Error(`ecs-stage exited ${code}: ${err}`))
      else resolve(JSON.parse(out.trim().split('\n').pop() ?? '{}') as Stage)
    })
  })
}

describeInNamespace('the ECS instance RAM role from the metadata service', () => {
  it('finds the attached role, gets its credentials in hardened mode, registers', async () => {
    const s = await stage({ role: 'ehpc-runner' })
    expect(s.run.errors).toEqual([])
    expect(s.run.code).toBe(0)
    expect(s.images).toHaveLength(1)
    expect(s.run.stdout).toContain(
      `Using credentials from the ECS instance RAM role "ehpc-runner" from the metadata service: AccessKey ${s.credentials.AccessKeyId}.`
    )
    expect(s.emulatorRequests.map(r => [r.action, r.accessKeyId, r.securityToken])).toEqual([
      ['ListImages', s.credentials.AccessKeyId, true],
      ['AddImage', s.credentials.AccessKeyId, true],
      ['GetImage', s.credentials.AccessKeyId, true]
    ])
    // Every GET carried a session token: no IMDSv1 request ever.
    expect(s.metadataRequests.filter(r => r.method === 'GET').every(r => r.token)).toBe(true)
    expect(s.metadataRequests.map(r => `${r.method} ${r.path}`)).toContain(
      'GET /latest/meta-data/ram/security-credentials/ehpc-runner'
    )
    expect(
      scanForSecrets(s.run, [
        { name: 'ecs-secret', value: s.credentials.AccessKeySecret, mustMask: true },
        { name: 'ecs-token', value: s.credentials.SecurityToken, mustMask: true },
        ...s.metadataTokens.map((value, i) => ({ name: `metadata-token-${i}`, value }))
      ])
    ).toEqual([])
  })

  it('ALIBABA_CLOUD_ECS_METADATA names the role: no role lookup', async () => {
    const s = await stage({
      role: 'ehpc-runner',
      env: { ALIBABA_CLOUD_ECS_METADATA: 'ehpc-runner' }
    })
    expect(s.run.code).toBe(0)
    expect(s.run.stdout).toContain(
      'Using credentials from the ECS instance RAM role "ehpc-runner" (ALIBABA_CLOUD_ECS_METADATA) from the metadata service'
    )
    expect(s.metadataRequests.map(r => r.path)).not.toContain(
      '/latest/meta-data/ram/security-credentials/'
    )
  })

  it('never through a proxy: HTTP_PROXY set to a port where nothing listens', async () => {
    const s = await stage({
      role: 'ehpc-runner',
      env: {
        HTTP_PROXY: 'http://127.0.0.1:9',
        http_proxy: 'http://127.0.0.1:9',
        NO_PROXY: '127.0.0.1'
      }
    })
    expect(s.run.errors).toEqual([])
    expect(s.run.code).toBe(0)
  })

  it('ALIBABA_CLOUD_ECS_METADATA_DISABLED=true: the service is not asked', async () => {
    const s = await stage({
      role: 'ehpc-runner',
      env: { ALIBABA_CLOUD_ECS_METADATA_DISABLED: 'true' }
    })
    expect(s.run.code).toBe(1)
    expect(s.metadataRequests).toEqual([])
    expect(s.run.errors[0]).toContain(
      '8. ECS instance RAM role (metadata service 100.100.100.200): turned off by ALIBABA_CLOUD_ECS_METADATA_DISABLED'
    )
  })

  it('an instance without a RAM role: the message says so', async () => {
    const s = await stage({})
    expect(s.run.code).toBe(1)
    expect(s.run.errors[0]).toContain(
      '8. ECS instance RAM role (metadata service 100.100.100.200): no RAM role is attached to the instance'
    )
    expect(s.images).toEqual([])
  })
})

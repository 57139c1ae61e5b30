import { startEmulator, type Emulator } from '../../emulator/emulator.mjs'
import { runAction } from '../../scripts/lib/run-action.mjs'
import { startOddServer } from '../helpers/odd-http-servers.js'

// A credentials URI (ALIBABA_CLOUD_CREDENTIALS_URI) that drips or floods: the run fails with
// NoCredentials and the process exits. A run that hangs is killed at the harness's bound
// (code null).

let emu: Emulator
beforeAll(async () => {
  emu = await startEmulator()
})
afterAll(() => emu.close())

const inputs = () => ({
  region: 'cn-hangzhou',
  endpoint: emu.url,
  'sts-endpoint': emu.url,
  name: 'solver',
  'registry-url': 'registry.cn-hangzhou.aliyuncs.com/hpc/solver:v1.2.3',
  'request-timeout-seconds': '1'
})
const options = (uri: string) => ({
  env: { ALIBABA_CLOUD_ECS_METADATA_DISABLED: 'true', ALIBABA_CLOUD_CREDENTIALS_URI: uri },
  timeoutMs: 20_000
})

describe('a credentials URI that answers badly (through dist/index.js)', () => {
  it('headers, then one byte every 400 ms: given up at the bound, and the process exits', async () => {
    const server = await startOddServer('drip')
    try {
      const run = await runAction(inputs(), options(server.url))
      expect(run.code).toBe(1)
      expect(server.hits).toEqual(['/'])
      const errors = run.annotations.filter(a => a.kind === 'error')
      expect(errors).toHaveLength(1)
      expect(errors[0].title).toContain('NoCredentials')
      expect(errors[0].message).toContain(
        '  5. credentials URI (ALIBABA_CLOUD_CREDENTIALS_URI): no answer in time\n'
      )
      await server.answerClosed
      expect(emu.count()).toBe(0)
    } finally {
      await server.close()
    }
  })

  it('an endless body: cut at 64 KiB, and the process exits', async () => {
    const server = await startOddServer('flood')
    try {
      const run = await runAction(inputs(), options(server.url))
      expect(run.code).toBe(1)
      const errors = run.annotations.filter(a => a.kind === 'error')
      expect(errors).toHaveLength(1)
      expect(errors[0].title).toContain('NoCredentials')
      expect(errors[0].message).toContain(
        '  5. credentials URI (ALIBABA_CLOUD_CREDENTIALS_URI): the answer is larger than 64 KiB, so it was not read\n'
      )
      await server.answerClosed
      expect(emu.count()).toBe(0)
    } finally {
      await server.close()
    }
  })
})

// The fault suite: dist/index.js run as the runner runs it, against the emulator with one fault
// queued at a time. Each case checks the exit code, the attempts per action as the server saw
// them, the ::error:: message and how many images are left on the server.
import {
  startEmulator,
  type Emulator,
  type Fault,
  type FaultAction,
  type RequestLogEntry
} from '../../emulator/emulator.mjs'
import { runAction, type ActionRun } from '../../scripts/lib/run-action.mjs'
import { keyInputs, REGISTRY_URL, useEmulator } from '../helpers/emulator-suite.js'

/** What TAG_RUN_ENV makes the default image-version. */
const VERSION = 'v1.2.3'

function inputs(emu: Emulator, extra: Record<string, string> = {}): Record<string, string> {
  return keyInputs(emu.url, { 'request-timeout-seconds': '1', ...extra })
}

function run(emu: Emulator, extra: Record<string, string> = {}): Promise<ActionRun> {
  return runAction(inputs(emu, extra), {
    env: { EHPC_ADD_IMAGE_RETRY_BASE_MS: '5', RUNNER_DEBUG: '1' },
    timeoutMs: 30_000
  })
}

interface Counts {
  ListImages: number
  AddImage: number
  GetImage: number
  RemoveImage: number
}

function counts(emu: Emulator): Counts {
  return {
    ListImages: emu.count('ListImages'),
    AddImage: emu.count('AddImage'),
    GetImage: emu.count('GetImage'),
    RemoveImage: emu.count('RemoveImage')
  }
}

function last(emu: Emulator, action: string): RequestLogEntry | undefined {
  return emu.requests.filter(e => e.action === action).at(-1)
}

/** The info lines that announce a retry. */
function retryLines(r: ActionRun): string[] {
  return r.stdout
    .split('\n')
    .filter(l => /^(E-HPC Instant|STS) \w+ at .*: attempt \d+\/\d+ failed/.test(l))
}

/** Waits until `done()` holds (the emulator logs a delayed request only once it answered it). */
async function until(done: () => boolean, ms: number): Promise<void> {
  const end = Date.now() + ms
  while (!done() && Date.now() < end) await new Promise(r => setTimeout(r, 20))
}

function seedSameImage(emu: Emulator) {
  return emu.seedImage({
    Name: 'app',
    Version: VERSION,
    ImageType: 'Container',
    ContainerImageSpec: { RegistryUrl: REGISTRY_URL, IsACRRegistry: true, IsACREnterprise: false }
  })
}

/** A successful run that registered exactly one image, the one it reports. */
function expectRegisteredOnce(emu: Emulator, r: ActionRun): void {
  expect(r.errors).toEqual([])
  expect(r.code).toBe(0)
  const images = emu.images()
  expect(images).toHaveLength(1)
  expect(images[0]).toMatchObject({ Name: 'app', Version: VERSION, ImageType: 'Container' })
  expect(images[0].ContainerImageSpec?.RegistryUrl).toBe(REGISTRY_URL)
  expect(r.outputs['image-id']).toBe(images[0].ImageId)
  expect(r.outputs.created).toBe('true')
}

/** A failed run with one ::error:: message; returns it. */
function expectFailure(r: ActionRun): string {
  expect(r.code).toBe(1)
  expect(r.errors).toHaveLength(1)
  expect(r.outputs['image-id']).toBeUndefined()
  return r.errors[0]
}

interface TransientCase {
  title: string
  faults: [FaultAction, Fault][]
  extra?: Record<string, string>
  /** Attempts per action as the server saw them. */
  attempts: Partial<Counts>
  /** The info line the retry must have logged. */
  retryLog: RegExp
  /** The run looked the image up before sending AddImage again. */
  lookedUp: boolean
}

const UNKNOWN_OUTCOME_LOG = /AddImage ended without a clear answer \(\w+\); looking up the image/

// Faults on AddImage that a retry gets past. Under both duplicate behaviours of the server the
// run must end with exactly one image: never two.
const TRANSIENT_ADD_FAULTS: TransientCase[] = [
  {
    title: '400 Throttling.User',
    faults: [['AddImage', { kind: 'error', code: 'Throttling.User', status: 400 }]],
    attempts: { ListImages: 1, AddImage: 2, GetImage: 1 },
    retryLog:
      /^E-HPC Instant AddImage at 127\.0\.0\.1:\d+: attempt 1\/5 failed \(Throttling\.User: .*\); trying again in \d+ ms\.$/,
    lookedUp: false
  },
  {
    title: '503 ServiceUnavailable',
    faults: [['AddImage', { kind: 'error', code: 'ServiceUnavailable', status: 503 }]],
    attempts: { ListImages: 1, AddImage: 2, GetImage: 1 },
    retryLog:
      /^E-HPC Instant AddImage at 127\.0\.0\.1:\d+: attempt 1\/5 failed \(ServiceUnavailable: .*\); trying again in \d+ ms\.$/,
    lookedUp: false
  },
  {
    title: '500 InternalError (may have been performed: looks before resending)',
    faults: [['AddImage', { kind: 'error', code: 'InternalError', status: 500 }]],
    attempts: { ListImages: 2, AddImage: 2, GetImage: 1 },
    retryLog:
      /^E-HPC Instant AddImage at 127\.0\.0\.1:\d+: attempt 1\/5 failed \(InternalError: .*\); trying again in \d+ ms\.$/,
    lookedUp: true
  },
  {
    title: 'HTML 502 from a load balancer',
    faults: [['AddImage', { kind: 'html502' }]],
    attempts: { ListImages: 2, AddImage: 2, GetImage: 1 },
    retryLog:
      /^E-HPC Instant AddImage at 127\.0\.0\.1:\d+: attempt 1\/5 failed \(InvalidResponse: .*\); trying again in \d+ ms\.$/,
    lookedUp: true
  },
  {
    title: 'connection reset before the server acted',
    faults: [['AddImage', { kind: 'reset' }]],
    attempts: { ListImages: 2, AddImage: 2, GetImage: 1 },
    retryLog:
      /^E-HPC Instant AddImage at 127\.0\.0\.1:\d+: attempt 1\/5 failed \(ConnectionReset: .*\); trying again in \d+ ms\.$/,
    lookedUp: true
  },
  {
    // No answer within request-timeout-seconds: the outcome is unknown, so the contract of
    // register.ts is to look the image up before sending AddImage again.
    title: 'hang longer than request-timeout-seconds (1 s)',
    faults: [['AddImage', { kind: 'hang' }]],
    attempts: { ListImages: 2, AddImage: 2, GetImage: 1 },
    retryLog:
      /^E-HPC Instant AddImage at 127\.0\.0\.1:\d+: attempt 1\/5 failed \(RequestTimeout: .*\); trying again in \d+ ms\.$/,
    lookedUp: true
  },
  {
    title: 'performThenReset (registered, but the answer never came)',
    faults: [['AddImage', { kind: 'performThenReset' }]],
    attempts: { ListImages: 2, AddImage: 1, GetImage: 1 },
    retryLog:
      /^E-HPC Instant AddImage at 127\.0\.0\.1:\d+: attempt 1\/5 failed \(ConnectionReset: .*\); trying again in \d+ ms\.$/,
    lookedUp: true
  },
  {
    title: 'HTTP 200 with Success: false (InternalError)',
    faults: [['AddImage', { kind: 'successFalse' }]],
    attempts: { ListImages: 2, AddImage: 2, GetImage: 1 },
    retryLog:
      /^E-HPC Instant AddImage at 127\.0\.0\.1:\d+: attempt 1\/5 failed \(InternalError: .*\); trying again in \d+ ms\.$/,
    lookedUp: true
  },
  {
    title: 'performThenReset, then GetImage 503 during the lookup',
    faults: [
      ['AddImage', { kind: 'performThenReset' }],
      ['GetImage', { kind: 'error', code: 'ServiceUnavailable', status: 503 }]
    ],
    attempts: { ListImages: 2, AddImage: 1, GetImage: 2 },
    retryLog:
      /^E-HPC Instant GetImage at 127\.0\.0\.1:\d+: attempt 1\/5 failed \(ServiceUnavailable: .*\); trying again in \d+ ms\.$/,
    lookedUp: true
  }
]

describe.each(['reject', 'accept'] as const)(
  'transient AddImage faults, server duplicates: %s',
  duplicates => {
    let emu: Emulator
    beforeAll(async () => {
      emu = await startEmulator({ duplicates })
    })
    afterAll(async () => {
      await emu.close()
    })
    beforeEach(() => emu.reset())

    it.each(TRANSIENT_ADD_FAULTS.map(c => [c.title, c] as const))(
      '%s: one image, attempts as expected',
      async (_title, c) => {
        for (const [action, fault] of c.faults) emu.fault(action, fault)
        const r = await run(emu, c.extra)
        expectRegisteredOnce(emu, r)
        expect(counts(emu)).toMatchObject(c.attempts)
        expect(retryLines(r)).toEqual(expect.arrayContaining([expect.stringMatching(c.retryLog)]))
        if (c.lookedUp) expect(r.stdout).toMatch(UNKNOWN_OUTCOME_LOG)
        else expect(r.stdout).not.toMatch(UNKNOWN_OUTCOME_LOG)
        // The lookup never ends in a second AddImage when the first one had registered it.
        if (c.faults.some(([, f]) => f.kind === 'performThenReset')) {
          expect(r.stdout).toContain(`The earlier AddImage attempt had registered the image`)
          expect(r.outputs['request-id']).toBe(last(emu, 'GetImage')?.requestId)
        } else {
          expect(r.outputs['request-id']).toBe(last(emu, 'AddImage')?.requestId)
        }
      }
    )

    // The server carries the request out after the client gave up (answer later than
    // request-timeout-seconds). The lookup is slowed down so that it runs after the late
    // registration: a run that looks before resending finds the image and registers nothing
    // more; a run that resends blindly registers it a second time (with duplicates: accept).
    it('AddImage answered after the timeout (performed late): one image, found by the lookup', async () => {
      emu.fault('ListImages', { kind: 'delay', ms: 0 })
      emu.fault('ListImages', { kind: 'delay', ms: 700 })
      emu.fault('AddImage', { kind: 'delay', ms: 2300 })
      const r = await run(emu, { 'request-timeout-seconds': '2' })
      await until(
        () => emu.requests.some(e => e.action === 'AddImage' && e.fault === 'delay'),
        3000
      )
      expect(emu.images()).toHaveLength(1)
      expectRegisteredOnce(emu, r)
      expect(r.stdout).toMatch(UNKNOWN_OUTCOME_LOG)
      expect(counts(emu)).toMatchObject({ ListImages: 2, AddImage: 1, GetImage: 1 })
    })
  }
)

describe('faults on ListImages and GetImage', () => {
  const emu = useEmulator()

  it('ListImages 503 twice: retried, then one AddImage', async () => {
    emu.fault('ListImages', { kind: 'error', code: 'ServiceUnavailable', status: 503, times: 2 })
    const r = await run(emu)
    expectRegisteredOnce(emu, r)
    expect(counts(emu)).toMatchObject({ ListImages: 3, AddImage: 1, GetImage: 1 })
    expect(retryLines(r)).toEqual([
      expect.stringMatching(
        /^E-HPC Instant ListImages at 127\.0\.0\.1:\d+: attempt 1\/5 failed \(ServiceUnavailable: .*/
      ),
      expect.stringMatching(
        /^E-HPC Instant ListImages at 127\.0\.0\.1:\d+: attempt 2\/5 failed \(ServiceUnavailable: .*/
      )
    ])
  })

  it('ListImages reset once: retried, then one AddImage', async () => {
    emu.fault('ListImages', { kind: 'reset' })
    const r = await run(emu)
    expectRegisteredOnce(emu, r)
    expect(counts(emu)).toMatchObject({ ListImages: 2, AddImage: 1 })
  })

  it('ListImages 503 past max-attempts: fails before AddImage, nothing registered', async () => {
    emu.fault('ListImages', { kind: 'error', code: 'ServiceUnavailable', status: 503, times: 10 })
    const r = await run(emu, { 'max-attempts': '3' })
    const message = expectFailure(r)
    expect(counts(emu)).toMatchObject({ ListImages: 3, AddImage: 0 })
    expect(emu.images()).toHaveLength(0)
    expect(message).toContain('ListImages failed after 3 attempts')
    expect(message).toContain('ServiceUnavailable')
    expect(message).toContain('temporarily unavailable')
    expect(message).toContain(`RequestId ${last(emu, 'ListImages')?.requestId}`)
  })

  it('GetImage 503 once while reusing an existing image: retried, reused, nothing added', async () => {
    const seeded = seedSameImage(emu)
    emu.fault('GetImage', { kind: 'error', code: 'ServiceUnavailable', status: 503 })
    const r = await run(emu)
    expect(r.errors).toEqual([])
    expect(r.code).toBe(0)
    expect(counts(emu)).toMatchObject({ ListImages: 1, GetImage: 2, AddImage: 0 })
    expect(emu.images()).toHaveLength(1)
    expect(r.outputs['image-id']).toBe(seeded.ImageId)
    expect(r.outputs.created).toBe('false')
  })

  it('GetImage hang while reusing: times out, retried, reused', async () => {
    const seeded = seedSameImage(emu)
    emu.fault('GetImage', { kind: 'hang' })
    const r = await run(emu)
    expect(r.errors).toEqual([])
    expect(r.code).toBe(0)
    expect(counts(emu)).toMatchObject({ ListImages: 1, GetImage: 2, AddImage: 0 })
    expect(r.outputs['image-id']).toBe(seeded.ImageId)
    expect(emu.images()).toHaveLength(1)
  })

  it('GetImage Forbidden.RAM: one attempt, fails naming ehpc:GetImage, the old image stays', async () => {
    seedSameImage(emu)
    emu.fault('GetImage', { kind: 'error', code: 'Forbidden.RAM', status: 403, times: 5 })
    const r = await run(emu)
    const message = expectFailure(r)
    expect(counts(emu)).toMatchObject({ ListImages: 1, GetImage: 1, AddImage: 0 })
    expect(emu.images()).toHaveLength(1)
    expect(message).toContain('GetImage failed:')
    expect(message).toContain('ehpc:GetImage')
    expect(message).toContain('Forbidden.RAM')
    expect(message).toContain(`RequestId ${last(emu, 'GetImage')?.requestId}`)
  })
})

interface FatalCase {
  title: string
  code: string
  status: number
  /** Plain words the message must hold. */
  words: string[]
}

// Errors that no retry can fix: one attempt, a message that names the code and says why.
const NON_RETRYABLE: FatalCase[] = [
  {
    title: 'Forbidden.RAM',
    code: 'Forbidden.RAM',
    status: 403,
    words: ['not allowed', 'ehpc:AddImage']
  },
  {
    title: 'InvalidParams',
    code: 'InvalidParams',
    status: 400,
    words: ['rejected a parameter']
  },
  { title: 'InDebt', code: 'InDebt', status: 400, words: ['overdue payment'] },
  { title: 'NotEnabled', code: 'NotEnabled', status: 400, words: ['not activated'] }
]

describe('errors that are not retried', () => {
  let emu: Emulator
  beforeAll(async () => {
    emu = await startEmulator()
  })
  afterAll(async () => {
    await emu.close()
  })
  beforeEach(() => emu.reset())

  it.each(NON_RETRYABLE.map(c => [c.title, c] as const))(
    'AddImage %s: exactly one attempt, nothing registered',
    async (_title, c) => {
      emu.fault('AddImage', { kind: 'error', code: c.code, status: c.status, times: 10 })
      const r = await run(emu)
      const message = expectFailure(r)
      expect(counts(emu)).toMatchObject({ ListImages: 1, AddImage: 1, GetImage: 0 })
      expect(emu.images()).toHaveLength(0)
      expect(message).toMatch(/^E-HPC Instant AddImage failed: /)
      expect(message).not.toContain('attempts')
      expect(message).toContain(`code ${c.code}, HTTP ${c.status}`)
      expect(message).toContain(`RequestId ${last(emu, 'AddImage')?.requestId}`)
      for (const w of c.words) expect(message).toContain(w)
      expect(retryLines(r)).toEqual([])
    }
  )

  it('SignatureDoesNotMatch (wrong access-key-secret): fails at the first call, once', async () => {
    const r = await run(emu, { 'access-key-secret': 'not-the-right-secret-0000' })
    const message = expectFailure(r)
    expect(counts(emu)).toMatchObject({ ListImages: 1, AddImage: 0 })
    expect(last(emu, 'ListImages')?.code).toBe('SignatureDoesNotMatch')
    expect(emu.images()).toHaveLength(0)
    expect(message).toContain('SignatureDoesNotMatch')
    expect(message).toContain('AccessKey secret is wrong')
    expect(message).toContain('access-key-secret')
    expect(message).toContain(`RequestId ${last(emu, 'ListImages')?.requestId}`)
  })

  it('InvalidAccessKeyId.NotFound (unknown key id): fails at the first call, once', async () => {
    const r = await run(emu, { 'access-key-id': 'LTAI5tNoSuchKey000000' })
    const message = expectFailure(r)
    expect(counts(emu)).toMatchObject({ ListImages: 1, AddImage: 0 })
    expect(emu.images()).toHaveLength(0)
    expect(message).toContain('InvalidAccessKeyId.NotFound')
    expect(message).toContain('AccessKey ID is unknown')
    expect(message).toContain(`RequestId ${last(emu, 'ListImages')?.requestId}`)
  })

  it('InvalidTimeStamp.Expired: tried once more, then says the runner clock is off', async () => {
    emu.fault('AddImage', {
      kind: 'error',
      code: 'InvalidTimeStamp.Expired',
      status: 400,
      times: 10
    })
    const r = await run(emu)
    const message = expectFailure(r)
    expect(counts(emu)).toMatchObject({ ListImages: 1, AddImage: 2 })
    expect(emu.images()).toHaveLength(0)
    expect(message).toContain('InvalidTimeStamp.Expired')
    expect(message).toContain("the runner's clock is off")
    expect(message).toContain('after 2 attempts')
    expect(message).toContain(`RequestId ${last(emu, 'AddImage')?.requestId}`)
  })
})

describe('retries exhausted', () => {
  let emu: Emulator
  beforeAll(async () => {
    emu = await startEmulator()
  })
  afterAll(async () => {
    await emu.close()
  })
  beforeEach(() => emu.reset())

  it('Throttling.User 10 times with max-attempts 3: exactly 3 AddImage attempts', async () => {
    emu.fault('AddImage', { kind: 'error', code: 'Throttling.User', status: 400, times: 10 })
    const r = await run(emu, { 'max-attempts': '3' })
    const message = expectFailure(r)
    expect(counts(emu)).toMatchObject({ ListImages: 1, AddImage: 3, GetImage: 0 })
    expect(emu.images()).toHaveLength(0)
    expect(message).toContain('AddImage failed after 3 attempts')
    expect(message).toContain('Throttling.User')
    expect(message).toContain('rate limited')
    expect(message).toContain(`RequestId ${last(emu, 'AddImage')?.requestId}`)
    expect(retryLines(r)).toEqual([
      expect.stringMatching(
        /^E-HPC Instant AddImage at 127\.0\.0\.1:\d+: attempt 1\/3 failed \(Throttling\.User: .*/
      ),
      expect.stringMatching(
        /^E-HPC Instant AddImage at 127\.0\.0\.1:\d+: attempt 2\/3 failed \(Throttling\.User: .*/
      )
    ])
  })

  it('InternalError 10 times with max-attempts 3: 3 attempts, a lookup before each resend', async () => {
    emu.fault('AddImage', { kind: 'error', code: 'InternalError', status: 500, times: 10 })
    const r = await run(emu, { 'max-attempts': '3' })
    const message = expectFailure(r)
    expect(counts(emu)).toMatchObject({ AddImage: 3, GetImage: 0 })
    // The first lookup, one before each resend (and possibly one after the last attempt).
    expect(emu.count('ListImages')).toBeGreaterThanOrEqual(3)
    expect(emu.count('ListImages')).toBeLessThanOrEqual(4)
    expect(emu.images()).toHaveLength(0)
    expect(message).toContain('AddImage failed after 3 attempts')
    expect(message).toContain('InternalError')
    expect(message).toContain(`RequestId ${last(emu, 'AddImage')?.requestId}`)
  })

  it('hang every time with max-attempts 2: fails saying no answer came, no RequestId', async () => {
    emu.fault('AddImage', { kind: 'hang', times: 10 })
    const r = await run(emu, { 'max-attempts': '2' })
    const message = expectFailure(r)
    expect(counts(emu)).toMatchObject({ AddImage: 2 })
    expect(emu.images()).toHaveLength(0)
    expect(message).toContain('AddImage failed after 2 attempts')
    expect(message).toContain('RequestTimeout')
    expect(message).toContain('request-timeout-seconds')
    expect(message).toContain('RequestId none')
  })

  // The last attempt is carried out but never answered. A run that gives up without looking
  // reports a failure (and no image-id) for an image that it did register.
  it('last attempt performed but unanswered: the run looks it up instead of failing', async () => {
    emu.fault('AddImage', { kind: 'error', code: 'ServiceUnavailable', status: 503, times: 2 })
    emu.fault('AddImage', { kind: 'performThenReset' })
    const r = await run(emu, { 'max-attempts': '3' })
    expect(emu.images()).toHaveLength(1)
    expect(counts(emu)).toMatchObject({ AddImage: 3 })
    expectRegisteredOnce(emu, r)
  })

  it('max-attempts 1 turns retries off: one 503, one attempt', async () => {
    emu.fault('AddImage', { kind: 'error', code: 'ServiceUnavailable', status: 503 })
    const r = await run(emu, { 'max-attempts': '1' })
    const message = expectFailure(r)
    expect(counts(emu)).toMatchObject({ ListImages: 1, AddImage: 1 })
    expect(emu.images()).toHaveLength(0)
    expect(message).toContain('ServiceUnavailable')
    expect(message).toContain(`RequestId ${last(emu, 'AddImage')?.requestId}`)
  })
})

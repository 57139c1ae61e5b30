// Error bodies in XML: @alicloud/openapi-client reads any error answered as
// text/xml;charset=utf-8 with @alicloud/tea-xml, which the bundle replaces with
// src/stand-ins/tea-xml.ts. dist/index.js run as the runner runs it, against the emulator.
import { type Emulator, type RequestLogEntry } from '../../emulator/emulator.mjs'
import { runAction, type ActionRun } from '../../scripts/lib/run-action.mjs'
import { keyInputs, useEmulator } from '../helpers/emulator-suite.js'

function run(emu: Emulator): Promise<ActionRun> {
  return runAction(keyInputs(emu.url, { 'request-timeout-seconds': '1' }), {
    env: { EHPC_ADD_IMAGE_RETRY_BASE_MS: '5', RUNNER_DEBUG: '1' },
    timeoutMs: 30_000
  })
}

function requests(emu: Emulator, action: string): RequestLogEntry[] {
  return emu.requests.filter(e => e.action === action)
}

describe('XML error bodies', () => {
  const emu = useEmulator()

  it('a 4xx: code, message (from CDATA) and RequestId reach the failure, not retried', async () => {
    const serverMessage = 'Image "app" & version <v1.2.3> are not allowed here ]]> ask the admin'
    emu.fault('AddImage', {
      kind: 'xmlError',
      code: 'InvalidImage.Denied',
      status: 400,
      message: serverMessage,
      times: 5
    })
    const r = await run(emu)
    expect(r.code).toBe(1)
    expect(r.errors).toHaveLength(1)
    const adds = requests(emu, 'AddImage')
    expect(adds).toHaveLength(1)
    expect(adds[0].fault).toBe('xmlError')
    expect(r.errors[0]).toContain(`answered with an error: ${serverMessage}`)
    expect(r.errors[0]).toContain(
      `(code InvalidImage.Denied, HTTP 400, RequestId ${adds[0].requestId})`
    )
    expect(emu.images()).toEqual([])
  })

  it('a 5xx is retried, then the image is registered once', async () => {
    emu.fault('ListImages', { kind: 'xmlError', code: 'ServiceUnavailable', status: 503 })
    const r = await run(emu)
    expect(r.errors).toEqual([])
    expect(r.code).toBe(0)
    expect(requests(emu, 'ListImages').map(e => [e.status, e.fault])).toEqual([
      [503, 'xmlError'],
      [200, undefined]
    ])
    expect(r.stdout).toMatch(
      /^E-HPC Instant ListImages at \S+: attempt 1\/\d+ failed \(ServiceUnavailable: .*\); trying again in \d+ ms\.$/m
    )
    expect(emu.images()).toHaveLength(1)
    expect(r.outputs['image-id']).toBe(emu.images()[0].ImageId)
  })

  it('a 4xx on a known code: the explanation and the server message', async () => {
    emu.fault('ListImages', {
      kind: 'xmlError',
      code: 'Forbidden.RAM',
      status: 403,
      message: 'User not authorized to operate on the specified resource & <action>.'
    })
    const r = await run(emu)
    expect(r.code).toBe(1)
    const [list] = requests(emu, 'ListImages')
    expect(r.errors[0]).toContain('ehpc:ListImages')
    expect(r.errors[0]).toContain(
      'Server message: "User not authorized to operate on the specified resource & <action>"'
    )
    expect(r.errors[0]).toContain(`(code Forbidden.RAM, HTTP 403, RequestId ${list.requestId})`)
    expect(requests(emu, 'AddImage')).toEqual([])
  })
})

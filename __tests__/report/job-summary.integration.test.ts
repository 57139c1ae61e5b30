// The job summary, for every outcome: dist/index.js run as the runner runs it, against the
// emulator, reading the file GITHUB_STEP_SUMMARY names.
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { keyInputs, useEmulator } from '../helpers/emulator-suite.js'
import { runAction } from '../../scripts/lib/run-action.mjs'

const REGISTRY_PASSWORD = 'summary-Pa55+w/rd=%&secret'
const CONSOLE_LINK = '<a href="https://ehpc.console.aliyun.com/">E-HPC console</a>'

const emu = useEmulator()

const inputs = (extra: Record<string, string> = {}) => keyInputs(emu.url, extra)

const run = (extra: Record<string, string> = {}) =>
  runAction(inputs(extra), { env: { EHPC_ADD_IMAGE_RETRY_BASE_MS: '5' }, timeoutMs: 30_000 })

/** The summary's table as label → cell HTML. */
function rows(summary: string): Record<string, string> {
  return Object.fromEntries(
    [...summary.matchAll(/<tr><td>(.*?)<\/td><td>(.*?)<\/td><\/tr>/g)].map(m => [m[1], m[2]])
  )
}

const heading = (summary: string) => /<h3>(.*?)<\/h3>/.exec(summary)?.[1]

describe('job summary', () => {
  it('on success: the region in the heading, the console link, the result', async () => {
    const r = await run()
    expect(r.code).toBe(0)
    expect(heading(r.summary)).toBe('Registered E-HPC Instant image app:v1.2.3 in cn-hangzhou')
    const table = rows(r.summary)
    expect(table).toMatchObject({
      Region: 'cn-hangzhou',
      Endpoint: emu.endpoint,
      'Image ID': r.outputs['image-id'],
      Result: 'Created',
      'Request ID': r.outputs['request-id']
    })
    expect(table.Console).toBe(`${CONSOLE_LINK} (region cn-hangzhou, E-HPC Instant)`)
  })

  it('on an API failure: what failed, the code, the fix, the RequestId, nothing registered', async () => {
    emu.fault('AddImage', { kind: 'error', code: 'Forbidden.RAM', status: 403 })
    const r = await run()
    expect(r.code).toBe(1)
    expect(heading(r.summary)).toBe(
      'E-HPC Instant image app:v1.2.3 in cn-hangzhou: failed (Forbidden.RAM)'
    )
    const requestId = emu.requests.filter(e => e.action === 'AddImage').at(-1)?.requestId
    expect(requestId).toBeTruthy()
    const table = rows(r.summary)
    expect(table).toMatchObject({
      Result: 'Failed: E-HPC Instant AddImage: Forbidden.RAM',
      Code: 'Forbidden.RAM',
      Registered: 'Nothing.',
      'Request ID': requestId
    })
    expect(table['What happened']).toContain('is not allowed to make this call (ehpc:AddImage)')
    expect(table['What to do']).toContain('Grant the RAM user or role')
    expect(table.Troubleshooting).toMatch(
      /^<a href="https:\/\/github\.com\/[^"]+\/docs\/TROUBLESHOOTING\.md#forbiddenram">docs\/TROUBLESHOOTING\.md#forbiddenram<\/a>$/
    )
    expect(table.Console).toContain(CONSOLE_LINK)
    expect(emu.images()).toHaveLength(0)
  })

  it('server text with blank lines and markdown stays inside its cell (no link, no heading)', async () => {
    // Markdown starts again after a blank line, even inside an HTML table: a server message
    // must not be able to add a heading or a link to the summary.
    const message = 'Denied.\r\n\r\n# Fixed\n\n[Open the fix](https://evil.example/)\n'
    emu.fault('AddImage', { kind: 'error', code: 'Forbidden.RAM', status: 403, message })
    const r = await run()
    expect(r.code).toBe(1)
    expect(r.summary).not.toMatch(/\n[ \t]*\n/)
    expect(r.summary).not.toMatch(/^(# Fixed|\[Open the fix\])/m)
    expect(rows(r.summary)['What happened']).toContain('Denied.&#13;&#10;&#13;&#10;# Fixed')
  })

  it('a summary file the runner did not make is not created: a warning, and the run succeeds', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ehpc-summary-'))
    const file = join(dir, 'missing-summary')
    try {
      const r = await runAction(inputs(), {
        env: { EHPC_ADD_IMAGE_RETRY_BASE_MS: '5', GITHUB_STEP_SUMMARY: file },
        timeoutMs: 30_000
      })
      expect(r.code).toBe(0)
      expect(r.outputs.created).toBe('true')
      expect(existsSync(file)).toBe(false)
      expect(r.annotations).toContainEqual(
        expect.objectContaining({
          kind: 'warning',
          message: expect.stringContaining(
            `Could not write the job summary: Unable to access summary file: '${file}'.`
          )
        })
      )
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it('on an input error: what is wrong, and that nothing was sent', async () => {
    const r = await run({ region: 'cn-hangzou', endpoint: '' })
    expect(r.code).toBe(1)
    expect(heading(r.summary)).toBe('ehpc-add-image failed (input &#34;region&#34;)')
    const table = rows(r.summary)
    expect(table['What happened']).toContain('Did you mean cn-hangzhou?')
    expect(table.Registered).toBe('Nothing: no request was sent.')
    expect(emu.requests).toHaveLength(0)
  })

  it('when replace removed the old image and AddImage then failed, it says so', async () => {
    emu.seedImage({
      Name: 'app',
      Version: 'v1.2.3',
      ImageType: 'Container',
      ContainerImageSpec: { RegistryUrl: 'registry.cn-hangzhou.aliyuncs.com/ns/old:v1' }
    })
    const old = emu.images()[0].ImageId
    emu.fault('AddImage', { kind: 'error', code: 'InvalidParams', status: 400 })
    const r = await run({ 'if-exists': 'replace' })
    expect(r.code).toBe(1)
    expect(rows(r.summary).Registered).toBe(
      `${old} was removed (if-exists: replace), then registering the new image failed, so nothing is registered under this name and version now. ` +
        'To recover, fix the cause and re-run the job: its lookup finds nothing and adds the image.'
    )
    expect(r.errors[0]).toContain(`${old} was removed (if-exists: replace)`)
    expect(emu.images()).toHaveLength(0)
  })

  it('when replace removed the old image and AddImage then got no answer, message and summary agree: unknown', async () => {
    emu.seedImage({
      Name: 'app',
      Version: 'v1.2.3',
      ImageType: 'Container',
      ContainerImageSpec: { RegistryUrl: 'registry.cn-hangzhou.aliyuncs.com/ns/old:v1' }
    })
    const old = emu.images()[0].ImageId
    emu.fault('AddImage', { kind: 'reset' })
    const r = await run({ 'if-exists': 'replace', 'max-attempts': '1' })
    expect(r.code).toBe(1)
    const unknown = `${old} was removed (if-exists: replace), then AddImage got no clear answer: it may or may not have registered the new image.`
    expect(r.errors[0]).toContain(unknown)
    expect(r.errors[0]).not.toContain('nothing is registered')
    expect(rows(r.summary).Registered).toBe(
      `Unknown: ${unknown} Re-run the job: its lookup finds the new image if it is there, and adds it if not.`
    )
  })

  it('registered, but GITHUB_OUTPUT could not be written: the summary says the image is registered', async () => {
    const r = await runAction(inputs(), {
      env: { EHPC_ADD_IMAGE_RETRY_BASE_MS: '5', GITHUB_OUTPUT: '/nonexistent-dir/output' },
      timeoutMs: 30_000
    })
    expect(r.code).toBe(1)
    const [image] = emu.images()
    expect(r.errors[0]).toContain(`The image was registered: app v1.2.3 is ${image.ImageId}`)
    const table = rows(r.summary)
    expect(table.Code).toBe('OutputsNotWritten')
    expect(table.Registered).toContain('it was registered')
    expect(table.Registered).not.toMatch(/^Nothing/)
    expect(table.Troubleshooting).toContain('#outputsnotwritten')
  })

  it('on a dry run: the request it would send, redacted, in a <details> block', async () => {
    const r = await runAction({
      region: 'cn-hangzhou',
      name: 'app',
      'registry-url': 'ghcr.io/octo/app:v1',
      'registry-username': 'robot',
      'registry-password': REGISTRY_PASSWORD,
      'dry-run': 'true'
    })
    expect(r.code).toBe(0)
    expect(heading(r.summary)).toBe('E-HPC Instant image app:v1.2.3 in cn-hangzhou (dry run)')
    const details = /<details><summary>(.*?)<\/summary>([\s\S]*?)<\/details>/.exec(r.summary)
    expect(details?.[1]).toBe('The AddImage request it would send (secrets redacted)')
    expect(details?.[2]).toContain('&#34;Name&#34;: &#34;app&#34;')
    expect(details?.[2]).toContain('ghcr.io/octo/app:v1')
    expect(details?.[2]).toContain('***')
    expect(r.summary).not.toContain(REGISTRY_PASSWORD)
    expect(r.summary).not.toContain(encodeURIComponent(REGISTRY_PASSWORD))
  })

  it('a server code that echoes a secret: redacted in the annotation title and the summary', async () => {
    // A server (or something posing as one) may put what it was sent into any field.
    emu.fault('AddImage', { kind: 'error', status: 400, code: `Bad.${REGISTRY_PASSWORD}` })
    const r = await run({
      'registry-url': 'harbor.example.com/ns/app:v1',
      'registry-username': 'robot',
      'registry-password': REGISTRY_PASSWORD
    })
    expect(r.code).toBe(1)
    expect(r.annotations.filter(a => a.kind === 'error')).toEqual([
      expect.objectContaining({ title: 'E-HPC Instant AddImage: Bad.***' })
    ])
    expect(heading(r.summary)).toBe(
      'E-HPC Instant image app:v1.2.3 in cn-hangzhou: failed (Bad.***)'
    )
    for (const text of [r.stdout, r.summary]) {
      expect(text.replace(/^::add-mask::.*$/gm, '')).not.toContain(REGISTRY_PASSWORD)
    }
  })

  it.each([
    ['success', {}, 0],
    ['failure', { 'access-key-secret': 'wrong-secret-0123456789' }, 1],
    ['input error', { region: 'Nowhere' }, 1]
  ])('job-summary: false writes none (%s)', async (_title, extra, code) => {
    const r = await run({ ...extra, 'job-summary': 'false' })
    expect(r.code).toBe(code)
    expect(r.summary).toBe('')
  })

  it.each([
    ['another input is wrong', { region: 'cn-hangzou', endpoint: '' }, 'input &#34;region&#34;'],
    ['job-summary itself is wrong', {}, 'input &#34;job-summary&#34;']
  ])(
    'after an input error, job-summary is read as the inputs read it: "fAlse" is not false (%s)',
    async (_case, extra, title) => {
      const r = await run({ ...extra, 'job-summary': 'fAlse' })
      expect(r.code).toBe(1)
      expect(heading(r.summary)).toBe(`ehpc-add-image failed (${title})`)
    }
  )

  it('job-summary takes true or false only', async () => {
    const r = await run({ 'job-summary': 'yes' })
    expect(r.code).toBe(1)
    expect(r.errors[0]).toMatch(/^Input "job-summary" is invalid: "yes"\. Use true or false\./)
  })
})

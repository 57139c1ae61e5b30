// Hardening, each item through dist/index.js against the emulator: never hang, never lose an
// image silently, never leak, never obey injected commands.
import type { ImageView } from '../../emulator/emulator.mjs'
import { startConnectProxy, type ConnectProxy } from '../helpers/connect-proxy.js'
import { runAction, type ActionRun } from '../../scripts/lib/run-action.mjs'
import { keyInputs, oidcInputs, useEmulator } from '../helpers/emulator-suite.js'
import { scanForSecrets } from '../helpers/secret-scan.js'

const FAST = { EHPC_ADD_IMAGE_RETRY_BASE_MS: '5' }

const emu = useEmulator()
const proxies: ConnectProxy[] = []
afterAll(async () => {
  await Promise.all(proxies.map(p => p.close()))
})

async function proxy(options: Parameters<typeof startConnectProxy>[0]): Promise<ConnectProxy> {
  const p = await startConnectProxy(options)
  proxies.push(p)
  return p
}

function keys(extra: Record<string, string> = {}): Record<string, string> {
  return keyInputs(emu.url, { 'request-timeout-seconds': '1', ...extra })
}

function oidc(extra: Record<string, string> = {}): Record<string, string> {
  return oidcInputs(emu.url, emu.url, { 'request-timeout-seconds': '1', ...extra })
}

function go(
  inputs: Record<string, string>,
  env: Record<string, string | undefined> = {}
): Promise<ActionRun> {
  return runAction(inputs, { env: { ...FAST, ...env }, timeoutMs: 40_000 })
}

/** A failed run (not killed by the bound): its one ::error:: message. */
function failure(r: ActionRun): string {
  expect(r.code).toBe(1)
  expect(r.errors).toHaveLength(1)
  return r.errors[0]
}

/** Lines the runner would read as workflow commands: it splits on CR as well as LF. */
function commandLines(stdout: string): string[] {
  return stdout.split(/\r\n|\r|\n/).filter(l => /^\s*::/.test(l))
}

function seed(registryUrl = 'registry.cn-hangzhou.aliyuncs.com/ns/app:old'): ImageView {
  return emu.seedImage({
    Name: 'app',
    Version: 'v1.2.3',
    ImageType: 'Container',
    ContainerImageSpec: { RegistryUrl: registryUrl }
  })
}

describe('1. the GitHub OIDC token request is bounded', () => {
  it('a token endpoint that never answers: each attempt ends at request-timeout-seconds, and the message names the call', async () => {
    emu.fault('GitHubToken', { kind: 'hang', times: Infinity })
    const r = await go(oidc({ 'max-attempts': '2' }), emu.githubEnv())
    const message = failure(r)
    expect(message).toContain(
      `GitHub OIDC token request to ${emu.endpoint} failed after 2 attempts`
    )
    expect(message).toContain('RequestTimeout')
    expect(message).not.toContain('id-token: write')
    expect(emu.count('GitHubToken')).toBe(2)
    expect(emu.count('AssumeRoleWithOIDC')).toBe(0)
  })

  it('through a proxy that never answers CONNECT: bounded too', async () => {
    const hanging = await proxy({ hang: true })
    const r = await go(oidc({ 'max-attempts': '1' }), {
      ACTIONS_ID_TOKEN_REQUEST_URL: 'http://token.example.invalid/_github/idtoken?api-version=2.0',
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'gh-request-token',
      HTTP_PROXY: hanging.url,
      NO_PROXY: '127.0.0.1'
    })
    const message = failure(r)
    expect(message).toContain('GitHub OIDC token request to token.example.invalid failed')
    expect(message).toContain('RequestTimeout')
    expect(emu.requests).toHaveLength(0)
  })

  it('a token endpoint answering 503: says HTTP 503, not a missing permission', async () => {
    emu.fault('GitHubToken', {
      kind: 'error',
      code: 'ServiceUnavailable',
      status: 503,
      times: Infinity
    })
    const r = await go(oidc({ 'max-attempts': '1' }), emu.githubEnv())
    const message = failure(r)
    expect(message).toContain(`GitHub OIDC token request to ${emu.endpoint} failed`)
    expect(message).toContain('HTTP 503')
    expect(message).not.toContain('id-token: write')
  })

  it('a proxy answering 407 to the token request: says proxy authentication, not a missing permission', async () => {
    const p407 = await proxy({ status: 407 })
    const r = await go(oidc({ 'max-attempts': '1' }), {
      ACTIONS_ID_TOKEN_REQUEST_URL: 'http://token.example.invalid/_github/idtoken?api-version=2.0',
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'gh-request-token',
      HTTP_PROXY: p407.url,
      NO_PROXY: '127.0.0.1'
    })
    const message = failure(r)
    expect(message).toContain('ProxyError')
    expect(message).toContain('407')
    expect(message).not.toContain('id-token: write')
  })
})

describe('2. replace never loses the image silently', () => {
  it('RAM denies AddImage after RemoveImage succeeded: says the old image was removed and nothing is registered, and how to recover', async () => {
    const old = seed()
    emu.fault('AddImage', { kind: 'error', code: 'Forbidden.RAM', status: 403 })
    const r = await go(keys({ 'if-exists': 'replace' }))
    const message = failure(r)
    expect(message).toContain(`${old.ImageId} was removed (if-exists: replace)`)
    expect(message).toContain('nothing is registered under this name and version now')
    expect(message).toContain('ehpc:AddImage')
    expect(message).toContain('re-run the job: its lookup finds nothing and adds the image')
    expect(emu.images()).toHaveLength(0)
    // The recovery the message promises.
    const again = await go(keys({ 'if-exists': 'replace' }))
    expect(again.code).toBe(0)
    expect(emu.images()).toHaveLength(1)
  })

  it('AddImage 503 until attempts run out after the remove: the same message, with the attempts', async () => {
    seed()
    emu.fault('AddImage', {
      kind: 'error',
      code: 'ServiceUnavailable',
      status: 503,
      times: Infinity
    })
    const message = failure(await go(keys({ 'if-exists': 'replace', 'max-attempts': '2' })))
    expect(message).toContain('nothing is registered under this name and version now')
    expect(message).toContain('after 2 attempts')
    expect(emu.images()).toHaveLength(0)
  })
})

describe('2b. replace: the check after AddImage', () => {
  it('GetImage fails when confirming the new image: registered, outputs set, a warning; not "nothing is registered"', async () => {
    const old = seed()
    emu.fault('GetImage', { kind: 'error', code: 'ServiceUnavailable', status: 503, times: 5 })
    const r = await go(keys({ 'if-exists': 'replace', 'max-attempts': '1' }))
    const images = emu.images()
    expect(images).toHaveLength(1)
    expect(images[0].ImageId).not.toBe(old.ImageId)
    expect(r.errors).toEqual([])
    expect(r.code).toBe(0)
    expect(r.outputs).toMatchObject({
      'image-id': images[0].ImageId,
      'replaced-image-id': old.ImageId
    })
    const warnings = r.annotations.filter(a => a.kind === 'warning').map(a => a.message)
    expect(warnings.join('\n')).toContain(`could not confirm that ${images[0].ImageId}`)
    expect(r.stdout).not.toContain('nothing is registered')
  })
})

describe('3. concurrent replace runs', () => {
  it('five parallel replace runs of one release: one image left, every run succeeds with its id, none fails on ImageNotFound', async () => {
    seed()
    // Every run has looked the old image up before the first RemoveImage is carried out.
    emu.fault('RemoveImage', { kind: 'delay', ms: 2500, times: 5 })
    const runs = await Promise.all(
      Array.from({ length: 5 }, () => go(keys({ 'if-exists': 'replace' })))
    )
    const images = emu.images()
    expect(images).toHaveLength(1)
    for (const r of runs) {
      expect(r.errors.join('\n')).not.toContain('ImageNotFound')
      expect(r.errors).toEqual([])
      expect(r.code).toBe(0)
      expect(r.outputs['image-id']).toBe(images[0].ImageId)
    }
  }, 60_000)

  it('ImageNotFound from RemoveImage on the first attempt: already gone, the run goes on and adds', async () => {
    const old = seed()
    emu.fault('RemoveImage', { kind: 'error', code: 'ImageNotFound', status: 404 })
    const r = await go(keys({ 'if-exists': 'replace' }))
    expect(r.errors).toEqual([])
    expect(r.code).toBe(0)
    expect(r.stdout).toContain(`${old.ImageId} is gone already`)
  })
})

describe('4. no secret in an error line, in any encoding', () => {
  it('a proxy refusing the AddImage CONNECT: no URL in the message, the quote-bearing password in no form', async () => {
    const password = "it's a (pa55) wörd*!<&>"
    const oneShot = await proxy({ allow: 1 })
    // ListImages finds nothing and closes its connection: AddImage needs a CONNECT of its own.
    emu.fault('ListImages', {
      kind: 'raw',
      status: 200,
      close: true,
      body: JSON.stringify({ RequestId: 'R-1', Success: true, Images: [], TotalCount: 0 })
    })
    const r = await go(
      keys({
        'registry-url': 'ghcr.io/octo-org/app:v1.2.3',
        'registry-username': 'octo-bot',
        'registry-password': password,
        'max-attempts': '1'
      }),
      { HTTP_PROXY: oneShot.url, RUNNER_DEBUG: '1' }
    )
    const message = failure(r)
    expect(message).toContain('AddImage')
    expect(message).toContain('ProxyError')
    // The one URL allowed is the troubleshooting link at the end.
    expect(message.replace(/ Troubleshooting: \S+$/, '')).not.toMatch(
      /https?:\/\/|Signature|AccessKeyId|\?/
    )
    expect(oneShot.tunnels).toHaveLength(1)
    expect(
      scanForSecrets(r, [{ name: 'registry-password', value: password, mustMask: true }])
    ).toEqual([])
  })

  it('a multi-line secret is masked line by line as well as whole', async () => {
    const lines = ['first-line-secret-1', 'second-line-secret-2']
    const r = await go(
      keys({
        'registry-url': 'ghcr.io/o/app:v1',
        'registry-username': 'u',
        'registry-password': lines.join('\n')
      })
    )
    failure(r)
    const masks = r.stdout.split('\n').filter(l => l.startsWith('::add-mask::'))
    for (const line of lines) expect(masks).toContain(`::add-mask::${line}`)
    expect(
      scanForSecrets(
        r,
        lines.map((value, i) => ({ name: `line-${i}`, value, mustMask: true }))
      )
    ).toEqual([])
  })
})

describe('5. workflow-command injection', () => {
  it.each([
    ['a newline', 'v1\n::warning::forged'],
    ['a lone carriage return', 'v1\r::stop-commands::token'],
    ['an escape character', 'v1\u001b[31m']
  ])('image-version with %s: an input error, and no command line', async (_what, version) => {
    const r = await go(keys({ 'image-version': version }))
    const message = failure(r)
    expect(message).toMatch(/^Input "image-version" is invalid: it holds a control character/)
    expect(commandLines(r.stdout).filter(l => !/^::(error|add-mask)[ :]/.test(l))).toEqual([])
    expect(emu.requests).toHaveLength(0)
  })

  it.each(['description', 'registry-username', 'audience', 'name'])(
    '%s with a newline is an input error too',
    async input => {
      const message = failure(await go(keys({ [input]: 'x\n::warning::forged' })))
      expect(message).toContain(`Input "${input}" is invalid: it holds a control character`)
    }
  )

  it('image-version over 128 and description over 512 characters are input errors', async () => {
    expect(failure(await go(keys({ 'image-version': 'v'.repeat(129) })))).toContain(
      'Input "image-version" is invalid: it has 129 characters; use at most 128.'
    )
    expect(failure(await go(keys({ description: 'd'.repeat(513) })))).toContain(
      'Input "description" is invalid: it has 513 characters; use at most 512.'
    )
  })

  it('an ImageId holding a newline in the server answer forges no command', async () => {
    emu.fault('AddImage', {
      kind: 'raw',
      status: 200,
      body: JSON.stringify({
        RequestId: 'R-1',
        Success: true,
        ImageId: 'm-forged\n::warning::forged\r::stop-commands::x'
      })
    })
    const r = await go(keys())
    // The action's own debug lines are commands too; none of them may hold the forged text.
    const forged = commandLines(r.stdout).filter(
      l => !/^::(error|add-mask)[ :]/.test(l) && !(l.startsWith('::debug::') && !/forged/.test(l))
    )
    expect(forged).toEqual([])
  })
})

describe('6. the job summary heading is HTML-escaped', () => {
  it('a version with < > " \' & appears escaped in the heading', async () => {
    const r = await go(keys({ 'image-version': `v1<b>"q'&`, 'dry-run': 'true' }))
    expect(r.code).toBe(0)
    const heading = r.summary.split('\n').find(l => l.startsWith('<h3>')) ?? ''
    expect(heading).toContain('v1&#60;b&#62;&#34;q&#39;&#38;')
    expect(heading).not.toContain('<b>')
  })
})

describe('7. a raw % in a proxy password', () => {
  it('names the proxy variable and what to do, before any request, without the password', async () => {
    const r = await go(keys(), { HTTP_PROXY: 'http://user:pa%zzword@127.0.0.1:9' })
    const message = failure(r)
    expect(message).toContain('HTTP_PROXY')
    expect(message).toContain('%25')
    expect(message).not.toContain('pa%zzword')
    expect(message).not.toContain('URIError')
    expect(emu.requests).toHaveLength(0)
  })
})

describe('8. HTTP answers whatever their body', () => {
  it.each([
    ['JSON null', 'null'],
    ['a JSON string', '"oops"'],
    ['not JSON', 'upstream connect error']
  ])(
    'a 5xx with %s is retried, and reported with its status and RequestId',
    async (_what, body) => {
      emu.fault('ListImages', { kind: 'raw', status: 503, body, times: Infinity })
      const r = await go(keys({ 'max-attempts': '2' }))
      const message = failure(r)
      expect(emu.count('ListImages')).toBe(2)
      expect(message).toContain('after 2 attempts')
      expect(message).toContain('HTTP 503')
      const requestId = emu.requests.filter(e => e.action === 'ListImages').at(-1)?.requestId
      expect(message).toContain(`RequestId ${requestId}`)
      expect(message).not.toContain('UnknownError')
    }
  )

  it('a 5xx with JSON null once: retried, then registered', async () => {
    emu.fault('ListImages', { kind: 'raw', status: 502, body: 'null' })
    const r = await go(keys())
    expect(r.errors).toEqual([])
    expect(emu.images()).toHaveLength(1)
  })

  it('HTTP 200 with JSON null: retried as an invalid answer, not "check the inputs"', async () => {
    emu.fault('ListImages', { kind: 'raw', status: 200, body: 'null', times: Infinity })
    const message = failure(await go(keys({ 'max-attempts': '2' })))
    expect(emu.count('ListImages')).toBe(2)
    expect(message).toContain('InvalidResponse')
    expect(message).not.toContain('check the inputs')
  })

  it.each([
    ['a gateway 414 in plain text', 414, 'text/plain', 'URI Too Long'],
    ['a WAF 403 page', 403, 'text/html', '<html><body>Request blocked</body></html>']
  ])('%s: one attempt, reported with its status', async (_what, status, contentType, body) => {
    emu.fault('ListImages', { kind: 'raw', status, contentType, body, times: Infinity })
    const message = failure(await go(keys()))
    expect(emu.count('ListImages')).toBe(1)
    expect(message).toContain(`HTTP ${status}`)
    expect(message).not.toContain(body)
  })

  it('an XML error body (text/xml) keeps its code, status and RequestId; not re-sent', async () => {
    emu.fault('ListImages', {
      kind: 'raw',
      status: 400,
      contentType: 'text/xml',
      requestIdHeader: false,
      body: '<?xml version="1.0" encoding="UTF-8"?><Error><RequestId>XML-REQ-1</RequestId><Code>InvalidParams</Code><Message>bad page size</Message></Error>'
    })
    const message = failure(await go(keys()))
    expect(emu.count('ListImages')).toBe(1)
    expect(message).toContain('code InvalidParams, HTTP 400, RequestId XML-REQ-1')
  })
})

describe('weaknesses', () => {
  it('an answer larger than the cap ends with a clear message, not a crash', async () => {
    emu.fault('ListImages', { kind: 'hugeBody', bytes: 64 * 1024 * 1024 })
    const message = failure(await go(keys({ 'request-timeout-seconds': '10' })))
    expect(message).toContain('ResponseTooLarge')
    expect(message).toContain('8 MiB')
    expect(emu.count('AddImage')).toBe(0)
  })

  it('a body that stalls past the timeout is reported as stalled, not as a reset', async () => {
    emu.fault('ListImages', { kind: 'stallBody', times: Infinity })
    const message = failure(await go(keys({ 'max-attempts': '1' })))
    expect(message).toContain('ResponseStalled')
    expect(message).toContain('body stopped coming')
    expect(message).not.toContain('ConnectionReset')
  })

  it('an error without RequestId in the body takes it from x-acs-request-id', async () => {
    emu.fault('ListImages', {
      kind: 'raw',
      status: 400,
      body: JSON.stringify({ Code: 'InvalidParams', Message: 'bad' })
    })
    const message = failure(await go(keys()))
    const requestId = emu.requests.find(e => e.action === 'ListImages')?.requestId
    expect(message).toContain(`RequestId ${requestId}`)
    expect(message).not.toContain('no answer from the server')
  })

  it('an unwritable GITHUB_OUTPUT after registering: says the image was registered, its id, and what failed', async () => {
    const r = await go(keys(), { GITHUB_OUTPUT: '/nonexistent-dir/output' })
    const message = failure(r)
    const [image] = emu.images()
    expect(image).toBeDefined()
    expect(message).toContain(`The image was registered: app v1.2.3 is ${image.ImageId}`)
    expect(message).toContain('GITHUB_OUTPUT')
    expect(message).not.toContain('Unexpected failure')
    // The summary says it too: the image and its id, not "nothing".
    expect(r.summary).toContain(`<td>Image ID</td><td>${image.ImageId}</td>`)
    expect(r.summary).toContain('it was registered (its id is in the message)')
  })

  it('an empty no_proxy does not hide NO_PROXY', async () => {
    const refusing = await proxy({ refuse: true })
    const r = await go(keys(), { HTTP_PROXY: refusing.url, no_proxy: '', NO_PROXY: '127.0.0.1' })
    expect(r.errors).toEqual([])
    expect(refusing.tunnels).toEqual([])
    expect(emu.images()).toHaveLength(1)
  })

  it('a socks5:// proxy: says it is not supported, before any request', async () => {
    const message = failure(await go(keys(), { HTTP_PROXY: 'socks5://127.0.0.1:1080' }))
    expect(message).toContain('HTTP_PROXY is a socks5:// proxy, which the action does not support')
    expect(emu.requests).toHaveLength(0)
  })

  it('a plain-http endpoint through an HTTP proxy: the log says it goes through a CONNECT tunnel', async () => {
    const open = await proxy({})
    const r = await go(keys(), { HTTP_PROXY: open.url })
    expect(r.errors).toEqual([])
    expect(r.stdout).toContain(
      `Connecting to ${emu.endpoint} via proxy ${new URL(open.url).host} (http:// endpoint: through a CONNECT tunnel as well).`
    )
  })

  it('an endpoint with user info: an input error that never repeats the password', async () => {
    const message = failure(await go(keys({ endpoint: 'http://admin:hunter2-secret@127.0.0.1:9' })))
    expect(message).toContain('Input "endpoint" is invalid: it holds user info')
    expect(message).not.toContain('hunter2-secret')
  })

  it('registry-url with user:pass@: says user info, not digest, and never repeats it', async () => {
    const message = failure(
      await go(keys({ 'registry-url': 'bot:regpass-99x@registry.example.com/ns/app:v1' }))
    )
    expect(message).toContain('user info')
    expect(message).not.toContain('digest')
    expect(message).not.toContain('regpass-99x')
  })

  it('request-timeout-seconds 0.0001 is below the 0.1 s minimum', async () => {
    expect(failure(await go(keys({ 'request-timeout-seconds': '0.0001' })))).toContain(
      'Input "request-timeout-seconds" is invalid: "0.0001". Use a number of seconds from 0.1 to 600.'
    )
  })

  it('the name limit counts characters, not UTF-16 units (100 emoji pass)', async () => {
    const r = await go(keys({ name: '🚀'.repeat(100), 'dry-run': 'true' }))
    expect(r.errors).toEqual([])
    expect(r.code).toBe(0)
  })

  it('an IPv6 registry host is accepted', async () => {
    const r = await go(keys({ 'registry-url': '[::1]:5000/ns/app:v1', 'dry-run': 'true' }))
    expect(r.errors).toEqual([])
    expect(r.code).toBe(0)
  })
})

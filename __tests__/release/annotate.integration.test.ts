// annotate-release through dist/index.js: the action registers the image at the emulator's
// E-HPC Instant, then writes its block into the release at the emulator's GitHub REST API
// (GITHUB_API_URL pointed at it). Each case checks the exit code, the ::error:: / ::notice::
// lines, the calls as the server saw them and the release body, byte for byte.
import {
  DEFAULT_GITHUB,
  startEmulator,
  type Emulator,
  type RequestLogEntry
} from '../../emulator/emulator.mjs'
import { startConnectProxy } from '../helpers/connect-proxy.js'
import { runAction, type ActionRun } from '../../scripts/lib/run-action.mjs'
import { keyInputs, useEmulator } from '../helpers/emulator-suite.js'

const TOKEN = DEFAULT_GITHUB.apiToken
/** What people wrote: CRLF (github.com's editor), Unicode, trailing blanks, an HTML comment. */
const USER_TEXT = "## What's new\r\n\r\n* Faster 🚀 start-up  \r\n<!-- keep me -->\r\n"

function startOf(region: string, name = 'app', type = 'Container'): string {
  return `<!-- ehpc-add-image:start region=${region} name=${name} type=${type} -->`
}
function endOf(region: string, name = 'app', type = 'Container'): string {
  return `<!-- ehpc-add-image:end region=${region} name=${name} type=${type} -->`
}
function block(region: string, imageId: string, eol = '\n', replaced?: string): string {
  const line =
    `E-HPC Instant image \`app\` \`v1.2.3\` (\`Container\`) in \`${region}\`: \`${imageId}\`` +
    (replaced ? `, replacing \`${replaced}\`` : '')
  return [startOf(region), line, endOf(region)].join(eol)
}
function count(text: string, part: string): number {
  return text.split(part).length - 1
}

function inputs(ehpcUrl: string, extra: Record<string, string> = {}): Record<string, string> {
  return keyInputs(ehpcUrl, {
    'annotate-release': 'true',
    'github-token': TOKEN,
    'request-timeout-seconds': '2',
    ...extra
  })
}

function run(
  emu: Emulator,
  extra: Record<string, string> = {},
  env: Record<string, string | undefined> = {},
  ehpcUrl = emu.url
): Promise<ActionRun> {
  return runAction(inputs(ehpcUrl, extra), {
    env: { ...emu.githubApiEnv(), EHPC_ADD_IMAGE_RETRY_BASE_MS: '10', ...env },
    timeoutMs: 30_000
  })
}

function notices(r: ActionRun): string[] {
  return r.stdout
    .split('\n')
    .filter(l => l.startsWith('::notice::'))
    .map(l => l.slice('::notice::'.length).replace(/%0A/g, '\n').replace(/%25/g, '%'))
}

function github(emu: Emulator): RequestLogEntry[] {
  return emu.requests.filter(e => e.service === 'github')
}

/** The GitHub calls in order; the read-backs of one watch window after a write shown once. */
function calls(emu: Emulator): string[] {
  return github(emu)
    .map(e => `${e.action} ${e.status}`)
    .filter((c, i, all) => !(c === 'GetRelease 200' && all[i - 1] === c))
}

function bodyOf(emu: Emulator, id: number): string {
  return emu.releases().find(r => r.id === id)?.body ?? ''
}

describe('annotate-release (through dist/index.js)', () => {
  const emu = useEmulator()

  it('first run adds the block after the text people wrote, which stays byte for byte', async () => {
    const release = emu.seedRelease({ tag_name: 'v1.2.3', body: USER_TEXT })
    const r = await run(emu)
    expect(r.errors).toEqual([])
    expect(r.code).toBe(0)
    const imageId = r.outputs['image-id']
    expect(imageId).toMatch(/^m-/)
    expect(bodyOf(emu, release.id)).toBe(`${USER_TEXT}\r\n${block('cn-hangzhou', imageId, '\r\n')}`)
    expect(calls(emu)).toEqual(['GetReleaseByTag 200', 'UpdateRelease 200', 'GetRelease 200'])
    expect(github(emu).every(e => e.auth === 'bearer')).toBe(true)
    expect(r.stdout).toContain(`Release ${release.id} of tag v1.2.3 now records ${imageId}`)
  })

  it('a re-run leaves one block and does not write', async () => {
    const release = emu.seedRelease({ tag_name: 'v1.2.3', body: 'Notes' })
    const first = await run(emu)
    const after = bodyOf(emu, release.id)
    const second = await run(emu)
    expect(second.code).toBe(0)
    expect(second.outputs.created).toBe('false')
    expect(bodyOf(emu, release.id)).toBe(after)
    expect(after).toBe(`Notes\n\n${block('cn-hangzhou', first.outputs['image-id'])}`)
    expect(count(after, startOf('cn-hangzhou'))).toBe(1)
    expect(emu.count('UpdateRelease')).toBe(1)
    expect(second.stdout).toContain('already records')
  })

  it('a re-run with if-exists: replace replaces its block with the new id and names the old one', async () => {
    const release = emu.seedRelease({ tag_name: 'v1.2.3', body: 'Notes' })
    const first = await run(emu)
    const second = await run(emu, { 'if-exists': 'replace' })
    expect(second.code).toBe(0)
    const newId = second.outputs['image-id']
    expect(newId).not.toBe(first.outputs['image-id'])
    expect(bodyOf(emu, release.id)).toBe(
      `Notes\n\n${block('cn-hangzhou', newId, '\n', first.outputs['image-id'])}`
    )
  })

  it('keeps the blocks of other regions and images, byte for byte', async () => {
    const others =
      `${USER_TEXT}\r\n${startOf('cn-shanghai')}\r\nE-HPC Instant image \`app\` \`v1.2.3\` (\`Container\`) in \`cn-shanghai\`: \`m-sh\`\r\n${endOf('cn-shanghai')}` +
      `\r\n\r\n${startOf('cn-hangzhou', 'other')}\r\nanything\r\n${endOf('cn-hangzhou', 'other')}\r\nTrailer`
    const release = emu.seedRelease({ tag_name: 'v1.2.3', body: others })
    const r = await run(emu)
    expect(r.code).toBe(0)
    expect(bodyOf(emu, release.id)).toBe(
      `${others}\r\n\r\n${block('cn-hangzhou', r.outputs['image-id'], '\r\n')}`
    )
  })

  it('finds a draft release, which the by-tag lookup does not show', async () => {
    const other = emu.seedRelease({ tag_name: 'v1.2.2', body: 'old notes' })
    const draft = emu.seedRelease({ tag_name: 'v1.2.3', draft: true })
    const r = await run(emu)
    expect(r.code).toBe(0)
    expect(calls(emu)).toEqual([
      'GetReleaseByTag 404',
      'ListReleases 200',
      'UpdateRelease 200',
      'GetRelease 200'
    ])
    expect(bodyOf(emu, draft.id)).toBe(block('cn-hangzhou', r.outputs['image-id']))
    expect(bodyOf(emu, other.id)).toBe('old notes')
    expect(r.stdout).toContain(`Draft release ${draft.id} of tag v1.2.3 now records`)
  })

  it('no release for the tag: a notice that says what to do, exit 0, outputs set', async () => {
    emu.seedRelease({ tag_name: 'v1.0.0', body: 'x' })
    const r = await run(emu)
    expect(r.errors).toEqual([])
    expect(r.code).toBe(0)
    expect(r.outputs['image-id']).toMatch(/^m-/)
    const [notice, ...more] = notices(r)
    expect(more).toEqual([])
    expect(notice).toContain('octo-org/octo-repo has no GitHub Release for tag v1.2.3')
    expect(notice).toContain(r.outputs['image-id'])
    expect(notice).toContain('after the step that creates the release')
    expect(calls(emu)).toEqual(['GetReleaseByTag 404', 'ListReleases 200'])
  })

  it('not a tag run: a notice, no GitHub call, exit 0', async () => {
    const r = await run(
      emu,
      {},
      { GITHUB_REF: 'refs/heads/main', GITHUB_REF_TYPE: 'branch', GITHUB_REF_NAME: 'main' }
    )
    expect(r.code).toBe(0)
    expect(notices(r)).toEqual([expect.stringContaining('this run is for branch main, not a tag')])
    expect(github(emu)).toEqual([])
  })

  it('403 (no contents: write): one failure that says the image WAS registered, and the fix', async () => {
    const release = emu.seedRelease({ tag_name: 'v1.2.3', body: USER_TEXT })
    emu.setContentsPermission('read')
    const r = await run(emu)
    expect(r.code).toBe(1)
    const imageId = r.outputs['image-id']
    expect(imageId).toMatch(/^m-/)
    expect(r.errors).toHaveLength(1)
    const [message] = r.errors
    const update = github(emu).find(e => e.action === 'UpdateRelease')
    expect(message).toContain(
      `The image WAS registered: app v1.2.3 (Container) in cn-hangzhou is ${imageId}`
    )
    expect(message).toContain('GitHub API UpdateRelease failed with HTTP 403 (')
    expect(message).toContain('Resource not accessible by integration')
    expect(message).toContain(`X-GitHub-Request-Id ${update?.requestId}`)
    expect(message).toContain('The release was not changed.')
    expect(message).toContain('permissions: contents: write')
    expect(message).toContain('A re-run is safe: the image is reused')
    expect(bodyOf(emu, release.id)).toBe(USER_TEXT)
    expect(emu.count('UpdateRelease')).toBe(1)
    expect(r.stdout).toContain(
      '::error title=GitHub Release not written or not confirmed (the image was registered)::'
    )
    expect(r.stdout).toContain('TROUBLESHOOTING.md#releasenotannotated')
    // One summary: what was registered, then what failed.
    expect(r.summary).toContain(`<td>Image ID</td><td>${imageId}</td>`)
    expect(r.summary).toContain('<td>Code</td><td>ReleaseNotAnnotated</td>')
    expect(r.summary).toContain('it was registered (see the image-id output)')
    expect(count(r.summary, '<h3>')).toBe(1)
    expect(count(r.summary, '<table>')).toBe(1)
    expect(r.summary).toContain(
      '<h3>Registered E-HPC Instant image app:v1.2.3 in cn-hangzhou, then failed (ReleaseNotAnnotated)</h3>'
    )
    expect(count(r.summary, '<td>Image ID</td>')).toBe(1)
  })

  it('a 5xx is retried (from the notes read again), then the block is written', async () => {
    const release = emu.seedRelease({ tag_name: 'v1.2.3', body: 'Notes' })
    emu.fault('UpdateRelease', { kind: 'error', status: 502, code: 'BadGateway' })
    emu.fault('GetReleaseByTag', { kind: 'error', status: 503, code: 'Unavailable' })
    const r = await run(emu)
    expect(r.errors).toEqual([])
    expect(r.code).toBe(0)
    expect(calls(emu)).toEqual([
      'GetReleaseByTag 503',
      'GetReleaseByTag 200',
      'UpdateRelease 502',
      'GetRelease 200',
      'UpdateRelease 200',
      'GetRelease 200'
    ])
    expect(bodyOf(emu, release.id)).toBe(`Notes\n\n${block('cn-hangzhou', r.outputs['image-id'])}`)
  })

  it('a 502 on the write, then a refusal: does not claim the release was not changed (the 502 may have landed)', async () => {
    const release = emu.seedRelease({ tag_name: 'v1.2.3', body: 'Notes' })
    emu.fault('UpdateRelease', { kind: 'error', status: 502, code: 'BadGateway' })
    emu.fault('UpdateRelease', { kind: 'error', status: 422, code: 'Invalid' })
    const r = await run(emu)
    expect(r.code).toBe(1)
    expect(r.errors).toHaveLength(1)
    const [message] = r.errors
    expect(message).toContain('GitHub API UpdateRelease failed after 2 attempts with HTTP 422')
    expect(message).not.toContain('The release was not changed.')
    expect(message).toContain('UpdateRelease attempt 1 got HTTP 502')
    expect(message).toContain('the block may have been written')
    expect(bodyOf(emu, release.id)).toBe('Notes')
  })

  it('a 502 on the write, then the re-read before the retry fails: says the 502 may have written the block', async () => {
    emu.seedRelease({ tag_name: 'v1.2.3', body: 'Notes' })
    emu.fault('UpdateRelease', { kind: 'error', status: 502, code: 'BadGateway' })
    emu.fault('GetRelease', { kind: 'error', status: 503, code: 'Unavailable', times: 2 })
    const r = await run(emu, { 'max-attempts': '2' })
    expect(r.code).toBe(1)
    const [message] = r.errors
    expect(message).toContain('GitHub API GetRelease failed after 2 attempts with HTTP 503')
    expect(message).toContain('UpdateRelease attempt 1 got HTTP 502')
    expect(message).toContain('the block may have been written')
    expect(calls(emu)).toEqual([
      'GetReleaseByTag 200',
      'UpdateRelease 502',
      'GetRelease 503',
      'GetRelease 503'
    ])
  })

  it('the block written, then every read back fails: says it was written and only the read-back failed', async () => {
    const release = emu.seedRelease({ tag_name: 'v1.2.3', body: 'Notes' })
    emu.fault('GetRelease', { kind: 'error', status: 503, code: 'Unavailable', times: 3 })
    const r = await run(emu, { 'max-attempts': '3' })
    expect(r.code).toBe(1)
    expect(r.errors).toHaveLength(1)
    const [message] = r.errors
    expect(message).toContain('The image WAS registered')
    expect(message).not.toContain('writing it into the GitHub Release of tag v1.2.3')
    expect(message).toContain(
      "the block was written (GitHub's answer to the write holds the block)"
    )
    expect(message).toContain(
      'reading the release back failed: GitHub API GetRelease failed after 3 attempts with HTTP 503'
    )
    expect(bodyOf(emu, release.id)).toBe(`Notes\n\n${block('cn-hangzhou', r.outputs['image-id'])}`)
    expect(r.stdout).toContain('TROUBLESHOOTING.md#releasenotannotated')
  })

  it('a write that landed although its answer was lost: the retry finds the block there and does not write it again', async () => {
    const release = emu.seedRelease({ tag_name: 'v1.2.3', body: 'Notes' })
    emu.fault('UpdateRelease', { kind: 'performThenReset' })
    const r = await run(emu)
    expect(r.errors).toEqual([])
    expect(r.code).toBe(0)
    expect(emu.count('UpdateRelease')).toBe(1)
    expect(bodyOf(emu, release.id)).toBe(`Notes\n\n${block('cn-hangzhou', r.outputs['image-id'])}`)
    expect(r.stdout).toContain('already holds the block')
  })

  it('a secondary rate limit (403 with Retry-After) is retried; another 4xx is not', async () => {
    emu.seedRelease({ tag_name: 'v1.2.3', body: 'Notes' })
    emu.fault('UpdateRelease', {
      kind: 'error',
      status: 403,
      code: 'SecondaryRateLimit',
      message:
        'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
      headers: { 'retry-after': '0' }
    })
    const ok = await run(emu)
    expect(ok.code).toBe(0)
    expect(emu.count('UpdateRelease')).toBe(2)

    emu.reset()
    emu.seedRelease({ tag_name: 'v1.2.3', body: 'Notes' })
    emu.fault('UpdateRelease', { kind: 'error', status: 422, code: 'Invalid', times: 5 })
    const bad = await run(emu)
    expect(bad.code).toBe(1)
    expect(emu.count('UpdateRelease')).toBe(1)
    expect(bad.errors[0]).toContain('with HTTP 422')
  })

  it('an attempt without an answer is cut off at request-timeout-seconds and retried', async () => {
    const release = emu.seedRelease({ tag_name: 'v1.2.3', body: 'Notes' })
    emu.fault('GetReleaseByTag', { kind: 'hang' })
    const r = await run(emu, { 'request-timeout-seconds': '1' })
    expect(r.errors).toEqual([])
    expect(r.code).toBe(0)
    expect(emu.count('GetReleaseByTag')).toBe(2)
    expect(bodyOf(emu, release.id)).toContain(startOf('cn-hangzhou'))
  })

  it('a redirect loop: bounded, and the message names the host, never the URL or its query', async () => {
    const location = '/api/v3/repos/octo-org/octo-repo/releases/tags/v1.2.3?sig=SignedQuery0123'
    emu.fault('GetReleaseByTag', {
      kind: 'error',
      code: 'Found',
      status: 302,
      headers: { location },
      times: Infinity
    })
    const r = await run(emu, { 'max-attempts': '1' })
    expect(r.code).toBe(1)
    expect(emu.count('GetReleaseByTag')).toBe(6)
    expect(r.errors[0]).toContain('TooManyRedirects')
    expect(r.errors[0]).toContain(`to ${new URL(emu.url).host}`)
    for (const text of [r.stdout, r.summary]) {
      expect(text).not.toContain('SignedQuery0123')
      expect(text).not.toContain('/releases/tags/')
    }
  })

  it('a body edited by someone else who read it before our write: the block is written again, their edit kept', async () => {
    const release = emu.seedRelease({ tag_name: 'v1.2.3', body: 'Notes' })
    emu.raceRelease(release.id, body => `${body}\n\nEdited by someone else`)
    const r = await run(emu)
    expect(r.errors).toEqual([])
    expect(r.code).toBe(0)
    expect(bodyOf(emu, release.id)).toBe(
      `Notes\n\nEdited by someone else\n\n${block('cn-hangzhou', r.outputs['image-id'])}`
    )
    expect(calls(emu)).toEqual([
      'GetReleaseByTag 200',
      'UpdateRelease 200',
      'GetRelease 200',
      'UpdateRelease 200',
      'GetRelease 200'
    ])
    expect(r.stdout).toContain('another writer changed the body meanwhile; writing it again (2/6)')
  })

  it('a writer that never stops racing: bounded, then the failure message', async () => {
    const release = emu.seedRelease({ tag_name: 'v1.2.3', body: 'Notes' })
    emu.raceRelease(release.id, body => body, 100)
    const r = await run(emu)
    expect(r.code).toBe(1)
    expect(emu.count('UpdateRelease')).toBe(6)
    expect(r.errors).toEqual([
      expect.stringContaining('after 6 writes the block was still not there')
    ])
    expect(r.errors[0]).toContain('The image WAS registered')
  })

  it('an image-version holding the markers cannot forge them: one write, one whole block', async () => {
    const version = `v1 ${endOf('cn-hangzhou')} x`
    const release = emu.seedRelease({ tag_name: 'v1.2.3', body: 'Notes' })
    const first = await run(emu, { 'image-version': version })
    expect(first.errors).toEqual([])
    expect(first.code).toBe(0)
    expect(emu.count('UpdateRelease')).toBe(1)
    const body = bodyOf(emu, release.id)
    expect(count(body, '<!-- ehpc-add-image:start')).toBe(1)
    expect(
      body.startsWith(
        `Notes\n\n${startOf('cn-hangzhou')}\nE-HPC Instant image \`app\` \`${version}\``
      )
    ).toBe(true)
    expect(body.endsWith(`\n${endOf('cn-hangzhou')}`)).toBe(true)
    // A re-run finds the block as written and leaves it.
    const again = await run(emu, { 'image-version': version })
    expect(again.code).toBe(0)
    expect(emu.count('UpdateRelease')).toBe(1)
    expect(bodyOf(emu, release.id)).toBe(body)
  })

  it('a block that would take the body past 125,000 characters: no write, the failure message', async () => {
    const long = 'x'.repeat(124_950)
    const release = emu.seedRelease({ tag_name: 'v1.2.3', body: long })
    const r = await run(emu)
    expect(r.code).toBe(1)
    expect(r.errors[0]).toMatch(/above GitHub's limit of 125000/)
    expect(emu.count('UpdateRelease')).toBe(0)
    expect(bodyOf(emu, release.id)).toBe(long)
  })

  it('dry-run says what it would write and sends nothing', async () => {
    emu.seedRelease({ tag_name: 'v1.2.3', body: 'Notes' })
    const r = await run(emu, {
      'dry-run': 'true',
      'access-key-id': '',
      'access-key-secret': ''
    })
    expect(r.code).toBe(0)
    expect(r.stdout).toContain(
      'annotate-release: true: after registering, the run would write into the GitHub Release of tag v1.2.3 in octo-org/octo-repo'
    )
    expect(r.stdout).toContain(
      `${startOf('cn-hangzhou')}\nE-HPC Instant image \`app\` \`v1.2.3\` (\`Container\`) in \`cn-hangzhou\`: \`<image id>\`\n${endOf('cn-hangzhou')}`
    )
    expect(emu.requests).toEqual([])
  })

  it('annotate-release not set: no GitHub call, and github-token is not even read', async () => {
    emu.seedRelease({ tag_name: 'v1.2.3', body: 'Notes' })
    const r = await run(emu, { 'annotate-release': '' })
    expect(r.code).toBe(0)
    expect(github(emu)).toEqual([])
    expect(r.stdout).not.toContain(`::add-mask::${TOKEN}`)
  })

  it.each<[string, Record<string, string>, Record<string, string>, string, RegExp]>([
    ['annotate-release: yes', { 'annotate-release': 'yes' }, {}, 'annotate-release', /"yes"/],
    ['an empty github-token', { 'github-token': '' }, {}, 'github-token', /is empty/],
    [
      'GITHUB_API_URL not http(s)',
      {},
      { GITHUB_API_URL: 'ftp://x' },
      'GITHUB_API_URL',
      /ftp:\/\/x/
    ],
    [
      // User info in the URL is never repeated: it may be a password.
      'GITHUB_API_URL not http(s), with user info',
      {},
      { GITHUB_API_URL: 'ftp://deploy:api-url-Pa55word@git.example.com/api' },
      'GITHUB_API_URL',
      /^(?![\s\S]*api-url-Pa55word)[\s\S]*"ftp:\/\/\*\*\*@git\.example\.com\/api"/
    ]
  ])('input error before any call: %s', async (_c, extra, env, names, detail) => {
    const r = await run(emu, extra, env)
    expect(r.code).toBe(1)
    expect(r.errors).toEqual([expect.stringContaining(names)])
    expect(r.errors[0]).toMatch(detail)
    expect(emu.requests).toEqual([])
  })

  it('goes through HTTP_PROXY like every other call (GitHub host reachable only via the proxy)', async () => {
    const release = emu.seedRelease({ tag_name: 'v1.2.3', body: 'Notes' })
    const emulatorHost = `127.0.0.1:${emu.port}`
    const proxy = await startConnectProxy({
      map: new Map([
        ['api.github.test:8080', emulatorHost],
        [emulatorHost, emulatorHost]
      ])
    })
    try {
      const r = await run(
        emu,
        {},
        {
          HTTP_PROXY: proxy.url,
          GITHUB_API_URL: 'http://api.github.test:8080/api/v3'
        }
      )
      expect(r.errors).toEqual([])
      expect(r.code).toBe(0)
      expect(proxy.tunnels).toContain('api.github.test:8080')
      expect(r.stdout).toContain('Connecting to api.github.test:8080 via proxy')
      expect(bodyOf(emu, release.id)).toContain(startOf('cn-hangzhou'))
    } finally {
      await proxy.close()
    }
  })
})

describe('annotate-release behind a proxy that wants credentials (through dist/index.js)', () => {
  let emu: Emulator
  beforeAll(async () => {
    emu = await startEmulator()
  })
  afterAll(() => emu.close())

  it('a 407 on the GitHub call: the fix names the proxy credentials, not the timeout', async () => {
    emu.seedRelease({ tag_name: 'v1.2.3', body: 'Notes' })
    const proxy = await startConnectProxy({ status: 407 })
    try {
      const r = await run(
        emu,
        { 'max-attempts': '1' },
        {
          HTTP_PROXY: proxy.url,
          NO_PROXY: '127.0.0.1',
          GITHUB_API_URL: 'http://api.github.test:8080/api/v3'
        }
      )
      expect(r.code).toBe(1)
      expect(r.errors[0]).toContain('The image WAS registered')
      expect(r.errors[0]).toContain('for a 407, the user:password in it')
      expect(r.errors[0]).not.toContain('raise request-timeout-seconds')
    } finally {
      await proxy.close()
    }
  })
})

describe('annotate-release: two matrix legs at once (through dist/index.js)', () => {
  it('leave two blocks: both read the same body, and the leg whose block was lost writes again', async () => {
    // One E-HPC Instant per region; the GitHub API on the first.
    const [hangzhou, shanghai] = await Promise.all([startEmulator(), startEmulator()])
    try {
      const release = hangzhou.seedRelease({ tag_name: 'v1.2.3', body: USER_TEXT })
      hangzhou.holdReleaseReads(2)
      const env = { ...hangzhou.githubApiEnv(), EHPC_ADD_IMAGE_RETRY_BASE_MS: '300' }
      const [a, b] = await Promise.all([
        runAction(inputs(hangzhou.url), { env, timeoutMs: 30_000 }),
        runAction(inputs(shanghai.url, { region: 'cn-shanghai' }), { env, timeoutMs: 30_000 })
      ])
      expect([a.errors, b.errors]).toEqual([[], []])
      expect([a.code, b.code]).toEqual([0, 0])
      const body = bodyOf(hangzhou, release.id)
      expect(body.startsWith(`${USER_TEXT}\r\n`)).toBe(true)
      expect(count(body, block('cn-hangzhou', a.outputs['image-id'], '\r\n'))).toBe(1)
      expect(count(body, block('cn-shanghai', b.outputs['image-id'], '\r\n'))).toBe(1)
      expect(count(body, '<!-- ehpc-add-image:start')).toBe(2)
      // Both read the release before either wrote: one write was lost and done again.
      expect(hangzhou.count('UpdateRelease')).toBeGreaterThanOrEqual(3)
    } finally {
      await Promise.all([hangzhou.close(), shanghai.close()])
    }
  })

  it('a write retried after a rate-limit wait longer than the window re-reads the notes first, so it keeps the blocks of the other legs', async () => {
    const regions = ['cn-hangzhou', 'cn-shanghai']
    const emus = await Promise.all(regions.map(() => startEmulator()))
    const [github] = emus
    try {
      const release = github.seedRelease({ tag_name: 'v1.2.3', body: 'Notes' })
      github.holdReleaseReads(regions.length)
      // The first write to arrive is refused (not carried out) with a 4 s Retry-After: its
      // leg writes again after the other leg's 2 s window has passed.
      github.fault('UpdateRelease', {
        kind: 'error',
        status: 403,
        code: 'SecondaryRateLimit',
        message: 'You have exceeded a secondary rate limit.',
        headers: { 'retry-after': '4' }
      })
      const env = { ...github.githubApiEnv(), EHPC_ADD_IMAGE_RETRY_BASE_MS: '300' }
      const legs = await Promise.all(
        regions.map((region, i) =>
          runAction(inputs(emus[i].url, { region }), { env, timeoutMs: 60_000 })
        )
      )
      expect(legs.map(l => l.errors)).toEqual(regions.map(() => []))
      expect(legs.map(l => l.code)).toEqual(regions.map(() => 0))
      const body = bodyOf(github, release.id)
      regions.forEach((region, i) =>
        expect(count(body, block(region, legs[i].outputs['image-id']))).toBe(1)
      )
    } finally {
      await Promise.all(emus.map(e => e.close()))
    }
  })

  it('a write that lands seconds late drops the blocks of the others: they watch for request-timeout-seconds, write again, and all exit 0 with every block there', async () => {
    const regions = ['cn-hangzhou', 'cn-shanghai', 'cn-beijing']
    const emus = await Promise.all(regions.map(() => startEmulator()))
    const [github] = emus
    try {
      const release = github.seedRelease({ tag_name: 'v1.2.3', body: 'Notes' })
      // All legs read the same body; the first write to arrive lands 4 s later, within the
      // legs' 6 s request-timeout-seconds, and drops every block written meanwhile.
      github.holdReleaseReads(regions.length)
      github.fault('UpdateRelease', { kind: 'delay', ms: 4_000 })
      const env = { ...github.githubApiEnv(), EHPC_ADD_IMAGE_RETRY_BASE_MS: '300' }
      const legs = await Promise.all(
        regions.map((region, i) =>
          runAction(inputs(emus[i].url, { region, 'request-timeout-seconds': '6' }), {
            env,
            timeoutMs: 60_000
          })
        )
      )
      expect(legs.map(l => l.errors)).toEqual(regions.map(() => []))
      expect(legs.map(l => l.code)).toEqual(regions.map(() => 0))
      const body = bodyOf(github, release.id)
      expect(body.startsWith('Notes\n\n')).toBe(true)
      regions.forEach((region, i) =>
        expect(count(body, block(region, legs[i].outputs['image-id']))).toBe(1)
      )
      expect(count(body, '<!-- ehpc-add-image:start')).toBe(regions.length)
    } finally {
      await Promise.all(emus.map(e => e.close()))
    }
  })
})

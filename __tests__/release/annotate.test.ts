import { ActionError, ApiError } from '../../src/failures/errors.js'
import {
  annotateRelease,
  BodyTooLongError,
  ContendedError,
  UncheckedWriteError,
  describeDryRun,
  releaseFailureMessage,
  findRelease,
  LIST_PAGE_SIZE,
  MAX_RELEASE_LIST_PAGES,
  writeRecord,
  type AnnotateDeps
} from '../../src/release/annotate.js'
import {
  EarlierWriteUnknownError,
  type Release,
  type ReleasesApi
} from '../../src/release/releases-api.js'
import { holdsRecord, renderBlock, type ReleaseRecord } from '../../src/release/block.js'
import type { ReleaseConfig } from '../../src/inputs/config.js'
import type { RetryPolicy } from '../../src/failures/retry.js'

const RECORD: ReleaseRecord = {
  region: 'cn-hangzhou',
  name: 'app',
  version: 'v1.2.3',
  type: 'Container',
  imageId: 'm-new'
}
const CONFIG: ReleaseConfig = {
  token: 'ghs_x',
  apiUrl: 'https://api.github.com',
  apiEndpoint: { host: 'api.github.com', protocol: 'https' },
  repository: 'octo/repo',
  tag: 'v1.2.3'
}

/** A policy on an injected clock that only its sleep moves forward. */
function policy(over: Partial<RetryPolicy> = {}): RetryPolicy & { slept: number[] } {
  const slept: number[] = []
  let clock = 0
  return {
    maxAttempts: 5,
    baseDelayMs: 100,
    maxDelayMs: 1000,
    deadline: Number.MAX_SAFE_INTEGER,
    sleep: async ms => {
      slept.push(ms)
      clock += ms
    },
    random: () => 0.5,
    now: () => clock,
    slept,
    ...over
  }
}

/** An in-memory release list; `afterUpdate` plays another writer. */
function fakeApi(releases: Release[], afterUpdate?: (r: Release) => void) {
  const log: string[] = []
  const api: ReleasesApi = {
    async getByTag(tag) {
      log.push(`getByTag ${tag}`)
      const r = releases.find(x => x.tagName === tag && !x.draft)
      return r && { ...r }
    },
    async list(page, perPage) {
      log.push(`list ${page}`)
      return releases.slice((page - 1) * perPage, page * perPage).map(r => ({ ...r }))
    },
    async get(id) {
      log.push(`get ${id}`)
      return { ...(releases.find(r => r.id === id) as Release) }
    },
    async update(id, bodyFor) {
      const body = await bodyFor(1)
      if (body === undefined) return undefined
      log.push(`update ${id}`)
      const r = releases.find(x => x.id === id) as Release
      r.body = body
      const answer = { ...r }
      afterUpdate?.(r)
      return answer
    },
    close() {
      log.push('close')
    }
  }
  return { api, log }
}

function deps(api: ReleasesApi, over: Partial<AnnotateDeps> = {}) {
  const notices: string[] = []
  const lines: string[] = []
  const d: AnnotateDeps = {
    policy: policy(),
    budget: { deadline: Infinity, totalMs: Infinity, now: Date.now },
    timeoutMs: 1000,
    log: m => lines.push(m),
    debug: () => undefined,
    notice: m => notices.push(m),
    connect: async () => api,
    ...over
  }
  return { d, notices, lines }
}

describe('findRelease', () => {
  it('takes the published release by tag without listing', async () => {
    const { api, log } = fakeApi([{ id: 1, tagName: 'v1.2.3', draft: false, body: '' }])
    expect((await findRelease(api, 'v1.2.3'))?.id).toBe(1)
    expect(log).toEqual(['getByTag v1.2.3'])
  })

  it('finds a draft on a later page of the list', async () => {
    const many: Release[] = Array.from({ length: LIST_PAGE_SIZE + 3 }, (_, i) => ({
      id: i + 1,
      tagName: `v0.${i}`,
      draft: false,
      body: ''
    }))
    many.push({ id: 999, tagName: 'v1.2.3', draft: true, body: '' })
    const { api, log } = fakeApi(many)
    expect((await findRelease(api, 'v1.2.3'))?.id).toBe(999)
    expect(log).toEqual(['getByTag v1.2.3', 'list 1', 'list 2'])
  })

  it(`stops after ${MAX_RELEASE_LIST_PAGES} full pages`, async () => {
    const full: Release[] = Array.from({ length: LIST_PAGE_SIZE }, (_, i) => ({
      id: i,
      tagName: 'other',
      draft: false,
      body: ''
    }))
    const api: ReleasesApi = {
      getByTag: async () => undefined,
      list: async () => full,
      get: async () => full[0],
      update: async () => full[0],
      close: () => undefined
    }
    let pages = 0
    const list = api.list
    api.list = (page, perPage) => {
      pages++
      return list(page, perPage)
    }
    expect(await findRelease(api, 'v1.2.3')).toBeUndefined()
    expect(pages).toBe(MAX_RELEASE_LIST_PAGES)
  })
})

describe('writeRecord', () => {
  /** The watch window: request-timeout-seconds. */
  const WINDOW_MS = 1000
  const quiet = (p: RetryPolicy) => ({ policy: p, log: () => undefined, timeoutMs: WINDOW_MS })

  it('writes once, then reads back at the backoff steps (jitter) until the window has passed', async () => {
    const release: Release = { id: 7, tagName: 'v1.2.3', draft: false, body: 'Notes' }
    const { api, log } = fakeApi([release])
    const p = policy()
    expect(await writeRecord(api, { ...release }, RECORD, quiet(p))).toBe(1)
    expect(log).toEqual(['update 7', 'get 7', 'get 7', 'get 7', 'get 7'])
    // base 100 + 0.5 * min(1000, 100 * 2^(n-1)); the last read at the window's end (t = 1000).
    expect(p.slept).toEqual([150, 200, 300, 350])
    expect(p.now()).toBe(WINDOW_MS)
    expect(release.body).toBe(`Notes\n\n${renderBlock(RECORD)}`)
  })

  it('a write that lands late in the window drops the block: written again, and the window starts over', async () => {
    const release: Release = { id: 7, tagName: 't', draft: false, body: 'Notes' }
    const { api } = fakeApi([release])
    const p = policy()
    // Another leg read the body before our write; its write lands 600 ms after ours.
    let landed = false
    const get = api.get
    api.get = async id => {
      if (!landed && p.now() >= 600) {
        landed = true
        release.body = 'Notes\n\nother leg'
      }
      return get(id)
    }
    const writtenAt: number[] = []
    const update = api.update
    api.update = async (id, body) => {
      writtenAt.push(p.now())
      return update(id, body)
    }
    const lines: string[] = []
    expect(
      await writeRecord(api, { ...release }, RECORD, { ...quiet(p), log: m => lines.push(m) })
    ).toBe(2)
    expect(release.body).toBe(`Notes\n\nother leg\n\n${renderBlock(RECORD)}`)
    expect(writtenAt).toEqual([0, 650])
    // The second write is watched for a whole window of its own.
    expect(p.now()).toBe(650 + WINDOW_MS)
    expect(lines).toEqual([expect.stringContaining('writing it again (2/6)')])
  })

  it('a retried write makes its body again from the notes as they are now', async () => {
    const release: Release = { id: 7, tagName: 't', draft: false, body: 'Notes' }
    const { api, log } = fakeApi([release])
    // The first attempt is refused; another leg writes while this one waits to retry.
    api.update = async (id, bodyFor) => {
      const stale = await bodyFor(1)
      log.push(`refused ${id}`)
      release.body = 'Notes\n\nother leg'
      const body = await bodyFor(2)
      expect(body).not.toBe(stale)
      log.push(`update ${id}`)
      release.body = body as string
      return { ...release }
    }
    expect(await writeRecord(api, { ...release }, RECORD, quiet(policy()))).toBe(1)
    expect(log.slice(0, 3)).toEqual(['refused 7', 'get 7', 'update 7'])
    expect(release.body).toBe(`Notes\n\nother leg\n\n${renderBlock(RECORD)}`)
  })

  it('a retry whose re-read finds the block (the failed attempt landed) writes nothing and watches', async () => {
    const release: Release = { id: 7, tagName: 't', draft: false, body: 'Notes' }
    const { api, log } = fakeApi([release])
    const p = policy()
    let sent = 0
    // Attempt 1 lands, but its answer is lost (a 502 from a proxy, a timeout).
    api.update = async (id, bodyFor) => {
      release.body = (await bodyFor(1)) as string
      sent++
      log.push(`lost ${id}`)
      const again = await bodyFor(2)
      if (again === undefined) return undefined
      sent++
      release.body = again
      return { ...release }
    }
    const lines: string[] = []
    expect(
      await writeRecord(api, { ...release }, RECORD, { ...quiet(p), log: m => lines.push(m) })
    ).toBe(1)
    expect(sent).toBe(1)
    expect(log).toEqual(['lost 7', 'get 7', 'get 7', 'get 7', 'get 7', 'get 7'])
    expect(p.now()).toBe(WINDOW_MS)
    expect(release.body).toBe(`Notes\n\n${renderBlock(RECORD)}`)
    expect(lines).toEqual([expect.stringContaining('already holds the block')])
  })

  it('a read back that fails after its retries: written, not watched, and the read error kept', async () => {
    const release: Release = { id: 7, tagName: 't', draft: false, body: '' }
    const { api } = fakeApi([release])
    const read = new ApiError({
      service: 'github',
      action: 'GetRelease',
      code: 'HTTP503',
      httpStatus: 503,
      attempts: 3
    })
    api.get = async () => {
      throw read
    }
    const err = await writeRecord(api, release, RECORD, quiet(policy())).catch((e: unknown) => e)
    expect(err).toEqual(new UncheckedWriteError(1, true, WINDOW_MS, undefined, read))
    expect((err as UncheckedWriteError).readFailure).toBe(read)
  })

  it('writes nothing, and reads nothing, when the block is already right', async () => {
    const release: Release = { id: 7, tagName: 't', draft: false, body: renderBlock(RECORD) }
    const { api, log } = fakeApi([release])
    expect(await writeRecord(api, release, RECORD, quiet(policy()))).toBe(0)
    expect(log).toEqual([])
  })

  it('gives up after 6 writes against a writer that never stops', async () => {
    const release: Release = { id: 7, tagName: 't', draft: false, body: '' }
    const { api, log } = fakeApi([release], r => {
      r.body = ''
    })
    await expect(writeRecord(api, release, RECORD, quiet(policy()))).rejects.toEqual(
      new ContendedError(6)
    )
    expect(log.filter(l => l.startsWith('update'))).toHaveLength(6)
  })

  it('no room in the step budget for the first read: written, not read back', async () => {
    const release: Release = { id: 7, tagName: 't', draft: false, body: '' }
    const { api, log } = fakeApi([release])
    await expect(
      writeRecord(api, release, RECORD, quiet(policy({ deadline: 100 })))
    ).rejects.toEqual(new UncheckedWriteError(1, true, WINDOW_MS, undefined))
    expect(log).toEqual(['update 7'])
  })

  it('the step budget ends inside the window: says how long the block was seen, not more', async () => {
    const release: Release = { id: 7, tagName: 't', draft: false, body: '' }
    const { api, log } = fakeApi([release])
    const err = await writeRecord(api, release, RECORD, quiet(policy({ deadline: 500 }))).catch(
      (e: unknown) => e
    )
    expect(err).toBeInstanceOf(UncheckedWriteError)
    expect(err).toMatchObject({
      writes: 1,
      answerHolds: true,
      windowMs: WINDOW_MS,
      lastSeenMs: 350
    })
    expect(log).toEqual(['update 7', 'get 7', 'get 7'])
  })

  it('a read cut by the step budget is the same: written, not watched to the end', async () => {
    const release: Release = { id: 7, tagName: 't', draft: false, body: '' }
    const { api } = fakeApi([release])
    api.get = async () => {
      throw new ApiError({ service: 'github', action: 'GetRelease', code: 'StepBudgetExhausted' })
    }
    await expect(writeRecord(api, release, RECORD, quiet(policy()))).rejects.toEqual(
      new UncheckedWriteError(1, true, WINDOW_MS, undefined)
    )
  })

  it('refuses to write a body over 125,000 characters', async () => {
    const release: Release = { id: 7, tagName: 't', draft: false, body: 'x'.repeat(124_990) }
    const { api, log } = fakeApi([release])
    await expect(writeRecord(api, release, RECORD, quiet(policy()))).rejects.toBeInstanceOf(
      BodyTooLongError
    )
    expect(log).toEqual([])
  })
})

describe('annotateRelease', () => {
  it('not a tag run: a notice, and no client is made', async () => {
    let connected = false
    const connect = async () => {
      connected = true
      return {} as ReleasesApi
    }
    const { d, notices } = deps({} as ReleasesApi, { connect })
    await annotateRelease({ ...CONFIG, tag: undefined, ref: 'branch main' }, RECORD, d)
    expect(notices).toEqual([expect.stringContaining('this run is for branch main, not a tag')])
    expect(notices[0]).toContain('m-new')
    expect(connected).toBe(false)
  })

  it('outside GitHub Actions (no repository): a notice', async () => {
    const { d, notices } = deps({} as ReleasesApi)
    await annotateRelease({ ...CONFIG, repository: undefined }, RECORD, d)
    expect(notices).toEqual([expect.stringContaining('no GITHUB_REPOSITORY')])
  })

  it('no release: a notice, and the client is closed', async () => {
    const { api, log } = fakeApi([])
    const { d, notices } = deps(api)
    await annotateRelease(CONFIG, RECORD, d)
    expect(notices).toEqual([
      expect.stringContaining('octo/repo has no GitHub Release for tag v1.2.3')
    ])
    expect(log.at(-1)).toBe('close')
  })

  it('writes the block and closes the client', async () => {
    const release: Release = { id: 3, tagName: 'v1.2.3', draft: false, body: '' }
    const { api, log } = fakeApi([release])
    const { d, lines } = deps(api)
    await annotateRelease(CONFIG, RECORD, d)
    expect(holdsRecord(release.body, RECORD)).toBe(true)
    expect(lines.at(-1)).toBe('Release 3 of tag v1.2.3 now records m-new.')
    expect(log.at(-1)).toBe('close')
  })

  it('a GitHub error becomes one ActionError that says the image was registered', async () => {
    const { api } = fakeApi([])
    api.getByTag = async () => {
      throw new ApiError({
        service: 'github',
        action: 'GetReleaseByTag',
        code: 'HTTP401',
        httpStatus: 401,
        requestId: 'AB:CD',
        serverMessage: 'Bad credentials'
      })
    }
    const { d } = deps(api)
    const err = await annotateRelease(CONFIG, RECORD, d).catch(e => e)
    expect(err).toBeInstanceOf(ActionError)
    expect(err.requestId).toBe('AB:CD')
    expect(err.message).toContain('The image WAS registered')
    expect(err.message).toContain('github-token was refused')
  })
})

describe('annotateRelease request id', () => {
  it('of a wrapped failure: the last GitHub answer it names', async () => {
    const release: Release = { id: 3, tagName: 'v1.2.3', draft: false, body: '' }
    const { api } = fakeApi([release])
    api.update = async () => {
      throw new EarlierWriteUnknownError(
        new ApiError({
          service: 'github',
          action: 'GetRelease',
          code: 'HTTP503',
          httpStatus: 503,
          requestId: 'LAST'
        }),
        1,
        new ApiError({
          service: 'github',
          action: 'UpdateRelease',
          code: 'HTTP502',
          httpStatus: 502,
          requestId: 'FIRST'
        })
      )
    }
    const { d } = deps(api)
    const err = await annotateRelease(CONFIG, RECORD, d).catch(e => e)
    expect(err).toBeInstanceOf(ActionError)
    expect(err.requestId).toBe('LAST')
    expect(err.message).toContain('UpdateRelease attempt 1 got HTTP 502, X-GitHub-Request-Id FIRST')
  })
})

describe('releaseFailureMessage', () => {
  const api = (fields: Partial<ConstructorParameters<typeof ApiError>[0]>) =>
    new ApiError({
      service: 'github',
      action: 'UpdateRelease',
      code: 'HTTP403',
      ...fields
    })

  it.each<[string, unknown, RegExp[]]>([
    [
      '403',
      api({
        httpStatus: 403,
        requestId: 'R:1',
        serverMessage: 'Resource not accessible by integration.'
      }),
      [
        /UpdateRelease failed with HTTP 403 \("Resource not accessible by integration"\), X-GitHub-Request-Id R:1\./,
        /The release was not changed\./,
        /permissions: contents: write/
      ]
    ],
    [
      '404 on the list',
      api({ action: 'ListReleases', httpStatus: 404, code: 'HTTP404' }),
      [/cannot see the repository/]
    ],
    ['404 on the update', api({ httpStatus: 404, code: 'HTTP404' }), [/deleted meanwhile/]],
    [
      '5xx after attempts',
      Object.assign(api({ httpStatus: 502, code: 'HTTP502' }), { attempts: 5 }),
      [/failed after 5 attempts with HTTP 502/, /githubstatus/]
    ],
    [
      'a secondary rate limit',
      api({ httpStatus: 403, code: 'SecondaryRateLimit' }),
      [/with HTTP 403 SecondaryRateLimit\./, /rate-limited/]
    ],
    ['a timeout', api({ code: 'RequestTimeout' }), [/request-timeout-seconds/]],
    ['a contended release', new ContendedError(6), [/after 6 writes/]],
    ['a too long body', new BodyTooLongError(130_000), [/130000 characters/]],
    [
      'the budget ends before the first read back',
      new UncheckedWriteError(1, true, 30_000),
      [
        /the block was written \(GitHub's answer to the write holds the block\), but the step's time budget ran out before the run could watch the release for the 30\.0 s after the write/,
        /It was not read back at all\./,
        /if it is missing, re-run the job/
      ]
    ],
    [
      'the budget ends inside the watch window',
      new UncheckedWriteError(2, false, 30_000, 7_000),
      [
        /GitHub's answer to the write does not show it \(write 2, after other writers had dropped it\)/,
        /A read 7\.0 s after the write still found it; the rest of the window was not watched\./
      ]
    ],
    [
      'a definite refusal after an attempt whose outcome is unknown',
      new EarlierWriteUnknownError(
        api({ httpStatus: 403, code: 'SecondaryRateLimit', requestId: 'R:2', attempts: 2 }),
        1,
        api({ httpStatus: 502, code: 'HTTP502', requestId: 'R:1' })
      ),
      [
        /UpdateRelease failed after 2 attempts with HTTP 403 SecondaryRateLimit, X-GitHub-Request-Id R:2\. Before that, UpdateRelease attempt 1 got HTTP 502, X-GitHub-Request-Id R:1, which does not say whether GitHub carried it out: the block may have been written\./,
        /^(?![\s\S]*not changed)/,
        /rate-limited/
      ]
    ],
    [
      'the re-read before a retry fails after an attempt whose outcome is unknown',
      new EarlierWriteUnknownError(
        api({ action: 'GetRelease', httpStatus: 503, code: 'HTTP503', attempts: 5 }),
        1,
        api({ code: 'RequestTimeout' })
      ),
      [
        /GetRelease failed after 5 attempts with HTTP 503\. Before that, UpdateRelease attempt 1 got RequestTimeout, which does not say whether GitHub carried it out: the block may have been written\./,
        /githubstatus/
      ]
    ],
    [
      'a last attempt whose outcome is unknown',
      api({ httpStatus: 502, code: 'HTTP502', attempts: 5 }),
      [/GitHub may have carried out this attempt: the block may have been written\./]
    ],
    [
      'a read back that fails after the write',
      new UncheckedWriteError(
        1,
        true,
        30_000,
        undefined,
        api({
          action: 'GetRelease',
          httpStatus: 503,
          code: 'HTTP503',
          requestId: 'R:3',
          attempts: 3
        })
      ),
      [
        /Then the GitHub Release of tag v1\.2\.3 in octo\/repo could not be watched after the write: the block was written \(GitHub's answer to the write holds the block\), but reading the release back failed: GitHub API GetRelease failed after 3 attempts with HTTP 503, X-GitHub-Request-Id R:3, so the run could not watch it for the 30\.0 s after the write/,
        /^(?![\s\S]*writing it into)/,
        /githubstatus/
      ]
    ],
    ['anything else', new TypeError('boom'), [/TypeError: boom\. Please report it/]]
  ])('%s', (_c, err, patterns) => {
    const message = releaseFailureMessage(
      err,
      { ...RECORD, replacedImageId: 'm-old' },
      'v1.2.3',
      'octo/repo'
    )
    expect(message).toMatch(
      err instanceof UncheckedWriteError
        ? /^The image WAS registered: app v1\.2\.3 \(Container\) in cn-hangzhou is m-new, replacing m-old \(see the image-id output\)\. Then the GitHub Release of tag v1\.2\.3 in octo\/repo could not be watched after the write: /
        : /^The image WAS registered: app v1\.2\.3 \(Container\) in cn-hangzhou is m-new, replacing m-old \(see the image-id output\)\. But writing it into the GitHub Release of tag v1\.2\.3 in octo\/repo failed: /
    )
    for (const p of patterns) expect(message).toMatch(p)
    expect(message).toMatch(/A re-run is safe: the image is reused, not registered again\.$/)
  })
})

describe('describeDryRun', () => {
  const source = {
    region: 'cn-hangzhou',
    image: { name: 'app', version: 'v1.2.3', type: 'Container' }
  }
  it('shows the release and the block it would write', () => {
    const text = describeDryRun(CONFIG, source)
    expect(text).toContain('GitHub Release of tag v1.2.3 in octo/repo')
    expect(text).toContain(renderBlock({ ...RECORD, imageId: '<image id>' }))
  })
  it('says when there would be nothing to write to', () => {
    expect(describeDryRun({ ...CONFIG, tag: undefined, ref: 'branch main' }, source)).toContain(
      'this run is for branch main'
    )
  })
})

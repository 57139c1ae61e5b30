// The lookup through dist/index.js against ListImages servers that answer the ways the API
// reference leaves open: page size refused or clamped, TotalCount per page or missing,
// ImageType missing, a server that lies; and many versions read in parallel.
import {
  DEMO_ACCESS_KEY,
  startEmulator,
  type Emulator,
  type EmulatorOptions
} from '../../emulator/emulator.mjs'
import { runAction } from '../../scripts/lib/run-action.mjs'
import { MAX_IN_FLIGHT } from '../../src/register/paging.js'

const REPO = 'registry.cn-hangzhou.aliyuncs.com/hpc/solver'

const emulators: Emulator[] = []
afterAll(() => Promise.all(emulators.map(e => e.close())))

/**
 * An emulator holding `n` versions of "solver"; the release version (`v1.2.3`) is the
 * oldest (on the last page) unless `at` puts it elsewhere (0 = newest), or absent with -1.
 */
async function withVersions(options: EmulatorOptions, n: number, at = n - 1) {
  const emu = await startEmulator(options)
  emulators.push(emu)
  const oldest = Date.parse('2024-01-01T00:00:00Z')
  const iso = (ms: number) => new Date(ms).toISOString().replace(/\.\d+Z$/, 'Z')
  const seeded = emu.seedImages(
    Array.from({ length: n }, (_, k) => {
      const version = k === at ? 'v1.2.3' : `sha-${k}`
      return {
        Name: 'solver',
        Version: version,
        ImageType: 'Container' as const,
        // Newest first in ListImages: index 0 is the newest.
        CreateTime: iso(oldest + (n - k) * 1000),
        ContainerImageSpec: { RegistryUrl: `${REPO}:${version}` }
      }
    })
  )
  return { emu, releaseId: at >= 0 ? seeded[at].ImageId : undefined }
}

function inputs(emu: Emulator) {
  return {
    region: 'cn-hangzhou',
    endpoint: emu.url,
    'access-key-id': DEMO_ACCESS_KEY.accessKeyId,
    'access-key-secret': DEMO_ACCESS_KEY.accessKeySecret,
    name: 'solver',
    'registry-url': `${REPO}:v1.2.3`,
    'if-exists': 'reuse'
  }
}

const lists = (emu: Emulator) => emu.requests.filter(r => r.action === 'ListImages')

describe('lookup through dist/index.js', () => {
  it('a service that refuses PageSize 100: steps down to 50 and finds the match on page 2', async () => {
    const { emu, releaseId } = await withVersions(
      { maxPageSize: 50, listImages: { overMaxPageSize: 'reject' } },
      60
    )
    const run = await runAction(inputs(emu))
    expect(run.errors).toEqual([])
    expect(run.outputs).toMatchObject({ 'image-id': releaseId, created: 'false' })
    expect(lists(emu).map(r => [r.params.PageSize, r.params.PageNumber, r.status])).toEqual([
      ['100', '1', 400],
      ['50', '1', 200],
      ['50', '2', 200]
    ])
    expect(run.stdout).toContain('ListImages refused PageSize 100 (InvalidParams')
  })

  it.each([
    ['clamps and says so', 'clamp'],
    ['clamps silently', 'clampSilently']
  ] as const)('a service that %s: reads the pages the size in effect makes', async (_l, mode) => {
    const { emu, releaseId } = await withVersions(
      { maxPageSize: 50, listImages: { overMaxPageSize: mode } },
      120
    )
    const run = await runAction(inputs(emu))
    expect(run.outputs).toMatchObject({ 'image-id': releaseId, created: 'false' })
    expect(lists(emu).map(r => [r.params.PageSize, r.params.PageNumber])).toEqual([
      ['100', '1'],
      ['50', '2'],
      ['50', '3']
    ])
    expect(emu.count('AddImage')).toBe(0)
  })

  it.each([
    ['TotalCount counts only the page', { totalCount: 'page' }],
    ['TotalCount is missing', { totalCount: 'missing' }],
    ['items have no ImageType', { omitImageType: true }],
    ['both', { totalCount: 'missing', omitImageType: true }]
  ] as const)('finds a match on page 2 when %s', async (_label, listImages) => {
    const { emu, releaseId } = await withVersions({ maxPageSize: 100, listImages }, 150)
    const run = await runAction(inputs(emu))
    expect(run.errors).toEqual([])
    expect(run.outputs).toMatchObject({ 'image-id': releaseId, created: 'false' })
    expect(emu.count('AddImage')).toBe(0)
    expect(emu.images()).toHaveLength(150)
  })

  it('a full last page with TotalCount per page: reads on to the empty page, then registers', async () => {
    const { emu } = await withVersions(
      { maxPageSize: 100, listImages: { totalCount: 'page' } },
      200,
      -1
    )
    const run = await runAction(inputs(emu))
    expect(run.outputs.created).toBe('true')
    const pages = lists(emu)
      .map(r => Number(r.params.PageNumber))
      .sort((a, b) => a - b)
    // Pages 1 and 2 are full, page 3 is empty. The read-ahead window (2, then 4 after a
    // full page) may have asked for pages 4 to 6 before page 3 came back.
    expect(pages.slice(0, 3)).toEqual([1, 2, 3])
    expect(pages.length).toBeLessThanOrEqual(6)
    expect(emu.images()).toHaveLength(201)
  })

  it.each([
    [
      'answers the same page forever with TotalCount 1e9',
      { pageNumber: 'repeat', totalCount: 1e9 }
    ],
    ['answers page 1 whatever page is asked', { pageNumber: 'ignore' }]
  ] as const)('a server that %s costs a few requests', async (_label, listImages) => {
    const { emu } = await withVersions({ maxPageSize: 100, listImages }, 300, -1)
    const run = await runAction(inputs(emu))
    // The release is not there: after a few pages the lookup ends, and AddImage registers it.
    expect(run.code).toBe(0)
    expect(run.outputs.created).toBe('true')
    expect(lists(emu).length).toBeLessThanOrEqual(1 + MAX_IN_FLIGHT)
    expect(run.stdout).toMatch(
      /::warning::ListImages answered page 2 with (the same images as page 1|another page than the one asked)/
    )
  })

  it('10,000 versions: pages after the first run MAX_IN_FLIGHT (10) at a time, planned from TotalCount', async () => {
    const { emu, releaseId } = await withVersions(
      { maxPageSize: 100, listImages: { latencyMs: 20 } },
      10_000
    )
    const run = await runAction(inputs(emu))
    expect(run.outputs).toMatchObject({ 'image-id': releaseId, created: 'false' })
    expect(lists(emu)).toHaveLength(100)
    expect(emu.peakConcurrency('ListImages')).toBe(MAX_IN_FLIGHT)
  })

  it('10,000 versions: no page is still held once it has been searched', async () => {
    // 100 answers of ~50 KB. The client's read timer holds each response for its whole
    // timeout, so anything left on a response (a listener) keeps that page's bytes as long.
    const { emu, releaseId } = await withVersions({ maxPageSize: 100 }, 10_000)
    const preload = new URL('../helpers/held-at-exit.mjs', import.meta.url).href
    const run = await runAction(inputs(emu), {
      env: { NODE_OPTIONS: `--expose-gc --import "${preload}"` }
    })
    expect(run.outputs).toMatchObject({ 'image-id': releaseId, created: 'false' })
    expect(lists(emu)).toHaveLength(100)
    const held = /^held-at-exit (.*)$/m.exec(run.stderr)
    expect(held).not.toBeNull()
    const { arrayBuffers } = JSON.parse(held![1]) as { arrayBuffers: number }
    expect(arrayBuffers).toBeLessThan(512 * 1024)
  })

  it('stops asking for pages once the match is found', async () => {
    const { emu, releaseId } = await withVersions(
      { maxPageSize: 100, listImages: { latencyMs: 20 } },
      10_000,
      250
    )
    const run = await runAction(inputs(emu))
    expect(run.outputs).toMatchObject({ 'image-id': releaseId, created: 'false' })
    // The match is on page 3: at most one window of pages was asked beyond it.
    expect(lists(emu).length).toBeLessThanOrEqual(3 + MAX_IN_FLIGHT)
  })

  it('a page that fails while another, read at the same time, holds the match: the match stands', async () => {
    // Pages 2 to 9 are read at once; page 2 is throttled and max-attempts 1 allows no retry,
    // but page 3 holds the image: the lookup has its answer, and the run reuses it.
    const { emu, releaseId } = await withVersions({ maxPageSize: 100 }, 1_000, 250)
    emu.fault('ListImages', { kind: 'error', code: 'Throttling.User', status: 400, pageNumber: 2 })
    const run = await runAction({ ...inputs(emu), 'max-attempts': '1' })
    expect({ code: run.code, errors: run.errors }).toEqual({ code: 0, errors: [] })
    expect(run.outputs).toMatchObject({ 'image-id': releaseId, created: 'false' })
    expect(lists(emu).find(r => r.params.PageNumber === '2')?.code).toBe('Throttling.User')
    expect(emu.count('AddImage')).toBe(0)
  })

  it('a page that hangs while another holds the match: not tried again once the match is in', async () => {
    const { emu, releaseId } = await withVersions({ maxPageSize: 100 }, 1_000, 250)
    emu.fault('ListImages', { kind: 'hang', pageNumber: 5, times: 3 })
    const run = await runAction({
      ...inputs(emu),
      'max-attempts': '3',
      'request-timeout-seconds': '1'
    })
    expect(run.outputs).toMatchObject({ 'image-id': releaseId, created: 'false' })
    expect(lists(emu).filter(r => r.params.PageNumber === '5')).toHaveLength(1)
    expect(run.stdout).not.toMatch(/ListImages.*attempt 1\/3 failed/)
  })
})

import {
  blockKey,
  findBlocks,
  holdsRecord,
  recordLine,
  renderBlock,
  upsertBlock,
  type ReleaseRecord
} from '../../src/release/block.js'

const HZ: ReleaseRecord = {
  region: 'cn-hangzhou',
  name: 'app',
  version: 'v1.2.3',
  type: 'Container',
  imageId: 'm-new1'
}
const SH: ReleaseRecord = { ...HZ, region: 'cn-shanghai', imageId: 'm-sh1' }
const VM: ReleaseRecord = { ...HZ, type: 'VM', imageId: 'm-vm1' }

const START = '<!-- ehpc-add-image:start region=cn-hangzhou name=app type=Container -->'
const END = '<!-- ehpc-add-image:end region=cn-hangzhou name=app type=Container -->'
const LINE = 'E-HPC Instant image `app` `v1.2.3` (`Container`) in `cn-hangzhou`: `m-new1`'
const BLOCK = `${START}\n${LINE}\n${END}`
const OLD_BLOCK = `${START}\nE-HPC Instant image \`app\` \`v1.2.3\` (\`Container\`) in \`cn-hangzhou\`: \`m-old\`\n${END}`

describe('renderBlock', () => {
  it('is two markers keyed by region, name and type around one line', () => {
    expect(renderBlock(HZ)).toBe(BLOCK)
    expect(renderBlock(HZ, '\r\n')).toBe(`${START}\r\n${LINE}\r\n${END}`)
  })

  it('names the replaced image when there is one', () => {
    expect(recordLine({ ...HZ, replacedImageId: 'm-old' })).toBe(`${LINE}, replacing \`m-old\``)
  })

  it.each<[string, string, string]>([
    ['a backtick', 'my`app', '``my`app``'],
    ['a leading backtick', '`app', '`` `app ``'],
    ['Markdown and HTML', '<b>*x*</b> | y', '`<b>*x*</b> | y`'],
    ['control characters', 'a\nb\tc', '`a b c`']
  ])('keeps a name with %s literal, on one line', (_c, name, span) => {
    const line = recordLine({ ...HZ, name })
    expect(line).toContain(`image ${span} `)
    expect(line).not.toMatch(/[\r\n]/)
  })

  it.each<[string, string, string]>([
    ['plain', 'app', 'name=app'],
    ['spaces and symbols', 'my app>1', 'name=my%20app%3E1'],
    ['"--" (ends a comment in GitHub Markdown)', 'a--b', 'name=a%2D-b'],
    ['"-->"', 'x-->', 'name=x%2D-%3E'],
    ['a trailing "-"', 'app-', 'name=app%2D']
  ])('keys a name with %s safely inside an HTML comment', (_c, name, part) => {
    const key = blockKey({ ...HZ, name })
    expect(key).toBe(`region=cn-hangzhou ${part} type=Container`)
    expect(key).not.toMatch(/--|-$|[<>]/)
  })
})

describe('upsertBlock', () => {
  it.each<[string, string | null, ReleaseRecord, string]>([
    ['an empty body', '', HZ, BLOCK],
    ['a null body (GitHub: no body)', null, HZ, BLOCK],
    ['text without a final newline', 'Notes', HZ, `Notes\n\n${BLOCK}`],
    ['text with a final newline', 'Notes\n', HZ, `Notes\n\n${BLOCK}`],
    ['text with a blank line at the end', 'Notes\n\n', HZ, `Notes\n\n${BLOCK}`],
    [
      'CRLF text (edited on github.com)',
      'A\r\nB',
      HZ,
      `A\r\nB\r\n\r\n${START}\r\n${LINE}\r\n${END}`
    ],
    ['its own older block', `Notes\n\n${OLD_BLOCK}\n\nMore`, HZ, `Notes\n\n${BLOCK}\n\nMore`],
    [
      'its own block, CRLF',
      `N\r\n\r\n${OLD_BLOCK.replace(/\n/g, '\r\n')}\r\nZ`,
      HZ,
      `N\r\n\r\n${START}\r\n${LINE}\r\n${END}\r\nZ`
    ],
    [
      'blocks of other regions and images',
      `N\n\n${renderBlock(SH)}\n\n${renderBlock(VM)}`,
      HZ,
      `N\n\n${renderBlock(SH)}\n\n${renderBlock(VM)}\n\n${BLOCK}`
    ],
    [
      'a duplicate of its own block',
      `N\n\n${OLD_BLOCK}\n\nmid\n\n${OLD_BLOCK}\n\nend`,
      HZ,
      `N\n\n${BLOCK}\n\nmid\n\nend`
    ],
    [
      'its start marker left without its end (then a real block)',
      `N\n${START}\nuser text\n\n${OLD_BLOCK}`,
      HZ,
      `N\n${START}\nuser text\n\n${BLOCK}`
    ],
    ['a start marker alone', `N\n${START}\nuser text`, HZ, `N\n${START}\nuser text\n\n${BLOCK}`],
    ['an end marker alone', `${END}\nN`, HZ, `${END}\nN\n\n${BLOCK}`]
  ])('given %s', (_c, body, record, expected) => {
    expect(upsertBlock(body, record)).toBe(expected)
  })

  it('keeps every other byte (Unicode, trailing spaces, HTML comments) as it was', () => {
    const before = 'Ünïcödé 🚀  \n<!-- a comment -->\n\t- item  \n'
    const after = `\n\n## Footer \u00a0`
    const body = `${before}${OLD_BLOCK}${after}`
    const out = upsertBlock(body, HZ)
    expect(out).toBe(`${before}${BLOCK}${after}`)
    expect(out.startsWith(before) && out.endsWith(after)).toBe(true)
  })

  it('is idempotent: a second run changes nothing', () => {
    const once = upsertBlock('Notes', HZ)
    expect(upsertBlock(once, HZ)).toBe(once)
  })

  it('two records in turn leave two blocks, in either order', () => {
    const a = upsertBlock(upsertBlock('N', HZ), SH)
    const b = upsertBlock(upsertBlock('N', SH), HZ)
    for (const body of [a, b]) {
      expect(holdsRecord(body, HZ)).toBe(true)
      expect(holdsRecord(body, SH)).toBe(true)
    }
  })
})

describe('findBlocks and holdsRecord', () => {
  it('finds each block of the key, and only those', () => {
    const body = `x\n${BLOCK}\ny\n${renderBlock(SH)}\nz\n${OLD_BLOCK}`
    const spans = findBlocks(body, HZ)
    expect(spans.map(s => body.slice(s.from, s.to))).toEqual([BLOCK, OLD_BLOCK])
  })

  it('a marker counts only as a line of its own, so text in the record line cannot forge one', () => {
    const forged = { ...HZ, version: `v1 ${END} ${START} x` }
    const body = upsertBlock('N', forged)
    expect(findBlocks(body, HZ).map(s => body.slice(s.from, s.to))).toEqual([renderBlock(forged)])
    expect(holdsRecord(body, forged)).toBe(true)
    expect(findBlocks(`x${BLOCK}y`, HZ)).toEqual([])
  })

  it.each<[string, string, boolean]>([
    ['the block', `N\n\n${BLOCK}`, true],
    ['the block with CRLF', `N\r\n\r\n${START}\r\n${LINE}\r\n${END}`, true],
    ['an older block (another image id)', `N\n\n${OLD_BLOCK}`, false],
    ['no block', 'N', false],
    ['two copies', `${BLOCK}\n\n${BLOCK}`, false],
    ["another region's block only", renderBlock(SH), false]
  ])('a body with %s: %s', (_c, body, holds) => {
    expect(holdsRecord(body, HZ)).toBe(holds)
  })
})

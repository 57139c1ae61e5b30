// The listing rules of scripts/check-action-metadata.mjs, run as CI runs it, on copies of
// action.yml with one thing changed.
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..')
const SCRIPT = join(ROOT, 'scripts', 'check-action-metadata.mjs')
const ACTION = readFileSync(join(ROOT, 'action.yml'), 'utf8')

function check(
  actionYml: string,
  args: string[] = [],
  files: Record<string, string> = {}
): { code: number | null; out: string } {
  const dir = mkdtempSync(join(tmpdir(), 'ehpc-metadata-'))
  try {
    writeFileSync(join(dir, 'action.yml'), actionYml)
    mkdirSync(join(dir, 'dist'))
    writeFileSync(join(dir, 'dist', 'index.js'), '')
    for (const [name, text] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, name)), { recursive: true })
      writeFileSync(join(dir, name), text)
    }
    const r = spawnSync(process.execPath, [SCRIPT, ...args, '--root', dir], {
      encoding: 'utf8',
      timeout: 30_000
    })
    return { code: r.status, out: `${r.stdout}${r.stderr}` }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

const withDescription = (text: string) =>
  ACTION.replace(/^description: .*$/m, `description: '${text}'`)

describe('check-action-metadata', () => {
  test('the committed action.yml passes', () => {
    const r = check(ACTION)
    expect(r.out).toMatch(/action\.yml OK/)
    expect(r.code).toBe(0)
  })

  test('the committed description fits the Marketplace limit', () => {
    const description = /^description: '(.*)'$/m.exec(ACTION)?.[1] ?? ''
    expect(description.length).toBeGreaterThan(20)
    expect(description.length).toBeLessThan(125)
  })

  test('a description of 125 characters is rejected, 124 is accepted', () => {
    const long = check(withDescription('x'.repeat(125)))
    expect(long.code).toBe(1)
    expect(long.out).toMatch(/"description" is 125 characters; .* at most 124/)
    const fits = check(withDescription('x'.repeat(124)))
    expect(fits.out).not.toMatch(/"description" is/)
    expect(fits.code).toBe(0)
  })

  test('an empty or blank author is rejected', () => {
    for (const author of ["''", "'   '"]) {
      const r = check(ACTION.replace(/^author: .*$/m, `author: ${author}`))
      expect(r.code).toBe(1)
      expect(r.out).toMatch(/"author" is empty/)
    }
  })

  test('without --release the placeholder author passes; with it, every placeholder is named', () => {
    expect(ACTION).toMatch(/^author: 'OWNER'$/m)
    const files = {
      'examples/x.yml': 'steps:\n  - uses: OWNER/ehpc-add-image@v1\n',
      'src/failures/docs-link.ts': "const HOME_REPOSITORY = 'OWNER/ehpc-add-image'\n",
      'docs/RELEASING.md': 'Workflows use `OWNER/ehpc-add-image@v1`.\n',
      'README.md': 'Uses GITHUB_REPOSITORY_OWNER/x and `OWNER/` here.\n'
    }
    expect(check(ACTION, [], files).code).toBe(0)
    const r = check(ACTION, ['--release'], files)
    expect(r.code).toBe(1)
    expect(r.out).toMatch(/author is the placeholder 'OWNER'/)
    expect(r.out).toMatch(/examples\/x\.yml:2: - uses: OWNER\/ehpc-add-image@v1/)
    expect(r.out).toMatch(/src\/failures\/docs-link\.ts:1: /)
    expect(r.out).toMatch(/README\.md:1: /)
    expect(r.out).not.toMatch(/docs\/RELEASING\.md:\d/)
  })

  test('--release passes once the placeholders are replaced', () => {
    const published = ACTION.replace(/^author: .*$/m, "author: 'Example Maintainers'")
    const r = check(published, ['--release'], {
      'examples/x.yml': 'steps:\n  - uses: example/ehpc-add-image@v1\n',
      'README.md': 'Reads GITHUB_REPOSITORY_OWNER.\n'
    })
    expect(r.out).toMatch(/action\.yml OK/)
    expect(r.code).toBe(0)
  })

  test("an author that is the project's own name is rejected", () => {
    const r = check(ACTION.replace(/^author: .*$/m, "author: 'ehpc-add-image'"))
    expect(r.code).toBe(1)
    expect(r.out).toMatch(/"author" is the project's own name/)
  })
})

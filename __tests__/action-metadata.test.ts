// The listing rules of scripts/check-action-metadata.mjs, run as CI runs it, on copies of
// action.yml with one thing changed.
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const SCRIPT = join(ROOT, 'scripts', 'check-action-metadata.mjs')
const ACTION = readFileSync(join(ROOT, 'action.yml'), 'utf8')

function check(actionYml: string): { code: number | null; out: string } {
  const dir = mkdtempSync(join(tmpdir(), 'ehpc-metadata-'))
  try {
    writeFileSync(join(dir, 'action.yml'), actionYml)
    mkdirSync(join(dir, 'dist'))
    writeFileSync(join(dir, 'dist', 'index.js'), '')
    const r = spawnSync(process.execPath, [SCRIPT, '--root', dir], {
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

  test("an author that is the project's own name is rejected", () => {
    const r = check(ACTION.replace(/^author: .*$/m, "author: 'ehpc-add-image'"))
    expect(r.code).toBe(1)
    expect(r.out).toMatch(/"author" is the project's own name/)
  })
})

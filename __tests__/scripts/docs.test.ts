// scripts/docs.mjs --check, as CI runs it, on copies of the repository's documentation with
// one thing broken.
import { spawnSync } from 'node:child_process'
import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..')
const SCRIPT = join(ROOT, 'scripts', 'docs.mjs')
const COPIED = [
  'README.md',
  'CONTRIBUTING.md',
  'SECURITY.md',
  'CHANGELOG.md',
  'LICENSE',
  'action.yml',
  'examples',
  'docs',
  'emulator/README.md',
  '.ci',
  '.github'
]

function withCopy(change: (dir: string) => void): { code: number | null; out: string } {
  const dir = mkdtempSync(join(tmpdir(), 'ehpc-docs-'))
  try {
    for (const p of COPIED) cpSync(join(ROOT, p), join(dir, p), { recursive: true })
    change(dir)
    const r = spawnSync(process.execPath, [SCRIPT, '--check', '--root', dir], {
      encoding: 'utf8',
      timeout: 30_000
    })
    return { code: r.status, out: `${r.stdout}${r.stderr}` }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

const edit = (dir: string, file: string, from: string | RegExp, to: string) => {
  const path = join(dir, file)
  const text = readFileSync(path, 'utf8')
  const next = text.replace(from, to)
  if (next === text) throw new Error(`${file}: nothing to replace`)
  writeFileSync(path, next)
}

describe('docs --check', () => {
  test('the committed README and docs pass', () => {
    const r = withCopy(() => {})
    expect(r.out).toMatch(/README\.md is up to date/)
    expect(r.code).toBe(0)
  })

  test('an example that the README neither shows nor links fails', () => {
    const r = withCopy(dir =>
      cpSync(join(dir, 'examples', 'vm-image.yml'), join(dir, 'examples', 'new-set-up.yml'))
    )
    expect(r.code).toBe(1)
    expect(r.out).toMatch(/examples\/new-set-up\.yml is neither shown nor linked/)
  })

  test('a link to a heading that does not exist fails', () => {
    const r = withCopy(dir =>
      edit(
        dir,
        'README.md',
        '(docs/TROUBLESHOOTING.md#forbiddenram)',
        '(docs/TROUBLESHOOTING.md#forbidden-ram)'
      )
    )
    expect(r.code).toBe(1)
    expect(r.out).toMatch(/no heading with the anchor #forbidden-ram/)
  })

  test('a link to a file that does not exist fails', () => {
    const r = withCopy(dir => rmSync(join(dir, 'SECURITY.md')))
    expect(r.code).toBe(1)
    expect(r.out).toMatch(/link to SECURITY\.md: SECURITY\.md does not exist/)
  })

  test("a changed input in an example shows as stale README, as a diff of the step's inputs", () => {
    const r = withCopy(dir =>
      edit(dir, 'examples/vpc-endpoint.yml', 'sts-vpc.cn-hangzhou', 'sts-vpc.cn-shanghai')
    )
    expect(r.code).toBe(1)
    expect(r.out).toMatch(/^- \+ {2}sts-endpoint: sts-vpc\.cn-hangzhou\.aliyuncs\.com$/m)
    expect(r.out).toMatch(/^\+ \+ {2}sts-endpoint: sts-vpc\.cn-shanghai\.aliyuncs\.com$/m)
  })

  test('the committed README fits in 25,000 bytes', () => {
    const bytes = Buffer.byteLength(readFileSync(join(ROOT, 'README.md'), 'utf8'), 'utf8')
    expect(bytes).toBeLessThanOrEqual(25_000)
  })

  test('a README over 25,000 bytes fails, naming its size', () => {
    const r = withCopy(dir => {
      const size = Buffer.byteLength(readFileSync(join(dir, 'README.md'), 'utf8'), 'utf8')
      appendFileSync(join(dir, 'README.md'), `\n${'x'.repeat(Math.max(0, 25_000 - size))}\n`)
    })
    expect(r.code).toBe(1)
    expect(r.out).toMatch(/README\.md is 2500[12] bytes; keep it at most 25000/)
  })

  test('a README at exactly 25,000 bytes passes', () => {
    const r = withCopy(dir => {
      const path = join(dir, 'README.md')
      const text = readFileSync(path, 'utf8')
      // pad inside an HTML comment, which GitHub does not show
      const pad = 25_000 - Buffer.byteLength(text, 'utf8') - '<!--  -->\n'.length
      writeFileSync(path, `${text}<!-- ${'x'.repeat(pad)} -->\n`)
    })
    expect(r.out).not.toMatch(/bytes; keep it at most/)
    expect(r.code).toBe(0)
  })

  test('a section the Contents does not link fails', () => {
    const r = withCopy(dir =>
      edit(dir, 'README.md', '## Performance\n', '## Performance\n\n### Memory\n\nSee below.\n')
    )
    expect(r.code).toBe(1)
    expect(r.out).toMatch(
      /the section "Memory" is not linked from Contents \(add \[Memory\]\(#memory\)\)/
    )
  })

  test('a first screen without the two commands or the CONTRIBUTING.md link fails', () => {
    const r = withCopy(dir => {
      const path = join(dir, 'README.md')
      const text = readFileSync(path, 'utf8')
      const contents = text.indexOf('## Contents')
      const head = text
        .slice(0, contents)
        .replace(/npm run demo/g, 'npm run show')
        .replace(/npm test/g, 'npm run check')
        .replace(/\]\(CONTRIBUTING\.md\)/g, '](SECURITY.md)')
      // the commands further down do not count
      writeFileSync(
        path,
        head + text.slice(contents) + '\nnpm run demo, npm test, [c](CONTRIBUTING.md)\n'
      )
    })
    expect(r.code).toBe(1)
    expect(r.out).toMatch(
      /first screen \(up to the end of Contents\) lacks the `npm run demo` command/
    )
    expect(r.out).toMatch(/first screen \(up to the end of Contents\) lacks the `npm test` command/)
    expect(r.out).toMatch(
      /first screen \(up to the end of Contents\) lacks a link to CONTRIBUTING\.md/
    )
  })

  test('a link that leaves the repository fails, even when the file exists', () => {
    const r = withCopy(dir => {
      const outside = join(dir, '..', `outside-${process.pid}.md`)
      writeFileSync(outside, '# Outside\n')
      try {
        appendFileSync(
          join(dir, 'docs', 'OIDC.md'),
          `\n[contract](../../outside-${process.pid}.md)\n`
        )
      } catch (e) {
        rmSync(outside, { force: true })
        throw e
      }
    })
    rmSync(join(tmpdir(), `outside-${process.pid}.md`), { force: true })
    expect(r.code).toBe(1)
    expect(r.out).toMatch(
      /docs\/OIDC\.md: link to \.\.\/\.\.\/outside-\d+\.md: leaves the repository/
    )
  })

  test('a doc that cites notes outside the repository fails', () => {
    // The name is put together here, as in scripts/docs.mjs, so that this file does not cite it.
    const note = ['api', 'md'].join('.')
    const r = withCopy(dir =>
      appendFileSync(join(dir, 'docs', 'RERUNS.md'), `\nAs ${note} says, the page size is 100.\n`)
    )
    expect(r.code).toBe(1)
    expect(r.out).toMatch(/docs\/RERUNS\.md:\d+: cites api\.md, which is not in this repository/)
  })

  test('the immutable-form trust policy holds the prefix docs/OIDC.md says to replace', () => {
    const policy = JSON.parse(
      readFileSync(join(ROOT, 'examples', 'ram', 'oidc-trust-policy-immutable.json'), 'utf8')
    )
    const sub: string = policy.Statement[0].Condition.StringLike['oidc:sub']
    const oidc = readFileSync(join(ROOT, 'docs', 'OIDC.md'), 'utf8')
    const prefix = /replacing its whole prefix\s+`([^`]+)`/.exec(oidc)?.[1]
    expect(prefix).toBe('repo:<owner>@<owner-id>/<repo>@<repo-id>')
    expect(sub).toBe(`${prefix}:ref:refs/tags/*`)
    // the subject table's immutable tag row is the same form
    expect(oidc).toContain(`\`${prefix}:ref:refs/tags/v1.2.0\``)
  })

  test('a description changed in action.yml shows as stale README', () => {
    const r = withCopy(dir =>
      edit(dir, 'action.yml', 'Image description,', 'Image description shown in the console,')
    )
    expect(r.code).toBe(1)
    expect(r.out).toMatch(/Image description shown in the console,/)
  })
})

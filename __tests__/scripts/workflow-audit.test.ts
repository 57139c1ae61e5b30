// scripts/workflow-audit.mjs: each rule fails on a bad workflow and passes once it is fixed,
// through the CLI the docs check runs, on copies of the repository's workflows.
import { spawnSync } from 'node:child_process'
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..')
const SCRIPT = join(ROOT, 'scripts', 'workflow-audit.mjs')
const CHECKOUT = 'actions/checkout@3d3c42e5aac5ba805825da76410c181273ba90b1 # v7.0.1'

function audit(files: Record<string, string>, copyRepository = false) {
  const dir = mkdtempSync(join(tmpdir(), 'ehpc-audit-'))
  try {
    if (copyRepository) {
      for (const p of ['examples', '.github'])
        cpSync(join(ROOT, p), join(dir, p), { recursive: true })
    }
    for (const [file, text] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, file)), { recursive: true })
      writeFileSync(join(dir, file), text)
    }
    const r = spawnSync(process.execPath, [SCRIPT, '--root', dir], {
      encoding: 'utf8',
      timeout: 30_000
    })
    return { code: r.status, out: `${r.stdout}${r.stderr}` }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/** A workflow that passes every rule; each test breaks one thing in it. */
const GOOD = `name: t
on: [push]
permissions:
  contents: read
jobs:
  j:
    runs-on: ubuntu-latest
    permissions:
      contents: write
    steps:
      - uses: ${CHECKOUT}
        with:
          persist-credentials: false
      - uses: ./local-action
      - uses: docker://alpine@sha256:${'a'.repeat(64)}
      - env:
          TITLE: \${{ github.event.issue.title }}
        run: echo "$TITLE \${{ github.run_id }}"
`
const W = '.github/workflows/t.yml'

describe('workflow audit', () => {
  test("the repository's own workflows and examples pass", () => {
    const r = audit({}, true)
    expect(r.out).toMatch(/workflow-audit: 12 workflows pass/)
    expect(r.code).toBe(0)
  })

  test('the reference workflow passes', () => {
    const r = audit({ [W]: GOOD })
    expect(r.out).toMatch(/1 workflows pass/)
    expect(r.code).toBe(0)
  })

  test.each([
    ['a tag', 'actions/checkout@v7', /`actions\/checkout@v7` is pinned to a tag or branch/],
    ['a branch', 'actions/checkout@main', /`actions\/checkout@main` is pinned to a tag or branch/],
    [
      'a SHA without its version',
      'actions/checkout@3d3c42e5aac5ba805825da76410c181273ba90b1',
      /has no version comment/
    ],
    ['a short SHA', 'actions/checkout@3d3c42e # v7.0.1', /is pinned to a tag or branch/]
  ])('uses: pinned to %s fails', (_, uses, message) => {
    const r = audit({ [W]: GOOD.replace(CHECKOUT, uses) })
    expect(r.code).toBe(1)
    expect(r.out).toMatch(new RegExp(`${W.replace(/[./]/g, '\\$&')}:11: .*${message.source}`))
  })

  test('a docker:// image by tag fails; by digest it passes (above)', () => {
    const r = audit({ [W]: GOOD.replace(/docker:\/\/alpine@sha256:a+/, 'docker://alpine:3.20') })
    expect(r.code).toBe(1)
    expect(r.out).toMatch(
      /:15: uses `docker:\/\/alpine:3\.20` is not pinned: name the image by digest/
    )
  })

  test('a reusable workflow by tag fails', () => {
    const r = audit({
      [W]: GOOD.replace('  j:\n', '  call:\n    uses: org/repo/.github/workflows/x.yml@v1\n  j:\n')
    })
    expect(r.code).toBe(1)
    expect(r.out).toMatch(/job call: uses `org\/repo\/\.github\/workflows\/x\.yml@v1` is pinned/)
  })

  test("this action's own release tag is exempt in the examples", () => {
    const r = audit({ 'examples/x.yml': GOOD.replace('./local-action', 'OWNER/ehpc-add-image@v1') })
    expect(r.code).toBe(0)
  })

  test('one action pinned two ways across files fails', () => {
    const other = GOOD.replace(CHECKOUT, `actions/checkout@${'b'.repeat(40)} # v7.0.0`)
    const r = audit({ [W]: GOOD, 'examples/x.yml': other })
    expect(r.code).toBe(1)
    expect(r.out).toMatch(
      /actions\/checkout is pinned more than one way: .*\(\.github\/workflows\/t\.yml:11\), .*v7\.0\.0 \(examples\/x\.yml:11\)/
    )
  })

  test('a write permission at the top fails; on the job it passes (above)', () => {
    const r = audit({
      [W]: GOOD.replace(
        'permissions:\n  contents: read\n',
        'permissions:\n  contents: read\n  id-token: write\n'
      )
    })
    expect(r.code).toBe(1)
    expect(r.out).toMatch(/t\.yml:5: top-level `id-token: write`: move it to the job that needs it/)
  })

  test.each(['write-all', 'read-all'])('top-level permissions: %s', value => {
    const r = audit({
      [W]: GOOD.replace('permissions:\n  contents: read\n', `permissions: ${value}\n`)
    })
    expect(r.code).toBe(value === 'write-all' ? 1 : 0)
    if (value === 'write-all') expect(r.out).toMatch(/top-level `permissions: write-all`/)
  })

  test('no top-level permissions fails; `permissions: {}` passes', () => {
    const none = audit({ [W]: GOOD.replace('permissions:\n  contents: read\n', '') })
    expect(none.code).toBe(1)
    expect(none.out).toMatch(/t\.yml:1: no top-level permissions/)
    const empty = audit({
      [W]: GOOD.replace('permissions:\n  contents: read\n', 'permissions: {}\n')
    })
    expect(empty.code).toBe(0)
  })

  test.each([
    ['without persist-credentials', '        with:\n          persist-credentials: false\n', ''],
    ['with persist-credentials: true', 'persist-credentials: false', 'persist-credentials: true']
  ])('a checkout %s fails', (_, from, to) => {
    const r = audit({ [W]: GOOD.replace(from, to) })
    expect(r.code).toBe(1)
    expect(r.out).toMatch(
      /t\.yml:11: actions\/checkout keeps the job's token .*persist-credentials: false/
    )
  })

  test.each([
    ['an issue title', 'github.event.issue.title'],
    ['a branch name', 'github.head_ref'],
    ['a pull request body, with brackets', "github.event.pull_request['body']"],
    ['a workflow_dispatch input', 'inputs.version'],
    ['a matrix value', 'matrix.region'],
    ['a step output', 'steps.ehpc.outputs.image-id'],
    ['a function of the ref name', "format('{0}', github.ref_name)"]
  ])('run: with %s in an expression fails; through env: it passes (above)', (_, expr) => {
    const bad = GOOD.replace(
      '        run: echo "$TITLE ${{ github.run_id }}"\n',
      `        run: |\n          echo one\n          echo "\${{ ${expr} }}"\n`
    )
    const r = audit({ [W]: bad })
    expect(r.code).toBe(1)
    expect(r.out).toMatch(/t\.yml:20: run: holds `\$\{\{ .* \}\}`: .*pass it through `env:`/)
  })

  test('run: with only values GitHub sets, or string literals, passes', () => {
    const r = audit({
      [W]: GOOD.replace(
        '${{ github.run_id }}',
        "${{ github.sha }} ${{ runner.os }} ${{ 'github.head_ref' }} ${{ strategy.job-index }}"
      )
    })
    expect(r.code).toBe(0)
  })

  test("actions/github-script's script: is held to the same rule", () => {
    const bad = GOOD.replace(
      '      - uses: ./local-action\n',
      `      - uses: actions/github-script@${'c'.repeat(40)} # v8.0.0\n        with:\n          script: core.info('\${{ github.event.comment.body }}')\n`
    )
    const r = audit({ [W]: bad })
    expect(r.code).toBe(1)
    expect(r.out).toMatch(/script: holds `\$\{\{ github\.event\.comment\.body \}\}`/)
  })

  test('a file that is not YAML fails with its name', () => {
    const r = audit({ [W]: 'jobs: [\n' })
    expect(r.code).toBe(1)
    expect(r.out).toMatch(/\.github\/workflows\/t\.yml: not valid YAML/)
  })

  test('the docs check runs the audit', () => {
    const text = readFileSync(join(ROOT, '.ci', 'docs-check'), 'utf8')
    expect(text).toMatch(/node "\$here\/scripts\/workflow-audit\.mjs" --root "\$root"/)
  })
})

import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import {
  bundleProblems,
  factoryProblems,
  licenseNotices,
  moduleNames,
  packageFolders,
  STAND_INS
} from '../../scripts/build.mjs'

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..')

/** The module list of a correct bundle, in webpack stats names. */
const GOOD = [
  './src/index.ts',
  './node_modules/@actions/core/lib/core.js',
  './node_modules/@alicloud/openapi-client/dist/client.js',
  ...STAND_INS.map(s => `./${s.stub}`)
]

describe('the bundle module check', () => {
  it('passes a bundle with the stand-ins and the packages the action needs', () => {
    expect(bundleProblems(GOOD)).toEqual([])
  })

  it.each([
    ['undici', './node_modules/undici/index.js'],
    ['@actions/exec', './node_modules/@actions/exec/lib/exec.js'],
    ['@actions/io', './node_modules/@actions/io/lib/io.js'],
    ['@alicloud/tea-xml', './node_modules/@alicloud/tea-xml/dist/client.js'],
    ['xml2js', './node_modules/xml2js/lib/parser.js'],
    ['@alicloud/credentials', './node_modules/@alicloud/credentials/dist/src/client.js'],
    ['xml2js', './node_modules/@alicloud/tea-xml/node_modules/xml2js/lib/xml2js.js']
  ])('fails a bundle that holds %s', (pkg, module) => {
    expect(bundleProblems([...GOOD, module])).toEqual([expect.stringMatching(`holds ${pkg},`)])
  })

  it.each(['@actions/core', '@alicloud/openapi-client'])('fails a bundle without %s', pkg => {
    expect(bundleProblems(GOOD.filter(m => !m.includes(`/${pkg}/`)))).toEqual([`lacks ${pkg}`])
  })

  it('fails a bundle where a stand-in is no longer used', () => {
    expect(bundleProblems(GOOD.filter(m => m !== './src/stand-ins/undici.ts'))).toEqual([
      expect.stringMatching(/^lacks src\/stand-ins\/undici.ts: nothing imports undici/)
    ])
  })
})

describe('the real @alicloud/credentials: only lazily, only from the default chain', () => {
  const REAL = './node_modules/@alicloud/credentials/dist/src/client.js'
  const INNER = './node_modules/@alicloud/credentials/dist/src/providers/uri.js'
  /** Webpack stats of a bundle: chunk 1 loaded at start-up, chunk 2 lazily. */
  const stats = (importer: string, chunk: number) => ({
    chunks: [
      { id: 1, initial: true },
      { id: 2, initial: false }
    ],
    modules: [
      ...GOOD.map(name => ({ name, chunks: [1], reasons: [] })),
      { name: './src/credentials/default-chain.ts', chunks: [2], reasons: [] },
      { name: REAL, chunks: [chunk], reasons: [{ moduleName: importer }] },
      { name: INNER, chunks: [chunk], reasons: [{ moduleName: REAL }] }
    ]
  })

  it('passes when src/credentials/default-chain.ts imports it into a lazy chunk', () => {
    const s = stats('./src/credentials/default-chain.ts', 2)
    expect(bundleProblems(moduleNames(s), s)).toEqual([])
  })

  it('fails when another module imports it (the stand-in no longer covers openapi-client)', () => {
    const s = stats('./node_modules/@alicloud/openapi-client/dist/client.js', 2)
    expect(bundleProblems(moduleNames(s), s)).toEqual([
      'holds @alicloud/credentials imported by ./node_modules/@alicloud/openapi-client/dist/client.js, not only by src/credentials/default-chain.ts'
    ])
  })

  it('fails when it is loaded at start-up', () => {
    const s = stats('./src/credentials/default-chain.ts', 1)
    expect(bundleProblems(moduleNames(s), s)).toEqual([
      'loads @alicloud/credentials at start-up, not lazily from src/credentials/default-chain.ts'
    ])
  })
})

describe('the real @actions/http-client: in the bundle, imported only through its stand-in', () => {
  const REAL = './node_modules/@actions/http-client/lib/index.js + 1 modules'
  const AUTH = './node_modules/@actions/http-client/lib/auth.js'
  const STUB = './src/stand-ins/actions-http-client.ts'
  const stats = (importer: string) => ({
    chunks: [{ id: 1, initial: true }],
    modules: [
      ...GOOD.map(name => ({ name, chunks: [1], reasons: [] })),
      { name: REAL, chunks: [1], reasons: [{ moduleName: STUB }] },
      { name: AUTH, chunks: [1], reasons: [{ moduleName: importer }] }
    ]
  })

  it('passes when only the stand-in imports it, at start-up or not', () => {
    const s = stats(STUB)
    expect(bundleProblems(moduleNames(s), s)).toEqual([])
  })

  it('fails when another module imports it directly (an import the alias does not cover)', () => {
    const s = stats('./node_modules/@actions/core/lib/oidc-utils.js')
    expect(bundleProblems(moduleNames(s), s)).toEqual([
      'holds @actions/http-client imported by ./node_modules/@actions/core/lib/oidc-utils.js, not only through src/stand-ins/actions-http-client.ts'
    ])
  })
})

describe('the module factories ncc writes', () => {
  const lines = (...l: string[]) => l.join('\n')
  it('passes functions, which V8 compiles once, with the script', () => {
    const text = lines('/***/ 770:', '/***/ (function(module) {', 'module.exports = 1', '/***/ })')
    expect(factoryProblems('index.js', text)).toEqual([])
  })

  it('fails arrow functions, which V8 parses again on their first call', () => {
    const text = lines('/***/ 770:', '/***/ ((module, __unused_webpack_exports) => {', '/***/ })')
    expect(factoryProblems('927.index.cjs.js', text)).toEqual([
      expect.stringMatching(/^has arrow-function module factories in 927\.index\.cjs\.js/)
    ])
  })
})

describe('npm run build', () => {
  // One real build (slow: ncc type-checks and bundles everything) with a stray module planted.
  it('fails, leaving the output folder alone, when the bundle holds a stray module', () => {
    const work = mkdtempSync(join(ROOT, '.tmp-build-test-'))
    try {
      writeFileSync(join(work, 'entry.mjs'), "import 'xml2js'\nimport '../src/main.ts'\n")
      const out = join(work, 'out')
      mkdirSync(out)
      writeFileSync(join(out, 'before'), '')
      const run = spawnSync(
        process.execPath,
        ['scripts/build.mjs', '--entry', join(work, 'entry.mjs'), '--out', out],
        { cwd: ROOT, encoding: 'utf8', timeout: 240_000 }
      )
      expect(run.stderr).toMatch(/build: the bundle holds xml2js, which src\/stand-ins\/tea-xml.ts/)
      expect(run.status).toBe(1)
      expect(existsSync(join(out, 'before'))).toBe(true)
      expect(existsSync(join(out, 'index.js'))).toBe(false)
    } finally {
      rmSync(work, { recursive: true, force: true })
    }
  }, 300_000)
})

describe('the licence notices written next to the bundle', () => {
  it('name every bundled package once, nested copies too, with its licence text', () => {
    const folders = packageFolders([
      './src/index.ts',
      './node_modules/@actions/core/lib/core.js + 3 modules',
      './node_modules/@actions/core/lib/summary.js',
      './node_modules/@alicloud/openapi-client/node_modules/@alicloud/tea-util/dist/client.js',
      './node_modules/debug/src/index.js'
    ])
    expect(folders).toEqual([
      'node_modules/@actions/core',
      'node_modules/@alicloud/openapi-client/node_modules/@alicloud/tea-util',
      'node_modules/debug'
    ])
    const notices = licenseNotices(['node_modules/@actions/core', 'node_modules/debug'])
    expect(notices).toMatch(/^@actions\/core@\d+\.\d+\.\d+\nMIT\n/)
    expect(notices).toContain('Permission is hereby granted')
    expect(notices).toMatch(/\ndebug@\d+\.\d+\.\d+\nMIT\n/)
  })
})

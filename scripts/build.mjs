// npm run build: bundles src/index.cjs into dist/ with @vercel/ncc, with a few packages swapped
// for the stand-ins in src/stand-ins/, then checks the module list of the bundle and fails the
// build if it holds a module it should not, or lacks one it should. dist/ is replaced only
// when the check passes.
//
//   node scripts/build.mjs [--entry FILE] [--out DIR]
//
// Type-checking and jest see the real packages; only the bundle gets the stand-ins. ncc has
// no alias option of its own: its resolver applies TypeScript "paths" (tsconfig-paths-webpack-
// plugin), to every import, including those inside node_modules. This script writes those
// paths into a tsconfig used for this build only and points the plugin at it with
// TS_NODE_PROJECT (an absolute path: the plugin resolves a relative one against the file name
// "tsconfig.json"). If a later ncc stops honouring it, the real packages come back and the
// module check below fails the build.
import { spawnSync } from 'node:child_process'
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { asCommonJsDist } from './commonjs-dist.mjs'
import { escapeNonAscii } from './ascii-dist.mjs'

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const NCC = join(ROOT, 'node_modules/@vercel/ncc/dist/ncc/cli.js')
const BUILD_TIMEOUT_MS = 300_000

/**
 * Packages replaced in the bundle, with the packages only they bring in (which must be absent
 * too). Why each one can go is written in its stand-in.
 */
export const STAND_INS = [
  { name: 'undici', stub: 'src/stand-ins/undici.ts', brings: [] },
  // Not left out but deferred: the stand-in hands out the real package, evaluated on first
  // use, and every import of it from outside the package must go through the stand-in.
  {
    name: '@actions/http-client',
    subpaths: ['lib/auth'],
    stub: 'src/stand-ins/actions-http-client.ts',
    brings: [],
    deferred: true
  },
  { name: '@actions/exec', stub: 'src/stand-ins/actions-exec.ts', brings: ['@actions/io'] },
  { name: 'debug', stub: 'src/stand-ins/debug.cjs', brings: ['supports-color', 'has-flag', 'ms'] },
  {
    name: '@alicloud/tea-xml',
    stub: 'src/stand-ins/tea-xml.ts',
    brings: ['xml2js', 'sax', 'xmlbuilder']
  },
  // The stand-in replaces what @alicloud/openapi-client imports at start-up (it builds a
  // credential from bare keys, which this action never hands it). The default credential
  // chain loads the real package lazily, by a path inside it that the alias (the bare name)
  // does not match: the real package may be in the bundle, imported by that module only and
  // in no chunk loaded at start-up.
  {
    name: '@alicloud/credentials',
    stub: 'src/stand-ins/credentials.ts',
    brings: [],
    lazyImporter: 'src/credentials/default-chain.ts'
  }
]

/** Packages the action cannot run without: a bundle without them is broken. */
export const REQUIRED = ['@actions/core', '@alicloud/openapi-client']

/** The package a module name belongs to: the innermost node_modules (nested copies included). */
function packageOf(name) {
  return /(?:^|\/)node_modules\/((?:@[^/]+\/)?[^/]+)\/(?!.*node_modules\/)/.exec(name)?.[1]
}

/**
 * What is wrong with a bundle made of these modules (webpack stats names such as
 * "./node_modules/@actions/core/lib/core.js" or "./src/stand-ins/undici.ts"); empty when nothing.
 * `stats` (the webpack stats JSON) tells who imports a package a stand-in allows lazily;
 * without it such a package is a problem too.
 */
export function bundleProblems(moduleNames, stats) {
  const packages = new Set()
  const files = new Set()
  for (const name of moduleNames) {
    const pkg = packageOf(name)
    if (pkg) packages.add(pkg)
    else files.add(name.replace(/^\.\//, '').split(' ')[0])
  }
  const problems = []
  for (const { name, stub, brings, lazyImporter, deferred } of STAND_INS) {
    for (const pkg of [name, ...brings]) {
      if (!packages.has(pkg)) continue
      if (deferred && pkg === name) {
        if (stats) problems.push(...deferredPackageProblems(stats, pkg, stub))
      } else if (lazyImporter && pkg === name && stats) {
        problems.push(...lazyPackageProblems(stats, pkg, lazyImporter))
      } else {
        problems.push(`holds ${pkg}, which ${stub} should replace`)
      }
    }
    if (!files.has(stub)) {
      problems.push(`lacks ${stub}: nothing imports ${name} any more, drop the stand-in`)
    }
  }
  for (const pkg of REQUIRED) {
    if (!packages.has(pkg)) problems.push(`lacks ${pkg}`)
  }
  return problems
}

/**
 * The folder of every package in the bundle, nested copies included, e.g.
 * "node_modules/@actions/core" for "./node_modules/@actions/core/lib/core.js + 2 modules".
 */
export function packageFolders(moduleNames) {
  const folders = new Set()
  for (const name of moduleNames) {
    const m = /^(?:\.\/)?((?:.*\/)?node_modules\/(?:@[^/]+\/)?[^/]+)\/(?!.*node_modules\/)/.exec(
      name
    )
    if (m) folders.add(m[1])
  }
  return [...folders].sort()
}

/**
 * The licence notices of every bundled package: its name, its licence and its licence file.
 * Written here rather than by ncc, whose --license file leaves out the packages of the main
 * chunk (@actions/core among them).
 */
export function licenseNotices(folders, root = ROOT) {
  const notices = []
  for (const folder of folders) {
    const dir = join(root, folder)
    const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'))
    const file = readdirSync(dir).find(f => /^(licen[cs]e|copying)(\.|$)/i.test(f))
    const text = file ? readFileSync(join(dir, file), 'utf8').trim() : ''
    const license = typeof manifest.license === 'string' ? manifest.license : 'see package'
    notices.push([`${manifest.name}@${manifest.version}`, license, text].filter(Boolean).join('\n'))
  }
  return notices.join('\n\n') + '\n'
}

/**
 * A package the bundle may hold only for lazy loading: every import of it from outside the
 * package comes from `importer`, and none of its modules is in a chunk loaded at start-up.
 */
export function lazyPackageProblems(stats, pkg, importer) {
  const initial = new Set((stats.chunks ?? []).filter(c => c.initial).map(c => c.id))
  const { importers, chunks } = packageUse(stats, pkg)
  const problems = []
  const others = importersOtherThan(importers, importer)
  if (others.length > 0) {
    problems.push(`holds ${pkg} imported by ${others.join(', ')}, not only by ${importer}`)
  }
  if ([...chunks].some(id => initial.has(id))) {
    problems.push(`loads ${pkg} at start-up, not lazily from ${importer}`)
  }
  return problems
}

/** A package a stand-in defers: nothing outside the package imports it but the stand-in. */
export function deferredPackageProblems(stats, pkg, stub) {
  const others = importersOtherThan(packageUse(stats, pkg).importers, stub)
  return others.length > 0
    ? [`holds ${pkg} imported by ${others.join(', ')}, not only through ${stub}`]
    : []
}

/** The modules outside `pkg` that import one of its modules, and the chunks its modules are in. */
function packageUse(stats, pkg) {
  const importers = new Set()
  const chunks = new Set()
  const walk = modules => {
    for (const m of modules ?? []) {
      if (m.name && packageOf(m.name) === pkg) {
        for (const r of m.reasons ?? []) {
          if (r.moduleName && packageOf(r.moduleName) !== pkg) importers.add(r.moduleName)
        }
        for (const id of m.chunks ?? []) chunks.add(id)
      }
      walk(m.modules)
    }
  }
  walk(stats.modules)
  return { importers, chunks }
}

/** Importer names (webpack's, e.g. "./src/a.ts + 3 modules") but those of `file`. */
function importersOtherThan(importers, file) {
  return [...importers].filter(n => n.replace(/^\.\//, '').split(' ')[0] !== file)
}

/** Every module name in a webpack stats JSON, concatenated modules included. */
export function moduleNames(stats) {
  const names = new Set()
  const walk = modules => {
    for (const m of modules ?? []) {
      if (m.name) names.add(m.name)
      walk(m.modules)
    }
  }
  walk(stats.modules)
  for (const chunk of stats.chunks ?? []) walk(chunk.modules)
  return [...names]
}

/**
 * ncc's target for the code it writes itself (module factories, chunk loading). With es5,
 * webpack wraps every module in a parenthesized `function` expression instead of an arrow
 * function; V8 compiles a parenthesized function eagerly, with its script, where an arrow is
 * pre-parsed then parsed again on its first call. Every module the bundle loads is evaluated,
 * so each is compiled once instead of twice (measured in docs/PERFORMANCE.md, start-up). The
 * sources themselves are not transpiled: TypeScript's target (tsconfig.json) stays. For a
 * CommonJS entry only: webpack writes ES-module chunks only for a target that has import().
 */
export const NCC_TARGET = 'es5'

// A module factory ncc writes as an arrow function: a line "/***/ ((module) => {".
const ARROW_FACTORY = /^\/\*{3}\/ \(\([\w, ]*\) => \{$/m

/** What is wrong with the code of one bundle file: its module factories must be functions. */
export function factoryProblems(file, text) {
  return ARROW_FACTORY.test(text)
    ? [`has arrow-function module factories in ${file} (ncc ignored --target ${NCC_TARGET}?)`]
    : []
}

/**
 * Bundles `entry` into `outDir` with ncc and the stand-ins (through the TypeScript paths of a
 * tsconfig written for this build only), non-ASCII characters escaped where that means the
 * same; returns webpack's stats JSON and the code of each file written. Checks nothing.
 * `stdio` is ncc's (spawnSync's option): the benchmark sends its summary to stderr.
 */
export function nccBundle({ entry, outDir, work, stdio = 'inherit' }) {
  const tsconfig = join(work, 'tsconfig.bundle.json')
  const paths = Object.fromEntries(
    STAND_INS.flatMap(s =>
      [s.name, ...(s.subpaths ?? []).map(p => `${s.name}/${p}`)].map(n => [n, [s.stub]])
    )
  )
  writeFileSync(tsconfig, JSON.stringify({ compilerOptions: { baseUrl: ROOT, paths } }))
  const stats = join(work, 'stats.json')
  const target = entry.endsWith('.cjs') ? ['--target', NCC_TARGET] : []
  const args = [NCC, 'build', entry, '-o', outDir, ...target, '--stats-out', stats]
  const run = spawnSync(process.execPath, args, {
    cwd: ROOT,
    env: { ...process.env, TS_NODE_PROJECT: tsconfig },
    stdio,
    timeout: BUILD_TIMEOUT_MS
  })
  if (run.status !== 0) {
    throw new Error(`ncc failed (${run.error?.message ?? `exit ${run.status ?? run.signal}`})`)
  }
  // One-byte source strings for Node to read (ascii-dist.mjs; measured in docs/PERFORMANCE.md).
  const code = new Map()
  for (const file of readdirSync(outDir).filter(f => /\.c?js$/.test(f))) {
    const path = join(outDir, file)
    const source = readFileSync(path, 'utf8')
    const { text } = escapeNonAscii(source)
    if (text !== source) writeFileSync(path, text)
    code.set(file, text)
  }
  return { stats: JSON.parse(readFileSync(stats, 'utf8')), code }
}

function build({ entry, out }) {
  const work = mkdtempSync(join(tmpdir(), 'ehpc-add-image-build-'))
  try {
    const staged = join(work, 'dist')
    // A CommonJS entry gives a CommonJS bundle, which Node starts without its ESM loader.
    const commonJs = entry.endsWith('.cjs')
    const { stats: json, code } = nccBundle({ entry, outDir: staged, work })
    const modules = moduleNames(json)
    const problems = bundleProblems(modules, json)
    if (commonJs) {
      for (const [file, text] of code) problems.push(...factoryProblems(file, text))
    }
    if (problems.length > 0) {
      throw new Error(`the bundle ${problems.join('; ')}. ${out} was left as it was.`)
    }
    writeFileSync(join(staged, 'licenses.txt'), licenseNotices(packageFolders(modules)))
    if (commonJs) asCommonJsDist(staged)
    rmSync(out, { recursive: true, force: true })
    cpSync(staged, out, { recursive: true })
  } finally {
    rmSync(work, { recursive: true, force: true })
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({
    options: {
      entry: { type: 'string', default: 'src/index.cjs' },
      out: { type: 'string', default: 'dist' }
    }
  })
  try {
    build({ entry: values.entry, out: resolve(ROOT, values.out) })
  } catch (err) {
    console.error(`build: ${err.message}`)
    process.exitCode = 1
  }
}

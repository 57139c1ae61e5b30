// The layout of src/ as the architecture: one folder per concern, mirrored by __tests__/, and
// data that flows one way: no module imports, even for types only, one that imports it back.
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const SRC = join(ROOT, 'src')

function modules(dir: string): string[] {
  return readdirSync(dir).flatMap(name => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return modules(path)
    return /\.(ts|cjs|mjs)$/.test(name) && !name.endsWith('.d.ts') ? [path] : []
  })
}

/**
 * Every relative import of a module (static, dynamic, type-only, re-export), as src paths;
 * not a path into node_modules (a build stand-in naming the real package's file).
 */
export function importsOf(path: string, source: string): string[] {
  const specifiers = [
    ...source.matchAll(/\b(?:import|export)\b[^'"`;]*?\bfrom\s*['"]([^'"]+)['"]/g),
    ...source.matchAll(/\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g),
    ...source.matchAll(/\brequire\s*\(\s*['"]([^'"]+)['"]\s*\)/g),
    ...source.matchAll(/^\s*import\s+['"]([^'"]+)['"]/gm)
  ].map(m => m[1])
  return specifiers
    .filter(s => s.startsWith('.') && !s.includes('/node_modules/'))
    .map(s => resolve(dirname(path), s).replace(/\.js$|(?<!\.[a-z]+)$/, '.ts'))
}

/** The import cycles among `graph`'s modules, each as the list of its members. */
export function cycles(graph: Map<string, string[]>): string[][] {
  const found: string[][] = []
  const state = new Map<string, 'open' | 'done'>()
  const stack: string[] = []
  const visit = (node: string) => {
    state.set(node, 'open')
    stack.push(node)
    for (const next of graph.get(node) ?? []) {
      if (!graph.has(next)) continue
      if (state.get(next) === 'open') found.push(stack.slice(stack.indexOf(next)))
      else if (!state.has(next)) visit(next)
    }
    stack.pop()
    state.set(node, 'done')
  }
  for (const node of graph.keys()) if (!state.has(node)) visit(node)
  return found
}

describe('the layout of src/', () => {
  const files = modules(SRC)
  const graph = new Map(files.map(f => [f, importsOf(f, readFileSync(f, 'utf8'))]))

  it('has no import cycle, type imports included', () => {
    const named = cycles(graph).map(c => c.map(f => relative(SRC, f)).join(' -> '))
    expect(named).toEqual([])
  })

  it('every relative import names a module that exists', () => {
    const missing = [...graph.entries()].flatMap(([from, to]) =>
      to.filter(t => !graph.has(t)).map(t => `${relative(SRC, from)} -> ${relative(SRC, t)}`)
    )
    expect(missing).toEqual([])
  })

  it('keeps at most four files at its top, and mirrors each concern folder under __tests__/', () => {
    const top = readdirSync(SRC)
    expect(top.filter(n => statSync(join(SRC, n)).isFile()).length).toBeLessThanOrEqual(4)
    const folders = top.filter(n => statSync(join(SRC, n)).isDirectory())
    expect(folders.length).toBeGreaterThanOrEqual(6)
    const tests = new Set(readdirSync(join(ROOT, '__tests__')))
    expect(folders.filter(f => !tests.has(f))).toEqual([])
  })
})

describe('the cycle check itself', () => {
  it('finds a cycle through a type-only import and a dynamic one', () => {
    const a = importsOf('/s/a.ts', "import type { B } from './b.js'")
    const b = importsOf('/s/b.ts', "const { a } = await import('./a.js')")
    expect(
      cycles(
        new Map([
          ['/s/a.ts', a],
          ['/s/b.ts', b]
        ])
      )
    ).toEqual([['/s/a.ts', '/s/b.ts']])
  })

  it('sees multi-line imports and re-exports', () => {
    const src = "import {\n  x,\n  type Y\n} from '../c/d.js'\nexport type { Z } from './z.js'"
    expect(importsOf('/s/a/m.ts', src)).toEqual(['/s/c/d.ts', '/s/a/z.ts'])
  })
})

// The Node versions the project says it works on (package.json `engines`, CONTRIBUTING.md)
// against what its installed dependencies declare: `npm ci` on the oldest supported Node
// warns EBADENGINE only for the one package CONTRIBUTING.md explains.
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..')
const semver = createRequire(import.meta.url)('semver') as {
  minVersion(range: string): { version: string } | null
  satisfies(version: string, range: string): boolean
}
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'))
const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8'))

/** Explained in CONTRIBUTING.md: declares node >=22, runs on Node 20 (CI's Node 20 leg). */
const DECLARED_ONLY = ['content-type']

function refusing(version: string): string[] {
  const out: string[] = []
  for (const [path, p] of Object.entries<{ engines?: { node?: string } }>(lock.packages)) {
    const range = p.engines?.node
    if (!path || !range || semver.satisfies(version, range)) continue
    out.push(path.replace(/^.*node_modules\//, ''))
  }
  return out.sort()
}

describe('Node engines', () => {
  const oldest = semver.minVersion(pkg.engines.node)?.version ?? ''

  test('the oldest Node package.json allows is one CONTRIBUTING.md names', () => {
    expect(oldest).toBe('20.19.0')
    expect(readFileSync(join(ROOT, 'CONTRIBUTING.md'), 'utf8')).toContain('Node 20.19 or later')
    expect(readFileSync(join(ROOT, 'README.md'), 'utf8')).toContain('Node 20.19+')
  })

  test('on it, only the explained package declares a newer Node', () => {
    expect(refusing(oldest)).toEqual(DECLARED_ONLY)
    const contributing = readFileSync(join(ROOT, 'CONTRIBUTING.md'), 'utf8')
    for (const name of DECLARED_ONLY) expect(contributing).toContain(`\`${name}\``)
  })

  test("the action's runtime, node24, satisfies every dependency", () => {
    expect(readFileSync(join(ROOT, 'action.yml'), 'utf8')).toMatch(/using: ['"]?node24/)
    expect(refusing('24.0.0')).toEqual([])
  })

  test('content-type, the package that declares node >=22, loads and parses on this Node', async () => {
    const ct = (await import('content-type')) as unknown as {
      parse(v: string): { type: string; parameters: Record<string, string> }
    }
    const parsed = ct.parse('application/json; charset=utf-8')
    expect(parsed.type).toBe('application/json')
    expect(parsed.parameters.charset).toBe('utf-8')
  })
})

// docs/TROUBLESHOOTING.md has a section for every code the action explains, headed by the
// code itself, so that failure messages can link to a predictable anchor.
import { readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { ACTION_CODES, explainedCodes, knownCode } from '../../src/failures/error-codes.js'
import { ActionError, ApiError, InputError } from '../../src/failures/errors.js'
import { troubleshootingAnchor } from '../../src/failures/explain.js'

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..')
const DOC = readFileSync(join(ROOT, 'docs', 'TROUBLESHOOTING.md'), 'utf8')

/** The `## ` sections of the page: heading text → body. */
function sections(markdown: string): Map<string, string> {
  const out = new Map<string, string>()
  const parts = markdown.split(/^## /m).slice(1)
  for (const part of parts) {
    const nl = part.indexOf('\n')
    out.set(part.slice(0, nl).trim(), part.slice(nl + 1))
  }
  return out
}

/** GitHub's anchor for a heading made of a code: lower case, dots dropped. */
const anchor = (code: string) => code.toLowerCase().replace(/[^a-z0-9_ -]/g, '')

describe('docs/TROUBLESHOOTING.md', () => {
  const bySection = sections(DOC)

  test('has a section headed by each code the action explains', () => {
    const codes = explainedCodes()
    expect(codes.length).toBeGreaterThan(30)
    const missing = codes.filter(code => !bySection.has(code))
    expect(missing).toEqual([])
  })

  test("has a section headed by each of the action's own codes", () => {
    expect(ACTION_CODES.filter(code => !bySection.has(code))).toEqual([])
  })

  test('the anchors are the codes in lower case without dots', () => {
    expect(anchor('Forbidden.RAM')).toBe('forbiddenram')
    expect(DOC).toContain('(#forbiddenram)')
  })

  test('marks exactly the retried codes as retried', () => {
    for (const code of explainedCodes()) {
      const body = bySection.get(code) ?? ''
      const retry = knownCode(code)?.retry
      expect([code, /^_Retried\._/m.test(body)]).toEqual([code, retry === 'yes'])
      expect([code, /^_Retried once_/m.test(body)]).toEqual([code, retry === 'once'])
    }
  })

  test('every failure links a section that exists', () => {
    const headings = new Set(
      [...bySection.keys()].map(h =>
        h
          .toLowerCase()
          .replace(/[^a-z0-9 _-]/g, '')
          .replace(/ /g, '-')
      )
    )
    const api = (code: string) => new ApiError({ service: 'ehpc', action: 'AddImage', code })
    const failures: unknown[] = [
      ...explainedCodes().map(api),
      api('Throttling.User'),
      api('Forbidden.NoSuchThing'),
      api('Brand.New.Code'),
      ...ACTION_CODES.map(code => new ActionError('x', undefined, code)),
      new InputError('region', 'x'),
      new Error('boom')
    ]
    const missing = failures
      .map(err => troubleshootingAnchor(err))
      .filter(anchor => !headings.has(anchor))
    expect(missing).toEqual([])
    expect(troubleshootingAnchor(api('Throttling.User'))).toBe('throttling')
    expect(troubleshootingAnchor(api('Brand.New.Code'))).toBe('other-codes')
  })

  test('the overview before the first section links every section (a family by one member)', () => {
    const intro = DOC.slice(0, DOC.search(/^## /m))
    const links = [...intro.matchAll(/\[([^\]]+)\]\(#([^)]+)\)/g)].map(m => ({
      labels: m[1].replace(/\\/g, '').split(/,\s*/),
      anchor: m[2]
    }))
    const covered = (heading: string) =>
      links.some(
        l =>
          l.anchor === anchor(heading).replace(/ /g, '-') ||
          l.labels.some(
            label =>
              label === heading ||
              (label.endsWith('.*') && heading.startsWith(label.slice(0, -1))) ||
              heading.startsWith(`${label}.`)
          )
      )
    expect([...bySection.keys()].filter(h => !covered(h))).toEqual([])
  })
})

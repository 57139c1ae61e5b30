#!/usr/bin/env node
// Keeps README.md in step with action.yml and examples/ (Node built-ins only).
//
//   node scripts/docs.mjs            rewrite the generated parts of README.md
//   node scripts/docs.mjs --check    exit 1, with a diff, when README.md is not what it would write
//   --root <dir>                     work on another copy of the repository (default: this one)
//
// Generated parts sit between marker comments in README.md:
//   <!-- inputs:start --> ... <!-- inputs:end -->      inputs table, from action.yml
//   <!-- outputs:start --> ... <!-- outputs:end -->    outputs table, from action.yml
//   <!-- example:examples/x.yml:start --> ... <!-- example:examples/x.yml:end -->
//                                                      examples/x.yml verbatim in a code fence
//   <!-- step:examples/x.yml:start --> ... <!-- step:examples/x.yml:end -->
//                                                      how the `with:` inputs of the step of
//                                                      examples/x.yml that uses this action
//                                                      differ from the quick start's
//                                                      (examples/release-oidc.yml), as a diff
// Tables are written the way prettier prints them (padded, aligned columns), so
// `prettier --write README.md` leaves them alone.
//
// --check also checks the examples: README.md shows or links every examples/*.yml, every
// examples/**/*.json parses, and every step of an example that uses this action passes
// only inputs that action.yml declares, gives every required one, and reads only outputs
// that action.yml declares (actionlint cannot, since it does not resolve remote actions).
// And it checks the links between the repository's Markdown files: every relative link
// names a file inside the repository that exists, and every #anchor a heading of that file.
// And nothing cites background notes that are not in the repository. (How the examples and
// workflows pin actions is scripts/workflow-audit.mjs's job.)
// And the README's shape for a newcomer (checkReadme): at most README_MAX_BYTES bytes, and a
// first screen (everything up to the end of its Contents section) that shows `npm run demo`
// and `npm test`, links CONTRIBUTING.md, and links every ## and ### heading of the README.

import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs'
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const HERE = dirname(fileURLToPath(import.meta.url))
export const DEFAULT_ROOT = resolve(HERE, '..')

// ---------------------------------------------------------------------------
// A tiny YAML reader, enough for action.yml: nested block mappings whose values are
// plain, single-quoted or double-quoted one-line scalars, or literal (|) / folded (>)
// block scalars. Anything else (sequences, flow collections, anchors, tags, multi-line
// quoted scalars, tabs, duplicate keys) is refused with the line number, so that a
// future edit of action.yml can never be misread silently.

export class YamlError extends Error {}

function stripComment(text) {
  let quote = ''
  for (let i = 0; i < text.length; i++) {
    const c = text[i]
    if (quote) {
      if (c === quote) {
        if (quote === "'" && text[i + 1] === "'") i++
        else quote = ''
      } else if (c === '\\' && quote === '"') i++
    } else if (c === "'" || c === '"') {
      // quotes only open a scalar at its start
      const before = text.slice(0, i).trimEnd()
      if (before === '' || before.endsWith(':')) quote = c
    } else if (c === '#' && (i === 0 || text[i - 1] === ' ')) {
      return text.slice(0, i).trimEnd()
    }
  }
  return text.trimEnd()
}

function parseScalar(raw, lineNo) {
  const fail = msg => {
    throw new YamlError(`line ${lineNo}: ${msg}`)
  }
  if (raw.startsWith("'")) {
    if (!/^'(?:[^']|'')*'$/.test(raw)) fail('unterminated or multi-line single-quoted scalar')
    return raw.slice(1, -1).replace(/''/g, "'")
  }
  if (raw.startsWith('"')) {
    if (!/^"(?:[^"\\]|\\.)*"$/.test(raw)) fail('unterminated or multi-line double-quoted scalar')
    const escapes = { n: '\n', t: '\t', r: '\r', '"': '"', '\\': '\\', '/': '/', 0: '\0' }
    return raw.slice(1, -1).replace(/\\(u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|.)/g, (_, e) => {
      if (e.length > 1) return String.fromCharCode(parseInt(e.slice(1), 16))
      if (!(e in escapes)) fail(`unsupported escape \\${e}`)
      return escapes[e]
    })
  }
  if (/^[[{&*!%@`]/.test(raw) || /^-(\s|$)/.test(raw)) {
    fail(
      `unsupported YAML construct ${JSON.stringify(raw.slice(0, 20))} (this reader knows only mappings and scalars)`
    )
  }
  if (/^(true|True|TRUE)$/.test(raw)) return true
  if (/^(false|False|FALSE)$/.test(raw)) return false
  if (/^(null|Null|NULL|~)$/.test(raw)) return null
  if (/^[-+]?(0|[1-9][0-9]*)(\.[0-9]+)?$/.test(raw)) return Number(raw)
  if (/:\s/.test(raw) || raw.endsWith(':')) fail('a plain scalar may not hold ": " (quote it)')
  return raw
}

export function parseYaml(text) {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/)
  const root = {}
  const stack = [{ indent: -1, node: root }]
  for (let i = 0; i < lines.length; i++) {
    const lineNo = i + 1
    const line = lines[i]
    if (/^\s*\t/.test(line)) throw new YamlError(`line ${lineNo}: tab in indentation`)
    if (/^\s*(#.*)?$/.test(line)) continue
    if (/^---\s*$/.test(line) && Object.keys(root).length === 0) continue
    if (/^(---|\.\.\.)\s*$/.test(line))
      throw new YamlError(`line ${lineNo}: only one document is supported`)
    const indent = line.match(/^ */)[0].length
    const content = stripComment(line.slice(indent))
    const m = content.match(/^('(?:[^']|'')*'|"(?:[^"\\]|\\.)*"|[^\s'"#][^:]*?)\s*:(?:\s+(.*))?$/)
    if (!m)
      throw new YamlError(`line ${lineNo}: expected "key: value", got ${JSON.stringify(content)}`)
    const key = m[1].startsWith("'") || m[1].startsWith('"') ? parseScalar(m[1], lineNo) : m[1]
    const rest = (m[2] ?? '').trim()
    while (indent <= stack[stack.length - 1].indent) stack.pop()
    const parent = stack[stack.length - 1]
    if (parent.childIndent === undefined) parent.childIndent = indent
    else if (parent.childIndent !== indent) {
      throw new YamlError(`line ${lineNo}: inconsistent indentation`)
    }
    if (parent.node === null || typeof parent.node !== 'object') {
      throw new YamlError(`line ${lineNo}: mapping under a scalar`)
    }
    if (Object.prototype.hasOwnProperty.call(parent.node, key)) {
      throw new YamlError(`line ${lineNo}: duplicate key "${key}"`)
    }
    if (rest === '') {
      const child = {}
      parent.node[key] = child
      stack.push({ indent, node: child, key, lineNo })
      continue
    }
    const block = rest.match(/^([|>])([-+]?)$/)
    if (block) {
      const body = []
      let blockIndent
      while (i + 1 < lines.length) {
        const next = lines[i + 1]
        const nextIndent = next.match(/^ */)[0].length
        if (next.trim() !== '' && nextIndent <= indent) break
        i++
        if (next.trim() === '') {
          body.push('')
          continue
        }
        if (blockIndent === undefined) blockIndent = nextIndent
        if (nextIndent < blockIndent) throw new YamlError(`line ${i + 1}: bad block indentation`)
        body.push(next.slice(blockIndent))
      }
      let trailing = 0
      while (body.length && body[body.length - 1] === '') {
        body.pop()
        trailing++
      }
      let value
      if (block[1] === '|') value = body.join('\n')
      else {
        value = ''
        for (let k = 0; k < body.length; k++) {
          const cur = body[k]
          if (k === 0) value = cur
          else if (cur === '') value += '\n'
          else if (body[k - 1] === '' || /^\s/.test(cur) || /^\s/.test(body[k - 1])) value += cur
          else value += ' ' + cur
        }
      }
      if (body.length) {
        if (block[2] === '+') value += '\n'.repeat(trailing + 1)
        else if (block[2] === '') value += '\n'
      }
      parent.node[key] = value
      continue
    }
    parent.node[key] = parseScalar(rest, lineNo)
  }
  // an empty "key:" is null in YAML
  const fixEmpty = node => {
    for (const [k, v] of Object.entries(node)) {
      if (v && typeof v === 'object') {
        if (Object.keys(v).length === 0) node[k] = null
        else fixEmpty(v)
      }
    }
  }
  fixEmpty(root)
  return root
}

export function readActionYml(root = DEFAULT_ROOT) {
  const file = join(root, 'action.yml')
  try {
    return parseYaml(readFileSync(file, 'utf8'))
  } catch (e) {
    if (e instanceof YamlError) throw new YamlError(`${file}: ${e.message}`)
    throw e
  }
}

// ---------------------------------------------------------------------------
// Markdown generation, in the exact shape prettier prints.

// Escapes text for a table cell: keeps it literal in GitHub's Markdown and keeps "|"
// from ending the cell. Upper-case environment variable names are set in code.
export function mdText(text) {
  return String(text)
    .split(/(\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\b)/)
    .map((part, i) => (i % 2 === 1 ? '`' + part + '`' : part.replace(/([\\`*_<>[\]|])/g, '\\$1')))
    .join('')
    .replace(/\s+/g, ' ')
    .trim()
}

const code = s => {
  const text = String(s)
  const fence = text.includes('`') ? '``' : '`'
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : ''
  return fence + pad + text + pad + fence
}

// Width as prettier measures it (east-asian wide characters count 2). The generated
// tables are ASCII apart from what action.yml holds; this is close enough for that.
function width(s) {
  let w = 0
  for (const ch of s) {
    const cp = ch.codePointAt(0)
    w +=
      (cp >= 0x1100 && cp <= 0x115f) ||
      (cp >= 0x2e80 && cp <= 0xa4cf) ||
      (cp >= 0xac00 && cp <= 0xd7a3) ||
      (cp >= 0xf900 && cp <= 0xfaff) ||
      (cp >= 0xfe30 && cp <= 0xfe4f) ||
      (cp >= 0xff00 && cp <= 0xff60) ||
      (cp >= 0xffe0 && cp <= 0xffe6) ||
      (cp >= 0x1f300 && cp <= 0x1faff)
        ? 2
        : 1
  }
  return w
}

export function mdTable(header, rows) {
  const all = [header, ...rows]
  const widths = header.map((_, c) => Math.max(3, ...all.map(r => width(r[c]))))
  const line = cells =>
    '| ' + cells.map((s, c) => s + ' '.repeat(widths[c] - width(s))).join(' | ') + ' |'
  return [
    line(header),
    '| ' + widths.map(w => '-'.repeat(w)).join(' | ') + ' |',
    ...rows.map(line)
  ].join('\n')
}

// "Default: X." inside a description: X, and the description without that sentence.
export function splitDefault(description) {
  const text = String(description ?? '')
    .replace(/\s+/g, ' ')
    .trim()
  const m = text.match(/(^|\s)Default: (.+?)\.(?=\s|$)/)
  if (!m) return { stated: undefined, rest: text }
  const rest = (text.slice(0, m.index) + text.slice(m.index + m[0].length))
    .replace(/\s+/g, ' ')
    .trim()
  return { stated: m[2], rest }
}

export function inputsTable(action) {
  const rows = Object.entries(action.inputs ?? {}).map(([name, spec]) => {
    const s = spec ?? {}
    const { stated, rest } = splitDefault(s.description)
    let def = ''
    if (s.default !== undefined && s.default !== null && String(s.default) !== '')
      def = code(s.default)
    else if (stated !== undefined) def = mdText(stated)
    let desc = mdText(rest)
    if (s.deprecationMessage)
      desc = `**Deprecated:** ${mdText(s.deprecationMessage)} ${desc}`.trim()
    return [code(name) + (s.required === true ? ' **(required)**' : ''), def, desc]
  })
  return mdTable(['Input', 'Default', 'Description'], rows)
}

export function outputsTable(action) {
  const rows = Object.entries(action.outputs ?? {}).map(([name, spec]) => [
    code(name),
    mdText(spec?.description ?? '')
  ])
  return mdTable(['Output', 'Description'], rows)
}

function fenceFor(content, lang) {
  let fence = '```'
  while (content.includes(fence)) fence += '`'
  return `${fence}${lang}\n${content.endsWith('\n') ? content : content + '\n'}${fence}`
}

const LANGS = { yml: 'yaml', yaml: 'yaml', json: 'json', sh: 'sh', mjs: 'js', js: 'js' }

// ---------------------------------------------------------------------------
// README regions

const MARKER = /<!-- (inputs|outputs|(?:example|step):([^\s]+?)):(start|end) -->/g

function findRegions(readme) {
  const regions = []
  const open = new Map()
  const problems = []
  for (const m of readme.matchAll(MARKER)) {
    const id = m[1]
    if (m[3] === 'start') {
      if (open.has(id)) problems.push(`README.md: "${id}" opened twice without an end marker`)
      open.set(id, m)
    } else {
      const start = open.get(id)
      if (!start) {
        problems.push(`README.md: end marker for "${id}" without a start marker`)
        continue
      }
      open.delete(id)
      regions.push({ id, file: start[2], from: start.index + start[0].length, to: m.index })
    }
  }
  for (const id of open.keys())
    problems.push(`README.md: start marker for "${id}" without an end marker`)
  return { regions, problems }
}

/** Other pages with generated parts (the set-ups' step diffs); markers name files from the repository root. */
export const GENERATED_PAGES = ['docs/SET-UPS.md']

export function generate(root = DEFAULT_ROOT, page = 'README.md') {
  const readmePath = join(root, page)
  const readme = readFileSync(readmePath, 'utf8')
  const action = readActionYml(root)
  const { regions, problems } = findRegions(readme)
  for (const need of page === 'README.md' ? ['inputs', 'outputs'] : []) {
    if (!regions.some(r => r.id === need)) {
      problems.push(`README.md: missing <!-- ${need}:start --> / <!-- ${need}:end --> markers`)
    }
  }
  let out = ''
  let pos = 0
  for (const r of regions.sort((a, b) => a.from - b.from)) {
    let body
    if (r.id === 'inputs') body = inputsTable(action)
    else if (r.id === 'outputs') body = outputsTable(action)
    else {
      const file = join(root, r.file)
      if (!existsSync(file)) {
        problems.push(`README.md: example marker names ${r.file}, which does not exist`)
        body = readme.slice(r.from, r.to).trim()
      } else if (r.id.startsWith('step:')) {
        const base = join(root, QUICK_START)
        const inputs = stepInputs(readFileSync(file, 'utf8'))
        if (inputs.length === 0) {
          problems.push(`README.md: ${r.file} has no step that uses this action`)
          body = readme.slice(r.from, r.to).trim()
        } else {
          const quick = existsSync(base) ? stepInputs(readFileSync(base, 'utf8')) : []
          body = fenceFor(inputsDiff(quick, inputs), 'diff')
        }
      } else {
        const ext = r.file.split('.').pop()
        body = fenceFor(readFileSync(file, 'utf8'), LANGS[ext] ?? '')
      }
    }
    out += readme.slice(pos, r.from) + '\n\n' + body + '\n\n'
    pos = r.to
  }
  out += readme.slice(pos)
  return { readmePath, current: readme, next: out, regions, problems, action }
}

// ---------------------------------------------------------------------------
// Example checks

function listFiles(dir, pred, acc = []) {
  if (!existsSync(dir)) return acc
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name)
    if (statSync(p).isDirectory()) listFiles(p, pred, acc)
    else if (pred(name)) acc.push(p)
  }
  return acc
}

const indentOf = line => line.match(/^ */)[0].length

// Line-based scan of a workflow for the steps that use this action (any owner, any ref):
// for each, the `uses:` line, the step's first and last line and its key column.
function findActionSteps(lines) {
  const found = []
  lines.forEach((line, i) => {
    const m = line.match(/^(\s*)(- )?uses:\s*['"]?([^'"\s#]+)/)
    if (!m || !/(^|\/)ehpc-add-image@[^\s]+$/.test(m[3])) return
    const col = m[1].length + (m[2] ? 2 : 0)
    // the step is the block around line i at column col; find its first line
    let first = i
    while (first > 0 && !lines[first].slice(0, col).endsWith('- ') && !/^\s*- /.test(lines[first]))
      first--
    let last = i
    while (last + 1 < lines.length) {
      const next = lines[last + 1]
      if (next.trim() === '' || /^\s*#/.test(next)) {
        last++
        continue
      }
      if (indentOf(next) < col || (indentOf(next) === col - 2 && /^\s*- /.test(next))) break
      last++
    }
    found.push({ at: i, first, last, col })
  })
  return found
}

const QUICK_START = 'examples/release-oidc.yml'

/**
 * A diff of two lists of `with:` entries: the removed inputs (not comments: they say nothing
 * about this set-up), then the added entries.
 */
export function inputsDiff(from, to) {
  const isComment = e => /^\s*#/.test(e)
  const mark = (sign, entry) =>
    entry
      .split('\n')
      .map(l => sign + l)
      .join('\n')
  return [
    ' with:',
    ...from.filter(e => !isComment(e) && !to.includes(e)).map(e => mark('-', e)),
    ...to.filter(e => !from.includes(e)).map(e => mark('+', e))
  ].join('\n')
}

/**
 * The `with:` entries of the first step of a workflow that uses this action: each entry a
 * key line with any lines nested under it, or a comment line; indented by two.
 */
export function stepInputs(text) {
  const lines = text.split(/\r?\n/)
  const [step] = findActionSteps(lines)
  if (!step) return []
  const { first, last, col } = step
  const withAt = lines.findIndex(
    (l, k) => k >= first && k <= last && indentOf(l) === col && l.slice(col).startsWith('with:')
  )
  if (withAt < 0) return []
  const entries = []
  let childIndent
  for (let k = withAt + 1; k <= last; k++) {
    const l = lines[k]
    if (l.trim() === '') continue
    if (indentOf(l) <= col) break
    childIndent ??= indentOf(l)
    const text = '  ' + l.slice(Math.min(childIndent, indentOf(l)))
    if (indentOf(l) === childIndent) entries.push(text)
    else if (entries.length) entries[entries.length - 1] += '\n' + text
  }
  return entries
}

export function checkExampleUsage(file, text, action) {
  const problems = []
  const inputs = action.inputs ?? {}
  const outputs = Object.keys(action.outputs ?? {})
  const lines = text.split('\n')
  const stepIds = []
  for (const { at: i, first, last, col } of findActionSteps(lines)) {
    const step = lines.slice(first, last + 1)
    const keyAt = (l, k) => {
      const s = l.slice(0, col).replace(/- $/, '  ')
      return s.trim() === '' && l.slice(col).startsWith(k + ':')
    }
    const idLine = step.find(l => keyAt(l, 'id'))
    if (idLine)
      stepIds.push(
        idLine
          .slice(col + 3)
          .trim()
          .replace(/^['"]|['"]$/g, '')
      )
    const given = new Set()
    const withIdx = step.findIndex(l => keyAt(l, 'with'))
    if (withIdx >= 0) {
      let childIndent
      for (let k = withIdx + 1; k < step.length; k++) {
        const l = step[k]
        if (l.trim() === '' || /^\s*#/.test(l)) continue
        if (indentOf(l) <= col) break
        childIndent ??= indentOf(l)
        if (indentOf(l) !== childIndent) continue
        const key = l.trim().match(/^([A-Za-z0-9_-]+)\s*:/)
        if (!key) continue
        given.add(key[1])
        if (!(key[1] in inputs)) {
          problems.push(`${file}:${first + k + 1}: input "${key[1]}" is not declared in action.yml`)
        }
      }
    }
    for (const [name, spec] of Object.entries(inputs)) {
      if (spec?.required === true && !given.has(name)) {
        problems.push(`${file}:${i + 1}: required input "${name}" is missing`)
      }
    }
  }
  for (const id of stepIds) {
    const re = new RegExp(
      `steps\\.${id.replace(/[-.]/g, '\\$&')}\\.outputs\\.([A-Za-z0-9_-]+)`,
      'g'
    )
    lines.forEach((line, i) => {
      for (const m of line.matchAll(re)) {
        if (!outputs.includes(m[1])) {
          problems.push(
            `${file}:${i + 1}: output "${m[1]}" of step "${id}" is not declared in action.yml`
          )
        }
      }
    })
  }
  return problems
}

/**
 * Background notes that are not part of the repository: the docs, the examples and the
 * sources must cite public pages or state the fact, never these.
 */
const PRIVATE_NOTES = [
  ['shared', 'docs'].join('/'),
  ['api', 'md'].join('.'),
  ['contract', 'md'].join('.')
]

export function checkNoPrivateNotes(root) {
  const problems = []
  const files = [
    ...MARKDOWN_FILES.map(f => join(root, f)).filter(f => existsSync(f)),
    ...['docs', 'examples', 'src', 'emulator'].flatMap(d =>
      listFiles(join(root, d), n => /\.(md|ya?ml|json|ts|mjs|cjs)$/.test(n))
    )
  ]
  for (const file of files) {
    const rel = relative(root, file).split('\\').join('/')
    readFileSync(file, 'utf8')
      .split(/\r?\n/)
      .forEach((line, i) => {
        const hit = PRIVATE_NOTES.find(n => line.includes(n))
        if (hit)
          problems.push(
            `${rel}:${i + 1}: cites ${hit}, which is not in this repository (cite a public page or state the fact)`
          )
      })
  }
  return problems
}

export function checkExamples(root, regions, action, readme = '') {
  const problems = []
  const dir = join(root, 'examples')
  const shown = new Set(regions.filter(r => r.file).map(r => r.file))
  for (const file of listFiles(dir, n => /\.ya?ml$/.test(n))) {
    const rel = relative(root, file).split('\\').join('/')
    if (!shown.has(rel) && !readme.includes(`](${rel})`))
      problems.push(
        `README.md: ${rel} is neither shown nor linked (add a [link](${rel}), or <!-- step:${rel}:start --> and :end markers)`
      )
    problems.push(...checkExampleUsage(rel, readFileSync(file, 'utf8'), action))
  }
  for (const file of listFiles(dir, n => n.endsWith('.json'))) {
    try {
      JSON.parse(readFileSync(file, 'utf8'))
    } catch (e) {
      problems.push(`${relative(root, file)}: invalid JSON: ${e.message}`)
    }
  }
  return problems
}

// ---------------------------------------------------------------------------
// The README's shape for a newcomer

/** The Marketplace listing and a first read: the README stays at most this many bytes. */
export const README_MAX_BYTES = 25_000

/** The headings of a Markdown text outside code fences: level, text, offset of the line. */
function headingsOf(markdown) {
  const out = []
  let fence = ''
  let offset = 0
  for (const line of markdown.split('\n')) {
    const f = line.match(/^\s*(`{3,}|~{3,})/)
    if (f) {
      if (!fence) fence = f[1]
      else if (f[1].startsWith(fence)) fence = ''
    } else if (!fence) {
      const h = line.match(/^(#{1,6})\s+(.*?)\s*#*\s*$/)
      if (h) out.push({ level: h[1].length, text: h[2], offset })
    }
    offset += line.length + 1
  }
  return out
}

export function checkReadme(readme) {
  const problems = []
  const bytes = Buffer.byteLength(readme, 'utf8')
  if (bytes > README_MAX_BYTES) {
    problems.push(
      `README.md is ${bytes} bytes; keep it at most ${README_MAX_BYTES} (move detail to docs/ or a <details> block)`
    )
  }
  const headings = headingsOf(readme)
  const at = headings.findIndex(h => h.level === 2 && h.text === 'Contents')
  if (at < 0) return [...problems, 'README.md: no "## Contents" section on its first screen']
  const end = headings.slice(at + 1).find(h => h.level <= 2)?.offset ?? readme.length
  const firstScreen = readme.slice(0, end)
  for (const [needle, what] of [
    ['npm run demo', 'the `npm run demo` command'],
    ['npm test', 'the `npm test` command'],
    ['](CONTRIBUTING.md)', 'a link to CONTRIBUTING.md']
  ]) {
    if (!firstScreen.includes(needle))
      problems.push(`README.md: its first screen (up to the end of Contents) lacks ${what}`)
  }
  const linked = new Set([...firstScreen.matchAll(/\]\(#([^)\s]+)\)/g)].map(m => m[1]))
  const seen = new Map()
  for (const h of headings) {
    const base = slug(h.text)
    const n = seen.get(base) ?? 0
    seen.set(base, n + 1)
    const anchor = n === 0 ? base : `${base}-${n}`
    if ((h.level === 2 || h.level === 3) && anchor !== 'contents' && !linked.has(anchor)) {
      problems.push(
        `README.md: the section "${h.text}" is not linked from Contents (add [${h.text}](#${anchor}))`
      )
    }
  }
  return problems
}

// ---------------------------------------------------------------------------
// Links between the repository's Markdown files

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces to hyphens. */
export function slug(heading) {
  return heading
    .replace(/<[^>]*>/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-')
}

export function anchorsOf(markdown) {
  const seen = new Map()
  const anchors = new Set()
  let fence = ''
  for (const line of markdown.split(/\r?\n/)) {
    const f = line.match(/^\s*(`{3,}|~{3,})/)
    if (f) {
      if (!fence) fence = f[1]
      else if (f[1].startsWith(fence)) fence = ''
      continue
    }
    if (fence) continue
    const h = line.match(/^#{1,6}\s+(.*?)\s*#*\s*$/)
    if (!h) continue
    const base = slug(h[1])
    const n = seen.get(base) ?? 0
    seen.set(base, n + 1)
    anchors.add(n === 0 ? base : `${base}-${n}`)
  }
  for (const m of markdown.matchAll(/<a\s+(?:name|id)="([^"]+)"/g)) anchors.add(m[1])
  return anchors
}

const MARKDOWN_FILES = ['README.md', 'CONTRIBUTING.md', 'SECURITY.md', 'CHANGELOG.md']

export function checkLinks(root) {
  const problems = []
  const files = [
    ...MARKDOWN_FILES.map(f => join(root, f)).filter(f => existsSync(f)),
    ...listFiles(join(root, 'docs'), n => n.endsWith('.md')),
    ...listFiles(join(root, 'emulator'), n => n.endsWith('.md'))
  ]
  const anchorCache = new Map()
  const anchors = file => {
    if (!anchorCache.has(file)) anchorCache.set(file, anchorsOf(readFileSync(file, 'utf8')))
    return anchorCache.get(file)
  }
  for (const file of files) {
    const rel = relative(root, file).split('\\').join('/')
    const text = readFileSync(file, 'utf8').replace(/^(\s*)(`{3,}|~{3,})[^]*?^\1\2\s*$/gm, '')
    for (const m of text.matchAll(/\]\(([^)\s]+)\)/g)) {
      const target = m[1]
      if (/^[a-z][a-z0-9+.-]*:/i.test(target)) continue
      const [path, anchor] = target.split('#')
      const dest = path ? resolve(dirname(file), decodeURIComponent(path)) : file
      const inside = relative(resolve(root), dest)
      if (inside === '..' || inside.startsWith('..' + sep) || isAbsolute(inside)) {
        problems.push(
          `${rel}: link to ${target}: leaves the repository (link public sources instead)`
        )
        continue
      }
      if (!existsSync(dest)) {
        problems.push(`${rel}: link to ${target}: ${path} does not exist`)
        continue
      }
      if (anchor && dest.endsWith('.md') && !anchors(dest).has(anchor)) {
        problems.push(`${rel}: link to ${target}: no heading with the anchor #${anchor}`)
      }
    }
  }
  return problems
}

// ---------------------------------------------------------------------------
// Diff, for --check: a plain LCS line diff with 2 lines of context.

export function diffLines(a, b, context = 2) {
  const x = a.split('\n')
  const y = b.split('\n')
  let pre = 0
  while (pre < x.length && pre < y.length && x[pre] === y[pre]) pre++
  let suf = 0
  while (
    suf < x.length - pre &&
    suf < y.length - pre &&
    x[x.length - 1 - suf] === y[y.length - 1 - suf]
  )
    suf++
  const xs = x.slice(pre, x.length - suf)
  const ys = y.slice(pre, y.length - suf)
  const n = xs.length
  const m = ys.length
  const dp = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1))
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      dp[i][j] = xs[i] === ys[j] ? dp[i + 1][j + 1] + 1 : Math.max(dp[i + 1][j], dp[i][j + 1])
    }
  }
  const ops = []
  for (let k = Math.max(0, pre - context); k < pre; k++) ops.push([' ', x[k], k + 1])
  let i = 0
  let j = 0
  while (i < n || j < m) {
    if (i < n && j < m && xs[i] === ys[j]) {
      ops.push([' ', xs[i], pre + i + 1])
      i++
      j++
    } else if (i < n && (j === m || dp[i + 1][j] >= dp[i][j + 1])) {
      ops.push(['-', xs[i], pre + i + 1])
      i++
    } else {
      ops.push(['+', ys[j], pre + i + 1])
      j++
    }
  }
  for (let k = x.length - suf; k < Math.min(x.length, x.length - suf + context); k++)
    ops.push([' ', x[k], k + 1])
  // keep changes and `context` lines around them
  const keep = ops.map(() => false)
  ops.forEach(([t], k) => {
    if (t !== ' ') for (let d = -context; d <= context; d++) if (ops[k + d]) keep[k + d] = true
  })
  const out = []
  let gap = false
  ops.forEach(([t, text, ln], k) => {
    if (!keep[k]) {
      gap = true
      return
    }
    if (gap || out.length === 0) out.push(`@@ README.md line ${ln} @@`)
    gap = false
    out.push(`${t} ${text}`)
  })
  return out.join('\n')
}

// ---------------------------------------------------------------------------

function parseArgs(argv) {
  const opts = { check: false, root: DEFAULT_ROOT }
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]
    if (a === '--check') opts.check = true
    else if (a === '--root') opts.root = resolve(argv[++i] ?? '.')
    else if (a.startsWith('--root=')) opts.root = resolve(a.slice(7))
    else if (a === '-h' || a === '--help') opts.help = true
    else throw new Error(`unknown argument ${a} (use --check, --root <dir>)`)
  }
  return opts
}

function main() {
  let opts
  try {
    opts = parseArgs(process.argv.slice(2))
  } catch (e) {
    console.error(`docs: ${e.message}`)
    return 2
  }
  if (opts.help) {
    console.log('usage: node scripts/docs.mjs [--check] [--root <dir>]')
    return 0
  }
  let result
  try {
    result = generate(opts.root)
  } catch (e) {
    console.error(`docs: ${e.message}`)
    return 1
  }
  const problems = [
    ...result.problems,
    ...checkExamples(opts.root, result.regions, result.action, result.next),
    ...checkLinks(opts.root),
    ...checkNoPrivateNotes(opts.root),
    ...checkReadme(result.next)
  ]
  const pages = GENERATED_PAGES.filter(page => existsSync(join(opts.root, page))).map(page => {
    const generated = generate(opts.root, page)
    problems.push(...generated.problems.map(p => p.replace(/^README\.md/, page)))
    return { page, ...generated }
  })
  for (const { page, current, next, readmePath } of pages) {
    if (next === current) continue
    if (opts.check) {
      problems.push(
        `${page} is out of date with examples/ (lines marked - are in it, + is what it should hold):\n` +
          diffLines(current, next)
      )
    } else {
      writeFileSync(readmePath, next)
      console.log(`docs: wrote ${page}`)
    }
  }
  if (opts.check) {
    const stale = result.next !== result.current
    if (stale) {
      problems.push(
        'README.md is out of date with action.yml / examples/ (lines marked - are in README.md, + is what it should hold):\n' +
          diffLines(result.current, result.next)
      )
    }
    if (problems.length) {
      for (const p of problems) console.error(`docs: ${p}`)
      if (stale) {
        console.error(
          'docs: run `node scripts/docs.mjs` to regenerate README.md, then review and commit it.'
        )
      }
      return 1
    }
    console.log(`docs: README.md is up to date (${result.regions.length} generated sections)`)
    return 0
  }
  if (result.next !== result.current) {
    writeFileSync(result.readmePath, result.next)
    console.log(
      `docs: wrote ${relative(process.cwd(), result.readmePath) || 'README.md'} (${result.regions.length} generated sections)`
    )
  } else {
    console.log(`docs: README.md already up to date (${result.regions.length} generated sections)`)
  }
  for (const p of problems) console.error(`docs: ${p}`)
  return problems.length ? 1 : 0
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  process.exitCode = main()
}

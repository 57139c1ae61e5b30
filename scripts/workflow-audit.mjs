#!/usr/bin/env node
// The workflow rules the docs check enforces on .github/workflows/*.yml and examples/*.yml
// (zizmor, the usual auditor, is a Python tool and cannot be installed here):
//
//   pinned       every `uses:` names a full 40-hex commit SHA with its version in a comment
//                (`uses: actions/checkout@<sha> # v7.0.1`); `docker://` images a sha256
//                digest; local `./` actions are exempt, and so is this action itself in the
//                examples (`OWNER/ehpc-add-image@v1`: it has no release to pin yet, and the
//                README says to pin a commit SHA of it)
//   one pin      an action is pinned to one SHA and version throughout, so that examples do
//                not drift from the workflows that Dependabot keeps current
//   permissions  a top-level `permissions:` block that grants nothing above `read`; write
//                scopes go on the job that needs them
//   checkout     every actions/checkout step sets `persist-credentials: false`
//   run          no `${{ … }}` inside `run:` (or actions/github-script's `script:`) other than
//                a few values no one outside the repository can choose (SAFE_IN_SCRIPTS): an
//                expression is pasted into the script before the shell reads it, so a title,
//                a branch name or an input becomes code. Pass values through `env:` instead.
//                `inputs.*` counts as untrusted too: a `workflow_dispatch` string input is
//                whatever the person starting the run typed, a `workflow_call` input whatever
//                the caller passed.
//
//   node scripts/workflow-audit.mjs [--root <dir>]    exit 1 and list the problems
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { LineCounter, isMap, isScalar, isSeq, parseDocument } from 'yaml'

/** Where workflows live, relative to the repository root. */
export const WORKFLOW_DIRS = ['.github/workflows', 'examples']

/** Actions exempt from pinning: this action, named by its release tag in the examples. */
const SELF = /^[^/]+\/ehpc-add-image@/

/** Values an expression may put into a script: set by GitHub, never by a user's text. */
const SAFE_IN_SCRIPTS = new Set([
  'github.run_id',
  'github.run_number',
  'github.run_attempt',
  'github.sha',
  'github.repository_id',
  'github.repository_owner_id',
  'github.event_name',
  'github.job',
  'runner.os',
  'runner.arch',
  'runner.temp',
  'strategy.job-index',
  'strategy.job-total',
  'job.status'
])

const SHA = /^[0-9a-f]{40}$/
const VERSION_COMMENT = /#\s*v?\d+(\.\d+)*\S*\s*$/

/** The value node of `key` in a mapping node, or undefined. */
function child(node, key) {
  if (!isMap(node)) return undefined
  const pair = node.items.find(p => isScalar(p.key) && p.key.value === key)
  return pair?.value ?? undefined
}

function entries(node) {
  return isMap(node) ? node.items.filter(p => isScalar(p.key)) : []
}

/** The identifiers an expression reads (`github.event.issue.title`), outside string literals. */
export function expressionReads(expression) {
  const code = expression.replace(/'(?:[^']|'')*'/g, "''")
  const reads = []
  for (const m of code.matchAll(/(?<![\w.-])([A-Za-z_][\w-]*(?:\.[\w*-]+|\[[^\]]*\])*)(\s*\()?/g)) {
    if (m[2]) continue // a function call: toJSON(…)
    if (/^(true|false|null)$/.test(m[1])) continue
    reads.push(m[1].replace(/\[\s*'([^']*)'\s*\]/g, '.$1'))
  }
  return reads
}

/** The problems of one workflow file; `file` is how messages name it. */
export function auditWorkflow(text, file) {
  const lineCounter = new LineCounter()
  const doc = parseDocument(text, { lineCounter })
  if (doc.errors.length)
    return { problems: [`${file}: not valid YAML: ${doc.errors[0].message}`], pins: [] }
  const lines = text.split(/\r?\n/)
  const lineOf = node => (node?.range ? lineCounter.linePos(node.range[0]).line : 1)
  const at = node => `${file}:${lineOf(node)}`
  const problems = []
  const pins = []
  const root = doc.contents

  const permissions = child(root, 'permissions')
  if (permissions === undefined) {
    problems.push(
      `${file}:1: no top-level permissions: add \`permissions: {}\` (or \`contents: read\`) and grant write scopes on the job that needs them`
    )
  } else if (isScalar(permissions)) {
    if (permissions.value !== 'read-all' && permissions.value !== null)
      problems.push(
        `${at(permissions)}: top-level \`permissions: ${permissions.value}\`: grant at most read here, and write scopes on the job that needs them`
      )
  } else {
    for (const p of entries(permissions)) {
      if (isScalar(p.value) && p.value.value === 'write')
        problems.push(
          `${at(p.key)}: top-level \`${p.key.value}: write\`: move it to the job that needs it (keep \`permissions:\` at the top read-only or \`{}\`)`
        )
    }
  }

  const checkUses = (node, where) => {
    if (!isScalar(node) || typeof node.value !== 'string') return
    const uses = node.value.trim()
    if (uses.startsWith('./')) return
    if (uses.startsWith('docker://')) {
      if (!/@sha256:[0-9a-f]{64}$/.test(uses))
        problems.push(
          `${at(node)}: ${where} \`${uses}\` is not pinned: name the image by digest (docker://image@sha256:<64 hex>)`
        )
      return
    }
    if (SELF.test(uses)) return
    const m = uses.match(/^([^@\s]+)@(\S+)$/)
    if (!m) {
      problems.push(`${at(node)}: ${where} \`${uses}\` names no ref: pin a full commit SHA`)
      return
    }
    const [, action, ref] = m
    if (!SHA.test(ref)) {
      problems.push(
        `${at(node)}: ${where} \`${uses}\` is pinned to a tag or branch, which can be moved: pin the full commit SHA with the version in a comment (\`${action}@<40-hex sha> # ${/^v?\d/.test(ref) ? ref : 'vX.Y.Z'}\`)`
      )
      return
    }
    const line = lines[lineOf(node) - 1] ?? ''
    const comment = line.match(VERSION_COMMENT)
    if (!comment) {
      problems.push(
        `${at(node)}: ${where} \`${uses}\` has no version comment: add the release it is (\`# vX.Y.Z\`) so that readers and Dependabot know it`
      )
      return
    }
    pins.push({ action, sha: ref, version: comment[0].replace(/^#\s*/, '').trim(), at: at(node) })
  }

  const checkScript = (node, what) => {
    if (!isScalar(node) || typeof node.value !== 'string') return
    const raw = node.range ? text.slice(node.range[0], node.range[1]) : ''
    for (const m of node.value.matchAll(/\$\{\{([^}]*(?:\}(?!\})[^}]*)*)\}\}/g)) {
      const unsafe = expressionReads(m[1]).filter(r => !SAFE_IN_SCRIPTS.has(r))
      if (unsafe.length === 0) continue
      const offset = raw.indexOf(m[0])
      const line = offset >= 0 ? lineCounter.linePos(node.range[0] + offset).line : lineOf(node)
      problems.push(
        `${file}:${line}: ${what} holds \`${m[0].trim()}\`: the value is pasted into the script before it runs, so text someone else chose can run as code; pass it through \`env:\` (\`env: VALUE: ${m[0].trim()}\`) and use "$VALUE"`
      )
    }
  }

  for (const job of entries(child(root, 'jobs'))) {
    const name = job.key.value
    checkUses(child(job.value, 'uses'), `job ${name}: uses`)
    const steps = child(job.value, 'steps')
    if (!isSeq(steps)) continue
    for (const step of steps.items) {
      const usesNode = child(step, 'uses')
      checkUses(usesNode, 'uses')
      const uses = isScalar(usesNode) ? String(usesNode.value) : ''
      const withNode = child(step, 'with')
      if (/^actions\/checkout@/.test(uses)) {
        const persist = child(withNode, 'persist-credentials')
        const value = isScalar(persist) ? String(persist.value) : undefined
        if (value !== 'false')
          problems.push(
            `${at(usesNode)}: actions/checkout keeps the job's token in .git/config for every later step: set \`with: persist-credentials: false\` (a step that pushes gets a token in its own env)`
          )
      }
      checkScript(child(step, 'run'), 'run:')
      if (/^actions\/github-script@/.test(uses)) checkScript(child(withNode, 'script'), 'script:')
    }
  }
  return { problems, pins }
}

/** Every workflow under `root`, each as { rel, text }. */
export function workflowFiles(root) {
  const out = []
  for (const dir of WORKFLOW_DIRS) {
    const abs = join(root, dir)
    if (!existsSync(abs)) continue
    for (const name of readdirSync(abs).sort()) {
      if (/\.ya?ml$/.test(name))
        out.push({ rel: `${dir}/${name}`, text: readFileSync(join(abs, name), 'utf8') })
    }
  }
  return out
}

/** The problems of every workflow under `root`, and of their pins taken together. */
export function auditWorkflows(root) {
  const problems = []
  const pinsByAction = new Map()
  for (const { rel, text } of workflowFiles(root)) {
    const result = auditWorkflow(text, rel)
    problems.push(...result.problems)
    for (const pin of result.pins) {
      const seen = pinsByAction.get(pin.action) ?? new Map()
      pinsByAction.set(pin.action, seen)
      const key = `${pin.sha} # ${pin.version}`
      if (!seen.has(key)) seen.set(key, pin.at)
    }
  }
  for (const [action, seen] of pinsByAction) {
    if (seen.size > 1) {
      const where = [...seen].map(([pin, at]) => `${pin} (${at})`).join(', ')
      problems.push(
        `${action} is pinned more than one way: ${where}; pin one SHA and version everywhere`
      )
    }
  }
  return problems
}

function main(argv) {
  let root = resolve('.')
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--root') root = resolve(argv[++i] ?? '.')
    else if (argv[i].startsWith('--root=')) root = resolve(argv[i].slice(7))
    else {
      console.error(`workflow-audit: unknown argument ${argv[i]} (use --root <dir>)`)
      return 2
    }
  }
  const files = workflowFiles(root)
  const problems = auditWorkflows(root)
  for (const p of problems) console.error(`workflow-audit: ${p}`)
  if (problems.length) return 1
  console.log(`workflow-audit: ${files.length} workflows pass`)
  return 0
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  process.exitCode = main(process.argv.slice(2))
}

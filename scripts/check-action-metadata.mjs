#!/usr/bin/env node
// Checks action.yml against GitHub's action metadata rules and against the action's
// contract (the fixed input and output names that workflows depend on).
//
//   node scripts/check-action-metadata.mjs [--root <dir>]
//   node scripts/check-action-metadata.mjs --release [--root <dir>]
//
// --release also refuses the placeholders that stand for the account the action is
// published under (docs/RELEASING.md#placeholders): `author: 'OWNER'` and `OWNER/` in what
// users see or what runs. The release workflow runs it; CI does not, since the repository
// keeps the placeholders until someone publishes it.
//
// Exits 1 with one line per problem.

import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { DEFAULT_ROOT, readActionYml, splitDefault } from './docs.mjs'

// The action's public contract: workflows depend on these names, so they are fixed.
export const CONTRACT_INPUTS = [
  'region',
  'endpoint',
  'access-key-id',
  'access-key-secret',
  'security-token',
  'role-to-assume',
  'oidc-provider-arn',
  'audience',
  'role-session-name',
  'role-duration-seconds',
  'sts-endpoint',
  'name',
  'image-version',
  'description',
  'image-type',
  'registry-url',
  'acr-registry',
  'acr-enterprise',
  'acr-instance-id',
  'registry-username',
  'registry-password',
  'registry-server',
  'vm-image-id',
  'if-exists',
  'dry-run',
  'verify-image',
  'ecs-endpoint',
  'max-attempts',
  'request-timeout-seconds',
  'job-summary',
  'annotate-release',
  'github-token'
]
export const CONTRACT_OUTPUTS = [
  'image-id',
  'created',
  'image-name',
  'image-version',
  'image-type',
  'request-id',
  'replaced-image-id',
  'image-digest',
  'app-id',
  'image-status'
]

export const MAX_DESCRIPTION = 124
const PROJECT_NAME = 'ehpc-add-image'
const TOP_LEVEL_KEYS = ['name', 'author', 'description', 'inputs', 'outputs', 'runs', 'branding']
const INPUT_KEYS = ['description', 'required', 'default', 'deprecationMessage']
const OUTPUT_KEYS = ['description'] // `value` is for composite actions only
const NODE_RUNS_KEYS = ['using', 'main', 'pre', 'pre-if', 'post', 'post-if']
const EXPECTED_USING = 'node24'
const EXPECTED_MAIN = 'dist/index.js'
const ID = /^[_a-zA-Z][a-zA-Z0-9_-]*$/

export const BRANDING_COLORS = [
  'white',
  'black',
  'yellow',
  'blue',
  'green',
  'orange',
  'red',
  'purple',
  'gray-dark'
]

// Feather icons (v4.28) that GitHub accepts for branding.icon. GitHub leaves out coffee,
// columns, divide-circle, divide-square, divide, frown, hexagon, key, meh, mouse-pointer,
// smile, tool and x-octagon.
export const BRANDING_ICONS = `
activity airplay alert-circle alert-octagon alert-triangle align-center align-justify
align-left align-right anchor aperture archive arrow-down-circle arrow-down-left
arrow-down-right arrow-down arrow-left-circle arrow-left arrow-right-circle arrow-right
arrow-up-circle arrow-up-left arrow-up-right arrow-up at-sign award bar-chart-2 bar-chart
battery-charging battery bell-off bell bluetooth bold book-open book bookmark box briefcase
calendar camera-off camera cast check-circle check-square check chevron-down chevron-left
chevron-right chevron-up chevrons-down chevrons-left chevrons-right chevrons-up circle
clipboard clock cloud-drizzle cloud-lightning cloud-off cloud-rain cloud-snow cloud code
command compass copy corner-down-left corner-down-right corner-left-down corner-left-up
corner-right-down corner-right-up corner-up-left corner-up-right cpu credit-card crop
crosshair database delete disc dollar-sign download-cloud download droplet edit-2 edit-3
edit external-link eye-off eye fast-forward feather file-minus file-plus file-text file film
filter flag folder-minus folder-plus folder gift git-branch git-commit git-merge
git-pull-request globe grid hard-drive hash headphones heart help-circle home image inbox
info italic layers layout life-buoy link-2 link list loader lock log-in log-out mail map-pin
map maximize-2 maximize menu message-circle message-square mic-off mic minimize-2 minimize
minus-circle minus-square minus monitor moon more-horizontal more-vertical move music
navigation-2 navigation octagon package paperclip pause-circle pause pen-tool percent
phone-call phone-forwarded phone-incoming phone-missed phone-off phone-outgoing phone
pie-chart play-circle play plus-circle plus-square plus pocket power printer radio
refresh-ccw refresh-cw repeat rewind rotate-ccw rotate-cw rss save scissors search send
server settings share-2 share shield-off shield shopping-bag shopping-cart shuffle sidebar
skip-back skip-forward slash sliders smartphone speaker square star stop-circle sun sunrise
sunset tablet tag target terminal thermometer thumbs-down thumbs-up toggle-left toggle-right
trash-2 trash trending-down trending-up triangle truck tv type umbrella underline unlock
upload-cloud upload user-check user-minus user-plus user-x user users video-off video
voicemail volume-1 volume-2 volume-x volume watch wifi-off wifi wind x-circle x-square x
zap-off zap zoom-in zoom-out
`
  .trim()
  .split(/\s+/)

const isMap = v => v !== null && typeof v === 'object' && !Array.isArray(v)
const nonEmptyString = v => typeof v === 'string' && v.trim() !== ''

export function checkAction(action, root) {
  const problems = []
  const p = msg => problems.push(msg)

  if (!isMap(action)) return ['action.yml: not a mapping']

  for (const key of Object.keys(action)) {
    if (!TOP_LEVEL_KEYS.includes(key)) {
      p(`unknown top-level key "${key}" (allowed: ${TOP_LEVEL_KEYS.join(', ')})`)
    }
  }
  for (const key of ['name', 'description']) {
    if (!(key in action)) p(`missing required top-level key "${key}"`)
    else if (!nonEmptyString(action[key])) p(`"${key}" must be a non-empty string`)
  }
  // The Marketplace refuses a description of 125 characters or more.
  if (nonEmptyString(action.description) && action.description.length > MAX_DESCRIPTION) {
    p(
      `"description" is ${action.description.length} characters; the GitHub Marketplace accepts at most ${MAX_DESCRIPTION}`
    )
  }
  if ('author' in action && typeof action.author !== 'string') p('"author" must be a string')
  else if (typeof action.author === 'string' && action.author.trim() === '') {
    p('"author" is empty; name the maintainer (or leave the key out)')
  } else if (
    typeof action.author === 'string' &&
    action.author.trim().toLowerCase() === PROJECT_NAME.toLowerCase()
  ) {
    p(`"author" is the project's own name (${PROJECT_NAME}); name the maintainer instead`)
  }

  // runs
  if (!('runs' in action)) p('missing required top-level key "runs"')
  else if (!isMap(action.runs)) p('"runs" must be a mapping')
  else {
    const runs = action.runs
    if (runs.using !== EXPECTED_USING) {
      p(`runs.using must be "${EXPECTED_USING}", found ${JSON.stringify(runs.using ?? null)}`)
    }
    for (const key of Object.keys(runs)) {
      if (!NODE_RUNS_KEYS.includes(key)) {
        p(
          `runs.${key} is not allowed for a JavaScript action (allowed: ${NODE_RUNS_KEYS.join(', ')})`
        )
      }
    }
    if (runs.main !== EXPECTED_MAIN) {
      p(`runs.main must be "${EXPECTED_MAIN}", found ${JSON.stringify(runs.main ?? null)}`)
    }
    for (const key of ['main', 'pre', 'post']) {
      if (!(key in runs) || typeof runs[key] !== 'string') continue
      const file = join(root, runs[key])
      if (!existsSync(file) || !statSync(file).isFile()) {
        p(`runs.${key}: ${runs[key]} does not exist (run \`npm run build\` and commit dist/)`)
      }
    }
  }

  // inputs
  const inputs = action.inputs ?? {}
  if (!isMap(inputs)) p('"inputs" must be a mapping')
  else {
    for (const [name, spec] of Object.entries(inputs)) {
      const where = `inputs.${name}`
      if (!ID.test(name))
        p(`${where}: id must start with a letter or _ and hold only letters, digits, - and _`)
      if (name !== name.toLowerCase())
        p(`${where}: use a lower-case id (GitHub lower-cases input ids)`)
      if (!isMap(spec)) {
        p(`${where}: must be a mapping with at least a description`)
        continue
      }
      for (const key of Object.keys(spec)) {
        if (!INPUT_KEYS.includes(key))
          p(`${where}: unknown key "${key}" (allowed: ${INPUT_KEYS.join(', ')})`)
      }
      if (!nonEmptyString(spec.description)) p(`${where}: missing description`)
      if ('required' in spec && typeof spec.required !== 'boolean') {
        p(`${where}: required must be true or false, found ${JSON.stringify(spec.required)}`)
      }
      if ('default' in spec && !['string', 'number', 'boolean'].includes(typeof spec.default)) {
        p(`${where}: default must be a string`)
      }
      if ('deprecationMessage' in spec && !nonEmptyString(spec.deprecationMessage)) {
        p(`${where}: deprecationMessage must be a non-empty string`)
      }
      // "Default: X." in the description must agree with the default key
      const { stated } = splitDefault(spec.description)
      if ('default' in spec && stated !== undefined && stated !== String(spec.default)) {
        p(`${where}: description says "Default: ${stated}." but default is "${spec.default}"`)
      }
    }
  }

  // outputs
  const outputs = action.outputs ?? {}
  if (!isMap(outputs)) p('"outputs" must be a mapping')
  else {
    for (const [name, spec] of Object.entries(outputs)) {
      const where = `outputs.${name}`
      if (!ID.test(name))
        p(`${where}: id must start with a letter or _ and hold only letters, digits, - and _`)
      if (name !== name.toLowerCase()) p(`${where}: use a lower-case id`)
      if (!isMap(spec)) {
        p(`${where}: must be a mapping with a description`)
        continue
      }
      for (const key of Object.keys(spec)) {
        if (!OUTPUT_KEYS.includes(key)) {
          p(`${where}: unknown key "${key}" (a JavaScript action's outputs take only description)`)
        }
      }
      if (!nonEmptyString(spec.description)) p(`${where}: missing description`)
    }
  }

  // branding
  if ('branding' in action) {
    const b = action.branding
    if (!isMap(b)) p('"branding" must be a mapping')
    else {
      for (const key of Object.keys(b)) {
        if (!['icon', 'color'].includes(key))
          p(`branding: unknown key "${key}" (allowed: icon, color)`)
      }
      if ('color' in b && !BRANDING_COLORS.includes(b.color)) {
        p(`branding.color ${JSON.stringify(b.color)} is not one of ${BRANDING_COLORS.join(', ')}`)
      }
      if ('icon' in b && !BRANDING_ICONS.includes(b.icon)) {
        p(`branding.icon ${JSON.stringify(b.icon)} is not a Feather icon that GitHub accepts`)
      }
    }
  }

  // the contract: exact same names
  const compare = (kind, declared, expected) => {
    for (const n of expected) {
      if (!declared.includes(n)) p(`${kind} "${n}" of the contract is missing from action.yml`)
    }
    for (const n of declared) {
      if (!expected.includes(n))
        p(
          `${kind} "${n}" is not in the contract (names are fixed; change them only through an issue)`
        )
    }
  }
  compare('input', isMap(inputs) ? Object.keys(inputs) : [], CONTRACT_INPUTS)
  compare('output', isMap(outputs) ? Object.keys(outputs) : [], CONTRACT_OUTPUTS)

  return problems
}

/** The placeholder for the account the action is published under. */
export const PLACEHOLDER = 'OWNER'
// What users see or what runs; docs/RELEASING.md describes the placeholder and keeps it.
const PUBLISHED_FILES = ['README.md', 'CHANGELOG.md', 'SECURITY.md', 'CONTRIBUTING.md']
const PUBLISHED_DIRS = ['docs', 'examples', 'src']
const EXEMPT = new Set(['docs/RELEASING.md'])

function filesUnder(dir, acc = []) {
  if (!existsSync(dir)) return acc
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) filesUnder(path, acc)
    else acc.push(path)
  }
  return acc
}

/** Where the placeholders are still in place, as "file:line: what" lines. */
export function findPlaceholders(action, root) {
  const found = []
  if (typeof action?.author === 'string' && action.author.trim() === PLACEHOLDER) {
    found.push(`action.yml: author is the placeholder '${PLACEHOLDER}'`)
  }
  const files = [
    ...PUBLISHED_FILES.map(f => join(root, f)).filter(f => existsSync(f)),
    ...PUBLISHED_DIRS.flatMap(d => filesUnder(join(root, d)))
  ]
  const pattern = new RegExp(`(^|[^A-Za-z0-9_-])${PLACEHOLDER}/`)
  for (const file of files) {
    const rel = relative(root, file).split('\\').join('/')
    if (EXEMPT.has(rel) || !/\.(md|ya?ml|json|ts|mjs|cjs|js)$/.test(rel)) continue
    readFileSync(file, 'utf8')
      .split(/\r?\n/)
      .forEach((line, i) => {
        if (pattern.test(line)) found.push(`${rel}:${i + 1}: ${line.trim().slice(0, 100)}`)
      })
  }
  return found
}

function main() {
  const args = process.argv.slice(2)
  let root = DEFAULT_ROOT
  let release = false
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--release') release = true
    else if (args[i] === '--root') root = resolve(args[++i] ?? '.')
    else if (args[i].startsWith('--root=')) root = resolve(args[i].slice(7))
    else {
      console.error(
        `check-action-metadata: unknown argument ${args[i]} (use --release, --root <dir>)`
      )
      return 2
    }
  }
  let action
  try {
    action = readActionYml(root)
  } catch (e) {
    console.error(`check-action-metadata: ${e.message}`)
    return 1
  }
  const problems = checkAction(action, root).map(msg => `action.yml: ${msg}`)
  if (release) {
    const left = findPlaceholders(action, root)
    if (left.length) {
      problems.push(
        `the placeholder ${PLACEHOLDER} is still in place; replace it with the account the action is published under (docs/RELEASING.md#placeholders):`,
        ...left.map(l => `  ${l}`)
      )
    }
  }
  if (problems.length) {
    for (const msg of problems) console.error(`check-action-metadata: ${msg}`)
    console.error(`check-action-metadata: ${problems.length} problem(s)`)
    return 1
  }
  const n = Object.keys(action.inputs ?? {}).length
  const m = Object.keys(action.outputs ?? {}).length
  console.log(
    `check-action-metadata: action.yml OK (${n} inputs, ${m} outputs, runs ${action.runs.using} ${action.runs.main})`
  )
  return 0
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  process.exitCode = main()
}

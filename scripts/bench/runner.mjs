// The benchmark's scratch runner: the children's environment, as the GitHub runner sets it
// (inputs as INPUT_<NAME> with action.yml's defaults, the command files, RUNNER_TEMP).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseCommandFile, TAG_RUN_ENV } from '../lib/run-action.mjs'
import { readActionYml } from '../docs.mjs'

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..')

/**
 * The runner sets INPUT_<NAME> for every input with a default in action.yml, then the
 * workflow's `with:` values over them.
 */
function actionDefaults() {
  const inputs = readActionYml(ROOT).inputs ?? {}
  const defaults = {}
  for (const [name, spec] of Object.entries(inputs)) {
    if (spec?.default !== undefined && spec.default !== null) defaults[name] = String(spec.default)
  }
  return defaults
}

/** Variables of this shell never passed on, even with --env inherit. */
const NEVER_PASSED =
  /^(npm_|INPUT_|GITHUB_|RUNNER_|ACTIONS_|ALIBABA_CLOUD_)|^(https?|no|all)_proxy$/i

/**
 * The children's base environment, and the NODE_* variables of this shell left out of it
 * (they change how fast node starts: NODE_EXTRA_CA_CERTS alone reads a CA bundle at start-up).
 * @param {'clean' | 'inherit'} mode
 */
export function baseEnvironment(mode) {
  if (mode === 'inherit') {
    const env = {}
    for (const [k, v] of Object.entries(process.env)) {
      if (v !== undefined && !NEVER_PASSED.test(k)) env[k] = v
    }
    return { env, leftOut: [] }
  }
  return {
    env: { PATH: process.env.PATH ?? '', ...(process.env.HOME ? { HOME: process.env.HOME } : {}) },
    leftOut: Object.keys(process.env)
      .filter(k => /^NODE_/.test(k))
      .sort()
  }
}

/** A scratch runner: the command files, RUNNER_TEMP and the working directory. */
export function makeRunner(scratch, base) {
  const files = {
    GITHUB_OUTPUT: join(scratch, 'output'),
    GITHUB_STEP_SUMMARY: join(scratch, 'summary'),
    GITHUB_ENV: join(scratch, 'env'),
    GITHUB_STATE: join(scratch, 'state')
  }
  const workspace = join(scratch, 'workspace')
  mkdirSync(workspace)
  const defaults = actionDefaults()
  const reset = () => {
    for (const f of Object.values(files)) writeFileSync(f, '')
  }
  /** @param {Record<string, string>} inputs */
  const env = inputs => {
    const e = {
      HOME: scratch,
      ...base,
      RUNNER_TEMP: scratch,
      GITHUB_WORKSPACE: workspace,
      ...TAG_RUN_ENV,
      ...files
    }
    for (const [name, value] of Object.entries({ ...defaults, ...inputs })) {
      e[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value
    }
    return e
  }
  const outputs = () => parseCommandFile(readFileSync(files.GITHUB_OUTPUT, 'utf8'))
  return { workspace, reset, env, outputs }
}

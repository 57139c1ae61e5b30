// Runs dist/index.js as the GitHub runner does: inputs as INPUT_<NAME> variables,
// outputs and the job summary through the files named by GITHUB_OUTPUT / GITHUB_STEP_SUMMARY.
import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

export const ACTION_PATH = resolve(dirname(fileURLToPath(import.meta.url)), '../../dist/index.js')

/** The context of a release-tag run, as the runner sets it. */
export const TAG_RUN_ENV = {
  GITHUB_ACTIONS: 'true',
  GITHUB_REF: 'refs/tags/v1.2.3',
  GITHUB_REF_TYPE: 'tag',
  GITHUB_REF_NAME: 'v1.2.3',
  GITHUB_SHA: '5f3c9a1b2d4e6f708192a3b4c5d6e7f809112233',
  GITHUB_REPOSITORY: 'octo-org/octo-repo',
  GITHUB_RUN_ID: '8675309',
  GITHUB_RUN_ATTEMPT: '1',
  GITHUB_WORKFLOW: 'release',
  GITHUB_SERVER_URL: 'https://github.com'
}

/** Parses the GITHUB_OUTPUT / GITHUB_ENV file format (`name<<delimiter` blocks). */
export function parseCommandFile(text) {
  const result = {}
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<=]+)<<(.+)$/.exec(lines[i])
    if (m) {
      const value = []
      for (i++; i < lines.length && lines[i] !== m[2]; i++) value.push(lines[i])
      result[m[1]] = value.join('\n')
    } else if (lines[i].includes('=')) {
      const at = lines[i].indexOf('=')
      result[lines[i].slice(0, at)] = lines[i].slice(at + 1)
    }
  }
  return result
}

// Windows processes need these to start networking and find a temp folder; a runner
// always sets them.
const WINDOWS_BASICS = ['SystemRoot', 'windir', 'TEMP', 'TMP', 'USERPROFILE', 'ComSpec', 'PATHEXT']
function windowsBasics() {
  if (process.platform !== 'win32') return {}
  return Object.fromEntries(
    WINDOWS_BASICS.filter(k => process.env[k] !== undefined).map(k => [k, process.env[k]])
  )
}

// @actions/core ends lines with os.EOL (CRLF on Windows), and so does the runner; the
// tests read every line the same way on every platform.
const lf = text => text.replace(/\r\n/g, '\n')

const unescapeData = v => v.replace(/%0A/g, '\n').replace(/%0D/g, '\r').replace(/%25/g, '%')
const unescapeProperty = v => unescapeData(v).replace(/%3A/g, ':').replace(/%2C/g, ',')

/** The ::error:: / ::warning:: / ::notice:: workflow commands in a log, with their properties. */
export function parseAnnotations(stdout) {
  const out = []
  for (const line of stdout.split('\n')) {
    const m = /^::(error|warning|notice)(?: ([^:]*))?::(.*)$/.exec(line)
    if (!m) continue
    const properties = {}
    for (const pair of (m[2] ?? '').split(',').filter(Boolean)) {
      const at = pair.indexOf('=')
      properties[pair.slice(0, at)] = unescapeProperty(pair.slice(at + 1))
    }
    out.push({ kind: m[1], title: properties.title, message: unescapeData(m[3]) })
  }
  return out
}

/**
 * Runs the action with `inputs`. Without a `verify-image` input the run checks no image
 * (`verify-image: false`): a test whose subject is not the check must not reach the
 * registry host or ECS its inputs name; the check's tests and the demo set it.
 * @param {Record<string, string>} inputs kebab-case input names
 * @param {{ env?: Record<string, string>, timeoutMs?: number, cwd?: string }} [options]
 */
export async function runAction(inputs, options = {}) {
  inputs = { 'verify-image': 'false', ...inputs }
  const dir = mkdtempSync(join(tmpdir(), 'ehpc-action-'))
  const files = {
    GITHUB_OUTPUT: join(dir, 'output'),
    GITHUB_STEP_SUMMARY: join(dir, 'summary'),
    GITHUB_ENV: join(dir, 'env'),
    GITHUB_STATE: join(dir, 'state')
  }
  for (const f of Object.values(files)) writeFileSync(f, '')
  const env = {
    PATH: process.env.PATH ?? '',
    ...windowsBasics(),
    // A home of its own: with no credentials given, the action reads profile files from ~.
    HOME: dir,
    ...(process.platform === 'win32' ? { USERPROFILE: dir } : {}),
    RUNNER_TEMP: dir,
    ...TAG_RUN_ENV,
    ...files,
    ...options.env
  }
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value
  for (const [k, v] of Object.entries(env)) if (v === undefined) delete env[k]
  const started = Date.now()
  try {
    const { code, stdout, stderr } = await new Promise((resolvePromise, reject) => {
      const child = spawn(process.execPath, [ACTION_PATH], { env, cwd: options.cwd ?? dir })
      let stdout = ''
      let stderr = ''
      child.stdout.on('data', d => (stdout += d))
      child.stderr.on('data', d => (stderr += d))
      const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 60_000)
      child.on('error', reject)
      child.on('close', code => {
        clearTimeout(timer)
        resolvePromise({ code, stdout, stderr })
      })
    })
    const read = name => lf(readFileSync(files[name], 'utf8'))
    const annotations = parseAnnotations(lf(stdout))
    const errors = annotations.filter(a => a.kind === 'error').map(a => a.message)
    return {
      code,
      stdout: lf(stdout),
      stderr: lf(stderr),
      ms: Date.now() - started,
      outputs: parseCommandFile(read('GITHUB_OUTPUT')),
      outputFile: read('GITHUB_OUTPUT'),
      envFile: read('GITHUB_ENV'),
      summary: read('GITHUB_STEP_SUMMARY'),
      errors,
      annotations
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

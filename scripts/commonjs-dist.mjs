// Turns ncc's output for a CommonJS entry (index.cjs and its chunks, *.index.cjs.js) into the
// dist/ the runner starts: the bundle renamed to index.js (action.yml's runs.main) and a
// package.json that makes Node load every .js file in the folder as CommonJS, whatever the
// project's own package.json says.
import { existsSync, renameSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

/** @param {string} dir ncc's output folder */
export function asCommonJsDist(dir) {
  const bundle = join(dir, 'index.cjs')
  if (!existsSync(bundle)) throw new Error(`${bundle} is missing: build from src/index.cjs`)
  renameSync(bundle, join(dir, 'index.js'))
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ type: 'commonjs' }, null, 2) + '\n')
}

if (process.argv[1] === fileURLToPath(import.meta.url)) asCommonJsDist(process.argv[2] ?? 'dist')

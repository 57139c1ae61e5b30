// The stack floor's entry, CommonJS as the action's is (src/index.cjs): ncc then emits a
// CommonJS bundle. The job is in stack-floor.mjs.
/* global require */
// eslint-disable-next-line @typescript-eslint/no-require-imports
require('./stack-floor.mjs')

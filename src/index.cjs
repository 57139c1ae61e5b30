// The bundle's entry point, CommonJS on purpose: ncc then emits a CommonJS bundle, which
// Node runs without starting its ES-module loader (measured in docs/PERFORMANCE.md).
// run() reports every failure through core.setFailed itself.
/* global require */
// eslint-disable-next-line @typescript-eslint/no-require-imports
require('./main').run()

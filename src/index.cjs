// The bundle's entry point, CommonJS on purpose: ncc then emits a CommonJS bundle, which
// Node runs without starting its ES-module loader (measured in docs/PERFORMANCE.md).
// run() reports every failure itself: one titled error annotation and exit code 1.
/* global require */
// eslint-disable-next-line @typescript-eslint/no-require-imports
require('./main').run()

// Preloaded (`node --require`) in one unmeasured run per path, next to load-probe.mjs: at
// exit, appends the file URL of every module loaded through require() (a CommonJS
// dist/index.js and the chunks it requires), then `node:<name>` for every Node built-in the
// process loaded, then `threads:<n>`, the process's threads at exit (Linux), to the file named
// by BENCH_LOADS_FILE.
/* global require */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { appendFileSync, existsSync, readdirSync } = require('node:fs')
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { pathToFileURL } = require('node:url')

const file = process.env.BENCH_LOADS_FILE
if (file) {
  process.on('exit', () => {
    const urls = Object.keys(require.cache).map(f => pathToFileURL(f).href)
    for (const m of process.moduleLoadList) {
      if (m.startsWith('NativeModule ')) urls.push(`node:${m.slice('NativeModule '.length)}`)
    }
    // libuv starts its thread pool on first use: these tell whether a run used it.
    if (existsSync('/proc/self/task')) urls.push(`threads:${readdirSync('/proc/self/task').length}`)
    appendFileSync(file, urls.map(u => `${u}\n`).join(''))
  })
}

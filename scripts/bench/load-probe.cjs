// Preloaded (`node --require`) in one unmeasured run per path, next to load-probe.mjs: at
// exit, appends the file URL of every module loaded through require() (a CommonJS
// dist/index.js and the chunks it requires), then `node:<name>` for every Node built-in the
// process loaded, to the file named by BENCH_LOADS_FILE.
/* global require */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { appendFileSync } = require('node:fs')
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { pathToFileURL } = require('node:url')

const file = process.env.BENCH_LOADS_FILE
if (file) {
  process.on('exit', () => {
    const urls = Object.keys(require.cache).map(f => pathToFileURL(f).href)
    for (const m of process.moduleLoadList) {
      if (m.startsWith('NativeModule ')) urls.push(`node:${m.slice('NativeModule '.length)}`)
    }
    appendFileSync(file, urls.map(u => `${u}\n`).join(''))
  })
}

// Preloaded (`node --import`) in one unmeasured run per path: records every module the
// ESM loader loads (dist/index.js and the chunks it imports) in the file named by
// BENCH_LOADS_FILE, one URL a line, through a load hook (module.register, Node >= 20.6).
import * as nodeModule from 'node:module'

const file = process.env.BENCH_LOADS_FILE
delete process.env.BENCH_LOADS_FILE
if (file && typeof nodeModule.register === 'function') {
  nodeModule.register(new URL('./load-hooks.mjs', import.meta.url), { data: { file } })
}

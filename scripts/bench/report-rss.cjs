// Preloaded with `node --require` when GNU time is not available: at exit, writes this
// process's peak RSS (KiB, getrusage ru_maxrss) to the file named by BENCH_RSS_FILE.
// CommonJS on purpose: `--import` of an ES module would start the ESM loader in every run,
// which costs bare `node -e ""` some 2.5 MiB and a few ms that the action does not pay
// (it needs that loader anyway); `--require` adds about 0.25 MiB to both.
// Writes nothing to stdout or stderr, and removes the variable so the measured program sees
// the environment it would see without the wrapper.
/* global require */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { writeFileSync } = require('node:fs')

const file = process.env.BENCH_RSS_FILE
delete process.env.BENCH_RSS_FILE
if (file) {
  process.on('exit', () => {
    try {
      writeFileSync(file, String(process.resourceUsage().maxRSS))
    } catch {
      // no figure rather than a changed exit: the benchmark reports the run as unmeasured
    }
  })
}

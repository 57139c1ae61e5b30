// Preloaded with `node --require` into each benchmarked run: at exit, writes the process's
// CPU time (user and system, microseconds) as JSON to the file named by BENCH_CPU_FILE.
// CommonJS, so no ESM loader starts for it. Writes nothing to stdout or stderr, and removes
// the variable so the measured program sees the environment it would see without it.
/* global require */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { writeFileSync } = require('node:fs')

const file = process.env.BENCH_CPU_FILE
delete process.env.BENCH_CPU_FILE
if (file) {
  process.on('exit', () => {
    try {
      writeFileSync(file, JSON.stringify(process.cpuUsage()))
    } catch {
      // no figure rather than a changed exit
    }
  })
}

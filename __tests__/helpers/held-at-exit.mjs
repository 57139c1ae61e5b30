// Preloaded into the action (NODE_OPTIONS="--expose-gc --import <this file>"): when the
// process exits, a full garbage collection, then the memory still held, on stderr as
// `held-at-exit {"arrayBuffers":…,"heapUsed":…}`. What is still held then is referenced
// from somewhere (a pending timer, a listener), not garbage waiting for a collection.
process.on('exit', () => {
  globalThis.gc?.()
  const { arrayBuffers, heapUsed } = process.memoryUsage()
  process.stderr.write(`held-at-exit ${JSON.stringify({ arrayBuffers, heapUsed })}\n`)
})

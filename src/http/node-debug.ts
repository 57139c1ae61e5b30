/**
 * NODE_DEBUG (set workflow-wide to debug another tool) makes Node print the options of every
 * HTTP connection to stderr, request headers included: the GitHub token, the ID-token request
 * token, the STS security token. Node reads the variable once, at start-up, so unsetting it
 * here is too late. Node writes each of its debug messages with one stderr write that starts
 * with `<SECTION> <pid>: ` (util.debuglog); those writes are dropped, everything else passes.
 * Returns whether it did so (NODE_DEBUG is set). `process.stderr` is only read then: reading it
 * makes Node set up the stream (a pipe on the runner), which no other run needs.
 */
export function silenceNodeDebug(
  env: NodeJS.ProcessEnv,
  stream?: NodeJS.WriteStream,
  pid: number = process.pid
): boolean {
  if (!env.NODE_DEBUG?.trim()) return false
  const stderr = stream ?? process.stderr
  // The pid may be coloured when stderr is a terminal.
  const debugLine = new RegExp(`^[\\w.*-]+ (?:\\x1b\\[\\d+m)?${pid}(?:\\x1b\\[\\d+m)?: `)
  const write = stderr.write.bind(stderr) as (...args: unknown[]) => boolean
  stderr.write = ((chunk: unknown, ...rest: unknown[]) => {
    const text = typeof chunk === 'string' ? chunk : Buffer.isBuffer(chunk) ? chunk.toString() : ''
    if (debugLine.test(text)) {
      // Keep the write callback's contract.
      const callback = rest.find(a => typeof a === 'function') as (() => void) | undefined
      if (callback) process.nextTick(callback)
      return true
    }
    return write(chunk, ...rest)
  }) as typeof stderr.write
  return true
}

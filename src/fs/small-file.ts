import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs'

/** A small file's text, or why it was not read: words completing "the file …". */
export type SmallFileRead = { text: string } | { why: string }

/**
 * Reads a regular file of at most `maxBytes`. The file is opened with O_NONBLOCK and
 * checked through its descriptor, so a FIFO cannot hold the read and a device or a file
 * swapped in after a check is not read; at most `maxBytes + 1` bytes are ever read.
 * Never throws, and no `why` carries the file's content.
 */
export function readSmallFile(path: string, maxBytes: number): SmallFileRead {
  let fd: number | undefined
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK)
    if (!fstatSync(fd).isFile()) return { why: 'is not a regular file' }
    const buffer = Buffer.alloc(maxBytes + 1)
    let read = 0
    while (read < buffer.length) {
      const n = readSync(fd, buffer, read, buffer.length - read, read)
      if (n === 0) break
      read += n
    }
    if (read > maxBytes) return { why: `is larger than ${maxBytes} bytes` }
    return { text: buffer.subarray(0, read).toString('utf8') }
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code
    return { why: `cannot be read (${code ?? 'unknown error'})` }
  } finally {
    try {
      if (fd !== undefined) closeSync(fd)
    } catch {
      // What was read stands; a descriptor that will not close is the system's to reclaim.
    }
  }
}

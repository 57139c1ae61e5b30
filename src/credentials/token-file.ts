import { open, stat } from 'node:fs/promises'

/** A service-account token is a few KiB; anything far larger is not one. */
const MAX_TOKEN_BYTES = 64 * 1024

/**
 * Reads an OIDC token file, at most MAX_TOKEN_BYTES of it. Fails with an Error whose message
 * completes "the file …" (e.g. "cannot be read (ENOENT)"); never with the file's content.
 */
export async function readTokenFile(path: string): Promise<string> {
  let text: string
  try {
    // A FIFO or device could block the read: only a regular file is read.
    if (!(await stat(path)).isFile()) throw new Error('is not a regular file')
    const file = await open(path, 'r')
    try {
      const buffer = Buffer.alloc(MAX_TOKEN_BYTES + 1)
      const { bytesRead } = await file.read(buffer, 0, buffer.length, 0)
      if (bytesRead > MAX_TOKEN_BYTES) throw new Error(`is larger than ${MAX_TOKEN_BYTES} bytes`)
      text = buffer.subarray(0, bytesRead).toString('utf8').trim()
    } finally {
      await file.close()
    }
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code
    throw code ? new Error(`cannot be read (${code})`) : err
  }
  if (!text) throw new Error('is empty')
  return text
}

import { readSmallFile } from '../fs/small-file.js'

/** A service-account token is a few KiB; anything far larger is not one. */
const MAX_TOKEN_BYTES = 64 * 1024

/**
 * Reads an OIDC token file, at most MAX_TOKEN_BYTES of it. Fails with an Error whose message
 * completes "the file …" (e.g. "cannot be read (ENOENT)"); never with the file's content.
 */
export async function readTokenFile(path: string): Promise<string> {
  const read = readSmallFile(path, MAX_TOKEN_BYTES)
  if ('why' in read) throw new Error(read.why)
  const text = read.text.trim()
  if (!text) throw new Error('is empty')
  return text
}

import { open, stat } from 'node:fs/promises'
import { ActionError } from './errors.js'
import { OIDC_TOKEN_FILE_ENV } from './inputs.js'

/** A service-account token is a few KiB; anything far larger is not one. */
const MAX_TOKEN_BYTES = 64 * 1024

/** Reads the RRSA token file (ALIBABA_CLOUD_OIDC_TOKEN_FILE), at most 64 KiB of it. */
export async function readTokenFile(path: string): Promise<string> {
  let text: string
  try {
    // A FIFO or device would block the read: only a regular file is read.
    if (!(await stat(path)).isFile()) {
      throw new ActionError(
        `env ${OIDC_TOKEN_FILE_ENV} names ${path}, which is not a regular file. Point it at the pod's service-account token file (RRSA).`
      )
    }
    const file = await open(path, 'r')
    try {
      const buffer = Buffer.alloc(MAX_TOKEN_BYTES + 1)
      const { bytesRead } = await file.read(buffer, 0, buffer.length, 0)
      if (bytesRead > MAX_TOKEN_BYTES) {
        throw new ActionError(
          `env ${OIDC_TOKEN_FILE_ENV} names ${path}, which is larger than ${MAX_TOKEN_BYTES} bytes: not an OIDC token. Point it at the pod's service-account token (RRSA).`
        )
      }
      text = buffer.subarray(0, bytesRead).toString('utf8').trim()
    } finally {
      await file.close()
    }
  } catch (err) {
    if (err instanceof ActionError) throw err
    const code = (err as NodeJS.ErrnoException).code ?? String(err)
    throw new ActionError(
      `env ${OIDC_TOKEN_FILE_ENV} names ${path}, which cannot be read (${code}). On ACK, check that RRSA is enabled for the pod's service account and the token volume is mounted there.`
    )
  }
  if (!text) {
    throw new ActionError(
      `env ${OIDC_TOKEN_FILE_ENV} names ${path}, which is empty. On ACK, check the pod's RRSA token volume.`
    )
  }
  return text
}

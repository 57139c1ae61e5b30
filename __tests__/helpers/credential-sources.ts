// Local stand-ins for the credential sources of a self-hosted runner: a credentials-URI
// server on 127.0.0.1, a home directory with profile files, an RRSA token file.
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import type { TemporaryCredentials } from './sts-credentials.js'

export interface CredentialsUriServer {
  url: string
  /** Paths requested, in order. */
  hits: string[]
  close: () => Promise<void>
}

/**
 * Answers GET <path> with the credentials, in the JSON a credentials URI serves
 * (Code, AccessKeyId, AccessKeySecret, SecurityToken, Expiration), or with `status` (0: never).
 */
export async function startCredentialsUri(
  creds: TemporaryCredentials | undefined,
  status = 200
): Promise<CredentialsUriServer> {
  const hits: string[] = []
  const server = createServer((req, res) => {
    hits.push(req.url ?? '')
    if (status === 0) return // never answers
    if (status !== 200 || !creds) {
      res.writeHead(status === 200 ? 500 : status, { 'content-type': 'application/json' })
      res.end(JSON.stringify({ Code: 'Error', Message: 'no credentials here' }))
      return
    }
    res.writeHead(200, { 'content-type': 'application/json' })
    res.end(
      JSON.stringify({
        Code: 'Success',
        AccessKeyId: creds.AccessKeyId,
        AccessKeySecret: creds.AccessKeySecret,
        SecurityToken: creds.SecurityToken,
        Expiration: new Date(Date.now() + 3600_000).toISOString().replace(/\.\d{3}Z$/, 'Z')
      })
    )
  })
  server.keepAliveTimeout = 1000
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    hits,
    close: () =>
      new Promise<void>(resolve => {
        server.closeAllConnections()
        server.close(() => resolve())
      })
  }
}

export interface TempHome {
  home: string
  /** The variables that make it the action's home directory (HOME; USERPROFILE on Windows). */
  env: Record<string, string>
  /** Writes a file under the home directory (parents created) and returns its path. */
  write: (relative: string, content: string) => string
  remove: () => void
}

export function tempHome(): TempHome {
  const home = mkdtempSync(join(tmpdir(), 'ehpc-home-'))
  return {
    home,
    env: { HOME: home, USERPROFILE: home },
    write: (relative, content) => {
      const path = join(home, relative)
      mkdirSync(dirname(path), { recursive: true })
      writeFileSync(path, content, { mode: 0o600 })
      return path
    },
    remove: () => rmSync(home, { recursive: true, force: true })
  }
}

/** The aliyun CLI's ~/.aliyun/config.json with these profiles; `current` is the first. */
export function aliyunCliConfig(
  profiles: { name: string; mode: string; [key: string]: string }[]
): string {
  return JSON.stringify(
    {
      current: profiles[0]?.name,
      profiles: profiles.map(p => ({ region_id: 'cn-hangzhou', output_format: 'json', ...p }))
    },
    null,
    2
  )
}

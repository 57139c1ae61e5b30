// A real registry for the image check's tests: Debian's docker-registry (CNCF distribution,
// https://distribution.github.io/distribution/about/configuration/) on 127.0.0.1 with htpasswd
// auth, and images pushed into it with skopeo (https://github.com/containers/skopeo).
import { execFile, spawn, type ChildProcess } from 'node:child_process'
import { createHash, randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { delimiter, join } from 'node:path'
import { gzipSync } from 'node:zlib'

export const REAL_REGISTRY_TOOLS = ['docker-registry', 'skopeo', 'htpasswd'] as const

const START_TIMEOUT_MS = 15_000
const TOOL_TIMEOUT_MS = 30_000
const OCI_MANIFEST = 'application/vnd.oci.image.manifest.v1+json'

/** The tools of REAL_REGISTRY_TOOLS that are not on PATH. */
export function missingTools(): string[] {
  const dirs = (process.env.PATH ?? '').split(delimiter).filter(Boolean)
  return REAL_REGISTRY_TOOLS.filter(tool => !dirs.some(dir => existsSync(join(dir, tool))))
}

function run(file: string, args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(file, args, { timeout: TOOL_TIMEOUT_MS }, (error, stdout, stderr) => {
      if (error) reject(new Error(`${file} ${args[0]} failed: ${error.message}\n${stderr}`))
      else resolve(stdout)
    })
  })
}

export interface RealRegistry {
  /** host:port, on 127.0.0.1 */
  host: string
  username: string
  password: string
  /** Pushes a one-layer OCI image as repository:tag with skopeo; returns skopeo's digest of it. */
  push(repository: string, tag: string): Promise<string>
  /** Stops the registry and removes its files. */
  close(): Promise<void>
}

/** Starts docker-registry on a port of its choosing on 127.0.0.1; resolves once it listens. */
export async function startRealRegistry(): Promise<RealRegistry> {
  const dir = mkdtempSync(join(tmpdir(), 'real-registry-'))
  const username = 'ci-puller'
  const password = `real-${randomBytes(12).toString('hex')}`
  const htpasswdLine = await run('htpasswd', ['-Bbn', username, password])
  writeFileSync(join(dir, 'htpasswd'), htpasswdLine.trim() + '\n')
  mkdirSync(join(dir, 'storage'))
  // Port 0: the registry picks a free port and logs it ("listening on 127.0.0.1:NNNN").
  writeFileSync(
    join(dir, 'config.yml'),
    [
      'version: 0.1',
      'log:',
      '  level: info',
      'storage:',
      '  filesystem:',
      `    rootdirectory: ${join(dir, 'storage')}`,
      'http:',
      '  addr: 127.0.0.1:0',
      '  secret: real-registry-test-secret',
      'auth:',
      '  htpasswd:',
      '    realm: real-registry-test',
      `    path: ${join(dir, 'htpasswd')}`,
      ''
    ].join('\n')
  )
  const child: ChildProcess = spawn('docker-registry', ['serve', join(dir, 'config.yml')], {
    stdio: ['ignore', 'pipe', 'pipe']
  })
  let log = ''
  const host = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL')
      reject(new Error(`docker-registry did not listen within ${START_TIMEOUT_MS} ms:\n${log}`))
    }, START_TIMEOUT_MS)
    const onData = (chunk: Buffer) => {
      log += chunk.toString()
      const m = /listening on (127\.0\.0\.1:\d+)/.exec(log)
      if (m) {
        clearTimeout(timer)
        resolve(m[1])
      }
    }
    child.stdout?.on('data', onData)
    child.stderr?.on('data', onData)
    child.on('error', error => {
      clearTimeout(timer)
      reject(error)
    })
    child.on('exit', code => {
      clearTimeout(timer)
      reject(new Error(`docker-registry exited (${code}) before it listened:\n${log}`))
    })
  })
  // Keep draining its log so that the pipe never fills.
  child.stdout?.resume()
  child.stderr?.resume()

  const creds = `${username}:${password}`
  return {
    host,
    username,
    password,
    async push(repository, tag) {
      const layout = writeOciLayout(mkdtempSync(join(dir, 'layout-')), tag)
      await run('skopeo', [
        '--insecure-policy',
        'copy',
        '--dest-tls-verify=false',
        '--dest-creds',
        creds,
        `oci:${layout}:${tag}`,
        `docker://${host}/${repository}:${tag}`
      ])
      const digest = await run('skopeo', [
        'inspect',
        '--tls-verify=false',
        '--creds',
        creds,
        '--format',
        '{{.Digest}}',
        `docker://${host}/${repository}:${tag}`
      ])
      return digest.trim()
    },
    async close() {
      if (child.exitCode === null && child.signalCode === null) {
        const exited = new Promise(resolve => child.once('exit', resolve))
        child.kill('SIGTERM')
        const timer = setTimeout(() => child.kill('SIGKILL'), 5_000)
        await exited
        clearTimeout(timer)
      }
      rmSync(dir, { recursive: true, force: true })
    }
  }
}

/**
 * An OCI image layout (https://github.com/opencontainers/image-spec/blob/main/image-layout.md)
 * holding one image: a config and one layer, an empty tar; `tag` names it in index.json.
 */
function writeOciLayout(dir: string, tag: string): string {
  const sha256 = (data: Buffer) => createHash('sha256').update(data).digest('hex')
  mkdirSync(join(dir, 'blobs', 'sha256'), { recursive: true })
  const blob = (data: Buffer) => {
    const hex = sha256(data)
    writeFileSync(join(dir, 'blobs', 'sha256', hex), data)
    return { digest: `sha256:${hex}`, size: data.length }
  }
  const tar = Buffer.alloc(1024) // two zero blocks: an empty archive
  const layer = blob(gzipSync(tar))
  const config = blob(
    Buffer.from(
      JSON.stringify({
        architecture: 'amd64',
        os: 'linux',
        config: { Labels: { tag } },
        rootfs: { type: 'layers', diff_ids: [`sha256:${sha256(tar)}`] }
      })
    )
  )
  const manifest = blob(
    Buffer.from(
      JSON.stringify({
        schemaVersion: 2,
        mediaType: OCI_MANIFEST,
        config: { mediaType: 'application/vnd.oci.image.config.v1+json', ...config },
        layers: [{ mediaType: 'application/vnd.oci.image.layer.v1.tar+gzip', ...layer }]
      })
    )
  )
  writeFileSync(join(dir, 'oci-layout'), JSON.stringify({ imageLayoutVersion: '1.0.0' }))
  writeFileSync(
    join(dir, 'index.json'),
    JSON.stringify({
      schemaVersion: 2,
      manifests: [
        {
          mediaType: OCI_MANIFEST,
          ...manifest,
          annotations: { 'org.opencontainers.image.ref.name': tag }
        }
      ]
    })
  )
  return dir
}

// A stand-in for the ECS instance metadata service, hardened mode only: a session token from
// PUT /latest/api/token must come with every GET, as on an instance whose metadata access
// is set to enforce tokens. Serves one RAM role's temporary credentials. Node built-ins only.
import { randomBytes } from 'node:crypto'
import { createServer } from 'node:http'

const CREDENTIALS_PATH = '/latest/meta-data/ram/security-credentials/'

/**
 * @param {{ host: string, port?: number, role?: string,
 *   credentials: { AccessKeyId: string, AccessKeySecret: string, SecurityToken: string } }} options
 *   `role` undefined: the instance has no RAM role attached (404, as ECS answers).
 */
export async function startMetadataServer(options) {
  /** @type {{ method: string, path: string, token: boolean }[]} */
  const requests = []
  const tokens = new Set()
  const server = createServer((req, res) => {
    const path = (req.url ?? '').split('?')[0]
    const token = req.headers['x-aliyun-ecs-metadata-token']
    requests.push({ method: req.method ?? '', path, token: typeof token === 'string' })
    const send = (status, body, type = 'text/plain') => {
      res.writeHead(status, { 'content-type': type })
      res.end(body)
    }
    if (req.method === 'PUT' && path === '/latest/api/token') {
      const ttl = Number(req.headers['x-aliyun-ecs-metadata-token-ttl-seconds'])
      if (!(Number.isInteger(ttl) && ttl >= 1 && ttl <= 21600)) return send(400, 'Bad Request')
      const issued = randomBytes(24).toString('base64url')
      tokens.add(issued)
      return send(200, issued)
    }
    if (req.method !== 'GET') return send(405, 'Method Not Allowed')
    if (typeof token !== 'string' || !tokens.has(token)) return send(403, 'Forbidden')
    if (path === CREDENTIALS_PATH) {
      return options.role ? send(200, options.role) : send(404, 'Not Found')
    }
    if (options.role && path === `${CREDENTIALS_PATH}${options.role}`) {
      const now = Date.now()
      const iso = ms => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z')
      return send(
        200,
        JSON.stringify({
          AccessKeyId: options.credentials.AccessKeyId,
          AccessKeySecret: options.credentials.AccessKeySecret,
          SecurityToken: options.credentials.SecurityToken,
          Expiration: iso(now + 6 * 3600_000),
          LastUpdated: iso(now),
          Code: 'Success'
        }),
        'application/json'
      )
    }
    return send(404, 'Not Found')
  })
  await new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 80, options.host, resolve)
  })
  return {
    requests,
    /** Every session token handed out (secrets of the run). */
    tokens,
    close: () =>
      new Promise(resolve => {
        server.closeAllConnections()
        server.close(() => resolve(undefined))
      })
  }
}

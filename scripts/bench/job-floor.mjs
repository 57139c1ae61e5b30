// The least any action doing this job must do, for the benchmark to compare against: load
// Node's http, https and crypto, sign (ACS3-HMAC-SHA256) and send the three requests of the
// happy path (ListImages, AddImage, GetImage), check that each succeeded, write an output. No library.
// Exits 1 when either request is not answered 200 with a body that says it worked.
import http from 'node:http'
import 'node:https'
import { createHash, createHmac, randomUUID } from 'node:crypto'
import { appendFileSync } from 'node:fs'

const input = name => process.env[`INPUT_${name.toUpperCase()}`] ?? ''
const endpoint = new URL(input('endpoint'))
const keyId = input('access-key-id')
const secret = input('access-key-secret')

const enc = v => encodeURIComponent(v).replace(/[!'()*]/g, c => `%${c.charCodeAt(0).toString(16)}`)
const sha256 = data => createHash('sha256').update(data).digest('hex')

/** One signed RPC call (POST /, parameters in the query); resolves the parsed body. */
function call(action, params) {
  const query = Object.entries(params)
    .map(([k, v]) => [enc(k), enc(v)])
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([k, v]) => `${k}=${v}`)
    .join('&')
  const headers = {
    host: endpoint.host,
    'x-acs-action': action,
    'x-acs-version': '2023-07-01',
    'x-acs-date': new Date().toISOString().replace(/\.\d{3}Z$/, 'Z'),
    'x-acs-signature-nonce': randomUUID(),
    'x-acs-content-sha256': sha256('')
  }
  const names = Object.keys(headers).sort()
  const canonical = [
    'POST',
    '/',
    query,
    names.map(n => `${n}:${headers[n]}\n`).join(''),
    names.join(';'),
    headers['x-acs-content-sha256']
  ].join('\n')
  const signature = createHmac('sha256', secret)
    .update(`ACS3-HMAC-SHA256\n${sha256(canonical)}`)
    .digest('hex')
  headers.authorization = `ACS3-HMAC-SHA256 Credential=${keyId},SignedHeaders=${names.join(';')},Signature=${signature}`
  return new Promise((resolve, reject) => {
    const req = http.request(`${endpoint.origin}/?${query}`, { method: 'POST', headers }, res => {
      let text = ''
      res.setEncoding('utf8')
      res.on('data', d => (text += d))
      res.on('end', () => {
        const body = JSON.parse(text)
        if (res.statusCode !== 200 || body.Success === false) {
          reject(new Error(`${action}: HTTP ${res.statusCode} ${body.Code ?? ''}`))
        } else resolve(body)
      })
    })
    req.setTimeout(10_000, () => req.destroy(new Error(`${action}: timed out`)))
    req.on('error', reject)
    req.end()
  })
}

const name = input('name')
const version = input('image-version')
try {
  const list = await call('ListImages', {
    ImageNames: JSON.stringify([name]),
    ImageType: 'Container',
    ImageCategory: 'Custom',
    Mode: 'List',
    PageNumber: '1',
    PageSize: '100'
  })
  if (list.Images.some(i => i.Version === version)) throw new Error('already registered')
  const added = await call('AddImage', {
    Name: name,
    ImageType: 'Container',
    ImageVersion: version,
    ContainerImageSpec: JSON.stringify({ RegistryUrl: input('registry-url') })
  })
  // As the action does: one GetImage confirms the new image and gives its AppId and Status.
  const got = await call('GetImage', { ImageId: added.ImageId, ImageType: 'Container' })
  appendFileSync(
    process.env.GITHUB_OUTPUT,
    `image-id=${added.ImageId}\napp-id=${got.Image?.AppId ?? ''}\n`
  )
} catch (err) {
  process.stdout.write(`::error::${err.message}\n`)
  process.exitCode = 1
}

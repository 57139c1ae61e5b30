// The job floor's three requests through the packages the action must use, and no code of
// the action's own: @actions/core reads the inputs, masks the secret, writes the outputs and
// the job summary; @alicloud/openapi-client signs and sends ListImages, AddImage and GetImage.
// Bundled as the action is (npm run bench builds it with build.mjs nccBundle), so that it pays
// what a bundled action pays for these packages and nothing else. Exits 1 when a request fails.
import { appendFileSync } from 'node:fs'
import * as core from '@actions/core'
import * as OpenApi from '@alicloud/openapi-client'

const exported = OpenApi.default
const Client = typeof exported === 'function' ? exported : exported.default
const endpoint = new URL(core.getInput('endpoint'))
const accessKeyId = core.getInput('access-key-id')
const accessKeySecret = core.getInput('access-key-secret')
core.setSecret(accessKeySecret)
const model = { accessKeyId, accessKeySecret, type: 'access_key', providerName: '' }
const client = new Client(
  new OpenApi.Config({
    credential: {
      getCredential: async () => model,
      getAccessKeyId: async () => accessKeyId,
      getAccessKeySecret: async () => accessKeySecret,
      getSecurityToken: async () => undefined,
      getType: () => 'access_key'
    },
    endpoint: endpoint.host,
    protocol: endpoint.protocol.replace(':', ''),
    readTimeout: 10_000,
    connectTimeout: 10_000
  })
)

async function call(action, query) {
  const params = new OpenApi.Params({
    action,
    version: '2023-07-01',
    protocol: endpoint.protocol.replace(':', '').toUpperCase(),
    pathname: '/',
    method: 'POST',
    authType: 'AK',
    style: 'RPC',
    reqBodyType: 'formData',
    bodyType: 'json'
  })
  const answer = await client.callApi(params, new OpenApi.OpenApiRequest({ query }), {
    readTimeout: 10_000,
    connectTimeout: 10_000,
    autoretry: false
  })
  if (answer.statusCode !== 200 || answer.body?.Success === false) {
    throw new Error(`${action}: HTTP ${answer.statusCode} ${answer.body?.Code ?? ''}`)
  }
  return answer.body
}

async function main() {
  const name = core.getInput('name')
  const version = core.getInput('image-version')
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
    ContainerImageSpec: JSON.stringify({ RegistryUrl: core.getInput('registry-url') })
  })
  const got = await call('GetImage', { ImageId: added.ImageId, ImageType: 'Container' })
  core.setOutput('image-id', added.ImageId)
  core.setOutput('app-id', got.Image?.AppId ?? '')
  // Rendered by core and appended synchronously, as the action writes it (src/report/job-summary.ts).
  const summary = core.summary.addRaw(`Registered ${name} ${version} as ${added.ImageId}.`)
  appendFileSync(process.env.GITHUB_STEP_SUMMARY, summary.stringify(), 'utf8')
}

main().catch(err => core.setFailed(err.message))

// Proves the local emulator (emulator/) behaves like the services the action talks
// to: real @alicloud/openapi-client requests are accepted, bad ones refused with the real error
// codes, the keyless GitHub -> STS -> E-HPC flow works, and every fault kind does what it says.
import { spawn } from 'node:child_process'
import { createHash, createHmac, randomUUID } from 'node:crypto'
import http from 'node:http'
import net from 'node:net'
import { fileURLToPath } from 'node:url'
import * as core from '@actions/core'
import OpenApi from '@alicloud/openapi-client'
import Util from '@alicloud/tea-util'
import {
  DEMO_ACCESS_KEY,
  DEMO_OIDC,
  startEmulator,
  type Emulator,
  type EmulatorOptions
} from '../../emulator/emulator.mjs'

// ---------------------------------------------------------------------------------------------
// helpers

type Body = Record<string, unknown> & {
  RequestId?: string
  Success?: boolean
  Code?: string
  ImageId?: string
  TotalCount?: number
  PageNumber?: number
  PageSize?: number
  Images?: Array<Record<string, unknown>>
  Image?: Record<string, unknown>
}

interface SdkError extends Error {
  code?: string
  statusCode?: number
  data?: { Message?: string; RequestId?: string; statusCode?: number }
}

interface ClientOptions {
  accessKeyId?: string
  accessKeySecret?: string
  securityToken?: string
  signatureAlgorithm?: string
  readTimeout?: number
}

const emulators: Emulator[] = []

async function start(options: EmulatorOptions = {}): Promise<Emulator> {
  const emu = await startEmulator(options)
  emulators.push(emu)
  return emu
}

afterAll(async () => {
  await Promise.all(emulators.map(e => e.close()))
})

function sdk(emu: Emulator, options: ClientOptions = {}) {
  return new OpenApi.default(
    new OpenApi.Config({
      accessKeyId: DEMO_ACCESS_KEY.accessKeyId,
      accessKeySecret: DEMO_ACCESS_KEY.accessKeySecret,
      endpoint: emu.endpoint,
      protocol: 'http',
      readTimeout: 5000,
      connectTimeout: 5000,
      ...options
    })
  )
}

type Client = ReturnType<typeof sdk>

function params(action: string, version = '2023-07-01', authType = 'AK') {
  return new OpenApi.Params({
    action,
    version,
    protocol: 'HTTP',
    pathname: '/',
    method: 'POST',
    authType,
    style: 'RPC',
    reqBodyType: 'formData',
    bodyType: 'json'
  })
}

async function call(
  client: Client,
  action: string,
  query: Record<string, unknown> = {},
  headers?: Record<string, string>
): Promise<Body> {
  const request = new OpenApi.OpenApiRequest({ query: query as Record<string, string>, headers })
  const response = await client.callApi(params(action), request, new Util.RuntimeOptions({}))
  return response.body as Body
}

async function failure(promise: Promise<unknown>): Promise<SdkError> {
  let result: unknown
  try {
    result = await promise
  } catch (err) {
    return err as SdkError
  }
  throw new Error(`expected a failure, got ${JSON.stringify(result)}`)
}

/** RFC 3986 encoding, written here independently of the emulator's. */
function enc(value: string): string {
  return encodeURIComponent(value).replace(
    /[!'()*]/g,
    c => '%' + c.charCodeAt(0).toString(16).toUpperCase()
  )
}

function form(values: Record<string, string | undefined>): string {
  return Object.entries(values)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${enc(k)}=${enc(v as string)}`)
    .join('&')
}

function isoAt(offsetMs = 0): string {
  return new Date(Date.now() + offsetMs).toISOString().replace(/\.\d{3}Z$/, 'Z')
}

const sha256 = (data: string) => createHash('sha256').update(data).digest('hex')

interface RawResponse {
  status: number
  headers: http.IncomingHttpHeaders
  text: string
  json: Body
}

/** One request on a fresh connection, without any client library. */
function raw(
  emu: Emulator,
  options: { method?: string; path?: string; headers?: Record<string, string>; body?: string }
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port: emu.port,
        method: options.method ?? 'POST',
        path: options.path ?? '/',
        headers: options.headers,
        agent: false
      },
      res => {
        const chunks: Buffer[] = []
        res.on('data', (c: Buffer) => chunks.push(c))
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8')
          let json: Body = {}
          try {
            json = JSON.parse(text) as Body
          } catch {
            // not JSON: keep text
          }
          resolve({ status: res.statusCode ?? 0, headers: res.headers, text, json })
        })
      }
    )
    req.on('error', reject)
    req.end(options.body)
  })
}

/** RPC v1 (HMAC-SHA1) signing from the spec, independent of the SDK and of the emulator. */
function signRpcV1(
  values: Record<string, string>,
  secret = DEMO_ACCESS_KEY.accessKeySecret,
  method = 'POST'
): Record<string, string> {
  const all: Record<string, string> = {
    Format: 'JSON',
    Version: '2023-07-01',
    AccessKeyId: DEMO_ACCESS_KEY.accessKeyId,
    SignatureMethod: 'HMAC-SHA1',
    SignatureVersion: '1.0',
    SignatureNonce: randomUUID(),
    Timestamp: isoAt(),
    ...values
  }
  const canonical = Object.keys(all)
    .sort()
    .map(k => `${enc(k)}=${enc(all[k])}`)
    .join('&')
  const stringToSign = `${method}&${enc('/')}&${enc(canonical)}`
  const Signature = createHmac('sha1', `${secret}&`).update(stringToSign).digest('base64')
  return { ...all, Signature }
}

interface Acs3Input {
  action: string
  query?: Record<string, string>
  body?: string
  contentType?: string
  accessKeyId?: string
  secret?: string
  securityToken?: string
  date?: string
  nonce?: string
}

/** ACS3-HMAC-SHA256 signing from the spec, for requests the SDK cannot make (tampering). */
function signAcs3(emu: Emulator, input: Acs3Input) {
  const body = input.body ?? ''
  const headers: Record<string, string> = {
    host: emu.endpoint,
    'x-acs-action': input.action,
    'x-acs-version': '2023-07-01',
    'x-acs-date': input.date ?? isoAt(),
    'x-acs-signature-nonce': input.nonce ?? randomUUID(),
    'x-acs-content-sha256': sha256(body)
  }
  if (input.contentType) headers['content-type'] = input.contentType
  if (input.securityToken) headers['x-acs-security-token'] = input.securityToken
  const query = input.query ?? {}
  const canonicalQuery = Object.keys(query)
    .sort()
    .map(k => `${enc(k)}=${enc(query[k])}`)
    .join('&')
  const names = Object.keys(headers).sort()
  const canonicalRequest = [
    'POST',
    '/',
    canonicalQuery,
    names.map(n => `${n}:${headers[n].trim()}\n`).join(''),
    names.join(';'),
    sha256(body)
  ].join('\n')
  const signature = createHmac('sha256', input.secret ?? DEMO_ACCESS_KEY.accessKeySecret)
    .update(`ACS3-HMAC-SHA256\n${sha256(canonicalRequest)}`)
    .digest('hex')
  headers.authorization =
    `ACS3-HMAC-SHA256 Credential=${input.accessKeyId ?? DEMO_ACCESS_KEY.accessKeyId},` +
    `SignedHeaders=${names.join(';')},Signature=${signature}`
  return { path: `/?${form(query)}`, headers, body }
}

const REGISTRY_PASSWORD = 'registry-password-Zx9!'

const CONTAINER_SPEC = {
  RegistryUrl: 'registry-vpc.cn-hangzhou.aliyuncs.com/ns/app:v1',
  IsACRRegistry: true,
  IsACREnterprise: false,
  RegistryCriId: 'cri-xyz795ygf8k9abcd',
  RegistryCredential: {
    Server: 'registry-vpc.cn-hangzhou.aliyuncs.com',
    UserName: 'robot',
    Password: REGISTRY_PASSWORD
  }
}

function containerImage(name = 'app', version = 'v1', spec: object = CONTAINER_SPEC) {
  return {
    Name: name,
    ImageVersion: version,
    ImageType: 'Container',
    ContainerImageSpec: JSON.stringify(spec)
  }
}

function vmImage(name = 'vm-app', version = 'v1') {
  return { Name: name, ImageVersion: version, VMImageSpec: JSON.stringify({ ImageId: 'm-bp1abc' }) }
}

function stsFields(token: string | undefined, over: Record<string, string | undefined> = {}) {
  return {
    RoleArn: DEMO_OIDC.roleArn,
    OIDCProviderArn: DEMO_OIDC.providerArn,
    OIDCToken: token,
    RoleSessionName: 'github-actions-release',
    DurationSeconds: '3600',
    ...over
  }
}

/** AssumeRoleWithOIDC the way @alicloud/credentials sends it: protocol fields in the query, the rest as a form body. */
function assumeRole(
  emu: Emulator,
  fields: Record<string, string | undefined>,
  transport: 'form' | 'query' = 'form'
): Promise<RawResponse> {
  const protocol = {
    Action: 'AssumeRoleWithOIDC',
    Version: '2015-04-01',
    Format: 'JSON',
    Timestamp: isoAt()
  }
  if (transport === 'query') return raw(emu, { path: `/?${form({ ...protocol, ...fields })}` })
  return raw(emu, {
    path: `/?${form(protocol)}`,
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: form(fields)
  })
}

/** core.getIDToken against the emulator, with env set and the ::add-mask:: output silenced. */
async function idTokenViaActionsCore(emu: Emulator, audience: string): Promise<string> {
  const env = emu.githubEnv()
  const saved = {
    ACTIONS_ID_TOKEN_REQUEST_URL: process.env.ACTIONS_ID_TOKEN_REQUEST_URL,
    ACTIONS_ID_TOKEN_REQUEST_TOKEN: process.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN
  }
  Object.assign(process.env, env)
  const write = process.stdout.write
  process.stdout.write = (() => true) as typeof process.stdout.write
  try {
    return await core.getIDToken(audience)
  } finally {
    process.stdout.write = write
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k]
      else process.env[k] = v
    }
  }
}

function jwtPayload(token: string): Record<string, unknown> {
  return JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString('utf8'))
}

function expectNoSecretsInLog(emu: Emulator, extra: string[] = []) {
  const log = JSON.stringify(emu.requests)
  for (const secret of [...emu.issuedSecrets(), ...extra]) {
    expect(log).not.toContain(secret)
  }
  expect(log).not.toMatch(/ACS3-HMAC-SHA256|Signature=/)
}

// ---------------------------------------------------------------------------------------------

describe('ACS3-HMAC-SHA256 requests from @alicloud/openapi-client', () => {
  let emu: Emulator
  beforeAll(async () => {
    emu = await start()
  })
  afterEach(() => emu.reset())

  test.each([
    ['the right key', {}, undefined, undefined],
    ['a wrong secret', { accessKeySecret: 'not-the-secret' }, 403, 'SignatureDoesNotMatch'],
    ['an unknown key id', { accessKeyId: 'LTAI5tUnknownKey00' }, 404, 'InvalidAccessKeyId.NotFound']
  ])('ListImages signed with %s', async (_name, options, status, code) => {
    const client = sdk(emu, options)
    if (!code) {
      const body = await call(client, 'ListImages')
      expect(body.Success).toBe(true)
      expect(body.RequestId).toMatch(
        /^[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}$/
      )
      expect(emu.requests[0]).toMatchObject({ service: 'ehpc', auth: 'ACS3', status: 200 })
      return
    }
    const err = await failure(call(client, 'ListImages'))
    expect(err.code).toBe(code)
    expect(err.statusCode).toBe(status)
    expect(err.data?.RequestId).toMatch(/^[0-9A-F-]{36}$/)
    expect(emu.requests[0]).toMatchObject({ status, code, auth: 'ACS3' })
  })

  test.each([
    ['plain text', 'release build'],
    ['RFC 3986 sub-delims', "it's (really) *done*!"],
    ['plus, ampersand, equals, percent', 'a+b & c=d 100%'],
    ['unicode', 'ünïcødé 漢字 🚀'],
    ['tilde and slash', '~/path/to:thing'],
    ['empty', '']
  ])('parameter values with %s are canonicalised like the SDK does', async (_name, description) => {
    const body = await call(sdk(emu), 'AddImage', { ...containerImage(), Description: description })
    expect(body.Success).toBe(true)
    expect(emu.images()[0].Description).toBe(description)
  })

  test('a Container image round-trips and the registry password never reaches the log', async () => {
    const { ImageId } = await call(sdk(emu), 'AddImage', containerImage('app', 'v1'))
    expect(ImageId).toMatch(/^m-[a-z0-9]{20}$/)
    const [stored] = emu.images()
    expect(stored).toMatchObject({ ImageId, Name: 'app', Version: 'v1', ImageType: 'Container' })
    expect(stored.ContainerImageSpec).toEqual(CONTAINER_SPEC)
    expect(stored.CreateTime).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/)
    expect(JSON.stringify(emu.requests)).not.toContain(REGISTRY_PASSWORD)
    expect(JSON.stringify(emu.requests)).not.toContain(DEMO_ACCESS_KEY.accessKeySecret)
    expect(emu.requests[0].accessKeyId).toBe(DEMO_ACCESS_KEY.accessKeyId)
  })

  test('a nested object passed as a query value breaks the signature (SDK pitfall)', async () => {
    // querystring.stringify sends `ContainerImageSpec=` while the signer signs "[object Object]".
    const err = await failure(
      call(sdk(emu), 'AddImage', { ...containerImage(), ContainerImageSpec: CONTAINER_SPEC })
    )
    expect(err.code).toBe('SignatureDoesNotMatch')
    expect(emu.images()).toHaveLength(0)
  })

  test('a replayed x-acs-signature-nonce is refused', async () => {
    const nonce = randomUUID()
    const first = await call(sdk(emu), 'ListImages', {}, { 'x-acs-signature-nonce': nonce })
    expect(first.Success).toBe(true)
    const err = await failure(call(sdk(emu), 'ListImages', {}, { 'x-acs-signature-nonce': nonce }))
    expect(err.code).toBe('SignatureNonceUsed')
    expect(err.statusCode).toBe(400)
  })

  test.each([
    ['16 minutes behind', -16 * 60_000, 'InvalidTimeStamp.Expired'],
    ['16 minutes ahead', 16 * 60_000, 'InvalidTimeStamp.Expired'],
    ['14 minutes behind', -14 * 60_000, undefined],
    ['14 minutes ahead', 14 * 60_000, undefined]
  ])('x-acs-date %s', async (_name, offset, code) => {
    const promise = call(sdk(emu), 'ListImages', {}, { 'x-acs-date': isoAt(offset) })
    if (!code) {
      expect((await promise).Success).toBe(true)
      return
    }
    const err = await failure(promise)
    expect(err.code).toBe(code)
    expect(err.statusCode).toBe(400)
  })

  test('a malformed x-acs-date is refused', async () => {
    const err = await failure(call(sdk(emu), 'ListImages', {}, { 'x-acs-date': 'yesterday' }))
    expect(err.code).toBe('InvalidTimeStamp.Format')
  })
})

/** One signed E-HPC call without the client library, to see the headers and the raw body. */
function rawCall(emu: Emulator, action: string, query: Record<string, string> = {}) {
  return raw(emu, signAcs3(emu, { action, query }))
}

describe('hand-made requests', () => {
  let emu: Emulator
  beforeAll(async () => {
    emu = await start()
  })
  afterEach(() => emu.reset())

  test('an ACS3 request signed by the test helper is accepted, also with a form body', async () => {
    const signed = signAcs3(emu, { action: 'AddImage', query: vmImage('q', 'v1') })
    expect((await raw(emu, signed)).json.Success).toBe(true)
    const body = form(vmImage('f', 'v1'))
    const withBody = signAcs3(emu, {
      action: 'AddImage',
      body,
      contentType: 'application/x-www-form-urlencoded'
    })
    const res = await raw(emu, withBody)
    expect(res.status).toBe(200)
    expect(emu.images().map(i => i.Name)).toEqual(['q', 'f'])
  })

  test.each([
    [
      'the body changed after signing',
      (s: ReturnType<typeof signAcs3>) => ({ ...s, body: form(vmImage('evil', 'v1')) }),
      403,
      'SignatureDoesNotMatch'
    ],
    [
      'a query value changed after signing',
      (s: ReturnType<typeof signAcs3>) => ({ ...s, path: s.path.replace('v1', 'v2') }),
      403,
      'SignatureDoesNotMatch'
    ],
    [
      'the host header changed',
      (s: ReturnType<typeof signAcs3>) => ({ ...s, headers: { ...s.headers, host: 'localhost' } }),
      403,
      'SignatureDoesNotMatch'
    ],
    [
      'an unsigned x-acs-* header added',
      (s: ReturnType<typeof signAcs3>) => ({
        ...s,
        headers: { ...s.headers, 'x-acs-extra': 'sneaky' }
      }),
      400,
      'IncompleteSignature'
    ],
    [
      'no Authorization at all',
      (s: ReturnType<typeof signAcs3>) => {
        const headers = { ...s.headers }
        delete headers.authorization
        return { ...s, headers }
      },
      400,
      'MissingParameter'
    ]
  ])('ACS3 with %s is refused', async (_name, tamper, status, code) => {
    const body = form(vmImage('ok', 'v1'))
    const signed = signAcs3(emu, {
      action: 'AddImage',
      query: { Description: 'v1' },
      body,
      contentType: 'application/x-www-form-urlencoded'
    })
    const res = await raw(emu, tamper(signed))
    expect(res.status).toBe(status)
    expect(res.json).toMatchObject({ Code: code, HostId: expect.any(String) })
    expect(res.json.Recommend).toEqual(expect.any(String))
    expect(emu.images()).toHaveLength(0)
  })

  test('an RPC v1 request signed by the test helper is accepted (query and form body)', async () => {
    const signed = signRpcV1({ Action: 'AddImage', ...vmImage('v1-query', 'a') })
    const res = await raw(emu, { path: `/?${form(signed)}` })
    expect(res.status).toBe(200)
    expect(res.json.ImageId).toMatch(/^m-/)
    expect(emu.requests[0]).toMatchObject({
      auth: 'RPCv1',
      accessKeyId: DEMO_ACCESS_KEY.accessKeyId
    })

    const all = signRpcV1({ Action: 'AddImage', ...vmImage('v1-form', 'a') })
    const { Name, ImageVersion, VMImageSpec, ...rest } = all
    const viaForm = await raw(emu, {
      path: `/?${form(rest)}`,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: form({ Name, ImageVersion, VMImageSpec })
    })
    expect(viaForm.status).toBe(200)
    expect(emu.images().map(i => i.Name)).toEqual(['v1-query', 'v1-form'])
  })

  test('the SDK in signatureAlgorithm v2 mode (RPC v1) is accepted', async () => {
    const body = await call(sdk(emu, { signatureAlgorithm: 'v2' }), 'AddImage', containerImage())
    expect(body.Success).toBe(true)
    expect(emu.requests[0].auth).toBe('RPCv1')
  })

  test.each([
    [
      'a parameter changed after signing',
      (s: Record<string, string>) => ({ ...s, Name: 'tampered' }),
      403,
      'SignatureDoesNotMatch'
    ],
    [
      'a signature from the wrong secret',
      () => signRpcV1({ Action: 'AddImage', ...vmImage() }, 'wrong-secret'),
      403,
      'SignatureDoesNotMatch'
    ],
    [
      'an unknown AccessKeyId',
      () => signRpcV1({ Action: 'AddImage', ...vmImage(), AccessKeyId: 'LTAI5tNobody' }),
      404,
      'InvalidAccessKeyId.NotFound'
    ],
    [
      'no SignatureNonce',
      (s: Record<string, string>) => {
        const copy = { ...s }
        delete copy.SignatureNonce
        return copy
      },
      400,
      'MissingParameter'
    ],
    [
      'SignatureMethod HMAC-SHA256',
      () => signRpcV1({ Action: 'AddImage', ...vmImage(), SignatureMethod: 'HMAC-SHA256' }),
      400,
      'IncompleteSignature'
    ],
    [
      'a Timestamp 20 minutes old',
      () => signRpcV1({ Action: 'AddImage', ...vmImage(), Timestamp: isoAt(-20 * 60_000) }),
      400,
      'InvalidTimeStamp.Expired'
    ],
    [
      'a Timestamp 20 minutes ahead',
      () => signRpcV1({ Action: 'AddImage', ...vmImage(), Timestamp: isoAt(20 * 60_000) }),
      400,
      'InvalidTimeStamp.Expired'
    ]
  ])('RPC v1 with %s is refused', async (_name, make, status, code) => {
    const signed = make(signRpcV1({ Action: 'AddImage', ...vmImage() }))
    const res = await raw(emu, { path: `/?${form(signed)}` })
    expect(res.status).toBe(status)
    expect(res.json.Code).toBe(code)
    expect(emu.images()).toHaveLength(0)
  })

  test('RPC v1 with a Timestamp 10 minutes old is accepted', async () => {
    const signed = signRpcV1({ Action: 'ListImages', Timestamp: isoAt(-10 * 60_000) })
    expect((await raw(emu, { path: `/?${form(signed)}` })).status).toBe(200)
  })

  test('RPC v1 replay of the very same request is refused with SignatureNonceUsed', async () => {
    const path = `/?${form(signRpcV1({ Action: 'AddImage', ...vmImage() }))}`
    expect((await raw(emu, { path })).status).toBe(200)
    const again = await raw(emu, { path })
    expect(again.status).toBe(400)
    expect(again.json.Code).toBe('SignatureNonceUsed')
    expect(emu.images()).toHaveLength(1)
  })

  test.each([
    ['an unknown action', { Action: 'DeleteEverything' }, 404, 'InvalidAction.NotFound'],
    ['another API version', { Action: 'ListImages', Version: '2018-04-12' }, 400, 'InvalidVersion'],
    ['no action', {}, 400, 'MissingParameter']
  ])('%s is refused', async (_name, values, status, code) => {
    const res = await raw(emu, { path: `/?${form(signRpcV1(values))}` })
    expect(res.status).toBe(status)
    expect(res.json.Code).toBe(code)
  })

  test('every response carries a fresh upper-case RequestId', async () => {
    const ids = new Set<string>()
    for (let i = 0; i < 5; i++) {
      const res = await raw(emu, { path: `/?${form(signRpcV1({ Action: 'ListImages' }))}` })
      expect(res.json.RequestId).toMatch(/^[0-9A-F]{8}(-[0-9A-F]{4}){3}-[0-9A-F]{12}$/)
      expect(res.headers['x-acs-request-id']).toBe(res.json.RequestId)
      ids.add(String(res.json.RequestId))
    }
    expect(ids.size).toBe(5)
  })
})

describe('AddImage', () => {
  let emu: Emulator
  beforeAll(async () => {
    emu = await start()
  })
  afterEach(() => emu.reset())

  const spec = (over: object) => JSON.stringify({ ...CONTAINER_SPEC, ...over })
  const cases: Array<[string, Record<string, string>, string]> = [
    ['no Name', { ImageType: 'Container', ContainerImageSpec: spec({}) }, 'Name'],
    ['an unknown ImageType', { ...containerImage(), ImageType: 'Docker' }, 'ImageType'],
    [
      'a spec that is not JSON',
      { ...containerImage(), ContainerImageSpec: 'RegistryUrl=x' },
      'ContainerImageSpec'
    ],
    [
      'a spec that is an array',
      { ...containerImage(), ContainerImageSpec: '[]' },
      'ContainerImageSpec'
    ],
    [
      'IsACRRegistry as the string "true"',
      { ...containerImage(), ContainerImageSpec: spec({ IsACRRegistry: 'true' }) },
      'ContainerImageSpec.IsACRRegistry'
    ],
    [
      'IsACREnterprise as a number',
      { ...containerImage(), ContainerImageSpec: spec({ IsACREnterprise: 1 }) },
      'ContainerImageSpec.IsACREnterprise'
    ],
    [
      'RegistryCredential as a string',
      { ...containerImage(), ContainerImageSpec: spec({ RegistryCredential: 'robot:pw' }) },
      'ContainerImageSpec.RegistryCredential'
    ],
    [
      'a numeric Password',
      { ...containerImage(), ContainerImageSpec: spec({ RegistryCredential: { Password: 1234 } }) },
      'ContainerImageSpec.RegistryCredential.Password'
    ],
    ['a VMImageSpec that is not JSON', { Name: 'vm', VMImageSpec: 'm-abc' }, 'VMImageSpec']
  ]
  // Checks the API reference does not back: only with specChecks: 'strict'.
  const strictCases: Array<[string, Record<string, string>, string]> = [
    ['Container without a spec', { Name: 'a', ImageType: 'Container' }, 'ContainerImageSpec'],
    [
      'camelCase keys',
      { ...containerImage(), ContainerImageSpec: JSON.stringify({ registryUrl: 'r/x:1' }) },
      'ContainerImageSpec.registryUrl'
    ],
    [
      'an unknown key',
      { ...containerImage(), ContainerImageSpec: spec({ Tag: 'v1' }) },
      'ContainerImageSpec.Tag'
    ],
    [
      'an unknown RegistryCredential key',
      { ...containerImage(), ContainerImageSpec: spec({ RegistryCredential: { User: 'robot' } }) },
      'ContainerImageSpec.RegistryCredential.User'
    ],
    [
      'no RegistryUrl',
      { ...containerImage(), ContainerImageSpec: JSON.stringify({ IsACRRegistry: true }) },
      'ContainerImageSpec.RegistryUrl'
    ],
    [
      'Container with a VMImageSpec',
      { ...containerImage(), VMImageSpec: JSON.stringify({ ImageId: 'm-abc' }) },
      'VMImageSpec'
    ],
    ['VM (defaulted) without VMImageSpec', { Name: 'vm' }, 'VMImageSpec'],
    [
      'VM (defaulted) with only a ContainerImageSpec',
      { Name: 'vm', ContainerImageSpec: spec({}) },
      'ContainerImageSpec'
    ],
    [
      'a VMImageSpec.ImageId that is not m-',
      { Name: 'vm', VMImageSpec: JSON.stringify({ ImageId: 'img-123' }) },
      'VMImageSpec.ImageId'
    ],
    [
      'an unknown VMImageSpec key',
      { Name: 'vm', VMImageSpec: JSON.stringify({ ImageId: 'm-abc', Size: 40 }) },
      'VMImageSpec.Size'
    ]
  ]

  test.each(cases)('%s → 400 InvalidParams naming it', async (_name, query, parameter) => {
    const err = await failure(call(sdk(emu), 'AddImage', query))
    expect(err.code).toBe('InvalidParams')
    expect(err.statusCode).toBe(400)
    // the API reference's text
    expect(err.data?.Message).toBe(`The specified parameter ${parameter} is invalid.`)
    expect(emu.images()).toHaveLength(0)
  })

  test.each(strictCases)(
    'specChecks strict: %s → 400 InvalidParams naming it; by default it is stored',
    async (_name, query, parameter) => {
      const strict = await start({ specChecks: 'strict' })
      const err = await failure(call(sdk(strict), 'AddImage', query))
      expect(err.code).toBe('InvalidParams')
      expect(err.data?.Message).toBe(`The specified parameter ${parameter} is invalid.`)
      expect(strict.images()).toHaveLength(0)
      await strict.close()
      const body = await call(sdk(emu), 'AddImage', { Name: 'a', ...query })
      expect(body.ImageId).toMatch(/^m-[a-z0-9]{20}$/)
      expect(emu.images()).toHaveLength(1)
    }
  )

  test('a VM image (ImageType absent → VM) and a Container image are stored', async () => {
    await call(sdk(emu), 'AddImage', { ...vmImage('vm', '1'), Description: 'vm image' })
    await call(sdk(emu), 'AddImage', containerImage('ctr', '1'))
    expect(emu.images()).toEqual([
      expect.objectContaining({
        Name: 'vm',
        Version: '1',
        ImageType: 'VM',
        Description: 'vm image',
        Status: 'Available',
        VMImageSpec: { ImageId: 'm-bp1abc' }
      }),
      expect.objectContaining({
        Name: 'ctr',
        ImageType: 'Container',
        ContainerImageSpec: CONTAINER_SPEC
      })
    ])
  })

  test.each([
    ['reject', 1, 'ImageAlreadyExists'],
    ['accept', 2, undefined]
  ] as const)('duplicates: %s', async (policy, count, code) => {
    const e = await start({ duplicates: policy })
    const client = sdk(e)
    const first = await call(client, 'AddImage', containerImage('dup', 'v1'))
    // different version / different type are never duplicates
    await call(client, 'AddImage', containerImage('dup', 'v2'))
    await call(client, 'AddImage', { ...vmImage('dup', 'v1') })
    const second = call(client, 'AddImage', containerImage('dup', 'v1'))
    if (code) {
      const err = await failure(second)
      expect(err.code).toBe(code)
      expect(err.statusCode).toBe(400)
      expect(err.data?.Message).toBe('The image id already exists.')
    } else {
      expect((await second).ImageId).not.toBe(first.ImageId)
    }
    const same = e
      .images()
      .filter(i => i.Name === 'dup' && i.Version === 'v1' && i.ImageType === 'Container')
    expect(same).toHaveLength(count)
    await e.close()
  })

  test("raceAddImage: each of the next AddImages finds a racing run's image registered first", async () => {
    const e = await start({ duplicates: 'reject' })
    const client = sdk(e)
    const racer = { Name: 'race', Version: 'v1', ImageType: 'Container' as const }
    e.raceAddImage(racer, { ...racer, Version: 'v2' })
    const err = await failure(call(client, 'AddImage', containerImage('race', 'v1')))
    expect(err.code).toBe('ImageAlreadyExists')
    // The second racer is v2: a v1 AddImage now meets the first racer's image.
    expect((await failure(call(client, 'AddImage', containerImage('race', 'v1')))).code).toBe(
      'ImageAlreadyExists'
    )
    // Racers used up: v3 is added.
    await call(client, 'AddImage', containerImage('race', 'v3'))
    expect(e.images().map(i => i.Version)).toEqual(['v1', 'v2', 'v3'])
    await e.close()
  })

  test('duplicates: target also rejects the same registry URL or ECS image under another name or version', async () => {
    const e = await start({ duplicates: 'target' })
    const client = sdk(e)
    await call(client, 'AddImage', containerImage('app', 'v1'))
    await call(client, 'AddImage', vmImage('vm', 'v1'))
    for (const query of [
      containerImage('app', 'v1'),
      containerImage('renamed', 'v1'),
      containerImage('app', 'v2'),
      vmImage('vm-renamed', 'v9')
    ]) {
      const err = await failure(call(client, 'AddImage', query))
      expect([err.code, err.data?.Message]).toEqual([
        'ImageAlreadyExists',
        'The image id already exists.'
      ])
    }
    // another target, or the same URL as another type, is no duplicate
    await call(
      client,
      'AddImage',
      containerImage('app', 'v2', { RegistryUrl: 'r.example.com/x:2' })
    )
    await call(client, 'AddImage', {
      ...vmImage('vm', 'v2'),
      VMImageSpec: JSON.stringify({ ImageId: 'm-other' })
    })
    expect(e.images()).toHaveLength(4)
    await e.close()
  })

  test.each([
    ['newline', 'm-[a-z0-9]{20}\n'],
    ['garbage', 'm-[a-z0-9]{20} \\(creating\\)']
  ] as const)('imageIdNoise AddImage %s', async (noise, pattern) => {
    const e = await start({ imageIdNoise: { AddImage: noise } })
    const body = await call(sdk(e), 'AddImage', containerImage())
    expect(body.ImageId).toMatch(new RegExp(`^${pattern}$`))
    expect(e.images()[0].ImageId).toBe(body.ImageId?.replace(/\s.*$/s, ''))
    await e.close()
  })
})

describe('answers', () => {
  test('requestIdIn header: no RequestId in success or error bodies, the header has it', async () => {
    const e = await start({ requestIdIn: 'header' })
    const res = await rawCall(e, 'ListImages')
    expect(res.status).toBe(200)
    expect(res.json).not.toHaveProperty('RequestId')
    expect(res.headers['x-acs-request-id']).toBe(e.requests.at(-1)?.requestId)
    const err = await rawCall(e, 'GetImage')
    expect(err.status).toBe(400)
    expect(err.json).not.toHaveProperty('RequestId')
    expect(err.json.Code).toBe('InvalidParams')
    expect(err.headers['x-acs-request-id']).toBe(e.requests.at(-1)?.requestId)
    await e.close()
  })

  test('by default RequestId is in the body and in the header', async () => {
    const e = await start()
    const res = await rawCall(e, 'ListImages')
    expect(res.json.RequestId).toBe(res.headers['x-acs-request-id'])
    await e.close()
  })

  test.each([
    ['duplicates', 'twice'],
    ['specChecks', 'lenient'],
    ['registryUrlEcho', 'lower'],
    ['requestIdIn', 'query'],
    ['imageIdNoise', { GetImage: 'newline' }],
    ['imageIdNoise', { AddImage: 'space' }],
    ['listLag', -1],
    ['listLag', 1.5]
  ])('option %s = %j is refused', async (option, value) => {
    await expect(startEmulator({ [option]: value } as EmulatorOptions)).rejects.toThrow(TypeError)
  })
})

describe('ListImages', () => {
  let emu: Emulator
  const ids: Record<string, string> = {}
  beforeAll(async () => {
    emu = await start()
  })
  beforeEach(() => {
    emu.reset()
    const seeded = emu.seedImages([
      { Name: 'app', Version: 'v1', ImageType: 'VM', CreateTime: '2024-01-01T00:00:00Z' },
      { Name: 'other', Version: 'v1', ImageType: 'VM', CreateTime: '2024-01-02T00:00:00Z' },
      { Name: 'app', Version: 'v2', ImageType: 'VM', CreateTime: '2024-01-03T00:00:00Z' },
      {
        Name: 'app',
        Version: 'v3',
        ImageType: 'Container',
        CreateTime: '2024-01-04T00:00:00Z',
        ContainerImageSpec: CONTAINER_SPEC
      }
    ])
    for (const image of seeded) ids[`${image.Name}@${image.Version}`] = image.ImageId
  })

  const names = (body: Body) => (body.Images ?? []).map(i => `${i.Name}@${i.Version}`)

  test.each([
    ['no parameters: VM only, Merge (latest per name)', {}, ['app@v2', 'other@v1']],
    [
      'Mode=List: every VM version, newest first',
      { Mode: 'List' },
      ['app@v2', 'other@v1', 'app@v1']
    ],
    ['ImageType=Container', { ImageType: 'Container' }, ['app@v3']],
    ['ImageNames filter', { ImageNames: '["app"]', Mode: 'List' }, ['app@v2', 'app@v1']],
    ['ImageNames with no match', { ImageNames: '["nope"]' }, []],
    ['ImageCategory=Public', { ImageCategory: 'Public', Mode: 'List' }, []],
    ['ImageCategory=Custom', { ImageCategory: 'Custom' }, ['app@v2', 'other@v1']]
  ])('%s', async (_name, query, expected) => {
    const body = await call(sdk(emu), 'ListImages', query)
    expect(names(body)).toEqual(expected)
    expect(body).toMatchObject({
      Success: true,
      TotalCount: expected.length,
      PageNumber: 1,
      PageSize: 20
    })
  })

  test('ImageIds filter, and items carry no registry URL and no status', async () => {
    const body = await call(sdk(emu), 'ListImages', {
      ImageIds: JSON.stringify([ids['app@v1'], ids['app@v3']]),
      Mode: 'List'
    })
    expect(names(body)).toEqual(['app@v1'])
    const item = body.Images?.[0] ?? {}
    expect(Object.keys(item).sort()).toEqual(
      [
        'AppId',
        'CreateTime',
        'Description',
        'DocumentId',
        'ImageId',
        'ImageType',
        'Name',
        'OsTag',
        'UpdateTime',
        'Version',
        'Weight'
      ].sort()
    )
    expect(JSON.stringify(body)).not.toContain('registry')
  })

  test.each([
    ['ImageNames not JSON', { ImageNames: 'app' }, 'ImageNames'],
    ['ImageIds not an array of strings', { ImageIds: '[1]' }, 'ImageIds'],
    ['lower-case ImageType', { ImageType: 'vm' }, 'ImageType'],
    ['Mode=All', { Mode: 'All' }, 'Mode'],
    ['PageSize=0', { PageSize: '0' }, 'PageSize'],
    ['PageNumber=-1', { PageNumber: '-1' }, 'PageNumber'],
    ['ImageCategory=Shared', { ImageCategory: 'Shared' }, 'ImageCategory']
  ])('%s → InvalidParams', async (_name, query, parameter) => {
    const err = await failure(call(sdk(emu), 'ListImages', query))
    expect(err.code).toBe('InvalidParams')
    expect(err.data?.Message).toContain(parameter)
  })

  test('UpdateTime as the reference samples show it; a seeded one is read as UTC in either form', async () => {
    emu.reset()
    emu.seedImages([
      {
        Name: 't',
        Version: 'a',
        CreateTime: '2022-12-09T07:06:34Z',
        UpdateTime: '2024-09-25 14:15:28'
      },
      { Name: 't', Version: 'b', CreateTime: '2022-12-10 01:02:03' }
    ])
    const body = await call(sdk(emu), 'ListImages', { ImageNames: '["t"]', Mode: 'List' })
    expect(body.Images?.map(i => [i.Version, i.CreateTime, i.UpdateTime])).toEqual([
      ['b', '2022-12-10T01:02:03Z', '2022-12-10 01:02:03'],
      ['a', '2022-12-09T07:06:34Z', '2024-09-25 14:15:28']
    ])
  })

  test('listLag: a new image is missing from the next ListImages answers', async () => {
    const e = await start({ listLag: 2 })
    e.seedImage({ Name: 'late', Version: 'v1' })
    const versions = async () =>
      names(await call(sdk(e), 'ListImages', { ImageNames: '["late"]', Mode: 'List' }))
    expect(await versions()).toEqual([])
    expect(await versions()).toEqual([])
    expect(await versions()).toEqual(['late@v1'])
    await call(sdk(e), 'AddImage', vmImage('late', 'v2'))
    expect(await versions()).toEqual(['late@v1'])
    expect(await versions()).toEqual(['late@v1'])
    expect(await versions()).toEqual(['late@v2', 'late@v1'])
    await e.close()
  })

  test.each([
    ['newline', '\n'],
    ['garbage', ' (creating)']
  ] as const)('imageIdNoise ListImages %s', async (noise, suffix) => {
    const e = await start({ imageIdNoise: { ListImages: noise } })
    const { ImageId } = e.seedImage({ Name: 'n', Version: 'v1' })
    const body = await call(sdk(e), 'ListImages', { ImageNames: '["n"]' })
    expect(body.Images?.[0]).toMatchObject({
      ImageId: `${ImageId}${suffix}`,
      Version: noise === 'newline' ? 'v1\n' : 'v1'
    })
    await e.close()
  })

  test('paging: the one match sits on a later page, PageSize is clamped', async () => {
    emu.reset()
    emu.seedImage({ Name: 'svc', Version: 'needle', CreateTime: '2020-01-01T00:00:00Z' })
    emu.seedImages(
      Array.from({ length: 120 }, (_, i) => ({
        Name: 'svc',
        Version: `filler-${i}`,
        CreateTime: new Date(Date.UTC(2023, 0, 1) + i * 60_000).toISOString()
      }))
    )
    const client = sdk(emu)
    const found: number[] = []
    let total = 0
    for (let page = 1; page <= 10; page++) {
      const body = await call(client, 'ListImages', {
        ImageNames: '["svc"]',
        Mode: 'List',
        PageNumber: page,
        PageSize: 500
      })
      expect(body.PageSize).toBe(50)
      expect(body.PageNumber).toBe(page)
      total = Number(body.TotalCount)
      if (names(body).includes('svc@needle')) found.push(page)
      if ((body.Images ?? []).length < 50) break
    }
    expect(total).toBe(121)
    expect(found).toEqual([3])
    // the first page, newest first
    const first = await call(client, 'ListImages', {
      ImageNames: '["svc"]',
      Mode: 'List',
      PageSize: 3
    })
    expect(names(first)).toEqual(['svc@filler-119', 'svc@filler-118', 'svc@filler-117'])
  })

  test('10,000 seeded versions: paging and merge answer over the whole set', async () => {
    emu.reset()
    emu.seedImages(
      Array.from({ length: 10_000 }, (_, i) => ({
        Name: i % 2 === 0 ? 'big' : `noise-${i % 7}`,
        Version: `1.0.${i}`,
        ImageType: 'Container' as const,
        ContainerImageSpec: { RegistryUrl: `r/x:${i}` }
      }))
    )
    const client = sdk(emu)
    const page = await call(client, 'ListImages', {
      ImageType: 'Container',
      ImageNames: '["big"]',
      Mode: 'List',
      PageNumber: 100,
      PageSize: 50
    })
    expect(page.TotalCount).toBe(5000)
    expect(page.Images).toHaveLength(50)
    // newest first: page 100 of 50 holds the 4951st..5000th newest "big" = the oldest ones
    expect(page.Images?.[49]?.Version).toBe('1.0.0')
    const merged = await call(client, 'ListImages', { ImageType: 'Container' })
    expect(merged.TotalCount).toBe(8)
    expect(names(merged)[0]).toBe('noise-3@1.0.9999')
    expect(names(merged)).toContain('big@1.0.9998')
    for (let p = 1; p <= 20; p++) {
      await call(client, 'ListImages', {
        ImageType: 'Container',
        Mode: 'List',
        PageNumber: p,
        PageSize: 50
      })
    }
  })
})

describe('ListImages behaviour the API reference leaves open', () => {
  const query = (extra: Record<string, unknown> = {}) => ({
    ImageType: 'Container',
    ImageNames: '["app"]',
    Mode: 'List',
    ...extra
  })
  async function seeded(options: EmulatorOptions, n = 5) {
    const emu = await start(options)
    emu.seedImages(
      Array.from({ length: n }, (_, i) => ({
        Name: 'app',
        Version: `v${i}`,
        ImageType: 'Container' as const,
        ContainerImageSpec: CONTAINER_SPEC
      }))
    )
    return emu
  }

  test('overMaxPageSize: clamp says the size used, clampSilently echoes the size asked, reject refuses', async () => {
    const clamp = await call(sdk(await seeded({ maxPageSize: 2 })), 'ListImages', {
      ...query(),
      PageSize: 100
    })
    expect(clamp).toMatchObject({ PageSize: 2, TotalCount: 5 })
    expect(clamp.Images).toHaveLength(2)
    const silent = await call(
      sdk(await seeded({ maxPageSize: 2, listImages: { overMaxPageSize: 'clampSilently' } })),
      'ListImages',
      { ...query(), PageSize: 100 }
    )
    expect(silent).toMatchObject({ PageSize: 100, TotalCount: 5 })
    expect(silent.Images).toHaveLength(2)
    const reject = await seeded({ maxPageSize: 2, listImages: { overMaxPageSize: 'reject' } })
    const err = await failure(call(sdk(reject), 'ListImages', { ...query(), PageSize: 3 }))
    expect(err.code).toBe('InvalidParams')
    expect(err.data?.Message).toMatch(/PageSize/)
    expect(await call(sdk(reject), 'ListImages', { ...query(), PageSize: 2 })).toMatchObject({
      PageSize: 2
    })
  })

  test('totalCount: page, missing, or a fixed number; omitImageType', async () => {
    const emu = await seeded({ listImages: { totalCount: 'page', omitImageType: true } })
    const page = await call(sdk(emu), 'ListImages', { ...query(), PageSize: 2, PageNumber: 3 })
    expect(page.TotalCount).toBe(1)
    expect(page.Images?.[0]).not.toHaveProperty('ImageType')
    emu.setListImages({ totalCount: 'missing', omitImageType: false })
    const missing = await call(sdk(emu), 'ListImages', query())
    expect(missing).not.toHaveProperty('TotalCount')
    expect(missing.Images?.[0]).toHaveProperty('ImageType', 'Container')
    emu.setListImages({ totalCount: 1e9, maxPageSize: 3 })
    const lying = await call(sdk(emu), 'ListImages', query())
    expect(lying).toMatchObject({ TotalCount: 1e9, PageSize: 3 })
    expect(() => emu.setListImages({ totalCount: 'some' as never })).toThrow(TypeError)
  })

  test('pageNumber: repeat answers page 1 as the page asked; ignore answers page 1 as page 1', async () => {
    const emu = await seeded({ listImages: { pageNumber: 'repeat' } })
    const first = await call(sdk(emu), 'ListImages', { ...query(), PageSize: 2 })
    const third = await call(sdk(emu), 'ListImages', { ...query(), PageSize: 2, PageNumber: 3 })
    expect(third.PageNumber).toBe(3)
    expect(third.Images).toEqual(first.Images)
    emu.setListImages({ pageNumber: 'ignore' })
    const ignored = await call(sdk(emu), 'ListImages', { ...query(), PageSize: 2, PageNumber: 3 })
    expect(ignored.PageNumber).toBe(1)
    expect(ignored.Images).toEqual(first.Images)
  })

  test('latencyMs delays ListImages, and peakConcurrency counts requests answered at once', async () => {
    const emu = await seeded({ listImages: { latencyMs: 150 } })
    const client = sdk(emu)
    const t0 = Date.now()
    await Promise.all([1, 2, 3].map(p => call(client, 'ListImages', { ...query(), PageNumber: p })))
    expect(Date.now() - t0).toBeGreaterThanOrEqual(140)
    expect(emu.peakConcurrency('ListImages')).toBe(3)
    emu.reset()
    expect(emu.peakConcurrency('ListImages')).toBe(0)
  })
})

describe('GetImage and RemoveImage', () => {
  let emu: Emulator
  beforeAll(async () => {
    emu = await start()
  })
  afterEach(() => emu.reset())

  test('GetImage of a Container image without ImageType → 404 (the VM default)', async () => {
    const { ImageId } = emu.seedImage({
      Name: 'ctr',
      Version: 'v1',
      ImageType: 'Container',
      ContainerImageSpec: CONTAINER_SPEC
    })
    const err = await failure(call(sdk(emu), 'GetImage', { ImageId }))
    expect(err.code).toBe('ImageNotFound')
    expect(err.statusCode).toBe(404)
    const body = await call(sdk(emu), 'GetImage', { ImageId, ImageType: 'Container' })
    expect(body.Image).toMatchObject({
      Name: 'ctr',
      Version: 'v1',
      ImageType: 'Container',
      Status: 'Available',
      ContainerImageSpec: CONTAINER_SPEC
    })
    // the real service returns the registry password: callers must never log this body
    expect(JSON.stringify(body)).toContain(REGISTRY_PASSWORD)
    expect(JSON.stringify(emu.requests)).not.toContain(REGISTRY_PASSWORD)
  })

  test.each([
    ['a VM image with the default type', 'VM', {}, undefined],
    ['a VM image asked as Container', 'VM', { ImageType: 'Container' }, 'ImageNotFound'],
    ['an unknown image', 'none', {}, 'ImageNotFound']
  ] as const)('GetImage of %s', async (_name, type, query, code) => {
    const ImageId =
      type === 'none'
        ? 'm-doesnotexist000000'
        : emu.seedImage({ Name: 'vm', ImageType: type }).ImageId
    const promise = call(sdk(emu), 'GetImage', { ImageId, ...query })
    if (!code) {
      expect((await promise).Image).toMatchObject({ ImageType: 'VM', Size: '40 GiB' })
    } else {
      expect((await failure(promise)).code).toBe(code)
    }
  })

  test('GetImage answers every field of the official response model, and TotalCount', async () => {
    const container = emu.seedImage({
      Name: 'ctr',
      Version: 'v1',
      ImageType: 'Container',
      OsTag: 'ubuntu_22_04_x64',
      DocumentId: 7,
      ContainerImageSpec: CONTAINER_SPEC
    })
    const body = await call(sdk(emu), 'GetImage', {
      ImageId: container.ImageId,
      ImageType: 'Container'
    })
    expect(body.TotalCount).toBe(1)
    expect(Object.keys(body.Image ?? {}).sort()).toEqual(
      [
        'AdditionalRegionsInfo',
        'AppId',
        'ContainerImageSpec',
        'CreateTime',
        'Description',
        'DocumentInfo',
        'ImageType',
        'Name',
        'Size',
        'Status',
        'Version'
      ].sort()
    )
    expect(body.Image).toMatchObject({
      AdditionalRegionsInfo: [],
      DocumentInfo: { Document: '', DocumentId: '7', EncodingMode: '' },
      ContainerImageSpec: {
        ...CONTAINER_SPEC,
        Architecture: 'x86_64',
        OsTag: 'ubuntu_22_04_x64',
        Platform: 'Linux'
      }
    })
    expect(body.Image?.CreateTime).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/)
    const vm = emu.seedImage({
      Name: 'vm',
      Architecture: 'arm64',
      Platform: 'Ubuntu',
      VMImageSpec: { ImageId: 'm-bp1g7004ksh0oeuco1cd' }
    })
    const vmBody = await call(sdk(emu), 'GetImage', { ImageId: vm.ImageId })
    expect(vmBody.Image?.VMImageSpec).toEqual({
      ImageId: 'm-bp1g7004ksh0oeuco1cd',
      Architecture: 'arm64',
      OsTag: '',
      Platform: 'Ubuntu'
    })
  })

  test.each([
    // [registryUrlEcho, sent, handed back]
    [
      'asSent',
      'Registry.CN-Hangzhou.aliyuncs.com/ns/app',
      'Registry.CN-Hangzhou.aliyuncs.com/ns/app'
    ],
    [
      'expanded',
      'Registry.CN-Hangzhou.aliyuncs.com/ns/app',
      'registry.cn-hangzhou.aliyuncs.com/ns/app:latest'
    ],
    ['expanded', 'docker.io/ubuntu', 'docker.io/library/ubuntu:latest'],
    ['expanded', 'index.docker.io/org/app:1', 'docker.io/org/app:1'],
    [
      'expanded',
      `h.example.com:5000/a/b@sha256:${'c'.repeat(64)}`,
      `h.example.com:5000/a/b@sha256:${'c'.repeat(64)}`
    ],
    ['familiar', 'docker.io/library/ubuntu:22.04', 'ubuntu:22.04'],
    ['familiar', 'index.docker.io/org/app', 'org/app:latest'],
    [
      'familiar',
      'registry.cn-hangzhou.aliyuncs.com/ns/app:v1',
      'registry.cn-hangzhou.aliyuncs.com/ns/app:v1'
    ]
  ] as const)('registryUrlEcho %s: %s → %s', async (echo, sent, back) => {
    const e = await start({ registryUrlEcho: echo })
    const { ImageId } = e.seedImage({
      Name: 'ctr',
      ImageType: 'Container',
      ContainerImageSpec: { RegistryUrl: sent }
    })
    const body = await call(sdk(e), 'GetImage', { ImageId, ImageType: 'Container' })
    expect((body.Image?.ContainerImageSpec as Record<string, unknown>).RegistryUrl).toBe(back)
    // stored as sent
    expect(e.images()[0].ContainerImageSpec?.RegistryUrl).toBe(sent)
    await e.close()
  })

  test('GetImage without ImageId → InvalidParams', async () => {
    expect((await failure(call(sdk(emu), 'GetImage'))).code).toBe('InvalidParams')
  })

  test('RemoveImage: in use → 403 ImageInUse and kept; otherwise removed; unknown → 404', async () => {
    const busy = emu.seedImage({ Name: 'busy' }).ImageId
    const idle = emu.seedImage({ Name: 'idle' }).ImageId
    emu.markInUse(busy)
    const err = await failure(call(sdk(emu), 'RemoveImage', { ImageId: busy }))
    expect(err.code).toBe('ImageInUse')
    expect(err.statusCode).toBe(403)
    expect(await call(sdk(emu), 'RemoveImage', { ImageId: idle })).toMatchObject({ Success: true })
    expect(emu.images().map(i => i.ImageId)).toEqual([busy])
    const gone = await failure(call(sdk(emu), 'RemoveImage', { ImageId: idle }))
    expect(gone.code).toBe('ImageNotFound')
    expect(gone.statusCode).toBe(404)
    emu.markInUse(busy, false)
    await call(sdk(emu), 'RemoveImage', { ImageId: busy })
    expect(emu.images()).toEqual([])
    expect((await failure(call(sdk(emu), 'RemoveImage'))).code).toBe('InvalidParams')
  })
})

describe('keyless flow: GitHub ID token → STS AssumeRoleWithOIDC → E-HPC', () => {
  let emu: Emulator
  beforeAll(async () => {
    emu = await start()
  })
  afterEach(() => emu.reset())

  async function temporaryCredentials() {
    const token = await idTokenViaActionsCore(emu, DEMO_OIDC.audience)
    const res = await assumeRole(emu, stsFields(token))
    expect(res.status).toBe(200)
    return res.json.Credentials as Record<string, string>
  }

  test('the whole flow with @actions/core and @alicloud/openapi-client', async () => {
    const token = await idTokenViaActionsCore(emu, DEMO_OIDC.audience)
    const claims = jwtPayload(token)
    expect(claims).toMatchObject({
      iss: 'https://token.actions.githubusercontent.com',
      aud: 'sts.aliyuncs.com',
      sub: 'repo:octo-org/octo-repo:ref:refs/tags/v1.2.3',
      repository: 'octo-org/octo-repo',
      ref: 'refs/tags/v1.2.3'
    })
    expect(Number(claims.exp) - Number(claims.iat)).toBe(300)

    // STS as @alicloud/credentials sends it (the generic SDK call's form is refused: below)
    const sts = await assumeRole(emu, stsFields(token))
    expect(sts.status).toBe(200)
    const body = sts.json as Body
    const creds = body.Credentials as Record<string, string>
    expect(creds.AccessKeyId).toMatch(/^STS\./)
    expect(Date.parse(creds.Expiration) - Date.now()).toBeGreaterThan(3500_000)
    expect(body.AssumedRoleUser).toMatchObject({
      Arn: 'acs:ram::1234567890123456:assumed-role/ehpc-release/github-actions-release'
    })
    expect(body.OIDCTokenInfo).toMatchObject({
      Subject: claims.sub,
      Issuer: claims.iss,
      ClientIds: 'sts.aliyuncs.com'
    })

    const client = sdk(emu, {
      accessKeyId: creds.AccessKeyId,
      accessKeySecret: creds.AccessKeySecret,
      securityToken: creds.SecurityToken
    })
    const added = await call(client, 'AddImage', containerImage('keyless', 'v1'))
    expect(added.ImageId).toMatch(/^m-/)
    // the RPC v1 path carries the token (with + / =) as a query parameter
    const v2 = sdk(emu, {
      accessKeyId: creds.AccessKeyId,
      accessKeySecret: creds.AccessKeySecret,
      securityToken: creds.SecurityToken,
      signatureAlgorithm: 'v2'
    })
    const listed = await call(v2, 'ListImages', { ImageType: 'Container' })
    expect(listed.TotalCount).toBe(1)

    expect(emu.requests.map(r => [r.service, r.action, r.status, r.auth])).toEqual([
      ['github', 'GitHubToken', 200, 'bearer'],
      ['sts', 'AssumeRoleWithOIDC', 200, 'anonymous'],
      ['ehpc', 'AddImage', 200, 'ACS3'],
      ['ehpc', 'ListImages', 200, 'RPCv1']
    ])
    expect(emu.requests[2]).toMatchObject({ accessKeyId: creds.AccessKeyId, securityToken: true })
    expect(emu.issuedSecrets()).toEqual(
      expect.arrayContaining([token, creds.AccessKeySecret, creds.SecurityToken])
    )
    expectNoSecretsInLog(emu, [REGISTRY_PASSWORD])
  })

  test('github options set the sub, the repository ids and the issuer of issued tokens', async () => {
    const other = await start({
      github: {
        sub: 'repo:octo-org@1001/octo-repo@2002:environment:production',
        repositoryId: '2002',
        repositoryOwnerId: '1001',
        issuer: 'https://ghes.example.com/_services/token'
      }
    })
    try {
      const claims = jwtPayload(await idTokenViaActionsCore(other, DEMO_OIDC.audience))
      expect(claims).toMatchObject({
        sub: 'repo:octo-org@1001/octo-repo@2002:environment:production',
        repository_id: '2002',
        repository_owner_id: '1001',
        iss: 'https://ghes.example.com/_services/token'
      })
      // issueIdToken's own options win over them
      const direct = jwtPayload(
        other.issueIdToken({ audience: 'a', sub: 'x', issuer: 'https://i' })
      )
      expect([direct.sub, direct.iss]).toEqual(['x', 'https://i'])
    } finally {
      await other.close()
    }
    // Without them: no id claims, as before.
    const plain = jwtPayload(emu.issueIdToken({ audience: DEMO_OIDC.audience }))
    expect(plain).not.toHaveProperty('repository_id')
    expect(plain).not.toHaveProperty('repository_owner_id')
  })

  test.each([
    ['official', 400, 'MissingParameter'],
    ['any', 200, undefined]
  ] as const)(
    "stsWire '%s': the generic SDK call's form (action only in x-acs-* headers, a chunked form body)",
    async (stsWire, status, code) => {
      const own = await start({ stsWire })
      const token = own.issueIdToken({ audience: DEMO_OIDC.audience })
      const stsClient = new OpenApi.default(
        new OpenApi.Config({ endpoint: own.endpoint, protocol: 'http' })
      )
      const answer = stsClient
        .callApi(
          params('AssumeRoleWithOIDC', '2015-04-01', 'Anonymous'),
          new OpenApi.OpenApiRequest({ body: stsFields(token) }),
          new Util.RuntimeOptions({})
        )
        .then(
          () => ({ status: 200, code: undefined }),
          (err: { statusCode?: number; code?: string }) => ({
            status: err.statusCode,
            code: err.code
          })
        )
      expect(await answer).toEqual({ status, code })
      await own.close()
    }
  )

  test('stsWire official: a chunked form body is refused even with Action and Version in the query', async () => {
    const token = emu.issueIdToken({ audience: DEMO_OIDC.audience })
    const status = await new Promise<number>((resolve, reject) => {
      const req = http.request(
        {
          host: '127.0.0.1',
          port: emu.port,
          method: 'POST',
          path: `/?${form({ Action: 'AssumeRoleWithOIDC', Version: '2015-04-01', Format: 'JSON', Timestamp: isoAt() })}`,
          headers: { 'content-type': 'application/x-www-form-urlencoded' }
        },
        res => {
          res.resume()
          resolve(res.statusCode ?? 0)
        }
      )
      req.on('error', reject)
      // Written in two pieces with no Content-Length: Node sends it chunked.
      const body = form(stsFields(token))
      req.write(body.slice(0, 10))
      req.end(body.slice(10))
    })
    expect(status).toBe(400)
    expect(emu.requests[0]).toMatchObject({ code: 'InvalidParameter' })
  })

  test('STS parameters may all be in the query string', async () => {
    const token = emu.issueIdToken({ audience: DEMO_OIDC.audience })
    const res = await assumeRole(emu, stsFields(token), 'query')
    expect(res.status).toBe(200)
    expect(res.json.RequestId).toMatch(/^[0-9A-F-]{36}$/)
    expect(emu.requests[0].params.OIDCToken).toBe('[REDACTED]')
    expectNoSecretsInLog(emu)
  })

  test.each([
    [
      'without its security token',
      (c: Record<string, string>) => ({
        accessKeyId: c.AccessKeyId,
        accessKeySecret: c.AccessKeySecret
      }),
      'InvalidSecurityToken.Mismatch'
    ],
    [
      'with a foreign security token',
      (c: Record<string, string>) => ({
        accessKeyId: c.AccessKeyId,
        accessKeySecret: c.AccessKeySecret,
        securityToken: 'CAISforeign'
      }),
      'InvalidSecurityToken.Mismatch'
    ],
    [
      'with a wrong secret',
      (c: Record<string, string>) => ({
        accessKeyId: c.AccessKeyId,
        accessKeySecret: 'x',
        securityToken: c.SecurityToken
      }),
      'SignatureDoesNotMatch'
    ],
    [
      'a permanent key with a security token',
      (c: Record<string, string>) => ({ securityToken: c.SecurityToken }),
      'InvalidSecurityToken.Malformed'
    ]
  ])('temporary credentials used %s are refused', async (_name, make, code) => {
    const creds = await temporaryCredentials()
    const err = await failure(call(sdk(emu, make(creds)), 'ListImages'))
    expect(err.code).toBe(code)
  })

  test('temporary credentials stop working when they expire, and after reset()', async () => {
    const creds = await temporaryCredentials()
    const options = {
      accessKeyId: creds.AccessKeyId,
      accessKeySecret: creds.AccessKeySecret,
      securityToken: creds.SecurityToken
    }
    expect((await call(sdk(emu, options), 'ListImages')).Success).toBe(true)
    emu.expireCredentials()
    const expired = await failure(call(sdk(emu, options), 'ListImages'))
    expect(expired.code).toBe('InvalidSecurityToken.Expired')
    expect(expired.statusCode).toBe(403)
    emu.reset()
    expect((await failure(call(sdk(emu, options), 'ListImages'))).code).toBe(
      'InvalidAccessKeyId.NotFound'
    )
  })

  const other = start()

  test.each<[string, () => Promise<Record<string, string | undefined>>, number, string, string?]>([
    ['no token', async () => stsFields(undefined), 401, 'AuthenticationFail.OIDCToken.Invalid'],
    [
      'a garbled token',
      async () => stsFields('not-a-jwt'),
      401,
      'AuthenticationFail.OIDCToken.Invalid'
    ],
    [
      'a tampered signature',
      async () =>
        stsFields(emu.issueIdToken({ audience: DEMO_OIDC.audience }).slice(0, -4) + 'AAAA'),
      401,
      'AuthenticationFail.OIDCToken.InvalidSignature'
    ],
    [
      'a tampered payload',
      async () => {
        const [h, , s] = emu.issueIdToken({ audience: DEMO_OIDC.audience }).split('.')
        const evil = Buffer.from(
          JSON.stringify({
            iss: 'https://token.actions.githubusercontent.com',
            aud: 'sts.aliyuncs.com',
            sub: 'repo:octo-org/octo-repo:ref:x',
            exp: 4102444800
          })
        ).toString('base64url')
        return stsFields(`${h}.${evil}.${s}`)
      },
      401,
      'AuthenticationFail.OIDCToken.InvalidSignature'
    ],
    [
      "another emulator's token",
      async () => stsFields((await other).issueIdToken({ audience: DEMO_OIDC.audience })),
      401,
      'AuthenticationFail.OIDCToken.InvalidSignature'
    ],
    [
      'an expired token',
      async () =>
        stsFields(emu.issueIdToken({ audience: DEMO_OIDC.audience, expiresInSeconds: -5 })),
      401,
      'AuthenticationFail.OIDCToken.Expired'
    ],
    [
      'a token for another audience',
      async () => stsFields(emu.issueIdToken({ audience: 'https://github.com/octo-org' })),
      401,
      'AuthenticationFail.OIDCToken.AudienceNotMatch'
    ],
    [
      'an unknown provider',
      async () =>
        stsFields(emu.issueIdToken({ audience: DEMO_OIDC.audience }), {
          OIDCProviderArn: 'acs:ram::1234567890123456:oidc-provider/Nope'
        }),
      401,
      'AuthenticationFail.NoPermission',
      'No such OIDC Provider registered.'
    ],
    [
      'an unknown role',
      async () =>
        stsFields(emu.issueIdToken({ audience: DEMO_OIDC.audience }), {
          RoleArn: 'acs:ram::1234567890123456:role/nope'
        }),
      404,
      'EntityNotExist.Role'
    ],
    [
      'a subject the role does not trust',
      async () =>
        stsFields(
          emu.issueIdToken({
            audience: DEMO_OIDC.audience,
            sub: 'repo:evil-org/fork:ref:refs/heads/main'
          })
        ),
      401,
      'AuthenticationFail.NoPermission',
      'There is no permission'
    ],
    ...(['899', '3601', 'abc'].map(d => [
      `DurationSeconds=${d}`,
      async () =>
        stsFields(emu.issueIdToken({ audience: DEMO_OIDC.audience }), { DurationSeconds: d }),
      400,
      'InvalidParameter.DurationSeconds'
    ]) as Array<[string, () => Promise<Record<string, string>>, number, string]>),
    ...(['a', 'x'.repeat(65), 'has space', 'bad/slash', undefined].map(n => [
      `RoleSessionName=${String(n).slice(0, 10)}`,
      async () =>
        stsFields(emu.issueIdToken({ audience: DEMO_OIDC.audience }), { RoleSessionName: n }),
      400,
      'InvalidParameter.RoleSessionName'
    ]) as Array<[string, () => Promise<Record<string, string>>, number, string]>)
    // `message = undefined` keeps fn.length at 4, so jest never mistakes it for a `done` callback
  ])('STS refuses %s', async (_name, make, status, code, message = undefined) => {
    const res = await assumeRole(emu, await make())
    expect(res.status).toBe(status)
    expect(res.json).toMatchObject({ Code: code, HostId: 'sts.aliyuncs.com' })
    if (message) expect(res.json.Message).toBe(message)
    expect(res.json.Credentials).toBeUndefined()
    expectNoSecretsInLog(emu)
  })

  test('STS accepts the edge values of DurationSeconds and RoleSessionName', async () => {
    for (const [d, n] of [
      ['900', 'ab'],
      ['3600', 'a.b@c_d-e'.padEnd(64, 'z')]
    ]) {
      const token = emu.issueIdToken({ audience: DEMO_OIDC.audience })
      const res = await assumeRole(
        emu,
        stsFields(token, { DurationSeconds: d, RoleSessionName: n })
      )
      expect(res.status).toBe(200)
    }
  })

  test('the GitHub endpoint wants the bearer request token', async () => {
    const url = new URL(emu.githubEnv().ACTIONS_ID_TOKEN_REQUEST_URL)
    const path = `${url.pathname}${url.search}&audience=${enc('sts.aliyuncs.com')}`
    const none = await raw(emu, { method: 'GET', path })
    const wrong = await raw(emu, { method: 'GET', path, headers: { authorization: 'Bearer nope' } })
    const right = await raw(emu, {
      method: 'GET',
      path,
      headers: { authorization: `Bearer ${emu.githubEnv().ACTIONS_ID_TOKEN_REQUEST_TOKEN}` }
    })
    expect([none.status, wrong.status, right.status]).toEqual([401, 401, 200])
    expect(jwtPayload(String(right.json.value)).aud).toBe('sts.aliyuncs.com')
    expect(emu.requests.map(r => [r.service, r.action, r.auth, r.status])).toEqual([
      ['github', 'GitHubToken', 'none', 401],
      ['github', 'GitHubToken', 'bearer', 401],
      ['github', 'GitHubToken', 'bearer', 200]
    ])
    expectNoSecretsInLog(emu)
  })

  test('roles and providers are configurable', async () => {
    const e = await start({
      github: { repository: 'acme/tool', ref: 'refs/heads/main', requestToken: 'rt' },
      oidc: {
        providers: [
          {
            arn: 'acs:ram::1:oidc-provider/gh',
            issuer: 'https://token.actions.githubusercontent.com',
            clientIds: ['aud-1']
          }
        ],
        roles: [
          {
            arn: 'acs:ram::1:role/r',
            providerArn: 'acs:ram::1:oidc-provider/gh',
            subjectPatterns: ['repo:acme/tool:ref:refs/heads/main'],
            maxSessionDuration: 7200
          }
        ]
      }
    })
    const token = await idTokenViaActionsCore(e, 'aud-1')
    const res = await assumeRole(e, {
      RoleArn: 'acs:ram::1:role/r',
      OIDCProviderArn: 'acs:ram::1:oidc-provider/gh',
      OIDCToken: token,
      RoleSessionName: 'rs',
      DurationSeconds: '7200'
    })
    expect(res.status).toBe(200)
    await e.close()
  })
})

describe('faults', () => {
  let emu: Emulator
  beforeAll(async () => {
    emu = await start()
  })
  afterEach(() => emu.reset())

  test('error: answers the given code/status `times` times, then the operation works', async () => {
    emu.fault('AddImage', { kind: 'error', code: 'Throttling.User', status: 400, times: 2 })
    for (let i = 0; i < 2; i++) {
      const err = await failure(call(sdk(emu), 'AddImage', containerImage()))
      expect(err.code).toBe('Throttling.User')
      expect(err.statusCode).toBe(400)
    }
    expect((await call(sdk(emu), 'AddImage', containerImage())).Success).toBe(true)
    expect(emu.images()).toHaveLength(1)
    expect(emu.requests.map(r => [r.status, r.code ?? null, r.fault ?? null])).toEqual([
      [400, 'Throttling.User', 'error'],
      [400, 'Throttling.User', 'error'],
      [200, null, null]
    ])
  })

  test('faults are FIFO per action, then from the * queue', async () => {
    emu.fault('*', { kind: 'error', code: 'ServiceUnavailable', status: 503 })
    emu.fault('ListImages', { kind: 'error', code: 'InternalError', status: 500 })
    emu.fault('ListImages', { kind: 'error', code: 'EcsError', status: 406 })
    const codes: string[] = []
    for (let i = 0; i < 4; i++) {
      try {
        await call(sdk(emu), 'ListImages')
        codes.push('ok')
      } catch (err) {
        codes.push(String((err as SdkError).code))
      }
    }
    expect(codes).toEqual(['InternalError', 'EcsError', 'ServiceUnavailable', 'ok'])
  })

  test('html502: a load-balancer HTML page, which the SDK turns into a bare SyntaxError', async () => {
    emu.fault('AddImage', { kind: 'html502', times: 2 })
    const res = await raw(emu, {
      path: `/?${form(signRpcV1({ Action: 'AddImage', ...vmImage() }))}`
    })
    expect(res.status).toBe(502)
    expect(res.headers['content-type']).toMatch(/^text\/html/)
    expect(res.text).toContain('502 Bad Gateway')
    const err = await failure(call(sdk(emu), 'AddImage', containerImage()))
    expect(err.name).toBe('SyntaxError')
    expect(err.statusCode).toBeUndefined()
    expect(emu.images()).toHaveLength(0)
  })

  test('reset: the socket is destroyed and the operation is not performed', async () => {
    emu.fault('AddImage', { kind: 'reset' })
    const err = await failure(call(sdk(emu), 'AddImage', containerImage()))
    expect(`${err.code} ${err.message}`).toMatch(/ECONNRESET|socket hang up/)
    // SDK pitfall: a network error's message holds the whole request URL, query included, so
    // the registry password is in it (percent-encoded, which core.setSecret does not mask)
    expect(err.message).toContain(encodeURIComponent(REGISTRY_PASSWORD))
    expect(emu.images()).toHaveLength(0)
    expect(emu.requests[0]).toMatchObject({ action: 'AddImage', status: 0, fault: 'reset' })
  })

  test('performThenReset: the image IS created although the client saw a reset', async () => {
    emu.fault('AddImage', { kind: 'performThenReset' })
    const err = await failure(call(sdk(emu), 'AddImage', containerImage('blind', 'v1')))
    expect(`${err.code} ${err.message}`).toMatch(/ECONNRESET|socket hang up/)
    expect(emu.images()).toEqual([expect.objectContaining({ Name: 'blind', Version: 'v1' })])
    // a blind retry now hits the duplicate check: look before you re-send
    expect((await failure(call(sdk(emu), 'AddImage', containerImage('blind', 'v1')))).code).toBe(
      'ImageAlreadyExists'
    )
  })

  test('delay: answers normally after the delay', async () => {
    emu.fault('ListImages', { kind: 'delay', ms: 300 })
    const t0 = Date.now()
    expect((await call(sdk(emu), 'ListImages')).Success).toBe(true)
    expect(Date.now() - t0).toBeGreaterThanOrEqual(290)
    await call(sdk(emu), 'ListImages')
    expect(emu.requests.map(r => r.fault)).toEqual(['delay', undefined])
  })

  test('delay: the request is logged when it arrives, and reset() drops it unperformed', async () => {
    emu.fault('AddImage', { kind: 'delay', ms: 300 })
    const pending = failure(call(sdk(emu), 'AddImage', containerImage('late', 'v1')))
    await new Promise(r => setTimeout(r, 100))
    expect(emu.requests.map(r => [r.action, r.status])).toEqual([['AddImage', 0]])
    emu.reset()
    expect((await pending).code).toBe('ECONNRESET')
    expect(emu.images()).toEqual([])
    expect(emu.requests).toEqual([])
  })

  test('hang: never answers, so the client read timeout fires; nothing is performed', async () => {
    emu.fault('AddImage', { kind: 'hang' })
    const err = await failure(call(sdk(emu, { readTimeout: 300 }), 'AddImage', containerImage()))
    expect(err.message).toMatch(/timeout/i)
    expect(emu.images()).toHaveLength(0)
    expect(emu.requests[0]).toMatchObject({ status: 0, fault: 'hang' })
  })

  test('successFalse: HTTP 200 with Success:false, which the SDK returns as a success', async () => {
    emu.fault('AddImage', { kind: 'successFalse', code: 'DbError', message: 'db down' })
    const body = await call(sdk(emu), 'AddImage', containerImage())
    expect(body).toMatchObject({ Success: false, Code: 'DbError', Message: 'db down' })
    expect(body.RequestId).toMatch(/^[0-9A-F-]{36}$/)
    expect(emu.images()).toHaveLength(0)
  })

  test('GitHubToken and AssumeRoleWithOIDC faults', async () => {
    emu.fault('GitHubToken', { kind: 'html502' })
    // @actions/http-client retries a 502 on GET, so core.getIDToken still succeeds
    const token = await idTokenViaActionsCore(emu, DEMO_OIDC.audience)
    expect(emu.count('GitHubToken', 'github')).toBe(2)
    emu.fault('AssumeRoleWithOIDC', { kind: 'error', code: 'Throttling', status: 400 })
    const refused = await assumeRole(emu, stsFields(token))
    expect(refused.json.Code).toBe('Throttling')
    expect((await assumeRole(emu, stsFields(token))).status).toBe(200)
    expect(emu.count('AssumeRoleWithOIDC')).toBe(2)
    expect(emu.count()).toBe(4)
  })

  test('malformed faults are refused', () => {
    expect(() => emu.fault('Nope' as 'AddImage', { kind: 'reset' })).toThrow(TypeError)
    expect(() => emu.fault('AddImage', { kind: 'boom' } as unknown as { kind: 'reset' })).toThrow(
      TypeError
    )
  })
})

describe('lifecycle', () => {
  test('close() with a hanging request resolves promptly and the client sees the socket die', async () => {
    const emu = await startEmulator()
    emu.fault('ListImages', { kind: 'hang' })
    const pending = failure(call(sdk(emu, { readTimeout: 30_000 }), 'ListImages'))
    for (let i = 0; i < 100 && emu.count('ListImages') === 0; i++) {
      await new Promise(r => setTimeout(r, 10))
    }
    expect(emu.count('ListImages')).toBe(1)
    // close() must not wait for the hanging answer: if it did, the test would hit jest's timeout
    await emu.close()
    const err = await pending
    expect(`${err.code} ${err.message}`).toMatch(/ECONNRESET|socket hang up/)
    await emu.close() // idempotent
  })

  test('listens on 127.0.0.1 only', async () => {
    const emu = await start()
    expect(emu.url).toBe(`http://127.0.0.1:${emu.port}`)
    expect(emu.endpoint).toBe(`127.0.0.1:${emu.port}`)
    const viaIpv6 = await new Promise<string>(resolve => {
      const socket = net.connect({ host: '::1', port: emu.port })
      socket.on('connect', () => {
        socket.destroy()
        resolve('connected')
      })
      socket.on('error', err => resolve((err as NodeJS.ErrnoException).code ?? 'error'))
    })
    expect(viaIpv6).not.toBe('connected')
  })

  test('the CLI prints its JSON line, serves, and stops cleanly on SIGTERM', async () => {
    const cli = fileURLToPath(new URL('../../emulator/cli.mjs', import.meta.url))
    const child = spawn(process.execPath, [cli, '--port', '0'], {
      stdio: ['ignore', 'pipe', 'pipe']
    })
    try {
      const line = await new Promise<string>((resolve, reject) => {
        let out = ''
        child.stdout.on('data', (c: Buffer) => {
          out += c.toString()
          if (out.includes('\n')) resolve(out.split('\n')[0])
        })
        child.on('exit', code => reject(new Error(`cli exited ${code}`)))
      })
      const info = JSON.parse(line) as {
        url: string
        endpoint: string
        demo: Record<string, unknown>
      }
      expect(info.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
      expect(info.demo).toMatchObject({ accessKeyId: DEMO_ACCESS_KEY.accessKeyId })
      const port = Number(info.endpoint.split(':')[1])
      const res = await raw({ port } as Emulator, {
        path: '/?Action=ListImages&Version=2023-07-01'
      })
      expect(res.json.Code).toBe('MissingParameter')
      const exited = new Promise<number | null>(resolve => child.on('exit', code => resolve(code)))
      child.kill('SIGTERM')
      // Windows has no signals: kill() ends the process there without running its handler.
      if (process.platform !== 'win32') expect(await exited).toBe(0)
      else await exited
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL')
    }
  })
})

// ---------------------------------------------------------------------------------------------
// GitHub REST releases

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- JSON answers of many shapes
type RestJson = any

describe('GitHub REST releases (under /api/v3)', () => {
  const TOKEN = 'ghs_EmulatorApiToken0123456789abcdefXYZ'
  let emu: Emulator
  beforeAll(async () => {
    emu = await start()
  })
  beforeEach(() => emu.reset())

  const rest = async (
    method: string,
    path: string,
    body?: unknown,
    token: string | null = TOKEN
  ): Promise<{ status: number; json: RestJson; headers: Headers }> => {
    const res = await fetch(`${emu.githubApiEnv().GITHUB_API_URL}${path}`, {
      method,
      headers: {
        ...(token ? { authorization: `token ${token}` } : {}),
        ...(body === undefined ? {} : { 'content-type': 'application/json' })
      },
      body: body === undefined ? undefined : JSON.stringify(body)
    })
    return { status: res.status, json: await res.json(), headers: res.headers }
  }
  const R = '/repos/octo-org/octo-repo/releases'

  test('by tag: published releases only; by id and in the list: drafts too', async () => {
    const pub = emu.seedRelease({ tag_name: 'v1', body: 'one' })
    const draft = emu.seedRelease({ tag_name: 'v2', draft: true })
    expect((await rest('GET', `${R}/tags/v1`)).json).toMatchObject({ id: pub.id, body: 'one' })
    const miss = await rest('GET', `${R}/tags/v2`)
    expect(miss.status).toBe(404)
    expect(miss.json.message).toBe('Not Found')
    expect((await rest('GET', `${R}/${draft.id}`)).json).toMatchObject({ draft: true, body: null })
    const list = await rest('GET', `${R}?per_page=1&page=1`)
    expect(list.json.map((r: { id: number }) => r.id)).toEqual([draft.id])
    expect(list.headers.get('link')).toContain('rel="next"')
    expect(list.headers.get('x-github-request-id')).toMatch(/^[0-9A-F]{4}:/)
    expect((await rest('GET', `${R}?per_page=1&page=2`)).json[0].id).toBe(pub.id)
    expect(emu.requests.map(e => `${e.service} ${e.action} ${e.status} ${e.auth}`)).toEqual([
      'github GetReleaseByTag 200 bearer',
      'github GetReleaseByTag 404 bearer',
      'github GetRelease 200 bearer',
      'github ListReleases 200 bearer',
      'github ListReleases 200 bearer'
    ])
  })

  test('update: sets the body; 422 over 125,000 characters; 401 without the token', async () => {
    const r = emu.seedRelease({ tag_name: 'v1', body: 'old' })
    expect((await rest('PATCH', `${R}/${r.id}`, { body: 'new' })).json.body).toBe('new')
    const long = await rest('PATCH', `${R}/${r.id}`, { body: 'x'.repeat(125_001) })
    expect(long.status).toBe(422)
    expect(long.json.errors[0].message).toContain('maximum is 125000')
    expect((await rest('PATCH', `${R}/${r.id}`, { body: 'z' }, 'wrong')).status).toBe(401)
    expect((await rest('GET', `${R}/${r.id}`, undefined, null)).status).toBe(401)
    expect(emu.releases()[0].body).toBe('new')
    expect(JSON.stringify(emu.requests)).not.toContain(TOKEN)
  })

  test("contents: read: 403 with GitHub's message on update, drafts hidden", async () => {
    const r = emu.seedRelease({ tag_name: 'v1', body: 'old' })
    const draft = emu.seedRelease({ tag_name: 'v2', draft: true })
    emu.setContentsPermission('read')
    const denied = await rest('PATCH', `${R}/${r.id}`, { body: 'new' })
    expect(denied.status).toBe(403)
    expect(denied.json.message).toBe('Resource not accessible by integration')
    expect(denied.headers.get('x-accepted-github-permissions')).toBe('contents=write')
    expect((await rest('GET', `${R}/${draft.id}`)).status).toBe(404)
    expect((await rest('GET', R)).json.map((x: { id: number }) => x.id)).toEqual([r.id])
    emu.reset()
    const again = emu.seedRelease({ tag_name: 'v1' })
    expect((await rest('PATCH', `${R}/${again.id}`, { body: 'ok' })).status).toBe(200)
  })

  test('raceRelease: another writer writes its copy of the earlier body right after an update', async () => {
    const r = emu.seedRelease({ tag_name: 'v1', body: 'base' })
    emu.raceRelease(r.id, body => `${body} + theirs`)
    const mine = await rest('PATCH', `${R}/${r.id}`, { body: 'base + mine' })
    expect(mine.json.body).toBe('base + mine')
    expect(emu.releases()[0].body).toBe('base + theirs')
    await rest('PATCH', `${R}/${r.id}`, { body: 'final' })
    expect(emu.releases()[0].body).toBe('final')
  })

  test('holdReleaseReads: by-tag reads wait for each other, bounded by the timeout', async () => {
    emu.seedRelease({ tag_name: 'v1', body: 'b' })
    emu.holdReleaseReads(2, 5000)
    const first = rest('GET', `${R}/tags/v1`)
    let answered = false
    void first.then(() => (answered = true))
    await new Promise(r => setTimeout(r, 150))
    expect(answered).toBe(false)
    const [a, b] = await Promise.all([first, rest('GET', `${R}/tags/v1`)])
    expect([a.status, b.status]).toEqual([200, 200])
    emu.holdReleaseReads(3, 100)
    const started = Date.now()
    expect((await rest('GET', `${R}/tags/v1`)).status).toBe(200)
    expect(Date.now() - started).toBeGreaterThanOrEqual(90)
  })

  test('faults on REST actions, with extra headers', async () => {
    const r = emu.seedRelease({ tag_name: 'v1' })
    emu.fault('UpdateRelease', {
      kind: 'error',
      status: 403,
      code: 'SecondaryRateLimit',
      message: 'You have exceeded a secondary rate limit.',
      headers: { 'retry-after': '7' }
    })
    const limited = await rest('PATCH', `${R}/${r.id}`, { body: 'x' })
    expect(limited.status).toBe(403)
    expect(limited.headers.get('retry-after')).toBe('7')
    expect(limited.json.message).toContain('secondary rate limit')
    expect(emu.releases()[0].body).toBeNull()
    expect(() =>
      emu.fault('GetRelease', { kind: 'error', status: 500, code: 'X', headers: { a: 1 as never } })
    ).toThrow(TypeError)
    expect(() => emu.raceRelease(999, b => b)).toThrow(/no release/)
  })
})

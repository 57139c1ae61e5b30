// No secret leaves the action: every scenario of the suite is run through dist/index.js with
// RUNNER_DEBUG=1, and stdout, stderr, GITHUB_OUTPUT, GITHUB_ENV and the job summary are scanned
// for every secret given or obtained, raw and encoded. The scanner is tested first, so that a
// clean result means something.
import {
  DEFAULT_GITHUB,
  DEMO_ACCESS_KEY,
  DEMO_OIDC,
  startEmulator,
  type Emulator
} from '../../emulator/emulator.mjs'
import { stsCredentials, type TemporaryCredentials } from '../helpers/sts-credentials.js'
import { aliyunCliConfig, startCredentialsUri, tempHome } from '../helpers/credential-sources.js'
import { runAction, type ActionRun } from '../../scripts/lib/run-action.mjs'
import {
  scanForSecrets,
  secretForms,
  type RunTraces,
  type Secret,
  type SecretFinding
} from '../helpers/secret-scan.js'

const REGISTRY_URL = 'registry.cn-hangzhou.aliyuncs.com/ns/app:v1.2.3'
const PRIVATE_REGISTRY_URL = 'ghcr.io/octo-org/app:v1.2.3'
/** Characters that make every encoded form differ from the raw one. */
const REGISTRY_PASSWORD = 'reg-Pa55+w/rd=%&*!secret'
const STORED_PASSWORD = 'stored-old-registry-pw+/=9'
const UNTRUSTED_ROLE = 'acs:ram::1234567890123456:role/other-repo-only'
/** core.getIDToken's debug line, written just before the token is fetched. */
// A line printed before the ID token is fetched: @actions/core's own fetch printed the first,
// the action's own fetch (no redirects, one request per attempt) prints none, and the
// NODE_DEBUG notice comes just before it. Without one, the token counts as held from the start.
const TOKEN_FETCH = /ID token url is|NODE_DEBUG is set: Node's debug output is left out/

const empty: RunTraces = { stdout: '', stderr: '', outputFile: '', envFile: '', summary: '' }

function fakeRun(partial: Partial<RunTraces>): RunTraces {
  return { ...empty, ...partial }
}

const b64 = (s: string) => Buffer.from(s).toString('base64')

describe('scanForSecrets (the scanner itself)', () => {
  const secret = 'tOp?Secret>>+/value~~42?>'
  const s: Secret = { name: 'sk', value: secret, mustMask: true }

  it('passes a run that only announces the secret with ::add-mask::', () => {
    const run = fakeRun({ stdout: `::add-mask::${secret}\nRegistered.\n` })
    expect(scanForSecrets(run, [s])).toEqual([])
  })

  it('catches the raw secret on a log line, and does not print it in the finding', () => {
    const run = fakeRun({ stdout: `::add-mask::${secret}\nUsing ${secret} now\n` })
    const findings = scanForSecrets(run, [s])
    expect(findings).toEqual([
      expect.objectContaining({ problem: 'leak', channel: 'stdout', line: 2, form: 'raw' })
    ])
    expect(JSON.stringify(findings)).not.toContain(secret)
    expect(findings[0].excerpt).toBe('Using <sk> now')
  })

  it.each([0, 1, 2])(
    'catches the secret base64-encoded inside a larger blob (%i bytes before it)',
    pad => {
      const blob = b64(`${'x'.repeat(pad)}{"Password":"${secret}"}tail`)
      const run = fakeRun({ stdout: `::add-mask::${secret}\nbody: ${blob}\n` })
      expect(scanForSecrets(run, [s])).toEqual([
        expect.objectContaining({ problem: 'leak', form: 'base64', line: 2 })
      ])
    }
  )

  it('catches a base64 secret leaked on its own (the fake leaking run)', () => {
    const run = fakeRun({ stdout: `::add-mask::${secret}\n::debug::auth ${b64(secret)}\n` })
    expect(scanForSecrets(run, [s]).map(f => f.form)).toEqual(['base64'])
  })

  it('catches base64url in the summary and encodeURIComponent in GITHUB_OUTPUT', () => {
    const url = Buffer.from(`a${secret}`).toString('base64url')
    const run = fakeRun({
      stdout: `::add-mask::${secret}\n`,
      summary: `<td>${url}</td>\n`,
      outputFile: `url=https://x/?t=${encodeURIComponent(secret)}\n`
    })
    const findings = scanForSecrets(run, [s])
    expect(findings).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ channel: 'summary', form: 'base64url' }),
        expect.objectContaining({ channel: 'GITHUB_OUTPUT', form: 'uri' })
      ])
    )
    expect(findings).toHaveLength(2)
  })

  it('catches stderr, GITHUB_ENV and the RFC 3986 form', () => {
    const v: Secret = { name: 'v', value: "it's*(secret)!", mustMask: false }
    const run = fakeRun({
      stderr: `Error: ${secret}\n`,
      envFile: `X=${encodeURIComponent(v.value).replace(/[!'()*]/g, c => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)}\n`
    })
    const findings = scanForSecrets(run, [{ ...s, mustMask: false }, v])
    expect(findings).toEqual([
      expect.objectContaining({ secret: 'sk', channel: 'stderr', form: 'raw' }),
      expect.objectContaining({ secret: 'v', channel: 'GITHUB_ENV', form: 'rfc3986' })
    ])
  })

  it('catches the %27 form url.format writes, + for a space, and \\uXXXX JSON escapes', () => {
    const v: Secret = { name: 'q', value: "it's a wörd<&>", mustMask: false }
    const cases: [string, string][] = [
      ['form', 'POST http://h/?P=it%27s+a+w%C3%B6rd%3C%26%3E failed.'],
      ['form', 'p=it%27s+a+w%c3%b6rd%3c%26%3e'],
      ['json', '{"Password":"it\\u0027s a w\\u00f6rd\\u003c\\u0026\\u003e"}'],
      ['json', '{"Password":"it\'s a w\\u00F6rd<&>"}'],
      [
        'json-uri',
        `Spec=${encodeURIComponent('{"Password":"it\\u0027s a w\\u00f6rd\\u003c\\u0026\\u003e"}')}`
      ]
    ]
    for (const [form, line] of cases) {
      expect([
        form,
        scanForSecrets(fakeRun({ stderr: `${line}\n` }), [v]).map(f => f.form)
      ]).toEqual([form, [form]])
    }
  })

  it('catches a secret inside an escaped workflow command (% written as %25)', () => {
    const pct = { name: 'pct', value: 'abc%def-ghi-123' }
    const run = fakeRun({ stdout: `::error::failed with abc%25def-ghi-123\n` })
    expect(scanForSecrets(run, [pct])).toEqual([
      expect.objectContaining({ problem: 'leak', form: 'raw', line: 1 })
    ])
  })

  it('reports a secret that must be masked but never was', () => {
    expect(scanForSecrets(fakeRun({ stdout: 'hello\n' }), [s])).toEqual([
      expect.objectContaining({ problem: 'not-masked' })
    ])
    expect(scanForSecrets(fakeRun({ stdout: 'hello\n' }), [{ ...s, mustMask: false }])).toEqual([])
  })

  it('reports a mask announced after another line (given secrets: before everything)', () => {
    const run = fakeRun({ stdout: `Starting\n::add-mask::${secret}\n` })
    expect(scanForSecrets(run, [s])).toEqual([
      expect.objectContaining({ problem: 'masked-late', line: 1 })
    ])
  })

  it('for an obtained secret, only lines after it exists must follow the mask', () => {
    const ok = fakeRun({
      stdout: `Starting\n::debug::ID token url is x\n::add-mask::${secret}\nDone\n`
    })
    expect(scanForSecrets(ok, [{ ...s, obtainedAfter: TOKEN_FETCH }])).toEqual([])
    const late = fakeRun({
      stdout: `Starting\n::debug::ID token url is x\nAssumed\n::add-mask::${secret}\n`
    })
    expect(scanForSecrets(late, [{ ...s, obtainedAfter: TOKEN_FETCH }])).toEqual([
      expect.objectContaining({ problem: 'masked-late', line: 3 })
    ])
  })

  it('knows the forms it looks for, and refuses secrets too short to mean anything', () => {
    const forms = secretForms(secret).map(([f]) => f)
    expect(forms).toEqual(expect.arrayContaining(['raw', 'uri', 'base64', 'base64url']))
    expect(() => scanForSecrets(empty, [{ name: 'short', value: 'abc' }])).toThrow(/shorter/)
  })
})

interface Scenario {
  title: string
  /** Prepares the server; returns the inputs, env and secrets of the run. */
  setup: (emu: Emulator) => Promise<{
    inputs: Record<string, string>
    env?: Record<string, string>
    secrets: Secret[]
    /** Stops what the setup started (a credentials server, a home directory). */
    cleanup?: () => Promise<void>
  }>
  code: 0 | 1
  /** Checks that the scenario did what its title says (so a clean scan means something). */
  check?: (r: ActionRun, emu: Emulator) => void
}

const ENDPOINTS = (emu: Emulator) => ({
  region: 'cn-hangzhou',
  endpoint: emu.url,
  'sts-endpoint': emu.url,
  name: 'app',
  'request-timeout-seconds': '2'
})

const KEYS = {
  'access-key-id': DEMO_ACCESS_KEY.accessKeyId,
  'access-key-secret': DEMO_ACCESS_KEY.accessKeySecret
}

const given = (name: string, value: string): Secret => ({ name, value, mustMask: true })

/** Temporary keys given to the run, and every other secret the emulator issued to get them. */
function temporarySecrets(
  emu: Emulator,
  c: TemporaryCredentials,
  secretName: string,
  tokenName: string
): Secret[] {
  return [
    given(secretName, c.AccessKeySecret),
    given(tokenName, c.SecurityToken),
    ...emu
      .issuedSecrets()
      .filter(v => v !== c.AccessKeySecret && v !== c.SecurityToken)
      .map((value, i) => ({ name: `other-${i}`, value }))
  ]
}
const ACCESS_KEY_SECRET = given('access-key-secret', DEMO_ACCESS_KEY.accessKeySecret)
const REGISTRY_SECRET = given('registry-password', REGISTRY_PASSWORD)
const GITHUB_TOKEN = given('github-token', DEFAULT_GITHUB.apiToken)
const ANNOTATE = { 'annotate-release': 'true', 'github-token': DEFAULT_GITHUB.apiToken }
const PRIVATE_REGISTRY = {
  'registry-url': PRIVATE_REGISTRY_URL,
  'registry-username': 'octo-bot',
  'registry-password': REGISTRY_PASSWORD
}

/** STS's answer, in the debug log: the temporary keys exist from this line on. */
const STS_ANSWERED = /^::debug::HTTP call: STS AssumeRoleWithOIDC /

/**
 * The secrets of an OIDC run: what the emulator issued to the action, plus the request token.
 * The ID token (a JWT) exists once its fetch starts, STS's keys once STS has answered.
 */
function oidcSecrets(emu: Emulator): Secret[] {
  return emu.issuedSecrets().map((value, i) =>
    value === DEFAULT_GITHUB.requestToken
      ? { name: 'github-request-token', value }
      : {
          name: `issued-${i}`,
          value,
          mustMask: true,
          obtainedAfter: value.split('.').length === 3 ? TOKEN_FETCH : STS_ANSWERED
        }
  )
}

function seedImage(emu: Emulator, registryUrl: string) {
  return emu.seedImage({
    Name: 'app',
    Version: 'v1.2.3',
    ImageType: 'Container',
    ContainerImageSpec: {
      RegistryUrl: registryUrl,
      IsACRRegistry: false,
      IsACREnterprise: false,
      RegistryCredential: { Server: 'ghcr.io', UserName: 'octo-bot', Password: STORED_PASSWORD }
    }
  })
}

const SCENARIOS: Scenario[] = [
  {
    title: 'success, keys from inputs',
    setup: async emu => ({
      inputs: { ...ENDPOINTS(emu), ...KEYS, 'registry-url': REGISTRY_URL },
      secrets: [ACCESS_KEY_SECRET]
    }),
    code: 0,
    check: (r, emu) => expect(r.outputs['image-id']).toBe(emu.images()[0].ImageId)
  },
  {
    title: 'success, keys and security token from the environment',
    setup: async emu => {
      const c = await stsCredentials(emu)
      return {
        inputs: { ...ENDPOINTS(emu), 'registry-url': REGISTRY_URL },
        env: {
          ALIBABA_CLOUD_ACCESS_KEY_ID: c.AccessKeyId,
          ALIBABA_CLOUD_ACCESS_KEY_SECRET: c.AccessKeySecret,
          ALIBABA_CLOUD_SECURITY_TOKEN: c.SecurityToken
        },
        secrets: temporarySecrets(emu, c, 'env-secret', 'env-token')
      }
    },
    code: 0,
    check: (r, emu) => {
      expect(r.stdout).toContain('from the environment with an STS security token')
      expect(emu.requests.find(e => e.action === 'AddImage')?.securityToken).toBe(true)
    }
  },
  {
    title: 'success, static keys from the environment',
    setup: async emu => ({
      inputs: { ...ENDPOINTS(emu), 'registry-url': REGISTRY_URL },
      env: {
        ALIBABA_CLOUD_ACCESS_KEY_ID: DEMO_ACCESS_KEY.accessKeyId,
        ALIBABA_CLOUD_ACCESS_KEY_SECRET: DEMO_ACCESS_KEY.accessKeySecret
      },
      secrets: [ACCESS_KEY_SECRET]
    }),
    code: 0
  },
  {
    title: 'success, security-token input (temporary keys from an earlier step)',
    setup: async emu => {
      const c = await stsCredentials(emu)
      return {
        inputs: {
          ...ENDPOINTS(emu),
          'registry-url': REGISTRY_URL,
          'access-key-id': c.AccessKeyId,
          'access-key-secret': c.AccessKeySecret,
          'security-token': c.SecurityToken
        },
        secrets: temporarySecrets(emu, c, 'sts-secret', 'security-token')
      }
    },
    code: 0,
    check: (r, emu) => {
      expect(r.stdout).toContain('from the inputs with an STS security token')
      expect(emu.requests.find(e => e.action === 'AddImage')?.securityToken).toBe(true)
    }
  },
  {
    title: 'success, keyless OIDC flow with the emulator STS',
    setup: async emu => ({
      inputs: {
        ...ENDPOINTS(emu),
        'registry-url': REGISTRY_URL,
        'role-to-assume': DEMO_OIDC.roleArn,
        'oidc-provider-arn': DEMO_OIDC.providerArn
      },
      env: emu.githubEnv(),
      // The secrets are issued during the run: oidcSecrets() is read after it (see below).
      secrets: []
    }),
    code: 0,
    check: (r, emu) => {
      expect(emu.count('AssumeRoleWithOIDC')).toBe(1)
      expect(emu.issuedSecrets().length).toBeGreaterThanOrEqual(4)
      expect(r.outputs.created).toBe('true')
    }
  },
  {
    title: 'success, RRSA: role, provider and token file in the environment',
    setup: async emu => {
      const token = emu.issueIdToken({ audience: DEMO_OIDC.audience })
      const home = tempHome()
      return {
        inputs: { ...ENDPOINTS(emu), 'registry-url': REGISTRY_URL },
        env: {
          ALIBABA_CLOUD_ROLE_ARN: DEMO_OIDC.roleArn,
          ALIBABA_CLOUD_OIDC_PROVIDER_ARN: DEMO_OIDC.providerArn,
          ALIBABA_CLOUD_OIDC_TOKEN_FILE: home.write('rrsa/token', token)
        },
        // The STS keys it yields are checked below with every secret the emulator issued.
        secrets: [given('rrsa-token', token)],
        cleanup: async () => home.remove()
      }
    },
    code: 0,
    check: (r, emu) => {
      expect(emu.count('AssumeRoleWithOIDC')).toBe(1)
      expect(emu.count('GitHubToken')).toBe(0)
      expect(r.stdout).toContain('with the OIDC token in ALIBABA_CLOUD_OIDC_TOKEN_FILE')
    }
  },
  {
    title: 'success, default chain: ALIBABA_CLOUD_CREDENTIALS_URI',
    setup: async emu => {
      const c = await stsCredentials(emu)
      const server = await startCredentialsUri(c)
      return {
        inputs: { ...ENDPOINTS(emu), 'registry-url': REGISTRY_URL },
        env: { ALIBABA_CLOUD_CREDENTIALS_URI: `${server.url}/?token=uri-Secret-4711` },
        secrets: [
          ...temporarySecrets(emu, c, 'uri-secret', 'uri-token'),
          { name: 'uri-query', value: 'uri-Secret-4711' }
        ],
        cleanup: server.close
      }
    },
    code: 0,
    check: r =>
      expect(r.stdout).toContain('Using credentials from the credentials URI at 127.0.0.1')
  },
  {
    title: "success, default chain: the aliyun CLI's config.json (StsToken mode)",
    setup: async emu => {
      const c = await stsCredentials(emu)
      const home = tempHome()
      home.write(
        '.aliyun/config.json',
        aliyunCliConfig([
          {
            name: 'ci',
            mode: 'StsToken',
            access_key_id: c.AccessKeyId,
            access_key_secret: c.AccessKeySecret,
            sts_token: c.SecurityToken
          }
        ])
      )
      return {
        inputs: { ...ENDPOINTS(emu), 'registry-url': REGISTRY_URL },
        env: home.env,
        secrets: temporarySecrets(emu, c, 'cli-secret', 'cli-token'),
        cleanup: async () => home.remove()
      }
    },
    code: 0,
    check: r => expect(r.stdout).toMatch(/Using credentials from profile "ci" \(mode StsToken\)/)
  },
  {
    title: 'failure: no source yields credentials (a failing credentials URI, a broken profile)',
    setup: async emu => {
      const server = await startCredentialsUri(undefined, 500)
      const home = tempHome()
      home.write(
        '.alibabacloud/credentials',
        `[default]\ntype = oops\naccess_key_secret = ${DEMO_ACCESS_KEY.accessKeySecret}\n`
      )
      return {
        inputs: { ...ENDPOINTS(emu), 'registry-url': REGISTRY_URL },
        env: {
          ...home.env,
          ALIBABA_CLOUD_CREDENTIALS_URI: `${server.url}/?token=uri-Secret-4711`,
          ALIBABA_CLOUD_ECS_METADATA_DISABLED: 'true'
        },
        secrets: [
          { name: 'profile-secret', value: DEMO_ACCESS_KEY.accessKeySecret },
          { name: 'uri-query', value: 'uri-Secret-4711' }
        ],
        cleanup: async () => {
          home.remove()
          await server.close()
        }
      }
    },
    code: 1,
    check: r => expect(r.errors[0]).toMatch(/^No credentials: no source gave any/)
  },
  {
    title: 'success, private registry with registry-password',
    setup: async emu => ({
      inputs: { ...ENDPOINTS(emu), ...KEYS, ...PRIVATE_REGISTRY },
      secrets: [ACCESS_KEY_SECRET, REGISTRY_SECRET]
    }),
    code: 0,
    check: (_r, emu) => {
      const cred = emu.images()[0].ContainerImageSpec?.RegistryCredential
      expect(cred?.Password).toBe(REGISTRY_PASSWORD)
    }
  },
  {
    title: 'reuse: GetImage answers with the stored registry password',
    setup: async emu => {
      seedImage(emu, PRIVATE_REGISTRY_URL)
      return {
        inputs: { ...ENDPOINTS(emu), ...KEYS, ...PRIVATE_REGISTRY },
        secrets: [
          ACCESS_KEY_SECRET,
          REGISTRY_SECRET,
          { name: 'stored-password', value: STORED_PASSWORD }
        ]
      }
    },
    code: 0,
    check: (r, emu) => {
      expect(r.outputs.created).toBe('false')
      expect(emu.count('GetImage')).toBe(1)
    }
  },
  {
    title: 'replace: removes the old image and adds the new one',
    setup: async emu => {
      seedImage(emu, 'ghcr.io/octo-org/app:old')
      return {
        inputs: { ...ENDPOINTS(emu), ...KEYS, ...PRIVATE_REGISTRY, 'if-exists': 'replace' },
        secrets: [
          ACCESS_KEY_SECRET,
          REGISTRY_SECRET,
          { name: 'stored-password', value: STORED_PASSWORD }
        ]
      }
    },
    code: 0,
    check: (_r, emu) => {
      expect(emu.count('RemoveImage')).toBe(1)
      expect(emu.images()).toHaveLength(1)
    }
  },
  {
    title: 'dry-run with every secret given',
    setup: async emu => ({
      inputs: {
        ...ENDPOINTS(emu),
        ...KEYS,
        ...PRIVATE_REGISTRY,
        'security-token': 'CAISdryRunSecurityToken+/==',
        'dry-run': 'true'
      },
      secrets: [
        ACCESS_KEY_SECRET,
        REGISTRY_SECRET,
        given('security-token', 'CAISdryRunSecurityToken+/==')
      ]
    }),
    code: 0,
    check: (r, emu) => {
      expect(emu.requests).toHaveLength(0)
      expect(r.stdout).toContain('"Password\\":\\"***\\"')
    }
  },
  {
    title: 'failure: bad input (region), every secret given',
    setup: async emu => ({
      inputs: {
        ...ENDPOINTS(emu),
        ...KEYS,
        ...PRIVATE_REGISTRY,
        'security-token': 'CAISbadInputSecurityToken+/==',
        region: 'Hangzhou!'
      },
      secrets: [
        ACCESS_KEY_SECRET,
        REGISTRY_SECRET,
        given('security-token', 'CAISbadInputSecurityToken+/==')
      ]
    }),
    code: 1,
    check: (r, emu) => {
      expect(r.errors[0]).toContain('Input "region" is invalid')
      expect(emu.requests).toHaveLength(0)
    }
  },
  {
    title: 'failure: Forbidden.RAM on AddImage',
    setup: async emu => {
      emu.fault('AddImage', { kind: 'error', code: 'Forbidden.RAM', status: 403 })
      return {
        inputs: { ...ENDPOINTS(emu), ...KEYS, ...PRIVATE_REGISTRY },
        secrets: [ACCESS_KEY_SECRET, REGISTRY_SECRET]
      }
    },
    code: 1,
    check: r => expect(r.errors[0]).toContain('Forbidden.RAM')
  },
  {
    title: 'failure: retries exhausted (Throttling)',
    setup: async emu => {
      emu.fault('AddImage', { kind: 'error', code: 'Throttling.User', status: 400, times: 10 })
      return {
        inputs: { ...ENDPOINTS(emu), ...KEYS, ...PRIVATE_REGISTRY, 'max-attempts': '3' },
        secrets: [ACCESS_KEY_SECRET, REGISTRY_SECRET]
      }
    },
    code: 1,
    check: r => {
      expect(r.errors[0]).toContain('after 3 attempts')
      expect(r.stdout).toMatch(/^E-HPC Instant AddImage at \S+: attempt 2\/3 failed/m)
    }
  },
  {
    title: 'failure: STS refuses the role (trust policy does not match the repository)',
    setup: async emu => ({
      inputs: {
        ...ENDPOINTS(emu),
        'registry-url': REGISTRY_URL,
        'role-to-assume': UNTRUSTED_ROLE,
        'oidc-provider-arn': DEMO_OIDC.providerArn
      },
      env: emu.githubEnv(),
      secrets: []
    }),
    code: 1,
    check: (r, emu) => {
      expect(r.errors[0]).toContain('AuthenticationFail.NoPermission')
      expect(emu.count('AssumeRoleWithOIDC')).toBe(1)
      expect(emu.count('ListImages')).toBe(0)
    }
  },
  {
    title: 'annotate-release: the block is written with github-token',
    setup: async emu => {
      emu.seedRelease({ tag_name: 'v1.2.3', body: 'Notes' })
      return {
        inputs: { ...ENDPOINTS(emu), ...KEYS, ...PRIVATE_REGISTRY, ...ANNOTATE },
        env: emu.githubApiEnv(),
        secrets: [ACCESS_KEY_SECRET, REGISTRY_SECRET, GITHUB_TOKEN]
      }
    },
    code: 0,
    check: (_r, emu) => {
      expect(emu.releases()[0].body).toContain('<!-- ehpc-add-image:start')
      expect(emu.requests.filter(e => e.service === 'github').every(e => e.auth === 'bearer')).toBe(
        true
      )
    }
  },
  {
    title: 'annotate-release: GitHub answers 403 and echoes the token in its message',
    setup: async emu => {
      emu.seedRelease({ tag_name: 'v1.2.3', body: 'Notes' })
      emu.fault('UpdateRelease', {
        kind: 'error',
        status: 403,
        code: 'Forbidden',
        message: `Resource not accessible by integration (token ${DEFAULT_GITHUB.apiToken})`
      })
      return {
        inputs: { ...ENDPOINTS(emu), ...KEYS, ...ANNOTATE, 'registry-url': REGISTRY_URL },
        env: emu.githubApiEnv(),
        secrets: [ACCESS_KEY_SECRET, GITHUB_TOKEN]
      }
    },
    code: 1,
    check: r => {
      expect(r.errors[0]).toContain('The image WAS registered')
      expect(r.errors[0]).toContain('Resource not accessible by integration (token ***)')
    }
  },
  {
    title: 'annotate-release with dry-run: says what it would write, token given',
    setup: async emu => ({
      inputs: { ...ENDPOINTS(emu), ...ANNOTATE, 'registry-url': REGISTRY_URL, 'dry-run': 'true' },
      env: emu.githubApiEnv(),
      secrets: [GITHUB_TOKEN]
    }),
    code: 0,
    check: (r, emu) => {
      expect(r.stdout).toContain('the run would write into the GitHub Release of tag v1.2.3')
      expect(emu.requests).toHaveLength(0)
    }
  },
  {
    // `debug` (under the client's HTTP library) prints signed requests when DEBUG names it.
    title: 'DEBUG=* set workflow-wide: keys, security token and registry password',
    setup: async emu => {
      const c = await stsCredentials(emu)
      return {
        inputs: {
          ...ENDPOINTS(emu),
          ...PRIVATE_REGISTRY,
          'access-key-id': c.AccessKeyId,
          'access-key-secret': c.AccessKeySecret,
          'security-token': c.SecurityToken
        },
        env: { DEBUG: '*' },
        secrets: [...temporarySecrets(emu, c, 'sts-secret', 'security-token'), REGISTRY_SECRET]
      }
    },
    code: 0,
    check: r => {
      expect(r.outputs.created).toBe('true')
      expect(r.stderr).not.toMatch(/httpx:/)
    }
  },
  {
    title: 'DEBUG=httpx:* with the keyless OIDC flow',
    setup: async emu => ({
      inputs: {
        ...ENDPOINTS(emu),
        ...PRIVATE_REGISTRY,
        'role-to-assume': DEMO_OIDC.roleArn,
        'oidc-provider-arn': DEMO_OIDC.providerArn
      },
      env: { ...emu.githubEnv(), DEBUG: 'httpx:*' },
      secrets: [REGISTRY_SECRET]
    }),
    code: 0,
    check: r => expect(r.stderr).not.toMatch(/httpx:/)
  },
  {
    // Node prints each HTTP connection's options, request headers included, when NODE_DEBUG
    // names http; it reads the variable at start-up, before the action can unset it.
    title: 'NODE_DEBUG=http,net,tls set workflow-wide: keyless OIDC, then annotate-release',
    setup: async emu => {
      emu.seedRelease({ tag_name: 'v1.2.3', body: 'notes' })
      return {
        inputs: {
          ...ENDPOINTS(emu),
          ...PRIVATE_REGISTRY,
          ...ANNOTATE,
          'role-to-assume': DEMO_OIDC.roleArn,
          'oidc-provider-arn': DEMO_OIDC.providerArn
        },
        env: { ...emu.githubEnv(), ...emu.githubApiEnv(), NODE_DEBUG: 'http,net,tls' },
        secrets: [REGISTRY_SECRET, GITHUB_TOKEN]
      }
    },
    code: 0,
    check: (r, emu) => {
      expect(emu.releases()[0].body).toContain(r.outputs['image-id'])
      expect(r.stdout).toMatch(/NODE_DEBUG is set/)
    }
  },
  {
    // E-HPC's InvalidParams message names the parameter and may echo its value: the action
    // prints the server message, so it must not carry a secret the action knows.
    title: 'failure: the server echoes the registry password in its error message',
    setup: async emu => {
      emu.fault('AddImage', {
        kind: 'error',
        code: 'InvalidParams',
        status: 400,
        message: `The parameter ContainerImageSpec is invalid: {"RegistryCredential":{"Password":"${REGISTRY_PASSWORD}"}}`
      })
      return {
        inputs: { ...ENDPOINTS(emu), ...KEYS, ...PRIVATE_REGISTRY },
        secrets: [ACCESS_KEY_SECRET, REGISTRY_SECRET]
      }
    },
    code: 1,
    check: r => expect(r.errors[0]).toContain('InvalidParams')
  }
]

describe('no secret in any output of any scenario', () => {
  let emu: Emulator
  beforeAll(async () => {
    emu = await startEmulator({
      oidc: {
        roles: [
          { arn: DEMO_OIDC.roleArn },
          { arn: UNTRUSTED_ROLE, subjectPatterns: ['repo:someone-else/other-repo:*'] }
        ]
      }
    })
  })
  afterAll(async () => {
    await emu.close()
  })
  beforeEach(() => emu.reset())

  it.each(SCENARIOS.map(s => [s.title, s] as const))('%s', async (_title, scenario) => {
    const { inputs, env, secrets, cleanup } = await scenario.setup(emu)
    const r = await runAction(inputs, {
      env: { EHPC_ADD_IMAGE_RETRY_BASE_MS: '5', RUNNER_DEBUG: '1', ...env },
      timeoutMs: 30_000
    }).finally(cleanup)
    expect({ code: r.code, errors: r.errors }).toMatchObject({ code: scenario.code })
    scenario.check?.(r, emu)
    // Everything the emulator handed out, including what it issued during the run.
    const all = [...secrets]
    for (const s of oidcSecrets(emu)) {
      if (!all.some(x => x.value === s.value)) {
        // Obtained by the run (OIDC from inputs or RRSA): it must have masked them.
        const obtained = inputs['role-to-assume'] || env?.ALIBABA_CLOUD_OIDC_TOKEN_FILE
        all.push(obtained ? s : { name: s.name, value: s.value })
      }
    }
    const findings: SecretFinding[] = scanForSecrets(r, all)
    expect(findings).toEqual([])
  })

  it('the scan catches a leak planted in a real run (GITHUB_ENV, base64)', async () => {
    const r = await runAction(
      { ...ENDPOINTS(emu), ...KEYS, 'registry-url': REGISTRY_URL },
      { env: { EHPC_ADD_IMAGE_RETRY_BASE_MS: '5', RUNNER_DEBUG: '1' }, timeoutMs: 30_000 }
    )
    expect(r.code).toBe(0)
    expect(scanForSecrets(r, [ACCESS_KEY_SECRET])).toEqual([])
    const planted = {
      ...r,
      envFile: `${r.envFile}X=${b64(`k=${DEMO_ACCESS_KEY.accessKeySecret}`)}\n`
    }
    expect(scanForSecrets(planted, [ACCESS_KEY_SECRET])).toEqual([
      expect.objectContaining({ problem: 'leak', channel: 'GITHUB_ENV', form: 'base64' })
    ])
  })
})

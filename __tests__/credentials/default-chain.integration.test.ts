import { execFileSync } from 'node:child_process'
import { chmodSync, mkdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import {
  DEMO_ACCESS_KEY,
  DEMO_OIDC,
  startEmulator,
  type Emulator
} from '../../emulator/emulator.mjs'
import { runAction } from '../../scripts/lib/run-action.mjs'
import { scanForSecrets, type Secret } from '../helpers/secret-scan.js'
import { stsCredentials } from '../helpers/sts-credentials.js'
import { aliyunCliConfig, startCredentialsUri, tempHome } from '../helpers/credential-sources.js'

// The sources a self-hosted runner has when the step gives no credentials, each with a local
// stand-in, each registering an image end to end through dist/index.js.

const RRSA_ROLE = 'acs:ram::1234567890123456:role/ack-runner'
const RRSA_SUB = 'system:serviceaccount:ci:runner'

let emu: Emulator
beforeAll(async () => {
  emu = await startEmulator({
    oidc: {
      roles: [
        { arn: DEMO_OIDC.roleArn },
        { arn: RRSA_ROLE, subjectPatterns: [RRSA_SUB] },
        {
          arn: 'acs:ram::1234567890123456:role/main-only',
          subjectPatterns: ['repo:*:ref:refs/heads/main']
        }
      ]
    }
  })
})
afterAll(() => emu.close())
beforeEach(() => emu.reset())

const inputs = () => ({
  region: 'cn-hangzhou',
  endpoint: emu.url,
  'sts-endpoint': emu.url,
  name: 'solver',
  'registry-url': 'registry.cn-hangzhou.aliyuncs.com/hpc/solver:v1.2.3',
  'request-timeout-seconds': '5'
})
/** No metadata service here: keep the chain from waiting for one. */
const NO_ECS = { ALIBABA_CLOUD_ECS_METADATA_DISABLED: 'true' }

function expectRegistered(run: Awaited<ReturnType<typeof runAction>>) {
  expect(run.errors).toEqual([])
  expect(run.code).toBe(0)
  expect(emu.images()).toHaveLength(1)
  expect(run.outputs['image-id']).toBe(emu.images()[0].ImageId)
}

const mustMask = (name: string, value: string): Secret => ({ name, value, mustMask: true })

describe('the default chain, when no explicit source is given', () => {
  it('ALIBABA_CLOUD_CREDENTIALS_URI: temporary keys from a credentials server', async () => {
    const creds = await stsCredentials(emu)
    const server = await startCredentialsUri(creds)
    try {
      const run = await runAction(inputs(), {
        env: { ALIBABA_CLOUD_CREDENTIALS_URI: `${server.url}/creds?token=uri-query-Secret-42` }
      })
      expectRegistered(run)
      expect(server.hits).toEqual(['/creds?token=uri-query-Secret-42'])
      const info = run.stdout.split('\n').filter(l => l.startsWith('Using credentials from'))
      expect(info).toEqual([
        `Using credentials from the credentials URI at ${server.url.slice(7)} (ALIBABA_CLOUD_CREDENTIALS_URI): AccessKey ${creds.AccessKeyId}.`
      ])
      expect(emu.requests.find(r => r.action === 'AddImage')?.accessKeyId).toBe(creds.AccessKeyId)
      expect(run.stdout).not.toContain('uri-query-Secret-42')
      expect(
        scanForSecrets(run, [
          mustMask('uri-secret', creds.AccessKeySecret),
          mustMask('uri-token', creds.SecurityToken)
        ])
      ).toEqual([])
    } finally {
      await server.close()
    }
  })

  it("the aliyun CLI's ~/.aliyun/config.json: the current profile, or the one ALIBABA_CLOUD_PROFILE names", async () => {
    const home = tempHome()
    try {
      home.write(
        '.aliyun/config.json',
        aliyunCliConfig([
          {
            name: 'default',
            mode: 'AK',
            access_key_id: 'LTAIwrong',
            access_key_secret: 'wrong-secret-value'
          },
          {
            name: 'ci',
            mode: 'AK',
            access_key_id: DEMO_ACCESS_KEY.accessKeyId,
            access_key_secret: DEMO_ACCESS_KEY.accessKeySecret
          }
        ])
      )
      const run = await runAction(inputs(), {
        env: { ...home.env, ALIBABA_CLOUD_PROFILE: 'ci' }
      })
      expectRegistered(run)
      expect(run.stdout).toContain(
        `Using credentials from profile "ci" (mode AK) of ${join(home.home, '.aliyun', 'config.json')} (ALIBABA_CLOUD_PROFILE): AccessKey ${DEMO_ACCESS_KEY.accessKeyId}.`
      )
      expect(
        scanForSecrets(run, [mustMask('cli-secret', DEMO_ACCESS_KEY.accessKeySecret)])
      ).toEqual([])
    } finally {
      home.remove()
    }
  })

  it('~/.alibabacloud/credentials: the default profile', async () => {
    const home = tempHome()
    try {
      home.write(
        '.alibabacloud/credentials',
        `[default]\ntype = access_key\naccess_key_id = ${DEMO_ACCESS_KEY.accessKeyId}\naccess_key_secret = ${DEMO_ACCESS_KEY.accessKeySecret}\n`
      )
      const run = await runAction(inputs(), { env: home.env })
      expectRegistered(run)
      expect(run.stdout).toContain(
        `Using credentials from profile "default" of ${join(home.home, '.alibabacloud', 'credentials')}: AccessKey ${DEMO_ACCESS_KEY.accessKeyId}.`
      )
      expect(
        scanForSecrets(run, [mustMask('file-secret', DEMO_ACCESS_KEY.accessKeySecret)])
      ).toEqual([])
    } finally {
      home.remove()
    }
  })

  it('ALIBABA_CLOUD_CREDENTIALS_FILE names the file', async () => {
    const home = tempHome()
    try {
      const file = home.write(
        'elsewhere/creds.ini',
        `[release]\ntype = access_key\naccess_key_id = ${DEMO_ACCESS_KEY.accessKeyId}\naccess_key_secret = ${DEMO_ACCESS_KEY.accessKeySecret}\n`
      )
      const run = await runAction(inputs(), {
        env: { ALIBABA_CLOUD_CREDENTIALS_FILE: file, ALIBABA_CLOUD_PROFILE: 'release' }
      })
      expectRegistered(run)
      expect(run.stdout).toContain(`Using credentials from profile "release" of ${file}:`)
    } finally {
      home.remove()
    }
  })

  it('an explicit source wins: keys in the environment, with a credentials URI also set', async () => {
    const server = await startCredentialsUri(undefined, 500)
    try {
      const run = await runAction(inputs(), {
        env: {
          ALIBABA_CLOUD_ACCESS_KEY_ID: DEMO_ACCESS_KEY.accessKeyId,
          ALIBABA_CLOUD_ACCESS_KEY_SECRET: DEMO_ACCESS_KEY.accessKeySecret,
          ALIBABA_CLOUD_CREDENTIALS_URI: server.url
        }
      })
      expectRegistered(run)
      expect(server.hits).toEqual([])
    } finally {
      await server.close()
    }
  })

  it('none yields credentials: the message lists what was tried, in order, and what to add', async () => {
    const server = await startCredentialsUri(undefined, 503)
    const home = tempHome()
    try {
      home.write(
        '.aliyun/config.json',
        '{"current": "x", "profiles": [{"name": "x", "mode": "AK", "access_key_secret": "cli-config-Secret-77"'
      )
      const run = await runAction(inputs(), {
        env: {
          ...NO_ECS,
          ...home.env,
          ALIBABA_CLOUD_CREDENTIALS_URI: `${server.url}/c?k=query-Secret-99`
        }
      })
      expect(run.code).toBe(1)
      expect(run.errors).toHaveLength(1)
      const host = server.url.slice(7)
      expect(run.errors[0]).toBe(
        [
          'No credentials: no source gave any. Tried, in order:',
          '  1. inputs role-to-assume + oidc-provider-arn: not given',
          '  2. inputs access-key-id + access-key-secret: not given',
          '  3. env ALIBABA_CLOUD_ROLE_ARN + ALIBABA_CLOUD_OIDC_PROVIDER_ARN: not set',
          '  4. env ALIBABA_CLOUD_ACCESS_KEY_ID + ALIBABA_CLOUD_ACCESS_KEY_SECRET: not set',
          '  5. credentials URI (ALIBABA_CLOUD_CREDENTIALS_URI): the answer was HTTP 503',
          `  6. aliyun CLI configuration (${join(home.home, '.aliyun', 'config.json')}): the file is not valid JSON`,
          `  7. profile "default" of the credentials file (${join(home.home, '.alibabacloud', 'credentials')}): no such file`,
          '  8. ECS instance RAM role (metadata service 100.100.100.200): turned off by ALIBABA_CLOUD_ECS_METADATA_DISABLED',
          `Fix the first source that failed (credentials URI (ALIBABA_CLOUD_CREDENTIALS_URI): the answer was HTTP 503), or give credentials explicitly: role-to-assume and oidc-provider-arn for keyless GitHub OIDC (the job needs permissions: id-token: write), or access-key-id and access-key-secret from secrets. Troubleshooting: https://github.com/OWNER/ehpc-add-image/blob/main/docs/TROUBLESHOOTING.md#nocredentials`
        ].join('\n')
      )
      expect(run.stdout).not.toContain('query-Secret-99')
      expect(run.stdout).not.toContain('cli-config-Secret-77')
      expect(run.stdout).not.toContain(host + '/c')
      expect(emu.count()).toBe(0)
    } finally {
      home.remove()
      await server.close()
    }
  })

  it('a credentials URI that never answers is given up after request-timeout-seconds', async () => {
    const server = await startCredentialsUri(undefined, 0)
    try {
      const run = await runAction(
        { ...inputs(), 'request-timeout-seconds': '1' },
        { env: { ...NO_ECS, ALIBABA_CLOUD_CREDENTIALS_URI: server.url } }
      )
      expect(run.code).toBe(1)
      expect(server.hits).toEqual(['/'])
      expect(run.errors[0]).toContain(
        '  5. credentials URI (ALIBABA_CLOUD_CREDENTIALS_URI): no answer in time'
      )
    } finally {
      await server.close()
    }
  })

  it('a credentials URI that is not http(s) is a failed source, never fetched', async () => {
    const run = await runAction(inputs(), {
      env: { ...NO_ECS, ALIBABA_CLOUD_CREDENTIALS_URI: 'file:///etc/passwd' }
    })
    expect(run.code).toBe(1)
    expect(run.errors[0]).toContain(
      '  5. credentials URI (ALIBABA_CLOUD_CREDENTIALS_URI): not an http(s) URL\n'
    )
    expect(run.errors[0]).toContain(
      'Fix the first source that failed (credentials URI (ALIBABA_CLOUD_CREDENTIALS_URI): not an http(s) URL)'
    )
  })

  it('with nothing set up at all, the message asks for credentials', async () => {
    const run = await runAction(inputs(), { env: NO_ECS })
    expect(run.code).toBe(1)
    expect(run.errors[0]).toMatch(/^No credentials: no source gave any\. Tried, in order:\n/)
    expect(run.errors[0]).toMatch(
      /\nAdd credentials: role-to-assume and oidc-provider-arn for keyless GitHub OIDC \(the job needs permissions: id-token: write\), or access-key-id and access-key-secret from secrets\. Troubleshooting: \S+#nocredentials$/
    )
    expect(emu.count()).toBe(0)
  })
})

describe('profile files the chain does not read (through dist/index.js)', () => {
  const keysFile = `[default]\ntype = access_key\naccess_key_id = ${DEMO_ACCESS_KEY.accessKeyId}\naccess_key_secret = ${DEMO_ACCESS_KEY.accessKeySecret}\n`
  /** Long enough for a run; a run that hangs on a file is killed at it (code null). */
  const options = (env: Record<string, string>) => ({
    env: { ...NO_ECS, ...env },
    timeoutMs: 20_000
  })

  it('~/.aliyun/config.json as a FIFO is passed over: the next source registers, and the process exits', async () => {
    const home = tempHome()
    try {
      mkdirSync(join(home.home, '.aliyun'))
      execFileSync('mkfifo', [join(home.home, '.aliyun', 'config.json')])
      home.write('.alibabacloud/credentials', keysFile)
      const run = await runAction(inputs(), options(home.env))
      expectRegistered(run)
    } finally {
      home.remove()
    }
  })

  it.each([['a FIFO'], ['/dev/zero']])(
    'ALIBABA_CLOUD_CREDENTIALS_FILE naming %s: not read, NoCredentials says why, and the process exits',
    async what => {
      const home = tempHome()
      try {
        let file = '/dev/zero'
        if (what === 'a FIFO') {
          file = join(home.home, 'creds.fifo')
          execFileSync('mkfifo', [file])
        }
        const run = await runAction(
          inputs(),
          options({ ...home.env, ALIBABA_CLOUD_CREDENTIALS_FILE: file })
        )
        expect(run.code).toBe(1)
        expect(run.errors).toHaveLength(1)
        expect(run.errors[0]).toMatch(/^No credentials/)
        expect(run.errors[0]).toContain(`credentials file (${file}): not a regular file`)
      } finally {
        home.remove()
      }
    }
  )

  it('a profile file larger than 1 MiB is not read', async () => {
    const home = tempHome()
    try {
      const file = home.write('big.ini', keysFile + `; ${'x'.repeat(1024 * 1024)}\n`)
      const run = await runAction(
        inputs(),
        options({ ...home.env, ALIBABA_CLOUD_CREDENTIALS_FILE: file })
      )
      expect(run.code).toBe(1)
      expect(run.errors[0]).toContain(`credentials file (${file}): larger than 1 MiB`)
    } finally {
      home.remove()
    }
  })

  it('an External profile is refused with why, and ~/.aliyun/config.json is left byte for byte', async () => {
    const home = tempHome()
    try {
      const answer = JSON.stringify({
        mode: 'AK',
        access_key_id: DEMO_ACCESS_KEY.accessKeyId,
        access_key_secret: DEMO_ACCESS_KEY.accessKeySecret
      })
      const script = home.write('print-keys.sh', `#!/bin/sh\necho '${answer}'\n`)
      chmodSync(script, 0o700)
      const config = aliyunCliConfig([{ name: 'ext', mode: 'External', process_command: script }])
      const path = home.write('.aliyun/config.json', config)
      const run = await runAction(inputs(), options(home.env))
      expect(readFileSync(path, 'utf8')).toBe(config)
      expect(run.code).toBe(1)
      expect(run.errors[0]).toMatch(
        /mode External \(profile "ext"\) makes the library write the secret/
      )
      expect(emu.count('AddImage')).toBe(0)
    } finally {
      home.remove()
    }
  })
})

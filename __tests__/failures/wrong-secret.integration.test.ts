import { join } from 'node:path'
import { DEMO_ACCESS_KEY } from '../../emulator/emulator.mjs'
import { runAction } from '../../scripts/lib/run-action.mjs'
import { tempHome } from '../helpers/credential-sources.js'
import { keyInputs, useEmulator } from '../helpers/emulator-suite.js'

// A wrong AccessKey secret: the advice names the one place this run took the secret from
// (the input, the environment variable, or the default chain's profile file), never another.
// Through dist/index.js against the emulator, which checks signatures.

const emu = useEmulator()
const WRONG = 'not-the-secret-0000000000000'
const NO_ECS = { ALIBABA_CLOUD_ECS_METADATA_DISABLED: 'true' }
const { 'access-key-id': _id, 'access-key-secret': _secret, ...noKeys } = keyInputs('')
void _id
void _secret
const inputs = () => ({ ...noKeys, endpoint: emu.url })

async function wrongSecretAdvice(run: Awaited<ReturnType<typeof runAction>>): Promise<string> {
  expect(run.code).toBe(1)
  expect(run.errors).toHaveLength(1)
  expect(run.errors[0]).toContain('SignatureDoesNotMatch')
  expect(emu.images()).toHaveLength(0)
  return run.errors[0]
}

describe('a wrong secret: the advice names where it came from', () => {
  it('the access-key-secret input', async () => {
    const run = await runAction({
      ...inputs(),
      'access-key-id': DEMO_ACCESS_KEY.accessKeyId,
      'access-key-secret': WRONG
    })
    const message = await wrongSecretAdvice(run)
    expect(message).toContain(
      `Check the AccessKey secret in the access-key-secret input: it must be the secret of the AccessKey ${DEMO_ACCESS_KEY.accessKeyId}`
    )
    expect(message).not.toContain('ALIBABA_CLOUD_ACCESS_KEY_SECRET')
  })

  it('env ALIBABA_CLOUD_ACCESS_KEY_SECRET', async () => {
    const run = await runAction(inputs(), {
      env: {
        ALIBABA_CLOUD_ACCESS_KEY_ID: DEMO_ACCESS_KEY.accessKeyId,
        ALIBABA_CLOUD_ACCESS_KEY_SECRET: WRONG
      }
    })
    const message = await wrongSecretAdvice(run)
    expect(message).toContain(
      'Check the AccessKey secret in the environment variable ALIBABA_CLOUD_ACCESS_KEY_SECRET:'
    )
    expect(message).not.toContain('access-key-secret')
  })

  it('the default profile of ~/.alibabacloud/credentials', async () => {
    const home = tempHome()
    try {
      home.write(
        '.alibabacloud/credentials',
        `[default]\ntype = access_key\naccess_key_id = ${DEMO_ACCESS_KEY.accessKeyId}\naccess_key_secret = ${WRONG}\n`
      )
      const run = await runAction(inputs(), { env: { ...NO_ECS, ...home.env } })
      const message = await wrongSecretAdvice(run)
      const file = join(home.home, '.alibabacloud', 'credentials')
      expect(message).toContain(
        `Check the AccessKey secret in profile "default" of ${file}: it must be the secret of the AccessKey ${DEMO_ACCESS_KEY.accessKeyId}`
      )
      expect(message).not.toContain('access-key-secret')
      expect(message).not.toContain('ALIBABA_CLOUD_ACCESS_KEY_SECRET')
      expect(message).not.toContain(WRONG)
    } finally {
      home.remove()
    }
  })
})

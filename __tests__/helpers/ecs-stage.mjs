/* global fetch, AbortSignal */
// Runs inside a network namespace of its own (see ecs-metadata.integration.test.ts), where
// 100.100.100.200 is a local address: starts the emulator on 127.0.0.1 and the metadata
// stand-in on 100.100.100.200:80, runs dist/index.js against them, prints one JSON line with
// what happened, and closes everything.
//   node ecs-stage.mjs '<json: { role?: string, env?: Record<string, string> }>'
import { startEmulator, DEMO_OIDC, STS_VERSION } from '../../emulator/emulator.mjs'
import { startMetadataServer } from './metadata-server.mjs'
import { runAction } from '../../scripts/lib/run-action.mjs'

const args = JSON.parse(process.argv[2] ?? '{}')
const emu = await startEmulator()
let metadata
try {
  // As @alicloud/credentials sends it: the action in the query, the parameters in the body.
  const stsQuery = new URLSearchParams({
    Action: 'AssumeRoleWithOIDC',
    Version: STS_VERSION,
    Format: 'JSON',
    Timestamp: new Date().toISOString().replace(/\.\d{3}Z$/, 'Z')
  })
  // Temporary credentials the emulator accepts, as the instance's role would have.
  const res = await fetch(`${emu.url}/?${stsQuery}`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      RoleArn: DEMO_OIDC.roleArn,
      OIDCProviderArn: DEMO_OIDC.providerArn,
      OIDCToken: emu.issueIdToken({ audience: DEMO_OIDC.audience }),
      RoleSessionName: 'ecs-instance',
      DurationSeconds: '900'
    }).toString(),
    signal: AbortSignal.timeout(10_000)
  })
  const { Credentials: credentials } = await res.json()
  metadata = await startMetadataServer({ host: '100.100.100.200', role: args.role, credentials })
  const run = await runAction(
    {
      region: 'cn-hangzhou',
      endpoint: emu.url,
      name: 'solver',
      'registry-url': 'registry.cn-hangzhou.aliyuncs.com/hpc/solver:v1.2.3',
      'request-timeout-seconds': '5'
    },
    { env: args.env ?? {}, timeoutMs: 30_000 }
  )
  process.stdout.write(
    `${JSON.stringify({
      run,
      credentials,
      metadataTokens: [...metadata.tokens],
      metadataRequests: metadata.requests,
      emulatorRequests: emu.requests
        .filter(r => r.service === 'ehpc')
        .map(r => ({
          action: r.action,
          accessKeyId: r.accessKeyId,
          securityToken: r.securityToken
        })),
      images: emu.images().map(i => i.ImageId)
    })}\n`
  )
} finally {
  await metadata?.close()
  await emu.close()
}

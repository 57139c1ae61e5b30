import { HttpClient } from '@actions/http-client'
import { BearerCredentialHandler } from '@actions/http-client/lib/auth'
import { IdTokenAnswerError } from './id-token-error.js'

/**
 * The request core.getIDToken makes (GET ACTIONS_ID_TOKEN_REQUEST_URL&audience=…, the job's
 * request token as a bearer, the token under `value` in the JSON answer), with the same client,
 * @actions/http-client, set up otherwise. core.getIDToken's client follows redirects and
 * retries on its own (10 times): on a redirect to another host the client drops
 * Authorization, then its bearer handler adds it back, so that host receives the request
 * token; and its retries run under ours (max-attempts). Here redirects are not followed and
 * the client does not retry: one HTTP request per attempt, to the host the runner named.
 * Thrown errors carry `statusCode` (and `redirectHost` for a redirect) for
 * src/credentials/github-oidc-token.ts to explain.
 */

export interface IdTokenRequestEnv {
  ACTIONS_ID_TOKEN_REQUEST_URL?: string
  ACTIONS_ID_TOKEN_REQUEST_TOKEN?: string
}

/** `mask` gets the token the moment it is read, before any other line (the debug log's included). */
export async function requestIdToken(
  audience: string,
  env: IdTokenRequestEnv,
  mask: (secret: string) => void
): Promise<string> {
  const url = env.ACTIONS_ID_TOKEN_REQUEST_URL
  const requestToken = env.ACTIONS_ID_TOKEN_REQUEST_TOKEN
  if (!url || !requestToken) throw new Error('ACTIONS_ID_TOKEN_REQUEST_URL or _TOKEN is not set')
  const client = new HttpClient(
    'actions/oidc-client',
    [new BearerCredentialHandler(requestToken)],
    { allowRedirects: false, allowRetries: false, maxRetries: 0 }
  )
  const target = audience ? `${url}&audience=${encodeURIComponent(audience)}` : url
  try {
    const response = await client.get(target, { Accept: 'application/json' })
    const status = response.message.statusCode ?? 0
    if (status >= 300 && status < 400) {
      response.message.resume()
      throw new IdTokenAnswerError(
        `redirect (HTTP ${status})`,
        status,
        redirectHost(response.message.headers.location, target)
      )
    }
    const body = await response.readBody()
    if (status !== 200) throw new IdTokenAnswerError(`HTTP ${status}`, status)
    let value: unknown
    try {
      value = (JSON.parse(body) as { value?: unknown } | null)?.value
    } catch {
      value = undefined
    }
    if (typeof value !== 'string' || !value) {
      throw new Error('Response json body do not have ID Token field')
    }
    mask(value)
    return value
  } finally {
    client.dispose()
  }
}

function redirectHost(location: string | undefined, base: string): string | undefined {
  if (!location) return undefined
  try {
    return new URL(location, base).host || undefined
  } catch {
    return undefined
  }
}

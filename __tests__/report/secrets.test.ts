import { SecretRegistry } from '../../src/report/secrets.js'

describe('SecretRegistry', () => {
  it('announces each secret as it is added', () => {
    const announced: string[] = []
    const secrets = new SecretRegistry(s => announced.push(s))
    secrets.add('first-secret')
    secrets.add('')
    secrets.add('second/secret+=')
    expect(announced).toEqual(['first-secret', 'second/secret+='])
  })

  it.each([
    ['raw', (s: string) => s],
    ['URL-encoded', (s: string) => encodeURIComponent(s)],
    ['JSON-escaped', (s: string) => JSON.stringify(s).slice(1, -1)],
    [
      'JSON-escaped then URL-encoded',
      (s: string) => encodeURIComponent(JSON.stringify(s).slice(1, -1))
    ],
    ['base64', (s: string) => Buffer.from(s).toString('base64')],
    ['base64url', (s: string) => Buffer.from(s).toString('base64url')]
  ])('redacts a %s secret from text', (_form, encode) => {
    const secret = 'p@ss/"word"+?'
    const secrets = new SecretRegistry(() => undefined)
    secrets.add(secret)
    const text = `server said: bad value ${encode(secret)} here`
    expect(secrets.redact(text)).toBe('server said: bad value *** here')
  })

  it('leaves text without secrets alone', () => {
    const secrets = new SecretRegistry(() => undefined)
    secrets.add('abcdef')
    expect(secrets.redact('nothing to see')).toBe('nothing to see')
  })
})

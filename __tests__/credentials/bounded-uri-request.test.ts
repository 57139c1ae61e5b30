import { boundedUriRequest } from '../../src/credentials/bounded-uri-request.js'
import { startOddServer, type OddServer } from '../helpers/odd-http-servers.js'

const request = (url: string) => ({ method: 'GET', headers: {}, toRequestURL: () => url })

describe('boundedUriRequest (the credentials URI request, bounded)', () => {
  let server: OddServer | undefined
  afterEach(async () => {
    await server?.close()
    server = undefined
  })

  it('a drip is given up at the bound, and the connection is closed', async () => {
    server = await startOddServer('drip')
    await expect(boundedUriRequest({ timeoutMs: 500 })(request(server.url))).rejects.toMatchObject({
      code: 'ETIMEOUT'
    })
    await server.answerClosed
  })

  it('an endless body is cut at the cap', async () => {
    server = await startOddServer('flood')
    await expect(
      boundedUriRequest({ timeoutMs: 30_000, maxBytes: 64 * 1024 })(request(server.url))
    ).rejects.toMatchObject({ code: 'ETOOLARGE', message: expect.stringContaining('64 KiB') })
    await server.answerClosed
  })
})

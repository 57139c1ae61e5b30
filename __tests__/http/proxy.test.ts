import http from 'node:http'
import net from 'node:net'
import { bypassed, openTunnel, proxyFor, routeThroughProxy } from '../../src/http/proxy.js'
import { startConnectProxy } from '../helpers/connect-proxy.js'
import type { Endpoint } from '../../src/http/endpoint.js'

describe('proxyFor', () => {
  const https: Endpoint = { host: 'ehpcinstant.cn-hangzhou.aliyuncs.com', protocol: 'https' }
  const plain: Endpoint = { host: '127.0.0.1:9000', protocol: 'http' }
  it.each<[string, Endpoint, Record<string, string>, string | undefined]>([
    ['HTTPS_PROXY for https', https, { HTTPS_PROXY: 'http://proxy:3128' }, 'proxy:3128'],
    [
      'https_proxy wins over HTTPS_PROXY',
      https,
      { https_proxy: 'http://lower:1', HTTPS_PROXY: 'http://upper:2' },
      'lower:1'
    ],
    ['HTTP_PROXY does not apply to https', https, { HTTP_PROXY: 'http://proxy:3128' }, undefined],
    ['http_proxy for http', plain, { http_proxy: 'proxy:8080' }, 'proxy:8080'],
    [
      'NO_PROXY domain suffix',
      https,
      { HTTPS_PROXY: 'http://p:1', NO_PROXY: 'aliyuncs.com' },
      undefined
    ],
    [
      'no_proxy leading dot',
      https,
      { HTTPS_PROXY: 'http://p:1', no_proxy: '.aliyuncs.com' },
      undefined
    ],
    ['NO_PROXY star', https, { HTTPS_PROXY: 'http://p:1', NO_PROXY: '*' }, undefined],
    [
      'NO_PROXY other host',
      https,
      { HTTPS_PROXY: 'http://p:1', NO_PROXY: 'example.com,localhost' },
      'p:1'
    ],
    [
      'NO_PROXY with matching port',
      plain,
      { HTTP_PROXY: 'http://p:1', NO_PROXY: '127.0.0.1:9000' },
      undefined
    ],
    [
      'NO_PROXY with other port',
      plain,
      { HTTP_PROXY: 'http://p:1', NO_PROXY: '127.0.0.1:9001' },
      'p:1'
    ]
  ])('%s', (_c, endpoint, env, expected) => {
    expect(proxyFor(endpoint, env)?.host).toBe(expected)
  })

  it('a proxy URL of another scheme (socks5://) is an error naming the variable', () => {
    expect(() => proxyFor(https, { HTTPS_PROXY: 'socks5://p:1' })).toThrow(
      /HTTPS_PROXY is a socks5:\/\/ proxy, which the action does not support/
    )
  })

  it('does not treat a suffix inside a label as a match', () => {
    expect(bypassed('notexample.com', 443, 'example.com')).toBe(false)
    expect(bypassed('api.example.com', 443, 'example.com')).toBe(true)
  })
})

describe('openTunnel', () => {
  let target: http.Server
  let port: number
  beforeAll(async () => {
    target = http.createServer((_req, res) => res.end('through'))
    await new Promise<void>(r => target.listen(0, '127.0.0.1', r))
    port = (target.address() as net.AddressInfo).port
  })
  afterAll(() => new Promise<void>(r => target.close(() => r())))

  it('opens a CONNECT tunnel, with Basic auth from the proxy URL', async () => {
    const proxy = await startConnectProxy()
    try {
      const url = new URL(proxy.url)
      url.username = 'user'
      url.password = 'p%40ss'
      const socket = await openTunnel(url, '127.0.0.1', port, 2000)
      const body = await new Promise<string>((resolve, reject) => {
        const req = http.request(
          { createConnection: () => socket, path: '/', host: '127.0.0.1' },
          res => {
            let data = ''
            res.on('data', c => (data += c))
            res.on('end', () => resolve(data))
          }
        )
        req.on('error', reject)
        req.end()
      })
      expect(body).toBe('through')
      expect(proxy.tunnels).toEqual([`127.0.0.1:${port}`])
      expect(proxy.authorizations).toEqual([`Basic ${Buffer.from('user:p@ss').toString('base64')}`])
    } finally {
      await proxy.close()
    }
  })

  it('fails with EPROXY when the proxy refuses', async () => {
    const proxy = await startConnectProxy({ refuse: true })
    try {
      await expect(openTunnel(new URL(proxy.url), '127.0.0.1', port, 2000)).rejects.toMatchObject({
        code: 'EPROXY'
      })
    } finally {
      await proxy.close()
    }
  })

  it('times out when the proxy never answers', async () => {
    const silent = net.createServer(() => undefined)
    const held: net.Socket[] = []
    silent.on('connection', s => held.push(s))
    await new Promise<void>(r => silent.listen(0, '127.0.0.1', r))
    const silentPort = (silent.address() as net.AddressInfo).port
    try {
      await expect(
        openTunnel(new URL(`http://127.0.0.1:${silentPort}`), '127.0.0.1', port, 200)
      ).rejects.toMatchObject({
        name: 'RequestTimeoutError'
      })
    } finally {
      held.forEach(s => s.destroy())
      await new Promise<void>(r => silent.close(() => r()))
    }
  })
})

describe('routeThroughProxy', () => {
  it('masks the proxy password and names routes without credentials', () => {
    const masked: string[] = []
    const routes = routeThroughProxy(
      [
        { host: 'ehpcinstant.unit-test.example.com', protocol: 'https' },
        { host: 'sts.unit-test.example.com', protocol: 'https' }
      ],
      {
        HTTPS_PROXY: 'http://user:p%40ss@proxy.internal:3128',
        NO_PROXY: 'sts.unit-test.example.com'
      },
      1000,
      s => masked.push(s)
    )
    expect(masked).toEqual(['p%40ss', 'p@ss'])
    expect(routes).toEqual(['ehpcinstant.unit-test.example.com via proxy proxy.internal:3128'])
  })
})

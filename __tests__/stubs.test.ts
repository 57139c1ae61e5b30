import TeaXml, { parseXmlDocument } from '../src/stubs/tea-xml.js'
import Credential, { Config } from '../src/stubs/credentials.js'
import { getExecOutput } from '../src/stubs/actions-exec.js'
import { ProxyAgent } from '../src/stubs/undici.js'
import { HttpClient } from '../src/stubs/actions-http-client.js'
import http from 'node:http'
import type { AddressInfo } from 'node:net'

describe('tea-xml stand-in', () => {
  it.each<[string, string, unknown]>([
    [
      'an Alibaba Cloud XML error',
      '<?xml version="1.0" encoding="UTF-8"?>\n<Error>\n  <RequestId>R-1</RequestId>\n  <HostId>ehpcinstant.aliyuncs.com</HostId>\n  <Code>Throttling.User</Code>\n  <Message>Request was denied &amp; throttled &lt;retry&gt;</Message>\n</Error>',
      {
        Error: {
          RequestId: 'R-1',
          HostId: 'ehpcinstant.aliyuncs.com',
          Code: 'Throttling.User',
          Message: 'Request was denied & throttled <retry>'
        }
      }
    ],
    [
      'nested elements and attributes',
      '<A x="1"><B><C>c</C></B><D/></A>',
      { A: { B: { C: 'c' }, D: '' } }
    ],
    ['numeric entities', '<M>&#65;&#x42;</M>', { M: 'AB' }],
    ['a comment', '<!-- hi --><E><Code>X</Code></E>', { E: { Code: 'X' } }],
    ['mismatched tags', '<A><B></A></B>', {}],
    ['an unclosed element', '<A><B>x</B>', {}],
    [
      'an HTML page',
      '<html><body><h1>502 Bad Gateway</h1></body></html>',
      { html: { body: { h1: '502 Bad Gateway' } } }
    ]
  ])('reads %s', (_c, xml, expected) => {
    expect(parseXmlDocument(xml)).toEqual(expected)
    expect(TeaXml.parseXml(xml, null)).toEqual(expected)
  })
})

describe('stand-ins for code the action never calls fail loudly', () => {
  it('@alicloud/credentials', () => {
    expect(() => new Credential()).toThrow(/not bundled/)
    expect(new Config({ type: 'access_key' })).toMatchObject({ type: 'access_key' })
  })
  it('@actions/exec', async () => {
    await expect(getExecOutput()).rejects.toThrow(/not bundled/)
  })
  it('undici', () => {
    expect(() => new ProxyAgent()).toThrow(/not bundled/)
  })
})

describe('@actions/http-client stand-in', () => {
  it('loads the real client on first use and returns its answer', async () => {
    const server = http.createServer((req, res) => {
      res.setHeader('content-type', 'application/json')
      res.end(JSON.stringify({ value: 'token', ua: req.headers['user-agent'] }))
    })
    await new Promise<void>(r => server.listen(0, '127.0.0.1', r))
    try {
      const { port } = server.address() as AddressInfo
      const client = new HttpClient('stub-test-agent')
      const res = await client.getJson<{ value: string; ua: string }>(`http://127.0.0.1:${port}/`)
      expect(res.statusCode).toBe(200)
      expect(res.result).toEqual({ value: 'token', ua: 'stub-test-agent' })
    } finally {
      await new Promise<void>(r => server.close(() => r()))
    }
  })
})

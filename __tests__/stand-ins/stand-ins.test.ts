import { jest } from '@jest/globals'
import RealTeaXmlModule from '@alicloud/tea-xml'
import TeaXml, { parseXmlDocument } from '../../src/stand-ins/tea-xml.js'
import Credential, { Config } from '../../src/stand-ins/credentials.js'
import { getExecOutput } from '../../src/stand-ins/actions-exec.js'
import { fetch as undiciFetch, ProxyAgent } from '../../src/stand-ins/undici.js'
import { createRequire } from 'node:module'

// The package is CommonJS with __esModule: under Node's ESM loader the class is on `default`.
const RealTeaXml = RealTeaXmlModule.default

const ALIBABA_ERROR =
  '<?xml version="1.0" encoding="UTF-8"?>\n<Error>\n  <RequestId>R-1</RequestId>\n  <HostId>ehpcinstant.aliyuncs.com</HostId>\n  <Code>Throttling.User</Code>\n  <Message><![CDATA[Request was denied & <throttled>]]></Message>\n  <Recommend><![CDATA[https://api.aliyun.com/troubleshoot?q=Throttling.User]]></Recommend>\n</Error>\n'

/** Documents the stand-in must read exactly as @alicloud/tea-xml (xml2js) does. */
const DOCUMENTS: [string, string][] = [
  ['an Alibaba Cloud XML error with CDATA', ALIBABA_ERROR],
  ['an empty document', ''],
  ['a blank document', ' \n '],
  ['a byte order mark', '\uFEFF<A>1</A>'],
  ['an empty element', '<A></A>'],
  ['a self-closing element', '<A/>'],
  ['whitespace-only text, kept', '<A> </A>'],
  ['text with its whitespace', '<A>  x  </A>'],
  ['CRLF in text', '<A>a\r\nb</A>'],
  ['CDATA with markup and entities, kept as written', '<A><![CDATA[<b>&amp;</b>]]></A>'],
  ['whitespace-only CDATA', '<A><![CDATA[ ]]></A>'],
  ['empty CDATA', '<A><![CDATA[]]></A>'],
  ['text and CDATA joined', '<A>a<![CDATA[b]]>c</A>'],
  ['CDATA next to a child', '<A><![CDATA[x]]><B/></A>'],
  ['"]]>" in text', '<A>]]></A>'],
  ['">" in text', '<A>x>y</A>'],
  ['XML entities', '<A>&lt;&gt;&amp;&quot;&apos;</A>'],
  ['entity names in upper case', '<A>&AMP;&LT;</A>'],
  ['numeric character references', '<A>&#65;&#x42;&#X43;&#0068;&#x1F600;</A>'],
  ['an unknown entity', '<A>&foo;</A>'],
  ['a bare ampersand', '<A>a & b</A>'],
  ['a reference to code point 0', '<A>&#0;</A>'],
  ['a reference to a surrogate', '<A>&#xD800;</A>'],
  ['a reference beyond Unicode', '<A>&#1114112;</A>'],
  ['an attribute on a text element', '<A x="1">t</A>'],
  ['an attribute on an empty element', '<A x="1"/>'],
  ['attributes with entities, both quotes', `<A x='a&amp;b' y="&lt;" z="<"/>`],
  ['whitespace in attribute values, kept', '<A x="a\tb\nc"/>'],
  ['whitespace around "="', '<A\n x = "1"\n/>'],
  ['a repeated attribute: the first wins', '<A x="1" x="2"/>'],
  ['an unquoted attribute', '<A x=1/>'],
  ['an attribute without a value', '<A x/>'],
  ['namespace prefixes and declarations, kept as names', '<a:b xmlns:a="u" b:c="2">1</a:b>'],
  ['a default namespace', '<A xmlns="u">1</A>'],
  ['attributes and children', '<A x="1"><B>b</B></A>'],
  ['attributes on a child', '<A><B x="1"/></A>'],
  ['a repeated element', '<A><B>1</B><B>2</B><B>3</B></A>'],
  ['a repeated empty element', '<A><B/><B/></A>'],
  ['a repeated element, one with an attribute', '<A><B x="1">t</B><B>u</B></A>'],
  ['a repeated element with children', '<A><B><C>1</C></B><B><C>2</C></B></A>'],
  ['a repeated element around another', '<A><B>1</B><C/><B>2</B></A>'],
  ['mixed content', '<A>hi<B>x</B>there</A>'],
  ['mixed content with trailing whitespace', '<A>a<B/>  </A>'],
  ['indentation between children, dropped', '<A>\n  <B>x</B>\n</A>'],
  [
    'a declaration, DOCTYPE and comments',
    '<?xml version="1.0"?>\n<!DOCTYPE A>\n<!-- c --><A>1<!-- d -->2</A>'
  ],
  ['a DOCTYPE with an internal subset', '<!DOCTYPE A [<!ELEMENT A (#PCDATA)>]><A>1</A>'],
  ['a processing instruction in content', '<A>1<?pi x?>2</A>'],
  ['an empty comment', '<A><!----></A>'],
  ['whitespace after "<" and in an end tag', '< A>1</A >'],
  ['text after the root, ignored', '<A/>x'],
  ['a second root, ignored', '<A>1</A><B>2</B>'],
  ['an HTML error page', '<html><body><h1>502 Bad Gateway</h1></body></html>'],
  ['mismatched tags', '<A><B></A></B>'],
  ['an unexpected end tag', '<A></B>'],
  ['an unclosed element', '<A><B>x</B>'],
  ['text before the root', 'x<A/>'],
  ['a name starting with a digit', '<1A/>'],
  ['only a comment', '<!-- nothing -->']
]

type Outcome = { value: unknown } | { throws: true }
function outcome(parse: () => unknown): Outcome {
  try {
    return { value: parse() }
  } catch {
    return { throws: true }
  }
}

describe('tea-xml stand-in reads what @alicloud/tea-xml reads', () => {
  it.each(DOCUMENTS)('%s', (_what, xml) => {
    const real = outcome(() => RealTeaXml.parseXml(xml, null))
    expect(outcome(() => TeaXml.parseXml(xml, null))).toStrictEqual(real)
    expect(outcome(() => parseXmlDocument(xml))).toStrictEqual(real)
  })

  it('gives the client the code, message and RequestId of an error', () => {
    expect(TeaXml.parseXml(ALIBABA_ERROR, null)).toEqual({
      Error: {
        RequestId: 'R-1',
        HostId: 'ehpcinstant.aliyuncs.com',
        Code: 'Throttling.User',
        Message: 'Request was denied & <throttled>',
        Recommend: 'https://api.aliyun.com/troubleshoot?q=Throttling.User'
      }
    })
  })

  it('keeps an element named like an Object.prototype member as an ordinary child', () => {
    expect(parseXmlDocument('<A><constructor>x</constructor><__proto__>y</__proto__></A>')).toEqual(
      {
        A: Object.defineProperty({ constructor: 'x' }, '__proto__', {
          value: 'y',
          enumerable: true
        })
      }
    )
  })

  it('throws on HTML entity names, which sax accepts (no service sends them)', () => {
    expect(RealTeaXml.parseXml('<A>&nbsp;</A>', null)).toEqual({ A: '\u00a0' })
    expect(() => parseXmlDocument('<A>&nbsp;</A>')).toThrow(/entity/)
  })

  it('refuses the typed cast it does not carry', () => {
    expect(() => TeaXml.parseXml('<A/>', {})).toThrow(/only parseXml\(body, null\)/)
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
  it('undici: a ProxyAgent can be made (@actions/github makes one as it loads), not used', async () => {
    const agent = new ProxyAgent()
    expect(() => agent.dispatch()).toThrow(/not bundled/)
    await expect(agent.request()).rejects.toThrow(/not bundled/)
    await expect(undiciFetch()).rejects.toThrow(/not bundled/)
  })
})

describe('the debug stand-in', () => {
  const require = createRequire(import.meta.url)
  type Logger = ((...args: unknown[]) => void) & { enabled: boolean; namespace: string }
  const standIn = require('../../src/stand-ins/debug.cjs') as ((ns: string) => Logger) & {
    default: (ns: string) => Logger
  }

  it('makes loggers that are off and write nothing to stderr, through the default export too', () => {
    const write = jest.spyOn(process.stderr, 'write')
    try {
      for (const make of [standIn, standIn.default]) {
        const log = make('httpx:body')
        expect(log.enabled).toBe(false)
        expect(log.namespace).toBe('httpx:body')
        expect(log('%s', 'Authorization: ACS3-HMAC-SHA256 secret')).toBeUndefined()
      }
      expect(write).not.toHaveBeenCalled()
    } finally {
      write.mockRestore()
    }
  })
})

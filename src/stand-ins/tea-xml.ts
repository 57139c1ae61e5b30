/**
 * Build-time stand-in for `@alicloud/tea-xml` (and the 200 KB of xml2js, sax and xmlbuilder
 * behind it), swapped in by scripts/build.mjs. @alicloud/openapi-client calls one function of
 * it, parseXml(body, null), on every error response sent as text/xml, and reads Code, Message
 * and RequestId from the result. This returns what the real one returns (xml2js with
 * explicitArray: false, everything else default):
 * - `{ Root: value }` for the root element; null for a document without one;
 * - an element with neither attributes nor child elements is its text: entities decoded,
 *   CDATA as written, whitespace kept; an empty element is '';
 * - any other element is an object: attributes under `$`, its text under `_` (left out when
 *   it is only whitespace and holds no CDATA), child elements by name, a repeated one as an
 *   array in document order;
 * - comments, processing instructions, a DOCTYPE and whatever follows the root are skipped;
 * - a document that is not well-formed throws.
 * It differs only on input no service sends: HTML entity names such as `&nbsp;` (which sax
 * also accepts) throw, and an element named like an Object.prototype member is an ordinary
 * child. __tests__/stubs.test.ts compares the two on a table of documents.
 */
export type XmlValue = string | XmlObject | XmlValue[]
export interface XmlObject {
  [name: string]: XmlValue
}

const XML_ENTITIES = new Map([
  ['amp', '&'],
  ['lt', '<'],
  ['gt', '>'],
  ['quot', '"'],
  ['apos', "'"]
])

const NAME = /[:A-Z_a-z\u00C0-\uFFFF][-.:\w\u00B7\u00C0-\uFFFF]*/y
const SPACE = /[ \t\r\n]*/y

function isXmlChar(c: number): boolean {
  return (
    c === 0x9 ||
    c === 0xa ||
    c === 0xd ||
    (c >= 0x20 && c <= 0xd7ff) ||
    (c >= 0xe000 && c <= 0xfffd) ||
    (c >= 0x10000 && c <= 0x10ffff)
  )
}

function entity(name: string): string {
  const named = XML_ENTITIES.get(name) ?? XML_ENTITIES.get(name.toLowerCase())
  if (named !== undefined) return named
  const m = /^#(?:[xX]0*([0-9a-fA-F]{1,6})|0*([0-9]{1,7}))$/.exec(name)
  const code = m ? parseInt(m[1] ?? m[2], m[1] ? 16 : 10) : NaN
  if (!isXmlChar(code)) throw new Error(`Invalid character entity &${name};`)
  return String.fromCodePoint(code)
}

function decode(text: string): string {
  return text.replace(/&([^;]*);?/g, (whole, name: string) => {
    if (!whole.endsWith(';') || !/^#?[-.:\w\u00B7\u00C0-\uFFFF]+$/.test(name)) {
      throw new Error('Invalid character in entity name')
    }
    return entity(name)
  })
}

interface Open {
  name: string
  attributes?: Record<string, string>
  children: XmlObject
  text: string
  cdata: boolean
}

/** Sets an own property (even "__proto__"); with `repeat`, a second value makes an array. */
function define<T>(target: Record<string, T | T[]>, name: string, value: T, repeat = false) {
  const old = repeat && Object.hasOwn(target, name) ? target[name] : undefined
  const next = old === undefined ? value : Array.isArray(old) ? [...old, value] : [old, value]
  Object.defineProperty(target, name, {
    value: next,
    enumerable: true,
    writable: true,
    configurable: true
  })
}

function close(e: Open): XmlValue {
  const keepText = e.cdata || /\S/.test(e.text)
  const node: XmlObject = {}
  if (keepText) node._ = e.text
  if (e.attributes) node.$ = e.attributes
  for (const [name, value] of Object.entries(e.children)) define(node, name, value)
  const keys = Object.keys(node)
  if (keys.length === 0) return e.text
  return keys.length === 1 && keepText ? e.text : node
}

/** Parses a document the way xml2js does with { explicitArray: false }; throws if malformed. */
export function parseXmlDocument(xml: string): XmlObject | null {
  const s = xml.replace(/^\uFEFF/, '')
  if (s.trim() === '') return null
  let i = 0
  const fail = (what: string): never => {
    throw new Error(`${what} at offset ${i}`)
  }
  const skipTo = (end: string): void => {
    const at = s.indexOf(end, i)
    if (at < 0) fail(`Unterminated ${s.slice(i, i + 4)}`)
    i = at + end.length
  }
  const read = (re: RegExp): string => {
    re.lastIndex = i
    const m = re.exec(s)
    i = re.lastIndex
    return m ? m[0] : ''
  }
  const name = (): string => read(NAME) || fail('Invalid tag or attribute name')

  const stack: Open[] = []
  /** Adds a closed element to its parent; returns the document when it was the root. */
  const finish = (e: Open): XmlObject | undefined => {
    const parent = stack.length ? stack[stack.length - 1].children : {}
    define(parent, e.name, close(e), true)
    return stack.length ? undefined : parent
  }
  for (;;) {
    if (i >= s.length) return stack.length ? fail('Unclosed root tag') : null
    if (s[i] !== '<') {
      const end = s.indexOf('<', i)
      const text = s.slice(i, end < 0 ? s.length : end)
      if (stack.length) stack[stack.length - 1].text += decode(text)
      else if (/\S/.test(text)) fail('Non-whitespace before first tag.')
      i += text.length
    } else if (s.startsWith('<!--', i)) {
      skipTo('-->')
    } else if (s.startsWith('<?', i)) {
      skipTo('?>')
    } else if (s.startsWith('<![CDATA[', i) && stack.length) {
      const start = i + 9
      skipTo(']]>')
      stack[stack.length - 1].text += s.slice(start, i - 3)
      stack[stack.length - 1].cdata = true
    } else if (s.startsWith('<!DOCTYPE', i) && !stack.length) {
      const subset = s.indexOf('[', i)
      const end = s.indexOf('>', i)
      if (subset >= 0 && subset < end) skipTo(']')
      skipTo('>')
    } else if (s.startsWith('</', i)) {
      i += 2
      const closing = name()
      read(SPACE)
      const top = stack.pop()
      if (s[i++] !== '>' || top?.name !== closing) fail('Unexpected close tag')
      const root = finish(top as Open)
      if (root) return root
    } else {
      i += 1
      read(SPACE)
      const open: Open = { name: name(), children: {}, text: '', cdata: false }
      for (;;) {
        const gap = read(SPACE)
        if (s.startsWith('/>', i) || s[i] === '>') break
        if (!gap) fail('Invalid attribute')
        const attr = name()
        read(SPACE)
        if (s[i++] !== '=') fail('Attribute without value')
        read(SPACE)
        const quote = s[i++]
        if (quote !== '"' && quote !== "'") fail('Unquoted attribute value')
        const end = s.indexOf(quote, i)
        if (end < 0) fail('Unterminated attribute value')
        open.attributes ??= {}
        // The first of two equal attribute names wins, as in sax.
        if (!Object.hasOwn(open.attributes, attr))
          define(open.attributes, attr, decode(s.slice(i, end)))
        i = end + 1
      }
      if (s[i] === '>') {
        i += 1
        stack.push(open)
      } else {
        i += 2
        const root = finish(open)
        if (root) return root
      }
    }
  }
}

export default class TeaXml {
  /** openapi-client passes null as `response`; the typed cast of the real one is not kept. */
  static parseXml(body: string, response: unknown): XmlObject | null {
    if (response !== null && response !== undefined) {
      throw new Error('@alicloud/tea-xml stand-in: only parseXml(body, null) is bundled')
    }
    return parseXmlDocument(String(body))
  }
}

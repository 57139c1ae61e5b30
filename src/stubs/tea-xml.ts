/**
 * Build-time stand-in for `@alicloud/tea-xml` (and the 200 KB of xml2js, sax and xmlbuilder
 * behind it), mapped in tsconfig.json "paths". @alicloud/openapi-client uses it for one
 * thing: reading an error body sent as text/xml, a flat <Error><Code>…</Code>…</Error>
 * document. This reads such documents; anything it cannot read becomes an empty object,
 * and the caller then reports the HTTP status without a code.
 */
type XmlValue = string | XmlObject
interface XmlObject {
  [name: string]: XmlValue
}

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" }

function decode(text: string): string {
  return text.replace(/&(lt|gt|amp|quot|apos|#\d+|#x[0-9a-f]+);/gi, (_m, e: string) =>
    e[0] === '#'
      ? String.fromCodePoint(
          e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1))
        )
      : ENTITIES[e.toLowerCase()]
  )
}

/** Parses elements and text; attributes, comments and processing instructions are skipped. */
export function parseXmlDocument(xml: string): XmlObject {
  const body = xml.replace(/<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>]*>/g, '')
  const root: XmlObject = {}
  const stack: { name: string; node: XmlObject; text: string; children: boolean }[] = [
    { name: '', node: root, text: '', children: true }
  ]
  const tag = /<(\/?)([A-Za-z_][\w.:-]*)[^>]*?(\/?)>|([^<]+)/g
  for (let m = tag.exec(body); m; m = tag.exec(body)) {
    const [, closing, name, selfClosing, text] = m
    const top = stack[stack.length - 1]
    if (text !== undefined) {
      top.text += text
    } else if (closing) {
      if (top.name !== name || stack.length === 1) return {}
      stack.pop()
      const parent = stack[stack.length - 1]
      parent.children = true
      parent.node[name] = top.children ? top.node : decode(top.text.trim())
    } else if (selfClosing) {
      top.children = true
      top.node[name] = ''
    } else {
      stack.push({ name, node: {}, text: '', children: false })
    }
  }
  return stack.length === 1 ? root : {}
}

export default class TeaXml {
  static parseXml(body: string, _response: unknown): XmlObject {
    return parseXmlDocument(String(body))
  }
}

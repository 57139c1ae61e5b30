/**
 * The action's own block in a GitHub Release body: one line naming the registered image,
 * between two HTML comments keyed by region, image name and type. Everything here is pure
 * text editing; nothing outside the block is ever changed.
 */
import { UNSAFE_CHARS } from '../text/unsafe.js'

/** What one block records. */
export interface ReleaseRecord {
  region: string
  name: string
  version: string
  type: string
  imageId: string
  replacedImageId?: string
}

/** GitHub refuses release bodies longer than this (HTTP 422). */
export const MAX_RELEASE_BODY_CHARS = 125_000

const TAG = 'ehpc-add-image'

/**
 * A key part as it may appear inside an HTML comment: percent-encoded, and with no `--`
 * and no trailing `-`, which end or break a comment in GitHub's Markdown.
 */
function keyPart(value: string): string {
  return encodeURIComponent(value).replace(/-(?=-)|-$/g, '%2D')
}

/** `region=… name=… type=…`, the same for every run that registers this image there. */
export function blockKey(r: Pick<ReleaseRecord, 'region' | 'name' | 'type'>): string {
  return `region=${keyPart(r.region)} name=${keyPart(r.name)} type=${keyPart(r.type)}`
}

function startMarker(key: string): string {
  return `<!-- ${TAG}:start ${key} -->`
}

function endMarker(key: string): string {
  return `<!-- ${TAG}:end ${key} -->`
}

/** A Markdown code span that holds `value` literally, on one line. */
function code(value: string): string {
  const text = value.replace(UNSAFE_CHARS, ' ')
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map(run => run.length))
  const fence = '`'.repeat(longest + 1)
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : ''
  return `${fence}${pad}${text}${pad}${fence}`
}

/** The block's one line: name, version, type, region, image id and the replaced id. */
export function recordLine(r: ReleaseRecord): string {
  const replaced = r.replacedImageId ? `, replacing ${code(r.replacedImageId)}` : ''
  return (
    `E-HPC Instant image ${code(r.name)} ${code(r.version)} (${code(r.type)}) ` +
    `in ${code(r.region)}: ${code(r.imageId)}${replaced}`
  )
}

/** The whole block, markers included, with `eol` between its lines and none after it. */
export function renderBlock(r: ReleaseRecord, eol = '\n'): string {
  const key = blockKey(r)
  return [startMarker(key), recordLine(r), endMarker(key)].join(eol)
}

interface Span {
  from: number
  to: number
}

/**
 * Where `marker` stands as a whole line at or after `from`, or -1. A marker only counts as
 * a line of its own: the record line starts with "E-HPC Instant image" and is one line, so
 * text in it (an image-version holding a marker, say) can never be taken for a marker.
 */
function markerLine(body: string, marker: string, from: number): number {
  for (let at = body.indexOf(marker, from); at >= 0; at = body.indexOf(marker, at + 1)) {
    const after = at + marker.length
    const ownLine =
      (at === 0 || body[at - 1] === '\n') &&
      (after === body.length || body[after] === '\n' || body.startsWith('\r\n', after))
    if (ownLine) return at
  }
  return -1
}

/**
 * Where the blocks keyed like `r` are: each start marker line with the first end marker line
 * after it. A start marker whose end was deleted is skipped (not paired with a later block's
 * end), so that the text after it is never taken for part of a block.
 */
export function findBlocks(
  body: string,
  r: Pick<ReleaseRecord, 'region' | 'name' | 'type'>
): Span[] {
  const key = blockKey(r)
  const start = startMarker(key)
  const end = endMarker(key)
  const spans: Span[] = []
  for (let at = markerLine(body, start, 0); at >= 0;) {
    const close = markerLine(body, end, at + start.length)
    if (close < 0) break
    const nextStart = markerLine(body, start, at + start.length)
    if (nextStart >= 0 && nextStart < close) {
      at = nextStart
      continue
    }
    spans.push({ from: at, to: close + end.length })
    at = markerLine(body, start, close + end.length)
  }
  return spans
}

/** The line break the body already uses: CRLF when it has any (bodies edited on github.com). */
function lineBreakOf(body: string): string {
  return body.includes('\r\n') ? '\r\n' : '\n'
}

/**
 * The body with this record's block in it: the block keyed like `r` replaced in place, or
 * appended after a blank line. Copies of the block beyond the first are removed (with the
 * blank line before them). Every other character stays as it was.
 */
export function upsertBlock(body: string | null | undefined, r: ReleaseRecord): string {
  const text = body ?? ''
  const eol = lineBreakOf(text)
  const block = renderBlock(r, eol)
  const spans = findBlocks(text, r)
  if (spans.length === 0) {
    if (text === '') return block
    const gap = text.endsWith(eol + eol) ? '' : text.endsWith(eol) ? eol : eol + eol
    return text + gap + block
  }
  let out = ''
  let pos = 0
  spans.forEach((span, i) => {
    let from = span.from
    if (i > 0 && text.slice(pos, from).endsWith(eol + eol)) from -= 2 * eol.length
    out += text.slice(pos, Math.max(pos, from)) + (i === 0 ? block : '')
    pos = span.to
  })
  return out + text.slice(pos)
}

/** True when the body holds this record's block exactly once, as this record renders it. */
export function holdsRecord(body: string | null | undefined, r: ReleaseRecord): boolean {
  const text = body ?? ''
  const spans = findBlocks(text, r)
  if (spans.length !== 1) return false
  const found = text.slice(spans[0].from, spans[0].to).replace(/\r\n/g, '\n')
  return found === renderBlock(r, '\n')
}

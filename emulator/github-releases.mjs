// The GitHub REST API's releases, as far as the action uses them, under GITHUB_API_PREFIX
// (the path GitHub Enterprise Server serves its API under):
//   GET   /repos/{owner}/{repo}/releases/tags/{tag}   a published release by tag (drafts: 404)
//   GET   /repos/{owner}/{repo}/releases?page&per_page newest first; drafts only with write access
//   GET   /repos/{owner}/{repo}/releases/{id}          drafts only with write access
//   PATCH /repos/{owner}/{repo}/releases/{id}          JSON {body}; needs contents: write
// Behaviour as documented at docs.github.com/rest/releases/releases: `Authorization: token
// <t>` or `Bearer <t>`, 401 "Bad credentials", 403 "Resource not accessible by integration",
// 422 for a body over 125,000 characters, X-GitHub-Request-Id on every answer.
import { randomBytes } from 'node:crypto'

export const GITHUB_API_PREFIX = '/api/v3'
export const MAX_RELEASE_BODY = 125_000
const DOCS = 'https://docs.github.com/rest/releases/releases'

/**
 * @typedef {{ id: number, tag_name: string, name: string | null, body: string | null,
 *   draft: boolean, prerelease: boolean, created_at: string }} StoredRelease
 * @typedef {{ status: number, body: unknown, headers?: Record<string, string> }} RestAnswer
 * @typedef {{ action: string, params: Record<string, string>,
 *   run: (ctx: { token: string | undefined, body: Buffer }) => RestAnswer }} RestRoute
 */

export class RestError extends Error {
  /**
   * @param {number} status
   * @param {string} message
   * @param {Record<string, unknown>} [extra] more fields of the error body
   * @param {Record<string, string>} [headers]
   */
  constructor(status, message, extra = {}, headers = {}) {
    super(message)
    this.status = status
    this.extra = extra
    this.headers = headers
  }
}

export function githubRequestId() {
  const hex = randomBytes(10).toString('hex').toUpperCase()
  return `${hex.slice(0, 4)}:${hex.slice(4, 10)}:${hex.slice(10)}`
}

/** @param {StoredRelease} r @param {string} base */
function view(r, base, repository) {
  return {
    url: `${base}/repos/${repository}/releases/${r.id}`,
    html_url: `https://github.com/${repository}/releases/${r.draft ? `tag/untagged-${r.id}` : `tag/${r.tag_name}`}`,
    id: r.id,
    tag_name: r.tag_name,
    name: r.name,
    body: r.body,
    draft: r.draft,
    prerelease: r.prerelease,
    created_at: r.created_at
  }
}

export class ReleaseStore {
  /**
   * @param {{ repository: string, apiToken: string, contents: 'write' | 'read' }} config
   */
  constructor(config) {
    this.config = config
    this.contents = config.contents
    /** @type {StoredRelease[]} */
    this.releases = []
    this.nextId = 170_000_001
    /** @type {Map<number, { edit: (body: string) => string, remaining: number }[]>} */
    this.races = new Map()
  }

  clear() {
    this.releases.length = 0
    this.races.clear()
    this.contents = this.config.contents
  }

  /** @param {Partial<StoredRelease>} partial */
  insert(partial) {
    if (typeof partial.tag_name !== 'string' || !partial.tag_name) {
      throw new TypeError('a release needs a tag_name')
    }
    /** @type {StoredRelease} */
    const r = {
      id: this.nextId++,
      tag_name: partial.tag_name,
      name: partial.name ?? partial.tag_name,
      body: partial.body ?? null,
      draft: partial.draft ?? false,
      prerelease: partial.prerelease ?? false,
      created_at: new Date().toISOString().replace(/\.\d+Z$/, 'Z')
    }
    this.releases.push(r)
    return r
  }

  /** @param {number} id */
  byId(id) {
    return this.releases.find(r => r.id === id)
  }

  /**
   * @param {number} id
   * @param {(body: string) => string} edit
   * @param {number} times
   */
  race(id, edit, times) {
    if (!this.byId(id)) throw new Error(`no release ${id}`)
    if (typeof edit !== 'function') throw new TypeError('edit must be a function')
    if (!(times >= 1)) throw new TypeError('times must be >= 1')
    const queue = this.races.get(id) ?? []
    queue.push({ edit, remaining: times })
    this.races.set(id, queue)
  }

  /**
   * Matches a request to a route; undefined when the path is none of ours.
   * @param {string} method
   * @param {string} path without GITHUB_API_PREFIX
   * @param {Record<string, string>} query
   * @param {string} base the API's base URL, for `url` fields and Link headers
   * @returns {RestRoute | undefined}
   */
  route(method, path, query, base) {
    const { repository } = this.config
    const m = /^\/repos\/([^/]+\/[^/]+)\/releases(?:\/(tags\/(.+)|\d+))?\/?$/.exec(path)
    if (!m) return undefined
    const [, repo, sub, rawTag] = m
    const known = repo === repository
    /**
     * @param {(write: boolean, ctx: { token: string | undefined, body: Buffer }) => RestAnswer} fn
     */
    const withAccess = fn => (/** @type {{ token: string | undefined, body: Buffer }} */ ctx) => {
      if (ctx.token !== this.config.apiToken) {
        throw new RestError(401, 'Bad credentials', {
          documentation_url: 'https://docs.github.com/rest'
        })
      }
      if (!known) throw notFound()
      return fn(this.contents === 'write', ctx)
    }
    if (sub === undefined) {
      if (method !== 'GET') return undefined
      const page = Math.max(1, Number(query.page) || 1)
      const perPage = Math.min(100, Math.max(1, Number(query.per_page) || 30))
      return {
        action: 'ListReleases',
        params: { page: String(page), per_page: String(perPage) },
        run: withAccess(write => {
          const visible = this.releases.filter(r => write || !r.draft).reverse()
          const slice = visible.slice((page - 1) * perPage, page * perPage)
          const last = Math.max(1, Math.ceil(visible.length / perPage))
          /** @type {Record<string, string>} */
          const headers = {}
          if (page < last) {
            headers.link = `<${base}/repos/${repository}/releases?per_page=${perPage}&page=${page + 1}>; rel="next", <${base}/repos/${repository}/releases?per_page=${perPage}&page=${last}>; rel="last"`
          }
          return { status: 200, body: slice.map(r => view(r, base, repository)), headers }
        })
      }
    }
    if (rawTag !== undefined) {
      if (method !== 'GET') return undefined
      const tag = decodeURIComponent(rawTag)
      return {
        action: 'GetReleaseByTag',
        params: { tag },
        run: withAccess(() => {
          const r = [...this.releases].reverse().find(x => !x.draft && x.tag_name === tag)
          if (!r) throw notFound()
          return { status: 200, body: view(r, base, repository) }
        })
      }
    }
    const id = Number(sub)
    if (method === 'GET') {
      return {
        action: 'GetRelease',
        params: { release_id: String(id) },
        run: withAccess(write => {
          const r = this.byId(id)
          if (!r || (r.draft && !write)) throw notFound()
          return { status: 200, body: view(r, base, repository) }
        })
      }
    }
    if (method === 'PATCH') {
      return {
        action: 'UpdateRelease',
        params: { release_id: String(id) },
        run: withAccess((write, ctx) => this.update(id, write, ctx, base))
      }
    }
    return undefined
  }

  /**
   * @param {number} id
   * @param {boolean} write
   * @param {{ body: Buffer }} ctx
   * @param {string} base
   * @returns {RestAnswer}
   */
  update(id, write, ctx, base) {
    const r = this.byId(id)
    if (!r || (r.draft && !write)) throw notFound()
    if (!write) {
      throw new RestError(
        403,
        'Resource not accessible by integration',
        { documentation_url: `${DOCS}#update-a-release` },
        { 'x-accepted-github-permissions': 'contents=write' }
      )
    }
    /** @type {unknown} */
    let json
    try {
      json = JSON.parse(ctx.body.toString('utf8') || '{}')
    } catch {
      throw new RestError(400, 'Problems parsing JSON', {
        documentation_url: `${DOCS}#update-a-release`
      })
    }
    const fields = /** @type {Record<string, unknown>} */ (json)
    if (typeof json !== 'object' || json === null) {
      throw new RestError(400, 'Problems parsing JSON', {
        documentation_url: `${DOCS}#update-a-release`
      })
    }
    if (fields.body !== undefined && fields.body !== null && typeof fields.body !== 'string') {
      throw new RestError(
        422,
        "Invalid request.\n\nFor 'properties/body', is not a string or null."
      )
    }
    if (typeof fields.body === 'string' && fields.body.length > MAX_RELEASE_BODY) {
      throw new RestError(422, 'Validation Failed', {
        errors: [
          {
            resource: 'Release',
            code: 'custom',
            field: 'body',
            message: `body is too long (maximum is ${MAX_RELEASE_BODY} characters)`
          }
        ],
        documentation_url: `${DOCS}#update-a-release`
      })
    }
    const before = r.body ?? ''
    if (fields.body !== undefined) r.body = /** @type {string | null} */ (fields.body)
    const answer = { status: 200, body: view(r, base, this.config.repository) }
    // Another writer that read the body before this update writes its copy right after it.
    const queue = this.races.get(id)
    const race = queue?.[0]
    if (queue && race) {
      race.remaining -= 1
      if (race.remaining <= 0) queue.shift()
      r.body = race.edit(before)
    }
    return answer
  }
}

function notFound() {
  return new RestError(404, 'Not Found', { documentation_url: DOCS })
}

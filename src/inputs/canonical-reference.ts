// Canonical forms of container image references, so that a reference the service hands back
// normalised compares equal to the one sent. The rules are Docker's own (distribution/reference,
// ParseNormalizedNamed): a first path component with no "." or ":" and other than "localhost" is
// not a host, such references live on Docker Hub, Docker Hub's one-component names are under
// "library/", and a reference with neither tag nor digest means ":latest".

const DOCKER_HUB = 'docker.io'
/** Names of Docker Hub's registry besides docker.io. */
const DOCKER_HUB_ALIASES = new Set(['index.docker.io', 'registry-1.docker.io'])

/**
 * `host/path:tag` or `host/path@digest`, with the host lower-cased, Docker Hub written as
 * docker.io/library/... where Docker puts it, and `:latest` where no tag or digest is given.
 * A digest pins the content, so with one the tag is dropped. Never throws: what does not
 * look like a reference comes back trimmed.
 */
export function canonicalReference(value: string): string {
  let rest = value.trim()
  if (rest === '' || /\s/.test(rest)) return rest
  let digest = ''
  const at = rest.indexOf('@')
  if (at >= 0) {
    digest = rest.slice(at + 1).toLowerCase()
    rest = rest.slice(0, at)
  }
  const slash = rest.indexOf('/')
  const first = slash < 0 ? '' : rest.slice(0, slash)
  const hasHost = first.includes('.') || first.includes(':') || first === 'localhost'
  let host = hasHost ? first.toLowerCase() : DOCKER_HUB
  let path = hasHost ? rest.slice(slash + 1) : rest
  if (DOCKER_HUB_ALIASES.has(host)) host = DOCKER_HUB
  let tag = ''
  const colon = path.lastIndexOf(':')
  if (colon >= 0 && !path.includes('/', colon)) {
    tag = path.slice(colon + 1)
    path = path.slice(0, colon)
  }
  if (path === '') return value.trim()
  if (host === DOCKER_HUB && !path.includes('/')) path = `library/${path}`
  if (digest) return `${host}/${path}@${digest}`
  return `${host}/${path}:${tag || 'latest'}`
}

/** Whether two references name the same image once both are in canonical form. */
export function sameReference(a: string | undefined, b: string | undefined): boolean {
  if (a === undefined || b === undefined) return a === b
  return canonicalReference(a) === canonicalReference(b)
}

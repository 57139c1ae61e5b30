/** A container image reference as pushed by docker/build-push-action. */
export interface ImageReference {
  host: string
  repository: string
  tag?: string
  digest?: string
}

const HOST_PART =
  /^(?:(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*|\[[0-9a-f:.]*:[0-9a-f:.]*\])(?::\d{1,5})?$/
const PATH_COMPONENT = /^[a-z0-9]+(?:(?:\.|_|__|-+)[a-z0-9]+)*$/
const TAG = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/
const DIGEST = /^sha256:[a-f0-9]{64}$/

/** Parses `host[:port]/path[:tag][@sha256:<64 hex>]`, or says in words what is wrong. */
export function parseImageReference(value: string): ImageReference | string {
  if (/\s/.test(value)) return 'it contains whitespace'
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(value)) return 'it has a scheme; remove the "https://" part'
  // user:password@host/... (never repeated: it holds a password).
  if (/^[^/]*@/.test(value)) {
    return 'it holds user info ("user:password@") before the host; give registry credentials in registry-username and registry-password instead'
  }
  let rest = value
  let digest: string | undefined
  const at = rest.indexOf('@')
  if (at >= 0) {
    digest = rest.slice(at + 1)
    rest = rest.slice(0, at)
    if (!DIGEST.test(digest)) return 'the digest after "@" must be sha256:<64 lower-case hex>'
  }
  const slash = rest.indexOf('/')
  if (slash < 0) return 'it has no registry host; write host/namespace/name[:tag]'
  const host = rest.slice(0, slash).toLowerCase()
  let path = rest.slice(slash + 1)
  if (
    !HOST_PART.test(host) ||
    !(host.includes('.') || host.includes(':') || host === 'localhost')
  ) {
    return `"${rest.slice(0, slash)}" is not a registry host (e.g. registry.cn-hangzhou.aliyuncs.com)`
  }
  let tag: string | undefined
  const colon = path.lastIndexOf(':')
  if (colon >= 0) {
    tag = path.slice(colon + 1)
    path = path.slice(0, colon)
    if (!TAG.test(tag)) return `the tag "${tag}" is not a valid tag`
  }
  if (path === '') return 'it has no repository path after the host'
  const components = path.split('/')
  if (components.some(c => c !== c.toLowerCase())) return 'the repository path must be lower-case'
  if (!components.every(c => PATH_COMPONENT.test(c))) {
    return `the repository path "${path}" has an invalid component`
  }
  return { host, repository: path, tag, digest }
}

/** Personal Edition: registry[-vpc|-intl|-intl-vpc].<region>.aliyuncs.com. */
const ACR_PERSONAL = /^registry(?:-vpc|-intl|-intl-vpc)?\.[a-z0-9-]+\.aliyuncs\.com$/
/** A Personal Edition instance's exclusive endpoint (instances created since 2024-09-09). */
const ACR_PERSONAL_INSTANCE = /^crpi-[a-z0-9]+(-vpc)?\.[a-z0-9-]+\.personal\.cr\.aliyuncs\.com$/

/** Enterprise Edition: `*.cr.aliyuncs.com`, except Personal Edition's `*.personal.cr.aliyuncs.com`. */
export function isAcrEnterpriseHost(host: string): boolean {
  const name = hostname(host)
  return name.endsWith('.cr.aliyuncs.com') && !name.endsWith('.personal.cr.aliyuncs.com')
}

export function isAcrHost(host: string): boolean {
  const name = hostname(host)
  return ACR_PERSONAL.test(name) || ACR_PERSONAL_INSTANCE.test(name) || isAcrEnterpriseHost(name)
}

/** A Personal Edition instance's public endpoint, `crpi-<id>.<region>.personal.cr.aliyuncs.com`. */
export function isPublicPersonalInstanceHost(host: string): boolean {
  const m = ACR_PERSONAL_INSTANCE.exec(hostname(host))
  return m !== null && m[1] === undefined
}

function hostname(host: string): string {
  return host.replace(/:\d+$/, '').toLowerCase()
}

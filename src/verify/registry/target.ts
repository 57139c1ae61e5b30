import type { ImageReference } from '../../inputs/image-reference.js'

/** Where and what the registry check asks: `HEAD <protocol>://<host>/v2/<repository>/manifests/<reference>`. */
export interface RegistryTarget {
  /** The host[:port] asked: the registry-url host, or its public twin for a VPC host. */
  host: string
  /** The registry-url host, when the check asks its public twin instead. */
  vpcHost?: string
  /** Plain HTTP for loopback hosts only, as Docker does. */
  protocol: 'http' | 'https'
  repository: string
  /** The digest when the reference has one (it is checked by its digest), else the tag. */
  reference: string
}

/** VPC hosts are not reachable from GitHub's runners: each has a public twin. */
const VPC_TWINS: [RegExp, string][] = [
  [/^registry-vpc\.([a-z0-9-]+)\.aliyuncs\.com$/, 'registry.$1.aliyuncs.com'],
  [/^registry-intl-vpc\.([a-z0-9-]+)\.aliyuncs\.com$/, 'registry-intl.$1.aliyuncs.com'],
  [
    /^(crpi-[a-z0-9]+)-vpc\.([a-z0-9-]+)\.personal\.cr\.aliyuncs\.com$/,
    '$1.$2.personal.cr.aliyuncs.com'
  ],
  [/^(.+)-registry-vpc\.([a-z0-9-]+)\.cr\.aliyuncs\.com$/, '$1-registry.$2.cr.aliyuncs.com']
]

/** The public host of a VPC registry host, or undefined when `host` is not a VPC host. */
export function publicTwin(host: string): string | undefined {
  const [name, port] = splitPort(host)
  for (const [vpc, twin] of VPC_TWINS) {
    if (vpc.test(name)) return name.replace(vpc, twin) + (port ? `:${port}` : '')
  }
  return undefined
}

export function isLoopbackHost(host: string): boolean {
  const [name] = splitPort(host)
  return name === 'localhost' || name === '[::1]' || /^127(?:\.\d{1,3}){3}$/.test(name)
}

export function registryTarget(ref: ImageReference): RegistryTarget {
  const twin = publicTwin(ref.host)
  // docker.io names Docker Hub; its registry API is served at registry-1.docker.io, and
  // one-component names live under library/.
  const hub = ref.host === 'docker.io' || ref.host === 'index.docker.io'
  const host = hub ? 'registry-1.docker.io' : (twin ?? ref.host)
  const repository =
    hub && !ref.repository.includes('/') ? `library/${ref.repository}` : ref.repository
  return {
    host,
    vpcHost: twin ? ref.host : undefined,
    protocol: isLoopbackHost(host) ? 'http' : 'https',
    repository,
    reference: ref.digest ?? ref.tag ?? 'latest'
  }
}

function splitPort(host: string): [string, string | undefined] {
  const m = /^(.*?)(?::(\d+))?$/.exec(host.toLowerCase()) as RegExpExecArray
  // An IPv6 literal keeps its brackets; its port follows them.
  if (m[1].startsWith('[') && !m[1].endsWith(']')) return [host.toLowerCase(), undefined]
  return [m[1], m[2]]
}

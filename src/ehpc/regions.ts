/**
 * The regions E-HPC Instant serves: those of the endpoint map in Alibaba Cloud's E-HPC
 * Instant SDK (aliyun/alibabacloud-typescript-sdk, ehpcinstant-20230701), each reached at
 * ehpcinstant.<region>.aliyuncs.com.
 */
export const EHPC_REGIONS: readonly string[] = [
  'cn-beijing',
  'cn-wulanchabu',
  'cn-hangzhou',
  'cn-shanghai',
  'cn-shenzhen',
  'cn-heyuan',
  'cn-guangzhou',
  'cn-chengdu',
  'cn-hongkong',
  'ap-southeast-1',
  'ap-southeast-3',
  'ap-southeast-5',
  'ap-northeast-1',
  'ap-northeast-2',
  'eu-central-1'
]

export function defaultEndpointHost(region: string): string {
  return `ehpcinstant.${region}.aliyuncs.com`
}

export function servesRegion(region: string): boolean {
  return EHPC_REGIONS.includes(region)
}

/** The served region closest to `region` (a typo, a missing digit), if one is close. */
export function closestRegion(region: string): string | undefined {
  let best: string | undefined
  let bestDistance = Infinity
  for (const candidate of EHPC_REGIONS) {
    const d = editDistance(region, candidate)
    if (d < bestDistance) {
      best = candidate
      bestDistance = d
    }
  }
  return bestDistance <= 3 ? best : undefined
}

/** Levenshtein distance; the strings are region ids, a few dozen characters at most. */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(
        previous[j] + 1,
        current[j - 1] + 1,
        previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1)
      )
    }
    previous = current
  }
  return previous[b.length]
}

const ACR_REGION = [
  // Personal Edition: registry[-vpc|-intl|-intl-vpc].<region>.aliyuncs.com
  /^registry(?:-vpc|-intl|-intl-vpc)?\.([a-z0-9-]+)\.aliyuncs\.com$/,
  // A Personal Edition instance: crpi-<id>[-vpc].<region>.personal.cr.aliyuncs.com
  /^crpi-[a-z0-9]+(?:-vpc)?\.([a-z0-9-]+)\.personal\.cr\.aliyuncs\.com$/,
  // Enterprise Edition: <instance>-registry[-vpc].<region>.cr.aliyuncs.com
  /\.([a-z]{2,}(?:-[a-z0-9]+)+)\.cr\.aliyuncs\.com$/
]

/** The region in a Container Registry host name, if it names one. */
export function acrRegionOf(host: string): string | undefined {
  const name = host.replace(/:\d+$/, '').toLowerCase()
  for (const pattern of ACR_REGION) {
    const m = pattern.exec(name)
    if (m) return m[1]
  }
  return undefined
}

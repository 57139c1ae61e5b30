// Type declarations for build.mjs (plain ESM JavaScript, run by Node without a build step).

export declare const STAND_INS: readonly {
  name: string
  stub: string
  brings: string[]
  /** The one module that may import the real package, into a lazily loaded chunk. */
  lazyImporter?: string
}[]
export declare const REQUIRED: readonly string[]
/** The parts of webpack's stats JSON the checks read. */
export interface BundleStats {
  chunks?: { id: number | string; initial?: boolean }[]
  modules?: BundleStatsModule[]
}
export interface BundleStatsModule {
  name?: string
  chunks?: (number | string)[]
  reasons?: { moduleName?: string | null }[]
  modules?: BundleStatsModule[]
}
export declare function bundleProblems(moduleNames: Iterable<string>, stats?: BundleStats): string[]
export declare function lazyPackageProblems(
  stats: BundleStats,
  pkg: string,
  importer: string
): string[]
export declare function moduleNames(stats: unknown): string[]

/** The folder of every package in the bundle (e.g. `node_modules/@actions/core`), sorted. */
export declare function packageFolders(moduleNames: string[]): string[]

/** The licence notices of these package folders: name@version, licence, licence file. */
export declare function licenseNotices(folders: string[], root?: string): string

/** ncc's --target: the code ncc writes itself (module factories as functions, compiled once). */
export declare const NCC_TARGET: string
/** What is wrong with one bundle file's code: arrow-function module factories. */
export declare function factoryProblems(file: string, text: string): string[]
/**
 * Bundles `entry` into `outDir` with ncc and the stand-ins, non-ASCII escaped; returns
 * webpack's stats and the code of each .js/.cjs file written, by file name. Checks nothing.
 */
export declare function nccBundle(options: {
  entry: string
  outDir: string
  work: string
  stdio?: unknown
}): { stats: unknown; code: Map<string, string> }

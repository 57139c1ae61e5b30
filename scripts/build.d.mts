// Type declarations for build.mjs (plain ESM JavaScript, run by Node without a build step).

export declare const STAND_INS: readonly { name: string; stub: string; brings: string[] }[]
export declare const REQUIRED: readonly string[]
export declare function bundleProblems(moduleNames: Iterable<string>): string[]
export declare function moduleNames(stats: unknown): string[]

/** The folder of every package in the bundle (e.g. `node_modules/@actions/core`), sorted. */
export declare function packageFolders(moduleNames: string[]): string[]

/** The licence notices of these package folders: name@version, licence, licence file. */
export declare function licenseNotices(folders: string[], root?: string): string

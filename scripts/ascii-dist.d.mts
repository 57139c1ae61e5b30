// Type declarations for ascii-dist.mjs (plain ESM JavaScript, run by Node without a build step).

/**
 * `source` with the non-ASCII code units of its comments, string literals and regular
 * expressions written as \uXXXX escapes; `left` counts those left as they were.
 */
export declare function escapeNonAscii(source: string): { text: string; left: number }

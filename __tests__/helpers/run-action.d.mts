export declare const ACTION_PATH: string
export declare const TAG_RUN_ENV: Record<string, string>
export declare function parseCommandFile(text: string): Record<string, string>
export interface ActionRun {
  code: number | null
  stdout: string
  stderr: string
  ms: number
  outputs: Record<string, string>
  outputFile: string
  envFile: string
  summary: string
  /** The messages of ::error:: lines (setFailed), unescaped. */
  errors: string[]
}
export declare function runAction(
  inputs: Record<string, string>,
  options?: { env?: Record<string, string | undefined>; timeoutMs?: number; cwd?: string }
): Promise<ActionRun>

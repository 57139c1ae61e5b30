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
  /** The messages of ::error lines (the failure), unescaped. */
  errors: string[]
  /** Every ::error / ::warning / ::notice line, with its title. */
  annotations: Annotation[]
}
export interface Annotation {
  kind: 'error' | 'warning' | 'notice'
  title?: string
  message: string
}
export declare function parseAnnotations(stdout: string): Annotation[]
export declare function runAction(
  inputs: Record<string, string>,
  options?: { env?: Record<string, string | undefined>; timeoutMs?: number; cwd?: string }
): Promise<ActionRun>

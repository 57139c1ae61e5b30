// What the release annotation needs of GitHub: the shape github-client.ts implements and
// annotate.ts uses, so that neither module imports the other.
import type { ApiError } from '../failures/errors.js'

export interface Release {
  id: number
  tagName: string
  draft: boolean
  /** '' when the release has none. */
  body: string
  htmlUrl?: string
}

/** The calls on the releases of one repository; each retries per the action's rules. */
export interface ReleasesApi {
  /** The published release of `tag`; undefined when there is none (404). */
  getByTag(tag: string): Promise<Release | undefined>
  /** One page of releases, newest first, drafts included. */
  list(page: number, perPage: number): Promise<Release[]>
  get(id: number): Promise<Release>
  /**
   * Sets the body to `bodyFor(attempt)`. Each retry asks for the body again: the one the
   * failed attempt sent may have been made from notes other writers changed since.
   * `bodyFor` returning undefined: nothing to write (the release already is as wanted);
   * update then sends nothing and returns undefined. Failing after an earlier attempt whose
   * outcome is unknown: an EarlierWriteUnknownError around the last failure.
   */
  update(
    id: number,
    bodyFor: (attempt: number) => Promise<string | undefined>
  ): Promise<Release | undefined>
  close(): void
}

/**
 * The update failed (`failure`: the last attempt's error, or why the retry's body could not
 * be made, such as the re-read's error), after an earlier attempt whose outcome is unknown
 * (a 502, a timeout): that attempt may have written the body.
 */
export class EarlierWriteUnknownError extends Error {
  constructor(
    readonly failure: unknown,
    /** The first attempt whose outcome is unknown, and its error. */
    readonly attempt: number,
    readonly unknown: ApiError
  ) {
    super(`UpdateRelease attempt ${attempt} may have been performed; then the update failed`)
    this.name = 'EarlierWriteUnknownError'
  }
}

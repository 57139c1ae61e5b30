// What the release annotation needs of GitHub: the shape github-client.ts implements and
// annotate.ts uses, so that neither module imports the other.

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
   */
  update(id: number, bodyFor: (attempt: number) => Promise<string>): Promise<Release>
  close(): void
}

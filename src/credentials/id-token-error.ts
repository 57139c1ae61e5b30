/** An answer of the token service that is not a token. */
export class IdTokenAnswerError extends Error {
  constructor(
    message: string,
    readonly statusCode: number,
    /** For a redirect: the host it points to (host only, a Location may carry a query). */
    readonly redirectHost?: string
  ) {
    super(message)
  }
}

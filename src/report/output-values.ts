/**
 * The shape a RequestId has: Alibaba Cloud's are UUIDs (`0FC4A1C7-421C-5EAB-9361-…`); the
 * pattern allows the letters, digits and separators any request id is made of, and nothing
 * a shell or an expression could act on (`$(…)`, backticks, quotes, spaces).
 */
const REQUEST_ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/

/**
 * The request-id output, or undefined with a warning when the server's value does not have
 * the shape of one: a later step may paste outputs into a shell.
 */
export function requestIdOutput(
  requestId: string | undefined,
  warn: (message: string) => void
): string | undefined {
  if (requestId === undefined || REQUEST_ID.test(requestId)) return requestId
  warn(
    `The RequestId the server answered (${JSON.stringify(requestId.slice(0, 80))}) is not of the shape of one (letters, digits, - . _ :), so the request-id output is left unset.`
  )
  return undefined
}

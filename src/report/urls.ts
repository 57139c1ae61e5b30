/** URLs in text the action prints: a URL can hold a signed query, a token or user info. */

/** Removes every URL (scheme://… or a path with a query) from a text. */
export function stripUrls(text: string): string {
  return text
    .replace(/\b[a-z][a-z0-9+.-]*:\/\/\S*/gi, '<url>')
    .replace(/(^|\s)\/\S*\?\S*/g, '$1<url>')
}

/** `host[:port]` of an http(s) URL, which holds no secret (no user, path or query). */
export function httpHost(url: string): string | undefined {
  try {
    const parsed = new URL(url)
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.host : undefined
  } catch {
    return undefined
  }
}

/** A URL as given, with any user info (`user:password@`) shown as `***@`. */
export function withoutUserInfo(url: string): string {
  return url.replace(/^([^/]*\/\/)[^/?#]*@/, '$1***@')
}

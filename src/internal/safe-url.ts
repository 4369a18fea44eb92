/**
 * Returns the absolute URL for `value` when it is an `http:` or `https:` link, else `undefined`.
 * Relative URLs resolve against the document's base URL in a browser; on a server only absolute URLs pass.
 */
export function safeUrl(value: unknown): string | undefined {
  if (typeof value !== 'string' || !value.trim()) return undefined;
  try {
    const url = new URL(value.trim(), globalThis.document?.baseURI);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

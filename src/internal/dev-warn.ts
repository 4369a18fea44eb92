import { docsUrl } from './docs-url.js';

/** Codes already reported, keyed `tag:code` (or `tag:code:subject`): one console warning per element type and code (Lit's issueWarning idea). */
const issued = new Set<string>();

/**
 * Logs one developer warning per (tag, code) with a docs link. Never throws.
 * @param el - The element the warning is about (its tag name scopes the code).
 * @param code - A stable kebab-case code (`invalid-variant`) or an error code (`INVALID_PRODUCT`).
 * @param subject - When one code covers several things (`unknown-product-key`: each key), one warning per subject.
 */
export function devWarn(el: { localName: string }, code: string, message: string, subject?: string): void {
  const key = subject === undefined ? `${el.localName}:${code}` : `${el.localName}:${code}:${subject}`;
  if (issued.has(key)) return;
  issued.add(key);
  console.warn(`[${el.localName}] ${message} See ${docsUrl(code)}`);
}

/** @internal Tests only: forget which warnings were issued. */
export function resetDevWarnings(): void {
  issued.clear();
}

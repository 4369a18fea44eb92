import { docsUrl } from './docs-url.js';
import { DEV } from './dev.js';

/** Codes already reported, keyed `tag:code` (or `tag:code:subject`): one console warning per element type and code (Lit's issueWarning idea). */
const issued = new Set<string>();

/**
 * Logs one developer warning per (tag, code) with a docs link. Never throws.
 * @param el - The element the warning is about (its tag name scopes the code).
 * @param code - A stable kebab-case code (`invalid-variant`) or an error code (`INVALID_PRODUCT`).
 * @param message - The teaching text; call sites pass `DEV ? text : ''` so the production build keeps only the code
 *   and its documentation link (`[eco-footprint-badge] invalid-variant https://…/warnings.md#invalid-variant`).
 * @param subject - When one code covers several things (`unknown-product-key`: each key), one warning per subject.
 */
export function devWarn(el: { localName: string }, code: string, message: string, subject?: string): void {
  const key = subject === undefined ? `${el.localName}:${code}` : `${el.localName}:${code}:${subject}`;
  if (issued.has(key)) return;
  issued.add(key);
  console.warn(DEV && message ? `[${el.localName}] ${message} See ${docsUrl(code)}` : `[${el.localName}] ${code} ${docsUrl(code)}`);
}

/** @internal Tests only: forget which warnings were issued. */
export function resetDevWarnings(): void {
  issued.clear();
}

import type { PropertyValues } from 'lit';
import { EcoErrorEvent } from '../events/error.js';
import { devWarn } from './dev-warn.js';
import { DEV } from './dev.js';
import { describe, textOr, INPUT_LIMITS } from './coerce.js';

type Host = HTMLElement & { experiment: string };

/**
 * Converter for an optional numeric data attribute: absent or blank → `undefined` (missing); anything else → a number,
 * `NaN` when it is not numeric (an error the engine reports, never a made-up figure).
 */
export const optionalNumber = {
  // a number attribute longer than 64 characters is not a number (and is not parsed)
  fromAttribute: (v: string | null): number | undefined => (v === null || v.trim() === '' ? undefined : v.length > 64 ? Number.NaN : Number(v.trim())),
  toAttribute: (v: number | undefined): string | null => (v === undefined ? null : String(v)),
};

/**
 * Reports an invalid presentation attribute (`variant="huge"`, `max="-1"`) that the element replaced by its default:
 * one console warning per element type and attribute (dev-warning code `invalid-<attribute>`), and `eco-error`
 * `{ code: 'INVALID_ATTRIBUTE', issues: [{ path: '<attribute>', message }] }` every time. Never throws, whatever the
 * value (it is described, never converted: no `String(value)` on a symbol, a revoked proxy or a throwing `toString`).
 * @param attr - The attribute's name, e.g. `min-saving`.
 * @param expected - What a valid value looks like, e.g. `one of compact, full`.
 * @param using - What is used instead, e.g. `"compact"` or `the world average`.
 */
export function reportInvalidAttribute(el: Host, attr: string, value: unknown, expected: string, using: string): void {
  const shown = typeof value === 'string' ? (value.length > 40 ? `${value.slice(0, 40)}…` : value) : typeof value === 'number' || typeof value === 'boolean' ? String(value) : describe(value);
  const message = `${attr}="${shown}" is invalid (expected ${expected}); using ${using}.`;
  devWarn(el, `invalid-${attr}`, DEV ? message : '');
  const experiment = textOr(el.experiment, INPUT_LIMITS.id);
  el.dispatchEvent(new EcoErrorEvent({ code: 'INVALID_ATTRIBUTE', message, issues: [{ path: attr, message: `Expected ${expected}` }], ...(experiment ? { experiment } : {}) }));
}

/**
 * When `key` changed to a value `valid` rejects: reports it (see {@link reportInvalidAttribute}) and sets the
 * property back to `fallback`. Call from `willUpdate`; the rest of the update sees the fallback.
 */
export function checkAttribute<T extends Host, K extends keyof T & string>(
  el: T, changed: PropertyValues, key: K, attr: string, valid: (v: T[K]) => boolean, expected: string, fallback: T[K],
): void {
  if (!changed.has(key)) return;
  let ok = false;
  try {
    ok = valid(el[key]);
  } catch {
    /* a value the check cannot even read (a revoked proxy): invalid */
  }
  if (ok) return;
  reportInvalidAttribute(el, attr, el[key], expected, describe(fallback));
  el[key] = fallback;
}

/** `checkAttribute` for an enumerated attribute: `values` is the exported `as const` array (default: its first value). */
export function checkEnum<T extends Host, K extends keyof T & string>(
  el: T, changed: PropertyValues, key: K, attr: string, values: readonly T[K][], fallback: T[K] = values[0]!,
): void {
  checkAttribute(el, changed, key, attr, (v) => values.includes(v), `one of ${values.join(', ')}`, fallback);
}

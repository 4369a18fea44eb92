/**
 * The input boundary's copies of callers' objects and arrays (see ./coerce.ts for the rules): apart from ./coerce.ts
 * so that the code every page loads (the provider, the base element) does not carry them; only the elements that read
 * objects (`.product`, `.seller`, `.pact`, candidates, carts, delivery options) import them.
 */
import { INPUT_LIMITS, bad, describe, good, type Coerced, type InputProblem } from './coerce.js';
import { DEV } from './dev.js';

/** The product fields the engine reads: the only ones copied from `.product` (and so the only ones in a cache key). */
export const PRODUCT_FIELDS: readonly string[] = ['id', 'name', 'category', 'price', 'currency', 'weightGrams', 'materials', 'originCountry', 'transport', 'packaging', 'use', 'declared', 'pact', 'condition', 'storageGB'];

/** A plain own-data-property assignment: `__proto__` and friends become ordinary keys, never a prototype. */
function put(o: Record<string, unknown>, k: string, v: unknown): void {
  Object.defineProperty(o, k, { value: v, enumerable: true, writable: true, configurable: true });
}

/**
 * A frozen-in-time copy of a caller's object (`.product`, `.seller`, `.pact`, a candidate): plain objects, arrays and
 * primitives only, read once, so getters run once and the engine never touches the caller's object. A throwing getter,
 * a revoked proxy, a cycle, a function or symbol value, or a bigint is `INVALID` (with the path of the field); more than
 * `maxValues` values or `maxChars` characters of text, deeper than {@link INPUT_LIMITS.objectDepth} or a string over `maxText` is `TOO_LARGE`. An array
 * over `maxArray` entries is cut to `maxArray + 1` entries, so the engine still reports its own limit on it.
 * With `fields`, only those top-level fields are read (the ones the engine uses), so other fields cost nothing.
 * Cost: at most `maxValues` steps, whatever the input. The problem's message says what was found in the development
 * build only (its code and path stay in the production build).
 */
export function snapshot(
  v: unknown,
  path: string,
  {
    maxValues = INPUT_LIMITS.objectValues,
    maxText = INPUT_LIMITS.text * 8,
    maxArray = 1_000,
    maxChars = 200_000,
    fields,
  }: { maxValues?: number; maxText?: number; maxArray?: number; maxChars?: number; fields?: readonly string[] } = {},
): Coerced<unknown> {
  let budget = maxValues;
  let chars = maxChars;
  const onPath = new Set<object>();
  let failure: Coerced<never> | undefined;
  const refuse = (code: InputProblem['code'], at: string, message: string): undefined => {
    failure ??= bad(code, at, message || code); // production: the code (the teaching text is development-only)
    return undefined;
  };
  const copy = (x: unknown, at: string, depth: number): unknown => {
    if (failure) return undefined;
    if (--budget < 0) return refuse('TOO_LARGE', path, DEV ? `More than ${maxValues} values in one object.` : '');
    switch (typeof x) {
      case 'string':
        if (x.length > maxText) return refuse('TOO_LARGE', at, DEV ? `At most ${maxText} characters, got ${x.length}.` : '');
        if ((chars -= x.length) < 0) return refuse('TOO_LARGE', path, DEV ? `More than ${maxChars} characters of text in one object.` : '');
        return x;
      case 'number':
      case 'boolean':
      case 'undefined':
        return x;
      case 'object':
        break;
      default:
        return refuse('INVALID', at, DEV ? `Expected plain data, got ${describe(x)}.` : '');
    }
    if (x === null) return null;
    if (depth > INPUT_LIMITS.objectDepth) return refuse('TOO_LARGE', at, DEV ? `Nested deeper than ${INPUT_LIMITS.objectDepth} levels.` : '');
    if (onPath.has(x)) return refuse('INVALID', at, DEV ? 'The object refers to itself (a cycle).' : '');
    onPath.add(x);
    try {
      if (Array.isArray(x)) {
        const n = Math.min(x.length, maxArray + 1);
        if (n > budget) return refuse('TOO_LARGE', at, DEV ? `More than ${maxValues} values in one object (${x.length} entries here).` : '');
        const out: unknown[] = [];
        for (let i = 0; i < n && !failure; i++) out.push(copy(x[i], `${at}.${i}`, depth + 1));
        return out;
      }
      const out: Record<string, unknown> = {};
      // at the top, only the fields the engine reads (when given): an unread field costs nothing and cannot fail
      const keys = depth === 0 && fields ? fields.filter((k) => Object.hasOwn(x, k) || k in x) : Object.keys(x);
      if (keys.length > budget) return refuse('TOO_LARGE', at, DEV ? `More than ${maxValues} values in one object (${keys.length} keys here).` : '');
      for (const k of keys) {
        if (failure) break;
        if (k.length > INPUT_LIMITS.key) return refuse('TOO_LARGE', at, DEV ? `A key longer than ${INPUT_LIMITS.key} characters.` : '');
        put(out, k, copy((x as Record<string, unknown>)[k], at ? `${at}.${k}` : k, depth + 1));
      }
      return out;
    } catch (e) {
      return refuse('INVALID', at, DEV ? `Could not be read (${e instanceof Error ? describe(e.message) : 'a throwing getter or a revoked proxy'}).` : '');
    } finally {
      onPath.delete(x);
    }
  };
  const out = copy(v, path, 0);
  return failure ?? good(out);
}

/**
 * The first `max` entries of a caller's array (a plain copy; entries are not copied), its length, and whether it is an
 * array at all. An array that cannot be read (a revoked proxy, a throwing index getter) counts as not an array;
 * entries past `max` are never touched.
 */
export function readArray(v: unknown, max: number): { isArray: boolean; length: number; items: unknown[] } {
  try {
    if (!Array.isArray(v)) return { isArray: false, length: 0, items: [] };
    const length = v.length;
    const items: unknown[] = [];
    for (let i = 0; i < Math.min(length, max); i++) items.push(v[i]);
    return { isArray: true, length, items };
  } catch {
    return { isArray: false, length: 0, items: [] };
  }
}

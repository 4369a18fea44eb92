/**
 * The one input boundary of the elements: every public property and attribute an element reads goes through one of
 * the total functions below, which never throw, whatever the JavaScript value (`null`, `undefined`, symbols, bigints,
 * `Object.create(null)`, revoked proxies, throwing getters or `toString`), and check sizes before any work.
 *
 * - A removed attribute (`null`) or an unset property (`undefined`) is *missing*: the engine fills it in and says so.
 * - A value of the wrong type is *invalid*: the element shows its neutral state and fires `eco-error` naming the field.
 * - A value over a limit of {@link INPUT_LIMITS} is `TOO_LARGE`: the same, found in microseconds (a length or a count
 *   is read, nothing is parsed).
 *
 * Copies of callers' objects and arrays (`snapshot`, `readArray`, `PRODUCT_FIELDS`) are in ./snapshot.ts: only the
 * elements that read objects need them (not the provider, nor a badge showing a precomputed result).
 */

/**
 * Largest inputs the elements accept (string lengths in UTF-16 code units, counts in entries). Checked before any work;
 * over a limit is `eco-error` `TOO_LARGE` and the neutral state. Far above any real shop's values.
 */
export const INPUT_LIMITS = Object.freeze({
  /** Identifiers: `product-id`, `seller-id`, a candidate's or delivery option's `id`, `experiment`. */
  id: 1_024,
  /** Free text: a product, seller or candidate `name`, a delivery option's `label`, an image or link URL. */
  text: 2_048,
  /** Dataset keys and codes: `category`, `sector`, `origin`, `currency`, `country`, `packaging-material`, `variant`… */
  key: 128,
  /** The `materials` attribute (at most `LIMITS.materials` entries of `material:share@recycled`). */
  materials: 4_096,
  /** A `locale` (a BCP 47 tag; real ones are under 40 characters). */
  locale: 64,
  /** The `factors-src` URL (a `data:` URL may carry a whole dataset: the dataset's own byte limit). */
  url: 2_000_000,
  /** Candidates `<eco-alternatives>` compares (each is estimated, about 0.1 ms each: more would block the page). */
  candidates: 250,
  /** Values (objects, arrays, strings, numbers) in one caller object: `.product`, `.pact`, `.seller`, `.parcel`, one candidate. */
  objectValues: 5_000,
  /** Nesting depth of one caller object. */
  objectDepth: 16,
  /** Bytes of a `factors-src` response (read before parsing; the bundled dataset is about 150 kB). */
  datasetBytes: 2_000_000,
  /** Top-level fields of a merchant dataset (`.factors` or a fetched one), counted before it is validated. */
  datasetKeys: 64,
  /**
   * Entries in each top-level field of a merchant dataset (categories, materials, grid…), counted before it is
   * validated; for a partial dataset, with the bundled dataset's entries it extends. Validation costs about 0.1 ms a
   * category on a loaded 2-core machine: this keeps one dataset's check to about 50 ms.
   */
  datasetEntries: 500,
});

/** What is wrong with one input: `code` is `INVALID` (wrong type or shape) or `TOO_LARGE`; `path` names the field. */
/** `TOO_LARGE` is reported as such; `INVALID` under the element's own code (`INVALID_PRODUCT`, `INVALID_SELLER`…). */
export type ProblemCode = 'INVALID' | 'TOO_LARGE';
export interface InputProblem {
  readonly code: ProblemCode;
  readonly path: string;
  readonly message: string;
}

export type Coerced<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly problem: InputProblem };

/** @internal */
export const good = <T>(value: T): Coerced<T> => ({ ok: true, value });
/** An input problem that is not over a limit (the element reports it under its own code, e.g. INVALID_PRODUCT). */
const UNREADABLE: InputProblem['code'] = 'INVALID';
/** @internal */
export const bad = (code: InputProblem['code'], path: string, message: string): Coerced<never> => ({ ok: false, problem: { code, path, message } });

/**
 * A short, safe description of any value for messages: never calls the value's own `toString`, never throws, at most
 * about 60 characters (a 10 MB string is cut, not copied).
 */
export function describe(v: unknown): string {
  try {
    switch (typeof v) {
      case 'string':
        return JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v);
      case 'number':
      case 'boolean':
      case 'undefined':
        return String(v);
      case 'bigint':
        return 'a bigint';
      case 'symbol':
        return 'a symbol';
      case 'function':
        return 'a function';
      default:
        return v === null ? 'null' : Array.isArray(v) ? 'an array' : 'an object';
    }
  } catch {
    return 'an unreadable value'; // a revoked proxy (Array.isArray throws on one)
  }
}

/**
 * A text input, trimmed. Missing (`null`, `undefined`) gives `''`; a string longer than `max` is `TOO_LARGE` (its
 * length is read, nothing else); any other type is `INVALID`.
 */
export function toText(v: unknown, max: number, path: string): Coerced<string> {
  if (v === null || v === undefined) return good('');
  if (typeof v !== 'string') return bad('INVALID', path, `Expected text, got ${describe(v)}.`);
  if (v.length > max) return bad('TOO_LARGE', path, `At most ${max} characters, got ${v.length}.`);
  return good(v.trim());
}

/** {@link toText} that gives `''` for anything unusable: for labels that only decorate (the A/B `experiment`). */
export function textOr(v: unknown, max: number): string {
  const r = toText(v, max, '');
  return r.ok ? r.value : '';
}

/**
 * An optional number. Missing (`null`, `undefined`) gives `undefined`; a number is kept as is (the engine judges its
 * range, `NaN` included); any other type gives `NaN`, which the engine reports as not a number.
 */
export function toNumber(v: unknown): number | undefined {
  if (v === null || v === undefined) return undefined;
  return typeof v === 'number' ? v : Number.NaN;
}

/** True when `v` is one of `values` (no conversion, so any value is safe). */
export function isOneOf<T>(v: unknown, values: readonly T[]): v is T {
  return values.includes(v as T);
}

/**
 * The cheap size check of a merchant dataset, before it is validated: at most {@link INPUT_LIMITS.datasetKeys}
 * top-level fields, and at most {@link INPUT_LIMITS.datasetEntries} entries in each (categories, materials, grid…):
 * key counts and lengths only, no walk (a partial dataset's entries count with those of `base`, the dataset it extends). An unreadable object (throwing getter, revoked proxy) is `INVALID`.
 * Deeper content is bounded by validation itself, which reads only the fields the schema names.
 */
export function checkDatasetSize(v: unknown, path: string, base?: object): InputProblem | undefined {
  try {
    if (typeof v !== 'object' || v === null) return undefined; // not an object: validation says so
    const keys = Object.keys(v);
    if (keys.length > INPUT_LIMITS.datasetKeys) return { code: 'TOO_LARGE', path, message: `More than ${INPUT_LIMITS.datasetKeys} top-level fields (${keys.length}).` };
    for (const k of keys) {
      const x = (v as Record<string, unknown>)[k];
      const count = (y: unknown) => (typeof y === 'string' ? y.length / 64 : typeof y !== 'object' || y === null ? 0 : Array.isArray(y) ? y.length : Object.keys(y).length);
      // a partial dataset is merged onto `base`: their entries count together
      const n = count(x) + (base && Object.hasOwn(base, k) && !Array.isArray(x) ? count((base as Record<string, unknown>)[k]) : 0);
      if (n > INPUT_LIMITS.datasetEntries) return { code: 'TOO_LARGE', path: path ? `${path}.${k}` : k, message: `More than ${INPUT_LIMITS.datasetEntries} entries.` };
    }
  } catch (e) {
    return { code: UNREADABLE, path, message: `Could not be read (${e instanceof Error ? describe(e.message) : 'a throwing getter or a revoked proxy'}).` };
  }
  return undefined;
}

// ─── Locales ───

/** Canonical tags by input, bounded: hostile pages cannot grow it past LOCALE_CACHE entries. */
const canonical = new Map<string, string | null>();
const LOCALE_CACHE = 256;
const LOCALE_SHAPE = /^[A-Za-z0-9]{1,8}(?:[-_][A-Za-z0-9]{1,8})*$/;

/**
 * A BCP 47 tag, canonicalised once (`de_ch` → `de-CH`): `''` for missing or blank, `null` for anything that is not a
 * usable tag (wrong type, over {@link INPUT_LIMITS.locale} characters, not BCP 47). Checked by its length and shape
 * before `Intl` sees it; the result is cached (bounded), so every `Intl` cache can be keyed by the canonical tag.
 */
export function canonicalLocale(v: unknown): string | null {
  if (v === null || v === undefined) return '';
  if (typeof v !== 'string' || v.length > INPUT_LIMITS.locale) return null;
  const hit = canonical.get(v);
  if (hit !== undefined) return hit;
  const tag = v.trim();
  let out: string | null;
  if (!tag) out = '';
  else if (!LOCALE_SHAPE.test(tag)) out = null;
  else {
    try {
      out = Intl.getCanonicalLocales(tag.replace(/_/g, '-'))[0] ?? null;
    } catch {
      out = null;
    }
  }
  if (canonical.size >= LOCALE_CACHE) canonical.clear();
  canonical.set(v, out);
  return out;
}

/** Sets a bounded-cache entry: a map over `max` entries is emptied first (hostile input cannot grow it). */
export function boundedSet<K, V>(map: Map<K, V>, key: K, value: V, max = 512): void {
  if (map.size >= max && !map.has(key)) map.clear();
  map.set(key, value);
}

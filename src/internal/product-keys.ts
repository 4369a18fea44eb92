import { devWarn } from './dev-warn.js';
import { DEV } from './dev.js';
import { PRODUCT_FIELDS } from './snapshot.js';

/**
 * Near-miss product keys. `ProductInput` stays open (merchants attach their own fields: `sku`, `url`, `image`…), so a
 * typo such as `weightGram` compiles and the engine ignores it. Where a product object enters an element (`.product`,
 * `.candidates`), a key that is not a known one but is one edit away from it (Damerau-Levenshtein ≤ 1 after lower-casing
 * and dropping `-`/`_`), or is (one edit from) an attribute's name for a property with another name (`origin` for
 * `originCountry`, `materail` for `materials`),
 * gets one developer warning per element type and key, naming the right key. `eco-nudge/engine` does not warn: it
 * writes nothing to the console (its callers are build scripts and servers as much as pages).
 */

/** Every key `ProductInput` reads: the fields the input boundary copies (one list, so the two cannot drift apart). */
const KNOWN = PRODUCT_FIELDS;
/** Keys matched by one edit only when at least this long: one edit turns too many short words (`url` → `use`, `ids`) into a short key. */
const MIN_FUZZY = 5;
/** Attribute (or attribute-style) names of the badge whose property in `ProductInput` is named otherwise. */
const RENAMED: Readonly<Record<string, string>> = {
  origin: 'originCountry',
  productid: 'id',
  declaredgrams: 'declared',
  material: 'materials',
  weight: 'weightGrams',
};

/** Verdicts already reached, keyed `extra|key`: a catalog of candidates repeats the same few keys. */
const judged = new Map<string, string | undefined>();

const norm = (k: string) => k.toLowerCase().replace(/[-_\s]/g, '');

/** Damerau-Levenshtein distance (optimal string alignment) when it is at most 1, else 2. */
function withinOne(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    // one substitution, or two neighbours swapped
    return a.slice(i + 1) === b.slice(i + 1) || (a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2));
  }
  const [long, short] = a.length > b.length ? [a, b] : [b, a];
  return long.slice(i + 1) === short.slice(i);
}

/** The known key `key` was probably meant as, or `undefined` when it is known or not close to one. */
export function suggestProductKey(key: string, extra: readonly string[] = []): string | undefined {
  if (KNOWN.includes(key) || extra.includes(key)) return undefined;
  const n = norm(key);
  if (RENAMED[n]) return RENAMED[n];
  const exact = KNOWN.find((k) => norm(k) === n);
  if (exact) return exact;
  const near = KNOWN.find((k) => k.length >= MIN_FUZZY && withinOne(norm(k), n));
  if (near) return near;
  // a typo of an attribute-style name: `materail` (material), `orgin` (origin)
  const alias = Object.keys(RENAMED).find((a) => a.length >= MIN_FUZZY && withinOne(a, n));
  return alias ? RENAMED[alias] : undefined;
}

/**
 * Warns (once per element type and key) about each key of `product` that looks like a misspelt known key.
 * Never throws; does nothing for a value that is not a plain object.
 * @param where - How the caller names the object in the message, e.g. `.product` or `.candidates[2]`.
 * @param extra - Further keys the caller reads (`url`, `image` for candidates).
 */
export function warnNearMissKeys(el: { localName: string }, product: unknown, where: string, extra: readonly string[] = []): void {
  let keys: string[];
  try {
    if (!product || typeof product !== 'object' || Array.isArray(product)) return;
    keys = Object.keys(product);
  } catch {
    return; // a hostile proxy (a revoked one throws even in Array.isArray)
  }
  for (const key of keys) {
    const cacheKey = `${extra.join()}|${key}`;
    let meant = judged.get(cacheKey);
    if (meant === undefined && !judged.has(cacheKey)) {
      if (judged.size > 1000) judged.clear(); // merchants' own keys are few; bound it anyway
      judged.set(cacheKey, (meant = suggestProductKey(key, extra)));
    }
    if (meant) devWarn(el, 'unknown-product-key', DEV ? `${where} has "${key}", which eco-nudge ignores: did you mean "${meant}"?` : '', key);
  }
}

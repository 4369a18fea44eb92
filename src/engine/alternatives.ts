/** Lower-carbon alternatives within a category. */
import { fail, guard, ok, tooMany, unwrap, type Result } from './result.js';
import { LIMITS } from './types.js';
import type { AlternativeResult, EstimateOptions, FootprintResult, ProductInput } from './types.js';
import { checkOptions, estimateParsed, parseProduct } from './footprint.js';
import { resolveDataset } from './dataset.js';
import { isNotLoaded } from './validate.js';

/**
 * True when the two estimates are far enough apart to claim the saving: each central value lies outside the
 * other's range (the alternative's high end is below the current central value, and its central value is
 * below the current low end).
 */
const apart = (current: FootprintResult, alt: FootprintResult) => alt.highGrams < current.co2eGrams && alt.co2eGrams < current.lowGrams;

const priceOf = (p: ProductInput) => (typeof p.price === 'number' && Number.isFinite(p.price) ? p.price : Infinity);

/**
 * Ranks the candidates of the same category that emit less than the product; never throws.
 *
 * @param product - The product the shopper is looking at.
 * @param candidates - Other products (at most `LIMITS.candidates`, 10,000); those of another category, not lower, or
 *   that cannot be estimated are left out.
 *   Each result's `id` is the candidate's `id`, else its `name`, else its index in `candidates`.
 * @param options - As for `estimateFootprint` (dataset, country, boundary).
 * @returns A new array sorted by `savedGrams` (largest first), then price (lowest first, missing last), then id; the
 *   caller's array is never reordered.
 * @example
 * safeRankAlternatives({ category: 'apparel.t-shirt' }, 'nope').ok //=> false
 */
export function safeRankAlternatives(product: ProductInput, candidates: readonly ProductInput[], options?: EstimateOptions): Result<AlternativeResult[]> {
  return guard(() => {
    if (!Array.isArray(candidates)) return fail('INVALID_ARGUMENT', 'candidates must be an array of products.', 'candidates');
    if (candidates.length > LIMITS.candidates)
      return tooMany('INVALID_ARGUMENT', 'candidates', candidates.length, 'candidates', 'Pass a shortlist of the same category.');
    const o = checkOptions(options);
    if (!o.ok) return o;
    const ds = resolveDataset(o.value.dataset);
    if (!ds.ok) return ds;
    const p = parseProduct(product, 'product');
    if (!p.ok) return p;
    const cur = estimateParsed(p.value, ds.value, o.value, 'product');
    if (!cur.ok) return cur;
    const current = cur.value;
    const out: AlternativeResult[] = [];
    let unchecked: Result<never> | undefined;
    candidates.forEach((c, i) => {
      if (unchecked || !c || typeof c !== 'object' || c.category !== p.value.category) return;
      const cp = parseProduct(c);
      // a candidate only the full validators can judge is not skipped silently: the caller loads them and asks again
      if (isNotLoaded(cp)) unchecked = cp as Result<never>;
      if (!cp.ok) return;
      const r = estimateParsed(cp.value, ds.value, o.value);
      if (isNotLoaded(r)) unchecked = r as Result<never>;
      if (!r.ok || !(r.value.co2eGrams < current.co2eGrams)) return;
      const savedGrams = current.co2eGrams - r.value.co2eGrams;
      out.push({
        id: typeof c.id === 'string' ? c.id : typeof c.name === 'string' ? c.name : String(i),
        product: c,
        footprint: r.value,
        savedGrams,
        savedShare: current.co2eGrams > 0 ? savedGrams / current.co2eGrams : 0,
        confident: apart(current, r.value),
      });
    });
    if (unchecked) return unchecked;
    out.sort((a, b) => b.savedGrams - a.savedGrams || priceOf(a.product) - priceOf(b.product) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    return ok(out);
  });
}

/**
 * Ranks the lower-carbon candidates of the product's category.
 *
 * @param product - The current product.
 * @param candidates - Products to compare (any categories; only the same category is kept).
 * @param options - As for `estimateFootprint`.
 * @returns Alternatives with `savedGrams` (g CO2e), `savedShare` (0–1) and `confident`, best saving first.
 * @throws {EcoError} `INVALID_PRODUCT` | `UNKNOWN_CATEGORY` | … for the product itself; `INVALID_ARGUMENT` (also for more than `LIMITS.candidates` candidates)
 * @example
 * rankAlternatives(tee, [organicTee, polyTee], { dataset }).map((a) => a.id) //=> ['organic-tee']
 */
export function rankAlternatives(product: ProductInput, candidates: readonly ProductInput[], options?: EstimateOptions): AlternativeResult[] {
  return unwrap(safeRankAlternatives(product, candidates, options));
}

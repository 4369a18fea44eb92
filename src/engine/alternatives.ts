/** Lower-carbon alternatives: same category, substitutes of the category's group, second-life products. */
import { DEV } from '../internal/dev.js';
import { fail, guard, ok, tooMany, unwrap, type Result } from './result.js';
import { LIMITS } from './types.js';
import type { AlternativeResult, Dataset, EstimateOptions, FootprintResult, ProductInput, SubstituteGroup } from './types.js';
import { checkOptions, estimateParsed, parseProduct } from './footprint.js';
import { resolveDataset } from './dataset.js';
import { isNotLoaded } from './validate.js';
import { pairedSaving, split } from './paired.js';

const priceOf = (p: ProductInput) => (typeof p.price === 'number' && Number.isFinite(p.price) ? p.price : Infinity);

/** The substitution group of a category, with its id (the first group that lists it), or undefined. */
function groupOf(ds: Dataset, category: string): [string, SubstituteGroup] | undefined {
  const groups = ds.substitutes?.groups;
  if (!groups) return undefined;
  for (const id of Object.keys(groups)) if (Object.hasOwn(groups[id]!.members, category)) return [id, groups[id]!];
  return undefined;
}

/** Kilograms (or litres, at the category's typical density) of a product: its mass, else its category's typical mass. */
const amountOf = (weightGrams: unknown, ds: Dataset, category: string) =>
  (typeof weightGrams === 'number' && weightGrams > 0 ? weightGrams : ds.categories[category]!.typical.weightGrams) / 1000;

const secondLife = (c: unknown) => c === 'refurbished' || c === 'used';

/**
 * The same product in another condition: same category, mass and materials, both estimated by the engine (a declared
 * figure is the maker's own). Their production is one estimate scaled by the condition's share, so an error in it is
 * the same error in both (src/engine/paired.ts, `twin`).
 */
const twins = (a: ProductInput, b: ProductInput, ra: FootprintResult, rb: FootprintResult): boolean =>
  a.category === b.category && (a.condition ?? 'new') !== (b.condition ?? 'new') && ra.method !== 'declared' && rb.method !== 'declared' &&
  a.weightGrams === b.weightGrams && JSON.stringify(a.materials ?? null) === JSON.stringify(b.materials ?? null);

/**
 * Ranks the candidates that emit less than the product; never throws.
 *
 * Candidates of the product's category are compared as they are. Candidates of another category of the same
 * substitution group (dataset `substitutes`, e.g. beef and a plant-based patty) are compared per the group's unit:
 * per kg or litre, the candidate's footprint per kg × the current product's mass; `substitute` says so. A refurbished
 * or used candidate of the category, offered for a new product, is labelled `substitute: { group: 'second-life' }`.
 * A category listed in `substitutes.none` (books) has no alternatives at all. Other categories are left out.
 *
 * The saving's own range (`savedLowGrams`–`savedHighGrams`) lets the factors the two estimates share cancel
 * (src/engine/paired.ts); `confident` when its low end is at least `paired.minShare` (10%) of the current figure and
 * visible once rounded.
 *
 * @param product - The product the shopper is looking at.
 * @param candidates - Other products (at most `LIMITS.candidates`, 10,000); those that are not comparable, not lower,
 *   or that cannot be estimated are left out.
 *   Each result's `id` is the candidate's `id`, else its `name`, else its index in `candidates`.
 * @param options - As for `estimateFootprint` (dataset, country, boundary).
 * @returns A new array sorted by `savedGrams` (largest first), then price (lowest first, missing last), then id; the
 *   caller's array is never reordered.
 * @example
 * safeRankAlternatives({ category: 'apparel.t-shirt' }, 'nope').ok //=> false
 */
export function safeRankAlternatives(product: ProductInput, candidates: readonly ProductInput[], options?: EstimateOptions): Result<AlternativeResult[]> {
  return guard(() => {
    if (!Array.isArray(candidates)) return fail('INVALID_ARGUMENT', DEV ? 'candidates must be an array of products.' : 'not an array', 'candidates');
    if (candidates.length > LIMITS.candidates)
      return tooMany('INVALID_ARGUMENT', 'candidates', candidates.length, 'candidates', DEV ? 'Pass a shortlist of the same category.' : '');
    const o = checkOptions(options);
    if (!o.ok) return o;
    const ds = resolveDataset(o.value.dataset);
    if (!ds.ok) return ds;
    const p = parseProduct(product, 'product');
    if (!p.ok) return p;
    const cur = estimateParsed(p.value, ds.value, o.value, 'product');
    if (!cur.ok) return cur;
    const current = cur.value;
    const data = ds.value;
    const category = p.value.category;
    if (data.substitutes?.none.includes(category)) return ok([]);
    const group = groupOf(data, category);
    const a = split(current, data, p.value.materials);
    const curAmount = group && group[1].unit !== 'item' ? amountOf(p.value.weightGrams, data, category) : 1;
    const out: AlternativeResult[] = [];
    let unchecked: Result<never> | undefined;
    candidates.forEach((c, i) => {
      if (unchecked || !c || typeof c !== 'object' || typeof c.category !== 'string') return;
      const same = c.category === category;
      const kind = same ? undefined : group?.[1].members[c.category];
      if (!same && (!kind || !Object.hasOwn(group![1].members, c.category))) return;
      const cp = parseProduct(c);
      // a candidate only the full validators can judge is not skipped silently: the caller loads them and asks again
      if (isNotLoaded(cp)) unchecked = cp as Result<never>;
      if (!cp.ok) return;
      const r = estimateParsed(cp.value, data, o.value);
      if (isNotLoaded(r)) unchecked = r as Result<never>;
      if (!r.ok) return;
      // per functional unit: the candidate's footprint per kg (litre) × the current product's amount
      const q = same ? 1 : group![1].unit === 'item' ? 1 : curAmount / amountOf(cp.value.weightGrams, data, c.category);
      if (!(q * r.value.co2eGrams < current.co2eGrams)) return;
      const twin = same && twins(p.value, cp.value, current, r.value) ? `twin:${category}` : '';
      const s = pairedSaving(twin ? split(current, data, p.value.materials, twin) : a, split(r.value, data, cp.value.materials, twin), q, data);
      const second = same && secondLife(cp.value.condition) && !secondLife(p.value.condition);
      const substitute = !same
        ? { group: group![0], kind: kind!, unit: group![1].unit }
        : second
          ? { group: 'second-life', kind: cp.value.condition as 'refurbished' | 'used', unit: 'item' as const }
          : undefined;
      const base = {
        id: typeof c.id === 'string' ? c.id : typeof c.name === 'string' ? c.name : String(i),
        product: c,
        footprint: r.value,
        savedGrams: s.saved,
        savedShare: current.co2eGrams > 0 ? s.saved / current.co2eGrams : 0,
        savedLowGrams: s.low,
        savedHighGrams: s.high,
        confident: s.confident,
      };
      out.push(substitute ? { ...base, substitute } : base);
    });
    if (unchecked) return unchecked;
    out.sort((a, b) => b.savedGrams - a.savedGrams || priceOf(a.product) - priceOf(b.product) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    return ok(out);
  });
}

/**
 * Ranks the lower-carbon alternatives of the product: same category, substitutes of its group, second-life products.
 *
 * @param product - The current product.
 * @param candidates - Products to compare (any categories; see {@link safeRankAlternatives} for which are kept).
 * @param options - As for `estimateFootprint`.
 * @returns Alternatives with `savedGrams` (g CO2e), `savedShare` (0–1), the saving's own range `savedLowGrams`–`savedHighGrams`,
 *   `confident`, and `substitute` for another category of the group or a second-life product; best saving first.
 * @throws {EcoError} `INVALID_PRODUCT` | `UNKNOWN_CATEGORY` | … for the product itself; `INVALID_ARGUMENT` (also for more than `LIMITS.candidates` candidates)
 * @example
 * rankAlternatives(tee, [organicTee, polyTee], { dataset }).map((a) => a.id) //=> ['organic-tee']
 */
export function rankAlternatives(product: ProductInput, candidates: readonly ProductInput[], options?: EstimateOptions): AlternativeResult[] {
  return unwrap(safeRankAlternatives(product, candidates, options));
}

/**
 * Paired savings: the range of `current − alternative` when the two estimates share factors.
 *
 * Each estimate's log-space spread σ_T (the engine's own: `highGrams = co2eGrams · e^σ_T`, whatever composes it) is
 * split stage by stage into terms, each with a key; two products draw the same value of a term when they have the
 * same key for it, and independent values otherwise:
 *
 * - **own** (key unique to the product; a twin's, see below): the part `1 − shared[method]` of the method's base
 *   spread (`ranges.method`: how far this product sits from its category's model), and every field filled in from the
 *   typical product except the use phase (mass, materials, transport, packaging: each product's own unknowns), each
 *   weighted by the share of the total it drives, as the single estimate weighs them. A declared figure is all own.
 * - **proxy** (key `proxy:<category>` when the category's benchmark or allowance is a proxy, else
 *   `proxy:<category>:<the proxy material factors its own materials use>`): the spread for the share resting on proxy
 *   figures. Two products share it only when they rest on the same proxy figures (a wool sweater's proxy wool factor
 *   is not a cotton sweater's); a partial overlap counts as none (the conservative side).
 * - **model** (key `level:<category>`): the rest: the part `shared[method]` of the base spread (the category's
 *   benchmark stages, material factors, allowance, grid, freight), the category's manufacturing allowance where
 *   materials are given, and the use-phase assumption.
 *
 * Σ σ² = σ_T², so one product alone gives exactly its single range. A **twin** (the same product in another
 * condition: same category, mass and materials; see alternatives.ts) shares the own term as well: a refurbished
 * laptop's saving is the manufacturing it avoids, and an error in that device's manufacturing estimate is the same
 * error in both. The saving D = A − q·B (q: the per-unit scale of a substitute, else 1) moves with each term by that
 * term's one-sided lognormal deviation, and the deviations add in quadrature (see `pairedSaving`). Every σ is a
 * half-width at the single ranges' nominal coverage, so the saving's range is read at that same coverage (the normal
 * quantile cancels out), whatever `ranges` says it is. Method, dev-set check and worked examples: docs/engine.md.
 */
import type { Dataset, FootprintResult, MaterialShareInput, Method, PairedModel } from './types.js';
import { sigma } from './shared.js';

/** Used when a dataset has no `paired` table (a merchant dataset built before it existed). */
export const DEFAULT_PAIRED: PairedModel = Object.freeze({ shared: Object.freeze({ declared: 0, activity: 0.5, spend: 0.5, category: 0.5 }), minShare: 0.1 });

/** @internal One estimate's spread split into keyed log-space half-widths (σ² add up to the single σ_T²). */
export interface Split {
  readonly grams: number;
  /** The model term (key `key`): shared by products of the same category. */
  readonly shared: number;
  /** The own term: this product's alone, or its twin's (key `ownKey`). */
  readonly own: number;
  /** The proxy term (key `proxyKey`). */
  readonly proxy: number;
  readonly key: string;
  readonly proxyKey: string;
  /** Key of the own term: '' (never shared) unless the caller pairs twins. */
  readonly ownKey: string;
}

/** True when the estimate's mass came from the category's typical retail pack (the engine's `packed` rule). */
const packed = (r: FootprintResult, ds: Dataset): boolean => {
  const c = Object.hasOwn(ds.categories, r.category) ? ds.categories[r.category] : undefined;
  return !!c && c.unit !== 'item' && c.typical.packSize !== undefined;
};

const own2Of = (r: FootprintResult, ds: Dataset, p: PairedModel, total2: number): number => {
  if (r.method === 'declared') return total2;
  const x = r.co2eGrams;
  const s = r.stages;
  const base = Math.min(sigma(ds.ranges.method[r.method as Method]), Math.sqrt(total2));
  const rho = Math.min(1, Math.max(0, p.shared[r.method] ?? 0));
  let v = (1 - rho) * base * base;
  const k = ds.ranges.filledIn;
  for (const f of r.filledIn) {
    const driven =
      f === 'weightGrams' ? x - s.use
      : f === 'materials' ? s.materials + s.manufacturing + s.endOfLife
      : f === 'transport' ? s.transport
      : f === 'packaging' ? s.packaging
      : 0; // use: the category's use assumption, shared
    // a mass filled from the category's typical retail pack has the pack's wider spread, as in the single estimate
    v += (driven / x) ** 2 * sigma(f === 'weightGrams' && packed(r, ds) ? (k.pack ?? k[f]) : k[f]) ** 2;
  }
  return Math.min(v, total2);
};

/**
 * The log-space spread the model term carries besides the proxy: the shared part of the base spread, the category's
 * allowance where materials are given (as the single estimate adds it) and the filled-in use phase.
 */
const model2Of = (r: FootprintResult, ds: Dataset, p: PairedModel): number => {
  if (r.method === 'declared') return 0;
  const x = r.co2eGrams;
  const base = sigma(ds.ranges.method[r.method as Method]);
  const rho = Math.min(1, Math.max(0, p.shared[r.method] ?? 0));
  let v = rho * base * base;
  if (r.method === 'activity' && !r.filledIn.includes('materials')) v += ((r.stages.manufacturing / x) * sigma(ds.ranges.method.category)) ** 2;
  if (r.filledIn.includes('use')) v += ((r.stages.use / x) * sigma(ds.ranges.filledIn.use)) ** 2;
  return v;
};

/**
 * Key of the proxy term: the category's when its benchmark or allowance is a proxy (every product of the category rests
 * on it), else the proxy material factors the product's own materials use (virgin or recycled, as given).
 */
function proxyKeyOf(r: FootprintResult, ds: Dataset, materials: readonly MaterialShareInput[] | undefined): string {
  const c = Object.hasOwn(ds.categories, r.category) ? ds.categories[r.category]! : undefined;
  if (!c || c.benchmark.proxy || c.manufacturing.proxy || !materials) return `proxy:${r.category}`;
  const keys: string[] = [];
  for (const m of materials) {
    const mat = Object.hasOwn(ds.materials, m.material) ? ds.materials[m.material]! : undefined;
    if (!mat) continue;
    const r2 = mat.recycled ? (m.recycledShare ?? 0) : 0;
    if (r2 < 1 && mat.virgin.proxy) keys.push(`${m.material}.virgin`);
    if (r2 > 0 && mat.recycled?.proxy) keys.push(`${m.material}.recycled`);
  }
  return `proxy:${r.category}:${keys.sort().join(':')}`;
}

/**
 * @internal Splits an estimate's range into its keyed terms (see the module header).
 * @param materials - The product's own materials, if it gave them (they key the proxy term).
 * @param twin - Key of the own term, shared with the product's twin ('' : its own).
 */
export function split(r: FootprintResult, ds: Dataset, materials?: readonly MaterialShareInput[], twin = ''): Split {
  const x = r.co2eGrams;
  if (!(x > 0)) return { grams: 0, shared: 0, own: 0, proxy: 0, key: '', proxyKey: '', ownKey: '' };
  const p = ds.paired ?? DEFAULT_PAIRED;
  const total = r.highGrams > x ? Math.log(r.highGrams / x) : 0;
  const total2 = total * total;
  const own2 = own2Of(r, ds, p, total2);
  const model2 = Math.min(model2Of(r, ds, p), total2 - own2);
  // what is left is the proxy term (and any spread a later σ composition adds: it stays with the proxy's key)
  const proxy2 = Math.max(0, total2 - own2 - model2);
  return { grams: x, shared: Math.sqrt(model2), own: Math.sqrt(own2), proxy: Math.sqrt(proxy2), key: `level:${r.category}`, proxyKey: proxyKeyOf(r, ds, materials), ownKey: twin };
}

/** Two significant figures: what a shopper is shown of a saving at most. */
const sig2 = (x: number): number => {
  if (x === 0 || !Number.isFinite(x)) return 0;
  const e = Math.floor(Math.log10(Math.abs(x))) - 1;
  return Math.round(x / 10 ** e) * 10 ** e;
};

/**
 * @internal The saving `a − q·b` and its own range; `confident` when the low end is at least `minShare` of `a` and the
 * range, rounded to two significant figures, is neither zero at its low end nor a single value.
 *
 * Each term moves the saving by its own one-sided deviation (lognormal, so a figure falls by `x·(1 − e^−σ)` and rises by
 * `x·(e^σ − 1)`): the low end takes, per term, the side that lowers the saving (the current product lower, the
 * alternative higher; for a shared key, the same draw for both: `D(±1) = A·e^(±σ_A) − B·e^(±σ_B)`), and the terms
 * add in quadrature. With one product alone this is exactly its single range.
 */
export function pairedSaving(a: Split, b: Split, q: number, ds: Dataset): { saved: number; low: number; high: number; confident: boolean } {
  const A = a.grams;
  const B = q * b.grams;
  const saved = A - B;
  let lo2 = 0;
  let hi2 = 0;
  const term = (sa: number, sb: number, same: boolean) => {
    if (same) {
      // one draw z = ±1 moves both products
      const plus = A * Math.exp(sa) - B * Math.exp(sb) - saved;
      const minus = A * Math.exp(-sa) - B * Math.exp(-sb) - saved;
      lo2 += Math.max(0, -plus, -minus) ** 2;
      hi2 += Math.max(0, plus, minus) ** 2;
    } else {
      lo2 += (A * (1 - Math.exp(-sa))) ** 2 + (B * (Math.exp(sb) - 1)) ** 2;
      hi2 += (A * (Math.exp(sa) - 1)) ** 2 + (B * (1 - Math.exp(-sb))) ** 2;
    }
  };
  term(a.own, b.own, a.ownKey !== '' && a.ownKey === b.ownKey);
  term(a.shared, b.shared, a.key === b.key);
  term(a.proxy, b.proxy, a.proxyKey === b.proxyKey);
  const low = saved - Math.sqrt(lo2);
  const high = saved + Math.sqrt(hi2);
  const min = (ds.paired ?? DEFAULT_PAIRED).minShare;
  const confident = A > 0 && low >= min * A && sig2(low) > 0 && sig2(low) !== sig2(high);
  return { saved, low, high, confident };
}

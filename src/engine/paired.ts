/**
 * Paired savings: the range of `current − alternative` when the two estimates share factors.
 *
 * Each estimate's log-space spread σ_T (the engine's own: `highGrams = co2eGrams · e^σ_T`, whatever composes it) is
 * split into two terms:
 *
 * - **own** (σ_O): what is this product's alone: the part `1 − shared[method]` of the method's base spread
 *   (`ranges.method`; how far this product sits from its category's model), and every field filled in from the
 *   typical product except the use phase (mass, materials, transport, packaging: each product's own unknowns), each
 *   weighted by the share of the total it drives, as the single estimate weighs them. A declared figure is all own.
 * - **shared** (σ_S, key `level:<category>`): the rest, σ_S² = σ_T² − σ_O²: the part `shared[method]` of the base
 *   spread (the category's benchmark stages, material factors, allowance, grid, freight), the use-phase assumption and
 *   proxy figures. Two products of the same category draw the same value of it; products of two categories do not.
 *
 * So σ_S² + σ_O² = σ_T². The saving D = A − q·B (q: the per-unit scale of a substitute, else 1) moves with each term
 * by that term's one-sided lognormal deviation, and the deviations add in quadrature (see `pairedSaving`): on a shared
 * key both products take the same draw, so what they share cancels except for its scaling of the saving itself. Every
 * σ is a half-width at the single ranges' nominal coverage, so the saving's range is read at that same coverage (the
 * normal quantile cancels out), whatever `ranges` says it is. Method and worked examples: docs/engine.md.
 */
import type { Dataset, FootprintResult, Method, PairedModel } from './types.js';
import { sigma } from './shared.js';

/** Used when a dataset has no `paired` table (a merchant dataset built before it existed). */
export const DEFAULT_PAIRED: PairedModel = Object.freeze({ shared: Object.freeze({ declared: 0, activity: 0.5, spend: 0.5, category: 0.5 }), minShare: 0.1 });

/** @internal One estimate's spread split into its shared and own log-space half-widths. */
export interface Split {
  readonly grams: number;
  readonly shared: number;
  readonly own: number;
  /** Key of the shared term: products with the same key draw the same value. */
  readonly key: string;
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

/** @internal Splits an estimate's range into its shared and own parts (see the module header). */
export function split(r: FootprintResult, ds: Dataset): Split {
  const x = r.co2eGrams;
  if (!(x > 0)) return { grams: 0, shared: 0, own: 0, key: '' };
  const total = r.highGrams > x ? Math.log(r.highGrams / x) : 0;
  const own2 = own2Of(r, ds, ds.paired ?? DEFAULT_PAIRED, total * total);
  return { grams: x, shared: Math.sqrt(Math.max(0, total * total - own2)), own: Math.sqrt(own2), key: `level:${r.category}` };
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
 * alternative higher; for a shared key, the same draw for both: `D(±1) = A·e^(±σ_SA) − B·e^(±σ_SB)`), and the terms
 * add in quadrature. With one product alone this is exactly its single range.
 */
export function pairedSaving(a: Split, b: Split, q: number, ds: Dataset): { saved: number; low: number; high: number; confident: boolean } {
  const A = a.grams;
  const B = q * b.grams;
  const saved = A - B;
  const down = (x: number, s: number) => x * (1 - Math.exp(-s));
  const up = (x: number, s: number) => x * (Math.exp(s) - 1);
  // own terms: independent
  let lo2 = down(A, a.own) ** 2 + up(B, b.own) ** 2;
  let hi2 = up(A, a.own) ** 2 + down(B, b.own) ** 2;
  if (a.key === b.key) {
    // one draw z = ±1 moves both products
    const plus = A * Math.exp(a.shared) - B * Math.exp(b.shared) - saved;
    const minus = A * Math.exp(-a.shared) - B * Math.exp(-b.shared) - saved;
    lo2 += Math.max(0, -plus, -minus) ** 2;
    hi2 += Math.max(0, plus, minus) ** 2;
  } else {
    lo2 += down(A, a.shared) ** 2 + up(B, b.shared) ** 2;
    hi2 += up(A, a.shared) ** 2 + down(B, b.shared) ** 2;
  }
  const low = saved - Math.sqrt(lo2);
  const high = saved + Math.sqrt(hi2);
  const min = (ds.paired ?? DEFAULT_PAIRED).minShare;
  const confident = A > 0 && low >= min * A && sig2(low) > 0 && sig2(low) !== sig2(high);
  return { saved, low, high, confident };
}

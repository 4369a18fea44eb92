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
import type { Dataset } from './types.js';
import { DEFAULT_PAIRED, type Split } from './paired-split.js';

export { DEFAULT_PAIRED, split, type Split } from './paired-split.js';

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

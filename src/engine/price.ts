/**
 * How a listed price enters an estimate (issue 13, "more data never makes it worse").
 *
 * A price says something about a product only relative to its category's typical price, and only in some
 * categories: within electronics a dearer device is usually a bigger one (more silicon, a larger screen), while a
 * dearer T-shirt, pair of shoes or bar of chocolate mostly carries a brand. So the price scales the category
 * model's production stages by `(price ÷ typical price of the same amount)^β`, with β per category group (the part
 * of the key before the dot) from `dataset.ranges.price.beta`, fitted by leave-one-out on the validation set and 0
 * where the data show no signal (then this returns `undefined`: the price is not used, and the estimate stays the
 * category model with its own range). The ratio is capped at `price.cap` either way, so a typo or a luxury edition
 * cannot move an estimate by more than `cap^β`. The spread is the group's LOO-fitted `price.spread` (the pooled
 * estimate's real error), else `method.spend`.
 *
 * Typical price of the same amount: per item for `item` categories; for per-kg/per-litre categories the typical
 * price per unit × the amount (given mass, else the typical retail pack).
 */
import type { Category, Dataset, TraceFactor } from './types.js';
import { addTrace, traced } from './shared.js';
import { toSpendYearUsd } from './units.js';

export interface PriceAdjustment {
  /** Multiplier of the production stages, `ratio^β`. */
  readonly factor: number;
  /** Half-width multiplier k of the likely range of a price-adjusted estimate. */
  readonly spread: number | undefined;
}

/** @internal The price multiplier for a product of category `key`, or undefined when its group's β is 0 (price not used). */
export function priceAdjustment(price: number, currency: string, key: string, cat: Category, massKg: number, ds: Dataset, trace: TraceFactor[]): PriceAdjustment | undefined {
  const pm = ds.ranges.price;
  const dot = key.indexOf('.');
  const group = dot < 0 ? key : key.slice(0, dot);
  const beta = pm?.beta?.[group] ?? 0;
  if (!(beta > 0)) return undefined;
  const t = cat.typical;
  const usd = toSpendYearUsd(price, currency, ds, trace);
  const amount = cat.unit === 'item' ? 1 : (massKg * 1000) / t.weightGrams;
  const typ = (toSpendYearUsd(t.price.amount, t.price.currency, ds) ?? 0) * amount;
  if (!(usd !== undefined && usd > 0 && typ > 0)) return undefined;
  const cap = pm?.cap && pm.cap > 1 ? pm.cap : 4;
  const ratio = Math.min(cap, Math.max(1 / cap, usd / typ));
  addTrace(trace, traced(ds, `ranges.price.beta.${group}`, { value: beta, unit: `price exponent: production × (price ÷ typical price, capped ×${cap})^β`, source: 'eco-nudge' }));
  addTrace(trace, traced(ds, `categories.${key}.typical.price`, { value: t.price.amount, unit: `${t.price.currency} per ${cat.unit}, excl. tax`, source: 'eco-nudge' }));
  return { factor: ratio ** beta, spread: pm?.spread?.[group] ?? ds.ranges.method.spend };
}

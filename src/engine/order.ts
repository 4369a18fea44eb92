/**
 * The footprint of an order: its cart lines, the chosen delivery and the packaging the shopper declined, with one
 * likely range for the whole.
 *
 * Central value: Σ quantity × each line's footprint + the chosen delivery − the declined packaging, exactly as
 * {@link safeComputeCheckoutSavings} counts it (`totalGrams`): both count with one step, `totalCart` (src/engine/savings.ts),
 * so the order and the savings ledger never disagree.
 *
 * Range: lines share factors, so their ranges are not independent. Each line's half-widths come from its own likely
 * range (`quantity ×` the unit's: the units of one line are one product, fully correlated) and are split by the paired
 * model (src/engine/paired.ts) into a shared part (the category's factors: σ_S² / σ_T² of the variance) and an own part.
 * Shared parts of lines of one category draw the same value and add up linearly; everything else (own parts, the
 * shared parts of different categories, the delivery's spread) is independent and adds in quadrature. One line alone
 * gives exactly its own range; two lines of one category fully shared give the sum of their ranges. The declined
 * packaging is taken off the whole range, low end at least 0. Method and example: docs/engine.md ("Order footprint").
 */
import { guard, ok, unwrap, type Result } from './result.js';
import type { CartInput, OrderLineResult, OrderResult } from './types.js';
import { fin, sigma, spread } from './shared.js';
import { split } from './paired-split.js';
import { totalCart, type CheckoutOptions } from './savings.js';

/** Options of {@link estimateOrder}: those of `computeCheckoutSavings`. */
export type OrderOptions = CheckoutOptions;

/**
 * Estimates an order: each line, the chosen delivery, the declined packaging, the total with its likely range, and what
 * the shopper's choices save (swaps, delivery, packaging, as `computeCheckoutSavings` counts them); never throws.
 *
 * @param order - `{ lines: { product, quantity, swappedFrom? }[], delivery?: { chosen, baseline?, parcel? }, packaging?: { optOut, weightGrams?, material? } }`,
 *   at most `LIMITS.cartLines` (1,000) lines.
 * @param options - `dataset`, `country`, `boundary`, `customerTripKm`, `failedDeliveryRate`.
 * @returns `{ co2eGrams, lowGrams, highGrams, lines, delivery?, packagingGrams, baselineGrams, savedGrams, byReason }` in g CO2e.
 * @example
 * safeEstimateOrder({ lines: 'tee' }).ok //=> false
 */
export function safeEstimateOrder(order: CartInput, options?: OrderOptions): Result<OrderResult> {
  return guard(() => {
    const t = totalCart(order, options, 'order');
    if (!t.ok) return t;
    const { dataset: d, grossGrams, baselineGrams, packagingGrams: packaging } = t.value;
    const lines: OrderLineResult[] = [];
    // squared half-widths of the independent terms; shared ones summed linearly per key first
    let down2 = 0;
    let up2 = 0;
    const shared = new Map<string, { down: number; up: number }>();
    for (const { line, now: r, before } of t.value.lines) {
      const q = line.quantity;
      const x = q * r.co2eGrams;
      const lo = q * r.lowGrams;
      const hi = q * r.highGrams;
      const s = split(r, d);
      const t2 = s.shared * s.shared + s.own * s.own;
      const w = t2 > 0 ? (s.shared * s.shared) / t2 : 0; // the shared share of the line's variance
      const dn = x - lo;
      const up = hi - x;
      down2 += dn * dn * (1 - w);
      up2 += up * up * (1 - w);
      const k = shared.get(s.key) ?? { down: 0, up: 0 };
      k.down += dn * Math.sqrt(w);
      k.up += up * Math.sqrt(w);
      shared.set(s.key, k);
      lines.push({
        ...(r.productId !== undefined ? { productId: r.productId } : {}),
        ...(typeof line.product.name === 'string' ? { name: line.product.name } : {}),
        category: r.category,
        quantity: q,
        co2eGrams: fin(x),
        lowGrams: fin(lo),
        highGrams: fin(hi),
        ...(line.swappedFrom ? { swapSavedGrams: q * (before.co2eGrams - r.co2eGrams) } : {}),
        footprint: r,
      });
    }
    for (const k of shared.values()) {
      down2 += k.down * k.down;
      up2 += k.up * k.up;
    }
    let delivery: OrderResult['delivery'];
    let deliverySaved = 0;
    if (t.value.delivery) {
      const { kind, co2eGrams: g, baselineGrams: base } = t.value.delivery;
      const [lo, hi] = spread(g, sigma(d.ranges.delivery ?? 1.6));
      down2 += (g - lo) ** 2;
      up2 += (hi - g) ** 2;
      deliverySaved = base - g;
      delivery = { kind, co2eGrams: g, lowGrams: lo, highGrams: hi, savedGrams: deliverySaved };
    }
    const low = grossGrams - Math.sqrt(down2) - packaging;
    const high = grossGrams + Math.sqrt(up2) - packaging;
    const total = grossGrams - packaging;
    const swaps = t.value.swapsGrams; // the same totalling step as the checkout savings (savings.ts)
    return ok({
      co2eGrams: fin(total),
      lowGrams: Math.min(fin(low), fin(total)),
      highGrams: Math.max(fin(high), fin(total)),
      lines,
      ...(delivery ? { delivery } : {}),
      packagingGrams: packaging,
      baselineGrams: fin(baselineGrams),
      savedGrams: fin(baselineGrams) - fin(total),
      byReason: { swaps, delivery: deliverySaved, packaging },
    });
  });
}

/**
 * Estimates an order (lines, delivery, declined packaging) with one likely range for the whole, lines of one category
 * counted as sharing their category's factors.
 *
 * @param order - Lines `{ product, quantity, swappedFrom? }`, `delivery: { chosen, baseline?, parcel? }`, `packaging: { optOut, weightGrams?, material? }`.
 * @param options - `dataset`, `country`, `boundary`, `customerTripKm`, `failedDeliveryRate`.
 * @returns Grams CO2e: the total `co2eGrams` with `lowGrams`–`highGrams`, each line's share, the delivery, and `byReason` savings.
 * @throws {EcoError} `INVALID_PRODUCT` | `UNKNOWN_CATEGORY` | `UNKNOWN_MATERIAL` | `UNKNOWN_COUNTRY` | `UNKNOWN_CURRENCY` | `INVALID_PACT` | `INVALID_ARGUMENT` | `DATASET_INVALID`
 * @example
 * // fixture dataset: two plain tees (5 000 g each) sent to a locker (100 g)
 * estimateOrder({ lines: [{ product: plainTee, quantity: 2 }], delivery: { chosen: 'locker' } }, { dataset }).co2eGrams
 * //=> 10100
 */
export function estimateOrder(order: CartInput, options?: OrderOptions): OrderResult {
  return unwrap(safeEstimateOrder(order, options));
}

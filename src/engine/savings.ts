/** What a checkout saves against the shopper's original choices. */
import { notLoaded, validate } from './validate.js';
import { quickCart } from './guards.js';
import { EcoError, err, fail, guard, ok, tooMany, unwrap, type Result } from './result.js';
import { LIMITS, type CartInput, type CheckoutSavings, type DeliverySettings, type EstimateOptions } from './types.js';
import { checkOptions, checkSizes, estimateParsed } from './footprint.js';
import { deliveryGrams } from './delivery.js';
import { resolveDataset } from './dataset.js';
import { fin } from './shared.js';

/** Options of {@link computeCheckoutSavings}: those of `estimateFootprint` plus the delivery settings. */
export type CheckoutOptions = EstimateOptions & Omit<DeliverySettings, 'dataset'>;

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/**
 * @internal Array sizes, checked before the cart is parsed: at most `LIMITS.cartLines` lines, each product within its limits,
 * and at most `LIMITS.cartEntries` list entries in all (so that even a cart broken everywhere is reported quickly).
 */
export function checkCartSizes(cart: unknown, at = 'cart'): Result<never> | undefined {
  const lines = isObj(cart) ? cart.lines : undefined;
  if (!Array.isArray(lines)) return undefined;
  if (lines.length > LIMITS.cartLines) return tooMany('INVALID_ARGUMENT', `${at}.lines`, lines.length, 'cartLines', 'Give one line per product.');
  const count = { n: 0 };
  for (let i = 0; i < lines.length; i++) {
    const line: unknown = lines[i];
    if (!isObj(line)) continue;
    const big = checkSizes(line.product, `${at}.lines.${i}.product`, count) ?? checkSizes(line.swappedFrom, `${at}.lines.${i}.swappedFrom`, count);
    if (big) return big;
  }
  return count.n > LIMITS.cartEntries
    ? tooMany('INVALID_ARGUMENT', `${at}.lines`, count.n, 'cartEntries', "Counted: the lines' materials, transport and packaging; a cart needs only category and weight.")
    : undefined;
}

/**
 * Computes the footprint of a cart and what the shopper's choices saved; never throws.
 *
 * - swaps: Σ quantity × (footprint of `swappedFrom` − footprint of `product`);
 * - delivery: footprint of `delivery.baseline` (default `home`) − footprint of `delivery.chosen`, for one parcel of
 *   `delivery.parcel` (default: the lines' mass);
 * - packaging: when `packaging.optOut`, `weightGrams` × the factor of `material` (default cardboard), or, without
 *   `weightGrams`, the packaging stage of the lines.
 *
 * @param cart - `{ lines: { product, quantity, swappedFrom? }[], delivery?, packaging? }`, at most `LIMITS.cartLines` (1,000) lines.
 * @param options - `dataset`, `country`, `boundary`, `customerTripKm`, `failedDeliveryRate`.
 * @returns `{ totalGrams, baselineGrams, savedGrams, byReason: { swaps, delivery, packaging } }` in g CO2e;
 *   savings are negative when a choice emits more.
 * @example
 * safeComputeCheckoutSavings({ lines: 3 }).ok //=> false
 */
export function safeComputeCheckoutSavings(cart: CartInput, options?: CheckoutOptions): Result<CheckoutSavings> {
  return guard(() => {
    const o = checkOptions(options);
    if (!o.ok) return o;
    const ds = resolveDataset(o.value.dataset);
    if (!ds.ok) return ds;
    const big = checkCartSizes(cart);
    if (big) return big;
    const parsed = validate('cart', cart, 'cart', quickCart);
    if (!parsed) return notLoaded();
    if (!parsed.ok) {
      const issues = parsed.issues;
      const product = issues.some((i) => /\.(product|swappedFrom)(\.|$)/.test(i.path));
      return err(new EcoError(product ? 'INVALID_PRODUCT' : 'INVALID_ARGUMENT', `Invalid cart (${issues[0]!.path}: ${issues[0]!.message}).`, issues));
    }
    const c = parsed.value;
    const d = ds.value;
    let total = 0;
    let baseline = 0;
    let packStage = 0;
    let massGrams = 0;
    for (const [i, line] of c.lines.entries()) {
      const now = estimateParsed(line.product, d, o.value, `cart.lines.${i}.product`);
      if (!now.ok) return now;
      const before = line.swappedFrom ? estimateParsed(line.swappedFrom, d, o.value, `cart.lines.${i}.swappedFrom`) : now;
      if (!before.ok) return before;
      total += line.quantity * now.value.co2eGrams;
      baseline += line.quantity * before.value.co2eGrams;
      packStage += line.quantity * now.value.stages.packaging;
      massGrams += line.quantity * (line.product.weightGrams ?? d.categories[line.product.category]!.typical.weightGrams);
    }
    const swaps = baseline - total;
    let delivery = 0;
    if (c.delivery) {
      const parcel = c.delivery.parcel ?? { weightGrams: Math.min(massGrams, 1e8) };
      const settings = { customerTripKm: options?.customerTripKm, failedDeliveryRate: options?.failedDeliveryRate };
      const chosen = deliveryGrams(c.delivery.chosen, parcel, settings, d, []);
      const base = deliveryGrams(c.delivery.baseline ?? 'home', parcel, settings, d, []);
      total += chosen;
      baseline += base;
      delivery = base - chosen;
    }
    let packaging = 0;
    if (c.packaging?.optOut) {
      if (c.packaging.weightGrams !== undefined) {
        const material = c.packaging.material ?? 'cardboard';
        const f = Object.hasOwn(d.packaging, material) ? d.packaging[material] : undefined;
        if (!f) return fail('UNKNOWN_MATERIAL', `Unknown packaging material "${material}"; use one of the dataset's packaging keys.`, 'cart.packaging.material');
        packaging = (c.packaging.weightGrams / 1000) * f.value;
      } else packaging = packStage;
      packaging = Math.min(fin(packaging), total);
      total -= packaging;
    }
    return ok({
      totalGrams: fin(total),
      baselineGrams: fin(baseline),
      savedGrams: fin(baseline) - fin(total),
      byReason: { swaps, delivery, packaging },
    });
  });
}

/**
 * Computes the footprint of a cart and what the shopper's swaps, delivery choice and packaging opt-out saved.
 *
 * @param cart - Lines `{ product, quantity, swappedFrom? }`, `delivery: { chosen, baseline?, parcel? }`, `packaging: { optOut, weightGrams?, material? }`.
 * @param options - `dataset`, `country`, `boundary`, `customerTripKm`, `failedDeliveryRate`.
 * @returns Grams CO2e: `totalGrams`, `baselineGrams`, `savedGrams = baselineGrams − totalGrams`, and `byReason`.
 * @throws {EcoError} `INVALID_PRODUCT` | `UNKNOWN_CATEGORY` | `UNKNOWN_MATERIAL` | `UNKNOWN_COUNTRY` | `UNKNOWN_CURRENCY` | `INVALID_PACT` | `INVALID_ARGUMENT` | `DATASET_INVALID`
 * @example
 * // fixture dataset: a 50 %-recycled tee (4 200 g) instead of a plain one (5 000 g), locker (100 g) instead of home (200 g)
 * computeCheckoutSavings({ lines: [{ product: recycledTee, quantity: 1, swappedFrom: plainTee }], delivery: { chosen: 'locker' } }, { dataset }).byReason
 * //=> { swaps: 800, delivery: 100, packaging: 0 }
 */
export function computeCheckoutSavings(cart: CartInput, options?: CheckoutOptions): CheckoutSavings {
  return unwrap(safeComputeCheckoutSavings(cart, options));
}

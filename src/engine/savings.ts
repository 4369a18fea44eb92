/** What a checkout saves against the shopper's original choices. */
import { DEV } from '../internal/dev.js';
import { notLoaded, validate } from './validate.js';
import { quickCart } from './guards-checkout.js';
import { EcoError, err, fail, guard, ok, tooMany, unwrap, type Result } from './result.js';
import { LIMITS, type CartInput, type CheckoutSavings, type Dataset, type DeliveryKind, type DeliverySettings, type EstimateOptions, type FootprintResult } from './types.js';
import type { ParsedCart } from './schemas/checkout.js';
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
  if (lines.length > LIMITS.cartLines) return tooMany('INVALID_ARGUMENT', `${at}.lines`, lines.length, 'cartLines', DEV ? 'Give one line per product.' : '');
  const count = { n: 0 };
  for (let i = 0; i < lines.length; i++) {
    const line: unknown = lines[i];
    if (!isObj(line)) continue;
    const big = checkSizes(line.product, `${at}.lines.${i}.product`, count) ?? checkSizes(line.swappedFrom, `${at}.lines.${i}.swappedFrom`, count);
    if (big) return big;
  }
  return count.n > LIMITS.cartEntries
    ? tooMany('INVALID_ARGUMENT', `${at}.lines`, count.n, 'cartEntries', DEV ? "Counted: the lines' materials, transport and packaging; a cart needs only category and weight." : '')
    : undefined;
}

/** @internal One cart line as {@link totalCart} saw it: the parsed line, its footprint, and the footprint it replaced. */
export interface TotalledLine {
  line: ParsedCart['lines'][number];
  now: FootprintResult;
  before: FootprintResult;
}

/** @internal What {@link totalCart} counts, in g CO2e; the one totalling step of the checkout savings and the order footprint. */
export interface CartTotals {
  dataset: Dataset;
  lines: TotalledLine[];
  /** Σ quantity × each line's footprint, plus the chosen delivery; before the declined packaging. */
  grossGrams: number;
  /** The same with each swapped line's original product and the baseline delivery. */
  baselineGrams: number;
  /** Σ quantity × (original − chosen product). */
  swapsGrams: number;
  /** The chosen delivery and the baseline it is compared with, for one parcel (absent without `delivery`). */
  delivery?: { kind: DeliveryKind; co2eGrams: number; baselineGrams: number };
  /** The declined packaging, at most `grossGrams` (0 without an opt-out). */
  packagingGrams: number;
}

/**
 * @internal Checks and parses a cart (`at`: `cart` or `order`, the path prefix of its issues) and totals it: the lines
 * now and before their swaps, the chosen and baseline delivery for one parcel (default: the lines' mass), and the
 * declined packaging (`weightGrams` × the material's factor, default cardboard, or else the lines' packaging stage).
 * Both {@link safeComputeCheckoutSavings} and `safeEstimateOrder` count with it, so they never disagree. Never throws
 * inside `guard`.
 */
export function totalCart(cart: CartInput, options: CheckoutOptions | undefined, at: 'cart' | 'order'): Result<CartTotals> {
  const o = checkOptions(options);
  if (!o.ok) return o;
  const ds = resolveDataset(o.value.dataset);
  if (!ds.ok) return ds;
  const big = checkCartSizes(cart, at);
  if (big) return big;
  const parsed = validate('cart', cart, at, quickCart);
  if (!parsed) return notLoaded();
  if (!parsed.ok) {
    const issues = parsed.issues;
    const product = issues.some((i) => /\.(product|swappedFrom)(\.|$)/.test(i.path));
    return err(new EcoError(product ? 'INVALID_PRODUCT' : 'INVALID_ARGUMENT', `Invalid ${at} (${issues[0]!.path}: ${issues[0]!.message}).`, issues));
  }
  const c = parsed.value;
  const d = ds.value;
  const lines: TotalledLine[] = [];
  let total = 0;
  let baseline = 0;
  let packStage = 0;
  let massGrams = 0;
  for (const [i, line] of c.lines.entries()) {
    const now = estimateParsed(line.product, d, o.value, `${at}.lines.${i}.product`);
    if (!now.ok) return now;
    const before = line.swappedFrom ? estimateParsed(line.swappedFrom, d, o.value, `${at}.lines.${i}.swappedFrom`) : now;
    if (!before.ok) return before;
    lines.push({ line, now: now.value, before: before.value });
    total += line.quantity * now.value.co2eGrams;
    baseline += line.quantity * before.value.co2eGrams;
    packStage += line.quantity * now.value.stages.packaging;
    massGrams += line.quantity * (line.product.weightGrams ?? d.categories[line.product.category]!.typical.weightGrams);
  }
  const swapsGrams = baseline - total;
  let delivery: CartTotals['delivery'];
  if (c.delivery) {
    const parcel = c.delivery.parcel ?? { weightGrams: Math.min(massGrams, 1e8) };
    const settings = { customerTripKm: options?.customerTripKm, failedDeliveryRate: options?.failedDeliveryRate };
    const kind = c.delivery.chosen;
    delivery = { kind, co2eGrams: deliveryGrams(kind, parcel, settings, d, []), baselineGrams: deliveryGrams(c.delivery.baseline ?? 'home', parcel, settings, d, []) };
    total += delivery.co2eGrams;
    baseline += delivery.baselineGrams;
  }
  let packaging = 0;
  if (c.packaging?.optOut) {
    if (c.packaging.weightGrams !== undefined) {
      const material = c.packaging.material ?? 'cardboard';
      const f = Object.hasOwn(d.packaging, material) ? d.packaging[material] : undefined;
      if (!f) return fail('UNKNOWN_MATERIAL', DEV ? `Unknown packaging material "${material}"; use one of the dataset's packaging keys.` : `packaging ${material}`, `${at}.packaging.material`);
      packaging = (c.packaging.weightGrams / 1000) * f.value;
    } else packaging = packStage;
    packaging = Math.min(fin(packaging), total);
  }
  return ok({ dataset: d, lines, grossGrams: total, baselineGrams: baseline, swapsGrams, ...(delivery ? { delivery } : {}), packagingGrams: packaging });
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
    const t = totalCart(cart, options, 'cart');
    if (!t.ok) return t;
    const { grossGrams, baselineGrams, swapsGrams, delivery, packagingGrams } = t.value;
    const total = grossGrams - packagingGrams;
    return ok({
      totalGrams: fin(total),
      baselineGrams: fin(baselineGrams),
      savedGrams: fin(baselineGrams) - fin(total),
      byReason: { swaps: swapsGrams, delivery: delivery ? delivery.baselineGrams - delivery.co2eGrams : 0, packaging: packagingGrams },
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

/**
 * Hand-written, zod-free checks of the common input shapes (the fast path of ./validate.ts).
 *
 * Each guard is *sound*: it returns the input only when the matching schema in ./schemas/ accepts it (and then the
 * schema's output holds the same values for every key it keeps), and `undefined` otherwise, meaning "cannot tell":
 * the schema decides, and explains the failure. Guards never produce issues. Unknown keys are allowed (the schema
 * strips or keeps them; the engine never reads them). test/engine/schemas.test.ts checks soundness on thousands of
 * generated inputs: when a schema changes, change its guard in the same commit.
 */
import { CONDITIONS, DELIVERY_KINDS, FREIGHT_MODES, LIMITS } from './types.js';
import { BOUNDARIES } from './constants.js';
import type { ParsedProduct } from './schemas/product.js';
import type { ParsedCart, ParsedDeliverySettings, ParsedParcel } from './schemas/checkout.js';
import type { ParsedSeller } from './schemas/seller.js';
import type { DeliveryOptionInput } from './types.js';
import { isObj, type Obj } from './obj.js';

export { BOUNDARIES };

/** @internal `true` for a plain object (not `null`, not an array). */
export { isObj };
const inRange = (v: unknown, min: number, max: number, minOpen = false, maxOpen = false) =>
  typeof v === 'number' && (minOpen ? v > min : v >= min) && (maxOpen ? v < max : v <= max);
const optStr = (v: unknown) => v === undefined || typeof v === 'string';
const text = (v: unknown, max = 10000) => typeof v === 'string' && v.length >= 1 && v.length <= max;
const opt = (v: unknown, ok: (v: unknown) => boolean) => v === undefined || ok(v);
const optBool = (v: unknown) => v === undefined || typeof v === 'boolean';
const list = (v: unknown, ok: (x: Obj) => boolean, max: number, min = 0) => {
  if (!Array.isArray(v) || v.length < min || v.length > max) return false;
  for (let i = 0; i < v.length; i++) if (!isObj(v[i]) || !ok(v[i])) return false; // a for loop also rejects holes
  return true;
};
const among = (values: readonly unknown[]) => (v: unknown) => values.includes(v);
const COUNTRY = /^([A-Za-z]{2}|WORLD)$/;
const CURRENCY = /^[A-Za-z]{3}$/;
const country = (v: unknown) => typeof v === 'string' && COUNTRY.test(v);
const currency = (v: unknown) => typeof v === 'string' && CURRENCY.test(v);
const kind = among(DELIVERY_KINDS);

/** @internal The product itself when ProductInputSchema certainly accepts it; otherwise undefined. */
export function quickProduct(x: unknown): ParsedProduct | undefined {
  if (!isObj(x) || !text(x.category) || !optStr(x.id) || !optStr(x.name)) return undefined;
  if (!opt(x.price, (v) => inRange(v, 0, 1e12)) || !opt(x.currency, currency)) return undefined;
  if (!opt(x.weightGrams, (v) => inRange(v, 0, 1e9, true)) || !opt(x.originCountry, country)) return undefined;
  let total = 0;
  if (!opt(x.materials, (v) => list(v, (m) => text(m.material) && inRange(m.share, 0, 1, true) && opt(m.recycledShare, (r) => inRange(r, 0, 1)) && (total += m.share as number) <= 1.02, LIMITS.materials, 1))) return undefined;
  if (!opt(x.transport, (v) => list(v, (t) => among(FREIGHT_MODES)(t.mode) && inRange(t.distanceKm, 0, 40075), LIMITS.transport))) return undefined;
  if (!opt(x.packaging, (v) => list(v, (p) => text(p.material) && inRange(p.weightGrams, 0, 1e8), LIMITS.packaging))) return undefined;
  if (!opt(x.use, (u) => isObj(u) && inRange(u.kWhPerYear, 0, 1e7) && inRange(u.years, 0, 100, true) && opt(u.country, country))) return undefined;
  if (!opt(x.declared, (d) => isObj(d) && inRange(d.co2eGrams, 0, 1e15) && among(BOUNDARIES)(d.boundary) && optBool(d.verified) && optStr(d.source))) return undefined;
  if (!opt(x.condition, among(CONDITIONS)) || !opt(x.storageGB, (v) => inRange(v, 0, 1e7))) return undefined;
  return x as ParsedProduct;
}

const parcelOk = (p: unknown) => isObj(p) && inRange(p.weightGrams, 0, 1e8) && opt(p.distanceKm, (v) => inRange(v, 0, 40075));

/** @internal The delivery options when DeliveryOptionsSchema certainly accepts them. */
export const quickDeliveryOptions = (x: unknown): readonly DeliveryOptionInput[] | undefined =>
  list(x, (o) => text(o.id) && kind(o.kind), LIMITS.deliveryOptions) ? (x as DeliveryOptionInput[]) : undefined;

/** @internal The parcel when ParcelSchema certainly accepts it. */
export const quickParcel = (x: unknown): ParsedParcel | undefined => (parcelOk(x) ? (x as ParsedParcel) : undefined);

/** @internal The settings when DeliverySettingsSchema certainly accepts them. */
export const quickDeliverySettings = (x: unknown): ParsedDeliverySettings | undefined =>
  isObj(x) && opt(x.customerTripKm, (v) => inRange(v, 0, 1000)) && opt(x.failedDeliveryRate, (v) => inRange(v, 0, 1)) ? (x as ParsedDeliverySettings) : undefined;

/** @internal The cart when CartSchema certainly accepts it. */
export function quickCart(x: unknown): ParsedCart | undefined {
  if (!isObj(x) || !list(x.lines, (l) => quickProduct(l.product) !== undefined && inRange(l.quantity, 0, 1e6) && opt(l.swappedFrom, (s) => quickProduct(s) !== undefined), LIMITS.cartLines)) return undefined;
  if (!opt(x.delivery, (d) => isObj(d) && kind(d.chosen) && opt(d.baseline, kind) && opt(d.parcel, parcelOk))) return undefined;
  if (!opt(x.packaging, (p) => isObj(p) && typeof p.optOut === 'boolean' && opt(p.weightGrams, (v) => inRange(v, 0, 1e8)) && opt(p.material, text))) return undefined;
  return x as ParsedCart;
}

const year = (v: unknown) => inRange(v, 1990, 2100) && Number.isInteger(v);

/** @internal The seller when SellerInputSchema certainly accepts it (year order is checked apart, in seller.ts). */
export function quickSeller(x: unknown): ParsedSeller | undefined {
  if (!isObj(x) || !optStr(x.sellerId) || !inRange(x.emissionsKg, 0, 1e15) || !inRange(x.revenue, 0, 1e15, true) || !currency(x.currency)) return undefined;
  if (!year(x.year) || !text(x.sector, 100) || !optBool(x.verified)) return undefined;
  if (!opt(x.baseline, (b) => isObj(b) && year(b.year) && inRange(b.emissionsKg, 0, 1e15, true) && inRange(b.revenue, 0, 1e15, true) && currency(b.currency))) return undefined;
  if (!opt(x.target, (t) => isObj(t) && year(t.year) && inRange(t.reductionShare, 0, 1, true, true))) return undefined;
  return x as ParsedSeller;
}

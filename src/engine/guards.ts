/**
 * Hand-written, zod-free checks of the common input shapes (the fast path of ./validate.ts).
 *
 * Each guard is *sound*: it returns the input only when the matching schema in ./schemas/ accepts it (and then the
 * schema's output holds the same values for every key it keeps), and `undefined` otherwise, meaning "cannot tell":
 * the schema decides, and explains the failure. Guards never produce issues. Unknown keys are allowed (the schema
 * strips or keeps them; the engine never reads them). test/engine/schemas.test.ts checks soundness on thousands of
 * generated inputs: when a schema changes, change its guard in the same commit.
 *
 * This module holds the product's guard (every page that estimates reads it) and the helpers; the guards of inputs
 * only some pages' engine code reads are beside the code that reads them, so a listing does not load them:
 * ./guards-checkout.ts (delivery options, parcel, delivery settings, cart) and ./guards-seller.ts (seller).
 */
import { LIMITS } from './types.js';
import { CONDITIONS, FREIGHT_MODES } from './kinds.js';
import { BOUNDARIES } from './constants.js';
import type { ParsedProduct } from './schemas/product.js';
import { isObj, type Obj } from './obj.js';

export { BOUNDARIES };

/** @internal `true` for a plain object (not `null`, not an array). */
export { isObj };
// @internal helpers of the guards here and in ./guards-checkout.ts, ./guards-seller.ts
export const inRange = (v: unknown, min: number, max: number, minOpen = false, maxOpen = false) =>
  typeof v === 'number' && (minOpen ? v > min : v >= min) && (maxOpen ? v < max : v <= max);
export const optStr = (v: unknown) => v === undefined || typeof v === 'string';
export const text = (v: unknown, max = 10000) => typeof v === 'string' && v.length >= 1 && v.length <= max;
export const opt = (v: unknown, ok: (v: unknown) => boolean) => v === undefined || ok(v);
export const optBool = (v: unknown) => v === undefined || typeof v === 'boolean';
export const list = (v: unknown, ok: (x: Obj) => boolean, max: number, min = 0) => {
  if (!Array.isArray(v) || v.length < min || v.length > max) return false;
  for (let i = 0; i < v.length; i++) if (!isObj(v[i]) || !ok(v[i])) return false; // a for loop also rejects holes
  return true;
};
export const among = (values: readonly unknown[]) => (v: unknown) => values.includes(v);
const COUNTRY = /^([A-Za-z]{2}|WORLD)$/;
const CURRENCY = /^[A-Za-z]{3}$/;
const country = (v: unknown) => typeof v === 'string' && COUNTRY.test(v);
export const currency = (v: unknown) => typeof v === 'string' && CURRENCY.test(v);

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

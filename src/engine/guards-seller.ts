/**
 * Hand-written, zod-free check of a seller's reported figures: the fast path of ./validate.ts, as ./guards.ts describes
 * (sound: the input only when the schema certainly accepts it). Apart from ./guards.ts so that only the pages whose
 * engine code reads sellers (./seller.ts) load it.
 */
import type { ParsedSeller } from './schemas/seller.js';
import { currency, inRange, isObj, opt, optBool, optStr, text } from './guards.js';

const year = (v: unknown) => inRange(v, 1990, 2100) && Number.isInteger(v);

/** @internal The seller when SellerInputSchema certainly accepts it (year order is checked apart, in seller.ts). */
export function quickSeller(x: unknown): ParsedSeller | undefined {
  if (!isObj(x) || !optStr(x.sellerId) || !inRange(x.emissionsKg, 0, 1e15) || !inRange(x.revenue, 0, 1e15, true) || !currency(x.currency)) return undefined;
  if (!year(x.year) || !text(x.sector, 100) || !optBool(x.verified)) return undefined;
  if (!opt(x.baseline, (b) => isObj(b) && year(b.year) && inRange(b.emissionsKg, 0, 1e15, true) && inRange(b.revenue, 0, 1e15, true) && currency(b.currency))) return undefined;
  if (!opt(x.target, (t) => isObj(t) && year(t.year) && inRange(t.reductionShare, 0, 1, true, true))) return undefined;
  return x as ParsedSeller;
}

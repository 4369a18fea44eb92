/**
 * Hand-written, zod-free checks of the checkout's inputs (delivery options, parcel, delivery settings, cart): the fast
 * path of ./validate.ts, as ./guards.ts describes (sound: the input only when the schema certainly accepts it). Apart
 * from ./guards.ts so that only the pages whose engine code reads these inputs (./delivery.ts, ./savings.ts) load them.
 */
import { LIMITS } from './types.js';
import { DELIVERY_KINDS } from './kinds.js';
import type { ParsedCart, ParsedDeliverySettings, ParsedParcel } from './schemas/checkout.js';
import type { DeliveryOptionInput } from './types.js';
import { among, inRange, isObj, list, opt, quickProduct, text } from './guards.js';

const kind = among(DELIVERY_KINDS);
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

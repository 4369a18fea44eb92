/**
 * Delivery options at checkout. Per-parcel last-mile factors come from the dataset (home delivery: a van round of
 * about 80 km for 120 drops). A failed first attempt repeats an attended delivery; a dedicated car trip to a
 * pickup point or locker adds km × the car factor; express air adds `tonnes × km × 1.052 × (direct + well-to-tank)`,
 * where 1.052 is DESNZ's uplift from great-circle to flown distance. The line haul shared by every option cancels out
 * and is not counted.
 */
import { DEV } from '../internal/dev.js';
import { notLoaded, validate } from './validate.js';
import { quickDeliveryOptions, quickDeliverySettings, quickParcel } from './guards-checkout.js';
import { EcoError, err, guard, ok, tooMany, unwrap, type Result } from './result.js';
import { LIMITS, type Dataset, type DeliveryKind, type DeliveryOptionInput, type DeliveryResult, type DeliverySettings, type Issue, type ParcelInput, type TraceFactor } from './types.js';
import { addTrace, fin, sigma, spread, traced } from './shared.js';
import { resolveDataset } from './dataset.js';

/** DESNZ 2025: flown distance / great-circle distance for air freight. */
export const AIR_DISTANCE_UPLIFT = 1.052;

const ATTENDED: readonly DeliveryKind[] = ['home', 'cargo-bike', 'express-air'];

/** @internal g CO2e of one parcel delivered by `kind`. */
export function deliveryGrams(kind: DeliveryKind, parcel: ParcelInput, settings: DeliverySettings, ds: Dataset, trace: TraceFactor[]): number {
  const d = ds.delivery;
  const f = d.perParcel[kind];
  addTrace(trace, traced(ds, `delivery.perParcel.${kind}`, f));
  let g = f.value * (ATTENDED.includes(kind) ? 1 + (settings.failedDeliveryRate ?? 0) : 1);
  if ((kind === 'pickup-point' || kind === 'locker') && settings.customerTripKm) {
    addTrace(trace, traced(ds, 'equivalences.carKm', ds.equivalences.carKm));
    g += settings.customerTripKm * ds.equivalences.carKm.value;
  }
  if (kind === 'express-air') {
    const air = ds.freight.air;
    addTrace(trace, traced(ds, 'freight.air.direct', air.direct));
    addTrace(trace, traced(ds, 'freight.air.wellToTank', air.wellToTank));
    if (parcel.distanceKm === undefined) addTrace(trace, traced(ds, 'delivery.defaultAirKm', d.defaultAirKm));
    const km = parcel.distanceKm ?? d.defaultAirKm.value;
    g += (parcel.weightGrams / 1e6) * km * AIR_DISTANCE_UPLIFT * (air.direct.value + air.wellToTank.value);
  }
  return fin(g);
}

const invalid = (what: string, issues: Issue[]) =>
  err<never>(new EcoError('INVALID_ARGUMENT', `Invalid ${what} (${issues[0]!.path || what}: ${issues[0]!.message}).`, issues));

/**
 * Gives each delivery option its footprint and its saving against standard home delivery; never throws.
 *
 * @param options - `{ id, kind }[]` (at most `LIMITS.deliveryOptions`, 50), kind one of `home`, `pickup-point`, `locker`, `cargo-bike`, `consolidated`, `express-air`.
 * @param parcel - `weightGrams` (g) and, for express air, `distanceKm` (km flown; default from the dataset).
 * @param settings - `dataset`, `customerTripKm` (a dedicated car trip to collect, km; default 0),
 *   `failedDeliveryRate` (0–1, default 0).
 * @returns A new array sorted by `co2eGrams` (lowest first), then id; `lowest` marks the best option(s).
 * @example
 * safeRankDeliveryOptions([{ id: 'x', kind: 'drone' }], { weightGrams: 1000 }).ok //=> false
 */
export function safeRankDeliveryOptions(options: readonly DeliveryOptionInput[], parcel: ParcelInput, settings: DeliverySettings = {}): Result<DeliveryResult[]> {
  return guard(() => {
    if (Array.isArray(options) && options.length > LIMITS.deliveryOptions)
      return tooMany('INVALID_ARGUMENT', 'options', options.length, 'deliveryOptions', DEV ? 'Offer a shorter list.' : '');
    const o = validate('deliveryOptions', options, 'options', quickDeliveryOptions);
    if (!o) return notLoaded();
    if (!o.ok) return invalid('delivery options', o.issues);
    const p = validate('parcel', parcel, 'parcel', quickParcel);
    if (!p) return notLoaded();
    if (!p.ok) return invalid('parcel', p.issues);
    const s = validate('deliverySettings', settings ?? {}, 'settings', quickDeliverySettings);
    if (!s) return notLoaded();
    if (!s.ok) return invalid('settings', s.issues);
    const ds = resolveDataset(settings?.dataset);
    if (!ds.ok) return ds;
    const home = deliveryGrams('home', p.value, s.value, ds.value, []);
    const k = sigma(ds.value.ranges.delivery ?? 1.6);
    const rows = o.value.map((opt) => {
      const trace: TraceFactor[] = [];
      const g = deliveryGrams(opt.kind, p.value, s.value, ds.value, trace);
      const [low, high] = spread(g, k);
      return { id: opt.id, kind: opt.kind, co2eGrams: g, lowGrams: low, highGrams: high, savedGrams: home - g, lowest: false, trace: { datasetId: ds.value.id, datasetVersion: ds.value.version, factors: trace } };
    });
    let best = Infinity;
    for (const r of rows) if (r.co2eGrams < best) best = r.co2eGrams;
    for (const r of rows) r.lowest = r.co2eGrams === best;
    rows.sort((a, b) => a.co2eGrams - b.co2eGrams || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    return ok(rows);
  });
}

/**
 * Gives each delivery option its footprint (g CO2e per parcel) and its saving against standard home delivery.
 *
 * @param options - Delivery options `{ id, kind }`.
 * @param parcel - `{ weightGrams, distanceKm? }`.
 * @param settings - `dataset`, `customerTripKm`, `failedDeliveryRate`.
 * @returns Options sorted lowest first, each with `co2eGrams`, range, `savedGrams` (negative when it emits more than home) and `lowest`.
 * @throws {EcoError} `INVALID_ARGUMENT` | `DATASET_INVALID`
 * @example
 * rankDeliveryOptions([{ id: 'h', kind: 'home' }, { id: 'l', kind: 'locker' }], { weightGrams: 800 }, { dataset })[0].id //=> 'l'
 */
export function rankDeliveryOptions(options: readonly DeliveryOptionInput[], parcel: ParcelInput, settings?: DeliverySettings): DeliveryResult[] {
  return unwrap(safeRankDeliveryOptions(options, parcel, settings));
}

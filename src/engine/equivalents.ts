/** Everyday equivalents of a mass of CO2e. */
import { DEV } from '../internal/dev.js';
import { fail, guard, ok, unwrap, type Result } from './result.js';
import type { EquivalentsOptions, EquivalentsResult, TraceFactor } from './types.js';
import { addTrace, fin, traced } from './shared.js';
import { resolveDataset } from './dataset.js';

/**
 * Expresses grams CO2e as car kilometres, smartphone charges, tree-years and hours of video streaming; never throws.
 *
 * @param co2eGrams - Grams CO2e (negative, NaN or infinite values give an `INVALID_ARGUMENT` error).
 * @param options - `country` (grid for the smartphone charge; default world average), `dataset`.
 * @returns `{ carKm, phoneCharges, treeYears, streamingHours, trace }`.
 * @example
 * safeEquivalents(-1).ok //=> false
 */
export function safeEquivalents(co2eGrams: number, options: EquivalentsOptions = {}): Result<EquivalentsResult> {
  return guard(() => {
    if (typeof co2eGrams !== 'number' || !Number.isFinite(co2eGrams) || co2eGrams < 0)
      return fail('INVALID_ARGUMENT', DEV ? `co2eGrams must be a finite number ≥ 0 (got ${String(co2eGrams)}).` : 'not a number ≥ 0', 'co2eGrams');
    const r = resolveDataset(options?.dataset);
    if (!r.ok) return r;
    const ds = r.value;
    const country = (options?.country ?? 'WORLD').toUpperCase();
    const grid = Object.hasOwn(ds.grid, country) ? ds.grid[country] : undefined;
    if (!grid) return fail('UNKNOWN_COUNTRY', DEV ? `No grid intensity for country "${country}" in dataset ${ds.version}; use an ISO code from the dataset's grid or leave country out.` : `country ${country}`, 'options.country');
    const e = ds.equivalences;
    const trace: TraceFactor[] = [];
    addTrace(trace, traced(ds, 'equivalences.carKm', e.carKm));
    addTrace(trace, traced(ds, 'equivalences.phoneChargeKWh', e.phoneChargeKWh));
    addTrace(trace, traced(ds, `grid.${country}`, grid));
    addTrace(trace, traced(ds, 'equivalences.treeYear', e.treeYear));
    addTrace(trace, traced(ds, 'equivalences.streamingHour', e.streamingHour));
    const per = (g: number) => (g > 0 ? fin(co2eGrams / g) : 0);
    return ok({
      carKm: per(e.carKm.value),
      phoneCharges: per(e.phoneChargeKWh.value * grid.value),
      treeYears: per(e.treeYear.value),
      streamingHours: per(e.streamingHour.value),
      trace: { datasetId: ds.id, datasetVersion: ds.version, factors: trace },
    });
  });
}

/**
 * Expresses grams CO2e as everyday equivalents.
 *
 * @param co2eGrams - Grams CO2e, ≥ 0.
 * @param options - `country` for the smartphone-charge grid, `dataset`.
 * @returns Car km (average car), smartphone charges, tree-years (urban tree), streaming hours.
 * @throws {EcoError} `INVALID_ARGUMENT` | `UNKNOWN_COUNTRY` | `DATASET_INVALID`
 * @example
 * equivalents(1670, { dataset }).carKm //=> 10 (with a car factor of 167 g/km)
 */
export function equivalents(co2eGrams: number, options?: EquivalentsOptions): EquivalentsResult {
  return unwrap(safeEquivalents(co2eGrams, options));
}

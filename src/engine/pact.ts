/**
 * Reads supplier footprints in the PACT (Partnership for Carbon Transparency) ProductFootprint format,
 * Technical Specifications 2.x and 3.x, and turns them into a per-product declared figure.
 *
 * A PACT document needs the full (zod) validators, so the reader itself lives beside them, in ./pact-read.ts,
 * registered by ./schemas/register.ts; this module only hands over to it. `eco-nudge/engine` registers it on import:
 * its callers get the synchronous behaviour described here. Elements load it on demand.
 */
import { notLoaded, onDemand } from './validate.js';
import { unwrap, type Result } from './result.js';
import type { DeclaredInput, PactOptions } from './types.js';

/**
 * Reads a PACT ProductFootprint and returns the product's declared footprint; never throws.
 *
 * - 2.x: `pcf.pCfExcludingBiogenic` (kg CO2e per `declaredUnit`) × `unitaryProductAmount`; verified when `pcf.assurance.assurance` is true.
 * - 3.x: `pcf.pcfExcludingBiogenicUptake` per declared unit (`declaredUnitAmount` × `declaredUnitOfMeasurement`);
 *   the declared unit is taken as one product; verified when `pcf.verification` describes an assurance.
 * - Where the unit is `kilogram` and `options.weightGrams` is given, the figure is per kilogram × the product's mass.
 * PACT footprints are cradle to gate; the result's `boundary` says so.
 *
 * @param document - The ProductFootprint (parsed JSON).
 * @param options - `weightGrams`: the product's mass in grams, used when the declared unit is a mass.
 * @returns A declared figure in g CO2e per product, or `INVALID_PACT` with the paths of the problems.
 * @example
 * safeFromPact({ specVersion: '2.3.0', pcf: { declaredUnit: 'kilogram', unitaryProductAmount: '0.5', pCfExcludingBiogenic: '4' } })
 * //=> { ok: true, value: { co2eGrams: 2000, boundary: 'cradle-to-gate', verified: false, source: 'PACT 2.3.0' } }
 */
export function safeFromPact(document: unknown, options: PactOptions = {}): Result<DeclaredInput> {
  return onDemand()?.fromPact(document, options) ?? notLoaded();
}

/**
 * Reads a PACT ProductFootprint (spec 2.x or 3.x) and returns the product's declared footprint.
 *
 * @param document - The ProductFootprint (parsed JSON).
 * @param options - `weightGrams` of the product, used when the declared unit is `kilogram`.
 * @returns `{ co2eGrams, boundary: 'cradle-to-gate', verified, source }`, grams CO2e per product.
 * @throws {EcoError} `INVALID_PACT`
 * @example
 * fromPact(doc3, { weightGrams: 250 }).co2eGrams // pcf 9.1 kg per 1 kilogram → 2275
 */
export function fromPact(document: unknown, options?: PactOptions): DeclaredInput {
  return unwrap(safeFromPact(document, options));
}

/**
 * Reads supplier footprints in the PACT (Partnership for Carbon Transparency) ProductFootprint format,
 * Technical Specifications 2.x and 3.x, and turns them into a per-product declared figure.
 */
import { notLoaded, validate } from './validate.js';
import { quickPact2, quickPact3 } from './guards.js';
import { EcoError, err, fail, guard, ok, unwrap, type Result } from './result.js';
import type { DeclaredInput, PactOptions } from './types.js';
import { fin } from './shared.js';

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const num = (v: string | number | undefined) => Number(v ?? 0);

/** True when a 3.x `verification` (or a 2.x-style `assurance`) object says the figure was assured. */
function assured(v: unknown): boolean {
  if (!isObj(v)) return false;
  if (v.assurance === false || v.verification === false) return false;
  return v.assurance === true || v.verification === true || ['providerName', 'coverage', 'completedAt', 'standardName'].some((k) => k in v);
}

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
  return guard(() => {
    if (!isObj(document) || !isObj(document.pcf))
      return fail('INVALID_PACT', 'Expected a PACT ProductFootprint object with a "pcf" object (Technical Specifications 2.x or 3.x).', 'pcf', 'Missing pcf object.');
    const v = String(document.specVersion ?? '');
    const major = /^[23]\./.test(v) ? v[0] : 'pcfExcludingBiogenicUptake' in document.pcf ? '3' : 'pCfExcludingBiogenic' in document.pcf ? '2' : '';
    if (!major) return fail('INVALID_PACT', `Unsupported PACT specVersion "${v}": only 2.x and 3.x documents can be read.`, 'specVersion', 'Expected a version such as "2.3.0" or "3.0.0".');
    const doc = { ...document, specVersion: /^[23]\./.test(v) ? v : `${major}.0.0` };
    const parsed = major === '2' ? validate('pact2', doc, '', quickPact2) : validate('pact3', doc, '', quickPact3);
    if (!parsed) return notLoaded();
    if (!parsed.ok) {
      const issues = parsed.issues;
      return err(new EcoError('INVALID_PACT', `The PACT ${major}.x document is invalid (${issues[0]!.path}: ${issues[0]!.message}). Check it against the PACT Technical Specifications.`, issues));
    }
    const d = parsed.value;
    if (d.status === 'Deprecated') return fail('INVALID_PACT', 'This PACT footprint has status "Deprecated" and should not be used; ask the supplier for the current version.', 'status');
    const weightKg = options.weightGrams && options.weightGrams > 0 && Number.isFinite(options.weightGrams) ? options.weightGrams / 1000 : 0;
    let kg: number;
    let verified: boolean;
    if ('pCfExcludingBiogenic' in d.pcf) {
      const p = (d as import('./schemas/pact.js').Pact2).pcf;
      const perUnit = num(p.pCfExcludingBiogenic);
      kg = perUnit * (p.declaredUnit === 'kilogram' && weightKg ? weightKg : num(p.unitaryProductAmount));
      verified = p.assurance?.assurance === true;
    } else {
      const p = (d as import('./schemas/pact.js').Pact3).pcf;
      const perDeclared = num(p.pcfExcludingBiogenicUptake);
      kg = p.declaredUnitOfMeasurement === 'kilogram' && weightKg ? (perDeclared / num(p.declaredUnitAmount)) * weightKg : perDeclared;
      verified = assured(p.verification ?? p.assurance);
    }
    const who = [d.companyName, d.productNameCompany].filter(Boolean).join(': ');
    return ok({ co2eGrams: fin(kg * 1000), boundary: 'cradle-to-gate', verified, source: `PACT ${d.specVersion}${who ? ` ${who}` : ''}${d.id ? ` (${d.id})` : ''}` });
  });
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

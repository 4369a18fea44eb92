/**
 * Reading PACT (Partnership for Carbon Transparency) ProductFootprints, Technical Specifications 2.x and 3.x: the
 * zod-free guards of the two versions, and the conversion to a declared figure. ./pact.ts documents the behaviour and
 * hands over to this module, which ./schemas/register.ts registers with the full validators (see ./validate.ts,
 * `OnDemand`): a PACT document is rare on a page, so its reader loads only when one comes. Nothing that the elements
 * import statically may import this module.
 */
import { DEV } from '../internal/dev.js';
import { validate } from './validate.js';
import { EcoError, err, fail, guard, ok, type Result } from './result.js';
import type { DeclaredInput, PactOptions } from './types.js';
import type { Pact2, Pact3 } from './schemas/pact.js';
import { fin } from './shared.js';
import { DECIMAL } from './constants.js';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const num = (v: string | number | undefined) => Number(v ?? 0);

/** True when a 3.x `verification` (or a 2.x-style `assurance`) object says the figure was assured. */
function assured(v: unknown): boolean {
  if (!isObj(v)) return false;
  if (v.assurance === false || v.verification === false) return false;
  return v.assurance === true || v.verification === true || ['providerName', 'coverage', 'completedAt', 'standardName'].some((k) => k in v);
}

const optStr = (v: unknown) => v === undefined || typeof v === 'string';
const optBool = (v: unknown) => v === undefined || typeof v === 'boolean';
const opt = (v: unknown, ok: (v: unknown) => boolean) => v === undefined || ok(v);
const text = (v: unknown) => typeof v === 'string' && v.length >= 1;

export { DECIMAL };
const decimal = (v: unknown) => (typeof v === 'string' && DECIMAL.test(v)) || (typeof v === 'number' && v >= 0 && v < Infinity);
const positiveDecimal = (v: unknown) => decimal(v) && Number(v) > 0;
const pactHead = (x: Obj, major: RegExp) =>
  typeof x.specVersion === 'string' && major.test(x.specVersion) && opt(x.status, (s) => s === 'Active' || s === 'Deprecated') &&
  optStr(x.productNameCompany) && optStr(x.companyName) && optStr(x.id) && isObj(x.pcf) &&
  opt(x.pcf.assurance, (a) => isObj(a) && optBool(a.assurance));

/** @internal The document when Pact2Schema certainly accepts it. */
export function quickPact2(x: unknown): Pact2 | undefined {
  if (!isObj(x) || !pactHead(x, /^2\./)) return undefined;
  const p = x.pcf as Obj;
  return text(p.declaredUnit) && positiveDecimal(p.unitaryProductAmount) && decimal(p.pCfExcludingBiogenic) ? (x as Pact2) : undefined;
}

/** @internal The document when Pact3Schema certainly accepts it. */
export function quickPact3(x: unknown): Pact3 | undefined {
  if (!isObj(x) || !pactHead(x, /^3\./)) return undefined;
  const p = x.pcf as Obj;
  return text(p.declaredUnitOfMeasurement) && positiveDecimal(p.declaredUnitAmount) && opt(p.productMassPerDeclaredUnit, decimal) && decimal(p.pcfExcludingBiogenicUptake)
    ? (x as Pact3)
    : undefined;
}

/** The declared figure of a PACT document (the behaviour documented at `safeFromPact` in ./pact.ts); never throws. */
export function readPact(document: unknown, options: PactOptions): Result<DeclaredInput> {
  return guard(() => {
    if (!isObj(document) || !isObj(document.pcf))
      return fail('INVALID_PACT', DEV ? 'Expected a PACT ProductFootprint object with a "pcf" object (Technical Specifications 2.x or 3.x).' : 'no pcf', 'pcf', DEV ? 'Missing pcf object.' : 'missing');
    const v = String(document.specVersion ?? '');
    const major = /^[23]\./.test(v) ? v[0] : 'pcfExcludingBiogenicUptake' in document.pcf ? '3' : 'pCfExcludingBiogenic' in document.pcf ? '2' : '';
    if (!major) return fail('INVALID_PACT', DEV ? `Unsupported PACT specVersion "${v}": only 2.x and 3.x documents can be read.` : `specVersion ${v}`, 'specVersion', DEV ? 'Expected a version such as "2.3.0" or "3.0.0".' : 'unsupported');
    const doc = { ...document, specVersion: /^[23]\./.test(v) ? v : `${major}.0.0` };
    const parsed = (major === '2' ? validate('pact2', doc, '', quickPact2) : validate('pact3', doc, '', quickPact3))!; // registered together with this module
    if (!parsed.ok) {
      const issues = parsed.issues;
      return err(new EcoError('INVALID_PACT', DEV ? `The PACT ${major}.x document is invalid (${issues[0]!.path}: ${issues[0]!.message}). Check it against the PACT Technical Specifications.` : issues[0]!.path, issues));
    }
    const d = parsed.value;
    if (d.status === 'Deprecated') return fail('INVALID_PACT', DEV ? 'This PACT footprint has status "Deprecated" and should not be used; ask the supplier for the current version.' : 'Deprecated', 'status');
    const weightKg = options.weightGrams && options.weightGrams > 0 && Number.isFinite(options.weightGrams) ? options.weightGrams / 1000 : 0;
    let kg: number;
    let verified: boolean;
    if ('pCfExcludingBiogenic' in d.pcf) {
      const p = (d as Pact2).pcf;
      const perUnit = num(p.pCfExcludingBiogenic);
      kg = perUnit * (p.declaredUnit === 'kilogram' && weightKg ? weightKg : num(p.unitaryProductAmount));
      verified = p.assurance?.assurance === true;
    } else {
      const p = (d as Pact3).pcf;
      const perDeclared = num(p.pcfExcludingBiogenicUptake);
      kg = p.declaredUnitOfMeasurement === 'kilogram' && weightKg ? (perDeclared / num(p.declaredUnitAmount)) * weightKg : perDeclared;
      verified = assured(p.verification ?? p.assurance);
    }
    const who = [d.companyName, d.productNameCompany].filter(Boolean).join(': ');
    return ok({ co2eGrams: fin(kg * 1000), boundary: 'cradle-to-gate', verified, source: `PACT ${d.specVersion}${who ? ` ${who}` : ''}${d.id ? ` (${d.id})` : ''}` });
  });
}


// The warehouse UDF: the entry that scripts/build-udf.mjs bundles, with the engine's own source (src/engine) and the
// bundled dataset, into dist/eco-nudge-udf.js: one plain script that defines one global function,
//
//   ecoNudgeEstimate(product, options) → string (one JSON object)
//
// `product` is the engine's product input as a JSON string (or an object: BigQuery's JSON type, Snowflake's VARIANT),
// `options` is null/undefined, or `{ "country": "FR", "boundary": "cradle-to-gate", "trace": true }` as a JSON string
// or an object. The result is always a JSON string, never a throw:
//   {"ok":true,"id":"sku-1","co2eGrams":…,"lowGrams":…,"highGrams":…,"grade":"C","method":"spend",
//    "datasetId":"eco-nudge","datasetVersion":"2026.1","footprint":{…the CLI's footprint object…}}
//   {"ok":false,"id":"sku-2","code":"UNKNOWN_CATEGORY","message":"…","issues":[{"path":"category","message":"…"}],
//    "datasetVersion":"2026.1"}
// `footprint` is exactly what `eco-nudge estimate` writes for the row (trace trimmed to the dataset id and version
// unless `trace` is set), so the warehouse, the CLI and the pipe contract give one row format (docs/catalog.md).
//
// The engine is imported from its source through its public entry, which installs the full validators synchronously:
// no lazy `import()`, no timers, no network, no Intl; the test (test/cli/udf.test.mjs) runs the built file in a bare
// `vm` context without Intl and compares it with dist/engine, row for row.
import { DATASET_VERSION, safeEstimateFootprint } from '../../src/engine/index.ts';

/** Inputs longer than this (characters of JSON) are refused as a row error instead of being parsed. */
export const MAX_INPUT_CHARS = 1_000_000;
const OPTION_KEYS = ['country', 'boundary', 'trace'];

const error = (code, message, issues = [], id) =>
  id === undefined ? { ok: false, code, message, issues, datasetVersion: DATASET_VERSION } : { ok: false, id, code, message, issues, datasetVersion: DATASET_VERSION };

/** A JSON string or an object → the value; `{ fail }` for a string that is too long or not JSON. */
function read(value, what) {
  if (typeof value !== 'string') return { value };
  if (value.length > MAX_INPUT_CHARS)
    return { fail: error('INPUT_TOO_LARGE', `The ${what} is ${value.length} characters of JSON; at most ${MAX_INPUT_CHARS} are read.`, [{ path: '', message: `At most ${MAX_INPUT_CHARS} characters.` }]) };
  try {
    return { value: JSON.parse(value) };
  } catch (e) {
    return { fail: error('INVALID_JSON', `The ${what} is not valid JSON (${e instanceof Error ? e.message : String(e)}).`) };
  }
}

function readOptions(raw) {
  if (raw === null || raw === undefined || raw === '') return { value: {} };
  const r = read(raw, 'options');
  if (r.fail) return r;
  const o = r.value;
  if (o === null) return { value: {} };
  if (typeof o !== 'object' || Array.isArray(o))
    return { fail: error('INVALID_ARGUMENT', 'The options must be an object such as {"country":"FR","boundary":"cradle-to-gate"}, or NULL.', [{ path: 'options', message: 'Expected an object.' }]) };
  const unknown = Object.keys(o).filter((k) => !OPTION_KEYS.includes(k));
  if (unknown.length)
    return { fail: error('INVALID_ARGUMENT', `Unknown option ${unknown.join(', ')}; the options are ${OPTION_KEYS.join(', ')}.`, unknown.map((k) => ({ path: `options.${k}`, message: 'Unknown option.' }))) };
  if (o.country !== undefined && o.country !== null && typeof o.country !== 'string')
    return { fail: error('INVALID_ARGUMENT', 'options.country must be an ISO 3166-1 alpha-2 code such as "FR".', [{ path: 'options.country', message: 'Expected a string.' }]) };
  if (o.trace !== undefined && o.trace !== null && typeof o.trace !== 'boolean')
    return { fail: error('INVALID_ARGUMENT', 'options.trace must be true or false.', [{ path: 'options.trace', message: 'Expected a boolean.' }]) };
  const value = {};
  if (typeof o.country === 'string') value.country = o.country.toUpperCase();
  if (o.boundary !== undefined && o.boundary !== null) value.boundary = o.boundary;
  return { value, trace: o.trace === true };
}

function run(productRaw, optionsRaw) {
  if (productRaw === null || productRaw === undefined)
    return error('INVALID_PRODUCT', 'No product (NULL): pass the product as a JSON string or object.', [{ path: '', message: 'Expected a product object.' }]);
  const p = read(productRaw, 'product');
  if (p.fail) return p.fail;
  const product = p.value;
  const id = product !== null && typeof product === 'object' && (typeof product.id === 'string' || typeof product.id === 'number') ? product.id : undefined;
  const o = readOptions(optionsRaw);
  if (o.fail) return id === undefined ? o.fail : { ...o.fail, id };
  const r = safeEstimateFootprint(product, o.value);
  if (!r.ok) return error(r.error.code, r.error.message, r.error.issues, id);
  const f = r.value;
  // the same trimming as the CLI (scripts/cli/rows.mjs): the dataset id and version stay, the factors only with `trace`
  const footprint = o.trace ? f : { ...f, trace: { datasetId: f.trace.datasetId, datasetVersion: f.trace.datasetVersion } };
  const head = { ok: true, co2eGrams: f.co2eGrams, lowGrams: f.lowGrams, highGrams: f.highGrams, grade: f.grade, method: f.method, datasetId: f.trace.datasetId, datasetVersion: f.trace.datasetVersion, footprint };
  return id === undefined ? head : { ok: true, id, ...head };
}

/**
 * Estimates one product; returns one JSON object as a string, and never throws.
 * @param {unknown} product - The product input, as a JSON string or an object.
 * @param {unknown} [options] - `{ country, boundary, trace }` as a JSON string or an object, or null.
 * @returns {string}
 */
export function estimate(product, options) {
  try {
    return JSON.stringify(run(product, options));
  } catch (e) {
    // only a caller-built object can get here (a cycle, a getter that throws): still a row, not a throw
    let message = 'unexpected failure';
    try {
      message = e instanceof Error ? e.message : String(e);
    } catch {
      /* keep the generic message */
    }
    return JSON.stringify(error('INVALID_ARGUMENT', `The input could not be read: ${message}.`));
  }
}

/**
 * Loading, checking and extending datasets.
 *
 * A dataset is validated once at the boundary: `loadDataset` checks the schema and the cross-references
 * (every `source`, `spendKey`, material, packaging and end-of-life key must exist; grades must ascend),
 * then returns a deep-frozen copy. Engine functions accept any dataset object and validate it on first use,
 * remembering the outcome per object, so passing the same dataset again costs nothing.
 *
 * Marketplaces rarely want to rewrite the whole dataset: `extendDataset(base, partial)` deep-merges a partial
 * dataset (new or changed categories, materials, grid entries, spend factors, sources…) onto a base and
 * validates the result. Objects merge key by key; arrays and numbers replace; a key set to `null` is removed.
 *
 * Reading a merchant dataset needs the full (zod) validators, so the reading itself lives beside them, in
 * ./dataset-load.ts, registered by ./schemas/register.ts; this module only hands over to it. `eco-nudge/engine`
 * registers it on import: its callers get the synchronous behaviour described here. Elements load it on demand.
 */
import { DEV } from '../internal/dev.js';
import { isNotLoaded, notLoaded, onDemand } from './validate.js';
import { fail, ok, unwrap, type Result } from './result.js';
import type { Dataset } from './types.js';
import { bundledDataset } from '../data/core.js';

/** A partial dataset for {@link extendDataset}: any subset of the keys, at any depth; `null` removes a key. */
export type DatasetPatch = { readonly [key: string]: unknown };

/** Datasets already checked, by object: the inputs seen by {@link resolveDataset} and every validated copy. */
const checked = new WeakMap<object, Result<Dataset>>();

const remember = (r: Result<Dataset>): Result<Dataset> => {
  if (r.ok) checked.set(r.value, r);
  return r;
};

/**
 * Validates a dataset (parsed JSON) and returns a deep-frozen copy; never throws.
 *
 * @param json - A complete dataset, shaped like `Dataset` (see src/engine/types.ts).
 * @returns `{ ok: true, value }` or `{ ok: false, error }` with code `DATASET_INVALID` and every issue's path.
 * @example
 * safeLoadDataset({ schemaVersion: 2 }).ok //=> false
 */
export function safeLoadDataset(json: unknown): Result<Dataset> {
  const m = onDemand();
  return m ? remember(m.loadDataset(json)) : notLoaded();
}

/**
 * Validates a dataset and returns a deep-frozen copy.
 *
 * @param json - A complete dataset (parsed JSON).
 * @returns The validated dataset, usable as `options.dataset` everywhere.
 * @throws {EcoError} `DATASET_INVALID` with `issues` such as `{ path: 'grid.DE.value', message: 'Must be at least 0.' }`
 * @example
 * const ds = loadDataset(await (await fetch('/factors.json')).json());
 * estimateFootprint({ category: 'apparel.t-shirt' }, { dataset: ds }).method //=> 'category'
 */
export function loadDataset(json: unknown): Dataset {
  return unwrap(safeLoadDataset(json));
}

/**
 * Deep-merges a partial dataset onto a base and validates the result; never throws.
 *
 * @param base - Usually `bundledDataset`.
 * @param patch - Any subset of a dataset: objects merge key by key, arrays and values replace, `null` removes a key.
 * @returns The merged, validated, frozen dataset, or `DATASET_INVALID` with paths into the merged dataset.
 * @example
 * safeExtendDataset(bundledDataset, { grid: { XK: { value: 800, unit: 'g CO2e/kWh', source: 'owid-ember' } } }).ok //=> true
 */
export function safeExtendDataset(base: Dataset, patch: DatasetPatch): Result<Dataset> {
  const m = onDemand();
  return m ? remember(m.extendDataset(base, patch)) : notLoaded();
}

/**
 * Deep-merges a partial dataset onto a base (e.g. the bundled one) and validates the result.
 *
 * @param base - The dataset to extend.
 * @param patch - New or replaced categories, materials, grid entries, factors or sources; `null` removes a key.
 * @returns The merged dataset, validated and frozen.
 * @throws {EcoError} `DATASET_INVALID` (paths into the merged dataset) | `INVALID_ARGUMENT`
 * @example
 * const ds = extendDataset(bundledDataset, { spend: { apparel: { value: 160, unit: 'g CO2e/USD2021', source: 'useeio' } } });
 * ds.spend.apparel.value //=> 160
 */
export function extendDataset(base: Dataset, patch: DatasetPatch): Dataset {
  return unwrap(safeExtendDataset(base, patch));
}

let bundled: Result<Dataset> | undefined;

/**
 * @internal The dataset to use for a call: `options.dataset` (validated on first use) or the bundled one, which the
 * build and the test suite validate (test/engine/bundled.test.ts), so pages do not pay for it at run time.
 */
export function resolveDataset(ds: Dataset | undefined): Result<Dataset> {
  if (ds === undefined || ds === bundledDataset) return (bundled ??= ok(bundledDataset));
  const d = ds;
  if (typeof d !== 'object' || d === null || Array.isArray(d)) return fail('INVALID_ARGUMENT', DEV ? 'options.dataset must be a dataset object (see loadDataset).' : 'not a dataset', 'options.dataset');
  let r = checked.get(d);
  if (!r) {
    r = safeLoadDataset(d);
    if (!isNotLoaded(r)) checked.set(d, r); // checked again once the validators are loaded
  }
  return r;
}

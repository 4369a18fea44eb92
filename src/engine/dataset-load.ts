/**
 * Reading merchant datasets: the schema, the cross-references the schema cannot express, freezing, and merging a
 * partial dataset onto a base. A merchant dataset always needs the full (zod) validators, so this code travels with
 * them: ./schemas/register.ts registers it, and ./dataset.ts hands over to it (see ./validate.ts, `OnDemand`).
 * Nothing that the elements import statically may import this module.
 */
import { DEV } from '../internal/dev.js';
import { validate } from './validate.js';
import { EcoError, err, fail, ok, type Result } from './result.js';
import type { Dataset, Factor, Issue } from './types.js';

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function deepFreeze<T>(v: T): T {
  if (typeof v === 'object' && v !== null && !Object.isFrozen(v)) {
    Object.freeze(v);
    for (const k of Object.keys(v)) deepFreeze((v as Record<string, unknown>)[k]);
  }
  return v;
}

function isFactor(v: unknown): v is Factor {
  return isObj(v) && typeof v.value === 'number' && typeof v.unit === 'string' && typeof v.source === 'string';
}

/** Cross-reference checks the schema cannot express. */
function crossCheck(ds: Dataset): Issue[] {
  const issues: Issue[] = [];
  const need = (ok: boolean, path: string, message: string) => {
    if (!ok) issues.push({ path, message });
  };
  const walk = (v: unknown, path: string): void => {
    if (isFactor(v)) need(v.source in ds.sources, `${path}.source`, DEV ? `Source "${v.source}" is not listed in sources.` : 'not in sources');
    else if (isObj(v)) for (const k of Object.keys(v)) walk(v[k], path ? `${path}.${k}` : k);
  };
  for (const part of ['categories', 'materials', 'freight', 'grid', 'packaging', 'endOfLife', 'spend', 'delivery', 'equivalences'] as const) walk(ds[part], part);
  const { perUsd, priceIndex } = ds.currencies;
  for (const [path, table] of Object.entries({ sources: ds.sources, categories: ds.categories, materials: ds.materials, grid: ds.grid, packaging: ds.packaging, endOfLife: ds.endOfLife, spend: ds.spend, 'currencies.perUsd': perUsd, 'currencies.priceIndex.byYear': priceIndex.byYear, 'ranges.filledIn': ds.ranges.filledIn }))
    need(!Object.hasOwn(table, ''), `${path}.`, DEV ? 'Keys must not be empty.' : 'empty key');
  for (const [key, c] of Object.entries(ds.categories)) {
    const at = `categories.${key}`;
    need(c.spendKey in ds.spend, `${at}.spendKey`, DEV ? `Spend factor "${c.spendKey}" is not in spend.` : 'not in spend');
    need(c.benchmark.source in ds.sources, `${at}.benchmark.source`, DEV ? `Source "${c.benchmark.source}" is not listed in sources.` : 'not in sources');
    c.typical.materials.forEach((m, i) => need(m.material in ds.materials, `${at}.typical.materials.${i}.material`, DEV ? `Material "${m.material}" is not in materials.` : 'not in materials'));
    c.typical.packaging?.forEach((p, i) => need(p.material in ds.packaging, `${at}.typical.packaging.${i}.material`, DEV ? `Packaging "${p.material}" is not in packaging.` : 'not in packaging'));
    need(c.typical.price.currency in ds.currencies.perUsd, `${at}.typical.price.currency`, DEV ? `Currency "${c.typical.price.currency}" is not in currencies.perUsd.` : 'not in currencies.perUsd');
  }
  for (const [key, m] of Object.entries(ds.materials)) need(m.endOfLife in ds.endOfLife, `materials.${key}.endOfLife`, DEV ? `End-of-life route "${m.endOfLife}" is not in endOfLife.` : 'not in endOfLife');
  need('WORLD' in ds.grid, 'grid.WORLD', DEV ? 'The grid needs a WORLD average.' : 'missing');
  need(ds.currencies.perUsd.USD === 1, 'currencies.perUsd.USD', DEV ? 'USD must be 1 (rates are units per US dollar).' : 'not 1');
  need(ds.currencies.source in ds.sources, 'currencies.source', DEV ? `Source "${ds.currencies.source}" is not listed in sources.` : 'not in sources');
  const idx = ds.currencies.priceIndex;
  need(String(idx.currentYear) in idx.byYear, 'currencies.priceIndex.byYear', DEV ? `No price index for the current year ${idx.currentYear}.` : 'no current year');
  need(idx.byYear[String(ds.currencies.spendYear)] === 1, 'currencies.priceIndex.byYear', DEV ? `The price index must be 1 in the spend year ${ds.currencies.spendYear}.` : 'not 1 in the spend year');
  need(ds.grades.every((g, i) => i === 0 || g > ds.grades[i - 1]!), 'grades', DEV ? 'Grade bounds must ascend (A < B < C < D).' : 'not ascending');
  if (ds.conditions) walk(ds.conditions, 'conditions');
  if (ds.substitutes) {
    for (const [id, g] of Object.entries(ds.substitutes.groups)) {
      const at = `substitutes.groups.${id}`;
      need(id !== '', `${at}`, DEV ? 'Keys must not be empty.' : 'empty key');
      need(g.source in ds.sources, `${at}.source`, DEV ? `Source "${g.source}" is not listed in sources.` : 'not in sources');
      for (const c of Object.keys(g.members)) need(Object.hasOwn(ds.categories, c), `${at}.members.${c}`, DEV ? `Category "${c}" is not in categories.` : 'not in categories');
    }
    ds.substitutes.none.forEach((c, i) => need(Object.hasOwn(ds.categories, c), `substitutes.none.${i}`, DEV ? `Category "${c}" is not in categories.` : 'not in categories'));
  }
  return issues;
}

const invalid = (issues: Issue[]) =>
  err<Dataset>(
    new EcoError(
      'DATASET_INVALID',
      DEV
        ? `The dataset is invalid (${issues.length} issue${issues.length === 1 ? '' : 's'}; first: ${issues[0]!.path || 'root'}: ${issues[0]!.message}). Fix the listed paths, or start from the bundled dataset with extendDataset().`
        : issues[0]!.path || 'root',
      issues,
    ),
  );

/**
 * A pathological document can exhaust the validator itself (zod spreads child issues into `push(...)`: about
 * 100,000 broken entries overflow the call stack). "Never throws" holds for those too (found by
 * test/reliability/dataset-faults.test.ts).
 */
const unreadable = (e: unknown) =>
  invalid([{ path: '', message: DEV ? `The dataset could not be checked (${e instanceof Error ? e.message : String(e)}); it is too large or too broken.` : String(e) }]);

function loadChecked(json: unknown): Result<Dataset> {
  const parsed = validate('dataset', json)!; // registered together with this module
  if (!parsed.ok) return invalid(parsed.issues);
  const ds = parsed.value as Dataset;
  const issues = crossCheck(ds);
  if (issues.length) return invalid(issues);
  return ok(deepFreeze(ds));
}

function merge(base: unknown, patch: unknown): unknown {
  if (!isObj(base) || !isObj(patch)) return patch;
  const out: Record<string, unknown> = { ...base };
  for (const k of Object.keys(patch)) {
    if (k === '__proto__' || k === 'constructor' || k === 'prototype') continue;
    const v = patch[k];
    if (v === null) delete out[k];
    else if (v !== undefined) out[k] = merge(base[k], v);
  }
  return out;
}

/** A complete dataset (parsed JSON) → `Result<Dataset>`, validated and deep-frozen; never throws. */
export function readDataset(json: unknown): Result<Dataset> {
  try {
    return loadChecked(json);
  } catch (e) {
    return unreadable(e);
  }
}

/** `patch` deep-merged onto `base`, then as {@link readDataset}; never throws. */
export function mergeDataset(base: Dataset, patch: { readonly [key: string]: unknown }): Result<Dataset> {
  if (!isObj(base) || !isObj(patch)) return fail('INVALID_ARGUMENT', DEV ? 'extendDataset(base, patch) needs two objects: a dataset and a partial dataset.' : 'not objects');
  let merged: unknown;
  try {
    merged = merge(base, patch);
  } catch (e) {
    return unreadable(e); // e.g. a patch nested deeper than the stack
  }
  return readDataset(merged);
}

/** Internal helpers shared by the engine modules (not part of the public API). */
import type { Dataset, Factor, TraceFactor } from './types.js';

/** Clamps to a finite number ≥ 0: the engine never returns NaN, Infinity or a negative footprint. */
export const fin = (x: number): number => (x > 0 && x < 1e300 ? x : 0);

const traceCache = new WeakMap<Dataset, Map<string, TraceFactor>>();

/** The trace entry of a dataset factor, built once per dataset and key and then shared (frozen). */
export function traced(ds: Dataset, key: string, f: Pick<Factor, 'value' | 'unit' | 'source'>): TraceFactor {
  let map = traceCache.get(ds);
  if (!map) traceCache.set(ds, (map = new Map()));
  let t = map.get(key);
  if (!t || t.value !== f.value) map.set(key, (t = Object.freeze({ key, value: f.value, unit: f.unit, sourceId: f.source })));
  return t;
}

const factorCache = new WeakMap<object, TraceFactor>();

/** The trace entry of a dataset factor object, cached by identity (a factor sits at one key of a frozen dataset). */
export function traceOf(f: Factor, group: string, key: string, part = ''): TraceFactor {
  let t = factorCache.get(f);
  if (!t) factorCache.set(f, (t = Object.freeze({ key: `${group}.${key}${part && `.${part}`}`, value: f.value, unit: f.unit, sourceId: f.source })));
  return t;
}

/** Adds a trace entry once. */
export const addTrace = (list: TraceFactor[], t: TraceFactor): void => {
  if (!list.includes(t)) list.push(t);
};

/** Spread σ (log space) of a multiplicative half-width k ≥ 1. */
export const sigma = (k: number | undefined): number => (k && k > 1 ? Math.log(k) : 0);

/** `[low, high]` around `x` for a log-space spread σ. */
export const spread = (x: number, s: number): [number, number] => {
  const k = Math.exp(Math.min(s, 20));
  return [fin(x / k), fin(x * k)];
};

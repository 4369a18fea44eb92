/**
 * The first half of the paired-savings model (./paired.ts, whose header describes it): an estimate's range split into
 * its keyed terms. A module of its own because the order footprint needs only this (src/engine/order.ts), and a
 * checkout then does not load `pairedSaving`, which only the alternatives use.
 */
import type { Dataset, FootprintResult, MaterialShareInput, Method, PairedModel } from './types.js';
import { sigma } from './shared.js';

/** Used when a dataset has no `paired` table (a merchant dataset built before it existed). */
export const DEFAULT_PAIRED: PairedModel = Object.freeze({ shared: Object.freeze({ declared: 0, activity: 0.5, spend: 0.5, category: 0.5 }), minShare: 0.1 });

/** @internal One estimate's spread split into keyed log-space half-widths (σ² add up to the single σ_T²). */
export interface Split {
  readonly grams: number;
  /** The model term (key `key`): shared by products of the same category. */
  readonly shared: number;
  /** The own term: this product's alone, or its twin's (key `ownKey`). */
  readonly own: number;
  /** The proxy term (key `proxyKey`). */
  readonly proxy: number;
  readonly key: string;
  readonly proxyKey: string;
  /** Key of the own term: '' (never shared) unless the caller pairs twins. */
  readonly ownKey: string;
}

/** True when the estimate's mass came from the category's typical retail pack (the engine's `packed` rule). */
const packed = (r: FootprintResult, ds: Dataset): boolean => {
  const c = Object.hasOwn(ds.categories, r.category) ? ds.categories[r.category] : undefined;
  return !!c && c.unit !== 'item' && c.typical.packSize !== undefined;
};

const own2Of = (r: FootprintResult, ds: Dataset, p: PairedModel, total2: number): number => {
  if (r.method === 'declared') return total2;
  const x = r.co2eGrams;
  const s = r.stages;
  const base = Math.min(sigma(ds.ranges.method[r.method as Method]), Math.sqrt(total2));
  const rho = Math.min(1, Math.max(0, p.shared[r.method] ?? 0));
  let v = (1 - rho) * base * base;
  const k = ds.ranges.filledIn;
  for (const f of r.filledIn) {
    const driven =
      f === 'weightGrams' ? x - s.use
      : f === 'materials' ? s.materials + s.manufacturing + s.endOfLife
      : f === 'transport' ? s.transport
      : f === 'packaging' ? s.packaging
      : 0; // use: the category's use assumption, shared
    // a mass filled from the category's typical retail pack has the pack's wider spread, as in the single estimate
    v += (driven / x) ** 2 * sigma(f === 'weightGrams' && packed(r, ds) ? (k.pack ?? k[f]) : k[f]) ** 2;
  }
  return Math.min(v, total2);
};

/**
 * The log-space spread the model term carries besides the proxy: the shared part of the base spread, the category's
 * allowance where materials are given (as the single estimate adds it) and the filled-in use phase.
 */
const model2Of = (r: FootprintResult, ds: Dataset, p: PairedModel): number => {
  if (r.method === 'declared') return 0;
  const x = r.co2eGrams;
  const base = sigma(ds.ranges.method[r.method as Method]);
  const rho = Math.min(1, Math.max(0, p.shared[r.method] ?? 0));
  let v = rho * base * base;
  if (r.method === 'activity' && !r.filledIn.includes('materials')) v += ((r.stages.manufacturing / x) * sigma(ds.ranges.method.category)) ** 2;
  if (r.filledIn.includes('use')) v += ((r.stages.use / x) * sigma(ds.ranges.filledIn.use)) ** 2;
  return v;
};

/**
 * Key of the proxy term: the category's when its benchmark or allowance is a proxy (every product of the category rests
 * on it), else the proxy material factors the product's own materials use (virgin or recycled, as given).
 */
function proxyKeyOf(r: FootprintResult, ds: Dataset, materials: readonly MaterialShareInput[] | undefined): string {
  const c = Object.hasOwn(ds.categories, r.category) ? ds.categories[r.category]! : undefined;
  if (!c || c.benchmark.proxy || c.manufacturing.proxy || !materials) return `proxy:${r.category}`;
  const keys: string[] = [];
  for (const m of materials) {
    const mat = Object.hasOwn(ds.materials, m.material) ? ds.materials[m.material]! : undefined;
    if (!mat) continue;
    const r2 = mat.recycled ? (m.recycledShare ?? 0) : 0;
    if (r2 < 1 && mat.virgin.proxy) keys.push(`${m.material}.virgin`);
    if (r2 > 0 && mat.recycled?.proxy) keys.push(`${m.material}.recycled`);
  }
  return `proxy:${r.category}:${keys.sort().join(':')}`;
}

/**
 * @internal Splits an estimate's range into its keyed terms (see the module header).
 * @param materials - The product's own materials, if it gave them (they key the proxy term).
 * @param twin - Key of the own term, shared with the product's twin ('' : its own).
 */
export function split(r: FootprintResult, ds: Dataset, materials?: readonly MaterialShareInput[], twin = ''): Split {
  const x = r.co2eGrams;
  if (!(x > 0)) return { grams: 0, shared: 0, own: 0, proxy: 0, key: '', proxyKey: '', ownKey: '' };
  const p = ds.paired ?? DEFAULT_PAIRED;
  const total = r.highGrams > x ? Math.log(r.highGrams / x) : 0;
  const total2 = total * total;
  const own2 = own2Of(r, ds, p, total2);
  const model2 = Math.min(model2Of(r, ds, p), total2 - own2);
  // what is left is the proxy term (and any spread a later σ composition adds: it stays with the proxy's key)
  const proxy2 = Math.max(0, total2 - own2 - model2);
  return { grams: x, shared: Math.sqrt(model2), own: Math.sqrt(own2), proxy: Math.sqrt(proxy2), key: `level:${r.category}`, proxyKey: proxyKeyOf(r, ds, materials), ownKey: twin };
}

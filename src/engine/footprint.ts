/**
 * Footprint estimation: the method cascade declared → activity → spend → category.
 *
 * Every method starts from the category model: the category's benchmark (its typical product's footprint,
 * split by stage) scaled to the product's mass, with the use phase recomputed from kWh × years × the grid
 * of the country of use. Then:
 *
 * - **activity** (materials, transport, packaging or use given; with materials and a price, the manufacturing
 *   allowance × the price factor of {@link priceAdjustment}): production (materials + manufacturing) is
 *   `Σ mass × ((1−r)·EFvirgin + r·EFrecycled) + mass × allowance`, anchored to the benchmark: it is multiplied by
 *   `benchmark production / the same formula for the typical product` (1 for a self-consistent dataset), so
 *   generic material factors cannot drift away from the category's own life-cycle data. Transport is
 *   `Σ tonnes × km × (direct + well-to-tank)`, packaging `Σ kg × EF`, use `kWh/yr × years × grid`; end of life
 *   follows the materials' routes. Stages the merchant did not describe come from the category model.
 * - **spend** (a price, no activity data; method name kept for compatibility): the category model with its
 *   production stages (materials, manufacturing, transport, packaging) × `(price ÷ typical price)^β`, β per
 *   category group from `dataset.ranges.price` (fitted by leave-one-out on the validation set; 0 where the price
 *   carries no signal, and then the price is not used and the method stays `category`), the ratio capped. See
 *   {@link priceAdjustment}. Use and end of life come from the category model.
 * - **declared** (a declared figure or a PACT document): used as declared; a cradle-to-gate figure gets the
 *   modelled transport, use and end of life added when the boundary is cradle to grave.
 *
 * Ranges: `[low, high] = [x / e^σ, x · e^σ]` is the **likely range**, a nominal `dataset.ranges.coverage` (80 %)
 * interval: σ² = ln(k_method)² + Σ (share of the total driven by each filled-in field × ln k_field)² + proxy term,
 * with `k` from `dataset.ranges` (each k is the half-width multiplier of that 80 % interval). The single-estimate
 * composition lives in {@link estimateSigma} (category, spend, activity) and {@link fillSigma2}.
 */
import { DEV } from '../internal/dev.js';
import type { ParsedProduct } from './schemas/product.js';
import { BOUNDARIES, quickProduct } from './guards.js';
import { isNotLoaded, notLoaded, validate } from './validate.js';
import { EcoError, err, fail, guard, listKeys, ok, tooMany, unwrap, type Result } from './result.js';
import { STAGES } from './kinds.js';
import { LIMITS, type Boundary, type Category, type Dataset, type DeclaredInput, type EstimateOptions, type Factor, type FootprintResult, type MaterialShareInput, type Method, type ProductInput, type Stage, type TraceFactor } from './types.js';
import { addTrace, fin, sigma, spread, traceOf } from './shared.js';
import { resolveDataset } from './dataset.js';
import { compareToBenchmark, gradeForRatio } from './grade.js';
import { safeFromPact } from './pact.js';
import { priceAdjustment } from './price.js';
import { applyCondition } from './condition.js';
import { storageGrams } from './specs.js';

type Stages = Record<Stage, number>;
const GATE_EXCLUDES: readonly Stage[] = ['transport', 'use', 'endOfLife'];
const pos = (x: number) => (x > 0 ? x : 0);
// written out (same order as STAGES): a reduce with a closure cost more than the rest of a category estimate
const sum = (s: Stages) => s.materials + s.manufacturing + s.transport + s.packaging + s.use + s.endOfLife;

/** Mass-weighted factor (g/kg) of a material mix, and the part of it that rests on proxy factors; shares are normalised to 1. */
function mixFactor(list: readonly MaterialShareInput[], ds: Dataset, trace: TraceFactor[], eol: boolean): [number, number] {
  let total = 0;
  let proxy = 0;
  let shares = 0;
  for (const m of list) {
    const mat = ds.materials[m.material]!;
    shares += m.share;
    if (eol) {
      const f = ds.endOfLife[mat.endOfLife]!;
      addTrace(trace, traceOf(f, 'endOfLife', mat.endOfLife));
      total += m.share * pos(f.value);
      continue;
    }
    const r = mat.recycled ? (m.recycledShare ?? 0) : 0;
    if (r < 1) addTrace(trace, traceOf(mat.virgin, 'materials', m.material, 'virgin'));
    if (r > 0) addTrace(trace, traceOf(mat.recycled!, 'materials', m.material, 'recycled'));
    const v = m.share * (1 - r) * mat.virgin.value;
    const w = m.share * r * (mat.recycled?.value ?? 0);
    total += v + w;
    proxy += (mat.virgin.proxy ? v : 0) + (mat.recycled?.proxy ? w : 0);
  }
  return shares > 0 ? [total / shares, proxy / shares] : [0, 0];
}

/** What never changes for a category of a dataset: its benchmark and the typical product's bottom-up figures. */
interface Prep {
  readonly bench: TraceFactor;
  readonly manufacturing: TraceFactor;
  readonly kappa: TraceFactor;
  /** Trace entries of the typical product's material and end-of-life factors. */
  readonly typical: readonly TraceFactor[];
  readonly efT: number;
  readonly eolT: number;
}
const preps = new WeakMap<Category, Prep>();

function prep(key: string, cat: Category, ds: Dataset): Prep {
  let pr = preps.get(cat);
  if (pr) return pr;
  const t = cat.typical;
  const B = cat.benchmark.stages;
  const typical: TraceFactor[] = [];
  const [efT] = mixFactor(t.materials, ds, typical, false);
  const [eolT] = mixFactor(t.materials, ds, typical, true);
  const buT = (t.weightGrams / 1000) * (efT + cat.manufacturing.value);
  const prodB = pos(B.materials) + pos(B.manufacturing);
  const src = cat.benchmark.source;
  pr = {
    bench: Object.freeze({ key: `categories.${key}.benchmark`, value: STAGES.reduce((a, k) => a + B[k], 0), unit: `g CO2e/${cat.unit}`, sourceId: src }),
    manufacturing: traceOf(cat.manufacturing, 'categories', key, 'manufacturing'),
    kappa: Object.freeze({ key: `categories.${key}.calibration`, value: buT > 0 && prodB > 0 ? prodB / buT : 1, unit: 'benchmark production / bottom-up production of the typical product', sourceId: src }),
    typical,
    efT,
    eolT,
  };
  preps.set(cat, pr);
  return pr;
}

interface Model {
  readonly s: Stages;
  /** Share (0–1) of each stage that rests on proxy figures (a proxy benchmark or proxy material factors). */
  readonly proxy: Stages;
  readonly filled: string[];
  /** Grams of the use stage computed from kWh (does not scale with mass). */
  readonly useFromEnergy: boolean;
  /** Mass used, in kg (given, else the category's typical retail pack, else the typical product). */
  readonly massKg: number;
  /** True when the mass is the category's typical retail pack (`typical.packSize`), not the merchant's. */
  readonly packed: boolean;
}

/** The category model, refined by whatever activity data the product carries (all stages, cradle to grave). */
function model(p: ParsedProduct, key: string, cat: Category, ds: Dataset, grid: Factor, gridKey: string, trace: TraceFactor[]): Model {
  const t = cat.typical;
  const B = cat.benchmark.stages;
  const mT = t.weightGrams / 1000;
  const packed = p.weightGrams === undefined && t.packSize !== undefined && cat.unit !== 'item';
  const m = (p.weightGrams ?? (packed ? t.packSize! * t.weightGrams : t.weightGrams)) / 1000;
  const r = m / mT;
  const filled: string[] = [];
  if (p.weightGrams === undefined) filled.push('weightGrams');
  const pr = prep(key, cat, ds);
  trace.push(pr.bench);

  const s: Stages = { materials: pos(B.materials) * r, manufacturing: pos(B.manufacturing) * r, transport: pos(B.transport) * r, packaging: pos(B.packaging) * r, use: pos(B.use) * r, endOfLife: pos(B.endOfLife) * r };
  const pb = cat.benchmark.proxy || cat.manufacturing.proxy ? 1 : 0;
  const proxy: Stages = { materials: pb, manufacturing: pb, transport: pb, packaging: pb, use: pb, endOfLife: pb };

  if (p.materials) {
    const allowance = cat.manufacturing.value;
    addTrace(trace, pr.manufacturing);
    addTrace(trace, pr.kappa);
    for (const x of pr.typical) addTrace(trace, x);
    const [efP, pxP] = mixFactor(p.materials, ds, trace, false);
    const prod = m * (efP + allowance) * pr.kappa.value;
    s.materials = efP + allowance > 0 ? (prod * efP) / (efP + allowance) : 0;
    s.manufacturing = prod - s.materials;
    if (efP > 0) proxy.materials = Math.max(pb, pxP / efP);
    const [eolP] = mixFactor(p.materials, ds, trace, true);
    if (pr.eolT > 0) s.endOfLife *= eolP / pr.eolT;
  } else filled.push('materials');
  // a stated storage size moves production by the dataset's per-GB figure, where it has one for the category (./specs.ts)
  if (p.storageGB !== undefined) s.manufacturing = pos(s.manufacturing + storageGrams(p.storageGB, key, ds, trace));

  const packKg = p.packaging ? p.packaging.reduce((a, x) => a + x.weightGrams, 0) / 1000 : 0;
  if (p.transport) {
    s.transport = 0;
    proxy.transport = 0;
    for (const leg of p.transport) {
      const f = ds.freight[leg.mode];
      addTrace(trace, traceOf(f.direct, 'freight', leg.mode, 'direct'));
      addTrace(trace, traceOf(f.wellToTank, 'freight', leg.mode, 'wellToTank'));
      s.transport += ((m + packKg) / 1000) * leg.distanceKm * (f.direct.value + f.wellToTank.value);
    }
  } else filled.push('transport');

  if (p.packaging) {
    s.packaging = 0;
    proxy.packaging = 0;
    for (const x of p.packaging) {
      const f = ds.packaging[x.material]!;
      addTrace(trace, traceOf(f, 'packaging', x.material));
      s.packaging += (x.weightGrams / 1000) * f.value;
    }
  } else filled.push('packaging');

  const energy = p.use ?? t.use;
  if (energy) {
    if (!p.use) filled.push('use');
    addTrace(trace, traceOf(grid, 'grid', gridKey));
    s.use = energy.kWhPerYear * energy.years * grid.value + (t.use?.otherGrams ?? 0) * r;
    proxy.use = 0;
  }
  return { s, proxy, filled, useFromEnergy: !!energy, massKg: m, packed };
}

/** Log-space spread contributed by the filled-in fields and by proxy figures, each weighted by the share of the total it drives. */
function fillSigma2(mo: Model, s: Stages, ds: Dataset): number {
  const total = sum(s);
  if (!(total > 0)) return 0;
  const k = ds.ranges.filledIn;
  let v = 0;
  for (const f of mo.filled) {
    const driven =
      f === 'weightGrams' ? total - (mo.useFromEnergy ? s.use : 0)
      : f === 'materials' ? s.materials + s.manufacturing + s.endOfLife
      : f === 'transport' ? s.transport
      : f === 'packaging' ? s.packaging
      : f === 'use' ? s.use
      : total;
    v += (driven / total) ** 2 * sigma(f === 'weightGrams' && mo.packed ? (k.pack ?? k[f]) : k[f]) ** 2;
  }
  const q = mo.proxy;
  const px = (s.materials * q.materials + s.manufacturing * q.manufacturing + s.transport * q.transport + s.packaging * q.packaging + s.use * q.use + s.endOfLife * q.endOfLife) / total;
  return v + (px * sigma(ds.ranges.proxy)) ** 2;
}

/**
 * σ (log space) of a single estimate's likely range: the method's own spread `k` (category, activity, or the
 * price-adjusted spread of the category's group) combined with the filled-in fields and proxy figures. The one
 * place where a single estimate's spread is composed (paired savings read the same `dataset.ranges`).
 */
function estimateSigma(mo: Model, s: Stages, ds: Dataset, k: number | undefined): number {
  return Math.sqrt(sigma(k) ** 2 + fillSigma2(mo, s, ds));
}

/** Benchmark in grams for the product's amount: per item, or per kg/litre × the product's mass. */
function benchmarkGrams(cat: Category, grid: Factor, boundary: Boundary, weightGrams: number | undefined): number {
  const B = cat.benchmark.stages;
  let total = 0;
  for (const k of STAGES) {
    if (boundary === 'cradle-to-gate' && GATE_EXCLUDES.includes(k)) continue;
    total += k === 'use' && cat.typical.use ? cat.typical.use.kWhPerYear * cat.typical.use.years * grid.value + (cat.typical.use.otherGrams ?? 0) : pos(B[k]);
  }
  return fin(cat.unit === 'item' || weightGrams === undefined ? total : (total * weightGrams) / cat.typical.weightGrams);
}

const cut = (s: Stages, boundary: Boundary): Stages => {
  if (boundary === 'cradle-to-gate') s.transport = s.use = s.endOfLife = 0; // GATE_EXCLUDES
  s.materials = fin(s.materials);
  s.manufacturing = fin(s.manufacturing);
  s.transport = fin(s.transport);
  s.packaging = fin(s.packaging);
  s.use = fin(s.use);
  s.endOfLife = fin(s.endOfLife);
  return s;
};

/** Splits `total` over `stages` in the proportions of `like` (restricted to `keys`). */
function splitLike(total: number, like: Stages, keys: readonly Stage[]): Stages {
  const out: Stages = { materials: 0, manufacturing: 0, transport: 0, packaging: 0, use: 0, endOfLife: 0 };
  const base = keys.reduce((a, k) => a + like[k], 0);
  if (base > 0) for (const k of keys) out[k] = (total * like[k]) / base;
  else out.materials = total;
  return out;
}

const GATE: readonly Stage[] = ['materials', 'manufacturing', 'packaging'];

function declaredEstimate(d: DeclaredInput, mo: Model, boundary: Boundary, ds: Dataset, filledSigma: number): { s: Stages; low: number; high: number; filled: string[] } {
  const sd = Math.hypot(sigma(ds.ranges.method.declared), d.verified ? 0 : sigma(ds.ranges.unverified));
  const kc = sigma(ds.ranges.method.category);
  const S = mo.s;
  const x = fin(d.co2eGrams);
  if (d.boundary === 'cradle-to-grave') {
    if (boundary === 'cradle-to-grave') {
      const s = splitLike(x, S, STAGES);
      const [low, high] = spread(x, sd);
      return { s, low, high, filled: [] };
    }
    const g = sum(S) > 0 ? GATE.reduce((a, k) => a + S[k], 0) / sum(S) : 1;
    const s = splitLike(x * g, S, GATE);
    const [low, high] = spread(x * g, Math.hypot(sd, (1 - g) * kc));
    return { s, low, high, filled: [] };
  }
  const s = splitLike(x, S, GATE);
  const [dl, dh] = spread(x, sd);
  if (boundary === 'cradle-to-gate') return { s, low: dl, high: dh, filled: [] };
  for (const k of GATE_EXCLUDES) s[k] = S[k];
  const down = GATE_EXCLUDES.reduce((a, k) => a + S[k], 0);
  const [ml, mh] = spread(down, Math.hypot(kc, filledSigma));
  return { s, low: dl + ml, high: dh + mh, filled: mo.filled.filter((f) => f === 'transport' || f === 'use') };
}

/** @internal Estimates an already-parsed product (used by alternatives and checkout). */
export function estimateParsed(p: ParsedProduct, ds: Dataset, options: EstimateOptions, at = ''): Result<FootprintResult> {
  const path = (x: string) => (at ? `${at}.${x}` : x);
  const key = p.category;
  const cat = Object.hasOwn(ds.categories, key) ? ds.categories[key] : undefined;
  if (!cat) {
    // the keys of the same group, for the development message only (the production build drops the lookup with it)
    const near = (): string[] => Object.keys(ds.categories).filter((k) => k.startsWith(`${key.split('.')[0]}.`));
    return fail('UNKNOWN_CATEGORY', DEV ? `Unknown category "${key}" in dataset ${ds.id} ${ds.version}. Use one of its keys (${listKeys(near().length ? near() : Object.keys(ds.categories))}), or add the category with extendDataset().` : `category ${key}`, path('category'), DEV ? `Not a category of dataset ${ds.version}.` : 'unknown');
  }
  const useCountry = p.use?.country?.toUpperCase();
  const optCountry = options.country?.toUpperCase();
  const badCountry = (c: string | undefined, where: string) =>
    c && !Object.hasOwn(ds.grid, c)
      ? fail<FootprintResult>('UNKNOWN_COUNTRY', DEV ? `No grid intensity for country "${c}" in dataset ${ds.version}. Use one of ${listKeys(Object.keys(ds.grid))}, or add it to the dataset's grid with extendDataset().` : `country ${c}`, where, DEV ? `Unknown country "${c}".` : 'unknown')
      : undefined;
  const bad = badCountry(useCountry, path('use.country')) ?? badCountry(optCountry, 'options.country');
  if (bad) return bad;
  const badMaterial = (list: readonly { material: string }[] | undefined, table: Readonly<Record<string, unknown>>, name: 'materials' | 'packaging') => {
    const i = list ? list.findIndex((m) => !Object.hasOwn(table, m.material)) : -1;
    return i < 0
      ? undefined
      : fail<FootprintResult>('UNKNOWN_MATERIAL', DEV ? `Unknown ${name === 'materials' ? 'material' : 'packaging material'} "${list![i]!.material}". Use one of ${listKeys(Object.keys(table))}, or add it to the dataset's ${name} with extendDataset().` : `${name} ${list![i]!.material}`, path(`${name}.${i}.material`), DEV ? 'Not in the dataset.' : 'unknown');
  };
  const badM = badMaterial(p.materials, ds.materials, 'materials') ?? badMaterial(p.packaging, ds.packaging, 'packaging');
  if (badM) return badM;
  const currency = (p.currency ?? 'USD').toUpperCase();
  if (p.price !== undefined && !Object.hasOwn(ds.currencies.perUsd, currency))
    return fail('UNKNOWN_CURRENCY', DEV ? `Unknown currency "${currency}". Give the price in one of ${listKeys(Object.keys(ds.currencies.perUsd), 20)}, or add a rate to the dataset's currencies.` : `currency ${currency}`, path('currency'), DEV ? `No exchange rate for "${currency}".` : 'unknown');

  let declared: DeclaredInput | undefined = p.declared;
  if (!declared && p.pact !== undefined) {
    const r = safeFromPact(p.pact, { weightGrams: p.weightGrams });
    if (isNotLoaded(r)) return r as Result<never>;
    if (!r.ok) return err(new EcoError('INVALID_PACT', r.error.message, r.error.issues.map((i) => ({ path: path(i.path ? `pact.${i.path}` : 'pact'), message: i.message }))));
    declared = r.value;
  }

  const boundary = options.boundary ?? 'cradle-to-grave';
  const gridKey = useCountry ?? optCountry ?? 'WORLD';
  const grid = ds.grid[gridKey]!;
  const trace: TraceFactor[] = [];
  const mo = model(p, key, cat, ds, grid, gridKey, trace);
  const R = ds.ranges.method;
  let method: Method;
  let s: Stages;
  let low: number;
  let high: number;
  let filled = mo.filled;
  let quality: 1 | 2 | 3 | 4 | 5;
  let adj: ReturnType<typeof priceAdjustment>;

  if (declared) {
    method = 'declared';
    // the declared figure itself leads the trace; its sourceId is the declaration's own source, not a dataset key
    trace.unshift({ key: 'declared', value: declared.co2eGrams, unit: `g CO2e/item, ${declared.boundary}${declared.verified ? ', verified' : ''}`, sourceId: declared.source ?? 'declared by the merchant' });
    const gs = cut({ ...mo.s }, 'cradle-to-grave');
    const d = declaredEstimate(declared, { ...mo, s: gs }, boundary, ds, Math.sqrt(fillSigma2(mo, gs, ds)));
    s = cut(d.s, boundary);
    ({ low, high, filled } = d);
    quality = declared.verified ? 1 : 2;
  } else if (p.materials || p.transport || p.packaging || p.use) {
    method = 'activity';
    // with materials given, manufacturing is still the category's average allowance: it varies as the category does.
    // A listed price (in a group where it carries signal) scales that allowance, the part materials do not describe
    // (chips and displays in electronics), and its spread becomes the price-adjusted one.
    const pa = p.materials && p.price !== undefined && p.price > 0 ? priceAdjustment(p.price, currency, key, cat, mo.massKg, ds, trace) : undefined;
    if (pa) mo.s.manufacturing *= pa.factor;
    s = cut(mo.s, boundary);
    const allowance = p.materials && sum(s) > 0 ? (s.manufacturing / sum(s)) * sigma(pa ? pa.spread : R.category) : 0;
    [low, high] = spread(sum(s), Math.sqrt(estimateSigma(mo, s, ds, R.activity) ** 2 + allowance ** 2));
    quality = filled.length ? 3 : 2;
  } else if (p.price !== undefined && p.price > 0 && (adj = priceAdjustment(p.price, currency, key, cat, mo.massKg, ds, trace))) {
    method = 'spend';
    s = mo.s;
    s.materials *= adj.factor;
    s.manufacturing *= adj.factor;
    s.transport *= adj.factor;
    s.packaging *= adj.factor;
    s = cut(s, boundary);
    [low, high] = spread(sum(s), estimateSigma(mo, s, ds, adj.spread));
    quality = 4;
  } else {
    method = 'category';
    s = cut(mo.s, boundary);
    [low, high] = spread(sum(s), estimateSigma(mo, s, ds, R.category));
    quality = p.weightGrams === undefined ? 5 : 4;
  }

  // a refurbished or used product carries only part of the production (./condition.ts); the range scales with it
  if (p.condition && p.condition !== 'new' && method !== 'declared') {
    const q = applyCondition(s, p.condition, key, ds, trace);
    low *= q;
    high *= q;
  }
  const total = sum(s);
  const bench = benchmarkGrams(cat, grid, boundary, p.weightGrams ?? (mo.packed ? mo.massKg * 1000 : undefined));
  const lowG = Math.min(fin(low), total);
  const highG = Math.max(fin(high), total);
  const ratio = bench > 0 ? fin(total / bench) : total > 0 ? 1e6 : 1;
  const grade = gradeForRatio(ratio, ds.grades);
  const comparison = compareToBenchmark(lowG, highG, bench);
  const verified = method === 'declared' && declared?.verified === true;
  const tr = { datasetId: ds.id, datasetVersion: ds.version, factors: trace };
  // two literals rather than a spread of the optional id: a spread builds the result one property at a time
  // (a slow, dictionary-like object), which made this return the costliest line of an estimate
  return ok(
    p.id !== undefined
      ? { productId: p.id, category: key, co2eGrams: total, lowGrams: lowG, highGrams: highG, method, verified, boundary, stages: s, benchmarkGrams: bench, ratio, grade, comparison, filledIn: filled, dataQuality: quality, trace: tr }
      : { category: key, co2eGrams: total, lowGrams: lowG, highGrams: highG, method, verified, boundary, stages: s, benchmarkGrams: bench, ratio, grade, comparison, filledIn: filled, dataQuality: quality, trace: tr },
  );
}

/** @internal Checks estimate options; returns an error result when they are malformed. */
const NO_OPTIONS: Result<EstimateOptions> = Object.freeze({ ok: true, value: Object.freeze({}) });

export function checkOptions(options: unknown): Result<EstimateOptions> {
  if (options === undefined || options === null) return NO_OPTIONS;
  if (typeof options !== 'object') return fail('INVALID_ARGUMENT', DEV ? 'options must be an object such as { country: "DE", boundary: "cradle-to-grave" }.' : 'not an object', 'options');
  const o = options as EstimateOptions;
  if (o.boundary !== undefined && !BOUNDARIES.includes(o.boundary))
    return fail('INVALID_ARGUMENT', DEV ? `options.boundary must be one of ${BOUNDARIES.join(', ')}.` : 'unknown', 'options.boundary');
  if (o.country !== undefined && (typeof o.country !== 'string' || !/^[A-Za-z]{2}$|^WORLD$/.test(o.country)))
    return fail('INVALID_ARGUMENT', DEV ? 'options.country must be an ISO 3166-1 alpha-2 code such as "DE".' : 'not an ISO code', 'options.country');
  return ok(o);
}

const LISTS = ['materials', 'transport', 'packaging'] as const;

/**
 * @internal `INVALID_PRODUCT` when one of the product's lists is longer than {@link LIMITS} allows, else undefined.
 * Runs before any parsing: the validator would otherwise walk every entry first (and could overflow the stack
 * collecting the issues of a few hundred thousand broken ones). Adds the number of entries to `count.n` when given.
 */
export function checkSizes(product: unknown, at = '', count?: { n: number }): Result<never> | undefined {
  if (typeof product !== 'object' || product === null) return undefined;
  for (const k of LISTS) {
    const v = (product as Record<string, unknown>)[k];
    if (!Array.isArray(v)) continue;
    if (v.length > LIMITS[k]) return tooMany('INVALID_PRODUCT', at ? `${at}.${k}` : k, v.length, k, DEV ? 'Merge entries of the same kind.' : '');
    if (count) count.n += v.length;
  }
  return undefined;
}

/** @internal Parses a product, prefixing issue paths with `at`. */
export function parseProduct(product: unknown, at = ''): Result<ParsedProduct> {
  const big = checkSizes(product, at);
  if (big) return big;
  const r = validate('product', product, at, quickProduct);
  if (!r) return notLoaded();
  if (r.ok) return ok(r.value);
  const issues = r.issues;
  return err(new EcoError('INVALID_PRODUCT', DEV ? `Invalid product (${issues.map((i) => `${i.path || 'product'}: ${i.message}`).slice(0, 3).join(' ')}) Fix these fields or leave them out: missing fields are filled from the category's typical product.` : issues[0]!.path || 'product', issues));
}

/**
 * Estimates a product's carbon footprint; never throws (elements use this one).
 *
 * @param product - What the merchant knows: `category` (required), and any of `weightGrams` (g), `materials`
 *   (mass shares 0–1, `recycledShare` 0–1), `transport` legs (km), `packaging` (g), `use` (kWh/yr, years),
 *   `price` + `currency` (excl. tax), `storageGB` (laptops, phones, tablets), `condition`, `declared` (g CO2e) or
 *   `pact` (a PACT 2.x/3.x ProductFootprint).
 * @param options - `dataset` (default: bundled), `country` of use (grid for the use phase), `boundary`
 *   (`'cradle-to-grave'` default, or `'cradle-to-gate'`).
 * @returns `{ ok: true, value }` with grams CO2e, the range, method, stages, grade and trace; or `{ ok: false, error }`.
 * @example
 * safeEstimateFootprint({ category: 'nope' }).ok //=> false
 */
export function safeEstimateFootprint(product: ProductInput, options?: EstimateOptions): Result<FootprintResult> {
  return guard(() => {
    const o = checkOptions(options);
    if (!o.ok) return o;
    const ds = resolveDataset(o.value.dataset);
    if (!ds.ok) return ds;
    const p = parseProduct(product);
    return p.ok ? estimateParsed(p.value, ds.value, o.value) : p;
  });
}

/**
 * Estimates a product's carbon footprint in grams CO2e, with a range, the method used, the stage split,
 * a grade against the category benchmark and a trace of every factor used.
 *
 * @param product - See {@link safeEstimateFootprint}.
 * @param options - `dataset`, `country`, `boundary`.
 * @returns The footprint; `co2eGrams` equals the sum of `stages`, and `lowGrams ≤ co2eGrams ≤ highGrams`.
 * @throws {EcoError} `INVALID_PRODUCT` | `UNKNOWN_CATEGORY` | `UNKNOWN_MATERIAL` | `UNKNOWN_COUNTRY` | `UNKNOWN_CURRENCY` | `INVALID_PACT` | `DATASET_INVALID` | `INVALID_ARGUMENT`
 * @example
 * // fixture dataset: apparel.t-shirt benchmark 5 000 g for a 200 g tee
 * estimateFootprint({ category: 'apparel.t-shirt', weightGrams: 400 }, { dataset }).co2eGrams //=> 10000
 */
export function estimateFootprint(product: ProductInput, options?: EstimateOptions): FootprintResult {
  return unwrap(safeEstimateFootprint(product, options));
}

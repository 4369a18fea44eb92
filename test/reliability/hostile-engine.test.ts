/**
 * Hostile input for the engine's safe API: thousands of generated inputs per function (seeded), deep-frozen so any
 * mutation of a caller's object throws. Asserted for every call: it returns (never throws), the result is
 * `{ ok: true, value }` or `{ ok: false, error: { code, message, issues } }`, no number in a value is NaN or ±Infinity,
 * none is negative except the fields documented as signed, and built-in prototypes are untouched.
 * Arrays of 100,000 candidates, options and cart lines are refused up front, over the engine's LIMITS (times are printed, not asserted).
 */
import { expect } from '@open-wc/testing';
import {
  DELIVERY_KINDS, SECTORS, safeComputeCheckoutSavings, safeEquivalents, safeEstimateFootprint, safeExtendDataset, safeFromPact,
  safeLoadDataset, safeRankAlternatives, safeRankDeliveryOptions, safeSellerIntensity, type Result,
} from '../../src/engine/index.js';
import { bundledDataset } from '../../src/data/index.js';
import {
  INJECTIONS, assertPageClean, chance, describeCase, guard, int, pick, pollutedJson, prng, randomNumberValue, randomString, randomValue, type Rng,
} from './hostile-inputs.js';

const SEED = 0x6e61_2026;
const CASES = 2000;
const CATEGORIES = Object.keys(bundledDataset.categories);
const MATERIALS = Object.keys(bundledDataset.materials);
/** Result fields that may be negative by contract (savings are negative when a choice emits more, the low end of a saving's range may be below zero; changes are signed). */
const SIGNED = new Set(['savedGrams', 'savedLowGrams', 'changeShare', 'progressShare', 'savedShare']);
const signed = (path: string) => SIGNED.has(path.split('.').pop()!) || path.includes('.byReason.');

function deepFreeze<T>(x: T, seen = new Set<unknown>()): T {
  if (x && typeof x === 'object' && !seen.has(x)) {
    seen.add(x);
    for (const k of Reflect.ownKeys(x)) deepFreeze((x as Record<PropertyKey, unknown>)[k], seen);
    Object.freeze(x);
  }
  return x;
}

/** Walks a result value: every number finite, and ≥ 0 unless its key is documented as signed. */
function assertNumbersSane(v: unknown, where: () => string, path = 'value', seen = new Set<unknown>()): void {
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) throw new Error(`${where()}: ${path} = ${v}`);
    if (v < 0 && !signed(path)) throw new Error(`${where()}: ${path} = ${v} is negative`);
    return;
  }
  if (!v || typeof v !== 'object' || seen.has(v)) return;
  seen.add(v);
  // Echoed inputs (a candidate product, a PACT document) may hold anything the caller gave.
  for (const [k, x] of Object.entries(v)) if (k !== 'product' && k !== 'pact') assertNumbersSane(x, where, `${path}.${k}`, seen);
}

function call<T>(name: string, i: number, input: unknown, fn: () => Result<T>, checkValue = true): Result<T> {
  // Described only on failure: stringifying every input (a whole dataset, a 100,000-item array) dominated the run time.
  let described: string | undefined;
  const at = () => (described ??= `${name} seed ${SEED} case ${i} ${describeCase(input)}`);
  let r: Result<T>;
  try {
    r = fn();
  } catch (e) {
    throw new Error(`${at()}: threw ${String(e)}`);
  }
  if (!r || typeof r !== 'object' || typeof r.ok !== 'boolean') throw new Error(`${at()}: not a Result`);
  if (r.ok) {
    if (checkValue) assertNumbersSane(r.value, at);
  } else {
    const { code, message, issues } = r.error ?? ({} as never);
    if (typeof code !== 'string' || !/^[A-Z_]+$/.test(code) || typeof message !== 'string' || !message || !Array.isArray(issues))
      throw new Error(`${at()}: malformed error ${describeCase(r.error)}`);
    for (const is of issues) if (typeof is.path !== 'string' || typeof is.message !== 'string') throw new Error(`${at()}: malformed issue`);
  }
  return r;
}

function hostileProduct(r: Rng): unknown {
  const roll = r();
  if (roll < 0.1) return randomValue(r);
  if (roll < 0.2) return pollutedJson(r, { category: pick(r, [...CATEGORIES, '__proto__', 'constructor']) });
  const p: Record<string, unknown> = { category: chance(r, 0.8) ? pick(r, CATEGORIES) : pick(r, ['__proto__', 'constructor', 'toString', randomString(r)]) };
  if (chance(r, 0.6)) p.weightGrams = randomNumberValue(r);
  if (chance(r, 0.3)) p.price = randomNumberValue(r);
  if (chance(r, 0.3)) p.currency = pick(r, ['EUR', 'usd', 'ZZZ', '__proto__', 'constructor', randomString(r)]);
  if (chance(r, 0.3)) p.materials = Array.from({ length: int(r, 0, 3) }, () => ({ material: pick(r, [...MATERIALS, '__proto__', 'constructor', 'hasOwnProperty', randomString(r)]), share: randomNumberValue(r), ...(chance(r, 0.3) ? { recycledShare: randomNumberValue(r) } : {}) }));
  if (chance(r, 0.2)) p.originCountry = pick(r, ['DE', 'CN', 'ZZ', '__', 'WORLD', randomString(r)]);
  if (chance(r, 0.2)) p.transport = [{ mode: pick(r, ['sea', 'air', 'teleport', '__proto__']), distanceKm: randomNumberValue(r) }];
  if (chance(r, 0.2)) p.packaging = [{ material: pick(r, ['cardboard', '__proto__', 'constructor', randomString(r)]), weightGrams: randomNumberValue(r) }];
  if (chance(r, 0.2)) p.use = { kWhPerYear: randomNumberValue(r), years: randomNumberValue(r), ...(chance(r, 0.5) ? { country: pick(r, ['PL', 'ZZ', '__proto__']) } : {}) };
  if (chance(r, 0.2)) p.declared = { co2eGrams: randomNumberValue(r), boundary: pick(r, ['cradle-to-gate', 'cradle-to-grave', 'gate-to-gate']), ...(chance(r, 0.5) ? { verified: randomValue(r) } : {}) };
  if (chance(r, 0.1)) p.pact = randomValue(r);
  if (chance(r, 0.3)) p.name = pick(r, INJECTIONS);
  return p;
}

const hostileOptions = (r: Rng): unknown =>
  chance(r, 0.7) ? undefined : pick(r, [null, 42, 'x', {}, { dataset: randomValue(r) }, { country: pick(r, ['ZZ', '__proto__', randomString(r)]) }, { boundary: randomString(r) }, pollutedJson(r, { country: 'DE' })]);

describe('hostile input: engine', function () {
  this.timeout(300_000);
  let g: ReturnType<typeof guard>;
  beforeEach(() => (g = guard()));
  afterEach(() => g.stop());

  const loop = (name: string, seedOffset: number, one: (r: Rng, i: number) => { ok: boolean }) => {
    const r = prng(SEED + seedOffset);
    let ok = 0;
    const t0 = performance.now();
    for (let i = 0; i < CASES; i++) if (one(r, i).ok) ok++;
    console.log(`[hostile] ${name}: ${CASES} calls, ${ok} ok, ${CASES - ok} errors, ${Math.round(performance.now() - t0)} ms`);
    assertPageClean(g, name);
    return ok;
  };

  it('safeEstimateFootprint', () => {
    const ok = loop('safeEstimateFootprint', 1, (r, i) => {
      const p = deepFreeze(hostileProduct(r));
      const o = deepFreeze(hostileOptions(r));
      return call('safeEstimateFootprint', i, { p, o }, () => safeEstimateFootprint(p as never, o as never));
    });
    expect(ok).to.be.within(1, CASES - 1); // both outcomes occur
  });

  it('safeRankAlternatives', () => {
    loop('safeRankAlternatives', 2, (r, i) => {
      const p = deepFreeze(chance(r, 0.7) ? { category: 'apparel.t-shirt', weightGrams: 500 } : hostileProduct(r));
      const cs = deepFreeze(chance(r, 0.8) ? Array.from({ length: int(r, 0, 5) }, () => (chance(r, 0.5) ? { id: randomString(r), ...(hostileProduct(r) as object) } : randomValue(r))) : randomValue(r));
      return call('safeRankAlternatives', i, { p, cs }, () => safeRankAlternatives(p as never, cs as never, hostileOptions(r) as never));
    });
  });

  it('safeRankDeliveryOptions', () => {
    loop('safeRankDeliveryOptions', 3, (r, i) => {
      const opts = deepFreeze(chance(r, 0.8) ? Array.from({ length: int(r, 0, 5) }, (_, k) => ({ id: chance(r, 0.8) ? `o${k}` : randomValue(r), kind: chance(r, 0.8) ? pick(r, DELIVERY_KINDS) : randomString(r) })) : randomValue(r));
      const parcel = deepFreeze(chance(r, 0.6) ? { weightGrams: randomNumberValue(r), ...(chance(r, 0.3) ? { distanceKm: randomNumberValue(r) } : {}) } : randomValue(r));
      const settings = deepFreeze(chance(r, 0.6) ? undefined : { customerTripKm: randomNumberValue(r), failedDeliveryRate: randomNumberValue(r) });
      return call('safeRankDeliveryOptions', i, { opts, parcel, settings }, () => safeRankDeliveryOptions(opts as never, parcel as never, settings as never));
    });
  });

  it('safeComputeCheckoutSavings', () => {
    loop('safeComputeCheckoutSavings', 4, (r, i) => {
      const cart = deepFreeze(chance(r, 0.2) ? randomValue(r) : {
        lines: chance(r, 0.9) ? Array.from({ length: int(r, 0, 4) }, () => ({ product: hostileProduct(r), quantity: randomNumberValue(r), ...(chance(r, 0.4) ? { swappedFrom: hostileProduct(r) } : {}) })) : randomValue(r),
        ...(chance(r, 0.5) ? { delivery: { chosen: pick(r, [...DELIVERY_KINDS, 'drone']), ...(chance(r, 0.5) ? { parcel: { weightGrams: randomNumberValue(r) } } : {}) } } : {}),
        ...(chance(r, 0.5) ? { packaging: { optOut: randomValue(r), weightGrams: randomNumberValue(r), material: pick(r, ['cardboard', '__proto__', randomString(r)]) } } : {}),
      });
      return call('safeComputeCheckoutSavings', i, cart, () => safeComputeCheckoutSavings(cart as never, hostileOptions(r) as never));
    });
  });

  it('safeEquivalents', () => {
    loop('safeEquivalents', 5, (r, i) => {
      const grams = randomNumberValue(r);
      const o = deepFreeze(chance(r, 0.5) ? { country: pick(r, ['DE', 'ZZ', '__proto__', 'constructor', randomString(r)]) } : hostileOptions(r));
      return call('safeEquivalents', i, { grams, o }, () => safeEquivalents(grams as never, o as never));
    });
  });

  it('safeFromPact', () => {
    loop('safeFromPact', 6, (r, i) => {
      const doc = deepFreeze(chance(r, 0.5) ? randomValue(r) : pollutedJson(r, {
        specVersion: pick(r, ['2.0.0', '2.2.0', '3.0.0', '9', randomString(r)]),
        pcf: { declaredUnit: pick(r, ['kilogram', 'piece', randomString(r)]), unitaryProductAmount: randomNumberValue(r), pCfExcludingBiogenic: randomNumberValue(r), pcfExcludingBiogenicUptake: randomNumberValue(r) },
      }));
      return call('safeFromPact', i, doc, () => safeFromPact(doc, deepFreeze({ weightGrams: randomNumberValue(r) }) as never));
    });
  });

  it('safeSellerIntensity', () => {
    loop('safeSellerIntensity', 7, (r, i) => {
      const s = deepFreeze(chance(r, 0.2) ? randomValue(r) : {
        emissionsKg: randomNumberValue(r), revenue: randomNumberValue(r), currency: pick(r, ['EUR', 'ZZZ', '__proto__', randomString(r)]),
        year: chance(r, 0.6) ? int(r, 1985, 2105) : randomNumberValue(r), sector: chance(r, 0.7) ? pick(r, SECTORS) : pick(r, ['__proto__', 'constructor', randomString(r)]),
        ...(chance(r, 0.3) ? { baseline: { year: int(r, 1985, 2105), emissionsKg: randomNumberValue(r), revenue: randomNumberValue(r), currency: 'EUR' } } : {}),
        ...(chance(r, 0.3) ? { target: { year: int(r, 1985, 2105), reductionShare: randomNumberValue(r) } } : {}),
      });
      return call('safeSellerIntensity', i, s, () => safeSellerIntensity(s as never));
    });
  });

  it('safeLoadDataset and safeExtendDataset', () => {
    const tee = bundledDataset.categories['apparel.t-shirt']!;
    loop('safeLoadDataset/safeExtendDataset', 8, (r, i) => {
      const roll = r();
      const json = deepFreeze(
        roll < 0.3 ? randomValue(r)
        : roll < 0.5 ? pollutedJson(r, { schemaVersion: 1, id: 'x', categories: { x: randomValue(r) } })
        : roll < 0.75 ? { ...bundledDataset, [pick(r, ['grades', 'grid', 'categories', 'sources', 'materials', 'equivalences', 'ranges', 'schemaVersion'])]: randomValue(r) }
        : { categories: { [pick(r, ['apparel.t-shirt', '__proto__', 'constructor', randomString(r)])]: { ...tee, [pick(r, ['label', 'unit', 'typical', 'benchmark', 'spendKey', 'manufacturing'])]: randomValue(r) } } },
      );
      // A dataset echoes what it was given (unknown keys pass through), so its numbers are not checked here;
      // instead, an accepted dataset must give sane estimates.
      const full = call('safeLoadDataset', i, json, () => safeLoadDataset(json), false);
      const ext = call('safeExtendDataset', i, json, () => safeExtendDataset(bundledDataset, json as never), false);
      for (const d of [full, ext]) {
        if (!d.ok) continue;
        for (const category of ['apparel.t-shirt', pick(r, CATEGORIES)]) {
          call('safeEstimateFootprint with an accepted dataset', i, json, () => safeEstimateFootprint({ category, weightGrams: 180 }, { dataset: d.value }));
        }
      }
      return { ok: full.ok || ext.ok };
    });
    expect(safeEstimateFootprint({ category: 'apparel.t-shirt' }).ok).to.equal(true);
  });

  describe('arrays of 100,000', () => {
    const N = 100_000;
    const time = <T>(label: string, fn: () => T): T => {
      const t0 = performance.now();
      const out = fn();
      console.log(`[hostile] ${label}: ${Math.round(performance.now() - t0)} ms`);
      return out;
    };

    // Over LIMITS (src/engine/types.ts) an array is refused before any per-item work; the arrays at the limits are
    // exercised in test/engine/limits.test.ts. Before the limits, 100,000 sound candidates took about a minute here.
    const refused = <T>(res: Result<T>, path: string) => {
      expect(res.ok).to.equal(false);
      if (!res.ok) {
        expect(res.error.code).to.equal('INVALID_ARGUMENT');
        expect(res.error.issues.map((i) => i.path)).to.deep.equal([path]);
      }
    };

    it('rankAlternatives: 100,000 candidates, sound or broken, are refused at once with INVALID_ARGUMENT at candidates', () => {
      const r = prng(SEED + 20);
      const cs = Array.from({ length: N }, (_, i) => ({ id: `c${i}`, category: chance(r, 0.5) ? 'apparel.t-shirt' : pick(r, CATEGORIES), weightGrams: 10 + r() * 2000 }));
      refused(time(`safeRankAlternatives × ${N}`, () => call('safeRankAlternatives', 0, 'huge', () => safeRankAlternatives({ category: 'apparel.t-shirt', weightGrams: 1000 }, cs))), 'candidates');
      const broken = Array.from({ length: N }, () => (chance(r, 0.5) ? randomValue(r) : { category: 'apparel.t-shirt', weightGrams: -1 }));
      refused(time(`safeRankAlternatives × ${N} broken`, () => call('safeRankAlternatives', 0, 'huge broken', () => safeRankAlternatives({ category: 'apparel.t-shirt' }, broken as never))), 'candidates');
    });

    it('rankDeliveryOptions: 100,000 options are refused with INVALID_ARGUMENT at options', () => {
      const opts = Array.from({ length: N }, (_, i) => ({ id: `o${i}`, kind: DELIVERY_KINDS[i % DELIVERY_KINDS.length]! }));
      refused(time(`safeRankDeliveryOptions × ${N}`, () => call('safeRankDeliveryOptions', 0, 'huge', () => safeRankDeliveryOptions(opts, { weightGrams: 1200 }))), 'options');
    });

    it('computeCheckoutSavings: a cart of 100,000 lines is refused with INVALID_ARGUMENT at cart.lines', () => {
      const lines = Array.from({ length: N }, (_, i) => ({
        product: { category: 'apparel.t-shirt', weightGrams: 150 + (i % 50) },
        quantity: 1 + (i % 3),
        ...(i % 4 === 0 ? { swappedFrom: { category: 'apparel.t-shirt', weightGrams: 400 } } : {}),
      }));
      refused(time(`safeComputeCheckoutSavings × ${N} lines`, () => call('safeComputeCheckoutSavings', 0, 'huge', () => safeComputeCheckoutSavings({ lines, delivery: { chosen: 'locker' } }))), 'cart.lines');
    });

    it('200,000 broken materials in a product are INVALID_PRODUCT at materials, not a stack overflow', () => {
      // Before the limits they came back as INVALID_ARGUMENT "Maximum call stack size exceeded" after 10–40 s.
      const materials = Array.from({ length: 2 * N }, (_, i) => ({ material: i, share: 'x' }));
      const res = time(`safeEstimateFootprint with ${2 * N} broken materials`, () => call('safeEstimateFootprint', 0, 'huge materials', () => safeEstimateFootprint({ category: 'apparel.t-shirt', materials } as never)));
      expect(res.ok).to.equal(false);
      if (!res.ok) expect([res.error.code, res.error.issues.map((i) => i.path)]).to.deep.equal(['INVALID_PRODUCT', ['materials']]);
    });

    it('100,000 broken categories in one dataset give DATASET_INVALID, never an exception (validator stack)', () => {
      // Before the fix, zod's issue aggregation overflowed the call stack and safeLoadDataset threw a RangeError.
      const categories = Object.fromEntries(Array.from({ length: N }, (_, i) => [`b${i}`, { label: '', unit: 'crate' }]));
      const r = time(`safeLoadDataset with ${N} broken categories`, () => call('safeLoadDataset', 0, 'huge dataset', () => safeLoadDataset({ categories })));
      expect(r.ok).to.equal(false);
      if (!r.ok) expect(r.error.code).to.equal('DATASET_INVALID');
    });

    it('extreme magnitudes stay finite (1e15 g declared, 1e300 for equivalents)', () => {
      call('safeEquivalents', 0, 1e300, () => safeEquivalents(1e300));
      call('safeEquivalents', 0, Number.MAX_VALUE, () => safeEquivalents(Number.MAX_VALUE));
      const d = call('safeEstimateFootprint', 0, 'declared 1e15', () => safeEstimateFootprint({ category: 'apparel.t-shirt', declared: { co2eGrams: 1e15, boundary: 'cradle-to-grave' } }));
      expect(d.ok).to.equal(true);
      const w = call('safeEstimateFootprint', 0, 'weight 1e9 with 1e7 kWh for 100 years', () =>
        safeEstimateFootprint({ category: 'apparel.t-shirt', weightGrams: 1e9, price: 1e12, currency: 'EUR', use: { kWhPerYear: 1e7, years: 100 }, transport: [{ mode: 'air', distanceKm: 40075 }], packaging: [{ material: 'cardboard', weightGrams: 1e8 }] }));
      expect(w.ok).to.equal(true);
      assertPageClean(g, 'magnitudes');
    });
  });
});

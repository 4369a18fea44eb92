import { expect } from '@open-wc/testing';
import { quickProduct } from '../../src/engine/guards.js';
import { quickCart, quickDeliveryOptions, quickDeliverySettings, quickParcel } from '../../src/engine/guards-checkout.js';
import { quickSeller } from '../../src/engine/guards-seller.js';
import { quickPact2, quickPact3 } from '../../src/engine/pact-read.js';
import { CartSchema, DeliveryOptionsSchema, DeliverySettingsSchema, ParcelSchema, Pact2Schema, Pact3Schema, ProductInputSchema } from '../../src/engine/schemas/index.js';
import { SellerInputSchema } from '../../src/engine/schemas/seller.js';
import { PRODUCTS } from '../../demo/products.js';
import { sellerFor } from '../../demo/sellers.js';
import { declaredPact, deliveryOptions, parcel, runner, runnerCandidates, tee as storyTee, teeCandidates, verifiedPact } from '../../stories/data.js';
import { prng } from '../helpers/prng.js';

// Values at and beyond every bound the schemas set, and wrong types.
const NUMBERS = [-1, -0, 0, 1e-9, 0.05, 0.5, 0.999, 1, 1.02, 1.5, 2, 99, 100, 101, 1000, 1001, 1989, 1990, 2024, 2024.5, 2100, 2101, 40075, 40076, 1e6, 1e6 + 1, 1e7, 1e8, 1e8 + 1, 1e9, 1e9 + 1, 1e12, 1e15, 1e16, NaN, Infinity, -Infinity];
const STRINGS = ['', ' ', 'x', 'cotton', 'apparel.t-shirt', 'EUR', 'eu', 'EURO', 'DE', 'de', 'WORLD', 'sea', 'boat', 'home', 'locker', 'drone', 'Active', 'Deprecated', 'piece', '2.3.0', '3.0.0', '1.0', '0', '0.384', ' 1e3 ', '-1', '1,5', 'x'.repeat(101), 'cradle-to-gate', 'cradle-to-grave', 'apparel'];
const OTHERS = [true, false, null, undefined, {}, [], [{}], 'x'];

type Json = unknown;

/** A random variant of `base`: fields replaced by boundary values or wrong types, deleted, arrays grown or emptied, unknown keys added. */
function mutate(base: Json, r: () => number, rate: number): Json {
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)]!;
  const leaf = (v: Json): Json => {
    const u = r();
    if (typeof v === 'number') return u < 0.8 ? pick(NUMBERS) : pick([...STRINGS, ...OTHERS]);
    if (typeof v === 'string') return u < 0.8 ? pick(STRINGS) : pick([...NUMBERS, ...OTHERS]);
    return pick([...OTHERS, ...NUMBERS.slice(0, 4), ...STRINGS.slice(0, 4)]);
  };
  const walk = (v: Json): Json => {
    if (Array.isArray(v)) {
      let out = v.map(walk);
      if (r() < rate) out = r() < 0.5 ? [] : [...out, walk(v[0] ?? {})];
      return r() < rate / 4 ? leaf(v) : out;
    }
    if (v !== null && typeof v === 'object') {
      if (r() < rate / 4) return leaf(v);
      const out: Record<string, Json> = {};
      for (const [k, x] of Object.entries(v)) {
        if (r() < rate / 2) continue; // deleted
        out[k] = walk(x);
      }
      if (r() < rate / 2) out.extra = pick([...STRINGS, ...NUMBERS]);
      return out;
    }
    return r() < rate ? leaf(v) : v;
  };
  return walk(base);
}

/** The schema's output holds the same values as the guard's (on every key the schema keeps: it may strip unknown keys). */
function sameOn(schemaOut: Json, guardOut: Json, path = ''): void {
  if (Array.isArray(schemaOut)) {
    expect(Array.isArray(guardOut), path).to.equal(true);
    expect((guardOut as Json[]).length, path).to.equal(schemaOut.length);
    schemaOut.forEach((x, i) => sameOn(x, (guardOut as Json[])[i], `${path}.${i}`));
  } else if (schemaOut !== null && typeof schemaOut === 'object') {
    for (const [k, x] of Object.entries(schemaOut)) sameOn(x, (guardOut as Record<string, Json>)[k], `${path}.${k}`);
  } else expect(Object.is(schemaOut, guardOut), `${path}: ${String(schemaOut)} vs ${String(guardOut)}`).to.equal(true);
}

interface Case {
  name: string;
  guard: (v: unknown) => unknown;
  schema: { safeParse(v: unknown): { success: boolean; data?: unknown } };
  valid: readonly Json[];
}

const tee = { category: 'apparel.t-shirt', id: 'tee', name: 'Tee', weightGrams: 180, price: 20, currency: 'EUR', originCountry: 'PT', materials: [{ material: 'cotton', share: 0.95, recycledShare: 0.2 }, { material: 'elastane', share: 0.05 }], transport: [{ mode: 'sea', distanceKm: 9000 }], packaging: [{ material: 'cardboard', weightGrams: 20 }], use: { kWhPerYear: 2, years: 3, country: 'DE' } };
const declared = { category: 'apparel.t-shirt', weightGrams: 180, declared: { co2eGrams: 4200, boundary: 'cradle-to-gate', verified: true, source: 'PCF' } };
const pact2 = { specVersion: '2.3.0', status: 'Active', companyName: 'Mill', productNameCompany: 'Tee', id: 'p1', pcf: { declaredUnit: 'kilogram', unitaryProductAmount: '0.2', pCfExcludingBiogenic: '12.5', assurance: { assurance: true } } };
const pact3 = { specVersion: '3.0.0', status: 'Active', pcf: { declaredUnitOfMeasurement: 'piece', declaredUnitAmount: 1, productMassPerDeclaredUnit: '0.2', pcfExcludingBiogenicUptake: '3.1', verification: { providerName: 'X' } } };
const seller = { sellerId: 's1', emissionsKg: 120000, revenue: 5e6, currency: 'EUR', year: 2024, sector: 'apparel', verified: true, baseline: { year: 2019, emissionsKg: 150000, revenue: 4e6, currency: 'EUR' }, target: { year: 2030, reductionShare: 0.5 } };

const CASES: Case[] = [
  { name: 'product', guard: quickProduct, schema: ProductInputSchema, valid: [tee, declared, { category: 'food.cheese', pact: pact2 }] },
  { name: 'cart', guard: quickCart, schema: CartSchema, valid: [{ lines: [{ product: tee, quantity: 2, swappedFrom: declared }], delivery: { chosen: 'locker', baseline: 'home', parcel: { weightGrams: 900, distanceKm: 500 } }, packaging: { optOut: true, weightGrams: 120, material: 'cardboard' } }] },
  { name: 'delivery options', guard: quickDeliveryOptions, schema: DeliveryOptionsSchema, valid: [[{ id: 'home', kind: 'home', price: 4.9 }, { id: 'locker', kind: 'locker', label: 'Locker' }]] },
  { name: 'parcel', guard: quickParcel, schema: ParcelSchema, valid: [{ weightGrams: 900, distanceKm: 800 }] },
  { name: 'delivery settings', guard: quickDeliverySettings, schema: DeliverySettingsSchema, valid: [{ customerTripKm: 4, failedDeliveryRate: 0.1, note: 'x' }] },
  { name: 'seller', guard: quickSeller, schema: SellerInputSchema, valid: [seller] },
  { name: 'PACT 2.x', guard: quickPact2, schema: Pact2Schema, valid: [pact2] },
  { name: 'PACT 3.x', guard: quickPact3, schema: Pact3Schema, valid: [pact3] },
];

describe('guards (the zod-free fast path of validation)', () => {
  for (const c of CASES) {
    it(`${c.name}: accepts nothing its schema rejects, with the schema's values (3,000 seeded inputs, valid and invalid)`, function () {
      this.timeout(120000); // checks results, not speed
      const r = prng(20261129 + c.name.length);
      let accepted = 0;
      let rejected = 0;
      for (let i = 0; i < 3000; i++) {
        const input = mutate(c.valid[i % c.valid.length], r, i % 10 === 0 ? 0 : 0.08 + 0.3 * r());
        const q = c.guard(input);
        const z = c.schema.safeParse(input);
        if (q === undefined) {
          rejected++;
          continue;
        }
        accepted++;
        if (!z.success) throw new Error(`${c.name} guard accepted what the schema rejects: ${JSON.stringify(input)}`);
        expect(q, 'a guard returns the input itself').to.equal(input);
        sameOn(z.data, q);
      }
      // both sides are exercised: many inputs the guard vouches for, many it leaves to the schema
      expect(accepted).to.be.greaterThan(300);
      expect(rejected).to.be.greaterThan(300);
    });
  }

  it('vouches for the demo and the stories (their inputs never need the full validators)', () => {
    for (const p of PRODUCTS) expect(quickProduct(p), p.id).to.equal(p);
    for (const p of [runner, storyTee, ...runnerCandidates, ...teeCandidates]) expect(quickProduct(p), String(p.id)).to.equal(p);
    const sellers = [...new Set(PRODUCTS.map((p) => p.brand))].map(sellerFor).filter((s) => s !== undefined);
    expect(sellers.length).to.be.greaterThan(0);
    for (const s of sellers) expect(quickSeller(s), s.sellerId).to.equal(s);
    expect(quickDeliveryOptions(deliveryOptions)).to.equal(deliveryOptions);
    expect(quickParcel(parcel)).to.equal(parcel);
    expect(quickPact3(verifiedPact)).to.equal(verifiedPact);
    expect(quickPact3(declaredPact)).to.equal(declaredPact);
    for (const c of CASES) for (const v of c.valid) expect(c.guard(v), c.name).to.equal(v);
  });
});

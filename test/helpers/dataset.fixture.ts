/**
 * A small, complete, valid dataset with round numbers, so golden values can be computed by hand.
 * Calibrated so that the bottom-up production of each typical product equals its benchmark (κ = 1):
 * t-shirt 0.2 kg × (cotton 10 000 + allowance 10 000) = 4 000 g = materials 2 000 + manufacturing 2 000;
 * laptop 2 kg × (0.5 × 10 000 + 0.5 × 50 000 + 70 000) = 200 000 g = 50 000 + 150 000.
 */
import type { Dataset, Factor } from '../../src/engine/types.js';

const f = (value: number, unit: string): Factor => ({ value, unit, source: 'fx' });
const gkg = (value: number) => f(value, 'g CO2e/kg');
const tkm = (value: number) => f(value, 'g CO2e/t.km');

export const fixtureDataset: Dataset = {
  schemaVersion: 1,
  id: 'fixture',
  version: 'test.1',
  publishedAt: '2025-06-30',
  sources: {
    fx: { title: 'Fixture figures for tests', year: 2025, licence: 'MIT', attribution: 'eco-nudge tests' },
  },
  categories: {
    'apparel.t-shirt': {
      label: 'T-shirt',
      unit: 'item',
      typical: {
        weightGrams: 200,
        materials: [{ material: 'cotton', share: 1 }],
        originCountry: 'CN',
        price: { amount: 20, currency: 'USD' },
        transport: [{ mode: 'sea', distanceKm: 10000 }],
        packaging: [{ material: 'cardboard', weightGrams: 50 }],
      },
      benchmark: { stages: { materials: 2000, manufacturing: 2000, transport: 200, packaging: 100, use: 600, endOfLife: 100 }, source: 'fx' },
      spendKey: 'apparel',
      manufacturing: gkg(10000),
    },
    'electronics.laptop': {
      label: 'Laptop',
      unit: 'item',
      typical: {
        weightGrams: 2000,
        materials: [{ material: 'aluminium', share: 0.5 }, { material: 'electronics', share: 0.5 }],
        originCountry: 'CN',
        price: { amount: 1000, currency: 'USD' },
        use: { kWhPerYear: 20, years: 5 },
      },
      benchmark: { stages: { materials: 50000, manufacturing: 150000, transport: 10000, packaging: 2000, use: 40000, endOfLife: 3000 }, source: 'fx' },
      spendKey: 'computers',
      manufacturing: gkg(70000),
    },
    'food.cheese': {
      label: 'Cheese',
      unit: 'kg',
      typical: { weightGrams: 1000, materials: [], originCountry: 'FR', price: { amount: 10, currency: 'EUR' } },
      benchmark: { stages: { materials: 9000, manufacturing: 500, transport: 300, packaging: 200, use: 0, endOfLife: 0 }, source: 'fx' },
      spendKey: 'dairy',
      manufacturing: gkg(500),
    },
  },
  materials: {
    cotton: { label: 'Cotton', virgin: gkg(10000), recycled: gkg(2000), endOfLife: 'landfill' },
    polyester: { label: 'Polyester', virgin: gkg(5000), recycled: gkg(2500), endOfLife: 'landfill' },
    aluminium: { label: 'Aluminium', virgin: gkg(10000), recycled: gkg(1000), endOfLife: 'recycling' },
    electronics: { label: 'Electronics', virgin: gkg(50000), endOfLife: 'weee' },
  },
  freight: {
    sea: { direct: tkm(10), wellToTank: tkm(2) },
    air: { direct: tkm(1000), wellToTank: tkm(200) },
    road: { direct: tkm(100), wellToTank: tkm(20) },
    rail: { direct: tkm(30), wellToTank: tkm(5) },
  },
  grid: { WORLD: f(400, 'g CO2e/kWh'), FR: f(50, 'g CO2e/kWh'), PL: f(800, 'g CO2e/kWh') },
  packaging: { cardboard: gkg(1000), 'plastic-film': gkg(3000) },
  endOfLife: { landfill: gkg(500), recycling: gkg(50), weee: gkg(100) },
  spend: { apparel: f(200, 'g CO2e/USD2021'), computers: f(100, 'g CO2e/USD2021'), dairy: f(1000, 'g CO2e/USD2021') },
  delivery: {
    perParcel: {
      home: f(200, 'g CO2e/parcel'),
      'pickup-point': f(140, 'g CO2e/parcel'),
      locker: f(100, 'g CO2e/parcel'),
      'cargo-bike': f(150, 'g CO2e/parcel'),
      consolidated: f(120, 'g CO2e/parcel'),
      'express-air': f(300, 'g CO2e/parcel'),
    },
    defaultAirKm: f(1000, 'km'),
  },
  equivalences: {
    carKm: f(200, 'g CO2e/km'),
    phoneChargeKWh: f(0.01, 'kWh/charge'),
    treeYear: f(10000, 'g CO2/tree-year'),
    streamingHour: f(40, 'g CO2e/h'),
  },
  currencies: {
    date: '2025-06-30',
    source: 'fx',
    perUsd: { USD: 1, EUR: 0.8, GBP: 0.5 },
    priceIndex: { source: 'fx', byYear: { '2021': 1, '2025': 1.25 }, currentYear: 2025 },
    spendYear: 2021,
  },
  grades: [0.5, 0.8, 1.25, 2],
  ranges: {
    method: { declared: 1.1, activity: 1.5, spend: 2, category: 2 },
    filledIn: { weightGrams: 1.5, materials: 1.5, transport: 2, packaging: 2, use: 1.5 },
    unverified: 1.2,
    delivery: 1.5,
  },
};

/** The fixture with every filled-in spread set to 1, so ranges depend on the method alone. */
export const flatRanges = { ranges: { filledIn: { weightGrams: 1, materials: 1, transport: 1, packaging: 1, use: 1 } } };

/** Deep-freezes a value (inputs in tests are frozen to prove the engine never mutates them). */
export function deepFreeze<T>(v: T): T {
  if (typeof v === 'object' && v !== null) {
    for (const k of Object.keys(v)) deepFreeze((v as Record<string, unknown>)[k]);
    Object.freeze(v);
  }
  return v;
}

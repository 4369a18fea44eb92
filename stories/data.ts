/**
 * Story data: real inputs to the engine and the bundled dataset (src/data/); nothing here is a made-up result.
 * The grade examples were chosen so the engine gives each grade; the grade stories check it in their `play`
 * function, so a recalibration that moves one shows up in `npm run test:storybook`. No DOM, no Lit: this file
 * can be imported in Node to re-check the examples against the engine.
 */
import type { Grade, LedgerEntry, ProductInput } from '../src/index.js';
import type { AlternativeCandidate } from '../src/components/alternatives/alternatives.js';
import type { DeliveryOption } from '../src/components/delivery-options/delivery-options.js';

export const LOCALES = [
  ['en', 'English'],
  ['de', 'Deutsch'],
  ['fr', 'Français'],
  ['es', 'Español'],
  ['zh-CN', '简体中文'],
  ['ja', '日本語'],
] as const;
export type StoryLocale = (typeof LOCALES)[number][0];
export const THEMES = ['light', 'dark', 'auto'] as const;

/** `parameters.provider`: extra attributes for the `<eco-provider>` every story is wrapped in (see .storybook/preview.ts). */
export interface ProviderParams {
  units?: 'metric' | 'imperial';
  country?: string;
  currency?: string;
}

/** One badge input per grade (bundled dataset 2026.1; cradle to grave, compared with the typical product of the category). */
export const GRADE_EXAMPLES: Record<Grade, { label: string; category: string; weightGrams: number; materials?: string }> = {
  A: { label: 'Light canvas sneakers, 320 g', category: 'footwear.sneakers', weightGrams: 320 },
  B: { label: 'Wired headphones, 150 g', category: 'electronics.headphones', weightGrams: 150 },
  C: { label: 'Cotton T-shirt, 200 g', category: 'apparel.t-shirt', weightGrams: 200, materials: 'cotton:1' },
  D: { label: 'Heavy denim jeans, 975 g', category: 'apparel.jeans', weightGrams: 975 },
  E: { label: 'Solid oak table, 90 kg', category: 'furniture.table', weightGrams: 90000 },
};

/** A PACT 3.0 ProductFootprint with a third-party verification (the badge reads it as "verified"). */
export const verifiedPact = {
  id: '5e5ad2b2-6f3a-4c4f-9d6e-0c1f2a3b4c5d',
  specVersion: '3.0.0',
  created: '2025-03-01T00:00:00Z',
  status: 'Active',
  companyName: 'Example Mills Ltd',
  companyIds: ['urn:pact:example-mills.example:company:1'],
  productDescription: 'Organic cotton T-shirt, 180 g',
  productIds: ['urn:gtin:4006381333931'],
  productNameCompany: 'Organic tee',
  pcf: {
    declaredUnitOfMeasurement: 'piece',
    declaredUnitAmount: '1',
    pcfExcludingBiogenicUptake: '2.9',
    pcfIncludingBiogenicUptake: '2.8',
    referencePeriodStart: '2024-01-01T00:00:00Z',
    referencePeriodEnd: '2024-12-31T00:00:00Z',
    verification: { coverage: 'PCF program', providerName: 'Example Assurance GmbH', completedAt: '2025-02-15T00:00:00Z', standardName: 'ISO 14067' },
  },
};

/** The same document without verification: declared by the supplier, not verified. */
export const declaredPact = { ...verifiedPact, pcf: { ...verifiedPact.pcf, verification: undefined } };

/** A product page: leather running shoes flown in from the factory, and what the shop could suggest instead. */
export const runner: ProductInput = {
  id: 'runner-leather', name: 'Leather runner (air freight)', category: 'footwear.sneakers', weightGrams: 1200,
  materials: [{ material: 'leather', share: 0.7 }, { material: 'rubber', share: 0.3 }], originCountry: 'CN',
  transport: [{ mode: 'air', distanceKm: 9000 }], price: 89, currency: 'EUR',
};

/**
 * Candidates: three clearly lower (knit, canvas, a verified supplier figure), one whose range overlaps the
 * runner's (same leather, shipped by sea: not claimed), and one of another category (never listed).
 */
export const runnerCandidates: AlternativeCandidate[] = [
  { id: 'knit-runner', name: 'Knit runner (recycled polyester)', category: 'footwear.sneakers', weightGrams: 250, materials: [{ material: 'polyester', share: 0.7, recycledShare: 1 }, { material: 'rubber', share: 0.3 }], price: 79, currency: 'EUR', url: 'https://shop.example/p/knit-runner' },
  { id: 'canvas-runner', name: 'Canvas runner', category: 'footwear.sneakers', weightGrams: 450, materials: [{ material: 'cotton', share: 0.6 }, { material: 'rubber', share: 0.4 }], price: 59, currency: 'EUR', url: 'https://shop.example/p/canvas-runner' },
  { id: 'trail-declared', name: 'Trail shoe (supplier figure, verified)', category: 'footwear.sneakers', weightGrams: 500, declared: { co2eGrams: 3000, boundary: 'cradle-to-gate', verified: true, source: 'Supplier PCF 2025' }, price: 99, currency: 'EUR' },
  { id: 'leather-sea', name: 'Leather runner (sea freight)', category: 'footwear.sneakers', weightGrams: 1000, materials: [{ material: 'leather', share: 0.7 }, { material: 'rubber', share: 0.3 }], originCountry: 'CN', transport: [{ mode: 'sea', distanceKm: 18000 }], price: 85, currency: 'EUR' },
  { id: 'tee', name: 'Cotton T-shirt (another category: never listed)', category: 'apparel.t-shirt', weightGrams: 100, price: 15, currency: 'EUR' },
];

/** Nothing clearly lower: T-shirts whose ranges overlap (the use phase dominates), so no saving is claimed. */
export const tee: ProductInput = { id: 'tee-classic', name: 'Classic tee', category: 'apparel.t-shirt', weightGrams: 220, materials: [{ material: 'cotton', share: 1 }], price: 19.9, currency: 'EUR' };
export const teeCandidates: AlternativeCandidate[] = [
  { id: 'tee-light', name: 'Lightweight tee', category: 'apparel.t-shirt', weightGrams: 120, materials: [{ material: 'cotton', share: 1 }], price: 17.9, currency: 'EUR' },
  { id: 'tee-verified', name: 'Organic tee (verified figure)', category: 'apparel.t-shirt', weightGrams: 180, pact: verifiedPact, price: 24.9, currency: 'EUR' },
];

export const deliveryOptions: DeliveryOption[] = [
  { id: 'home', kind: 'home', label: 'Standard home delivery', price: 4.9, etaDays: 2 },
  { id: 'express', kind: 'express-air', label: 'Express (next day, by air)', price: 12.9, etaDays: 1 },
  { id: 'pickup', kind: 'pickup-point', label: 'Pickup point', price: 2.9, etaDays: 3 },
  { id: 'locker', kind: 'locker', label: 'Parcel locker', price: 3.9, etaDays: 2 },
  { id: 'bike', kind: 'cargo-bike', label: 'Cargo-bike courier', price: 4.9, etaDays: 1 },
];

export const parcel = { weightGrams: 1200, distanceKm: 600 };

/** Entries for a ledger that already holds this order's savings. */
export const sampleLedger: LedgerEntry[] = [
  { reason: 'swaps', key: 'tee-classic', savedGrams: 3400 },
  { reason: 'delivery', key: 'delivery', savedGrams: 420 },
  { reason: 'packaging', key: 'packaging', savedGrams: 65 },
];


/**
 * The demo marketplace's sellers and the emissions they report: the input of <eco-seller-badge>.seller.
 * Figures are invented for the demo (the brands do not exist); each is what a seller would report for one year
 * (kg CO2e and revenue in EUR), with a baseline and an intensity-reduction target where the seller set one.
 * Brands that report nothing get no badge: no figure is made up for them.
 */
import type { SellerInput } from '../src/engine/index.ts';

const SELLERS: Readonly<Record<string, SellerInput>> = {
  // on track, verified
  Lindholm: { sellerId: 'lindholm', emissionsKg: 4_100_000, revenue: 48_000_000, currency: 'EUR', year: 2024, sector: 'apparel', verified: true,
    baseline: { year: 2021, emissionsKg: 4_300_000, revenue: 36_000_000, currency: 'EUR' }, target: { year: 2030, reductionShare: 0.5 } },
  'Second Loop': { sellerId: 'second-loop', emissionsKg: 380_000, revenue: 6_500_000, currency: 'EUR', year: 2024, sector: 'apparel' },
  // intensity rose since the baseline: behind
  Stride: { sellerId: 'stride', emissionsKg: 3_900_000, revenue: 22_000_000, currency: 'EUR', year: 2024, sector: 'apparel',
    baseline: { year: 2021, emissionsKg: 3_300_000, revenue: 18_000_000, currency: 'EUR' }, target: { year: 2030, reductionShare: 0.42 } },
  Kestrel: { sellerId: 'kestrel', emissionsKg: 41_000_000, revenue: 310_000_000, currency: 'EUR', year: 2024, sector: 'electronics', verified: true,
    baseline: { year: 2022, emissionsKg: 42_000_000, revenue: 260_000_000, currency: 'EUR' }, target: { year: 2030, reductionShare: 0.5 } },
  Quietwave: { sellerId: 'quietwave', emissionsKg: 2_100_000, revenue: 27_000_000, currency: 'EUR', year: 2024, sector: 'electronics', verified: true },
  // a target without a baseline: progress cannot be assessed
  Urbano: { sellerId: 'urbano', emissionsKg: 6_800_000, revenue: 95_000_000, currency: 'EUR', year: 2024, sector: 'retail', target: { year: 2030, reductionShare: 0.3 } },
  Brühaus: { sellerId: 'bruehaus', emissionsKg: 10_500_000, revenue: 41_000_000, currency: 'EUR', year: 2024, sector: 'appliances',
    baseline: { year: 2021, emissionsKg: 10_900_000, revenue: 36_000_000, currency: 'EUR' }, target: { year: 2030, reductionShare: 0.3 } },
  Hvile: { sellerId: 'hvile', emissionsKg: 2_300_000, revenue: 14_000_000, currency: 'EUR', year: 2024, sector: 'furniture' },
  'Harbour Press': { sellerId: 'harbour-press', emissionsKg: 1_900_000, revenue: 8_000_000, currency: 'EUR', year: 2024, sector: 'books' },
  Tostadero: { sellerId: 'tostadero', emissionsKg: 9_800_000, revenue: 12_000_000, currency: 'EUR', year: 2024, sector: 'food' },
};

/** The reported figures of the seller behind a brand, or `undefined` when it reports none. */
export const sellerFor = (brand: string): SellerInput | undefined => SELLERS[brand];

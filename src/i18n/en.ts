import type { Messages } from './messages.js';

/**
 * An English category name after an article and `adj`: `a typical T-shirt`, `an electric kettle` (no `adj`), `a typical pair of
 * socks` (labels ending in `(pair)`), `typical headphones` (plurals), `typical beef` (nouns
 * that take no article; varieties such as `a typical cheese` do).
 */
const art = (c: string, adj = '') => {
  const pair = /^(.+) \(pair\)$/i.exec(c);
  if (pair) return `a ${adj}pair of ${pair[1]}`;
  const bare = /[^s]s$|\b(beef|lamb|pork|milk|butter|rice|pasta|bread|fruit|tofu|water)$/i.test(c.replace(/\s*\(.*\)$/, ''));
  return `${bare ? '' : /^[aeiou]/i.test(adj + c) ? 'an ' : 'a '}${adj}${c}`;
};

/** English, bundled: the fallback for every key. */
export const en: Messages = {
  $code: 'en',
  $dir: 'ltr',

  estimateUnavailable: 'Footprint estimate unavailable',
  tonnes: (a) => `${a} t`,
  tonnesLong: (a) => `${a} tonnes`,
  megatonnes: (a) => `${a} Mt`,
  megatonnesLong: (a) => `${a} megatonnes`,
  gigatonnes: (a) => `${a} Gt`,
  gigatonnesLong: (a) => `${a} gigatonnes`,
  withUnit: (a) => `${a} CO₂e`,
  withUnitLong: (a) => `${a} CO₂ equivalent`,
  range: (lo, hi) => `${lo}–${hi}`,
  likelyRange: (r) => `Likely range: ${r}`,
  methods: {
    category: 'Estimated from the product category',
    categoryWeight: 'Estimated from category and weight',
    materials: 'Estimated from materials and weight',
    materialsOnly: 'Estimated from materials, with a typical weight',
    spend: 'Estimated from the price',
    declared: 'Declared by the supplier',
    verified: 'Declared by the supplier and verified',
  },
  stages: {
    materials: 'Materials',
    manufacturing: 'Manufacturing',
    transport: 'Transport',
    packaging: 'Packaging',
    use: 'Use',
    endOfLife: 'End of life',
  },
  fields: {
    weightGrams: 'weight',
    materials: 'materials',
    originCountry: 'origin',
    price: 'price',
    transport: 'transport',
    packaging: 'packaging',
    use: 'use',
  },
  filledIn: (f) => `Not provided, taken from a typical product: ${f}`,
  equivalentCarKm: (n) => `About as much as driving ${n} km in an average car`,
  equivalentCarMiles: (n) => `About as much as driving ${n} miles in an average car`,
  equivalentPhoneCharges: (n) => `About as much as ${n} smartphone charges`,
  datasetVersion: (v) => `Dataset ${v}`,
  sources: 'Sources',
  free: 'Free',

  footprintLong: (a, lo, hi, g) => `Estimated footprint ${a} CO₂e (range ${lo} to ${hi}), grade ${g} on a scale from A (lowest) to E`,
  declaredLong: (a, lo, hi, g) => `Declared footprint ${a} CO₂e (range ${lo} to ${hi}), grade ${g} on a scale from A (lowest) to E`,
  compareLower: (p, c) => `${p} below ${art(c, 'typical ')}`,
  compareHigher: (p, c) => `${p} above ${art(c, 'typical ')}`,
  compareTypical: (c) => `About typical for ${art(c)}`,
  // Only where the dataset label, first word lower-cased, is not the right English name.
  categories: { 'electronics.speaker': 'Bluetooth speaker' },
  breakdownToggle: 'Breakdown by stage',
  breakdownLabel: 'Footprint by life-cycle stage',
  equivalentLabel: 'For comparison',
  boundaries: {
    'cradle-to-gate': 'From raw materials to the factory gate',
    'cradle-to-grave': 'Whole life cycle, from raw materials to disposal',
  },

  alternativesHeading: 'Lower-footprint alternatives',
  alternativeSaving: (a, p) => `${a} less (${p})`,
  priceMore: (a) => `${a} more`,
  priceLess: (a) => `${a} less`,
  priceSame: 'Same price',
  switchAction: 'Switch',
  switchLong: (n, s) => `Switch to ${n}, saves ${s}`,
  switched: 'Switched',
  alternativesEmpty: 'This product is already among the lowest-footprint options in its category.',
  alternativesCompared: (n, f, p) => `Compared with ${f} other ${n === 1 ? 'product' : 'products'} in this category: none is at least ${p} lower with confidence.`,
  alternativesNoneToCompare: 'There are no other products in this category to compare with.',

  savingsHeading: 'Your CO₂e savings',
  savedThisOrder: (a) => `You saved ${a} with this order`,
  savedNothing: 'No savings recorded yet',
  reasons: { swaps: 'Product swaps', delivery: 'Delivery choice', packaging: 'Less packaging' },
  communityProgress: (a, g, p) => `Shoppers have saved ${a} of ${g} (${p})`,
  communityLabel: 'Shared goal',

  deliveryLegend: 'Delivery options',
  deliveryKinds: {
    home: 'Home delivery',
    'pickup-point': 'Pickup point',
    locker: 'Parcel locker',
    'cargo-bike': 'Cargo-bike delivery',
    consolidated: 'Consolidated delivery',
    'express-air': 'Express (air freight)',
  },
  lowestTag: 'Lowest CO₂e',
  deliveryLess: (a) => `${a} less than standard home delivery`,
  deliveryMore: (a) => `${a} more than standard home delivery`,
  etaDays: (n, f) => (n === 1 ? `${f} day` : `${f} days`),
  deliveryOptionLong: (l, c, p) => `${l}: ${c}, ${p}`,
  deliveryRequired: 'Please choose a delivery option.',
  packagingOptOut: 'Ship without extra packaging',
  packagingSaving: (a) => `Saves about ${a}`,
  sellerUnavailable: 'Emission intensity unavailable',
  sellerIntensity: (a, c) => `${a} CO₂e per ${c}`,
  sellerIntensityLong: (a, c, y, lo, hi, g) => `Emission intensity ${a} CO₂ equivalent per ${c} of revenue in ${y} (range ${lo} to ${hi}), grade ${g} on a scale from A (lowest) to E`,
  sellerIntensityYear: (y) => `Emissions per unit of revenue, ${y}`,
  sectors: {
    apparel: 'apparel',
    footwear: 'footwear',
    electronics: 'electronics',
    appliances: 'household appliances',
    furniture: 'furniture',
    books: 'books',
    toys: 'toys',
    sports: 'sports goods',
    beauty: 'beauty and personal care',
    food: 'food',
    beverages: 'beverages',
    retail: 'online retail',
    logistics: 'delivery and logistics',
  },
  sectorLower: (p, s) => `${p} below the typical intensity for ${s}`,
  sectorHigher: (p, s) => `${p} above the typical intensity for ${s}`,
  sectorAbout: (s) => `About typical for ${s}`,
  sectorTypical: (s, v) => `Typical for ${s}: ${v} (industry average from spending data, wide range)`,
  changeLower: (p, y) => `${p} lower than in ${y}`,
  changeHigher: (p, y) => `${p} higher than in ${y}`,
  changeNone: (y) => `About the same as in ${y}`,
  targetLine: (p, t, b) => `Target: ${p} lower intensity by ${t} than in ${b}`,
  progressLabel: 'Progress toward the target',
  progressOnTrack: (a, e) => `On track: ${a} of the planned reduction achieved; a straight line to the target would be at ${e} by now`,
  progressBehind: (a, e) => `Behind: ${a} of the planned reduction achieved; a straight line to the target would be at ${e} by now`,
  progressUnknown: 'Progress toward a target cannot be assessed without a baseline year',
  reportedUnverified: 'Reported by the seller, not verified by a third party',
  reportedVerified: 'Reported by the seller and verified by a third party',
};

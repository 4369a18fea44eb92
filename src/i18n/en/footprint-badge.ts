import type { Messages } from '../messages.js';

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

/** English messages of `<eco-footprint-badge>`'s full view only (registered by ../../components/footprint-badge/badge-full.ts). */
export const enFootprintBadge = {
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
  filledIn: (f) => `Typical values used for: ${f}`,
  compareLower: (p, c) => `${p} below ${art(c, 'typical ')}`,
  compareHigher: (p, c) => `${p} above ${art(c, 'typical ')}`,
  compareTypical: (c) => `About typical for ${art(c)}`,
  // Only where the dataset label, first word lower-cased, is not the right English name.
  categories: { 'electronics.speaker': 'Bluetooth speaker' },
  breakdownLabel: 'Footprint by life-cycle stage',
  equivalentLabel: 'For comparison',
  boundaries: {
    'cradle-to-gate': 'From raw materials to the factory gate',
    'cradle-to-grave': 'Whole life cycle, from raw materials to disposal',
  },
} satisfies Partial<Messages>;

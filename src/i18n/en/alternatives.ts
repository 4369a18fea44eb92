import type { Messages } from '../messages.js';

/** English messages of `<eco-alternatives>` only. */
export const enAlternatives = {
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
} satisfies Partial<Messages>;

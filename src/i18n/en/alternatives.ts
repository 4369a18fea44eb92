import type { Messages } from '../messages.js';

/** English messages of `<eco-alternatives>` only. */
export const enAlternatives = {
  alternativesHeading: 'Lower-footprint alternatives',
  alternativeSaving: (a, p) => `${a} (${p})`,
  priceMore: (a) => `${a} more`,
  priceLess: (a) => `${a} less`,
  priceSame: 'Same price',
  switchAction: 'Switch',
  switchLong: (n, s) => `Switch to ${n}, saves ${s}`,
  switched: 'Switched',
  alternativesEmpty: 'None of the products compared has a lower footprint estimate.',
  alternativesCompared: (n, f, p) => `Compared with ${f} other ${n === 1 ? 'product' : 'products'}.`,
  alternativesNoneToCompare: 'There are no other products in this category to compare with.',
  alternativesUncertain: 'These products may have a lower footprint, but the saving is not certain:',
  alternativeMightSave: (r) => `might save ${r}`,
  substituteLabels: { 'plant-based': 'A plant-based alternative', animal: 'An alternative', dairy: 'A dairy alternative', refurbished: 'Refurbished', used: 'Second-hand', new: 'New', other: 'A substitute' },
  undoAction: 'Undo',
  undoLong: (n) => `Undo the switch to ${n}`,
  switchedTo: (n) => `Switched to ${n}.`,
  switchUndone: (n) => `Switch to ${n} undone.`,
  swapSaved: 'Saved with your order',
  swapSavedLong: (n) => `${n}: saved with your order.`,
} satisfies Partial<Messages>;

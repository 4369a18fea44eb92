import type { Messages } from '../messages.js';

/** English messages of `<eco-savings-counter>` only (including platform-scale mass units; with `enSavingReasons`, ./checkout-names.ts). */
export const enSavingsCounter = {
  megatonnes: (a) => `${a} Mt`,
  megatonnesLong: (a) => `${a} megatonnes`,
  gigatonnes: (a) => `${a} Gt`,
  gigatonnesLong: (a) => `${a} gigatonnes`,
  savingsHeading: 'Your CO₂e savings',
  savedThisOrder: (a) => `You saved ${a} with this order`,
  savedNothing: 'No savings recorded yet',
  communityProgress: (a, g, p) => `Shoppers have saved ${a} of ${g} (${p})`,
  communityLabel: 'Shared goal',
  savingsEmpty: 'Choose a lower-footprint option and what it saves shows here.',
  savingsPendingLabel: 'Would save with this order',
  savingsSavedLabel: 'Saved with your orders',
  savingsOrderLabel: 'Saved with this order',
  wouldSaveThisOrder: (a) => `This order would save ${a} once placed`,
  savedWithOrders: (a) => `You saved ${a} with your orders`,
  savedEarlier: (a) => `Already saved with your orders: ${a}`,
} satisfies Partial<Messages>;

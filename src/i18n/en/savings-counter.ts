import type { Messages } from '../messages.js';

/** English messages of `<eco-savings-counter>` only (including platform-scale mass units). */
export const enSavingsCounter = {
  megatonnes: (a) => `${a} Mt`,
  megatonnesLong: (a) => `${a} megatonnes`,
  gigatonnes: (a) => `${a} Gt`,
  gigatonnesLong: (a) => `${a} gigatonnes`,
  equivalentPhoneCharges: (n) => `About as much as ${n} smartphone charges`,
  savingsHeading: 'Your CO₂e savings',
  savedThisOrder: (a) => `You saved ${a} with this order`,
  savedNothing: 'No savings recorded yet',
  reasons: { swaps: 'Product swaps', delivery: 'Delivery choice', packaging: 'Less packaging' },
  communityProgress: (a, g, p) => `Shoppers have saved ${a} of ${g} (${p})`,
  communityLabel: 'Shared goal',
} satisfies Partial<Messages>;

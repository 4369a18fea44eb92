import type { Messages } from '../messages.js';

/** English messages of `<eco-delivery-options>` only (with `enDeliveryKinds`, ./checkout-names.ts). */
export const enDeliveryOptions = {
  free: 'Free',
  deliveryLegend: 'Delivery options',
  lowestTag: 'Lowest CO₂e',
  deliveryLess: (a) => `${a} less than standard home delivery`,
  deliveryMore: (a) => `${a} more than standard home delivery`,
  etaDays: (n, f) => (n === 1 ? `${f} day` : `${f} days`),
  deliveryOptionLong: (l, c, p) => `${l}: ${c}, ${p}`,
  deliveryRequired: 'Please choose a delivery option.',
  packagingOptOut: 'Ship without extra packaging',
  packagingSaving: (a) => `Saves about ${a}`,
  deliveryChoiceSaves: (a) => `Your choice saves ${a}`,
} satisfies Partial<Messages>;

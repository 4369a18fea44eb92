import type { Messages } from '../messages.js';

/** English messages of `<eco-order-footprint>` only (and the delivery options' saving line). */
export const enOrderFootprint = {
  orderHeading: 'Footprint of this order',
  orderLong: (a, lo, hi) => `Estimated footprint of this order: ${a} (likely range ${lo} to ${hi})`,
  orderLinesLabel: 'By item',
  orderQuantity: (n) => `× ${n}`,
  orderDelivery: (k) => `Delivery: ${k}`,
  orderPackaging: 'Without extra packaging',
  orderSaves: (a) => `Your choices save ${a}`,
  orderEmpty: 'No items in this order yet',
} satisfies Partial<Messages>;

import type { Messages } from '../messages.js';

// The names the checkout's elements share, in a module of their own: each element that shows them registers this
// part, so none of them brings a neighbour's whole English.

/** The delivery kinds' names: `<eco-delivery-options>` and `<eco-order-footprint>` both show them. */
export const enDeliveryKinds = {
  deliveryKinds: {
    home: 'Home delivery',
    'pickup-point': 'Pickup point',
    locker: 'Parcel locker',
    'cargo-bike': 'Cargo-bike delivery',
    consolidated: 'Consolidated delivery',
    'express-air': 'Express (air freight)',
  },
} satisfies Partial<Messages>;

/** The saving reasons' names: `<eco-savings-counter>` and `<eco-order-footprint>` both show them. */
export const enSavingReasons = {
  reasons: { swaps: 'Product swaps', delivery: 'Delivery choice', packaging: 'Less packaging' },
} satisfies Partial<Messages>;

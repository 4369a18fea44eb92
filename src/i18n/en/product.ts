import type { Messages } from '../messages.js';

/** English messages of product figures, shared by `<eco-footprint-badge>` and `<eco-alternatives>`. */
export const enProduct = {
  methods: {
    category: 'Estimated from the product category',
    categoryWeight: 'Estimated from category and weight',
    materials: 'Estimated from materials and weight',
    materialsOnly: 'Estimated from materials, with a typical weight',
    spend: 'Estimated from the price',
    declared: 'Declared by the supplier',
    verified: 'Declared by the supplier and verified',
  },
  footprintLong: (a, lo, hi, g) => `Estimated footprint ${a} CO₂e (range ${lo} to ${hi}), grade ${g} on a scale from A (lowest) to E`,
  declaredLong: (a, lo, hi, g) => `Declared footprint ${a} CO₂e (range ${lo} to ${hi}), grade ${g} on a scale from A (lowest) to E`,
} satisfies Partial<Messages>;

// Data shared by the three interop apps (plain HTML, React, Vue): the same product, swaps and delivery options.

/** The badge's product (React and Vue pass it as the `product` property; the HTML page uses attributes). */
export const tee = Object.freeze({
  id: 'tee-organic',
  name: 'Organic crew tee',
  category: 'apparel.t-shirt',
  weightGrams: 180,
  materials: [{ material: 'organic-cotton', share: 1 }],
  originCountry: 'PT',
  price: 24,
  currency: 'EUR',
});

/** A new phone and two candidates: a refurbished one with a declared, much lower figure, and a heavier one. */
export const phone = Object.freeze({ id: 'phone-new', name: 'Nova 6', category: 'electronics.smartphone', weightGrams: 201, price: 749, currency: 'EUR' });
export const candidates = Object.freeze([
  Object.freeze({
    id: 'phone-refurb',
    name: 'Refurbished Phone 12',
    category: 'electronics.smartphone',
    weightGrams: 164,
    price: 329,
    currency: 'EUR',
    declared: { co2eGrams: 14000, boundary: 'cradle-to-grave' },
  }),
  Object.freeze({ id: 'phone-max', name: 'Nova 6 Max', category: 'electronics.smartphone', weightGrams: 240, price: 1099, currency: 'EUR' }),
]);

export const options = Object.freeze([
  Object.freeze({ id: 'home', label: 'Home delivery', kind: 'home', price: 4.9, etaDays: 2 }),
  Object.freeze({ id: 'pickup', label: 'Pickup point', kind: 'pickup-point', price: 2.9, etaDays: 3 }),
  Object.freeze({ id: 'express', label: 'Express (air)', kind: 'express-air', price: 14.9, etaDays: 1 }),
]);
/** Added by the "More options" button: the framework replaces `.options` with a longer array. */
export const extraOption = Object.freeze({ id: 'locker', label: 'Parcel locker', kind: 'locker', price: 3.5, etaDays: 2 });
export const parcel = Object.freeze({ weightGrams: 1200, distanceKm: 300 });

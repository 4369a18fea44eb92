/**
 * Defines `<eco-order-footprint>` for the checkout entry: as src/define/order-footprint.ts, but with the bundled
 * dataset's core tables only; the category families of the cart lines load when the order first shows them, in
 * parallel (src/data/families.ts). Delivery options and the savings counter read no category at all.
 */
import { EcoOrderFootprint, useFamilies } from '../components/order-footprint/order-footprint.js';
import { loadFamilies } from '../data/families.js';
import { defineElement } from '../internal/define.js';

useFamilies(loadFamilies);
defineElement('eco-order-footprint', EcoOrderFootprint);

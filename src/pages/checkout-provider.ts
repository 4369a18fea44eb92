/**
 * Defines `<eco-provider>` for the checkout, listing and product entries without the bundled dataset's category table, which
 * the provider itself does not need (the badge, the alternatives and the order footprint load the families they show,
 * src/data/families.ts): the whole table is loaded only to merge a merchant's partial dataset onto the complete bundled one
 * (src/components/provider/provider.ts). A module of its own so that it is defined before the checkout's other
 * elements (imports run in order; tags upgrade in definition order).
 */
import { EcoProvider } from '../components/provider/provider.js';
import { hasCategories, onCategories } from '../data/core.js';
import { defineElement } from '../internal/define.js';

EcoProvider.categories = { has: hasCategories, on: onCategories, load: () => import('../data/categories.js') };
defineElement('eco-provider', EcoProvider);

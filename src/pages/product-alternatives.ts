/**
 * Defines `<eco-alternatives>` for the product entry: as src/define/alternatives.ts, but with the bundled dataset's core
 * tables only; the category families of the product and its candidates load when the element first shows them, in
 * parallel (src/data/families.ts), so a laptop page never downloads the food or the apparel.
 */
import { EcoAlternatives, useFamilies } from '../components/alternatives/alternatives.js';
import { loadFamilies } from '../data/families.js';
import { defineElement } from '../internal/define.js';

useFamilies(loadFamilies);
defineElement('eco-alternatives', EcoAlternatives);

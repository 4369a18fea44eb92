/**
 * Defines `<eco-provider>` for the checkout, listing and product entries without the bundled dataset's category table and
 * citations, which
 * the provider itself does not need (the badge, the alternatives and the order footprint load the families they show,
 * src/data/families.ts): the whole table is loaded only to merge a merchant's partial dataset onto the complete bundled one
 * (src/components/provider/provider.ts). A module of its own so that it is defined before the checkout's other
 * elements (imports run in order; tags upgrade in definition order).
 */
import { EcoProvider } from '../components/provider/provider.js';
import { hasCategories, hasSources, onCategories } from '../data/core.js';
import { loadSources } from '../data/families.js';
import { defineElement } from '../internal/define.js';
// the citations (about 2 kB gzip) only for the sources line of a badge's details, loaded once the page is idle
import './sources-on-demand.js';

// a merchant's partial dataset merges onto the whole bundled one: every family and the citations
EcoProvider.categories = { has: () => hasCategories() && hasSources(), on: onCategories, load: () => Promise.all([import('../data/categories.js'), loadSources()]) };
defineElement('eco-provider', EcoProvider);

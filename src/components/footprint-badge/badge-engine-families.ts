/**
 * The footprint badge's engine for listings: like ./badge-engine.ts, but with the bundled dataset's core tables only.
 * Each category family (src/data/categories-<family>.ts) loads when a badge first shows one of its categories, so a
 * listing of T-shirts never downloads the electronics; the families of a page's badges load in parallel.
 * Used by src/pages/listing-badge.ts.
 */
import { bundledDataset } from '../../data/core.js';
import { loadFamily } from '../../data/families.js';
import { safeEquivalents } from '../../engine/equivalents.js';
import { safeEstimateFootprint } from '../../engine/footprint.js';
import { setBundledDataset } from '../../internal/bundled.js';
import type { BadgeEngine } from './badge-engine.js';
import { badgeInputReader } from './badge-input.js';

setBundledDataset(bundledDataset);

export const familyBadgeEngine: BadgeEngine = {
  dataset: bundledDataset,
  estimate: safeEstimateFootprint,
  equivalents: safeEquivalents,
  reader: badgeInputReader,
  // only the bundled dataset loads by family; a merchant's dataset is complete (a partial one merges onto all families)
  ready: (category, dataset) => (dataset === bundledDataset ? loadFamily(category) : undefined),
};

/**
 * What the footprint badge needs to estimate a product itself: the engine's estimate and equivalents and the bundled
 * dataset. The badge module does not import it: the badge's define entries hand it over up front
 * (`useBadgeEngine`), and a page of badges with precomputed results (src/define/listing-precomputed.ts) loads it only
 * when a shopper opens a badge's details, or when a result's dataset version is not the bundled one.
 */
import { bundledDataset } from '../../data/index.js';
import { safeEquivalents } from '../../engine/equivalents.js';
import { safeEstimateFootprint } from '../../engine/footprint.js';
import type { Dataset } from '../../engine/types.js';
import { setBundledDataset } from '../../internal/bundled.js';
import { badgeInputReader, type BadgeInputReader } from './badge-input.js';

export interface BadgeEngine {
  readonly dataset: Dataset;
  readonly estimate: typeof safeEstimateFootprint;
  readonly equivalents: typeof safeEquivalents;
  /**
   * Where the dataset's categories load in parts (./badge-engine-families.ts): a promise while the part that holds
   * `category` in `dataset` loads (the badge estimates once it is in), `undefined` when it is there.
   */
  readonly ready?: (category: unknown, dataset: Dataset) => Promise<unknown> | undefined;
  /** The badge's input reading (./badge-input.ts), handed over with the engine; without it, the badge loads it on demand. */
  readonly reader?: BadgeInputReader;
}

setBundledDataset(bundledDataset);

export const badgeEngine: BadgeEngine = { dataset: bundledDataset, estimate: safeEstimateFootprint, equivalents: safeEquivalents, reader: badgeInputReader };

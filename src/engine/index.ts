/**
 * eco-nudge/engine: the curated public API of the estimation engine.
 * Pure TypeScript with no DOM: runs in browsers, workers and Node. Grams CO2e everywhere.
 * Importing it installs the full (zod) validators, so every function here validates completely and synchronously.
 * (The elements import the engine modules directly and load the validators only when an input needs them.)
 */
import { registerValidators } from './validate.js';
import { onDemand } from './schemas/register.js';

registerValidators(onDemand);

export * from './types.js';
export * from './kinds.js';
export { bundledDataset, DATASET_VERSION } from '../data/index.js';
export { EcoError, ERROR_CODES, type Result } from './result.js';
export { estimateFootprint, safeEstimateFootprint } from './footprint.js';
export { rankAlternatives, safeRankAlternatives } from './alternatives.js';
export { rankDeliveryOptions, safeRankDeliveryOptions, AIR_DISTANCE_UPLIFT } from './delivery.js';
export { computeCheckoutSavings, safeComputeCheckoutSavings, type CheckoutOptions } from './savings.js';
export { estimateOrder, safeEstimateOrder, type OrderOptions } from './order.js';
export { equivalents, safeEquivalents } from './equivalents.js';
export { fromPact, safeFromPact } from './pact.js';
export { loadDataset, safeLoadDataset, extendDataset, safeExtendDataset, type DatasetPatch } from './dataset.js';
export { gradeForRatio, compareToBenchmark } from './grade.js';
export { toSpendYearUsd } from './units.js';
export { sellerIntensity, safeSellerIntensity, SECTOR_SPEND_KEYS, SECTORS, type SellerInput, type SellerOptions, type SellerResult, type SellerTargetResult, type OnTrack } from './seller.js';

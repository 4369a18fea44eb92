/** Registers the bundled dataset when loaded on demand (see ./bundled.ts, loadBundledDataset). */
import { bundledDataset } from '../data/index.js';
import { setBundledDataset } from './bundled.js';

setBundledDataset(bundledDataset);

export const loaded = true;

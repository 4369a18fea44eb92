import type { safeExtendDataset, safeLoadDataset } from '../engine/dataset.js';
import type { Dataset } from '../engine/types.js';

/**
 * The bundled dataset, once some module of this page has it: an entry that carries the data up front registers it
 * (the badge's engine, `loadValidators()`); a page of precomputed badges has none until one loads on demand. The
 * provider offers it to its consumers when known; a consumer given none uses the bundled one it imports itself.
 */
let known: Dataset | undefined;

export const knownBundledDataset = (): Dataset | undefined => known;

export function setBundledDataset(ds: Dataset): void {
  known ??= ds;
}

/** The readers of merchant datasets (../engine/dataset.ts, which imports the data): loaded with the validators. */
export interface DatasetReaders {
  readonly load: typeof safeLoadDataset;
  readonly extend: typeof safeExtendDataset;
}
let readers: DatasetReaders | undefined;

export const datasetReaders = (): DatasetReaders | undefined => readers;

export function setDatasetReaders(r: DatasetReaders): void {
  readers = r;
}

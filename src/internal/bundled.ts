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

/**
 * Loads the bundled dataset where no module of this page brought it (a page of precomputed badges given a partial
 * merchant dataset, which extends it). Not a dynamic import of the data module itself: a module that some entry also
 * imports statically would be split into a chunk of its own, which the one-file bundle must not have.
 */
export const loadBundledDataset = (): Promise<unknown> => (known ? Promise.resolve() : import('./bundled-data.js'));

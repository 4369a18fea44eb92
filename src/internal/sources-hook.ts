import type { TemplateResult } from 'lit';
import type { Dataset } from '../engine/types.js';

/** Renders the links of a dataset's sources (./render-details.ts). */
export type Links = (ids: readonly string[], ds: Dataset) => TemplateResult[];

/**
 * @internal Where the bundled dataset's citations load on demand: the hook the page entries set
 * (src/pages/sources-on-demand.ts) and the sources line reads (./render-details.ts, `sourceLinks`). Apart from
 * render-details.ts so that setting it does not load the details' wording: a listing of compact badges never shows it.
 */
export let sourcesOnDemand: ((ids: readonly string[], ds: Dataset, links: Links) => unknown) | undefined;

/**
 * @internal Where the bundled dataset's citations load on demand (the page entries: src/pages/sources-on-demand.ts):
 * renders the sources line while they are not in. Without it they are bundled (src/data/index.ts, the define modules
 * of the elements that show sources).
 */
export function useSourcesOnDemand(f: typeof sourcesOnDemand): void {
  sourcesOnDemand = f;
}

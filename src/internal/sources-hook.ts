import type { TemplateResult } from 'lit';
import type { Dataset } from '../engine/types.js';

/** Renders the links of a dataset's sources (./render-details.ts). */
export type Links = (ids: readonly string[], ds: Dataset) => TemplateResult[];

/**
 * @internal The hook through which the bundled dataset's citations load on demand: set by the page entries
 * (src/pages/sources-on-demand.ts), read by the sources line (./render-details.ts, `sourceLinks`), which it renders
 * while they are not in. Without it they are bundled (src/data/index.ts, the define modules of the elements that show
 * sources). A module apart from render-details.ts, so that setting it does not load the details' wording: a listing of
 * compact badges never shows it.
 */
export let sourcesOnDemand: ((ids: readonly string[], ds: Dataset, links: Links) => unknown) | undefined;

/** @internal Sets {@link sourcesOnDemand} (the page entries). */
export function useSourcesOnDemand(f: typeof sourcesOnDemand): void {
  sourcesOnDemand = f;
}

/**
 * The precomputed-listing entry: registers `<eco-provider>` and `<eco-footprint-badge>` without the engine or the
 * bundled dataset. For listings whose badges receive results computed ahead of time (`eco-nudge estimate --badge`,
 * the badge's `result`): they render at once from the result; the engine and the data load only when a shopper opens
 * a full badge's details, or a result's dataset version is not the bundled one, or a badge has no result.
 */
import './context-root.js';
import { EcoProvider } from '../components/provider/provider.js';
import { EcoFootprintBadge, usePrecomputed } from '../components/footprint-badge/footprint-badge.js';
import { parseBadgeResult } from '../components/footprint-badge/precomputed.js';
import { defineElement } from '../internal/define.js';
export type {} from '../events/index.js';

// the result reader up front: every badge of this page has a result to read (elsewhere it loads on demand)
usePrecomputed(parseBadgeResult);
defineElement('eco-provider', EcoProvider);
defineElement('eco-footprint-badge', EcoFootprintBadge);

declare global {
  interface HTMLElementTagNameMap {
    'eco-provider': EcoProvider;
    'eco-footprint-badge': EcoFootprintBadge;
  }
}

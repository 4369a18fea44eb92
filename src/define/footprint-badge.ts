import { EcoFootprintBadge, useBadgeEngine, useFullView } from '../components/footprint-badge/footprint-badge.js';
import { badgeEngine } from '../components/footprint-badge/badge-engine.js';
import { fullView } from '../components/footprint-badge/badge-full.js';
import { defineElement } from '../internal/define.js';
// Kept in this entry's .d.ts (an `import type {}` would be dropped): brings the `eco-*` event map into any program that
// imports this entry, so `el.addEventListener('eco-…', (e) => e.detail…)` is typed without importing eco-nudge/events.
// At run time the event classes are already loaded by the element; they have no side effects.
import '../events/index.js';

// The engine and the bundled dataset up front: badges estimate in their first render (listing-precomputed.ts leaves them out).
useBadgeEngine(badgeEngine);
// The full variant's view and styles up front too (before the element is defined: its styles join the element's own);
// listing entries leave it out, and a full badge there loads it on demand.
useFullView(fullView);
defineElement('eco-footprint-badge', EcoFootprintBadge);

declare global {
  interface HTMLElementTagNameMap {
    'eco-footprint-badge': EcoFootprintBadge;
  }
}

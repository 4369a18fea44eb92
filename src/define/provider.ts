import { EcoProvider } from '../components/provider/provider.js';
// The complete bundled dataset (a merchant's partial dataset merges onto it); the checkout entry defines the provider
// without it (src/pages/checkout.ts).
import '../data/categories.js';
// and its citations: a merchant dataset that cites the bundled sources is checked against them when it merges
import '../data/sources.js';
import { defineElement } from '../internal/define.js';
// Kept in this entry's .d.ts (an `import type {}` would be dropped): brings the `eco-*` event map into any program that
// imports this entry, so `el.addEventListener('eco-…', (e) => e.detail…)` is typed without importing eco-nudge/events.
// At run time the event classes are already loaded by the element; they have no side effects.
import '../events/index.js';

defineElement('eco-provider', EcoProvider);

declare global {
  interface HTMLElementTagNameMap {
    'eco-provider': EcoProvider;
  }
}

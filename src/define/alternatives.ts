import { EcoAlternatives } from '../components/alternatives/alternatives.js';
// The complete bundled category table (the product and checkout page entries load it by family instead: src/pages/).
import '../data/categories.js';
import { defineElement } from '../internal/define.js';
// Kept in this entry's .d.ts (an `import type {}` would be dropped): brings the `eco-*` event map into any program that
// imports this entry, so `el.addEventListener('eco-…', (e) => e.detail…)` is typed without importing eco-nudge/events.
// At run time the event classes are already loaded by the element; they have no side effects.
import '../events/index.js';

defineElement('eco-alternatives', EcoAlternatives);

declare global {
  interface HTMLElementTagNameMap {
    'eco-alternatives': EcoAlternatives;
  }
}

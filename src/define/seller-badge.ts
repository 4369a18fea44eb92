import { EcoSellerBadge } from '../components/seller-badge/seller-badge.js';
// The bundled dataset's citations, for the full variant's sources line (the product page entry loads them on demand:
// src/pages/product-seller.ts).
import '../data/sources.js';
import { defineElement } from '../internal/define.js';
// Kept in this entry's .d.ts (an `import type {}` would be dropped): brings the `eco-*` event map into any program that
// imports this entry, so `el.addEventListener('eco-…', (e) => e.detail…)` is typed without importing eco-nudge/events.
// At run time the event classes are already loaded by the element; they have no side effects.
import '../events/index.js';

defineElement('eco-seller-badge', EcoSellerBadge);

declare global {
  interface HTMLElementTagNameMap {
    'eco-seller-badge': EcoSellerBadge;
  }
}

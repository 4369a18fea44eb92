import { EcoFootprintBadge } from '../components/footprint-badge/footprint-badge.js';
import { defineElement } from '../internal/define.js';

defineElement('eco-footprint-badge', EcoFootprintBadge);

declare global {
  interface HTMLElementTagNameMap {
    'eco-footprint-badge': EcoFootprintBadge;
  }
}

import { EcoSellerBadge } from '../components/seller-badge/seller-badge.js';
import { defineElement } from '../internal/define.js';

defineElement('eco-seller-badge', EcoSellerBadge);

declare global {
  interface HTMLElementTagNameMap {
    'eco-seller-badge': EcoSellerBadge;
  }
}

import { EcoDeliveryOptions } from '../components/delivery-options/delivery-options.js';
import { defineElement } from '../internal/define.js';

defineElement('eco-delivery-options', EcoDeliveryOptions);

declare global {
  interface HTMLElementTagNameMap {
    'eco-delivery-options': EcoDeliveryOptions;
  }
}

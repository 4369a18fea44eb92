import { EcoSavingsCounter } from '../components/savings-counter/savings-counter.js';
import { defineElement } from '../internal/define.js';

defineElement('eco-savings-counter', EcoSavingsCounter);

declare global {
  interface HTMLElementTagNameMap {
    'eco-savings-counter': EcoSavingsCounter;
  }
}

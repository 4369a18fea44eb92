import { EcoAlternatives } from '../components/alternatives/alternatives.js';
import { defineElement } from '../internal/define.js';

defineElement('eco-alternatives', EcoAlternatives);

declare global {
  interface HTMLElementTagNameMap {
    'eco-alternatives': EcoAlternatives;
  }
}

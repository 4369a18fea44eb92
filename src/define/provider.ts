import { EcoProvider } from '../components/provider/provider.js';
import { defineElement } from '../internal/define.js';

defineElement('eco-provider', EcoProvider);

declare global {
  interface HTMLElementTagNameMap {
    'eco-provider': EcoProvider;
  }
}

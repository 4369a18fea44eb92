/**
 * Registers every eco-* element (side effect). The provider is defined first: tags upgrade in definition order,
 * and a consumer upgraded before its provider would otherwise miss the context. A ContextRoot on the document
 * re-delivers context requests made before a provider upgraded (late or out-of-order definitions, duplicated bundles).
 */
import { ContextRoot } from '@lit/context';
import { isServer } from 'lit';

const ROOT_KEY = Symbol.for('eco-nudge/context-root@1');
if (!isServer && typeof document !== 'undefined') {
  const g = globalThis as { [ROOT_KEY]?: ContextRoot };
  if (!g[ROOT_KEY]) {
    g[ROOT_KEY] = new ContextRoot();
    g[ROOT_KEY].attach(document.documentElement);
  }
}

// Element definitions (provider first):
import './provider.js';
import './footprint-badge.js';
import './alternatives.js';
import './savings-counter.js';
import './delivery-options.js';
import './seller-badge.js';
import './order-footprint.js';

/**
 * Attaches one `ContextRoot` to the document (side effect, once per page whatever the number of copies or entries):
 * it re-delivers context requests made before a provider upgraded (late or out-of-order definitions, duplicated
 * bundles, elements defined one by one by the autoloader). Imported by every entry that defines several elements.
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

/**
 * The bundled dataset's citations on demand, for the page entries (imported by ./checkout-provider.ts): they are read
 * only by the sources line in a badge's closed details ("How we calculate") and by a merchant dataset's checks, so
 * they load once the page is idle (after its first paint), not with the page. Until they are in, the sources line
 * holds a placeholder ("…") that fills itself in; if they cannot be loaded, it lists the sources' ids.
 */
import { isServer, render } from 'lit';
import { loadSources } from '../data/families.js';
import { useSourcesOnDemand } from '../internal/sources-hook.js';

let ready: Promise<unknown> | undefined;

/** Loads the citations once the page is idle; once per page (a failed load is retried by a later render). */
function whenIdle(): Promise<unknown> {
  return (ready ??= new Promise<void>((resolve) => {
    const go = () =>
      void loadSources().then(
        () => resolve(),
        () => {
          ready = undefined;
          resolve();
        },
      );
    if (typeof requestIdleCallback === 'function') requestIdleCallback(go, { timeout: 2000 });
    else setTimeout(go, 200);
  }));
}

useSourcesOnDemand((ids, ds, links) => {
  if (isServer || typeof document === 'undefined') return links(ids, ds);
  const slot = document.createElement('span');
  slot.textContent = '\u2026';
  void whenIdle().then(() => {
    slot.textContent = ''; // lit renders after a container's existing children
    render(ids.some((id) => ds.sources[id]) ? links(ids, ds) : ids.join(', '), slot);
  });
  return slot;
});

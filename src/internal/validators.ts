/**
 * Loads the engine's full (zod) validators on demand, once per page. Elements import the engine modules directly
 * (not `eco-nudge/engine`, which registers the validators up front), so zod and the schemas stay out of the element
 * bundles' up-front part: most inputs pass the engine's hand-written guards, and only the rest need the chunk.
 * The chunk also carries the readers of merchant datasets and PACT documents, which always need the validators.
 */
import { registerValidators } from '../engine/validate.js';

let loading: Promise<void> | undefined;

/**
 * Loads and registers the engine's full validators (and the readers of merchant datasets and PACT documents) now,
 * instead of when an input first needs them. The same promise for every caller; reset after a failure so a later call
 * retries. Elements call it themselves; call it yourself before rendering on a server, and in the browser before
 * hydrating, so that a product described by a PACT document is drawn with its figure in the server's HTML and the
 * first client render matches it (without it both show the neutral state until the validators are there).
 * @example
 * import { loadMessages, loadValidators } from 'eco-nudge';
 * await Promise.all([loadMessages(locale), loadValidators()]);
 */
export function loadValidators(): Promise<void> {
  return (loading ??= import('../engine/schemas/register.js').then(
    (m) => registerValidators(m.onDemand),
    (e: unknown) => {
      loading = undefined;
      throw e;
    },
  ));
}

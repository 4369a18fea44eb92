/**
 * Loads the engine's full (zod) validators on demand, once per page. Elements import the engine modules directly
 * (not `eco-nudge/engine`, which registers the validators up front), so zod and the schemas stay out of the element
 * bundles' up-front part: most inputs pass the engine's hand-written guards, and only the rest need the chunk.
 * The chunk also carries the readers of merchant datasets and PACT documents, which always need the validators.
 */
import { registerValidators } from '../engine/validate.js';

let loading: Promise<void> | undefined;

/** Loads and registers the validators; the same promise for every caller, reset after a failure so a later call retries. */
export function loadValidators(): Promise<void> {
  return (loading ??= import('../engine/schemas/register.js').then(
    (m) => registerValidators(m.onDemand),
    (e: unknown) => {
      loading = undefined;
      throw e;
    },
  ));
}

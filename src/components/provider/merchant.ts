/**
 * `<eco-provider>`'s merchant dataset (`.factors`, or what `factors-src` fetched), checked and merged on demand: only a
 * provider given one loads this (with the validators), so no page carries it up front. It imports nothing at run time,
 * on purpose: as a chunk of the one-file bundle it must not import the kit back (scripts/build.mjs,
 * test:two-copies); the kit's parts it uses come in {@link MerchantKit}.
 */
import type { Dataset, Issue } from '../../engine/types.js';
import type { OnDemand } from '../../engine/validate.js';
import type { EcoFactorsLoadEvent } from '../../events/factors-load.js';
import type { InputProblem } from '../../internal/coerce.js';

/** The kit's parts this module uses (./provider.ts passes them). */
export interface MerchantKit {
  dev: boolean;
  server: boolean;
  bundled(): Dataset | undefined;
  /** Loads the validators and the bundled dataset. */
  load(): Promise<unknown>;
  notLoaded(r: { readonly ok: boolean; readonly error?: { readonly code: string } } | undefined): boolean;
  readers(): OnDemand | undefined;
  size(v: unknown, path: string, base?: object): InputProblem | undefined;
  obj(v: unknown): v is Record<string, unknown>;
  loaded(detail: EcoFactorsLoadEvent['detail']): Event;
  /** The bundled category table on demand (the checkout entry: EcoProvider.categories). */
  categories(): { has(): boolean; on(cb: () => void): () => void; load(): Promise<unknown> } | undefined;
  notLoadedCode: string;
}

/** The provider's members this module reads and sets (./provider.ts). */
export interface MerchantHost extends EventTarget {
  factors?: unknown;
  fetched?: Dataset;
  activeFactors?: Dataset;
  factorsPending: boolean;
  stopWaiting?: () => void;
  readonly experimentDetail: { experiment?: string };
  reportError(code: string, message: string, issues?: readonly Issue[]): void;
  loadThen(load: () => Promise<unknown>, retry: () => void, code: string, what: string, consequence: string): boolean;
  applyFactors(): void;
}

type Checked = { ok: true; value: Dataset } | { ok: false; code: string; message: string; issues: readonly Issue[] };

/** Validates `input` (not null) and provides it; a failure reports `DATASET_INVALID` and the bundled dataset serves. */
export function applyMerchant(p: MerchantHost, input: unknown, kit: MerchantKit): void {
  const { dev } = kit;
  // A partial dataset merges onto the bundled one, category table included. On a page that has not loaded it (the
  // checkout entry does not: src/data/categories.ts), it is loaded first (EcoProvider.categories, set by that
  // entry); the bundled dataset serves meanwhile, as while fetching.
  p.stopWaiting?.();
  p.stopWaiting = undefined;
  const cats = kit.categories();
  if (cats && !cats.has() && !kit.server && mergesOntoBundled(input, kit)) {
    p.stopWaiting = cats.on(() => p.applyFactors());
    p.activeFactors = kit.bundled();
    p.factorsPending = true;
    cats.load().catch(() => {
      p.stopWaiting?.();
      p.factorsPending = false;
      p.reportError('DATASET_FETCH_FAILED', dev ? "Could not load the kit's category table or its citations to merge the merchant dataset onto; the bundled dataset is used instead. Serve the kit's chunk files beside its entry." : 'categories', [{ path: 'factors', message: 'category table or citations not loaded' }]);
    });
    return;
  }
  const r = validate(p, input, kit);
  // a merchant dataset needs the full validators: the bundled dataset serves until they have loaded (as while fetching)
  // (with the bundled dataset a partial one extends, where no element of this page brought it: precomputed badges)
  if (kit.notLoaded(r.ok ? r : { ok: false, error: r }) && p.loadThen(kit.load, () => p.applyFactors(), 'VALIDATOR_LOAD_FAILED', dev ? "the kit's validation module" : '', dev ? 'this input cannot be checked' : '')) {
    p.activeFactors = kit.bundled();
    p.factorsPending = !kit.server; // on a server nothing loads: the bundled dataset serves, as before
    return;
  }
  p.factorsPending = false;
  if (r.ok) {
    p.activeFactors = r.value;
    p.dispatchEvent(kit.loaded({ datasetId: r.value.id, version: r.value.version, origin: p.factors != null ? 'property' : 'url', ...p.experimentDetail }));
  } else {
    p.activeFactors = kit.bundled();
    p.reportError(r.code, r.message, r.issues);
  }
}

/** Whether `input` is a partial dataset (merged onto the bundled one), not a complete one. Never throws. */
function mergesOntoBundled(input: unknown, kit: MerchantKit): boolean {
  try {
    return kit.obj(input) && !('schemaVersion' in input);
  } catch {
    return false; // unreadable: validate() reports it
  }
}

function validate(p: MerchantHost, input: unknown, kit: MerchantKit): Checked {
  const { dev } = kit;
  const notLoaded: Checked = { ok: false, code: kit.notLoadedCode, message: 'The readers of merchant datasets are not loaded yet.', issues: [] };
  // the size first, before any validation: key counts only
  let complete = false;
  let obj = false;
  try {
    obj = kit.obj(input);
    complete = obj && 'schemaVersion' in (input as object);
  } catch {
    /* unreadable (a revoked proxy): the size check says so */
  }
  // a partial dataset extends the bundled one: on a page of precomputed badges it comes with the validators
  const bundled = kit.bundled();
  if (obj && !complete && !bundled) return notLoaded;
  const size = kit.size(input, p.factors != null ? 'factors' : 'factors-src', complete ? undefined : bundled);
  if (size)
    return size.code === 'TOO_LARGE'
      ? { ok: false, code: 'TOO_LARGE', message: dev ? `The merchant dataset is over the kit's limits (${size.path}: ${size.message} INPUT_LIMITS.datasetEntries); the bundled dataset is used instead.` : size.message, issues: [size] }
      : { ok: false, code: 'DATASET_INVALID', message: dev ? `The merchant dataset could not be read (${size.message}); the bundled dataset is used instead.` : size.message, issues: [size] };
  if (!kit.obj(input)) return { ok: false, code: 'DATASET_INVALID', message: dev ? 'The dataset must be an object (a complete dataset, or a partial one to merge onto the bundled dataset).' : 'not an object', issues: [{ path: '', message: 'Expected an object.' }] };
  // the readers come with the validators (./engine/dataset.ts would bring the bundled data with it)
  const m = kit.readers();
  if (!m) return notLoaded;
  const r = 'schemaVersion' in input ? m.loadDataset(input) : m.extendDataset(bundled!, input);
  if (r.ok) return r;
  if (kit.notLoaded(r)) return { ok: false, code: r.error.code, message: r.error.message, issues: r.error.issues };
  return { ok: false, code: 'DATASET_INVALID', message: `${r.error.message} The bundled dataset is used instead.`, issues: r.error.issues };
}

import { html, isServer, type PropertyValues, type PropertyDeclarations, type TemplateResult } from 'lit';
import { ContextProvider } from '@lit/context';
import { isNotLoaded, onDemand, VALIDATOR_NOT_LOADED } from '../../engine/validate.js';
import type { Dataset } from '../../engine/types.js';
import {
  DEFAULT_SETTINGS,
  THEMES,
  UNITS,
  factorsContext,
  ledgerContext,
  settingsContext,
  type KitSettings,
  type Ledger,
  type LedgerEntry,
  type SavingsSplit,
  type ThemeMode,
  type Units,
} from '../../context/contexts.js';
import { EcoFactorsLoadEvent } from '../../events/factors-load.js';
import { EcoSavingsChangeEvent } from '../../events/savings-change.js';
import { EcoOrderPlaceEvent } from '../../events/order-place.js';
import { directionOf } from '../../i18n/localize-controller.js';
import { EcoElement } from '../../internal/eco-element.js';
import { knownBundledDataset, loadBundledDataset } from '../../internal/bundled.js';
import { loadValidators } from '../../internal/validators.js';
import { devWarn } from '../../internal/dev-warn.js';
import { DEV } from '../../internal/dev.js';
import { checkEnum, reportInvalidAttribute } from '../../internal/attributes.js';
import { isObj } from '../../internal/util.js';
import { INPUT_LIMITS, canonicalLocale, checkDatasetSize, toText } from '../../internal/coerce.js';
import { LedgerStore, acquireSharedLedger, releaseSharedLedger } from './ledger.js';
import styles from './provider.styles.js';

const SAVING_EVENTS = ['eco-alternative-select', 'eco-alternative-undo', 'eco-delivery-select', 'eco-packaging-change'] as const;
/** Default of `factors-timeout` (ms): a dataset server that never answers costs children their figures this long, at most. */
export const DEFAULT_FACTORS_TIMEOUT = 10_000;
const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : Number.NaN);

/**
 * @internal Loads the `factors-src` reader (./fetch-dataset.ts) on demand; replaceable in tests (a failed chunk).
 * Only a provider given `factors-src` loads it.
 */
export const datasetReader = { load: () => import('./fetch-dataset.js') };

/** A merchant dataset waits for the readers loaded with the validators (see validate()). */
const notLoaded = { ok: false as const, code: VALIDATOR_NOT_LOADED, message: 'The readers of merchant datasets are not loaded yet.', issues: [] };

/**
 * @summary Supplies locale, currency, units, theme, country, the factor dataset and the savings ledger to every eco-* element inside it.
 * @tag eco-provider
 * @status experimental
 * @since 0.1
 *
 * @slot - Any content; eco-* descendants read their settings from here.
 * @cssproperty [--eco-color-surface=light-dark(#ffffff, #1b1e21)] - Background of surfaces.
 * @cssproperty [--eco-color-surface-raised=light-dark(#f2f4f3, #26292d)] - Background of raised panels.
 * @cssproperty [--eco-color-text=light-dark(#1b1d1f, #eceff1)] - Body text.
 * @cssproperty [--eco-color-text-quiet=light-dark(#52585d, #b3b9be)] - Secondary text (AA on both surfaces).
 * @cssproperty [--eco-color-border=light-dark(#6f767c, #8c949b)] - Borders and chart tracks (≥ 3:1).
 * @cssproperty [--eco-color-accent=light-dark(#1d6b40, #7dd3a0)] - Accent (bars, tags, primary actions).
 * @cssproperty [--eco-color-on-accent=light-dark(#ffffff, #0f1f16)] - Text on the accent.
 * @cssproperty [--eco-color-focus=light-dark(#0b57d0, #a8c7fa)] - Focus ring colour.
 * @cssproperty [--eco-color-grade-a=light-dark(#1a7a3a, #7dd3a0)] - Grade A background (also -b … -e).
 * @cssproperty [--eco-color-on-grade=light-dark(#ffffff, #111417)] - Text on grade backgrounds.
 * @cssproperty [--eco-focus-ring=2px solid var(--eco-color-focus)] - Focus outline.
 * @cssproperty [--eco-font-family=inherit] - Font family (default: the page's).
 * @cssproperty [--eco-accent] - The merchant's accent colour, set once (bars, links, actions).
 * @cssproperty [--eco-radius=0.5rem] - The page's corner radius, set once.
 * @cssproperty [--eco-duration-fast=150ms] - Short transitions (0s under reduced motion).
 * @cssproperty [--eco-duration-slow=800ms] - Count-ups and long transitions (0s under reduced motion).
 * @fires eco-factors-load - A merchant dataset (`.factors` or `factors-src`) was validated and is now provided.
 * @fires eco-error - `DATASET_INVALID` (the merchant dataset failed validation, or `factors-src` answered something that is not a dataset object), `DATASET_FETCH_FAILED` (`factors-src` could not be read: network, HTTP status, `factors-timeout`) or `TOO_LARGE` (over `INPUT_LIMITS.datasetBytes` / `datasetEntries`): the bundled dataset keeps serving; `INVALID_ATTRIBUTE` (a bad `theme`, `units`, `currency`, `country`, `locale` or `factors-src`: its default is used).
 * @fires eco-savings-change - The ledger changed (a swap, a delivery choice, a packaging opt-out, an order placed; or another tab's). `detail`: `savedGrams`/`byReason` (placed orders), `pendingGrams`/`pendingByReason` (this order's choices).
 *
 * Choices are *pending* until the order is placed: `eco-alternative-select`, `eco-delivery-select` and
 * `eco-packaging-change` record what the current order would save; `placeOrder()` (or an `eco-order-place` event
 * dispatched inside the provider) credits them as saved and starts a new, empty order.
 */
export class EcoProvider extends EcoElement {
  static override styles = styles;
  /** @internal Reactive properties (declared here rather than with decorators: smaller bundle). */
  static override properties: PropertyDeclarations = {
    locale: {},
    currency: {},
    theme: { reflect: true, useDefault: true },
    units: { reflect: true, useDefault: true },
    country: {},
    factors: { attribute: false },
    factorsSrc: { attribute: 'factors-src' },
    factorsTimeout: { attribute: 'factors-timeout', type: Number },
    persist: { type: Boolean },
    settings: { state: true },
    activeFactors: { state: true },
    factorsPending: { state: true },
  };

  // ─── Public API ───
  /** BCP 47 locale for every element inside, e.g. `de-CH`. Empty: each element uses the nearest `lang`, then the document's, then English. Sets `lang` and `dir` on the provider. */
  locale = '';
  /** ISO 4217 code for prices, e.g. `EUR`. */
  currency = 'EUR';
  /** `light`, `dark` or `auto` (follows the operating system). Only sets `color-scheme`; colours use `light-dark()`. */
  theme: ThemeMode = 'auto';
  /** `metric` (g, kg, t) or `imperial` (oz, lb; miles in equivalents). */
  units: Units = 'metric';
  /** Where the shopper is (ISO 3166-1 alpha-2, e.g. `DE`): grid factor for the use phase and equivalents. Empty: world average. */
  country = '';
  /**
   * A merchant dataset: a complete one (with `schemaVersion`, validated as is) or a partial one merged onto the bundled
   * dataset (`extendDataset`). Invalid: `eco-error` `DATASET_INVALID`, and the bundled dataset keeps serving. Wins over `factors-src`.
   */
  factors?: unknown;
  /**
   * URL of a dataset JSON (complete or partial, as `.factors`). Every unusable response fires `eco-error` (network
   * error, HTTP status, timeout: `DATASET_FETCH_FAILED`; not JSON, JSON `null`, wrong shape: `DATASET_INVALID`; over
   * 2 MB: `TOO_LARGE`) and the bundled dataset keeps serving.
   */
  factorsSrc = '';
  /** Milliseconds `factors-src` may take before it counts as failed (`DATASET_FETCH_FAILED`) and the bundled dataset serves. Default 10000. */
  factorsTimeout = DEFAULT_FACTORS_TIMEOUT;
  /** Keeps the savings ledger across visits in localStorage (and in step across tabs). */
  persist = false;

  // ─── Context ───
  // Provided values live in their ContextProvider; assigning the accessors below updates the consumers (and, for the
  // two states, re-renders), as `@provide` would, without the decorator helpers in the bundle.
  private readonly settingsCtx = new ContextProvider(this, { context: settingsContext, initialValue: DEFAULT_SETTINGS });
  private readonly factorsCtx = new ContextProvider(this, { context: factorsContext, initialValue: knownBundledDataset() });
  /** This provider's own ledger (without `persist`); with `persist`, the page's shared one for the storage key serves. */
  private readonly ownLedger = new LedgerStore();
  private sharedLedger?: LedgerStore;
  private readonly ledgerCtx = new ContextProvider(this, { context: ledgerContext, initialValue: this.ownLedger as Ledger | undefined });
  private get settings(): KitSettings {
    return this.settingsCtx.value;
  }
  private set settings(v: KitSettings) {
    this.settingsCtx.setValue(v);
  }
  private get activeFactors(): Dataset | undefined {
    return this.factorsCtx.value;
  }
  private set activeFactors(v: Dataset | undefined) {
    this.factorsCtx.setValue(v);
  }
  /** The savings ledger: this order's pending choices and what placed orders saved (feed it through the kit's events or `ledger.record()`). */
  get ledger(): Ledger {
    return this.ledgerCtx.value!;
  }

  /**
   * The order is placed: the current order's pending choices (swaps, delivery, packaging) are credited as saved, and a
   * new, empty order starts; `eco-savings-change` follows. Returns what this order credited (zero when nothing was
   * pending). Dispatching `eco-order-place` inside the provider does the same.
   */
  placeOrder(): SavingsSplit {
    return this.ledgerStore.placeOrder();
  }

  /** The dataset in use: the merchant's when valid, else the bundled one. */
  get activeDataset(): Dataset | undefined {
    return this.activeFactors ?? knownBundledDataset();
  }

  private fetched?: Dataset;
  /** A merchant dataset is being fetched or checked: children wait for it (`settings.factorsPending`). */
  private factorsPending = false;
  private abort?: AbortController;
  private ownsLang = false;
  private unsubscribeLedger?: () => void;

  // ─── Lifecycle ───
  override connectedCallback(): void {
    super.connectedCallback();
    for (const type of SAVING_EVENTS) this.addEventListener(type, this.onSaving);
    this.addEventListener(EcoOrderPlaceEvent.eventName, this.onOrderPlace);
    if (!isServer) window.addEventListener('storage', this.onStorage);
    this.subscribeLedger();
    if (this.hasUpdated) this.useLedger(this.persist === true); // reconnected: take the shared ledger back
  }

  private subscribeLedger(): void {
    this.unsubscribeLedger?.();
    this.unsubscribeLedger = this.ledger.subscribe((t) =>
      this.dispatchEvent(
        new EcoSavingsChangeEvent({ savedGrams: t.savedGrams, byReason: t.byReason, pendingGrams: t.pendingGrams, pendingByReason: t.pendingByReason, ...this.experimentDetail }),
      ),
    );
  }

  /**
   * With `persist`, every provider of the page uses the one shared ledger of the storage key (this provider's entries
   * so far are merged into it); without, its own ledger (a copy of the entries it showed). Switching updates the
   * consumers (context) and this provider's subscription.
   */
  private useLedger(persist: boolean): void {
    const current = this.ledgerCtx.value as LedgerStore;
    if (persist && !this.sharedLedger) {
      const shared = (this.sharedLedger = acquireSharedLedger());
      for (const e of current.entries()) shared.record(e);
      this.ledgerCtx.setValue(shared);
    } else if (!persist && this.sharedLedger) {
      const shared = this.sharedLedger;
      this.sharedLedger = undefined;
      for (const e of this.ownLedger.entries()) this.ownLedger.remove(e.reason, e.key, e.pending);
      for (const e of shared.entries()) this.ownLedger.record(e); // kept in memory (a moved provider takes them back)
      releaseSharedLedger(shared);
      this.ledgerCtx.setValue(this.ownLedger);
    } else return;
    if (this.isConnected) this.subscribeLedger();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    for (const type of SAVING_EVENTS) this.removeEventListener(type, this.onSaving);
    this.removeEventListener(EcoOrderPlaceEvent.eventName, this.onOrderPlace);
    if (!isServer) window.removeEventListener('storage', this.onStorage);
    this.unsubscribeLedger?.();
    this.unsubscribeLedger = undefined;
    this.useLedger(false); // a removed provider stops sharing (the last one out drops the shared ledger)
    this.abort?.abort();
    this.abort = undefined;
  }

  protected override willUpdate(changed: PropertyValues): void {
    checkEnum(this, changed, 'theme', 'theme', THEMES, 'auto');
    checkEnum(this, changed, 'units', 'units', UNITS);
    if (changed.has('factorsSrc')) this.src = this.readSrc();
    if (!isServer && changed.has('factorsSrc') && this.factors == null && this.src) this.factorsPending = true; // fetched in updated()
    if (changed.has('factors')) this.applyFactors();
    // the bundled dataset, once this page has it (an element defined after this provider brought it): as before, offered by value
    else if (this.activeFactors === undefined && !this.factorsPending && knownBundledDataset()) this.activeFactors = knownBundledDataset();
    if (changed.has('locale')) {
      const locale = canonicalLocale(this.locale);
      if (locale === null) reportInvalidAttribute(this, 'locale', this.locale, `a BCP 47 language tag such as de-CH (at most ${INPUT_LIMITS.locale} characters)`, 'the nearest lang attribute');
      this.canonical = locale ?? '';
    }
    if (['locale', 'currency', 'units', 'theme', 'country', 'activeFactors', 'factorsPending'].some((k) => changed.has(k))) {
      // a removed attribute (null) or an unset property is missing: the default, no error; the wrong type or shape is invalid
      const code = (v: unknown, re: RegExp) => {
        const t = toText(v, INPUT_LIMITS.key, '');
        return !t.ok ? undefined : !t.value ? '' : re.test(t.value) ? t.value.toUpperCase() : undefined;
      };
      const cur = code(this.currency, /^[a-z]{3}$/i);
      const currency = cur || 'EUR';
      if (changed.has('currency') && cur === undefined) reportInvalidAttribute(this, 'currency', this.currency, 'an ISO 4217 code such as EUR', '"EUR"');
      const ctry = code(this.country, /^[a-z]{2}$/i);
      let country = ctry ?? '';
      if (changed.has('country') && ctry === undefined)
        reportInvalidAttribute(this, 'country', this.country, 'an ISO 3166-1 alpha-2 code such as DE', 'the world average');
      // The shopper's country only picks a grid: where the dataset has none for it, the world average serves (the
      // engine would otherwise refuse every estimate on the page).
      if (country && this.activeFactors && !Object.hasOwn(this.activeFactors.grid, country)) {
        devWarn(this, 'unknown-country', DEV ? `country="${country}" has no grid intensity in dataset ${this.activeFactors.version}; using the world average. Add it with .factors = { grid: { ${country}: … } }.` : '');
        country = '';
      }
      this.settings = Object.freeze({ locale: this.canonical, currency, units: this.units, theme: this.theme, country, factorsPending: this.factorsPending });
    }
    if (changed.has('locale')) this.applyLang();
  }

  protected override updated(changed: PropertyValues): void {
    if (changed.has('persist')) this.useLedger(this.persist === true);
    if (changed.has('factorsSrc') && this.factors == null) this.fetchFactors();
  }

  // ─── Rendering ───
  protected override render(): TemplateResult {
    return html`<slot></slot>`;
  }

  // ─── Internals ───
  private get ledgerStore(): LedgerStore {
    return this.ledgerCtx.value as LedgerStore;
  }

  /** `locale` canonicalised (`''` when missing or invalid). */
  private canonical = '';
  /** `factors-src` trimmed (`''` when missing or unusable: that was reported). */
  private src = '';

  /** Reads `factors-src` through the coercion boundary: a wrong type is `INVALID_ATTRIBUTE`, an over-long URL `TOO_LARGE`. */
  private readSrc(): string {
    const r = toText(this.factorsSrc, INPUT_LIMITS.url, 'factors-src');
    if (r.ok) return r.value;
    if (r.problem.code === 'TOO_LARGE') this.reportError('TOO_LARGE', DEV ? `factors-src is over ${INPUT_LIMITS.url} characters; the bundled dataset is used.` : r.problem.message, [r.problem]);
    else reportInvalidAttribute(this, 'factors-src', this.factorsSrc, 'a URL', 'the bundled dataset');
    return '';
  }

  /** Owns `lang`/`dir` for the subtree while `locale` is set. */
  private applyLang(): void {
    const locale = this.canonical;
    if (locale) {
      this.setAttribute('lang', locale);
      this.setAttribute('dir', directionOf(locale));
      this.ownsLang = true;
    } else if (this.ownsLang) {
      this.removeAttribute('lang');
      this.removeAttribute('dir');
      this.ownsLang = false;
    }
  }

  /** Validates `.factors` (or the fetched dataset); a failure reports `DATASET_INVALID` and the bundled dataset serves. */
  private applyFactors(): void {
    const input = this.factors ?? this.fetched;
    if (input == null) {
      this.activeFactors = knownBundledDataset();
      this.factorsPending = this.src !== '' && this.fetched === undefined && !!this.abort; // still fetching
      return;
    }
    // A partial dataset merges onto the bundled one, category table included. On a page that has not loaded it (the
    // checkout entry does not: src/data/categories.ts), it is loaded first (EcoProvider.categories, set by that
    // entry); the bundled dataset serves meanwhile, as while fetching.
    this.stopWaiting?.();
    this.stopWaiting = undefined;
    const cats = EcoProvider.categories;
    if (cats && !cats.has() && !isServer && this.mergesOntoBundled(input)) {
      this.stopWaiting = cats.on(() => this.applyFactors());
      this.activeFactors = knownBundledDataset();
      this.factorsPending = true;
      cats.load().catch(() => {
        this.stopWaiting?.();
        this.factorsPending = false;
        this.reportError('DATASET_FETCH_FAILED', DEV ? "Could not load the kit's category table or its citations to merge the merchant dataset onto; the bundled dataset is used instead. Serve the kit's chunk files beside its entry." : 'categories', [{ path: 'factors', message: 'category table or citations not loaded' }]);
      });
      return;
    }
    const r = this.validate(input);
    // a merchant dataset needs the full validators: the bundled dataset serves until they have loaded (as while fetching)
    // (with the bundled dataset a partial one extends, where no element of this page brought it: precomputed badges)
    const load = () => Promise.all([loadValidators(), loadBundledDataset()]);
    if (isNotLoaded(r.ok ? r : { ok: false, error: r }) && this.loadThen(load, () => this.applyFactors(), 'VALIDATOR_LOAD_FAILED', DEV ? "the kit's validation module" : '', DEV ? 'this input cannot be checked' : '')) {
      this.activeFactors = knownBundledDataset();
      this.factorsPending = !isServer; // on a server nothing loads: the bundled dataset serves, as before
      return;
    }
    this.factorsPending = false;
    if (r.ok) {
      this.activeFactors = r.value;
      this.dispatchEvent(new EcoFactorsLoadEvent({ datasetId: r.value.id, version: r.value.version, origin: this.factors != null ? 'property' : 'url', ...this.experimentDetail }));
    } else {
      this.activeFactors = knownBundledDataset();
      this.reportError(r.code, r.message, r.issues);
    }
  }

  private stopWaiting?: () => void;
  /**
   * @internal The bundled dataset's category table (src/data/categories.ts) on demand, set by the entries that do not
   * import it (src/pages/checkout.ts), for a merchant's partial dataset, which merges onto the complete bundled one:
   * `has()` whether it is loaded, `on(cb)` calls back once it is (returns a stop function), `load()` imports it.
   */
  static categories?: { has(): boolean; on(cb: () => void): () => void; load(): Promise<unknown> };

  /** Whether `input` is a partial dataset (merged onto the bundled one), not a complete one. Never throws. */
  private mergesOntoBundled(input: unknown): boolean {
    try {
      return isObj(input) && !('schemaVersion' in input);
    } catch {
      return false; // unreadable: validate() reports it
    }
  }

  private validate(input: unknown) {
    // the size first, before any validation: key counts only
    let complete = false;
    let obj = false;
    try {
      obj = isObj(input);
      complete = obj && 'schemaVersion' in (input as object);
    } catch {
      /* unreadable (a revoked proxy): checkDatasetSize says so */
    }
    // a partial dataset extends the bundled one: on a page of precomputed badges it comes with the validators
    const bundled = knownBundledDataset();
    if (obj && !complete && !bundled) return notLoaded;
    const size = checkDatasetSize(input, this.factors != null ? 'factors' : 'factors-src', complete ? undefined : bundled);
    if (size)
      return size.code === 'TOO_LARGE'
        ? { ok: false as const, code: 'TOO_LARGE', message: DEV ? `The merchant dataset is over the kit's limits (${size.path}: ${size.message} INPUT_LIMITS.datasetEntries); the bundled dataset is used instead.` : size.message, issues: [size] }
        : { ok: false as const, code: 'DATASET_INVALID', message: DEV ? `The merchant dataset could not be read (${size.message}); the bundled dataset is used instead.` : size.message, issues: [size] };
    if (!isObj(input)) return { ok: false as const, code: 'DATASET_INVALID', message: DEV ? 'The dataset must be an object (a complete dataset, or a partial one to merge onto the bundled dataset).' : 'not an object', issues: [{ path: '', message: 'Expected an object.' }] };
    // the readers come with the validators (./engine/dataset.ts would bring the bundled data with it)
    const m = onDemand();
    if (!m) return notLoaded;
    const r = 'schemaVersion' in input ? m.loadDataset(input) : m.extendDataset(bundled!, input);
    if (r.ok) return r;
    if (isNotLoaded(r)) return { ok: false as const, code: r.error.code, message: r.error.message, issues: r.error.issues };
    return { ok: false as const, code: 'DATASET_INVALID', message: `${r.error.message} The bundled dataset is used instead.`, issues: r.error.issues };
  }

  private fetchFactors(): void {
    this.abort?.abort();
    this.abort = undefined;
    this.fetched = undefined;
    const src = this.src;
    if (!src) {
      this.applyFactors();
      return;
    }
    const ctrl = (this.abort = new AbortController());
    const shown = src.length > 200 ? `${src.slice(0, 200)}…` : src;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const failed = (why: string, code = 'DATASET_FETCH_FAILED') => {
      clearTimeout(timer);
      if (ctrl.signal.aborted) return;
      ctrl.abort(); // stop reading a body that is too large, or a server that hangs
      this.abort = undefined; // settled: nothing is fetching any more (see applyFactors)
      this.activeFactors = knownBundledDataset();
      this.factorsPending = false;
      this.reportError(code, DEV ? `Could not use the dataset from factors-src="${shown}": ${why}. The bundled dataset is used instead.` : why, [{ path: 'factors-src', message: why }]);
    };
    const t = this.factorsTimeout;
    const ms = typeof t === 'number' && t > 0 ? Math.min(t, 2 ** 31 - 1) : DEFAULT_FACTORS_TIMEOUT;
    timer = setTimeout(() => failed(`no complete answer within ${ms} ms (factors-timeout)`), ms);
    // the reader is a chunk of its own (only a provider with factors-src needs it); a chunk that fails to load is a
    // failed fetch like any other: DATASET_FETCH_FAILED, and the bundled dataset keeps serving
    datasetReader
      .load()
      .then((m) => m.fetchDataset(src, ctrl.signal, INPUT_LIMITS.datasetBytes))
      .then((r) => {
        if (!r || ctrl.signal.aborted) return;
        if (!r.ok) return failed(r.why, r.code);
        clearTimeout(timer);
        if (this.factors != null) return;
        this.fetched = r.value as unknown as Dataset;
        this.applyFactors();
      })
      .catch((e: unknown) => failed(e instanceof Error ? e.message : 'network error'));
  }

  /** Records swaps, delivery choices and packaging opt-outs that nobody cancelled (checked after the dispatch has finished), as the current order's pending choices. */
  private readonly onSaving = (e: Event): void => {
    queueMicrotask(() => {
      // any page script can dispatch these events: a detail with throwing getters, or a product id over
      // INPUT_LIMITS.id, records nothing (and throws nothing)
      let entry: LedgerEntry | undefined;
      try {
        if (e.defaultPrevented) return;
        const d = (e as Event & { detail?: unknown }).detail;
        if (!isObj(d)) return;
        const id = typeof d.productId === 'string' && d.productId.length <= INPUT_LIMITS.id ? d.productId : undefined;
        if (e.type === 'eco-alternative-undo' && id) entry = { reason: 'swaps', key: id, savedGrams: 0, pending: true }; // removes the pending swap
        else if (e.type === 'eco-alternative-select' && id)
          entry = { reason: 'swaps', key: id, savedGrams: Math.max(0, num(d.savedCo2eGrams)), pending: true };
        else if (e.type === 'eco-delivery-select') entry = { reason: 'delivery', key: 'delivery', savedGrams: Math.max(0, num(d.savedGrams)), pending: true };
        else if (e.type === 'eco-packaging-change')
          entry = { reason: 'packaging', key: 'packaging', savedGrams: d.optedOut === true ? Math.max(0, num(d.savedGrams)) : 0, pending: true };
      } catch {
        return;
      }
      if (entry && Number.isFinite(entry.savedGrams)) this.ledger.record(entry);
    });
  };

  /** `eco-order-place` that nobody cancelled: the order's pending choices are credited (checked after the dispatch). */
  private readonly onOrderPlace = (e: Event): void => {
    queueMicrotask(() => {
      if (!e.defaultPrevented) this.placeOrder();
    });
  };

  private readonly onStorage = (e: StorageEvent): void => {
    this.ledgerStore.mergeStorageEvent(e);
  };
}

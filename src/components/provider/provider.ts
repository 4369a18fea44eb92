import { html, isServer, type PropertyValues, type PropertyDeclarations } from 'lit';
import { ContextProvider } from '@lit/context';
import { bundledDataset } from '../../data/index.js';
import { safeExtendDataset, safeLoadDataset } from '../../engine/dataset.js';
import { isNotLoaded } from '../../engine/validate.js';
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
  type ThemeMode,
  type Units,
} from '../../context/contexts.js';
import { EcoFactorsLoadEvent } from '../../events/factors-load.js';
import { EcoSavingsChangeEvent } from '../../events/savings-change.js';
import { directionOf } from '../../i18n/localize-controller.js';
import { EcoElement } from '../../internal/eco-element.js';
import { devWarn } from '../../internal/dev-warn.js';
import { checkEnum, reportInvalidAttribute } from '../../internal/attributes.js';
import { isObj } from '../../internal/util.js';
import { LedgerStore } from './ledger.js';
import styles from './provider.styles.js';

const SAVING_EVENTS = ['eco-alternative-select', 'eco-delivery-select', 'eco-packaging-change'] as const;
const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : Number.NaN);

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
 * @fires eco-error - `DATASET_INVALID` (the merchant dataset failed validation) or `DATASET_FETCH_FAILED` (`factors-src` could not be read): the bundled dataset keeps serving; `INVALID_ATTRIBUTE` (a bad `theme`, `units`, `currency` or `country`: its default is used).
 * @fires eco-savings-change - The ledger changed (a swap, a delivery choice, a packaging opt-out; or another tab's).
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
  /** URL of a dataset JSON (complete or partial, as `.factors`). Fetch or validation failures fire `eco-error`; the bundled dataset keeps serving. */
  factorsSrc = '';
  /** Keeps the savings ledger across visits in localStorage (and in step across tabs). */
  persist = false;

  // ─── Context ───
  // Provided values live in their ContextProvider; assigning the accessors below updates the consumers (and, for the
  // two states, re-renders), as `@provide` would, without the decorator helpers in the bundle.
  private readonly settingsCtx = new ContextProvider(this, { context: settingsContext, initialValue: DEFAULT_SETTINGS });
  private readonly factorsCtx = new ContextProvider(this, { context: factorsContext, initialValue: bundledDataset as Dataset | undefined });
  private readonly ledgerCtx = new ContextProvider(this, { context: ledgerContext, initialValue: new LedgerStore() as Ledger | undefined });
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
  /** The savings ledger of this order (read-only view; feed it through the kit's events or `ledger.record()`). */
  get ledger(): Ledger {
    return this.ledgerCtx.value!;
  }

  /** The dataset in use: the merchant's when valid, else the bundled one. */
  get activeDataset(): Dataset | undefined {
    return this.activeFactors;
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
    if (!isServer) window.addEventListener('storage', this.onStorage);
    this.unsubscribeLedger = this.ledger.subscribe((t) =>
      this.dispatchEvent(new EcoSavingsChangeEvent({ savedGrams: t.savedGrams, byReason: t.byReason, ...this.experimentDetail })),
    );
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    for (const type of SAVING_EVENTS) this.removeEventListener(type, this.onSaving);
    if (!isServer) window.removeEventListener('storage', this.onStorage);
    this.unsubscribeLedger?.();
    this.abort?.abort();
    this.abort = undefined;
  }

  protected override willUpdate(changed: PropertyValues): void {
    checkEnum(this, changed, 'theme', 'theme', THEMES, 'auto');
    checkEnum(this, changed, 'units', 'units', UNITS);
    if (!isServer && changed.has('factorsSrc') && this.factors == null && this.factorsSrc.trim()) this.factorsPending = true; // fetched in updated()
    if (changed.has('factors')) this.applyFactors();
    if (['locale', 'currency', 'units', 'theme', 'country', 'activeFactors', 'factorsPending'].some((k) => changed.has(k))) {
      const currency = /^[a-z]{3}$/i.test(this.currency) ? this.currency.toUpperCase() : 'EUR';
      if (changed.has('currency') && currency !== this.currency.toUpperCase())
        reportInvalidAttribute(this, 'currency', this.currency, 'an ISO 4217 code such as EUR', '"EUR"');
      let country = /^[a-z]{2}$/i.test(this.country) ? this.country.toUpperCase() : '';
      if (changed.has('country') && this.country && !country)
        reportInvalidAttribute(this, 'country', this.country, 'an ISO 3166-1 alpha-2 code such as DE', 'the world average');
      // The shopper's country only picks a grid: where the dataset has none for it, the world average serves (the
      // engine would otherwise refuse every estimate on the page).
      if (country && this.activeFactors && !Object.hasOwn(this.activeFactors.grid, country)) {
        devWarn(this, 'unknown-country', `country="${country}" has no grid intensity in dataset ${this.activeFactors.version}; using the world average. Add it with .factors = { grid: { ${country}: … } }.`);
        country = '';
      }
      this.settings = Object.freeze({ locale: this.locale.trim(), currency, units: this.units, theme: this.theme, country, factorsPending: this.factorsPending });
    }
    if (changed.has('locale')) this.applyLang();
  }

  protected override updated(changed: PropertyValues): void {
    if (changed.has('persist')) this.ledgerStore.setPersist(this.persist);
    if (changed.has('factorsSrc') && this.factors == null) this.fetchFactors();
  }

  // ─── Rendering ───
  protected override render() {
    return html`<slot></slot>`;
  }

  // ─── Internals ───
  private get ledgerStore(): LedgerStore {
    return this.ledgerCtx.value as LedgerStore;
  }

  /** Owns `lang`/`dir` for the subtree while `locale` is set. */
  private applyLang(): void {
    const locale = this.locale.trim();
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
      this.activeFactors = bundledDataset;
      this.factorsPending = this.factorsSrc.trim() !== '' && this.fetched === undefined && !!this.abort; // still fetching
      return;
    }
    const r = this.validate(input);
    // a merchant dataset needs the full validators: the bundled dataset serves until they have loaded (as while fetching)
    if (this.needsValidators(r.ok ? r : { ok: false, error: r }, () => this.applyFactors())) {
      this.activeFactors = bundledDataset;
      this.factorsPending = !isServer; // on a server nothing loads: the bundled dataset serves, as before
      return;
    }
    this.factorsPending = false;
    if (r.ok) {
      this.activeFactors = r.value;
      this.dispatchEvent(new EcoFactorsLoadEvent({ datasetId: r.value.id, version: r.value.version, origin: this.factors != null ? 'property' : 'url', ...this.experimentDetail }));
    } else {
      this.activeFactors = bundledDataset;
      this.reportError(r.code, r.message, r.issues);
    }
  }

  private validate(input: unknown) {
    if (!isObj(input)) return { ok: false as const, code: 'DATASET_INVALID', message: 'The dataset must be an object (a complete dataset, or a partial one to merge onto the bundled dataset).', issues: [{ path: '', message: 'Expected an object.' }] };
    const r = 'schemaVersion' in input ? safeLoadDataset(input) : safeExtendDataset(bundledDataset, input);
    if (r.ok) return r;
    if (isNotLoaded(r)) return { ok: false as const, code: r.error.code, message: r.error.message, issues: r.error.issues };
    return { ok: false as const, code: 'DATASET_INVALID', message: `${r.error.message} The bundled dataset is used instead.`, issues: r.error.issues };
  }

  private fetchFactors(): void {
    this.abort?.abort();
    this.abort = undefined;
    this.fetched = undefined;
    const src = this.factorsSrc.trim();
    if (!src) {
      this.applyFactors();
      return;
    }
    const ctrl = (this.abort = new AbortController());
    const failed = (why: string) => {
      if (ctrl.signal.aborted) return;
      this.abort = undefined; // settled: nothing is fetching any more (see applyFactors)
      this.activeFactors = bundledDataset;
      this.factorsPending = false;
      this.reportError('DATASET_FETCH_FAILED', `Could not load the dataset from factors-src="${src}": ${why}. The bundled dataset is used instead.`, [{ path: 'factors-src', message: why }]);
    };
    fetch(src, { signal: ctrl.signal, headers: { accept: 'application/json' } })
      .then(async (res) => {
        if (!res.ok) return failed(`HTTP ${res.status}`);
        let json: unknown;
        try {
          json = await res.json();
        } catch {
          return failed('the response is not valid JSON');
        }
        if (ctrl.signal.aborted || this.factors != null) return;
        this.fetched = json as Dataset;
        this.applyFactors();
      })
      .catch((e: unknown) => failed(e instanceof Error ? e.message : String(e)));
  }

  /** Records swaps, delivery choices and packaging opt-outs that nobody cancelled (checked after the dispatch has finished). */
  private readonly onSaving = (e: Event): void => {
    queueMicrotask(() => {
      if (e.defaultPrevented) return;
      const d = (e as Event & { detail?: unknown }).detail;
      if (!isObj(d)) return;
      let entry: LedgerEntry | undefined;
      if (e.type === 'eco-alternative-select' && typeof d.productId === 'string')
        entry = { reason: 'swaps', key: d.productId, savedGrams: Math.max(0, num(d.savedCo2eGrams)) };
      else if (e.type === 'eco-delivery-select') entry = { reason: 'delivery', key: 'delivery', savedGrams: Math.max(0, num(d.savedGrams)) };
      else if (e.type === 'eco-packaging-change')
        entry = { reason: 'packaging', key: 'packaging', savedGrams: d.optedOut === true ? Math.max(0, num(d.savedGrams)) : 0 };
      if (entry && Number.isFinite(entry.savedGrams)) this.ledger.record(entry);
    });
  };

  private readonly onStorage = (e: StorageEvent): void => {
    this.ledgerStore.mergeStorageEvent(e);
  };
}

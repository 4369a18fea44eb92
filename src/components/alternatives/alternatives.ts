import { html, nothing, type PropertyValues, type PropertyDeclarations, type TemplateResult } from 'lit';
// The core tables only: the define module (src/define/) imports the whole category table, and a page entry that loads
// it by family instead hands over the loader (`useFamilies`, src/pages/).
import { bundledDataset } from '../../data/core.js';
import type { loadFamilies } from '../../data/families.js';
import { DEV } from '../../internal/dev.js';
import { setBundledDataset } from '../../internal/bundled.js';
import { safeEstimateFootprint } from '../../engine/footprint.js';
import { safeRankAlternatives } from '../../engine/alternatives.js';
import { type AlternativeResult, type Issue, type ProductInput } from '../../engine/types.js';
import { ledgerContext, type KitSettings, type Ledger } from '../../context/contexts.js';
import { consumeContext } from '../../internal/context.js';
import { EcoConsumer } from '../../internal/eco-consumer.js';
import { checkAttribute } from '../../internal/attributes.js';
import { warnNearMissKeys } from '../../internal/product-keys.js';
import { formatMass, formatMassRange, formatMoney, formatNumber, formatPercent } from '../../internal/format.js';
import { safeUrl } from '../../internal/safe-url.js';
import { keepValue } from '../../internal/render.js';
import { methodKey } from '../../internal/render-details.js';
import { equivalentText } from '../../internal/equivalent.js';
import { isObj } from '../../internal/util.js';
import { INPUT_LIMITS } from '../../internal/coerce.js';
import { PRODUCT_FIELDS, readArray, snapshot } from '../../internal/snapshot.js';
import { EcoAlternativeSelectEvent, EcoAlternativeUndoEvent } from '../../events/alternative-select.js';
import { LocalizeController } from '../../i18n/localize-controller.js';
import { addEnglishMessages } from '../../i18n/registry.js';
import { enProduct } from '../../i18n/en/product.js';
import { enAlternatives } from '../../i18n/en/alternatives.js';
import type { Messages } from '../../i18n/messages.js';
import styles from './alternatives.styles.js';

setBundledDataset(bundledDataset); // the provider offers it to its consumers (src/internal/bundled.ts)

let families: typeof loadFamilies | undefined;
/**
 * @internal Where the bundled dataset's categories load by family (the product and checkout page entries, src/pages/):
 * the element waits for the families of the categories it shows (`:state(loading)`, its loading line), then computes.
 * Without it the bundled categories are all there (src/define/ imports them with the element).
 */
export function useFamilies(loader: typeof loadFamilies): void {
  families = loader;
}

// This element's English (the shared core is always there); other locales load on demand.
addEnglishMessages(enProduct, enAlternatives);

/** A product the shopper could buy instead: an engine product input with a display name, a price and optional links. */
export interface AlternativeCandidate extends ProductInput {
  /** Stable id, echoed as `alternativeId`. Required. */
  readonly id: string;
  /** Display name (plain text; never rendered as markup). Required. */
  readonly name: string;
  /** Price in major units (12.5 = €12.50), in `currency` or the provider's currency. */
  readonly price?: number;
  /** Product page; linked only when it is an http(s) or relative URL. */
  readonly url?: string;
  /** Image URL (http(s) or relative); its alt text is the name. */
  readonly image?: string;
}

/** The candidate fields read: the engine's product fields, plus what a listed candidate shows. */
const CANDIDATE_FIELDS = [...PRODUCT_FIELDS, 'url', 'image'];
/** A product's or candidate's `category`, read through the coercion boundary (never throws on a hostile object). */
const categoryOf = (p: unknown): unknown => {
  const c = snapshot(p, '', { fields: ['category'] });
  return c.ok && isObj(c.value) ? c.value.category : undefined;
};
/** Keys a candidate has beyond `ProductInput`'s (not reported as near misses). */
const CANDIDATE_KEYS = ['url', 'image'];

const DEFAULTS = { max: 3, minSaving: 0.1, headingLevel: 2 };
/** A real minus sign (U+2212) for negative percentages, whatever the locale's formatter writes. */
const minus = (s: string) => s.replace(/-/g, '\u2212');
const nonEmpty = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';

interface PendingError { code: string; message: string; issues: readonly Issue[] }

/**
 * @summary Lower-footprint swaps as cards (the same category, substitutes such as a plant-based alternative, refurbished
 * products): an optional thumbnail, the name, the grade and figure, the saving with a real minus sign and an everyday
 * equivalent, the price difference, and a "Switch" button.
 * @tag eco-alternatives
 * @status experimental
 * @since 0.1
 *
 * Three states: no comparable candidate ("no other products to compare"); lower products exist but no saving is
 * certain (listed muted with the saving's own range, "might save 0.2–3 kg", and no "Switch"); confident swaps (the
 * engine's `confident`, at least `min-saving` of the current footprint), substitutes labelled as such. After
 * "Switch" the button itself reads "Switched" and an "Undo" button appears beside it, which fires
 * `eco-alternative-undo` (the provider removes the pending swap). A swap is the current order's pending choice: the
 * provider credits it only when the order is placed (`placeOrder()`).
 * The cards lay out by the element's own width (container queries): one column below about 34rem, a row of cards above.
 * Invalid input never throws:
 * - an invalid `.product` (not an object, a bad field, an unknown category) shows the neutral
 *   "estimate unavailable" state and fires `eco-error` with the engine's code (`INVALID_PRODUCT`, `UNKNOWN_CATEGORY`…);
 * - `.candidates` that is not an array is treated as empty and fires `eco-error` `INVALID_ARGUMENT`;
 * - individual invalid candidates (no `id` or `name`, a bad field, an unknown category, a duplicated id) are skipped,
 *   and ONE `eco-error` `INVALID_PRODUCT` lists all of them, with paths such as `candidates.2.name`;
 * - a bad `max`, `min-saving` or `heading-level` falls back to its default and fires `eco-error` `INVALID_ATTRIBUTE`
 *   (issue path: the attribute's name), with one console warning per attribute.
 *
 * @slot heading - Replaces the default heading text ("Lower-footprint alternatives").
 * @slot empty - Replaces the default text shown when no candidate is clearly lower.
 * @csspart base - The wrapper.
 * @csspart heading - The heading (role=heading, level from `heading-level`).
 * @csspart list - The `<ul>`.
 * @csspart item - One card (`<li>`).
 * @csspart item-chosen - The card of the accepted switch (also `item`; its action reads "Switched", with Undo beside it; once the order is placed, "Saved with your order" without Undo).
 * @csspart item-image - The thumbnail (only for an http(s) or relative `image`); decorative, with an empty alt (the name is beside it).
 * @csspart item-grade - The A–E grade letter (the same colours as the footprint badge).
 * @csspart item-name - The name (a link when `url` is safe).
 * @csspart item-footprint - The footprint and its likely range.
 * @csspart item-method - How the figure was made.
 * @csspart item-saving - The saving in mass and percent, with a real minus sign: `−3.5 kg CO₂e (−70%)`.
 * @csspart item-equivalent - The saving's everyday equivalent.
 * @csspart item-price - The price difference.
 * @csspart action - The "Switch" button ("Switched", `aria-pressed="true"`, after an accepted switch).
 * @csspart undo - The "Undo" button shown after a switch.
 * @csspart item-saved - Instead of the buttons, once the order holding the switch is placed: "✓ Saved with your order" (no Undo).
 * @csspart item-substitute - The substitute label ("A plant-based alternative", "Refurbished").
 * @csspart uncertain - The intro of the muted list (lower products, no certain saving).
 * @csspart item-might-save - The saving's range of a muted item ("might save 0.2–3 kg CO₂e").
 * @csspart empty - The default empty-state text.
 * @csspart status - The neutral "estimate unavailable" text.
 * @cssproperty [--eco-alternatives-surface=var(--eco-color-surface, Canvas)] - Background of the whole element.
 * @cssproperty [--eco-alternatives-background=var(--eco-color-surface, Canvas)] - Item background.
 * @cssproperty [--eco-alternatives-color=var(--eco-color-text, CanvasText)] - Text colour.
 * @cssproperty [--eco-alternatives-border-color=var(--eco-color-border, GrayText)] - Item border colour.
 * @cssproperty [--eco-alternatives-accent=var(--eco-accent, the text colour)] - The "Switch" button's colour: the merchant's `--eco-accent` when set, else the page's text colour (a neutral button that never clashes with the shop's own).
 * @cssproperty [--eco-alternatives-on-accent=var(--eco-color-on-accent)] - Button text colour.
 * @cssproperty [--eco-alternatives-image-size=4rem] - Thumbnail width and height.
 * @cssstate error - The product could not be estimated; a neutral text is shown.
 * @cssstate empty - No candidate is clearly lower.
 * @fires eco-alternative-select - The shopper pressed "Switch" (cancelable; cancel to leave the item unchosen).
 * @fires eco-alternative-undo - The shopper pressed "Undo" after a switch (cancelable; cancel to keep the switch).
 * @fires eco-error - Product or candidates were invalid (the engine's codes, `INVALID_ARGUMENT`), or `INVALID_ATTRIBUTE` for a bad `max`, `min-saving` or `heading-level` (its default is used).
 * @fires eco-impression - Once, when at least half visible.
 */
export class EcoAlternatives extends EcoConsumer {
  static override styles = styles;
  /** @internal Reactive properties (declared here rather than with decorators: smaller bundle). */
  static override properties: PropertyDeclarations = {
    product: { attribute: false },
    candidates: { attribute: false },
    max: { type: Number },
    minSaving: { type: Number, attribute: 'min-saving' },
    headingLevel: { type: Number, attribute: 'heading-level' },
    chosenId: { state: true },
  };
  protected static override trackImpressions = true;

  // ─── Public API ───
  /** The product the shopper is looking at (an engine product input: `category` required, `id` echoed as `productId`). */
  product?: ProductInput;
  /** Products to compare against (same category to be listed), each with `id`, `name`, `price`, optional `url` and `image`. */
  candidates: readonly AlternativeCandidate[] = [];
  /** Most alternatives to list (a whole number ≥ 1). Default 3. */
  max = DEFAULTS.max;
  /** Least saving worth showing, as a share of the product's footprint (0–1). Default 0.1 (10%). */
  minSaving = DEFAULTS.minSaving;
  /** ARIA level of the heading, 2–6. Default 2. */
  headingLevel = DEFAULTS.headingLevel;

  // ─── Derived state ───
  // `items`, `failed` and `compared` are set in willUpdate (or before the requestUpdate that follows a validator load), so
  // they need no reactive declaration.
  /** `undefined`: nothing to show (no product, or an error). */
  private items?: readonly AlternativeResult[];
  /** Lower products whose saving is not certain (shown muted when no item is confident). */
  private maybe: readonly AlternativeResult[] = [];
  /** Text of the polite live region (switch and undo announcements). */
  private announcement = '';
  /** Where focus goes after the next render: the undo button of an item, or its switch button. */
  private focusAfter?: { id: string; part: 'undo' | 'action' };
  private chosenId = '';
  /** The chosen switch's order was placed (the provider's ledger credited it): the card reads as done, with no Undo. */
  private placed = false;
  /** The ledger held the chosen switch as this order's pending choice (so its leaving means the order was placed). */
  private seenPending = false;
  private ledger?: Ledger;
  private unsubscribeLedger?: () => void;
  private failed = false;
  /** Valid candidates of the product's category (for the empty state). */
  private compared = 0;
  private pending: PendingError[] = [];
  private country = '';
  /** `.product` as last read (a bounded plain copy): what the events and the price comparison use. */
  private read?: ProductInput;
  private readonly l10n = new LocalizeController(this, () => this.settings.locale);

  // ─── Lifecycle ───
  protected override willUpdate(changed: PropertyValues): void {
    checkAttribute(this, changed, 'max', 'max', (v) => Number.isInteger(v) && v >= 1, 'a whole number ≥ 1', DEFAULTS.max);
    checkAttribute(this, changed, 'minSaving', 'min-saving', (v) => Number.isFinite(v) && v >= 0 && v <= 1, 'a number from 0 to 1', DEFAULTS.minSaving);
    checkAttribute(this, changed, 'headingLevel', 'heading-level', (v) => Number.isInteger(v) && v >= 2 && v <= 6, 'a whole number from 2 to 6', DEFAULTS.headingLevel);
    if (changed.has('product')) {
      this.chosenId = '';
      this.placed = this.seenPending = false;
      warnNearMissKeys(this, this.product, '.product');
    }
    if (changed.has('candidates')) {
      try {
        // the first candidates only (the element reads no more), and nothing a hostile list does may throw from here
        if (Array.isArray(this.candidates)) this.candidates.slice(0, INPUT_LIMITS.candidates).forEach((c, i) => warnNearMissKeys(this, c, `.candidates[${i}]`, CANDIDATE_KEYS));
      } catch {
        /* the list itself is reported by rank() */
      }
    }
    const country = this.settings.country;
    const pendingChanged = changed.has('settings') && (changed.get('settings') as KitSettings | undefined)?.factorsPending !== this.settings.factorsPending;
    if (!this.hasUpdated || pendingChanged || country !== this.country || ['product', 'candidates', 'factors', 'max', 'minSaving'].some((k) => changed.has(k))) {
      this.country = country;
      this.rank();
    }
  }

  /** The family load the current input waits for (a load for an earlier input that fails is not this element's error). */
  private familyWait?: Promise<unknown>;

  private rank(): void {
    this.familyWait = undefined;
    const options = { dataset: this.factors ?? bundledDataset, country: this.settings.country || undefined };
    this.items = undefined;
    this.maybe = [];
    this.failed = false;
    this.read = undefined;
    if (this.waitForFactors(this.settings) || this.product == null) return;
    // the caller's objects are read once, through the coercion boundary: a bounded plain copy of the fields used
    const read = snapshot(this.product, 'product', { fields: PRODUCT_FIELDS });
    if (!read.ok) {
      this.failed = true;
      const { code, path, message } = read.problem;
      this.pending.push({ code: code === 'TOO_LARGE' ? 'TOO_LARGE' : 'INVALID_PRODUCT', message: `product: ${message}`, issues: [{ path, message }] });
      return;
    }
    const product = (this.read = read.value as ProductInput);
    // the bundled dataset loads its categories by family: those of the product and of the candidates compared, in
    // parallel, then the ranking (substitution groups span families); a merchant's dataset is complete
    const wait = options.dataset === bundledDataset && families?.([product, ...readArray(this.candidates ?? [], INPUT_LIMITS.candidates).items].map(categoryOf));
    if (wait) {
      // a failed load says "Estimate unavailable" under the heading (not a blank), and a later change of input retries
      this.familyWait = wait;
      const current = () => this.familyWait === wait;
      const failed = (e: unknown) => {
        if (current()) this.failed = true;
        throw e;
      };
      this.loadThen(() => wait.catch(failed), () => this.rank(), 'ENGINE_LOAD_FAILED', DEV ? "the kit's category data" : '', DEV ? 'no alternatives can be compared' : '', current);
      return;
    }
    // an input only the full validators can judge: neutral (and none of this run's errors) until they have loaded
    const mark = this.pending.length;
    const defer = (r: { ok: boolean; error?: { code: string } }) => {
      if (!this.needsValidators(r, () => this.rank())) return false;
      this.pending.length = mark;
      return true;
    };
    const base = isObj(product)
      ? safeEstimateFootprint(product, options)
      : { ok: false as const, error: { code: 'INVALID_PRODUCT', message: DEV ? 'product must be an object.' : 'product', issues: [{ path: '', message: DEV ? 'Expected an object' : 'invalid' }] } };
    if (defer(base)) return;
    if (!base.ok) {
      this.failed = true;
      this.pending.push(base.error);
      return;
    }
    const given = readArray(this.candidates ?? [], INPUT_LIMITS.candidates);
    const list = given.items;
    if (!given.isArray) {
      this.pending.push({ code: 'INVALID_ARGUMENT', message: DEV ? 'candidates must be an array of products.' : 'candidates', issues: [{ path: 'candidates', message: DEV ? 'Expected an array' : 'invalid' }] });
    }
    if (given.length > INPUT_LIMITS.candidates) {
      // read no further than the element compares: the rest could only cost time (an estimate per entry)
      const message = DEV ? `${given.length} candidates given; the first ${INPUT_LIMITS.candidates} are compared (INPUT_LIMITS.candidates).` : 'TOO_LARGE';
      this.pending.push({ code: 'TOO_LARGE', message, issues: [{ path: 'candidates', message }] });
    }
    // Skip invalid candidates one by one, so one bad entry does not hide the good ones.
    const issues: Issue[] = [];
    const seen = new Set<string>();
    const valid: AlternativeCandidate[] = [];
    let deferred = false;
    list.forEach((raw, i) => {
      if (deferred) return;
      // development: the teaching text; production: `invalid` (the path names the field; `DEV && text` folds away)
      const at = (field: string, message: string | false) => issues.push({ path: `candidates.${i}${field ? `.${field}` : ''}`, message: message || 'invalid' });
      const copy = snapshot(raw, `candidates.${i}`, { fields: CANDIDATE_FIELDS });
      if (!copy.ok) return void issues.push({ path: copy.problem.path, message: copy.problem.message });
      const c = copy.value;
      if (!isObj(c)) return at('', DEV && 'Expected an object');
      if (!nonEmpty(c.id)) return at('id', DEV && 'Expected a non-empty string');
      if (!nonEmpty(c.name)) return at('name', DEV && 'Expected a non-empty string');
      if (seen.has(c.id)) return at('id', DEV && `Duplicate id "${c.id}"`);
      const r = safeEstimateFootprint(c as ProductInput, options);
      if (defer(r)) return void (deferred = true);
      if (!r.ok) return r.error.issues.length ? r.error.issues.forEach((x) => at(x.path, x.message)) : at('', r.error.message);
      seen.add(c.id);
      valid.push(c as AlternativeCandidate);
    });
    if (deferred) return;
    if (issues.length) {
      this.pending.push({ code: 'INVALID_PRODUCT', message: DEV ? `${issues.length} invalid candidate field(s) skipped.` : `${issues[0]!.path}: ${issues[0]!.message}`, issues });
    }
    const ranked = safeRankAlternatives(product, valid, options);
    if (defer(ranked)) return;
    if (!ranked.ok) {
      this.failed = true;
      this.pending.push(ranked.error);
      return;
    }
    const ds = options.dataset;
    const cat = base.value.category;
    const group = Object.values(ds.substitutes?.groups ?? {}).find((g) => Object.hasOwn(g.members, cat));
    this.compared = ds.substitutes?.none.includes(cat) ? 0 : valid.filter((c) => c.category === cat || (group && Object.hasOwn(group.members, c.category))).length;
    const lower = ranked.value.filter((a) => a.savedGrams > 0);
    this.items = lower.filter((a) => a.confident && a.savedShare >= this.minSaving).slice(0, this.max);
    this.maybe = this.items.length ? [] : lower.slice(0, this.max);
  }

  protected override updated(): void {
    this.setState('error', this.failed);
    this.setState('empty', !!this.items && !this.items.length && !this.maybe.length);
    const f = this.focusAfter;
    if (f) {
      this.focusAfter = undefined;
      const li = [...(this.renderRoot.querySelectorAll<HTMLElement>('[data-id]'))].find((x) => x.dataset.id === f.id);
      li?.querySelector<HTMLElement>(`[part~="${f.part}"]`)?.focus();
    }
    const errors = this.pending;
    this.pending = [];
    for (const e of errors) this.reportError(e.code, e.message, e.issues);
  }

  protected override resetToNeutral(): void {
    this.items = undefined;
    this.failed = true;
  }

  protected override impressionDetail(): Record<string, unknown> {
    return { productId: this.productId, alternativeIds: this.items?.map((a) => a.id) ?? [] };
  }

  private get productId(): string {
    const p = this.read;
    return isObj(p) && typeof p.id === 'string' ? p.id : '';
  }

  /** Follows the provider's ledger: when the order holding the chosen switch is placed, the card says it is saved. */
  protected override firstConnected(): void {
    super.firstConnected();
    consumeContext(this, ledgerContext, (v) => {
      this.ledger = v;
      this.followLedger();
    });
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.ledger && !this.unsubscribeLedger) this.followLedger();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.unsubscribeLedger?.();
    this.unsubscribeLedger = undefined;
  }

  private followLedger(): void {
    this.unsubscribeLedger?.();
    this.unsubscribeLedger = this.ledger?.subscribe(() => this.checkPlaced());
    this.checkPlaced();
  }

  /** The chosen switch's pending entry (reason `swaps`, keyed by this product's id) left the ledger credited: placed. */
  private checkPlaced(): void {
    const id = this.productId;
    if (!this.ledger || !this.chosenId || !id || this.placed) return;
    let entries: readonly { reason: string; key: string; pending?: boolean }[] = [];
    try {
      entries = this.ledger.entries();
    } catch {
      return;
    }
    if (entries.some((e) => e.reason === 'swaps' && e.key === id && e.pending)) {
      this.seenPending = true;
      return;
    }
    if (this.seenPending && entries.some((e) => e.reason === 'swaps' && !e.pending && e.key.startsWith(`${id}#`))) {
      this.placed = true;
      const chosen = this.items?.find((a) => a.id === this.chosenId);
      if (chosen) this.announcement = this.l10n.m.swapSavedLong((chosen.product as AlternativeCandidate).name);
      this.requestUpdate();
    }
  }

  // ─── Actions ───
  private select(a: AlternativeResult): void {
    if (this.chosenId === a.id) return;
    const ok = this.dispatchEvent(
      new EcoAlternativeSelectEvent({ productId: this.productId, alternativeId: a.id, savedCo2eGrams: a.savedGrams, ...this.experimentDetail }),
    );
    if (ok) {
      this.chosenId = a.id;
      this.placed = this.seenPending = false;
      this.announcement = this.l10n.m.switchedTo((a.product as AlternativeCandidate).name);
      this.focusAfter = { id: a.id, part: 'undo' };
    }
  }

  /** Reverses "Switch": fires the cancelable `eco-alternative-undo` with the same detail; the provider removes the credit. */
  private undo(a: AlternativeResult): void {
    if (this.chosenId !== a.id) return;
    const ok = this.dispatchEvent(
      new EcoAlternativeUndoEvent({ productId: this.productId, alternativeId: a.id, savedCo2eGrams: a.savedGrams, ...this.experimentDetail }),
    );
    if (!ok) return;
    this.chosenId = '';
    this.announcement = this.l10n.m.switchUndone((a.product as AlternativeCandidate).name);
    this.focusAfter = { id: a.id, part: 'action' };
    this.requestUpdate();
  }

  // ─── Rendering ───
  protected override render(): TemplateResult | typeof nothing {
    const m = this.l10n.m;
    let body: unknown = nothing;
    if (this.failed) body = html`<p part="status">${m.estimateUnavailable}</p>`;
    else if (this.items?.length) body = html`<ul part="list">${this.items.map((a) => this.renderItem(a, m))}</ul>`;
    else if (this.items && this.maybe.length)
      body = html`<p part="uncertain" class="quiet">${m.alternativesUncertain}</p>
        <ul part="list" class="uncertain">${this.maybe.map((a) => this.renderItem(a, m, true))}</ul>`;
    else if (this.items) body = html`<slot name="empty"><p part="empty">${this.emptyText(m)}</p></slot>`;
    else if (this.loadingNow) body = html`<p part="status" class="quiet">${m.loadingEstimate}</p>`;
    else return nothing;
    return html`<div part="base" class="base">
      <div part="heading" class="heading" role="heading" aria-level=${this.headingLevel}><slot name="heading">${m.alternativesHeading}</slot></div>
      ${body}
      <p class="visually-hidden" role="status" aria-live="polite">${this.announcement}</p>
    </div>`;
  }

  private emptyText(m: Messages): string {
    const n = this.compared;
    if (!n) return m.alternativesNoneToCompare;
    const { locale } = this.l10n;
    return `${m.alternativesEmpty} ${m.alternativesCompared(n, formatNumber(n, locale), minus(formatPercent(this.minSaving, locale)))}`;
  }

  private renderItem(a: AlternativeResult, m: Messages, muted = false) {
    const c = a.product as AlternativeCandidate;
    const f = a.footprint;
    const { locale } = this.l10n;
    const units = this.settings.units;
    const mass = (g: number, long = false) => formatMass(g, locale, m, { units, long });
    const bare = (g: number) => formatMass(g, locale, m, { units, long: true, bare: true, unitOf: f.co2eGrams });
    const saving = m.withUnit(mass(a.savedGrams));
    const equivalent = muted ? '' : equivalentText(a.savedGrams, this.factors ?? bundledDataset, this.settings, locale, m);
    const sub = a.substitute ? (m.substituteLabels[a.substitute.kind] ?? m.substituteLabels.other) : undefined;
    const href = safeUrl(c.url);
    const src = safeUrl(c.image);
    const chosen = this.chosenId === a.id;
    const long = (f.method === 'declared' ? m.declaredLong : m.footprintLong)(mass(f.co2eGrams, true), bare(f.lowGrams), bare(f.highGrams), f.grade);
    return html`<li part=${chosen ? 'item item-chosen' : 'item'} class=${muted ? 'item muted' : chosen ? 'item chosen' : 'item'} data-id=${a.id}>
      <div class="top">
        ${src ? html`<img part="item-image" src=${src} alt="" loading="lazy" />` : nothing}
        <div class="title">
          ${sub ? html`<span part="item-substitute" class="tag">${sub}</span>` : nothing}
          ${href ? html`<a part="item-name" class="name" href=${href}>${c.name}</a>` : html`<span part="item-name" class="name">${c.name}</span>`}
        </div>
      </div>
      <p part="item-footprint" class="figure"
        ><span aria-hidden="true"
          ><span class="lead"><span part="item-grade" class="grade" data-grade=${f.grade}>${f.grade}</span> <span class="nw value">${m.withUnit(mass(f.co2eGrams))}</span></span>
          <span class="quiet">${keepValue(m.likelyRange, formatMassRange(f.lowGrams, f.highGrams, locale, m, { units }))}</span></span
        ><span class="visually-hidden">${long}</span></p
      >
      ${muted
        ? html`<p part="item-might-save" class="quiet">${keepValue(m.alternativeMightSave, m.withUnit(formatMassRange(Math.max(0, a.savedLowGrams), a.savedHighGrams, locale, m, { units })))}</p>`
        : html`<p part="item-saving" class="saving">${keepValue((v) => m.alternativeSaving(v, minus(formatPercent(-a.savedShare, locale))), `\u2212${saving}`)}</p>
            ${equivalent ? html`<p part="item-equivalent" class="quiet">${equivalent}</p>` : nothing}`}
      ${this.renderPrice(c, m)}
      <p part="item-method" class="quiet method">${m.methods[methodKey(f)] ?? m.methods.materials}</p>
      ${muted
        ? nothing
        : chosen && this.placed
          ? html`<p part="item-saved" class="actions done"><span class="tick" aria-hidden="true">✓</span>${m.swapSaved}</p>`
          : html`<div class="actions">
            <button part="action" class="switch" type="button" aria-pressed=${chosen ? 'true' : 'false'}
              aria-label=${chosen ? m.switchedTo(c.name) : m.switchLong(c.name, saving)} @click=${() => this.select(a)}
              >${chosen ? html`<span class="tick" aria-hidden="true">✓</span>${m.switched}` : m.switchAction}</button
            >${chosen ? html`<button part="undo" class="undo" type="button" aria-label=${m.undoLong(c.name)} @click=${() => this.undo(a)}>${m.undoAction}</button>` : nothing}
          </div>`}
    </li>`;
  }

  private renderPrice(c: AlternativeCandidate, m: Messages) {
    const p = this.read ?? ({} as ProductInput);
    const currency = (c.currency as string | undefined) ?? p.currency ?? this.settings.currency;
    if (typeof c.price !== 'number' || typeof p.price !== 'number' || (p.currency && c.currency && p.currency !== c.currency)) return nothing;
    const diff = Math.round((c.price - p.price) * 100) / 100;
    const money = formatMoney(Math.abs(diff), currency, this.l10n.locale);
    return html`<p part="item-price" class="price">${diff > 0 ? m.priceMore(money) : diff < 0 ? m.priceLess(money) : m.priceSame}</p>`;
  }
}

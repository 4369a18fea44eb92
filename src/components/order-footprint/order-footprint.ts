import { html, isServer, nothing, svg, type PropertyValues, type PropertyDeclarations, type TemplateResult } from 'lit';
// The core tables only: the define module (src/define/) imports the whole category table, and a page entry that loads
// it by family instead hands over the loader (`useFamilies`, src/pages/).
import { bundledDataset } from '../../data/core.js';
import type { loadFamilies } from '../../data/families.js';
import { safeEstimateOrder } from '../../engine/order.js';
import { DELIVERY_KINDS } from '../../engine/kinds.js';
import { LIMITS, type CartInput, type DeliveryKind, type Issue, type OrderResult, type ParcelInput } from '../../engine/types.js';
import { LocalizeController } from '../../i18n/localize-controller.js';
import { addEnglishMessages } from '../../i18n/registry.js';
import { enOrderFootprint } from '../../i18n/en/order-footprint.js';
import { enDeliveryKinds, enSavingReasons } from '../../i18n/en/checkout-names.js';
import type { Messages } from '../../i18n/messages.js';
import { EcoConsumer } from '../../internal/eco-consumer.js';
import { DEV } from '../../internal/dev.js';
import { checkAttribute } from '../../internal/attributes.js';
import { INPUT_LIMITS, toNumber, toText, type InputProblem, type ProblemCode } from '../../internal/coerce.js';
import { PRODUCT_FIELDS, readArray, snapshot } from '../../internal/snapshot.js';
import { isObj } from '../../internal/util.js';
import { formatMass, formatMassRange, formatNumber } from '../../internal/format.js';
import { keepValue, rangeBlock } from '../../internal/render.js';
import { equivalentText } from '../../internal/equivalent.js';
import styles from './order-footprint.styles.js';

// This element's English, with the delivery kinds' names and the saving reasons it shares with its neighbours (only
// those: not the rest of the delivery options' and the savings counter's English).
addEnglishMessages(enOrderFootprint, enDeliveryKinds, enSavingReasons);

let families: typeof loadFamilies | undefined;
/**
 * @internal Where the bundled dataset's categories load by family (the product and checkout page entries, src/pages/):
 * the element waits for the families of the categories it shows (`:state(loading)`, its loading line), then computes.
 * Without it the bundled categories are all there (src/define/ imports them with the element).
 */
export function useFamilies(loader: typeof loadFamilies): void {
  families = loader;
}

/** One line of an order: a product as `<eco-footprint-badge>` accepts it, and how many (default 1). */
export interface OrderLine {
  readonly product: Record<string, unknown>;
  /** Units of the product, ≥ 0; default 1. */
  readonly quantity?: number;
  /** The product the shopper swapped away from, if any: the line's "would save". */
  readonly swappedFrom?: Record<string, unknown>;
}

const FOLLOWED = ['eco-delivery-select', 'eco-packaging-change'] as const;
/** An input problem of the boundary (reported as INVALID_PRODUCT, or TOO_LARGE). */
const problem = (path: string, message: string, code: ProblemCode = 'INVALID'): InputProblem => ({ code, path, message });
const isKind = (v: unknown): v is DeliveryKind => DELIVERY_KINDS.includes(v as DeliveryKind);

/**
 * @summary The footprint of the whole order: the cart lines and the chosen delivery with one likely range, each line's
 * share, and what the shopper's choices (delivery, packaging, swaps) save, with an everyday equivalent.
 * @tag eco-order-footprint
 * @status experimental
 * @since 0.2
 *
 * Lines come from `.lines` (`{ product, quantity?, swappedFrom? }[]`; a product as the badge's `.product` takes it).
 * The delivery and the packaging opt-out come from the attributes, and follow the page: every `eco-delivery-select`
 * (its `kind`) and `eco-packaging-change` (its `optedOut`, `weightGrams`, `material`) that nobody cancelled, from any
 * `<eco-delivery-options>` on the page, updates them. The range counts lines of one category as sharing its factors
 * (docs/engine.md, "Order footprint"); the total is the one `computeCheckoutSavings` gives, so it agrees with the ledger.
 *
 * Invalid input never throws: a bad line, parcel or packaging fires one `eco-error` with the paths (`lines.2.product.category`)
 * and the neutral state shows; a bad `delivery` fires `INVALID_ATTRIBUTE` and the order is shown without a delivery.
 *
 * @csspart base - The wrapper.
 * @csspart heading - "Footprint of this order".
 * @csspart value - The total with its unit.
 * @csspart range - The likely range, as a band on a bar and in words.
 * @csspart lines - The list of lines, delivery and declined packaging.
 * @csspart line - One entry of that list (also `line-delivery`, `line-packaging`).
 * @csspart savings - What the shopper's choices save, by reason.
 * @csspart equivalent - The everyday equivalent of that saving.
 * @csspart status - The neutral, loading or empty text.
 * @cssproperty [--eco-order-footprint-background=var(--eco-color-surface-raised)] - Background.
 * @cssproperty [--eco-order-footprint-color=var(--eco-color-text)] - Text colour.
 * @cssproperty [--eco-order-footprint-quiet-color=var(--eco-color-text-quiet)] - Secondary text.
 * @cssproperty [--eco-order-footprint-border-color=var(--eco-color-border)] - Border and tracks.
 * @cssproperty [--eco-order-footprint-bar-color=var(--eco-color-accent)] - Range band and share bars.
 * @cssproperty [--eco-order-footprint-radius=var(--eco-radius-m)] - Corner radius.
 * @cssstate loading - A merchant dataset or the validators are loading; the text says so, in the same box.
 * @cssstate error - The order could not be estimated; a neutral text is shown.
 * @fires eco-error - Invalid lines, parcel or packaging (`INVALID_PRODUCT`, `INVALID_ARGUMENT`, `UNKNOWN_CATEGORY`, `UNKNOWN_MATERIAL`, `TOO_LARGE`, with paths); `INVALID_ATTRIBUTE` for a bad `delivery`.
 */
export class EcoOrderFootprint extends EcoConsumer {
  static override styles = styles;
  /** @internal Reactive properties (declared here rather than with decorators: smaller bundle). */
  static override properties: PropertyDeclarations = {
    lines: { attribute: false },
    delivery: { reflect: true },
    parcel: { attribute: false },
    packagingOptOut: { type: Boolean, reflect: true, attribute: 'packaging-opt-out' },
    packagingWeightGrams: { type: Number, attribute: 'packaging-weight-grams' },
    packagingMaterial: { attribute: 'packaging-material' },
    appearance: { reflect: true },
    result: { state: true },
  };
  protected static override inputErrorCode = 'INVALID_PRODUCT';

  // ─── Public API ───
  /** The cart lines: `{ product, quantity?, swappedFrom? }` (at most `LIMITS.cartLines`, 1,000). */
  lines?: readonly OrderLine[];
  /** The chosen delivery's kind (`home`, `pickup-point`, `locker`, `cargo-bike`, `consolidated`, `express-air`); `''`: none yet. Follows `eco-delivery-select`. */
  delivery = '';
  /** The parcel (`{ weightGrams, distanceKm? }`), as given to `<eco-delivery-options>`. Default: the lines' mass. */
  parcel?: ParcelInput;
  /** The shopper declined the extra packaging. Follows `eco-packaging-change`. */
  packagingOptOut = false;
  /** Mass of that packaging, g. Absent: declining it takes off the lines' packaging stage. */
  packagingWeightGrams?: number | null;
  /** Its material, a key of the dataset's packaging factors; default `cardboard`. */
  packagingMaterial = '';
  /** `default`: the kit's quiet surface and border. `plain`: none, for a summary inside the page's own card. */
  appearance: 'default' | 'plain' = 'default';

  private result?: OrderResult;
  private readonly l10n = new LocalizeController(this, () => this.settings.locale);

  /** The last estimate of the order (`undefined` while the neutral state shows). */
  get order(): OrderResult | undefined {
    return this.result;
  }

  // ─── Following the page ───
  override connectedCallback(): void {
    super.connectedCallback();
    if (!isServer) for (const t of FOLLOWED) document.addEventListener(t, this.onChoice);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    if (!isServer) for (const t of FOLLOWED) document.removeEventListener(t, this.onChoice);
  }

  /** A delivery choice or packaging opt-out from any element of the page, read once nobody cancelled it. */
  private readonly onChoice = (e: Event): void => {
    queueMicrotask(() => {
      try {
        if (e.defaultPrevented) return;
        const d = (e as Event & { detail?: unknown }).detail;
        if (!isObj(d)) return;
        if (e.type === 'eco-delivery-select') {
          if (isKind(d.kind)) this.delivery = d.kind;
          return;
        }
        this.packagingOptOut = d.optedOut === true;
        if (typeof d.weightGrams === 'number' && Number.isFinite(d.weightGrams) && d.weightGrams >= 0) this.packagingWeightGrams = d.weightGrams;
        if (typeof d.material === 'string' && d.material.length <= INPUT_LIMITS.key) this.packagingMaterial = d.material;
      } catch {
        /* a page script's event with throwing getters: nothing follows, nothing throws */
      }
    });
  };

  // ─── Estimation ───
  protected override willUpdate(changed: PropertyValues): void {
    checkAttribute(this, changed, 'delivery', 'delivery', (v) => v == null || v === '' || isKind(v), `one of ${DELIVERY_KINDS.join(', ')}`, '');
    if (typeof this.packagingOptOut !== 'boolean') this.packagingOptOut = !!this.packagingOptOut;
    const inputs = ['lines', 'delivery', 'parcel', 'packagingOptOut', 'packagingWeightGrams', 'packagingMaterial', 'factors', 'settings'];
    if (!this.hasUpdated || inputs.some((k) => changed.has(k))) this.estimate();
  }

  protected override resetToNeutral(): void {
    this.result = undefined;
    this.lastKey = undefined;
  }

  /** The engine's input, read through the coercion boundary (bounded plain copies; never throws). */
  private input(): { order?: CartInput; problems: InputProblem[] } {
    const problems: InputProblem[] = [];
    const raw = readArray(this.lines ?? [], LIMITS.cartLines);
    if (!raw.isArray) return { problems: [problem('lines', DEV ? 'Expected an array of { product, quantity }.' : 'invalid')] };
    if (raw.length > LIMITS.cartLines) return { problems: [problem('lines', DEV ? `At most ${LIMITS.cartLines} lines (LIMITS.cartLines), got ${raw.length}.` : 'TOO_LARGE', 'TOO_LARGE')] };
    const lines: Record<string, unknown>[] = [];
    raw.items.forEach((given, i) => {
      const at = `lines.${i}`;
      const line = snapshot(given, at, { fields: ['product', 'quantity', 'swappedFrom'] });
      if (!line.ok) return void problems.push(line.problem);
      if (!isObj(line.value)) return void problems.push(problem(at, DEV ? 'Expected { product, quantity }.' : 'invalid'));
      const l = line.value;
      // only the product fields the engine reads (the copy above bounded the rest)
      const pick = (p: unknown) => (isObj(p) ? Object.fromEntries(PRODUCT_FIELDS.filter((k) => Object.hasOwn(p, k)).map((k) => [k, p[k]])) : p);
      lines.push({ product: pick(l.product), quantity: l.quantity ?? 1, ...(l.swappedFrom != null ? { swappedFrom: pick(l.swappedFrom) } : {}) });
    });
    const order: Record<string, unknown> = { lines };
    const kind = this.delivery;
    if (isKind(kind)) {
      const parcel = this.parcel == null ? undefined : snapshot(this.parcel, 'parcel', { fields: ['weightGrams', 'distanceKm'] });
      if (parcel && !parcel.ok) problems.push(parcel.problem);
      order.delivery = { chosen: kind, ...(parcel?.ok ? { parcel: parcel.value } : {}) };
    }
    if (this.packagingOptOut) {
      const material = toText(this.packagingMaterial, INPUT_LIMITS.key, 'packagingMaterial');
      if (!material.ok) problems.push(material.problem);
      const w = toNumber(this.packagingWeightGrams);
      order.packaging = { optOut: true, ...(w !== undefined ? { weightGrams: w } : {}), ...(material.ok && material.value ? { material: material.value } : {}) };
    }
    return { order: order as unknown as CartInput, problems };
  }

  private lastKey?: string;
  private lastFactors?: unknown;

  /** The family load the current order waits for (a load for an earlier order that fails is not this element's error). */
  private familyWait?: Promise<unknown>;

  private estimate(): void {
    this.familyWait = undefined;
    if (this.waitForFactors(this.settings)) {
      this.resetToNeutral();
      this.setState('error', false);
      return;
    }
    const { order, problems } = this.input();
    const ds = this.factors ?? bundledDataset;
    // the bundled dataset loads its categories by family: the families of the lines' products (and what they were
    // swapped from) first, in parallel, then the estimate; a merchant's dataset is complete (merged onto every family)
    const wait = !problems.length && ds === bundledDataset && families?.(order!.lines.flatMap((l) => [l.product, l.swappedFrom].map((p) => (isObj(p) ? p.category : undefined))));
    if (wait) {
      this.resetToNeutral();
      this.setState('error', false);
      this.familyWait = wait;
      this.loadThen(() => wait, () => this.estimate(), 'ENGINE_LOAD_FAILED', DEV ? "the kit's category data" : '', DEV ? 'this order cannot be estimated' : '', () => this.familyWait === wait);
      return;
    }
    const country = this.settings.country;
    let key: string | undefined;
    try {
      key = JSON.stringify([order ?? null, problems, country]);
    } catch {
      key = undefined;
    }
    if (key !== undefined && key === this.lastKey && ds === this.lastFactors) return;
    this.lastKey = key;
    this.lastFactors = ds;
    if (problems.length) {
      this.result = undefined;
      this.setState('error', true);
      const issues: Issue[] = problems.map(({ path, message }) => ({ path, message }));
      const large = problems.some((p) => p.code === 'TOO_LARGE');
      const said = issues.map((i) => `${i.path}: ${i.message}`).join(' ');
      this.reportError(large ? 'TOO_LARGE' : 'INVALID_PRODUCT', DEV ? `The order could not be read: ${said}` : said, issues);
      return;
    }
    const r = safeEstimateOrder(order!, { dataset: ds, ...(country ? { country } : {}) });
    if (this.needsValidators(r, () => this.estimate())) {
      this.resetToNeutral();
      this.setState('error', false);
      return;
    }
    this.setState('error', !r.ok);
    if (r.ok) {
      this.result = r.value;
      return;
    }
    this.result = undefined;
    // the engine names the argument `order`; here the fields are the element's (`lines.0.product…`, `parcel`, `packaging…`)
    const issues = r.error.issues.map((i) => ({ path: i.path.replace(/^order\.(delivery\.)?/, ''), message: i.message }));
    this.reportError(r.error.code, r.error.message.replace('order.', ''), issues);
  }

  // ─── Rendering ───
  private mass(g: number, o: { long?: boolean; unitOf?: number; bare?: boolean } = {}): string {
    return formatMass(g, this.l10n.locale, this.l10n.m, { units: this.settings.units, ...o });
  }

  protected override render(): TemplateResult {
    const { m, locale } = this.l10n;
    const r = this.result;
    const heading = html`<p part="heading" class="heading">${m.orderHeading}</p>`;
    if (!r) {
      // loading: the rows the order will have are reserved (value, range, lines), so the page does not shift
      const rows = this.loadingNow ? 6 + Math.min(readArray(this.lines, 20).items.length, 20) : 0;
      return html`<div part="base" class="panel">${heading}<p part="status" class="quiet">${this.loadingNow ? m.loadingEstimate : m.estimateUnavailable}</p>${rows
          ? html`<div aria-hidden="true">${Array.from({ length: rows }, () => html`<span class="reserve"></span>`)}</div>`
          : nothing}</div>`;
    }
    if (!r.lines.length) return html`<div part="base" class="panel">${heading}<p part="status" class="quiet">${m.orderEmpty}</p></div>`;
    const units = this.settings.units;
    const value = m.withUnit(this.mass(r.co2eGrams));
    const long = m.orderLong(this.mass(r.co2eGrams, { long: true }), this.mass(r.lowGrams, { bare: true, unitOf: r.co2eGrams }), this.mass(r.highGrams, { bare: true, unitOf: r.co2eGrams }));
    const range = keepValue(m.likelyRange, m.withUnit(formatMassRange(r.lowGrams, r.highGrams, locale, m, { units, unitOf: r.co2eGrams })));
    const gross = r.co2eGrams + r.packagingGrams || 1;
    return html`<div part="base" class="panel">
      <div class="head">
        ${heading}
        <p class="total"><span part="value" class="big" aria-hidden="true">${value}</span><span class="visually-hidden">${long}</span></p>
      </div>
      ${rangeBlock(r.lowGrams, r.co2eGrams, r.highGrams, undefined, range)}
      <ul part="lines" class="lines" aria-label=${m.orderLinesLabel}>
        ${r.lines.map((l, i) => this.row('line', this.lineName(l.name, l.category, m, i), l.quantity === 1 ? '' : m.orderQuantity(formatNumber(l.quantity, locale)), l.co2eGrams, gross))}
        ${r.delivery ? this.row('line line-delivery', m.orderDelivery(m.deliveryKinds[r.delivery.kind]), '', r.delivery.co2eGrams, gross) : nothing}
        ${r.packagingGrams > 0 ? this.row('line line-packaging', m.orderPackaging, '', -r.packagingGrams, gross) : nothing}
      </ul>
      ${this.renderSavings(r, m)}
    </div>`;
  }

  private lineName(name: string | undefined, category: string, m: Messages, i: number): string {
    if (name?.trim()) return name.trim();
    const ds = this.factors ?? bundledDataset;
    const named = m.categories && Object.hasOwn(m.categories, category) ? m.categories[category] : undefined;
    return named ?? ds.categories[category]?.label ?? `#${i + 1}`;
  }

  private row(part: string, name: string, qty: string, grams: number, gross: number) {
    const { m } = this.l10n;
    const shown = m.withUnit(this.mass(Math.abs(grams)));
    const share = Math.max(0, Math.min(100, (100 * Math.abs(grams)) / gross));
    return html`<li part=${part}>
      <span class="nm">${name}${qty ? html` <span class="quiet nw">${qty}</span>` : nothing}</span>
      <span class="nw num">${grams < 0 ? `\u2212${shown}` : shown}</span>
      ${svg`<svg class="share" viewBox="0 0 100 4" preserveAspectRatio="none" aria-hidden="true"><rect class="rtrack" x="0" y="0" width="100" height="4"></rect><rect class=${grams < 0 ? 'minus' : 'bar'} x="0" y="0" height="4" width=${Math.max(share, 0.5)}></rect></svg>`}
    </li>`;
  }

  private renderSavings(r: OrderResult, m: Messages) {
    const { locale } = this.l10n;
    const parts = (['swaps', 'delivery', 'packaging'] as const).filter((k) => r.byReason[k] >= 1);
    const saved = parts.reduce((a, k) => a + r.byReason[k], 0);
    if (!parts.length) return nothing;
    const equivalent = equivalentText(saved, this.factors ?? bundledDataset, this.settings, locale, m);
    return html`<div class="savings">
      <p part="savings"><strong>${keepValue(m.orderSaves, m.withUnit(this.mass(saved)))}</strong> ${parts.length > 1 || parts[0] !== 'delivery'
          ? html`<span class="quiet split">${parts.map((k, i) => html`${i ? ' · ' : ''}${m.reasons[k]} <span class="nw">${m.withUnit(this.mass(r.byReason[k]))}</span>`)}</span>`
          : nothing}</p>
      ${equivalent ? html`<p part="equivalent" class="quiet">${equivalent}</p>` : nothing}
    </div>`;
  }
}

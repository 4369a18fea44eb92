import { html, isServer, nothing, type PropertyValues, type PropertyDeclarations, type TemplateResult } from 'lit';
import { bundledDataset } from '../../data/core.js';
import { setBundledDataset } from '../../internal/bundled.js';
import { safeRankDeliveryOptions } from '../../engine/delivery.js';
import { DELIVERY_KINDS } from '../../engine/kinds.js';
import { LIMITS, type DeliveryKind, type DeliveryOptionInput, type DeliveryResult, type Issue, type ParcelInput } from '../../engine/types.js';
import { ledgerContext, type KitSettings, type Ledger } from '../../context/contexts.js';
import { EcoConsumer } from '../../internal/eco-consumer.js';
import { DEV } from '../../internal/dev.js';
import { consumeContext } from '../../internal/context.js';
import { checkAttribute, checkEnum } from '../../internal/attributes.js';
import { INPUT_LIMITS, describe, toText } from '../../internal/coerce.js';
import { readArray, snapshot } from '../../internal/snapshot.js';
import { isObj } from '../../internal/util.js';
import { formatMass, formatMassRange, formatMoney, formatNumber } from '../../internal/format.js';
import { EcoDeliverySelectEvent } from '../../events/delivery-select.js';
import { EcoPackagingChangeEvent } from '../../events/packaging-change.js';
import { LocalizeController } from '../../i18n/localize-controller.js';
import { devWarn } from '../../internal/dev-warn.js';
import { addEnglishMessages } from '../../i18n/registry.js';
import { enDeliveryOptions } from '../../i18n/en/delivery-options.js';
import { enDeliveryKinds } from '../../i18n/en/checkout-names.js';
import type { Messages } from '../../i18n/messages.js';
import { equivalentText } from '../../internal/equivalent.js';
import styles from './delivery-options.styles.js';

setBundledDataset(bundledDataset); // the provider offers it to its consumers (src/internal/bundled.ts)

// This element's English (the shared core is always there); other locales load on demand.
addEnglishMessages(enDeliveryOptions, enDeliveryKinds);

export const DELIVERY_STRATEGIES = ['highlight', 'preselect', 'active-choice'] as const;
export type DeliveryStrategy = (typeof DELIVERY_STRATEGIES)[number];

/** One way to ship the order. */
export interface DeliveryOption extends DeliveryOptionInput {
  /** Stable id; the form value when chosen. */
  readonly id: string;
  readonly kind: DeliveryKind;
  /** Shown name (plain text). Default: the localized name of the kind. */
  readonly label?: string;
  /** Price in major units of the provider's currency (0 shows "Free"). */
  readonly price?: number;
  /** Delivery time in days. */
  readonly etaDays?: number;
}

const optNum = (v: unknown) => v === undefined || (typeof v === 'number' && Number.isFinite(v) && v >= 0);
const attrNum = (el: Element, name: string) => (el.hasAttribute(name) ? Number(el.getAttribute(name)) : undefined);
/** A parcel is assumed to weigh this much when neither `.parcel` nor `parcel-weight-grams` is given (g). */
export const DEFAULT_PARCEL: ParcelInput = Object.freeze({ weightGrams: 1000 });

/**
 * @summary A form-associated radio group of delivery options, each with its CO₂e, price and delivery time; the
 * lowest-emission option carries a tag in words. Includes a packaging opt-out.
 * @tag eco-delivery-options
 * @status experimental
 * @since 0.1
 *
 * Options come from `.options`, or, in plain HTML, from `<option>` children (not rendered themselves):
 * `<option value="locker" data-kind="locker" data-price="2.9" data-eta-days="2">Parcel locker</option>`
 * (`value` is the id; `data-kind` defaults to `value` when that is a kind; the text is the label; `selected`
 * sets the initial value). `.options` wins over children.
 *
 * Strategies: `highlight` (default: tag only; nothing selected unless `value` is set), `preselect` (selects the
 * lowest option when it costs no more than the `home` option; recorded in the provider's ledger, no
 * `eco-delivery-select`), `active-choice` (nothing selected; the form cannot submit until the shopper picks:
 * `valueMissing`, as with `required`).
 *
 * Form: submits `name=<option id>`, plus `<name>-packaging-opt-out=on` when the shopper declined packaging.
 * Reset restores the `value` attribute (or the `selected` child) and clears the opt-out; restore (back/forward,
 * autofill) brings both back. Fires native `input` and `change` on each user choice.
 *
 * Invalid input never throws: invalid options (no id, unknown kind, duplicated id, bad price/ETA) are skipped and
 * ONE `eco-error` `INVALID_ARGUMENT` lists their paths (`options.2.kind`); an invalid parcel fires `eco-error` and
 * the options stay choosable without figures ("estimate unavailable"). A bad `strategy` falls back to `highlight` and fires `eco-error` `INVALID_ATTRIBUTE`.
 *
 * @slot legend - Replaces the group's visible label ("Delivery options").
 * @csspart base - The wrapper.
 * @csspart legend - The group label.
 * @csspart group - The radiogroup.
 * @csspart option - One option (role=radio).
 * @csspart option-label - The option's name.
 * @csspart option-co2e - Its CO₂e and likely range.
 * @csspart option-meta - Price, delivery time and the difference to home delivery.
 * @csspart tag - The "Lowest CO₂e" tag.
 * @csspart packaging - The packaging opt-out (checkbox and label).
 * @csspart status - The neutral "estimate unavailable" text.
 * @cssproperty [--eco-delivery-options-surface=var(--eco-color-surface, Canvas)] - Background of the whole element.
 * @cssproperty [--eco-delivery-options-background=var(--eco-color-surface, Canvas)] - Option background.
 * @cssproperty [--eco-delivery-options-border-color=var(--eco-color-border, GrayText)] - Option border.
 * @cssproperty [--eco-delivery-options-checked-color=var(--eco-color-accent, #1d6b40)] - Border and dot of the chosen option.
 * @cssproperty [--eco-delivery-options-tag-background=var(--eco-color-accent, #1d6b40)] - Tag background.
 * @cssproperty [--eco-delivery-options-tag-color=var(--eco-color-on-accent, #fff)] - Tag text.
 * @cssstate error - Options or parcel were invalid.
 * @cssstate invalid - A choice is required and none is made.
 * @fires eco-delivery-select - The shopper picked an option (cancelable: cancel to keep the previous choice).
 * @fires eco-packaging-change - The packaging opt-out changed.
 * @fires input - A user choice changed the value.
 * @fires change - A user choice changed the value.
 * @fires eco-error - Options or parcel were invalid, or `INVALID_ATTRIBUTE` for a bad `strategy` (`highlight` is used).
 * @fires eco-impression - Once, when at least half visible.
 */
export class EcoDeliveryOptions extends EcoConsumer {
  /** @internal Reactive properties (declared here rather than with decorators: smaller bundle). */
  static override properties: PropertyDeclarations = {
    options: { attribute: false },
    parcel: { attribute: false },
    parcelWeightGrams: { type: Number, attribute: 'parcel-weight-grams' },
    parcelDistanceKm: { type: Number, attribute: 'parcel-distance-km' },
    name: { reflect: true },
    value: {},
    required: { type: Boolean, reflect: true },
    disabled: { type: Boolean, reflect: true },
    strategy: { reflect: true, useDefault: true },
    hidePackagingOptOut: { type: Boolean, reflect: true, attribute: 'hide-packaging-opt-out' },
    packagingWeightGrams: { type: Number, attribute: 'packaging-weight-grams' },
    packagingMaterial: { attribute: 'packaging-material' },
    packagingOptOut: { type: Boolean, attribute: false },
    childOptions: { state: true },
    focusId: { state: true },
    formDisabled: { state: true },
  };
  static formAssociated = true;
  static override styles = styles;
  protected static override trackImpressions = true;

  // ─── Public API ───
  /** The options (`{ id, kind, label?, price?, etaDays? }`); wins over `<option>` children. */
  options?: readonly DeliveryOption[];
  /** The parcel (`{ weightGrams, distanceKm? }`); wins over the parcel attributes. Default: a 1 kg parcel. */
  parcel?: ParcelInput;
  /** Parcel weight in grams, for plain HTML. */
  parcelWeightGrams?: number | null;
  /** Distance in km (matters for express air), for plain HTML. */
  parcelDistanceKm?: number | null;
  /** Form field name. */
  name = '';
  /** The chosen option's id (the attribute is the initial value, restored on form reset). `''`: none. */
  value = '';
  /** A choice is needed before the form submits. */
  required = false;
  /** Nothing can be chosen; not submitted. */
  disabled = false;
  /** `highlight` (default), `preselect` or `active-choice`. */
  strategy: DeliveryStrategy = 'highlight';
  /** Hides the packaging opt-out checkbox. */
  hidePackagingOptOut = false;
  /** Mass of the packaging the shopper can decline (outer box, filler), g. Absent: the opt-out shows no figure and saves 0 in the ledger. */
  packagingWeightGrams?: number | null;
  /** Material of that packaging: a key of the dataset's packaging factors (`cardboard`, `paper`, `plastic-film`…). */
  packagingMaterial = 'cardboard';
  /** True when the shopper declined extra packaging. */
  packagingOptOut = false;

  // ─── Context ───
  private ledger: Ledger | undefined = undefined;

  constructor() {
    super();
    consumeContext(this, ledgerContext, (v) => (this.ledger = v));
  }

  // ─── State ───
  // `list`, `results`, `figuresOk` and `packagingGrams` are derived in willUpdate (or before the requestUpdate that
  // follows a validator load), so they need no reactive declaration; the others change on their own and are reactive.
  private childOptions: readonly DeliveryOption[] = [];
  private list: readonly DeliveryOption[] = [];
  private results = new Map<string, DeliveryResult>();
  private figuresOk = false;
  private packagingGrams = 0;
  private focusId = '';
  private formDisabled = false;
  /** The shopper (or a restore) has chosen; preselection no longer applies. */
  private touched = false;
  private failed = false;
  private preselected = '';
  private pending: { code: string; message: string; issues: readonly Issue[] }[] = [];
  private observer?: MutationObserver;
  private readonly l10n = new LocalizeController(this, () => this.settings.locale);

  /** The form this control belongs to. */
  get form(): HTMLFormElement | null {
    return this.internals?.form ?? null;
  }
  /** Constraint validation, as on native controls. */
  get validity(): ValidityState | undefined {
    return this.internals?.validity;
  }
  get validationMessage(): string {
    return this.internals?.validationMessage ?? '';
  }
  checkValidity(): boolean {
    return this.internals?.checkValidity() ?? true;
  }
  reportValidity(): boolean {
    return this.internals?.reportValidity() ?? true;
  }

  // ─── Lifecycle ───
  override connectedCallback(): void {
    super.connectedCallback();
    if (isServer) return;
    this.readChildren();
    this.observer ??= new MutationObserver(() => this.readChildren());
    this.observer.observe(this, {
      childList: true, subtree: true, characterData: true, attributes: true,
      attributeFilter: ['value', 'data-kind', 'data-price', 'data-eta-days', 'selected'],
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.observer?.disconnect();
  }

  private readChildren(): void {
    const opts = [...this.querySelectorAll('option')];
    const next = opts.map((o) => {
      const id = o.getAttribute('value') ?? o.textContent?.trim() ?? '';
      const kind = o.dataset.kind ?? id;
      return { id, kind: kind as DeliveryKind, label: o.textContent?.trim() || undefined, price: attrNum(o, 'data-price'), etaDays: attrNum(o, 'data-eta-days') };
    });
    if (JSON.stringify(next) !== JSON.stringify(this.childOptions)) this.childOptions = next;
    const sel = opts.find((o) => o.hasAttribute('selected'));
    if (sel && !this.hasAttribute('value') && !this.touched && !this.value) this.value = sel.getAttribute('value') ?? '';
  }

  protected override resetToNeutral(): void {
    this.results = new Map();
    this.figuresOk = false;
    this.failed = true;
  }

  protected override willUpdate(changed: PropertyValues): void {
    checkEnum(this, changed, 'strategy', 'strategy', DELIVERY_STRATEGIES);
    // form-facing text (reflected, submitted): text of a bounded length, else its default (a removed attribute is '')
    const text = (max: number) => (v: unknown) => v == null || (typeof v === 'string' && v.length <= max);
    const expected = DEV ? `text of at most ${INPUT_LIMITS.id} characters` : 'short text';
    checkAttribute(this, changed, 'name', 'name', text(INPUT_LIMITS.id), expected, '');
    checkAttribute(this, changed, 'value', 'value', text(INPUT_LIMITS.id), expected, '');
    if (this.name == null) this.name = '';
    if (this.value == null) this.value = '';
    // flags are booleans from here on (any value's truth, never the value itself: a proxy in a template or JSON throws)
    for (const k of ['required', 'disabled', 'hidePackagingOptOut', 'packagingOptOut'] as const) if (typeof this[k] !== 'boolean') this[k] = !!this[k];
    const first = !this.hasUpdated;
    const pendingChanged = changed.has('settings') && (changed.get('settings') as KitSettings | undefined)?.factorsPending !== this.settings.factorsPending;
    if (first || pendingChanged || ['options', 'childOptions', 'parcel', 'parcelWeightGrams', 'parcelDistanceKm', 'factors'].some((k) => changed.has(k))) this.rank();
    if (first || ['factors', 'packagingWeightGrams', 'packagingMaterial'].some((k) => changed.has(k))) this.packagingSaving();
    // Preselection: only under `preselect`, only before any choice, only when the lowest costs no more than home delivery.
    if (this.strategy === 'preselect' && !this.value && !this.touched && this.figuresOk) {
      const lowest = this.list.find((o) => this.results.get(o.id)?.lowest);
      const home = this.list.find((o) => o.kind === 'home');
      if (lowest && home && (lowest.price ?? 0) <= (home.price ?? 0)) this.value = this.preselected = lowest.id;
    }
  }

  /** g CO2e of the declinable packaging: its mass × the dataset's factor for its material (cited in the dataset). */
  private packagingSaving(): void {
    const w = this.packagingWeightGrams;
    const ds = this.factors ?? bundledDataset;
    const given = toText(this.packagingMaterial, INPUT_LIMITS.key, 'packagingMaterial');
    const mat = (given.ok && given.value) || 'cardboard';
    if (!given.ok) {
      this.packagingGrams = 0;
      const { code, path, message } = given.problem;
      this.pending.push({ code: code === 'TOO_LARGE' ? 'TOO_LARGE' : 'INVALID_ARGUMENT', message: DEV ? `packaging-material: ${message}` : message, issues: [{ path, message }] });
      return;
    }
    const f = Object.hasOwn(ds.packaging, mat) ? ds.packaging[mat] : undefined;
    this.packagingGrams = 0;
    if (w === undefined || w === null) return;
    if (!(Number.isFinite(w) && w >= 0))
      this.pending.push({ code: 'INVALID_ARGUMENT', message: DEV ? 'packaging-weight-grams must be a number of grams ≥ 0.' : 'packaging-weight-grams', issues: [{ path: 'packagingWeightGrams', message: DEV ? `Got ${describe(w)}` : 'invalid' }] });
    else if (!f)
      this.pending.push({ code: 'UNKNOWN_MATERIAL', message: DEV ? `Unknown packaging material "${mat}"; use one of: ${Object.keys(ds.packaging).join(', ')}.` : mat, issues: [{ path: 'packagingMaterial', message: DEV ? `Unknown material "${mat}"` : 'unknown' }] });
    else this.packagingGrams = (w / 1000) * f.value;
  }

  private rank(): void {
    const mark = this.pending.length;
    const issues: Issue[] = [];
    const src = this.options != null ? 'options' : 'option';
    const raw = readArray(this.options ?? this.childOptions, LIMITS.deliveryOptions);
    if (!raw.isArray) issues.push({ path: 'options', message: DEV ? 'Expected an array' : 'invalid' });
    else if (raw.length > LIMITS.deliveryOptions)
      issues.push({ path: src, message: DEV ? `${raw.length} options given; the first ${LIMITS.deliveryOptions} are offered (LIMITS.deliveryOptions).` : 'TOO_LARGE' });
    const seen = new Set<string>();
    const list: DeliveryOption[] = [];
    raw.items.forEach((given: unknown, i) => {
      // development: the teaching text; production: `invalid` (the path names the field; `DEV && text` folds away)
      const at = (f: string, message: string | false) => issues.push({ path: `${src}.${i}${f ? `.${f}` : ''}`, message: message || 'invalid' });
      // a bounded plain copy of the fields read: a throwing getter, a 10 MB label or a revoked proxy is one issue
      const copy = snapshot(given, `${src}.${i}`, { fields: ['id', 'kind', 'label', 'price', 'etaDays'], maxText: INPUT_LIMITS.text });
      if (!copy.ok) return void issues.push({ path: copy.problem.path, message: copy.problem.message });
      const o = copy.value;
      if (!isObj(o)) return at('', DEV && 'Expected an object');
      if (typeof o.id === 'string' && o.id.length > INPUT_LIMITS.id) return at('id', DEV && `At most ${INPUT_LIMITS.id} characters, got ${o.id.length}.`);
      if (typeof o.id !== 'string' || !o.id.trim()) return at('id', DEV && 'Expected a non-empty string');
      if (seen.has(o.id)) return at('id', DEV && `Duplicate id "${o.id}"`);
      if (!DELIVERY_KINDS.includes(o.kind as DeliveryKind)) return at('kind', DEV && `Expected one of ${DELIVERY_KINDS.join(', ')}`);
      if (!optNum(o.price)) return at('price', DEV && 'Expected a number ≥ 0');
      if (!optNum(o.etaDays)) return at('etaDays', DEV && 'Expected a number ≥ 0');
      if (o.label !== undefined && typeof o.label !== 'string') return at('label', DEV && 'Expected a string');
      seen.add(o.id);
      list.push(o as unknown as DeliveryOption);
    });
    this.failed = issues.length > 0;
    if (issues.length) {
      const first = `${issues[0]!.path}: ${issues[0]!.message}`;
      this.pending.push({ code: 'INVALID_ARGUMENT', message: DEV ? `Delivery options: ${issues.length} problem(s) (${first}); the valid options are offered.` : first, issues });
    }
    this.list = list;
    const w = this.parcelWeightGrams;
    const parcelRead = this.parcel == null ? undefined : snapshot(this.parcel, 'parcel', { fields: ['weightGrams', 'distanceKm'] });
    const parcel: unknown =
      (parcelRead?.ok ? parcelRead.value : parcelRead ? Symbol('unreadable parcel') : undefined) ?? (w === undefined || w === null ? DEFAULT_PARCEL : { weightGrams: w, ...(this.parcelDistanceKm != null ? { distanceKm: this.parcelDistanceKm } : {}) });
    // while the merchant dataset is pending: the options without figures (and none of this run's errors)
    const pending = this.waitForFactors(this.settings);
    const r = !pending && list.length ? safeRankDeliveryOptions(list, parcel as ParcelInput, { dataset: this.factors ?? bundledDataset }) : undefined;
    if (pending || this.needsValidators(r, () => this.rank())) {
      // no figures (and none of this run's errors) until the validators have loaded
      this.pending.length = mark;
      this.failed = false;
      this.results = new Map();
      this.figuresOk = false;
      return;
    }
    this.results = new Map(r?.ok ? r.value.map((x) => [x.id, x]) : []);
    this.figuresOk = !!r?.ok;
    if (r && !r.ok) {
      this.failed = true;
      this.pending.push(r.error);
    }
  }

  protected override updated(changed: PropertyValues): void {
    const errors = this.pending;
    this.pending = [];
    for (const e of errors) this.reportError(e.code, e.message, e.issues);
    this.setState('error', this.failed);
    this.syncForm();
    // The box always shows the property, even when it changed back before a render (a reset, a listener undoing the click).
    const box = this.renderRoot.querySelector<HTMLInputElement>('#pkg');
    if (box) box.checked = this.packagingOptOut;
    if (changed.has('value') && this.preselected && this.preselected === this.value) {
      const saved = this.results.get(this.value)?.savedGrams ?? 0;
      this.ledger?.record({ reason: 'delivery', key: 'delivery', savedGrams: Math.max(0, saved), pending: true });
      this.preselected = '';
    }
  }

  // ─── Form ───
  private get selected(): DeliveryOption | undefined {
    return this.value ? this.list.find((o) => o.id === this.value) : undefined;
  }

  private syncForm(): void {
    const i = this.internals;
    if (isServer || !i) return;
    const value = this.selected?.id ?? '';
    let data: FormData | null = null;
    if (this.name && (value || this.packagingOptOut)) {
      data = new FormData();
      if (value) data.append(this.name, value);
      if (this.packagingOptOut) data.append(`${this.name}-packaging-opt-out`, 'on');
    }
    try {
      i.setFormValue(data, JSON.stringify([value, this.packagingOptOut]));
      const missing = !value && (this.required || this.strategy === 'active-choice');
      const anchor = this.renderRoot.querySelector<HTMLElement>('[role=radio]') ?? undefined;
      if (missing) i.setValidity({ valueMissing: true }, this.l10n.m.deliveryRequired, anchor);
      else i.setValidity({});
      this.setState('invalid', missing);
    } catch {
      /* engines without form-associated custom elements */
    }
  }

  formResetCallback(): void {
    this.touched = false;
    this.preselected = '';
    this.packagingOptOut = false;
    this.value = this.getAttribute('value') ?? '';
    this.readChildren();
    this.ledger?.remove('delivery', 'delivery', true);
    this.ledger?.remove('packaging', 'packaging', true);
  }

  formStateRestoreCallback(saved: string | File | FormData | null, _reason?: string): void {
    try {
      const [value, optOut] = JSON.parse(String(saved)) as [unknown, unknown];
      if (typeof value === 'string') this.value = value;
      this.packagingOptOut = optOut === true;
      this.touched = true;
    } catch {
      /* not ours */
    }
  }

  formDisabledCallback(disabled: boolean): void {
    this.formDisabled = disabled;
  }

  // ─── Interaction ───
  private get blocked(): boolean {
    return this.disabled || this.formDisabled;
  }

  private choose(o: DeliveryOption): void {
    if (this.blocked || o.id === this.value) return;
    const r = this.results.get(o.id);
    const ok = this.dispatchEvent(
      new EcoDeliverySelectEvent({ optionId: o.id, kind: o.kind, co2eGrams: r?.co2eGrams ?? 0, savedGrams: r?.savedGrams ?? 0, ...this.experimentDetail }),
    );
    if (!ok) return;
    this.value = o.id;
    this.touched = true;
    this.syncForm();
    this.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    this.dispatchEvent(new Event('change', { bubbles: true }));
  }

  private onKey(e: KeyboardEvent): void {
    if (this.blocked || !this.list.length) return;
    const ids = this.list.map((o) => o.id);
    const cur = Math.max(0, ids.indexOf(this.tabStop));
    const rtl = this.l10n.dir === 'rtl';
    const next: Record<string, number> = {
      ArrowDown: cur + 1, ArrowUp: cur - 1, Home: 0, End: ids.length - 1,
      ArrowRight: rtl ? cur - 1 : cur + 1, ArrowLeft: rtl ? cur + 1 : cur - 1,
    };
    if (e.key === ' ') {
      e.preventDefault();
      this.choose(this.list[cur]!);
    } else if (e.key === 'Enter') {
      this.form?.requestSubmit();
    } else if (e.key in next) {
      e.preventDefault();
      const o = this.list[(next[e.key]! + ids.length) % ids.length]!;
      this.focusId = o.id;
      this.choose(o);
      void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`[data-id="${CSS.escape(o.id)}"]`)?.focus());
    }
  }

  private onPackaging(e: Event): void {
    this.packagingOptOut = (e.target as HTMLInputElement).checked;
    if (this.packagingOptOut && this.packagingWeightGrams == null)
      devWarn(this, 'packaging-weight-missing', DEV ? 'The shopper declined the extra packaging, but packaging-weight-grams is not set: the opt-out saves 0 g in the ledger and the counter. Set the mass of the packaging you would add (box, filler), in grams.' : '');
    this.syncForm();
    this.dispatchEvent(
      new EcoPackagingChangeEvent({
        optedOut: this.packagingOptOut,
        savedGrams: this.packagingOptOut ? this.packagingGrams : 0,
        ...(this.packagingGrams > 0 ? { weightGrams: this.packagingWeightGrams!, material: this.packagingMaterial } : {}),
        ...this.experimentDetail,
      }),
    );
  }

  /** The option that holds the single tab stop: the focused one, else the chosen one, else the first. */
  private get tabStop(): string {
    const ids = this.list.map((o) => o.id);
    return ids.includes(this.focusId) ? this.focusId : this.selected?.id ?? ids[0] ?? '';
  }

  protected override impressionDetail(): Record<string, unknown> {
    return { optionIds: this.list.map((o) => o.id), strategy: this.strategy };
  }

  // ─── Rendering ───
  protected override render(): TemplateResult {
    const m = this.l10n.m;
    const stop = this.tabStop;
    const showPkg = !this.hidePackagingOptOut;
    return html`<div part="base" class="base">
      <div part="legend" class="legend" id="legend"><slot name="legend">${m.deliveryLegend}</slot></div>
      ${this.list.length && !this.figuresOk ? html`<p part="status" class="quiet">${m.estimateUnavailable}</p>` : nothing}
      <div part="group" class="group" role="radiogroup" aria-labelledby="legend" aria-required=${this.required || this.strategy === 'active-choice' ? 'true' : 'false'}
        aria-disabled=${this.blocked ? 'true' : 'false'} @keydown=${this.onKey}>
        ${this.list.map((o, i) => this.renderOption(o, i, o.id === stop, m))}
      </div>
      ${this.renderSaving(m)}
      ${showPkg
        ? html`<div part="packaging" class="packaging">
            <input type="checkbox" id="pkg" ?disabled=${this.blocked} aria-describedby=${this.packagingGrams > 0 ? 'pkg-hint' : nothing} @change=${this.onPackaging} />
            <label for="pkg">${m.packagingOptOut}</label>
            ${this.packagingGrams > 0 ? html`<span id="pkg-hint" class="quiet">${m.packagingSaving(m.withUnit(this.mass(this.packagingGrams)))}</span>` : nothing}
          </div>`
        : nothing}
    </div>`;
  }

  /** The chosen option's saving against home delivery, with an everyday equivalent (nothing when it saves nothing). */
  private renderSaving(m: Messages) {
    const r = this.figuresOk && this.selected ? this.results.get(this.selected.id) : undefined;
    if (!r || r.kind === 'home' || r.savedGrams < 1) return nothing;
    const eq = equivalentText(r.savedGrams, this.factors ?? bundledDataset, this.settings, this.l10n.locale, m);
    return html`<p part="saving" class="saving"><strong>${m.deliveryChoiceSaves(m.withUnit(this.mass(r.savedGrams)))}</strong>${eq ? html`<span class="quiet"> · ${eq}</span>` : nothing}</p>`;
  }

  private mass(g: number, o: { long?: boolean; unitOf?: number } = {}): string {
    return formatMass(g, this.l10n.locale, this.l10n.m, { units: this.settings.units, ...o });
  }

  private renderOption(o: DeliveryOption, i: number, stop: boolean, m: Messages) {
    const { locale } = this.l10n;
    const r = this.figuresOk ? this.results.get(o.id) : undefined;
    const checked = o.id === this.selected?.id;
    const label = o.label?.trim() || m.deliveryKinds[o.kind];
    const price = o.price === undefined ? '' : o.price === 0 ? m.free : formatMoney(o.price, this.settings.currency, locale);
    const eta = o.etaDays === undefined ? '' : m.etaDays(o.etaDays, formatNumber(o.etaDays, locale));
    const diff = r && o.kind !== 'home' && Math.abs(r.savedGrams) >= 1
      ? (r.savedGrams > 0 ? m.deliveryLess : m.deliveryMore)(m.withUnit(this.mass(Math.abs(r.savedGrams))))
      : '';
    const co2eLong = r ? m.withUnitLong(this.mass(r.co2eGrams, { long: true })) : m.estimateUnavailable;
    // The catalog joins label, CO₂e and price; without a price, drop the trailing separator it leaves.
    const name = m.deliveryOptionLong(label, co2eLong, price).replace(/[\s,，、:：;；]+$/u, '');
    const meta = [price, eta, diff].filter(Boolean);
    return html`<div part="option${checked ? ' option-checked' : ''}" class="option" role="radio" data-id=${o.id}
      aria-checked=${checked ? 'true' : 'false'} aria-label=${name} aria-describedby="d${i}" tabindex=${stop && !this.blocked ? 0 : -1}
      @click=${() => { this.focusId = o.id; this.choose(o); }}>
      <span class="dot" aria-hidden="true"></span>
      <span class="text">
        <span part="option-label" class="label">${label}</span>
        ${r ? html`<span part="option-co2e">${m.withUnit(this.mass(r.co2eGrams))} <span class="quiet">(${formatMassRange(r.lowGrams, r.highGrams, locale, m, { units: this.settings.units })})</span></span>` : nothing}
        <span id="d${i}" class="meta">
          ${r?.lowest ? html`<span part="tag" class="tag">${m.lowestTag}</span>` : nothing}
          ${meta.length ? html`<span part="option-meta" class="quiet">${meta.join(' · ')}</span>` : nothing}
        </span>
      </span>
    </div>`;
  }
}

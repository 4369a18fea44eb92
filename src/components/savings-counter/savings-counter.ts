import { html, isServer, nothing, type PropertyValues, type PropertyDeclarations, type TemplateResult } from 'lit';
import { describe } from '../../internal/coerce.js';
import { bundledDataset } from '../../data/core.js';
import { setBundledDataset } from '../../internal/bundled.js';
import {
  DEFAULT_SETTINGS, SAVING_REASONS, factorsContext, ledgerContext, settingsContext,
  type KitSettings, type Ledger, type LedgerTotals, type SavingReason, type Units,
} from '../../context/contexts.js';
import { EcoConsumer } from '../../internal/eco-consumer.js';
import { DEV } from '../../internal/dev.js';
import { consumeContext } from '../../internal/context.js';
import { formatMass, formatNumber, formatPercent } from '../../internal/format.js';
import { equivalentText } from '../../internal/equivalent.js';
import { EcoSavingsChangeEvent } from '../../events/savings-change.js';
import { LocalizeController } from '../../i18n/localize-controller.js';
import { addEnglishMessages } from '../../i18n/registry.js';
import { enSavingsCounter } from '../../i18n/en/savings-counter.js';
import { enSavingReasons } from '../../i18n/en/checkout-names.js';
import type { Messages } from '../../i18n/messages.js';
import styles from './savings-counter.styles.js';

setBundledDataset(bundledDataset); // the provider offers it to its consumers (src/internal/bundled.ts)

// This element's English (the shared core is always there); other locales load on demand.
addEnglishMessages(enSavingsCounter, enSavingReasons);

const NONE = Object.freeze({ swaps: 0, delivery: 0, packaging: 0 });
const ZERO: LedgerTotals = Object.freeze({ savedGrams: 0, byReason: NONE, pendingGrams: 0, pendingByReason: NONE });
/**
 * What the counter leads with: the current order's pending choices ("would save"), what placed orders saved, an
 * explicit `saved-grams` ("saved with this order"), or nothing yet.
 */
type Kind = 'pending' | 'saved' | 'order' | 'empty';
/** Debounce of the screen-reader announcement, ms (only the settled value is spoken). */
const ANNOUNCE_MS = 1000;

/**
 * Formats grams for display, with megatonnes and gigatonnes for platform-scale figures (≥ 1 Mt, in every unit
 * system: emissions at that scale are reported in metric tonnes).
 */
export function formatBigMass(grams: number, locale: string, m: Messages, units: Units, long = false): string {
  const big = grams >= 1e15 ? ([1e15, m.gigatonnes, m.gigatonnesLong] as const) : grams >= 1e12 ? ([1e12, m.megatonnes, m.megatonnesLong] as const) : undefined;
  if (!big) return formatMass(grams, locale, m, { units, long });
  return (long ? big[2] : big[1])(formatNumber(grams / big[0], locale));
}

/** No-break spaces inside a value with its unit (`1.5\u00a0Gt\u00a0CO₂e`): never a number on one line and its unit on the next. */
const nb = (s: string) => s.replace(/ /g, '\u00a0');

let animate: typeof import('./count-up.js').countUp | undefined;
let countUpLoad: Promise<void> | undefined;
/**
 * @internal Fetches the count-up (./count-up.ts) once, after a counter's first value is shown (never before first paint).
 * A total that changes before it has arrived, or when it cannot be fetched (a chunk not served), is shown at once, as
 * under `prefers-reduced-motion`.
 */
export const loadCountUp = (): Promise<void> =>
  (countUpLoad ??= import('./count-up.js').then(
    (m) => void (animate = m.countUp),
    () => {},
  ));

/**
 * @summary Shows what the shopper's choices would save with this order and what placed orders saved (from the
 * provider's ledger, or an explicit `saved-grams`), an everyday equivalent, the split by reason, and optionally a
 * platform's progress toward a shared goal.
 * @tag eco-savings-counter
 * @status experimental
 * @since 0.1
 *
 * Source of the figure: `saved-grams` when set ("Saved with this order"), else the `<eco-provider>` ledger, live: the
 * current order's choices (swaps accepted, delivery chosen, packaging declined) lead as "Would save with this order"
 * until the order is placed (`provider.placeOrder()`), then count as "Saved with your orders"; with both, the saved
 * total is a line below. Before any saving exists it shows a neutral sentence, never a big "0 g". The visible total counts up over `--eco-duration-slow` (not at all under
 * `prefers-reduced-motion` or a zero duration; its code loads once the first value shows, and a change before it has
 * arrived is shown at once) and is hidden from assistive technology; a visually-hidden
 * `role="status"` region carries the final value, updated about 1 s after the last change.
 * Invalid numbers (`saved-grams="abc"`, a negative, `goal-grams="0"`) fire `eco-error` `INVALID_ARGUMENT`
 * and show a neutral state (for the goal: no progress bar); absent attributes are simply not used.
 *
 * @slot heading - Replaces the heading text ("Your CO₂e savings").
 * @csspart base - The wrapper.
 * @csspart heading - The heading text.
 * @csspart label - What the total is: "Would save with this order", "Saved with your orders", "Saved with this order".
 * @csspart value - The animated total (aria-hidden).
 * @csspart saved - "Already saved with your orders: …", below a pending total.
 * @csspart empty - The neutral text shown before any saving exists.
 * @csspart equivalent - The everyday equivalent.
 * @csspart reasons - The split by reason (`<dl>`).
 * @csspart progress - The progress bar track (role=progressbar).
 * @csspart progress-bar - The filled part of the bar.
 * @csspart progress-label - The progress in words.
 * @csspart status - The neutral "estimate unavailable" text.
 * @cssproperty [--eco-savings-counter-background=var(--eco-color-surface, Canvas)] - Background.
 * @cssproperty [--eco-savings-counter-value-color=var(--eco-color-accent, #1d6b40)] - Colour of the total.
 * @cssproperty [--eco-savings-counter-value-size=2rem] - Font size of the total.
 * @cssproperty [--eco-savings-counter-track-color=var(--eco-color-surface-raised, #f2f4f3)] - Progress track.
 * @cssproperty [--eco-savings-counter-bar-color=var(--eco-color-accent, #1d6b40)] - Progress fill.
 * @cssstate error - An input number was invalid.
 * @cssstate counting - The count-up is running.
 * @fires eco-savings-change - The saved or pending total changed (after the first value); `detail.pendingGrams`/`pendingByReason` are the current order's choices (0 with `saved-grams`).
 * @fires eco-error - An input number was invalid.
 * @fires eco-impression - Once, when at least half visible.
 */
export class EcoSavingsCounter extends EcoConsumer {
  static override styles = styles;
  /** @internal Reactive properties (declared here rather than with decorators: smaller bundle). */
  static override properties: PropertyDeclarations = {
    savedGrams: { type: Number, attribute: 'saved-grams' },
    communityGrams: { type: Number, attribute: 'community-grams' },
    goalGrams: { type: Number, attribute: 'goal-grams' },
    ledger: { state: true },
    ledgerTotals: { state: true },
    totals: { state: true },
    shownGrams: { state: true },
    announced: { state: true },
  };
  protected static override trackImpressions = true;

  // ─── Public API ───
  /** g CO2e saved, shown instead of the provider's ledger. Absent: the ledger is shown. */
  savedGrams?: number | null;
  /** g CO2e the platform's shoppers have saved together (with `goal-grams`: draws the progress bar). */
  communityGrams?: number | null;
  /** g CO2e of the shared goal, e.g. `1.5e15` for 1.5 Gt. */
  goalGrams?: number | null;

  // ─── Context ───
  private ledger: Ledger | undefined = undefined;

  constructor() {
    super();
    consumeContext(this, ledgerContext, (v) => (this.ledger = v));
  }

  // ─── State ───
  private ledgerTotals: LedgerTotals = ZERO;
  /** The total to show; `undefined` on invalid input. */
  private totals?: LedgerTotals;
  private shownGrams = 0;
  private announced = '';
  /** The catalog the status was last worded with. */
  private wordedWith?: Messages;
  /** Derived in willUpdate (not reactive). */
  private communityOk = false;
  private unsubscribe?: () => void;
  private subscribedTo?: Ledger;
  /** Stops the running count-up. */
  private stopCount?: () => void;
  private timer?: ReturnType<typeof setTimeout>;
  private lastFired?: string;
  private readonly l10n = new LocalizeController(this, () => this.settings.locale);

  // ─── Lifecycle ───
  override connectedCallback(): void {
    super.connectedCallback();
    this.subscribe();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.unsubscribe?.();
    this.unsubscribe = this.subscribedTo = undefined;
    this.stopCount?.();
    this.stopCount = undefined;
    clearTimeout(this.timer);
    this.shownGrams = this.totals?.savedGrams ?? 0;
  }

  private subscribe(): void {
    if (isServer || this.subscribedTo === this.ledger) return;
    this.unsubscribe?.();
    this.subscribedTo = this.ledger;
    this.unsubscribe = this.ledger?.subscribe((t) => (this.ledgerTotals = t));
    this.ledgerTotals = this.ledger?.totals() ?? ZERO;
  }

  private invalid(v: number | null | undefined, positive = false): boolean {
    // any other type than a number (a string, a symbol, a bigint, an object) is invalid; a missing one is not
    return v !== undefined && v !== null && !(typeof v === 'number' && Number.isFinite(v) && (positive ? v > 0 : v >= 0));
  }

  protected override willUpdate(changed: PropertyValues): void {
    // The ledger arrives with the (queued) first connection: read its totals in this update, not the next one
    if (changed.has('ledger')) this.subscribe();
    if (!this.hasUpdated || changed.has('savedGrams') || changed.has('ledgerTotals')) {
      const explicit = this.savedGrams;
      this.totals = this.invalid(explicit)
        ? undefined
        : explicit === undefined || explicit === null
          ? this.ledgerTotals
          : { savedGrams: explicit, byReason: NONE, pendingGrams: 0, pendingByReason: NONE };
    }
    this.communityOk =
      !this.invalid(this.communityGrams) && !this.invalid(this.goalGrams, true) && this.communityGrams != null && this.goalGrams != null;
  }

  protected override updated(changed: PropertyValues): void {
    for (const [k, positive, attr] of [['savedGrams', false, 'saved-grams'], ['communityGrams', false, 'community-grams'], ['goalGrams', true, 'goal-grams']] as const) {
      if (changed.has(k) && this.invalid(this[k], positive))
        this.reportError('INVALID_ARGUMENT', DEV ? `${attr} must be a ${positive ? 'positive' : 'non-negative'} number of grams.` : attr, [
          { path: k, message: DEV ? `Got ${describe(this[k])}` : 'invalid' },
        ]);
    }
    this.setState('error', !this.totals);
    // A locale's catalog arrives after the first render (on demand): re-word the status then too, not only on a settings change.
    const catalogChanged = this.l10n.m !== this.wordedWith;
    this.wordedWith = this.l10n.m;
    if (changed.has('totals') || changed.has('settings') || catalogChanged) this.settle(changed.has('totals'));
  }

  /** What leads, and its grams. */
  private lead(t: LedgerTotals): { kind: Kind; grams: number; byReason: Readonly<Record<SavingReason, number>> } {
    if (this.savedGrams != null) return { kind: t.savedGrams > 0 ? 'order' : 'empty', grams: t.savedGrams, byReason: t.byReason };
    if (t.pendingGrams > 0) return { kind: 'pending', grams: t.pendingGrams, byReason: t.pendingByReason };
    return { kind: t.savedGrams > 0 ? 'saved' : 'empty', grams: t.savedGrams, byReason: t.byReason };
  }

  /** Starts the count-up toward the current total, the debounced announcement, and the change event. */
  private settle(totalChanged: boolean): void {
    const t = this.totals;
    if (!t) return;
    const target = this.lead(t).grams;
    const key = `${t.savedGrams}|${t.pendingGrams}`;
    const text = this.finalText();
    if (this.lastFired === undefined) {
      // First value: shown and readable at once, no event.
      this.lastFired = key;
      this.shownGrams = target;
      this.announced = text;
      void loadCountUp();
      return;
    }
    if (!totalChanged) {
      if (!this.timer) this.announced = text; // a locale change: re-word at once
      return;
    }
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.announced = this.finalText();
    }, ANNOUNCE_MS);
    this.countUp(target);
    if (key !== this.lastFired) {
      this.lastFired = key;
      this.dispatchEvent(
        new EcoSavingsChangeEvent({
          savedGrams: t.savedGrams, byReason: { ...t.byReason }, pendingGrams: t.pendingGrams, pendingByReason: { ...t.pendingByReason }, ...this.experimentDetail,
        }),
      );
    }
  }

  private countUp(target: number): void {
    this.stopCount?.();
    const from = this.shownGrams;
    this.stopCount =
      from === target
        ? undefined
        : animate?.(this, from, target, (g, done) => {
            this.shownGrams = g;
            if (done) this.setState('counting', false);
          });
    if (this.stopCount) this.setState('counting', true);
    else this.shownGrams = target;
  }

  private mass(g: number, long = false): string {
    return formatBigMass(g, this.l10n.locale, this.l10n.m, this.settings.units, long);
  }

  private finalText(): string {
    const m = this.l10n.m;
    const { kind, grams } = this.lead(this.totals ?? ZERO);
    const long = m.withUnitLong(this.mass(grams, true));
    return kind === 'pending' ? m.wouldSaveThisOrder(long) : kind === 'saved' ? m.savedWithOrders(long) : kind === 'order' ? m.savedThisOrder(long) : m.savedNothing;
  }

  // ─── Rendering ───
  protected override render(): TemplateResult {
    const m = this.l10n.m;
    const t = this.totals;
    return html`<div part="base" class="base">
      <div part="heading" class="heading"><slot name="heading">${m.savingsHeading}</slot></div>
      ${t ? this.renderTotals(t, m) : html`<p part="status">${m.estimateUnavailable}</p>`}
      ${this.renderCommunity(m)}
    </div>`;
  }

  private renderTotals(t: LedgerTotals, m: Messages) {
    const lead = this.lead(t);
    const status = html`<div role="status" class="visually-hidden">${this.announced}</div>`;
    // nothing saved yet (or the only choice was undone): a neutral sentence, no big "0 g"
    if (lead.kind === 'empty') return html`<p part="empty" class="quiet">${m.savingsEmpty}</p>${status}`;
    const label = lead.kind === 'pending' ? m.savingsPendingLabel : lead.kind === 'order' ? m.savingsOrderLabel : m.savingsSavedLabel;
    return html`<div class=${lead.kind === 'pending' ? 'total pending' : 'total'}>
        <p part="label" class="label">${label}</p>
        <p part="value" class="value" aria-hidden="true">${m.withUnit(this.mass(this.shownGrams))}</p>
      </div>
      ${lead.grams > 0 ? this.renderEquivalent(lead.grams, m) : nothing}
      ${this.renderReasons(lead.byReason, m)}
      ${lead.kind === 'pending' && t.savedGrams > 0
        ? html`<p part="saved" class="quiet">${m.savedEarlier(nb(m.withUnit(this.mass(t.savedGrams))))}</p>`
        : nothing}
      ${status}`;
  }

  private renderEquivalent(grams: number, m: Messages) {
    const text = equivalentText(grams, this.factors ?? bundledDataset, this.settings, this.l10n.locale, m);
    return text ? html`<p part="equivalent" class="quiet">${text}</p>` : nothing;
  }

  private renderReasons(byReason: Readonly<Record<SavingReason, number>>, m: Messages) {
    const rows = SAVING_REASONS.filter((r: SavingReason) => byReason[r] > 0);
    if (!rows.length) return nothing;
    return html`<dl part="reasons" class="reasons">
      ${rows.map((r) => html`<div><dt>${m.reasons[r]}</dt><dd>${nb(m.withUnit(this.mass(byReason[r])))}</dd></div>`)}
    </dl>`;
  }

  private renderCommunity(m: Messages) {
    if (!this.communityOk) return nothing;
    const c = this.communityGrams!;
    const goal = this.goalGrams!;
    const share = Math.min(1, c / goal);
    const pct = formatPercent(share, this.l10n.locale);
    const words = m.communityProgress(m.withUnitLong(this.mass(c, true)), m.withUnitLong(this.mass(goal, true)), pct);
    return html`<div class="community">
      <div part="progress" class="track" role="progressbar" aria-label=${m.communityLabel} aria-valuemin="0" aria-valuemax="100"
        aria-valuenow=${Math.round(share * 100)} aria-valuetext=${words}>
        <div part="progress-bar" class="bar" .style=${`inline-size:${share * 100}%`}></div>
      </div>
      <p part="progress-label" class="quiet" aria-hidden="true">${m.communityProgress(nb(m.withUnit(this.mass(c))), nb(m.withUnit(this.mass(goal))), pct)}</p>
    </div>`;
  }
}

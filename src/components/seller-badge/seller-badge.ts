import { html, nothing, svg, type PropertyValues, type PropertyDeclarations, type TemplateResult } from 'lit';
// the core tables only: a seller's intensity reads no category
import { bundledDataset } from '../../data/core.js';
import { setBundledDataset } from '../../internal/bundled.js';
import { safeSellerIntensity, type SellerInput, type SellerResult } from '../../engine/seller.js';
import { LocalizeController } from '../../i18n/localize-controller.js';
import { addEnglishMessages } from '../../i18n/registry.js';
import { enSellerBadge } from '../../i18n/en/seller-badge.js';
import { EcoConsumer } from '../../internal/eco-consumer.js';
import { DEV } from '../../internal/dev.js';
import { checkEnum, optionalNumber } from '../../internal/attributes.js';
import { INPUT_LIMITS, toNumber, toText, type InputProblem } from '../../internal/coerce.js';
import { snapshot } from '../../internal/snapshot.js';
import { formatMass, formatMassRange, formatPercent, numberFormat } from '../../internal/format.js';
import { disclosure, fullLead } from '../shared/full-badge.js';
import { gradeLine, gradeSide, keepValue, rangeBlock, unavailableLine } from '../../internal/render.js';
import { sourceLinks } from '../../internal/render-details.js';
import styles from './seller-badge.styles.js';

setBundledDataset(bundledDataset); // the provider offers it to its consumers (src/internal/bundled.ts)

// This element's English (the shared core is always there); other locales load on demand.
addEnglishMessages(enSellerBadge);

export const SELLER_BADGE_VARIANTS = ['compact', 'full'] as const;
export type SellerBadgeVariant = (typeof SELLER_BADGE_VARIANTS)[number];

/** The reactive properties that do not feed the figure; any other change (the data, the provider's settings or dataset) recomputes it. */
const PRESENTATION = ['variant', 'appearance', 'open', 'name', 'experiment'];
/** The seller fields the engine (and the full variant's name) reads: the only ones copied from `.seller`. */
const SELLER_FIELDS = ['sellerId', 'name', 'emissionsKg', 'revenue', 'currency', 'year', 'sector', 'verified', 'baseline', 'target'];

/** The currency's symbol in `locale` (`€`, `$`, `¥`), else its code. */
function symbol(code: string, locale: string): string {
  try {
    return numberFormat(locale, { style: 'currency', currency: code, currencyDisplay: 'narrowSymbol' }).formatToParts(1).find((p) => p.type === 'currency')?.value ?? code;
  } catch {
    return code;
  }
}

/** The currency's spoken name in `locale` (`euro`), else its code. */
function currencyName(code: string, locale: string): string {
  try {
    return new Intl.DisplayNames([locale, 'en'], { type: 'currency' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/**
 * @summary Shows a seller's emission intensity (reported emissions per unit of revenue) and its grade; the full
 * variant adds the sector comparison, the change since the baseline, progress toward a reduction target, how the
 * figure was made and the sources.
 * @tag eco-seller-badge
 * @status experimental
 * @cssstate loading - A merchant dataset or a supplier's figure is being checked; the text says so, in the same box.
 * @since 0.1
 *
 * Give the figures as attributes (`emissions-kg`, `revenue`, `currency`, `year`, `sector`, optional `baseline-*`,
 * `target-*` and `verified`) or as the `.seller` property (the engine's `SellerInput`). The intensity is computed by
 * the engine's `safeSellerIntensity`: revenue is converted to US dollars of the dataset's spend year, so sellers in
 * different currencies and years compare fairly, and the sector's spend-based factor is the benchmark. With no data
 * at all the element shows the neutral state quietly; with incomplete or invalid data it fires `eco-error`
 * (`INVALID_SELLER` with field paths, `UNKNOWN_SECTOR`, `UNKNOWN_CURRENCY`) and shows the neutral state.
 *
 * @csspart base - The grade and intensity line.
 * @csspart grade - The grade letter (A lowest intensity … E highest, relative to the sector).
 * @csspart value - The intensity, e.g. `180 g CO₂e per €`.
 * @csspart panel - Full: the wrapper.
 * @csspart name - Full: the seller's name.
 * @csspart caption - Full: what the figure is (emissions per unit of revenue, year).
 * @csspart range - Full: the likely range.
 * @csspart comparison - Full: the comparison with the sector's typical intensity.
 * @csspart benchmark - Full: the sector's typical intensity and where it comes from.
 * @csspart change - Full: the change since the baseline year.
 * @csspart target - Full: the target, its progress line and on track / behind in words.
 * @csspart progress - Full: the progress line (SVG; decorative, the words carry the meaning).
 * @csspart method - Full: how the figure was made (reported, verified or not).
 * @csspart sources - Full: the dataset version and the sources.
 * @cssproperty [--eco-seller-badge-background=var(--eco-color-surface-raised)] - Background.
 * @cssproperty [--eco-seller-badge-color=var(--eco-color-text)] - Text colour.
 * @cssproperty [--eco-seller-badge-quiet-color=var(--eco-color-text-quiet)] - Secondary text.
 * @cssproperty [--eco-seller-badge-border-color=var(--eco-color-border)] - Border and progress track.
 * @cssproperty [--eco-seller-badge-bar-color=var(--eco-color-accent)] - Progress achieved.
 * @cssproperty [--eco-seller-badge-radius=var(--eco-radius-m)] - Corner radius.
 * @cssstate error - The figures could not be used; a neutral text is shown.
 * @fires eco-error - Invalid or unknown input: `{ code, message, issues, experiment }`; the neutral state is shown. An invalid `variant` fires `INVALID_ATTRIBUTE` and `compact` is used (the figure stays).
 * @fires eco-impression - Once, when at least half visible: `{ element, sellerId, experiment }`.
 */
export class EcoSellerBadge extends EcoConsumer {
  static override styles = styles;
  /** @internal Reactive properties (declared here rather than with decorators: smaller bundle). */
  static override properties: PropertyDeclarations = {
    sellerId: { attribute: 'seller-id' },
    name: {},
    emissionsKg: { attribute: 'emissions-kg', converter: optionalNumber },
    revenue: { converter: optionalNumber },
    currency: {},
    year: { converter: optionalNumber },
    sector: {},
    baselineYear: { attribute: 'baseline-year', converter: optionalNumber },
    baselineEmissionsKg: { attribute: 'baseline-emissions-kg', converter: optionalNumber },
    baselineRevenue: { attribute: 'baseline-revenue', converter: optionalNumber },
    targetYear: { attribute: 'target-year', converter: optionalNumber },
    targetReduction: { attribute: 'target-reduction', converter: optionalNumber },
    verified: { type: Boolean },
    variant: { reflect: true, useDefault: true },
    appearance: { reflect: true, useDefault: true },
    seller: { attribute: false },
    open: { state: true },
  };
  protected static override trackImpressions = true;
  protected static override inputErrorCode = 'INVALID_SELLER';

  // ─── Public API ───
  /** Seller identifier, echoed in events. */
  sellerId = '';
  /** Seller name, shown as plain text in the full variant. */
  name = '';
  /** Reported emissions for `year`, kg CO2e (≥ 0). */
  emissionsKg?: number;
  /** Revenue for `year`, in major units of `currency` (> 0). */
  revenue?: number;
  /** ISO 4217 code of `revenue` and `baseline-revenue`; default the provider's currency. */
  currency = '';
  /** Reporting year of `emissions-kg` and `revenue`. */
  year?: number;
  /** Sector key: apparel, footwear, electronics, appliances, furniture, books, toys, sports, beauty, food, beverages, retail, logistics. */
  sector = '';
  /** Baseline year of the reduction target (not after `year`). */
  baselineYear?: number;
  /** Reported emissions in the baseline year, kg CO2e (> 0). */
  baselineEmissionsKg?: number;
  /** Revenue in the baseline year, in `currency`. */
  baselineRevenue?: number;
  /** Year by which the target is due (not before `year`). */
  targetYear?: number;
  /** Intended cut in intensity as a share between 0 and 1 (0.5 halves it). */
  targetReduction?: number;
  /** The emissions were verified by a third party (narrower range; said in words). */
  verified = false;
  /** `compact` (default): grade and intensity. `full`: also sector comparison, change, target progress, method and sources. */
  variant: SellerBadgeVariant = 'compact';
  /** `default`: the kit's own quiet surface (and, in the full variant, a border). `plain`: none of its own, for a badge inside the page's card; text colour from the page. */
  appearance: 'default' | 'plain' = 'default';
  /** The engine's seller input; replaces the data attributes. A string `name` on it is shown like the attribute. */
  seller?: SellerInput;

  // ─── Derived state ───
  // Set in willUpdate (or before the requestUpdate that follows a validator load): no reactive declaration needed.
  private result?: SellerResult;
  private open = false;
  private readonly l10n = new LocalizeController(this, () => this.settings.locale);

  /** The last result (`undefined` while the neutral state is shown). */
  get intensity(): SellerResult | undefined {
    return this.result;
  }

  // ─── Lifecycle ───
  protected override willUpdate(changed: PropertyValues): void {
    checkEnum(this, changed, 'variant', 'variant', SELLER_BADGE_VARIANTS);
    if ([...changed.keys()].some((k) => !PRESENTATION.includes(k as string))) this.compute();
  }

  protected override impressionDetail(): Record<string, unknown> {
    return { sellerId: this.result?.sellerId ?? ((typeof this.sellerId === 'string' && this.sellerId) || undefined) };
  }

  protected override resetToNeutral(): void {
    this.result = undefined;
    this.read = undefined;
  }

  // ─── Computation ───
  /** The input as last read (a plain copy of `.seller`, or built from the attributes). */
  private read?: SellerInput;
  private problems: InputProblem[] = [];

  /** The engine's input through the coercion boundary (see footprint-badge): never throws; problems are collected. */
  private input(): SellerInput | undefined {
    const problems: InputProblem[] = (this.problems = []);
    if (this.seller !== undefined) {
      const r = snapshot(this.seller, '', { fields: SELLER_FIELDS });
      if (r.ok) return r.value as SellerInput;
      problems.push(r.problem);
      return undefined;
    }
    const text = (v: unknown, max: number, path: string) => {
      const r = toText(v, max, path);
      if (r.ok) return r.value;
      problems.push(r.problem);
      return '';
    };
    const given = (v: unknown) => v !== undefined;
    const [emissionsKg, revenue, year] = [toNumber(this.emissionsKg), toNumber(this.revenue), toNumber(this.year)];
    const sector = text(this.sector, INPUT_LIMITS.key, 'sector');
    const currency = (text(this.currency, INPUT_LIMITS.key, 'currency') || this.settings.currency).toUpperCase();
    const sellerId = text(this.sellerId, INPUT_LIMITS.id, 'seller-id');
    if (problems.length) return undefined;
    // a blank sector still counts as given (the engine then names it), as a removed one does not
    if (![emissionsKg, revenue, year, (typeof this.sector === 'string' && this.sector) || undefined].some(given)) return undefined;
    const s: Record<string, unknown> = { emissionsKg, revenue, currency, year, sector };
    if (sellerId) s.sellerId = sellerId;
    if (this.verified === true) s.verified = true;
    const baseline = [toNumber(this.baselineYear), toNumber(this.baselineEmissionsKg), toNumber(this.baselineRevenue)];
    if (baseline.some(given)) s.baseline = { year: baseline[0], emissionsKg: baseline[1], revenue: baseline[2], currency };
    const target = [toNumber(this.targetYear), toNumber(this.targetReduction)];
    if (target.some(given)) s.target = { year: target[0], reductionShare: target[1] };
    return s as SellerInput;
  }

  private compute(): void {
    if (this.waitForFactors(this.settings)) {
      this.result = undefined;
      this.setState('error', false);
      return;
    }
    const input = (this.read = this.input());
    const problems = this.problems;
    if (problems.length) {
      this.result = undefined;
      this.setState('error', true);
      const tooLarge = problems.some((x) => x.code === 'TOO_LARGE');
      const issues = problems.map(({ path, message }) => ({ path, message }));
      const said = issues.map((i) => `${i.path || '(root)'}: ${i.message}`).join(' ');
      this.reportError(tooLarge ? 'TOO_LARGE' : 'INVALID_SELLER', !DEV ? said : tooLarge ? `An input is over the kit's limits (INPUT_LIMITS), so it is not used: ${said}` : `Invalid seller: ${said}`, issues);
      return;
    }
    const r = input === undefined ? undefined : safeSellerIntensity(input, { dataset: this.factors ?? bundledDataset });
    if (this.needsValidators(r, () => this.compute())) {
      this.result = undefined; // neutral until the validators have loaded
      this.setState('error', false);
      return;
    }
    this.result = r?.ok ? r.value : undefined;
    this.setState('error', !!r && !r.ok);
    if (r && !r.ok) this.reportError(r.error.code, r.error.message, r.error.issues);
  }

  // ─── Rendering ───
  protected override render(): TemplateResult {
    const { m, locale } = this.l10n;
    const units = this.settings.units;
    const r = this.result;
    if (!r) return unavailableLine(this.loadingNow ? m.loadingEstimate : m.sellerUnavailable, this.loadingNow);

    const sym = symbol(r.currency, locale);
    const per = (g: number) => m.sellerIntensity(formatMass(g, locale, m, { units }), sym);
    const method = r.verified ? m.reportedVerified : m.reportedUnverified;
    const bare = (g: number) => formatMass(g, locale, m, { units, bare: true, unitOf: r.gramsPerUnit });
    const long = m.sellerIntensityLong(formatMass(r.gramsPerUnit, locale, m, { units, long: true }), currencyName(r.currency, locale), String(r.year), bare(r.lowGramsPerUnit), bare(r.highGramsPerUnit), r.grade);
    if (this.variant !== 'full') return gradeLine(r.grade, per(r.gramsPerUnit), `${long}. ${method}.`);

    const given = this.seller !== undefined ? (this.read as { name?: unknown } | undefined)?.name : this.name;
    const name = typeof given === 'string' && given.length <= INPUT_LIMITS.text ? given : '';
    const sector = m.sectors[r.sector] ?? r.sector;
    const pct = (x: number) => formatPercent(Math.abs(x), locale);
    // One rule: the words follow the grade (and its ratio), as in the footprint badge.
    const side = gradeSide(r.grade);
    const comparison = side === 'lower' ? m.sectorLower(pct(1 - r.ratio), sector) : side === 'higher' ? m.sectorHigher(pct(r.ratio - 1), sector) : m.sectorAbout(sector);
    const range = keepValue(m.likelyRange, m.sellerIntensity(formatMassRange(r.lowGramsPerUnit, r.highGramsPerUnit, locale, m, { units, unitOf: r.gramsPerUnit }), sym));
    return html`<div part="panel" class="full">
      ${name ? html`<p part="name" class="name">${name}</p>` : nothing}
      <div class="head">
        ${fullLead(r.grade, per(r.gramsPerUnit), `${long}. ${method}.`)}
        <p part="caption" class="quiet">${m.sellerIntensityYear(String(r.year))}</p>
      </div>
      <p part="comparison" class="cmp" data-side=${side}>${comparison}</p>
      ${rangeBlock(r.lowGramsPerUnit, r.gramsPerUnit, r.highGramsPerUnit, Math.max(r.highGramsPerUnit, r.sectorGramsPerUnit) * 1.15, range)}
      ${this.renderChange(r)} ${this.renderTarget(r)}
      ${disclosure(this.open, m.breakdownToggle, this.toggle, html`
        <p part="method">${method}</p>
        <p part="benchmark" class="quiet">${m.sectorTypical(sector, per(r.sectorGramsPerUnit))}</p>
        ${this.renderSources(r)}
      `)}
    </div>`;
  }

  private toggle(): void {
    this.open = !this.open;
  }

  private renderChange(r: SellerResult) {
    const { m, locale } = this.l10n;
    const c = r.changeShare;
    if (c === undefined || !r.baseline) return nothing;
    const y = String(r.baseline.year);
    const p = formatPercent(Math.abs(c), locale);
    return html`<p part="change">${Math.abs(c) < 0.005 ? m.changeNone(y) : c < 0 ? m.changeLower(p, y) : m.changeHigher(p, y)}</p>`;
  }

  private renderTarget(r: SellerResult) {
    const { m, locale } = this.l10n;
    if (!this.read?.target) return nothing;
    const t = r.target;
    if (!t || !r.baseline) return html`<p part="target" class="quiet">${m.progressUnknown}</p>`;
    const achieved = Math.min(Math.max(t.progressShare, 0), 1);
    const words = (r.onTrack === 'on-track' ? m.progressOnTrack : m.progressBehind)(formatPercent(Math.max(t.progressShare, 0), locale), formatPercent(t.expectedShare, locale));
    return html`<div part="target" role="group" aria-label=${m.progressLabel}>
      <p>${m.targetLine(formatPercent(t.reductionShare, locale), String(t.year), String(r.baseline.year))}</p>
      ${svg`<svg part="progress" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true"
        ><rect class="track" x="0.5" y="0.5" width="99" height="9"></rect
        ><rect class="bar" x="0" y="0" height="10" width=${100 * achieved}></rect
        ><line class="mark" x1=${100 * t.expectedShare} x2=${100 * t.expectedShare} y1="0" y2="10"></line
      ></svg>`}
      <p data-track=${r.onTrack}>${words}</p>
    </div>`;
  }

  private renderSources(r: SellerResult) {
    const { m } = this.l10n;
    return html`<p part="sources" class="quiet">${m.datasetVersion(r.trace.datasetVersion)} · ${m.sources}: ${sourceLinks(r.trace, this.factors ?? bundledDataset)}</p>`;
  }
}

/**
 * The full footprint badge's view: its figure (the A–E scale and value, the comparison, the likely range as a bar and
 * in words, "How we calculate"), the stages of its own estimate (a stacked bar and its legend in words) and the details
 * (method, filled-in inputs, everyday equivalent, boundary, dataset and sources), for an estimate and for a precomputed
 * result, with its styles. A compact badge never shows it: the product page's entry hands it over up front
 * (src/define/footprint-badge.ts, `useFullView`); on a listing a `variant="full"` badge loads it on demand, showing
 * its loading line in its reserved box meanwhile (./footprint-badge.ts).
 */
import { html, nothing, svg, type CSSResultOrNative, type TemplateResult } from 'lit';
import { STAGES } from '../../engine/kinds.js';
import type { Dataset, FootprintResult, Grade } from '../../engine/types.js';
import type { safeEquivalents } from '../../engine/equivalents.js';
import type { Messages } from '../../i18n/messages.js';
import { enFootprintBadge } from '../../i18n/en/footprint-badge.js';
import { addEnglishMessages } from '../../i18n/registry.js';
import { formatMass, formatMassRange, formatPercent, formatShare, type Units } from '../../internal/format.js';
import { gradeSide, keepValue, rangeBlock } from '../../internal/render.js';
import { carDistance, methodKey, sourceLinks } from '../../internal/render-details.js';
import { disclosure, fullLead } from '../shared/full-badge.js';
import type { BadgeResult } from './precomputed.js';
import styles from './badge-full.styles.js';

// The English of the full view (stages, comparison, details), which a compact badge never shows: with the view.
addEnglishMessages(enFootprintBadge);

/**
 * The category's name in a comparison: the catalog's name for it, else the dataset's English label (in English, a plain
 * capitalised first word lower-cased: `Headphones` → `headphones`, but `T-shirt` and `Wi-Fi router` stay), else the key.
 */
function categoryName(categories: Readonly<Record<string, string>>, locale: string, key: string, label: string | undefined): string {
  const named = Object.hasOwn(categories, key) ? categories[key] : undefined;
  let name = named ?? label ?? key;
  if (!named && locale.toLowerCase().startsWith('en') && /^\p{Lu}\p{Ll}*(?![\p{L}-])/u.test(name)) name = name[0]!.toLowerCase() + name.slice(1);
  return name;
}

/** The comparison with the category's typical product: the words follow the grade's side (one rule, never a second test that could disagree with it), the percentage from its ratio. */
function comparisonWords(grade: Grade, ratio: number, label: string, m: Messages, locale: string): string {
  const side = gradeSide(grade);
  return side === 'lower' ? m.compareLower(formatPercent(1 - ratio, locale), label) : side === 'higher' ? m.compareHigher(formatPercent(ratio - 1, locale), label) : m.compareTypical(label);
}

/** The likely range in words, its value kept on one line. */
const rangeWords = (r: { lowGrams: number; highGrams: number; co2eGrams: number }, m: Messages, locale: string, units: Units): TemplateResult =>
  keepValue(m.likelyRange, m.withUnit(formatMassRange(r.lowGrams, r.highGrams, locale, m, { units, unitOf: r.co2eGrams })));

/** What the badge hands over to either panel: the words it has already made of its figure, and its disclosure's state. */
export interface FullViewInput {
  readonly m: Messages;
  readonly locale: string;
  readonly units: Units;
  /** The value with its unit, and the spoken long form. */
  readonly value: string;
  readonly long: string;
  readonly open: boolean;
  readonly toggle: () => void;
}

/**
 * The full badge's panel for an estimate of its own (`r`, from dataset `ds`); `preLayout`: the layout of a precomputed
 * result (the stages inside the details).
 */
export function renderFullEstimate(v: FullViewInput, r: FootprintResult, ds: Dataset, equivalents: typeof safeEquivalents, country: string, preLayout: boolean): TemplateResult {
  const { m, locale, units } = v;
  const label = categoryName(m.categories, locale, r.category, ds.categories[r.category]?.label);
  const stages = STAGES.filter((s) => r.stages[s] > 0);
  const total = stages.reduce((a, s) => a + r.stages[s], 0) || 1;
  let x = 0;
  const breakdown = html`<div part="breakdown" class="breakdown">
      ${svg`<svg class="stack" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true">${stages.map((s) => {
        const w = (100 * r.stages[s]) / total;
        const seg = svg`<rect class="seg" data-stage=${s} x=${x} y="0" height="10" width=${Math.max(w - 0.4, 0.3)}></rect>`;
        x += w;
        return seg;
      })}</svg>`}
      <ul class="legend" aria-label=${m.breakdownLabel}>
        ${stages.map(
          (s) => html`<li><span class="sw" data-stage=${s} aria-hidden="true"></span><span class="nm">${m.stages[s]}</span> <span class="nw num">${m.withUnit(formatMass(r.stages[s], locale, m, { units }))} <span class="quiet">${formatShare(r.stages[s] / total, locale)}</span></span></li>`,
        )}
      </ul>
    </div>`;
  return panel(v, r, comparisonWords(r.grade, r.ratio, label, m, locale), preLayout, breakdown, details(v, r, ds, equivalents, country));
}

/**
 * The full panel: the lead (A–E scale, value), the comparison (when there is one), the likely range as a bar and in
 * words, the stages (`pre`: the layout of a precomputed result, with the stages inside the details) and "How we
 * calculate" with the details.
 */
function panel(
  v: FullViewInput,
  r: { grade: Grade; lowGrams: number; co2eGrams: number; highGrams: number; benchmarkGrams?: number | undefined },
  comparison: string | undefined,
  pre: boolean,
  stages: unknown,
  more: unknown,
): TemplateResult {
  return html`<div part="panel" class=${pre ? 'full pre' : 'full'}>
    <div class="head">
      ${fullLead(r.grade, v.value, v.long)}
      ${comparison ? html`<p part="comparison" class="cmp" data-side=${gradeSide(r.grade)}>${comparison}</p>` : nothing}
    </div>
    ${rangeBlock(r.lowGrams, r.co2eGrams, r.highGrams, Math.max(r.highGrams, r.benchmarkGrams ?? 0) * 1.15, rangeWords(r, v.m, v.locale, v.units))}
    ${pre ? nothing : stages}
    ${disclosure(v.open, v.m.breakdownToggle, v.toggle, html`${pre ? stages : nothing}${more}`)}
  </div>`;
}

function details({ m, locale, units }: FullViewInput, r: FootprintResult, ds: Dataset, equivalents: typeof safeEquivalents, country: string): TemplateResult {
  const eq = equivalents(r.co2eGrams, { dataset: ds, ...(country ? { country } : {}) });
  const km = eq.ok ? eq.value.carKm : undefined;
  const filled = r.filledIn.map((f) => m.fields[f] ?? f);
  return html`
    <p part="method">${m.methods[methodKey(r)]}</p>
    ${filled.length ? html`<p part="filled-in" class="quiet">${m.filledIn(filled.join(', '))}</p>` : nothing}
    ${km !== undefined && km > 0 ? html`<p part="equivalent">${carDistance(km, units, locale, m)}</p>` : nothing}
    <p part="sources" class="quiet">${m.boundaries[r.boundary]} · ${m.datasetVersion(r.trace.datasetVersion)} · ${m.sources}: ${sourceLinks(r.trace, ds)}</p>
  `;
}

/**
 * The full badge's panel for a precomputed result, shown as it is: the grade, the value and its range as given (never
 * narrower), the comparison when the result carries it, how it was made and its dataset version. The stages,
 * equivalent and sources need the engine: they come with the badge's own estimate when the details open.
 */
export function renderFullResult(v: FullViewInput, r: BadgeResult): TemplateResult {
  const { m, locale } = v;
  const comparison = r.ratio !== undefined && r.category ? comparisonWords(r.grade, r.ratio, categoryName(m.categories, locale, r.category, r.label), m, locale) : undefined;
  return panel(v, r, comparison, true, nothing, html`<p part="method">${m.methods[r.method]}</p><p part="sources" class="quiet">${m.datasetVersion(r.datasetVersion)}</p>`);
}

/** The full view as the badge takes it (`useFullView`, or loaded on demand). */
export interface FullView {
  readonly estimate: typeof renderFullEstimate;
  readonly result: typeof renderFullResult;
  readonly styles: CSSResultOrNative[];
}

export const fullView: FullView = { estimate: renderFullEstimate, result: renderFullResult, styles };

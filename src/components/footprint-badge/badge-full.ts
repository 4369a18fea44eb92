/**
 * The full footprint badge's view of its own estimate: the stages (a stacked bar and its legend in words) and the
 * details (method, filled-in inputs, everyday equivalent, boundary, dataset and sources). Only a badge that has
 * estimated shows it, so it comes with the badge's engine (through ./badge-input.ts's `badgeInputReader`): a page of
 * badges given precomputed results (src/define/listing-precomputed.ts) does not load it before its first paint.
 */
import { html, nothing, svg, type TemplateResult } from 'lit';
import { STAGES, type Dataset, type FootprintResult } from '../../engine/types.js';
import type { safeEquivalents } from '../../engine/equivalents.js';
import type { Messages } from '../../i18n/messages.js';
import { formatMass, formatShare, type Units } from '../../internal/format.js';
import { rangeBlock } from '../../internal/render.js';
import { carDistance, methodKey, sourceLinks } from '../../internal/render-details.js';
import { disclosure, fullLead } from '../shared/full-badge.js';

/** What the badge hands over: its estimate, the words it has already made of it, and its disclosure's state. */
export interface FullEstimateView {
  readonly r: FootprintResult;
  readonly ds: Dataset;
  readonly m: Messages;
  readonly locale: string;
  readonly units: Units;
  readonly country: string;
  /** The value with its unit, and the spoken long form. */
  readonly value: string;
  readonly long: string;
  readonly side: 'lower' | 'typical' | 'higher';
  readonly comparison: string;
  readonly range: TemplateResult;
  readonly open: boolean;
  /** The layout of a precomputed result (stages inside the details). */
  readonly preLayout: boolean;
  readonly toggle: () => void;
  readonly equivalents: typeof safeEquivalents;
}

/** The full badge's panel for an estimate of its own. */
export function renderFullEstimate(v: FullEstimateView): TemplateResult {
  const { r, m, locale, units } = v;
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
  return html`<div part="panel" class=${v.preLayout ? 'full pre' : 'full'}>
    <div class="head">
      ${fullLead(r.grade, v.value, v.long)}
      <p part="comparison" class="cmp" data-side=${v.side}>${v.comparison}</p>
    </div>
    ${rangeBlock(r.lowGrams, r.co2eGrams, r.highGrams, Math.max(r.highGrams, r.benchmarkGrams) * 1.15, v.range)}
    ${v.preLayout ? nothing : breakdown}
    ${disclosure(v.open, m.breakdownToggle, v.toggle, html`${v.preLayout ? breakdown : nothing}${details(v)}`)}
  </div>`;
}

function details({ r, ds, m, locale, units, country, equivalents }: FullEstimateView): TemplateResult {
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

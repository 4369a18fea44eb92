import { html, type TemplateResult } from 'lit';
import { GRADES, type Dataset, type FootprintResult, type Grade, type Trace } from '../engine/types.js';
import type { Messages, MethodKey } from '../i18n/messages.js';
import { formatNumber, type Units } from './format.js';
import { safeUrl } from './safe-url.js';

/** Small pieces of markup and wording shared by several elements (one copy each in the bundle). */

/** How a footprint was made, as worded to shoppers (from the engine's `method`, `verified` and `filledIn`). */
export function methodKey(f: FootprintResult): MethodKey {
  const weight = !f.filledIn.includes('weightGrams');
  if (f.method === 'declared') return f.verified ? 'verified' : 'declared';
  if (f.method === 'spend') return 'spend';
  if (f.method === 'activity' && !f.filledIn.includes('materials')) return weight ? 'materials' : 'materialsOnly';
  return weight ? 'categoryWeight' : 'category';
}

/** A badge's first line: the grade letter and the value, hidden from assistive technology, and the spoken long form. */
export const gradeLine = (grade: Grade, value: string, long: string): TemplateResult =>
  html`<span part="base" class="base"
    ><span aria-hidden="true"><span part="grade" data-grade=${grade}>${grade}</span> · <span part="value">${value}</span></span
    ><span class="visually-hidden">${long}</span></span
  >`;

/**
 * The one rule behind a grade's words and colour: A/B read "below typical", C "about typical", D/E "above typical",
 * with the percentage from the same ratio the grade came from, so the letter, its colour and the sentence never disagree.
 */
export const gradeSide = (grade: Grade): 'lower' | 'typical' | 'higher' => (grade < 'C' ? 'lower' : grade > 'C' ? 'higher' : 'typical');

/** The A–E scale with the given letter raised (bigger, filled, outlined); hidden from assistive technology (the long form says it). */
export const gradeScale = (grade: Grade): TemplateResult =>
  html`<span class="scale" aria-hidden="true"
    >${GRADES.map((g) => (g === grade ? html`<span part="grade" class="on" data-grade=${g}>${g}</span>` : html`<span data-grade=${g}>${g}</span>`))}</span
  >`;

/** The likely range as a band on a bar (see {@link rangeBar}) and in words. */
export const rangeBlock = (low: number, mid: number, high: number, max: number | undefined, words: string | TemplateResult): TemplateResult =>
  html`<div part="range" class="range">${rangeBar(low, mid, high, max)}<span class="quiet">${words}</span></div>`;

/**
 * A likely range drawn as a band on a bar from zero, with the central value marked; `max` sets the bar's end.
 * Decorative (the range is also in words).
 */
export const rangeBar = (low: number, value: number, high: number, max = high * 1.25): TemplateResult => {
  const x = (g: number) => Math.max(0, Math.min(100, (100 * g) / (max || 1)));
  return html`<svg class="rbar" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true"
    ><rect class="rtrack" x="0" y="4" width="100" height="2"></rect
    ><rect class="band" x=${x(low)} y="1" height="8" width=${Math.max(x(high) - x(low), 0.5)} rx="0"></rect
    ><rect class="rmark" x=${Math.min(x(value), 99)} y="0" width="1" height="10"></rect
  ></svg>`;
};

/**
 * A message with one value in it, the value kept on one line (never a number on one line and its unit on the next):
 * `Likely range: <span class="nw">10–19 kg CO₂e</span>`.
 */
export const keepValue = (message: (value: string) => string, value: string): TemplateResult => {
  const [before = '', after = ''] = message('\u0000').split('\u0000');
  return html`${before}<span class="nw">${value}</span>${after}`;
};

/** A badge's neutral state: `loading` words it as a check in progress, not as a failure. */
export const unavailableLine = (text: string, loading = false): TemplateResult =>
  html`<span part="base" class=${loading ? 'base unavailable loading' : 'base unavailable'}>${text}</span>`;

const links = (ids: readonly string[], ds: Dataset): TemplateResult[] =>
  ids
    .filter((id) => ds.sources[id])
    .map((id, i) => {
      const s = ds.sources[id]!;
      const url = safeUrl(s.url);
      return html`${i ? ', ' : ''}${url ? html`<a href=${url} rel="noopener noreferrer" target="_blank">${s.title}</a>` : s.title}`;
    });

type Links = (ids: readonly string[], ds: Dataset) => TemplateResult[];
let onDemand: ((ids: readonly string[], ds: Dataset, links: Links) => unknown) | undefined;

/**
 * @internal Where the bundled dataset's citations load on demand (the page entries: src/pages/sources-on-demand.ts):
 * renders the sources line while they are not in. Without it they are bundled (src/data/index.ts, the define modules
 * of the elements that show sources).
 */
export function useSourcesOnDemand(f: typeof onDemand): void {
  onDemand = f;
}

/** The sources a result's trace cites that the dataset knows, comma-separated; http(s) ones are links. */
export const sourceLinks = (trace: Trace, ds: Dataset): unknown => {
  const ids = [...new Set(trace.factors.map((f) => f.sourceId))];
  return onDemand && ids.length && !ids.some((id) => ds.sources[id]) ? onDemand(ids, ds, links) : links(ids, ds);
};

/** The car-distance equivalent in the shopper's units, e.g. `Like driving 12 km by car` / `… 7.5 miles …`. */
export const carDistance = (km: number, units: Units, locale: string, m: Messages): string => {
  const n = formatNumber(units === 'imperial' ? km / 1.609344 : km, locale);
  // a no-break space after the number keeps it on one line with its unit
  return (units === 'imperial' ? m.equivalentCarMiles(n) : m.equivalentCarKm(n)).replace(`${n} `, `${n}\u00a0`);
};


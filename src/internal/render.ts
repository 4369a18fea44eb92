import { html, type TemplateResult } from 'lit';
import type { Dataset, FootprintResult, Grade, Trace } from '../engine/types.js';
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

/** A badge's neutral state. */
export const unavailableLine = (text: string): TemplateResult => html`<span part="base" class="base unavailable">${text}</span>`;

/** The sources a result's trace cites that the dataset knows, comma-separated; http(s) ones are links. */
export const sourceLinks = (trace: Trace, ds: Dataset): TemplateResult[] =>
  [...new Set(trace.factors.map((f) => f.sourceId))]
    .filter((id) => ds.sources[id])
    .map((id, i) => {
      const s = ds.sources[id]!;
      const url = safeUrl(s.url);
      return html`${i ? ', ' : ''}${url ? html`<a href=${url} rel="noopener noreferrer" target="_blank">${s.title}</a>` : s.title}`;
    });

/** The car-distance equivalent in the shopper's units, e.g. `Like driving 12 km by car` / `… 7.5 miles …`. */
export const carDistance = (km: number, units: Units, locale: string, m: Messages): string =>
  units === 'imperial' ? m.equivalentCarMiles(formatNumber(km / 1.609344, locale)) : m.equivalentCarKm(formatNumber(km, locale));

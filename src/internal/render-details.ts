/**
 * Wording and markup of an estimate's details, shared by several elements (one copy each in the bundle): how a figure
 * was made, its sources, the car-distance equivalent. Apart from ./render.ts, so that a page of badges showing
 * precomputed results does not load them before its first paint; the citations' on-demand hook is in ./sources-hook.ts,
 * so that the page entries setting it do not load them either (a listing of compact badges never shows them).
 */
import { html, type TemplateResult } from 'lit';
import type { Dataset, FootprintResult, Trace } from '../engine/types.js';
import type { Messages, MethodKey } from '../i18n/messages.js';
import { formatNumber, type Units } from './format.js';
import { safeUrl } from './safe-url.js';
import { sourcesOnDemand } from './sources-hook.js';

/** How a footprint was made, as worded to shoppers (from the engine's `method`, `verified` and `filledIn`). */
export function methodKey(f: FootprintResult): MethodKey {
  const weight = !f.filledIn.includes('weightGrams');
  if (f.method === 'declared') return f.verified ? 'verified' : 'declared';
  if (f.method === 'spend') return 'spend';
  if (f.method === 'activity' && !f.filledIn.includes('materials')) return weight ? 'materials' : 'materialsOnly';
  return weight ? 'categoryWeight' : 'category';
}

const links = (ids: readonly string[], ds: Dataset): TemplateResult[] =>
  ids
    .filter((id) => ds.sources[id])
    .map((id, i) => {
      const s = ds.sources[id]!;
      const url = safeUrl(s.url);
      return html`${i ? ', ' : ''}${url ? html`<a href=${url} rel="noopener noreferrer" target="_blank">${s.title}</a>` : s.title}`;
    });

/** The sources a result's trace cites that the dataset knows, comma-separated; http(s) ones are links. */
export const sourceLinks = (trace: Trace, ds: Dataset): unknown => {
  const ids = [...new Set(trace.factors.map((f) => f.sourceId))];
  return sourcesOnDemand && ids.length && !ids.some((id) => ds.sources[id]) ? sourcesOnDemand(ids, ds, links) : links(ids, ds);
};

/** The car-distance equivalent in the shopper's units, e.g. `Like driving 12 km by car` / `… 7.5 miles …`. */
export const carDistance = (km: number, units: Units, locale: string, m: Messages): string => {
  const n = formatNumber(units === 'imperial' ? km / 1.609344 : km, locale);
  // a no-break space after the number keeps it on one line with its unit
  return (units === 'imperial' ? m.equivalentCarMiles(n) : m.equivalentCarKm(n)).replace(`${n} `, `${n}\u00a0`);
};


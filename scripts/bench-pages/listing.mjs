// The listing page of `npm run bench:page`: 200 product cards rendered on the server as plain HTML, each with an
// <eco-footprint-badge> carrying attributes only, inside <eco-provider>. The kit (the public bundle) is added by
// a script only after the first contentful paint (and the end of parsing), the worst case for layout shift.
import { catalogGenerator } from '../cli/catalog.mjs';

const esc = (s) => String(s).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function attrs(p) {
  let s = `product-id="${esc(p.id)}" name="${esc(p.name)}" category="${esc(p.category)}"`;
  if (p.weightGrams !== undefined) s += ` weight-grams="${p.weightGrams}"`;
  if (p.materials) s += ` materials="${esc(p.materials.map((m) => `${m.material}:${m.share}${m.recycledShare !== undefined ? `@${m.recycledShare}` : ''}`).join(','))}"`;
  if (p.price !== undefined) s += ` price="${p.price}" currency="${esc(p.currency)}"`;
  if (p.originCountry) s += ` origin="${esc(p.originCountry)}"`;
  if (p.declared) s += ` declared-grams="${p.declared.co2eGrams}"`;
  return s;
}

/**
 * @param {object} o
 * @param {object} o.dataset - categories for the products (the bundled dataset)
 * @param {number} [o.count=200]
 * @param {boolean} [o.pageCss=true] - link the kit's optional page stylesheet (reserves each badge's box before upgrade)
 * @param {string} [o.kit='/eco-nudge.js']
 * @param {string} [o.extraCss] - rules added to the page's own styles (experiments: containment and the like)
 * @param {(product: object) => string | undefined} [o.result] - a product's precomputed result (compact form): the
 *   badge then carries only `product-id` and `result`, as in a listing rendered from `eco-nudge estimate --badge`
 */
export function listingHtml({ dataset, count = 200, pageCss = true, kit = '/eco-nudge.js', extraCss = '', result }) {
  const next = catalogGenerator(dataset, 200);
  const cards = [];
  for (let i = 0; i < count; i++) {
    const p = next();
    delete p.pact;
    const price = p.price ?? dataset.categories[p.category].typical.price.amount;
    cards.push(`<li class="card"><div class="media"></div><div class="body"><h3>${esc(p.name)}</h3>
<eco-footprint-badge ${result ? `product-id="${esc(p.id)}" result="${esc(result(p) ?? '')}"` : attrs(p)}></eco-footprint-badge></div><div class="foot"><span class="price">$${Number(price).toFixed(2)}</span><button type="button">Add to cart</button></div></li>`);
  }
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>bench:page listing</title>
${pageCss ? '<link rel="stylesheet" href="/eco-nudge.css">' : ''}
<style>
body{margin:0;font:16px/1.4 system-ui,sans-serif}
header{padding:1rem 2rem;border-block-end:1px solid #ddd}
.grid{list-style:none;margin:0;padding:1rem;display:grid;grid-template-columns:repeat(auto-fill,minmax(14rem,1fr));gap:1rem}
.card{display:grid;grid-template-rows:auto 1fr auto;border:1px solid #ddd;border-radius:.5rem;overflow:hidden}
.media{aspect-ratio:4/3;background:linear-gradient(135deg,#e6e6e6,#f6f6f6)}
.body{padding:.5rem .75rem;display:grid;gap:.35rem;align-content:start}
.body h3{margin:0;font-size:1rem}
.foot{display:flex;justify-content:space-between;align-items:center;padding:.5rem .75rem}
${extraCss}</style>
<script>
// Layout shifts from the start (long tasks are read from a Chromium trace by the driver).
window.__bench = { shifts: [] };
new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__bench.shifts.push(e); }).observe({ type: 'layout-shift', buffered: true });
// Where every card and every price sits, to compare before and after the kit (the Layout Instability API does not
// report boxes whose layout objects were rebuilt, e.g. when an ancestor's display changes on upgrade).
window.__rects = () => [...document.querySelectorAll('.card, .price')].map((e) => { const r = e.getBoundingClientRect(); return [r.x, r.y + scrollY, r.width, r.height]; });
// Load the kit only once the page has painted (first-contentful-paint), the worst case for layout shift.
const loadKit = () => {
  if (window.__bench.kitStart !== undefined) return;
  window.__bench.kitStart = performance.now();
  window.__bench.before = window.__rects();
  const s = document.createElement('script');
  s.type = 'module';
  s.src = ${JSON.stringify(kit)};
  document.head.append(s);
};
// Also only once the whole listing is parsed: on a loaded machine the first paint can come before the last cards
// exist, and a row that gains taller cards later would count as boxes the kit moved.
const afterParse = () => (document.readyState === 'loading' ? document.addEventListener('DOMContentLoaded', () => setTimeout(loadKit, 0), { once: true }) : setTimeout(loadKit, 0));
new PerformanceObserver((l) => {
  if (l.getEntries().some((e) => e.name === 'first-contentful-paint')) afterParse();
}).observe({ type: 'paint', buffered: true });
</script></head><body>
<header><h1>Products</h1></header>
<eco-provider locale="en" currency="USD"><ul class="grid">${cards.join('\n')}</ul></eco-provider>
</body></html>`;
}

/**
 * In-page harness of `npm run bench:render` (bundled by esbuild from src; the kit itself is the built
 * dist/eco-nudge.js, loaded by the page). It defines the two baselines, which compute and show the same numbers
 * with the same engine, formatters and English messages as the kit:
 *  (a) `bench-badge` / `bench-full-badge` / `bench-alternatives`: hand-written custom elements with a shadow root
 *      (one shared constructable stylesheet) and no library; they render synchronously in connectedCallback;
 *  (b) one innerHTML of strings precomputed before the clock starts: the floor.
 * Both give a compact badge the containment the kit's compact badge has (`content-visibility: auto` with its reserved
 * size), so the ratios measure the kit's own work, not a CSS property the baselines could use as well.
 */
import { bundledDataset } from '../../src/data/index.js';
import { safeEstimateFootprint, safeRankAlternatives } from '../../src/engine/index.js';
import type { AlternativeResult, FootprintResult, ProductInput } from '../../src/engine/types.js';
import { en as m } from '../../src/i18n/en.js';
import { formatMass, formatMassRange, formatMoney, formatNumber, formatPercent } from '../../src/internal/format.js';
import { formatBadgeResult } from '../../src/components/footprint-badge/precomputed.js';
import { catalogGenerator } from '../cli/catalog.mjs';

const L = 'en';
const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

// ─── Products ───
export interface BenchProduct {
  id: string;
  name: string;
  category: string;
  weightGrams?: number;
  materials?: string;
  price?: number;
  currency?: string;
  origin?: string;
  declaredGrams?: number;
}

/** N products expressible with the badge's attributes (a seeded mix of categories and inputs). */
export function products(n: number, seed = 7): BenchProduct[] {
  const next = catalogGenerator(bundledDataset, seed);
  return Array.from({ length: n }, () => {
    const p = next();
    const b: BenchProduct = { id: p.id, name: p.name, category: p.category };
    if (p.weightGrams !== undefined) b.weightGrams = p.weightGrams;
    if (p.materials) b.materials = p.materials.map((x: any) => `${x.material}:${x.share}${x.recycledShare !== undefined ? `@${x.recycledShare}` : ''}`).join(',');
    if (p.price !== undefined) Object.assign(b, { price: p.price, currency: p.currency });
    if (p.originCountry) b.origin = p.originCountry;
    if (p.declared) b.declaredGrams = p.declared.co2eGrams;
    return b;
  });
}

/** Candidates of the same category for the product page (names and prices, varied inputs). */
export function candidatesFor(p: BenchProduct, k: number, seed: number): (ProductInput & { id: string; name: string; price: number })[] {
  const next = catalogGenerator(bundledDataset, seed);
  const cat = bundledDataset.categories[p.category]!;
  return Array.from({ length: k }, (_, i) => {
    const q = next();
    const weightGrams = Math.round(cat.typical.weightGrams * (0.5 + (i + 1) / (k + 1)));
    const c: any = { id: `${p.id}-alt-${i}`, name: `${cat.label} option ${i + 1}`, category: p.category, weightGrams, price: Math.round(cat.typical.price.amount * (0.6 + i * 0.15) * 100) / 100, currency: 'USD' };
    if (q.materials && q.category === p.category) c.materials = q.materials;
    return c;
  });
}

/** The engine input the badge builds from its attributes. */
export function toInput(b: BenchProduct): ProductInput {
  const p: Record<string, unknown> = { category: b.category, id: b.id, name: b.name };
  if (b.price !== undefined) Object.assign(p, { price: b.price, currency: (b.currency || 'USD').toUpperCase() });
  if (b.weightGrams !== undefined) p.weightGrams = b.weightGrams;
  if (b.origin) p.originCountry = b.origin.toUpperCase();
  if (b.declaredGrams !== undefined) p.declared = { co2eGrams: b.declaredGrams, boundary: 'cradle-to-gate' };
  if (b.materials)
    p.materials = b.materials.split(',').map((s) => {
      const [name, rest = '1'] = s.split(':');
      const [share, rec] = rest.split('@');
      return { material: name!.toLowerCase(), share: Number(share), ...(rec !== undefined ? { recycledShare: Number(rec) } : {}) };
    });
  return p as ProductInput;
}

export function attrs(b: BenchProduct, extra = ''): string {
  let s = `product-id="${esc(b.id)}" name="${esc(b.name)}" category="${esc(b.category)}"`;
  if (b.weightGrams !== undefined) s += ` weight-grams="${b.weightGrams}"`;
  if (b.materials) s += ` materials="${esc(b.materials)}"`;
  if (b.price !== undefined) s += ` price="${b.price}" currency="${esc(b.currency ?? 'USD')}"`;
  if (b.origin) s += ` origin="${b.origin}"`;
  if (b.declaredGrams !== undefined) s += ` declared-grams="${b.declaredGrams}"`;
  return `${s}${extra}`;
}

// ─── Shared markup of both baselines (the same text and structure as the kit) ───
const methodKey = (r: FootprintResult) =>
  r.method === 'declared' ? (r.verified ? 'verified' : 'declared')
  : r.method === 'spend' ? 'spend'
  : r.method === 'activity' ? (r.filledIn.includes('materials') ? 'categoryWeight' : 'materials')
  : r.filledIn.includes('weightGrams') ? 'category' : 'categoryWeight';

function compactHtml(r: FootprintResult | undefined): string {
  if (!r) return `<span part="base" class="base unavailable">${m.estimateUnavailable}</span>`;
  const value = m.withUnit(formatMass(r.co2eGrams, L, m));
  const long = (r.method === 'declared' ? m.declaredLong : m.footprintLong)(
    formatMass(r.co2eGrams, L, m, { long: true }),
    formatMass(r.lowGrams, L, m, { bare: true, unitOf: r.co2eGrams }),
    formatMass(r.highGrams, L, m, { bare: true, unitOf: r.co2eGrams }),
    r.grade,
  );
  return `<span part="base" class="base"><span aria-hidden="true"><span part="grade" data-grade="${r.grade}">${r.grade}</span> · <span part="value">${esc(value)}</span></span><span class="visually-hidden">${esc(long)}</span></span>`;
}

function fullHtml(r: FootprintResult | undefined): string {
  if (!r) return compactHtml(r);
  const names = (m as { categories?: Record<string, string> }).categories ?? {};
  const named = Object.hasOwn(names, r.category) ? names[r.category] : undefined;
  let label = named ?? bundledDataset.categories[r.category]?.label ?? r.category;
  if (!named && /^\p{Lu}\p{Ll}*(?![\p{L}-])/u.test(label)) label = label[0]!.toLowerCase() + label.slice(1);
  const comparison = r.comparison === 'lower' ? m.compareLower(formatPercent(1 - r.ratio, L), label) : r.comparison === 'higher' ? m.compareHigher(formatPercent(r.ratio - 1, L), label) : m.compareTypical(label);
  const range = m.likelyRange(m.withUnit(formatMassRange(r.lowGrams, r.highGrams, L, m, { unitOf: r.co2eGrams })));
  const filled = r.filledIn.map((f) => (m.fields as Record<string, string>)[f] ?? f);
  return `<div part="panel" class="full">${compactHtml(r)}<p part="comparison">${esc(comparison)}</p><p part="method">${esc(m.methods[methodKey(r)])}</p><p part="range">${esc(range)}</p>${
    filled.length ? `<p part="filled-in" class="quiet">${esc(m.filledIn(filled.join(', ')))}</p>` : ''
  }<button part="toggle" type="button" aria-expanded="false" aria-controls="details">${m.breakdownToggle}</button><div id="details" part="details" role="region" aria-label="${esc(m.breakdownLabel)}" hidden></div></div>`;
}

function alternativesHtml(product: ProductInput & { price?: number }, items: readonly AlternativeResult[], compared: number): string {
  const li = items.map((a) => {
    const c = a.product as ProductInput & { name: string; price?: number };
    const f = a.footprint;
    const saving = m.withUnit(formatMass(a.savedGrams, L, m));
    const long = (f.method === 'declared' ? m.declaredLong : m.footprintLong)(
      formatMass(f.co2eGrams, L, m, { long: true }),
      formatMass(f.lowGrams, L, m, { long: true, bare: true, unitOf: f.co2eGrams }),
      formatMass(f.highGrams, L, m, { long: true, bare: true, unitOf: f.co2eGrams }),
      f.grade,
    );
    let price = '';
    if (typeof c.price === 'number' && typeof product.price === 'number') {
      const diff = Math.round((c.price - product.price) * 100) / 100;
      const money = formatMoney(Math.abs(diff), 'USD', L);
      price = `<span part="item-price" class="quiet">${esc(diff > 0 ? m.priceMore(money) : diff < 0 ? m.priceLess(money) : m.priceSame)}</span>`;
    }
    return `<li part="item" class="item"><div class="body"><span part="item-name" class="name">${esc(c.name)}</span><span part="item-footprint"><span aria-hidden="true">${esc(
      `${m.withUnit(formatMass(f.co2eGrams, L, m))} · ${m.likelyRange(formatMassRange(f.lowGrams, f.highGrams, L, m))}`,
    )}</span><span class="visually-hidden">${esc(long)}</span></span><span part="item-method" class="quiet">${esc(m.methods[methodKey(f)])}</span><span part="item-saving" class="saving">${esc(
      m.alternativeSaving(saving, formatPercent(-a.savedShare, L)),
    )}</span>${price}</div><div class="actions"><button part="action" type="button" aria-pressed="false" aria-label="${esc(m.switchLong(c.name, saving))}">${m.switchAction}</button></div></li>`;
  });
  return `<div part="base" class="base"><div part="heading" class="heading" role="heading" aria-level="2">${m.alternativesHeading}</div>${
    li.length
      ? `<ul part="list">${li.join('')}</ul>`
      : `<p part="empty">${esc(compared ? `${m.alternativesEmpty} ${m.alternativesCompared(compared, formatNumber(compared, L), formatPercent(0.1, L))}` : m.alternativesNoneToCompare)}</p>`
  }</div>`;
}

const estimate = (p: ProductInput) => {
  const r = safeEstimateFootprint(p);
  return r.ok ? r.value : undefined;
};
const rank = (p: ProductInput, candidates: readonly ProductInput[]) => {
  const r = safeRankAlternatives(p, candidates);
  return r.ok ? r.value.filter((a) => a.confident && a.savedShare >= 0.1 && a.savedGrams > 0).slice(0, 3) : [];
};

const CSS = `
:host{display:inline-block;vertical-align:middle;box-sizing:border-box;min-inline-size:11em;block-size:1.75em;font-family:system-ui,sans-serif;font-size:.875rem;line-height:1.25}
:host([variant=full]),:host(.block){display:block;block-size:auto}
:host(:not([variant=full]):not(.block)){content-visibility:auto;contain-intrinsic-size:auto 11em auto 1.75em}
*{box-sizing:inherit}[hidden]{display:none!important}
.visually-hidden{position:absolute!important;inline-size:1px;block-size:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}
.base{display:inline-flex;align-items:center;gap:.4em;block-size:1.75em;min-inline-size:100%;padding-inline:.5em;border-radius:.375rem;background:#f4f4f4;white-space:nowrap}
.full{display:grid;gap:.5rem;padding:.5rem 1rem;border:1px solid #888;border-radius:.375rem}
.full .base{padding-inline:0;background:none;font-size:1rem}
[part~=grade]{display:inline-grid;place-items:center;min-inline-size:1.4em;block-size:1.3em;border-radius:.25rem;background:#806400;color:#fff;font-weight:700}
[data-grade=A]{background:#1a7f37}[data-grade=B]{background:#4d7c0f}[data-grade=D]{background:#b45309}[data-grade=E]{background:#b91c1c}
p{margin:0}.quiet{color:#555}button{min-block-size:24px;min-inline-size:24px;font:inherit}
ul{list-style:none;margin:0;padding:0;display:grid;gap:.5rem}.item{display:flex;gap:.5rem;justify-content:space-between}.body{display:grid}`;

// ─── (a) hand-written custom elements, no library ───
let sheet: CSSStyleSheet | undefined;
const attach = (el: HTMLElement) => {
  const root = el.shadowRoot ?? el.attachShadow({ mode: 'open' });
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(CSS);
  }
  root.adoptedStyleSheets = [sheet];
  return root;
};
const fromAttributes = (el: HTMLElement): ProductInput => {
  const g = (n: string) => el.getAttribute(n) ?? undefined;
  const num = (n: string) => (el.hasAttribute(n) ? Number(el.getAttribute(n)) : undefined);
  const b: BenchProduct = { id: g('product-id') ?? '', name: g('name') ?? '', category: g('category') ?? '' };
  const w = num('weight-grams');
  if (w !== undefined) b.weightGrams = w;
  if (g('materials')) b.materials = g('materials')!;
  const price = num('price');
  if (price !== undefined) Object.assign(b, { price, currency: g('currency') });
  if (g('origin')) b.origin = g('origin')!;
  const d = num('declared-grams');
  if (d !== undefined) b.declaredGrams = d;
  return toInput(b);
};
class BenchBadge extends HTMLElement {
  connectedCallback() {
    attach(this).innerHTML = compactHtml(estimate(fromAttributes(this)));
  }
}
class BenchFullBadge extends HTMLElement {
  connectedCallback() {
    attach(this).innerHTML = fullHtml(estimate(fromAttributes(this)));
  }
}
class BenchAlternatives extends HTMLElement {
  product?: ProductInput;
  candidates: ProductInput[] = [];
  connectedCallback() {
    this.classList.add('block');
    attach(this).innerHTML = this.product ? alternativesHtml(this.product, rank(this.product, this.candidates), this.candidates.length) : '';
  }
}
customElements.define('bench-badge', BenchBadge);
customElements.define('bench-full-badge', BenchFullBadge);
customElements.define('bench-alternatives', BenchAlternatives);

// ─── Grids ───
const card = (b: BenchProduct, badge: string) =>
  `<article class="card"><div class="img"></div><h3>${esc(b.name)}</h3><p class="price">${b.price !== undefined ? esc(formatMoney(b.price, b.currency ?? 'USD', L)) : ''}</p>${badge}</article>`;

export type Impl = 'kit' | 'kit-no-provider' | 'kit-precomputed' | 'a' | 'b';

/** The compact `result` attribute of a product (what `eco-nudge estimate --badge` writes), computed off the clock. */
function resultAttr(b: BenchProduct): string {
  const r = estimate(toInput(b));
  if (!r) return '';
  const label = bundledDataset.categories[r.category]?.label;
  const s = formatBadgeResult({ co2eGrams: r.co2eGrams, lowGrams: r.lowGrams, highGrams: r.highGrams, grade: r.grade, method: methodKey(r), datasetVersion: r.trace.datasetVersion, category: r.category, ...(label ? { label } : {}), ratio: r.ratio, benchmarkGrams: r.benchmarkGrams });
  return ` result="${esc(s)}"`;
}
/** Page markup of a product grid of compact badges for one implementation (b: precomputed now, before the clock starts). */
export function gridHtml(impl: Impl, list: BenchProduct[]): string {
  if (impl === 'b') {
    return `<style>.fb .visually-hidden{position:absolute!important;inline-size:1px;block-size:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}.fb{display:inline-block;min-inline-size:11em;block-size:1.75em;font-size:.875rem;content-visibility:auto;contain-intrinsic-size:auto 11em auto 1.75em}.fb .base{display:inline-flex;align-items:center;gap:.4em;block-size:1.75em;padding-inline:.5em;border-radius:.375rem;background:#f4f4f4;white-space:nowrap}.fb [part~=grade]{display:inline-grid;place-items:center;min-inline-size:1.4em;background:#806400;color:#fff;font-weight:700;border-radius:.25rem}</style><div class="grid">${list
      .map((b) => card(b, `<span class="fb">${compactHtml(estimate(toInput(b)))}</span>`))
      .join('')}</div>`;
  }
  const tag = impl === 'a' ? 'bench-badge' : 'eco-footprint-badge';
  // precomputed: the product id and the result only (as a listing rendered from `eco-nudge estimate --badge` output)
  const grid = `<div class="grid">${list.map((b) => card(b, impl === 'kit-precomputed' ? `<${tag} product-id="${esc(b.id)}"${resultAttr(b)}></${tag}>` : `<${tag} ${attrs(b)}></${tag}>`)).join('')}</div>`;
  return impl === 'kit' || impl === 'kit-precomputed' ? `<eco-provider locale="en" currency="USD">${grid}</eco-provider>` : grid;
}

export interface PageItem { product: BenchProduct; input: ProductInput; candidates: ProductInput[] }
export function pageItems(n: number): PageItem[] {
  return products(n, 99).map((b, i) => {
    const product = { ...b, price: b.price ?? Math.round(bundledDataset.categories[b.category]!.typical.price.amount * 100) / 100, currency: 'USD' };
    return { product, input: toInput(product), candidates: candidatesFor(product, 6, 1000 + i) };
  });
}

/** Builds the product page (full badge + alternatives per item) into `host`; kit and (a) build DOM nodes, (b) one innerHTML. */
export function buildPage(impl: Impl, items: PageItem[], host: HTMLElement, pre?: string): void {
  if (impl === 'b') {
    host.innerHTML = pre!;
    return;
  }
  const frag = document.createDocumentFragment();
  const wrap = impl === 'kit' ? Object.assign(document.createElement('eco-provider'), {}) : frag;
  if (impl === 'kit') (wrap as HTMLElement).setAttribute('locale', 'en');
  for (const it of items) {
    const sec = document.createElement('section');
    sec.className = 'item';
    const h = document.createElement('h2');
    h.textContent = it.product.name;
    const badge = document.createElement(impl === 'a' ? 'bench-full-badge' : 'eco-footprint-badge');
    badge.setAttribute('variant', 'full');
    const div = document.createElement('div');
    div.innerHTML = `<x ${attrs(it.product)}></x>`;
    for (const a of Array.from(div.firstElementChild!.attributes)) badge.setAttribute(a.name, a.value);
    const alts = document.createElement(impl === 'a' ? 'bench-alternatives' : 'eco-alternatives') as HTMLElement & { product?: ProductInput; candidates?: ProductInput[] };
    alts.product = it.input;
    alts.candidates = it.candidates;
    sec.append(h, badge, alts);
    wrap.appendChild(sec);
  }
  if (impl === 'kit') frag.appendChild(wrap);
  host.appendChild(frag);
}

export function pageHtml(items: PageItem[]): string {
  return `<style>.fb .visually-hidden{position:absolute!important;inline-size:1px;block-size:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}.fb [hidden]{display:none}.fb .full{display:grid;gap:.5rem;padding:.5rem 1rem;border:1px solid #888}.fb p{margin:0}</style>${items
    .map((it) => `<section class="item"><h2>${esc(it.product.name)}</h2><div class="fb">${fullHtml(estimate(it.input))}</div><div class="fb">${alternativesHtml(it.input as any, rank(it.input, it.candidates), it.candidates.length)}</div></section>`)
    .join('')}`;
}

// ─── Measuring ───
const frame = () => new Promise<void>((r) => requestAnimationFrame(() => r()));
/** Resolves after the next frame has been produced: rAF, then a task (MessageChannel) queued behind the paint. */
const afterPaint = () =>
  new Promise<void>((r) =>
    requestAnimationFrame(() => {
      const ch = new MessageChannel();
      ch.port1.onmessage = () => r();
      ch.port2.postMessage(0);
    }),
  );
const gc = () => (globalThis as { gc?: () => void }).gc?.();

type Upd = HTMLElement & { updateComplete?: Promise<unknown> };
async function settle(host: HTMLElement) {
  // Lit renders in a microtask after connection; wait for every eco-* element (provider included) to finish.
  let els = Array.from(host.querySelectorAll<Upd>('eco-provider, eco-footprint-badge, eco-alternatives'));
  await Promise.all(els.map((e) => e.updateComplete));
}

/** The text of an element's shadow tree without whitespace (template indentation differs), for the equality check. */
export function shownText(el: Element): string {
  const root = (el as HTMLElement).shadowRoot ?? el;
  return (root.textContent ?? '').replace(/\s+/g, '');
}

export interface Sample { script: number; layout: number; paint: number; rendered: number }
let prepared: (() => Promise<Sample>) | undefined;

/**
 * Clears the page and gets one measurement ready (for (b), the strings are computed here, off the clock);
 * `run()` then times it. Two calls, so that the driver can read the main thread's CPU time around `run()` alone.
 */
export async function prepare(kind: 'grid' | 'page', impl: Impl, data: BenchProduct[] | PageItem[], host: HTMLElement): Promise<void> {
  host.replaceChildren();
  await frame();
  await frame();
  gc();
  await frame();
  const markup = kind === 'grid' ? gridHtml(impl, data as BenchProduct[]) : impl === 'b' ? pageHtml(data as PageItem[]) : undefined;
  const insert = () => (kind === 'grid' ? (host.innerHTML = markup!) : buildPage(impl, data as PageItem[], host, markup));
  const count = () =>
    kind === 'page'
      ? host.querySelectorAll('section.item').length
      : Array.from(host.querySelectorAll(impl === 'a' ? 'bench-badge' : impl === 'b' ? '.fb' : 'eco-footprint-badge')).filter((e) => /CO₂e|unavailable/.test(shownText(e))).length;
  prepared = async () => {
    const t0 = performance.now();
    insert();
    await settle(host);
    const t1 = performance.now();
    void document.body.offsetHeight; // style and layout now, so they can be told apart from paint
    const tl = performance.now();
    await afterPaint();
    const t2 = performance.now();
    return { script: t1 - t0, layout: tl - t0, paint: t2 - t0, rendered: count() };
  };
}

export function run(): Promise<Sample> {
  const p = prepared!;
  prepared = undefined;
  return p();
}

/** Compares the text of the kit and of baseline (a) for the same products: returns the mismatches. */
export async function compareText(list: BenchProduct[], items: PageItem[], host: HTMLElement): Promise<string[]> {
  const bad: string[] = [];
  for (const impl of ['kit', 'kit-precomputed'] as const) {
    host.innerHTML = gridHtml(impl, list) + gridHtml('a', list);
    await settle(host);
    const kit = host.querySelectorAll('eco-footprint-badge');
    const a = host.querySelectorAll('bench-badge');
    kit.forEach((k, i) => {
      if (shownText(k) !== shownText(a[i]!)) bad.push(`compact ${i}: ${impl} "${shownText(k)}" vs (a) "${shownText(a[i]!)}"`);
    });
  }
  host.replaceChildren();
  buildPage('kit', items, host);
  buildPage('a', items, host);
  await settle(host);
  const pairs: [string, string][] = [['eco-footprint-badge', 'bench-full-badge'], ['eco-alternatives', 'bench-alternatives']];
  for (const [k, b] of pairs) {
    const ks = host.querySelectorAll(k);
    const bs = host.querySelectorAll(b);
    ks.forEach((x, i) => {
      if (shownText(x) !== shownText(bs[i]!)) bad.push(`${k} ${i}: kit "${shownText(x)}" vs (a) "${shownText(bs[i]!)}"`);
    });
  }
  host.replaceChildren();
  return bad;
}

Object.assign(globalThis, { benchRender: { products, pageItems, prepare, run, compareText } });

/** The product listing: every product with its compact footprint badge; filter by department, sort by price or footprint. */
import { html } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { safeEstimateFootprint } from '../../src/engine/index.ts';
import { DEPARTMENTS, PRODUCTS, type Department, type ShopProduct } from '../products.ts';
import { cart, href, money, mountPage, prefs, rerender, t, toast } from './shell.ts';
import { picture } from './images.ts';
import { LOCALE_COUNTRY } from './i18n.ts';

const SORTS = ['featured', 'price-asc', 'price-desc', 'footprint'] as const;
type Sort = (typeof SORTS)[number];

const params = new URLSearchParams(location.search);
let dept: Department | 'all' = (DEPARTMENTS as readonly string[]).includes(params.get('dept') ?? '') ? (params.get('dept') as Department) : 'all';
let sort: Sort = (SORTS as readonly string[]).includes(params.get('sort') ?? '') ? (params.get('sort') as Sort) : 'featured';

function keepInUrl(): void {
  const q = new URLSearchParams(location.search);
  dept === 'all' ? q.delete('dept') : q.set('dept', dept);
  sort === 'featured' ? q.delete('sort') : q.set('sort', sort);
  const s = q.toString();
  history.replaceState(null, '', s ? `?${s}` : location.pathname);
}

/** Footprints for sorting, from the public engine (the badges compute the same figure for display). */
const footprintCache = new Map<string, number>();
function footprintOf(p: ShopProduct): number {
  const key = `${p.id}|${prefs.locale}`;
  if (!footprintCache.has(key)) {
    const r = safeEstimateFootprint(p, { country: LOCALE_COUNTRY[prefs.locale] });
    footprintCache.set(key, r.ok ? r.value.co2eGrams : Number.POSITIVE_INFINITY);
  }
  return footprintCache.get(key)!;
}

function visible(): ShopProduct[] {
  const list = PRODUCTS.filter((p) => dept === 'all' || p.department === dept);
  const by: Record<Sort, (a: ShopProduct, b: ShopProduct) => number> = {
    featured: () => 0,
    'price-asc': (a, b) => a.price - b.price,
    'price-desc': (a, b) => b.price - a.price,
    footprint: (a, b) => footprintOf(a) - footprintOf(b),
  };
  return [...list].sort((a, b) => by[sort](a, b) || a.id.localeCompare(b.id) * (sort === 'featured' ? 0 : 1));
}

function addToCart(p: ShopProduct): void {
  cart.add(p.id);
  toast(t().addedToCart(p.name));
}

function card(p: ShopProduct) {
  const m = t();
  const link = href('./product.html', { id: p.id });
  return html`
    <li class="card" data-product-id=${p.id}>
      <a class="card__media" href=${link} tabindex="-1" aria-hidden="true">${picture(p)}</a>
      <div class="card__body">
        <p class="card__brand">${p.brand}</p>
        <h3 class="card__title"><a href=${link}>${p.name}</a></h3>
        <p class="card__blurb">${p.blurb}</p>
        <eco-footprint-badge class="card__badge" .product=${p}></eco-footprint-badge>
      </div>
      <div class="card__foot">
        <span class="price">${money(p.price)}</span>
        <button class="button button--small" type="button" @click=${() => addToCart(p)}>
          ${m.addToCart}<span class="visually-hidden">: ${p.name}</span>
        </button>
      </div>
    </li>`;
}

function main() {
  const m = t();
  const list = visible();
  return html`
    <section class="hero">
      <h1>${m.heroTitle}</h1>
      <p>${m.heroText}</p>
    </section>
    <div class="toolbar">
      <fieldset class="chips">
        <legend class="visually-hidden">${m.filter}</legend>
        ${(['all', ...DEPARTMENTS] as const).map(
          (d) => html`<label class="chip">
            <input type="radio" name="dept" value=${d} .checked=${d === dept}
              @change=${() => { dept = d; keepInUrl(); rerender(); }} />
            <span>${m.departments[d]}</span>
          </label>`,
        )}
      </fieldset>
      <label class="sort">
        <span>${m.sort}</span>
        <select id="sort-select" @change=${(e: Event) => { sort = (e.target as HTMLSelectElement).value as Sort; keepInUrl(); rerender(); }}>
          ${SORTS.map((s) => html`<option value=${s} ?selected=${s === sort}>${m.sorts[s]}</option>`)}
        </select>
      </label>
    </div>
    <p class="result-count" role="status">${m.productCount(list.length)}</p>
    <ul class="grid" id="product-grid">${repeat(list, (p) => p.id, card)}</ul>`;
}

mountPage('shop', main);

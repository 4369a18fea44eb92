/** The product page: the full footprint badge, the seller panel, and lower-footprint alternatives from the same category. */
import { html, nothing } from 'lit';
import { productById, sameCategory, type ShopProduct } from '../products.ts';
import { cart, href, money, mountPage, t, toast } from './shell.ts';
import { picture } from './images.ts';
import { imageUrl } from './shapes.ts';
import { sellerFor } from '../sellers.ts';

const product = productById(new URLSearchParams(location.search).get('id'));
let qty = 1;
/** Computed once: a new array on every render would make the list start over (and forget a switch just made). */
// each candidate links to its page and brings its picture (a same-origin SVG the demo serves): the cards' thumbnails
const candidates = product ? sameCategory(product).map((c) => ({ ...c, url: href('./product.html', { id: c.id }), image: imageUrl(c.id) })) : [];

/** The host app's answer to the kit's cancelable intent: swap the product in the cart (the kit never touches the cart). */
function onSwitch(p: ShopProduct, e: HTMLElementEventMap['eco-alternative-select']): void {
  const to = productById(e.detail.alternativeId);
  if (!to) {
    e.preventDefault();
    return;
  }
  cart.replace(p.id, to.id);
  toast(t().switched(to.name));
}

function notFound() {
  const m = t();
  return html`<section class="empty-state"><h1>${m.notFound}</h1><p><a class="button" href=${href('./index.html')}>${m.backToShop}</a></p></section>`;
}

function main() {
  const m = t();
  const p = product;
  if (!p) return notFound();
  document.title = `${p.name} · Harbour & Hill`;
  return html`
    <nav class="breadcrumb" aria-label="Breadcrumb">
      <a href=${href('./index.html')}>${m.shop}</a><span aria-hidden="true">›</span>
      <a href=${href('./index.html', { dept: p.department })}>${m.departments[p.department]}</a><span aria-hidden="true">›</span>
      <span aria-current="page">${p.name}</span>
    </nav>
    <article class="product" data-product-id=${p.id}>
      <div class="product__media">${picture(p, 'hero')}</div>
      <div class="product__info">
        <p class="card__brand">${p.brand}</p>
        <h1 class="product__title">${p.name}</h1>
        <p class="price price--large">${money(p.price)}</p>
        <p class="product__blurb">${p.blurb}</p>
        <form class="buy" @submit=${(e: SubmitEvent) => { e.preventDefault(); cart.add(p.id, qty); toast(m.addedToCart(p.name)); }}>
          <label class="qty"><span>${m.quantity}</span>
            <input type="number" name="qty" min="1" max="20" .value=${String(qty)} @change=${(e: Event) => { qty = Math.max(1, Math.min(20, Number((e.target as HTMLInputElement).value) || 1)); }} />
          </label>
          <button class="button" type="submit">${m.addToCart}</button>
        </form>
        <h2 class="section-title">${m.details}</h2>
        <ul class="details">${p.details.map((d) => html`<li>${d}</li>`)}</ul>

        <section class="panel" aria-labelledby="footprint-title">
          <h2 class="section-title" id="footprint-title">${m.footprint}</h2>
          <!-- appearance="plain": the panel is already a card, so the badge adds no box of its own inside it -->
          <eco-footprint-badge id="product-badge" variant="full" appearance="plain" experiment="pdp-full" .product=${p}></eco-footprint-badge>
        </section>

        <!-- SELLER PANEL: a seller badge is added here by the seller-footprint work (keep the id). -->
        <section id="seller-panel" class="panel seller" aria-labelledby="seller-title">
          <h2 class="section-title" id="seller-title">${m.soldBy}</h2>
          <p class="seller__name">Harbour &amp; Hill Marketplace · ${p.brand}</p>
          <p class="seller__note">${m.sellerNote}</p>
          ${sellerFor(p.brand) ? html`<eco-seller-badge id="seller-badge" variant="full" appearance="plain" experiment="pdp-seller" .seller=${sellerFor(p.brand)}></eco-seller-badge>` : nothing}
        </section>
      </div>
    </article>
    <section class="alternatives">
      <eco-alternatives id="product-alternatives" heading-level="2" experiment="pdp-swap"
        .product=${p} .candidates=${candidates}
        @eco-alternative-select=${(e: HTMLElementEventMap['eco-alternative-select']) => onSwitch(p, e)}></eco-alternatives>
    </section>`;
}

mountPage('product', main);

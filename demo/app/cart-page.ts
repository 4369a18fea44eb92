/**
 * Cart and checkout: the cart lines with their compact badges, a real <form> with <eco-order-footprint> (the order's
 * total with its range, following the delivery choice and the packaging opt-out) above <eco-delivery-options>
 * (a form control: its value is submitted as `delivery`; packaging opt-out included), and <eco-savings-counter>
 * with the shopper's ledger and the platform's progress toward a shared 1.5 Gt goal. "Place order" credits the
 * pending choices with an `eco-order-place` event (the provider credits them, as `placeOrder()` does) and shows a confirmation.
 *
 * `?strategy=highlight|preselect|active-choice` switches the delivery nudge (an A/B test would set it per cohort).
 */
import { html, nothing } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { EcoOrderPlaceEvent, type DeliveryKind } from '../../src/index.ts';
import { cart, href, money, mountPage, prefs, rerender, t } from './shell.ts';
import { picture } from './images.ts';
import type { Locale } from './i18n.ts';

const STRATEGIES = ['highlight', 'preselect', 'active-choice'] as const;
const requested = new URLSearchParams(location.search).get('strategy');
const strategy = (STRATEGIES as readonly (string | null)[]).includes(requested) ? (requested as (typeof STRATEGIES)[number]) : 'highlight';

/** The platform's running total (all shoppers), and the goal it counts toward: 1.5 gigatonnes = 1.5e15 g CO2e. */
const COMMUNITY_GRAMS = 412_600_000_000_000;
const GOAL_GRAMS = 1_500_000_000_000_000;
/** Packaging the shop would add to a parcel (cardboard box and paper fill), grams. */
const PACKAGING_GRAMS = 320;
/** Road distance from the warehouse (Hamburg) to a typical customer, km. */
const DISTANCE_KM = 450;

const KINDS: readonly { id: string; kind: DeliveryKind; price: number; etaDays: number }[] = [
  { id: 'home', kind: 'home', price: 4.9, etaDays: 2 },
  { id: 'pickup', kind: 'pickup-point', price: 2.9, etaDays: 3 },
  { id: 'locker', kind: 'locker', price: 3.5, etaDays: 2 },
  { id: 'cargo-bike', kind: 'cargo-bike', price: 5.9, etaDays: 1 },
  { id: 'express', kind: 'express-air', price: 14.9, etaDays: 1 },
];

/** Options are rebuilt only when the locale changes (their labels are the shop's own words). */
let optionsFor: { locale: Locale; options: readonly Record<string, unknown>[] } | undefined;
function deliveryOptions() {
  if (optionsFor?.locale !== prefs.locale) {
    const m = t();
    optionsFor = { locale: prefs.locale, options: KINDS.map((k) => ({ ...k, label: m.deliveryOptions[k.kind as keyof typeof m.deliveryOptions] })) };
  }
  return optionsFor.options;
}

let parcelCache: { weightGrams: number; distanceKm: number } | undefined;
function parcel() {
  const weightGrams = cart.items().reduce((g, { product, qty }) => g + (product.weightGrams ?? 0) * qty, 0) + PACKAGING_GRAMS;
  if (parcelCache?.weightGrams !== weightGrams) parcelCache = { weightGrams, distanceKm: DISTANCE_KM };
  return parcelCache;
}

/** The delivery option currently selected in the form (the element's `value`). */
let chosen = '';
let packagingOptOut = false;
let placed: { id: string; delivery: string; noPackaging: boolean } | undefined;

function deliveryPrice(): number {
  return KINDS.find((k) => k.id === chosen)?.price ?? 0;
}

/** The cart as the order footprint's `.lines` (a new array only when the cart changed). */
let linesCache: { key: string; lines: readonly { product: unknown; quantity: number }[] } | undefined;
function orderLines() {
  const items = cart.items();
  const key = items.map((i) => `${i.product.id}:${i.qty}`).join();
  if (linesCache?.key !== key) linesCache = { key, lines: items.map(({ product, qty }) => ({ product, quantity: qty })) };
  return linesCache.lines;
}

function onSubmit(e: SubmitEvent): void {
  e.preventDefault();
  const form = e.target as HTMLFormElement;
  const data = new FormData(form);
  const delivery = String(data.get('delivery') ?? '');
  const kind = KINDS.find((k) => k.id === delivery);
  const m = t();
  placed = {
    id: `HH-${String(cart.count() * 7919 + Math.round(cart.items().reduce((s, i) => s + i.product.price * i.qty, 0) * 100)).padStart(6, '0')}`,
    delivery: kind ? m.deliveryOptions[kind.kind as keyof typeof m.deliveryOptions] : delivery,
    noPackaging: packagingOptOut,
  };
  // the kit credits the order's swaps, delivery and packaging choices as saved (until now they "would save")
  form.dispatchEvent(new EcoOrderPlaceEvent({ orderId: placed.id }));
  cart.clear();
  document.getElementById('main')?.focus();
}

function savings() {
  return html`
    <section class="panel savings">
      <eco-savings-counter id="savings" experiment="checkout-${strategy}"
        community-grams=${COMMUNITY_GRAMS} goal-grams=${GOAL_GRAMS}></eco-savings-counter>
    </section>`;
}

function lines() {
  const m = t();
  return html`
    <ul class="cart-lines" id="cart-lines">
      ${repeat(cart.items(), (i) => i.product.id, ({ product: p, qty }) => html`
        <li class="cart-line" data-product-id=${p.id}>
          <a class="cart-line__media" href=${href('./product.html', { id: p.id })} tabindex="-1" aria-hidden="true">${picture(p)}</a>
          <div class="cart-line__info">
            <p class="card__brand">${p.brand}</p>
            <h3 class="cart-line__title"><a href=${href('./product.html', { id: p.id })}>${p.name}</a></h3>
            <eco-footprint-badge .product=${p}></eco-footprint-badge>
          </div>
          <div class="cart-line__actions">
            <label class="qty"><span>${m.quantity}</span>
              <input type="number" min="0" max="20" .value=${String(qty)} aria-label="${m.quantity}: ${p.name}"
                @change=${(e: Event) => cart.setQty(p.id, Math.max(0, Math.min(20, Math.round(Number((e.target as HTMLInputElement).value) || 0))))} />
            </label>
            <button class="link-button" type="button" @click=${() => cart.setQty(p.id, 0)}>${m.remove}<span class="visually-hidden">: ${p.name}</span></button>
            <span class="price">${money(p.price * qty)}</span>
          </div>
        </li>`)}
    </ul>`;
}

function checkoutForm() {
  const m = t();
  const subtotal = cart.items().reduce((s, i) => s + i.product.price * i.qty, 0);
  const shipping = deliveryPrice();
  return html`
    <form id="checkout" class="panel checkout" @submit=${onSubmit}>
      <h2 class="section-title">${m.checkout}</h2>
      <fieldset class="fields">
        <legend>${m.address}</legend>
        <label>${m.fullName}<input name="name" autocomplete="name" required value="Alex Morgan" /></label>
        <label>${m.email}<input name="email" type="email" autocomplete="email" required value="alex@example.org" /></label>
        <label class="wide">${m.street}<input name="street" autocomplete="street-address" required value="Elbchaussee 12" /></label>
        <label>${m.postcode}<input name="postcode" autocomplete="postal-code" required value="22763" /></label>
        <label>${m.city}<input name="city" autocomplete="address-level2" required value="Hamburg" /></label>
      </fieldset>
      <eco-order-footprint id="order-footprint" .lines=${orderLines()} .parcel=${parcel()}
        delivery=${KINDS.find((k) => k.id === chosen)?.kind ?? ''} ?packaging-opt-out=${packagingOptOut}
        packaging-weight-grams=${PACKAGING_GRAMS}></eco-order-footprint>
      <div class="fields">
        <!-- The element is the radio group, with its own legend ("Delivery options"); no fieldset around it. -->
        <eco-delivery-options id="delivery" name="delivery" required strategy=${strategy} experiment="checkout-${strategy}"
          .options=${deliveryOptions()} .parcel=${parcel()} packaging-weight-grams=${PACKAGING_GRAMS}
          @change=${(e: Event) => { chosen = (e.target as HTMLInputElement).value; renderSummary(); }}
          @eco-packaging-change=${(e: HTMLElementEventMap['eco-packaging-change']) => { packagingOptOut = e.detail.optedOut; renderSummary(); }}></eco-delivery-options>
      </div>
      <fieldset class="fields fields--inline">
        <legend>${m.payment}</legend>
        <label class="radio"><input type="radio" name="payment" value="card" checked /> ${m.card}</label>
        <label class="radio"><input type="radio" name="payment" value="invoice" /> ${m.invoice}</label>
      </fieldset>
      <dl class="summary" id="summary">
        <div><dt>${m.subtotal}</dt><dd>${money(subtotal)}</dd></div>
        <div><dt>${m.deliveryCost}</dt><dd>${chosen ? money(shipping) : '—'}</dd></div>
        <div class="summary__total"><dt>${m.total}</dt><dd>${money(subtotal + shipping)}</dd></div>
      </dl>
      <button class="button button--wide" type="submit">${m.placeOrder}</button>
    </form>`;
}

/** Re-renders the page so the summary shows the chosen option's price (lit only touches what changed). */
function renderSummary(): void {
  rerender();
}

function main() {
  const m = t();
  document.title = `${m.yourCart} · Harbour & Hill`;
  if (placed) {
    return html`
      <section class="confirmation" role="status">
        <h1>${m.orderPlaced(placed.id)}</h1>
        ${placed.delivery ? html`<p>${m.orderDelivery(placed.delivery)}</p>` : nothing}
        ${placed.noPackaging ? html`<p>${m.orderNoPackaging}</p>` : nothing}
        <p><a class="button" href=${href('./index.html')}>${m.backToShop}</a></p>
      </section>
      ${savings()}`;
  }
  if (cart.count() === 0) {
    return html`
      <h1 class="page-title">${m.yourCart}</h1>
      <section class="empty-state"><p>${m.emptyCart}</p><p><a class="button" href=${href('./index.html')}>${m.backToShop}</a></p></section>
      ${savings()}`;
  }
  return html`
    <h1 class="page-title">${m.yourCart}</h1>
    <div class="cart-layout">
      <div class="cart-layout__main">${lines()} ${savings()}</div>
      <div class="cart-layout__side">${checkoutForm()}</div>
    </div>`;
}

mountPage('cart', main);

// Under strategy="preselect" the element may pick an option by itself: show its price in the summary too.
customElements.whenDefined('eco-delivery-options').then(async () => {
  const el = document.getElementById('delivery') as (HTMLElement & { value?: string; updateComplete?: Promise<unknown> }) | null;
  await el?.updateComplete;
  if (el?.value && el.value !== chosen) {
    chosen = el.value;
    renderSummary();
  }
});

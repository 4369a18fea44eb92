import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing, type TemplateResult } from 'lit';
import { expect } from 'storybook/test';
import '../src/define/all.js';
import type { EcoProvider } from '../src/components/provider/provider.js';
import type { EcoDeliveryOptions } from '../src/components/delivery-options/delivery-options.js';
import type { ProductInput } from '../src/index.js';
import { GRADE_EXAMPLES, deliveryOptions, parcel, runner, runnerCandidates } from './support.js';

/**
 * The elements as a shop would place them: listing tiles, a product page and a checkout, in a page's own layout
 * (its font, colours and cards; the kit's elements sit inside them). The shop styles below are the page's, not the
 * kit's: they only use system colours, so the toolbar's theme turns the whole page dark.
 */
const shopCss = html`<style>
  .shop { --shop-line: color-mix(in srgb, currentColor 22%, transparent); font: 1rem/1.45 system-ui, sans-serif; max-inline-size: 72rem; }
  .shop h2, .shop h3, .shop p { margin: 0; }
  .shop h2 { font-size: 1.5rem; line-height: 1.2; }
  .shop h3 { font-size: 1.05rem; }
  .shop .price { font-weight: 600; font-variant-numeric: tabular-nums; }
  .shop .muted { color: color-mix(in srgb, currentColor 72%, transparent); font-size: 0.875rem; }
  .shop .card { border: 1px solid var(--shop-line); border-radius: 0.75rem; padding: 1rem; background: Canvas; }
  .shop .img { aspect-ratio: 4 / 3; border-radius: 0.5rem; background: linear-gradient(135deg, color-mix(in srgb, currentColor 8%, Canvas), color-mix(in srgb, currentColor 18%, Canvas)); }
  .shop button.primary { font: inherit; font-weight: 600; padding: 0.6rem 1.2rem; border: 0; border-radius: 0.5rem; background: CanvasText; color: Canvas; cursor: pointer; }
  .tiles { list-style: none; margin: 0; padding: 0; display: grid; gap: 1rem; grid-template-columns: repeat(auto-fill, minmax(13rem, 1fr)); }
  .tile { display: grid; gap: 0.5rem; align-content: start; }
  .pdp { display: grid; gap: 1.5rem; grid-template-columns: repeat(auto-fit, minmax(min(100%, 20rem), 1fr)); align-items: start; }
  .pdp-info, .stack { display: grid; gap: 1rem; }
  .seller { display: flex; flex-wrap: wrap; gap: 0.25rem 0.5rem; align-items: center; }
  .checkout { display: grid; gap: 1.5rem; grid-template-columns: repeat(auto-fit, minmax(min(100%, 22rem), 1fr)); align-items: start; }
  .lines { list-style: none; margin: 0; padding: 0; display: grid; gap: 0.75rem; }
  .line { display: grid; grid-template-columns: 3.5rem minmax(0, 1fr) auto; gap: 0.25rem 0.75rem; align-items: center; }
  .line .img { grid-row: span 2; aspect-ratio: 1; }
  .line eco-footprint-badge { justify-self: start; }
  .total { display: flex; justify-content: space-between; gap: 1rem; padding-block-start: 0.75rem; border-block-start: 1px solid var(--shop-line); }
</style>`;

const meta = {
  title: 'Recipes/Composed pages',
  parameters: { a11y: { test: 'error' } },
} satisfies Meta;
export default meta;
type Story = StoryObj;

const euro = (n: number) => new Intl.NumberFormat('en', { style: 'currency', currency: 'EUR' }).format(n);

/** Listing tiles: the page's image, name and price, with a compact badge under the price. */
const tiles = [
  { ...GRADE_EXAMPLES.A, name: 'Canvas sneakers', price: 49 },
  { ...GRADE_EXAMPLES.B, name: 'Wired headphones', price: 29 },
  { ...GRADE_EXAMPLES.C, name: 'Cotton T-shirt', price: 19.9 },
  { ...GRADE_EXAMPLES.D, name: 'Heavy denim jeans', price: 89 },
];

/** A product listing: each tile (the page's card) carries a compact badge, so the grade can be compared across the grid. */
export const ProductCard: Story = {
  name: 'Product card (listing)',
  render: () => html`${shopCss}<section class="shop stack" aria-label="New in">
      <h2>New in</h2>
      <ul class="tiles">
        ${tiles.map(
          (t, i) => html`<li class="card tile">
            <div class="img" role="presentation"></div>
            <h3>${t.name}</h3>
            <p class="price">${euro(t.price)}</p>
            <eco-footprint-badge product-id=${`tile-${i}`} name=${t.name} category=${t.category} weight-grams=${t.weightGrams} materials=${t.materials ?? ''}></eco-footprint-badge>
          </li>`,
        )}
      </ul>
    </section>`,
  play: async ({ canvasElement }) => {
    const badges = [...canvasElement.querySelectorAll('eco-footprint-badge')];
    await Promise.all(badges.map((b) => (b as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete));
    await expect(badges.length).toBe(tiles.length);
    for (const b of badges) await expect(b.shadowRoot?.querySelector('[part~="grade"]')?.textContent).toMatch(/^[A-E]$/);
  },
};

/** A product page: the full badge beside the price and the buy button, the seller's badge, and lower-footprint swaps below. */
export const ProductPage: Story = {
  name: 'Product page',
  render: () => html`${shopCss}<article class="shop stack" aria-label=${runner.name ?? 'Product'}>
      <div class="pdp">
        <div class="img" role="presentation"></div>
        <div class="pdp-info">
          <h2>${runner.name}</h2>
          <p class="price">${euro(runner.price ?? 0)}</p>
          <p class="seller"><span class="muted">Sold by Acme Textiles</span>
            <eco-seller-badge seller-id="acme" name="Acme Textiles" emissions-kg="1200000" revenue="12000000" currency="EUR" year="2024" sector="apparel"></eco-seller-badge>
          </p>
          <p><button class="primary" type="button">Add to cart</button></p>
          <eco-footprint-badge variant="full" .product=${runner}></eco-footprint-badge>
        </div>
      </div>
      <eco-alternatives heading-level="3" .product=${runner} .candidates=${runnerCandidates}></eco-alternatives>
    </article>`,
  play: async ({ canvasElement }) => {
    const list = canvasElement.querySelector('eco-alternatives') as HTMLElement & { updateComplete: Promise<unknown> };
    await list.updateComplete;
    await expect(list.shadowRoot?.querySelectorAll('[part~="item-name"]').length).toBeGreaterThan(0);
  },
};

/** Cart lines of this checkout: the product page's runner and a T-shirt. */
const cart: { product: ProductInput; quantity: number }[] = [
  { product: runner, quantity: 1 },
  { product: { id: 'tee-classic', name: 'Cotton T-shirt', category: 'apparel.t-shirt', weightGrams: 200, materials: [{ material: 'cotton', share: 1 }], price: 19.9, currency: 'EUR' }, quantity: 2 },
];

/**
 * The order summary's footprint element: rendered when the page's kit defines `<eco-order-footprint>` (a kit
 * without it shows the summary without that block). It takes the same cart lines as the page.
 */
const orderFootprint = (): TemplateResult | typeof nothing =>
  customElements.get('eco-order-footprint') ? html`<eco-order-footprint .lines=${cart}></eco-order-footprint>` : nothing;

/**
 * A checkout: the cart with a compact badge per line, delivery options in the form, and the order summary with the
 * savings counter. Pick "Cargo-bike courier" or decline the packaging: the counter follows.
 */
export const Checkout: Story = {
  name: 'Checkout',
  render: () => html`${shopCss}<form class="shop checkout" aria-label="Checkout" @submit=${(e: SubmitEvent) => e.preventDefault()}>
      <div class="stack">
        <h2>Checkout</h2>
        <section class="card stack" aria-label="Your cart">
          <h3>Your cart</h3>
          <ul class="lines">
            ${cart.map(
              ({ product: p, quantity }) => html`<li class="line">
                <div class="img" role="presentation"></div>
                <span>${p.name}${quantity > 1 ? ` × ${quantity}` : ''}</span>
                <span class="price">${euro((p.price ?? 0) * quantity)}</span>
                <eco-footprint-badge .product=${p}></eco-footprint-badge>
              </li>`,
            )}
          </ul>
        </section>
        <section class="card">
          <eco-delivery-options name="delivery" strategy="highlight" .options=${deliveryOptions} .parcel=${parcel}></eco-delivery-options>
        </section>
      </div>
      <aside class="card stack" aria-label="Order summary">
        <h3>Order summary</h3>
        <p class="total"><span>Total</span><span class="price">${euro(cart.reduce((s, l) => s + (l.product.price ?? 0) * l.quantity, 0))}</span></p>
        ${orderFootprint()}
        <eco-savings-counter></eco-savings-counter>
        <p><button class="primary" type="submit">Place order</button></p>
      </aside>
    </form>`,
  play: async ({ canvasElement }) => {
    const options = canvasElement.querySelector('eco-delivery-options') as EcoDeliveryOptions;
    await options.updateComplete;
    options.shadowRoot?.querySelector<HTMLElement>('[data-id="bike"]')?.click();
    await options.updateComplete;
    await expect(options.value).toBe('bike');
    const provider = canvasElement.closest('eco-provider') ?? canvasElement.querySelector('eco-provider');
    await expect((provider as EcoProvider | null)?.ledger.entries().some((e) => e.reason === 'delivery')).toBe(true);
  },
};

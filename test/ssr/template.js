// The page fragment a marketplace renders on the server and hydrates in the browser: the same function, the same data.
import { html } from 'lit';

/**
 * @param {{ locale: string, theme: string, product: object, pactProduct: object }} data
 * The first badge uses attributes only (the simplest server case); the second gets `.product` (a property),
 * which the client restores by hydrating this same template before the elements are defined; the third's figure
 * comes from its supplier's PACT document, which needs the validators (`loadValidators()`) on both sides.
 */
export const page = (data) => html`
  <eco-provider locale=${data.locale} theme=${data.theme} currency="EUR">
    <article class="card">
      <h2>Organic crew tee</h2>
      <eco-footprint-badge id="compact" product-id="tee-organic" name="Organic crew tee" category="apparel.t-shirt"
        weight-grams="180" materials="organic-cotton:1" origin="PT" price="24" currency="EUR"></eco-footprint-badge>
    </article>
    <article class="card">
      <h2>${data.product.name}</h2>
      <eco-footprint-badge id="full" variant="full" .product=${data.product}></eco-footprint-badge>
    </article>
    <article class="card">
      <h2>${data.pactProduct.name}</h2>
      <eco-footprint-badge id="pact" variant="full" .product=${data.pactProduct}></eco-footprint-badge>
    </article>
  </eco-provider>
`;

import { expect, fixture, html, oneEvent } from '@open-wc/testing';
// A checkout page of delivery options and the savings counter (src/pages/checkout.ts without <eco-order-footprint>,
// which estimates the cart's lines and so brings the category table): no element or engine module that estimates
// products, so the bundled dataset's category table (src/data/categories.ts) is not loaded.
import '../../src/define/context-root.js';
import '../../src/pages/checkout-provider.js';
import '../../src/define/delivery-options.js';
import '../../src/define/savings-counter.js';
import { bundledDataset, hasCategories } from '../../src/data/core.js';
import type { EcoProvider } from '../../src/components/provider/provider.js';
import type { EcoFactorsLoadEvent } from '../../src/events/index.js';

const text = (el: Element, sel: string) => (el.shadowRoot?.querySelector(sel)?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('checkout page data (issue 15: the dataset split)', () => {
  it('renders delivery options and the savings counter without the category table', async () => {
    const provider = await fixture<EcoProvider>(html`<eco-provider>
      <eco-delivery-options parcel-weight-grams="900"><option value="home" data-kind="home">Home</option><option value="locker" data-kind="locker">Locker</option></eco-delivery-options>
      <eco-savings-counter saved-grams="1500" community-grams="500000000000"></eco-savings-counter>
    </eco-provider>`);
    const delivery = provider.querySelector('eco-delivery-options')!;
    const savings = provider.querySelector('eco-savings-counter')!;
    await (delivery as unknown as { updateComplete: Promise<boolean> }).updateComplete;
    await (savings as unknown as { updateComplete: Promise<boolean> }).updateComplete;
    expect(text(delivery, '[part~="option-co2e"]')).to.match(/\d.*g CO₂e/);
    expect(text(savings, '[part~="value"]')).to.match(/\d/);
    expect(hasCategories()).to.equal(false);
    expect(Object.keys(bundledDataset.categories)).to.deep.equal([]);
    expect(Object.keys(bundledDataset.delivery.perParcel)).to.include('home');
  });

  it('a merchant partial dataset loads the category table first and merges onto the complete bundled dataset', async () => {
    const provider = await fixture<EcoProvider>(html`<eco-provider></eco-provider>`);
    const loaded = oneEvent(provider, 'eco-factors-load') as Promise<EcoFactorsLoadEvent>;
    provider.factors = { grid: { XK: { value: 800, unit: 'g CO2e/kWh', source: 'owid-ember' } } };
    expect((await loaded).detail.origin).to.equal('property');
    const ds = provider.activeDataset!;
    expect(ds.grid.XK!.value).to.equal(800);
    expect(ds.categories['apparel.t-shirt']!.label).to.equal('T-shirt');
    expect(hasCategories()).to.equal(true);
    expect(Object.keys(bundledDataset.categories).length).to.be.greaterThan(50);
  });
});

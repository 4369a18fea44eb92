// The elements as a page gets them (src/define/*): the engine's full validators are not loaded until an input needs
// them. The tests run in order and share that page-wide state: the first one must not load them.
import { expect, fixture, fixtureSync, html, oneEvent } from '@open-wc/testing';
import '../../src/define/all.js';
import type { EcoFootprintBadge } from '../../src/components/footprint-badge/footprint-badge.js';
import type { EcoAlternatives } from '../../src/components/alternatives/alternatives.js';
import type { EcoDeliveryOptions } from '../../src/components/delivery-options/delivery-options.js';
import type { EcoSellerBadge } from '../../src/components/seller-badge/seller-badge.js';
import type { EcoProvider } from '../../src/components/provider/provider.js';
import type { EcoErrorEvent } from '../../src/events/index.js';
import { validatorsLoaded } from '../../src/engine/validate.js';
import { resetDevWarnings } from '../../src/internal/dev-warn.js';
import { fixtureDataset } from '../helpers/dataset.fixture.js';
import { deliveryOptions, parcel, runner, runnerCandidates, tee, teeCandidates } from '../../stories/data.js';

const text = (el: Element, sel: string) => el.shadowRoot!.querySelector(sel)?.textContent?.replace(/\s+/g, ' ').trim();

describe('validators loaded on demand by the elements', () => {
  beforeEach(() => resetDevWarnings());

  it('renders common valid inputs at once, without loading the validators', async () => {
    const errors: string[] = [];
    const el = await fixture<HTMLDivElement>(html`<div @eco-error=${(e: EcoErrorEvent) => errors.push(e.detail.code)}>
      <eco-footprint-badge category="apparel.t-shirt" weight-grams="180" materials="cotton:0.95,elastane:0.05" origin="PT" price="24" currency="EUR"></eco-footprint-badge>
      <eco-footprint-badge declared-grams="4200" category="apparel.t-shirt"></eco-footprint-badge>
      <eco-alternatives .product=${runner} .candidates=${runnerCandidates}></eco-alternatives>
      <eco-delivery-options .options=${deliveryOptions} .parcel=${parcel}></eco-delivery-options>
      <eco-seller-badge emissions-kg="120000" revenue="5000000" currency="EUR" year="2024" sector="apparel"></eco-seller-badge>
    </div>`);
    const [plain, declared] = [...el.querySelectorAll<EcoFootprintBadge>('eco-footprint-badge')];
    for (const b of [plain, declared]) await b!.updateComplete;
    expect(plain!.footprint?.method).to.equal('activity');
    expect(declared!.footprint?.method).to.equal('declared');
    const alts = el.querySelector<EcoAlternatives>('eco-alternatives')!;
    await alts.updateComplete;
    expect(alts.shadowRoot!.querySelectorAll('[part~="item"]').length).to.be.greaterThan(0);
    const delivery = el.querySelector<EcoDeliveryOptions>('eco-delivery-options')!;
    await delivery.updateComplete;
    expect(text(delivery, '[part~="option"]')).to.match(/g|kg/);
    const seller = el.querySelector<EcoSellerBadge>('eco-seller-badge')!;
    await seller.updateComplete;
    expect(seller.intensity?.co2eGrams).to.equal(1.2e8);
    expect(errors).to.deep.equal([]);
    expect(validatorsLoaded()).to.equal(false);
  });

  it('loads them for input only they can judge (a merchant dataset, invalid input), then reports it as before', async () => {
    expect(validatorsLoaded()).to.equal(false);
    const provider = fixtureSync<EcoProvider>(html`<eco-provider .factors=${fixtureDataset}>
      <eco-footprint-badge .product=${{ category: 'apparel.t-shirt', weightGrams: -1 }}></eco-footprint-badge>
      <eco-alternatives .product=${tee} .candidates=${[...teeCandidates, { id: 'odd', name: 'Odd', category: 'apparel.t-shirt', weightGrams: '90' }]}></eco-alternatives>
    </eco-provider>`);
    const badge = provider.querySelector<EcoFootprintBadge>('eco-footprint-badge')!;
    const alts = provider.querySelector<EcoAlternatives>('eco-alternatives')!;
    const badgeError = oneEvent(badge, 'eco-error') as Promise<EcoErrorEvent>;
    const altsError = oneEvent(alts, 'eco-error') as Promise<EcoErrorEvent>;
    const loaded = oneEvent(provider, 'eco-factors-load');
    const { detail } = await badgeError;
    expect(detail.code).to.equal('INVALID_PRODUCT');
    expect(detail.issues).to.deep.equal([{ path: 'weightGrams', message: 'Must be greater than 0.' }]);
    const alt = (await altsError).detail;
    expect(alt.code).to.equal('INVALID_PRODUCT');
    expect(alt.issues).to.deep.equal([{ path: `candidates.${teeCandidates.length}.weightGrams`, message: 'Expected a number, got a string.' }]);
    // the merchant dataset was validated too, and the elements moved to it
    expect((await loaded).detail.datasetId).to.equal('fixture');
    await badge.updateComplete;
    await alts.updateComplete;
    expect(validatorsLoaded()).to.equal(true);
    expect(badge.footprint).to.equal(undefined);
    expect(text(badge, '[part~="base"]')).to.equal('Estimate unavailable');
    expect(alts.shadowRoot!.querySelectorAll('[part~="item"]').length).to.be.greaterThan(0);
  });
});

import { expect, fixture, html } from '@open-wc/testing';
import { en } from '../../src/i18n/en.js';
import { messagesFor, registerMessages } from '../../src/i18n/registry.js';
import { getMessages } from '../../src/i18n/all-messages.js';
import type { Messages } from '../../src/i18n/messages.js';
import { fixtureDataset } from '../helpers/dataset.fixture.js';

// This page loads element modules one by one (dynamic imports): each brings its own English, and `getMessages()`
// (the merchants' API) always answers with the whole catalog. Nothing here imports an element statically.

const has = (m: Messages, key: string) => (m as unknown as Record<string, unknown>)[key] !== undefined;

describe('English catalog split by element', () => {
  it('before any element loads, elements see only the shared core', () => {
    const m = messagesFor('en');
    expect(m.withUnit('4 kg')).to.equal('4 kg CO₂e');
    expect(m.estimateUnavailable).to.equal(en.estimateUnavailable);
    expect(has(m, 'footprintLong')).to.equal(false);
    expect(has(m, 'switchAction')).to.equal(false);
  });

  it('loading the badge adds its English and the product wording, not other elements’', async () => {
    await import('../../src/define/badge-only.js');
    const m = messagesFor('de-CH');
    expect(m.compareTypical('T-shirt')).to.equal('About typical for a T-shirt');
    expect(m.methods.declared).to.equal('Declared by the supplier');
    for (const key of ['switchAction', 'savingsHeading', 'deliveryLegend', 'sellerUnavailable', 'free', 'megatonnes']) {
      expect(has(m, key), key).to.equal(false);
    }
    // and the badge renders with it
    const el = await fixture<HTMLElement>(html`<eco-provider .factors=${fixtureDataset}
      ><eco-footprint-badge category="apparel.t-shirt" weight-grams="200"></eco-footprint-badge
    ></eco-provider>`);
    const badge = el.querySelector('eco-footprint-badge')!;
    await (badge as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    expect(badge.shadowRoot!.textContent).to.include('CO₂e');
  });

  it('a merchant’s English keys win over an element’s English loaded later', async () => {
    registerMessages('en', { switchAction: 'Swap' });
    await import('../../src/define/alternatives.js');
    const m = messagesFor('en');
    expect(m.switchAction).to.equal('Swap');
    expect(m.alternativesHeading).to.equal(en.alternativesHeading);
  });

  it('loading the order footprint adds its own English, the delivery kinds and the saving reasons, not its neighbours’', async () => {
    await import('../../src/define/order-footprint.js');
    const m = messagesFor('en');
    expect(m.orderHeading).to.equal('Footprint of this order');
    expect(m.deliveryKinds.locker).to.equal('Parcel locker');
    expect(m.reasons.packaging).to.equal('Less packaging');
    for (const key of ['deliveryLegend', 'free', 'packagingOptOut', 'savingsHeading', 'megatonnes', 'communityLabel']) {
      expect(has(m, key), key).to.equal(false);
    }
  });

  it('getMessages() answers with the complete catalog whatever has loaded', () => {
    const m = getMessages('en');
    for (const key of Object.keys(en)) expect(has(m, key), key).to.equal(true);
    expect(m.free).to.equal('Free');
    expect(m.sellerUnavailable).to.equal(en.sellerUnavailable);
    expect(m.switchAction).to.equal('Swap');
  });
});

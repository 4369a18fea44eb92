import { elementUpdated, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/define/provider.js';
import '../../src/define/order-footprint.js';
import '../../src/define/delivery-options.js';
import '../../src/define/savings-counter.js';
import type { EcoOrderFootprint, OrderLine } from '../../src/components/order-footprint/order-footprint.js';
import type { EcoDeliveryOptions } from '../../src/components/delivery-options/delivery-options.js';
import type { EcoSavingsCounter } from '../../src/components/savings-counter/savings-counter.js';
import type { EcoProvider } from '../../src/components/provider/provider.js';
import type { EcoErrorEvent } from '../../src/events/error.js';
import { estimateOrder } from '../../src/engine/index.js';
import { resetDevWarnings } from '../../src/internal/dev-warn.js';
import { fixtureDataset } from '../helpers/dataset.fixture.js';
import { withProvider } from '../helpers/with-provider.js';

// Fixture: a T-shirt's category figure is 5 000 g; 50 %-recycled cotton makes it 4 200 g. Delivery per parcel:
// home 200 g, locker 100 g; cardboard 1 000 g CO2e/kg; a smartphone charge 0.01 kWh × 400 g/kWh = 4 g; a car km 200 g.
const plain = { id: 'plain', name: 'Plain tee', category: 'apparel.t-shirt' };
const recycled = { id: 'rec', name: 'Recycled tee', category: 'apparel.t-shirt', materials: [{ material: 'cotton', share: 1, recycledShare: 0.5 }] };
const lines: OrderLine[] = [{ product: plain, quantity: 2 }, { product: recycled }];
const options = [
  { id: 'home', kind: 'home' as const, label: 'Standard delivery' },
  { id: 'locker', kind: 'locker' as const, label: 'Parcel locker' },
];

const root = (el: HTMLElement) => el.shadowRoot!;
const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
const part = (el: HTMLElement, name: string) => root(el).querySelector(`[part~="${name}"]`);
const rows = (el: HTMLElement) => [...root(el).querySelectorAll('[part~="line"]')].map(text);

async function tryEmulate(media: Parameters<typeof emulateMedia>[0]): Promise<boolean> {
  try {
    await emulateMedia(media);
    return true;
  } catch {
    return false;
  }
}

/** The first eco-error of an element rendered with `tpl` (listener in place before it upgrades). */
async function firstError(tpl: ReturnType<typeof html>): Promise<{ el: EcoOrderFootprint; error: EcoErrorEvent['detail'] }> {
  const errors: EcoErrorEvent['detail'][] = [];
  const onError = (e: Event) => errors.push((e as EcoErrorEvent).detail);
  document.addEventListener('eco-error', onError);
  try {
    const el = await withProvider<EcoOrderFootprint>(tpl);
    await waitUntil(() => errors.length > 0, 'no eco-error', { timeout: 10000 });
    return { el, error: errors[0]! };
  } finally {
    document.removeEventListener('eco-error', onError);
  }
}

describe('<eco-order-footprint>', () => {
  beforeEach(() => resetDevWarnings());

  it('shows the order total with its likely range, each line with its quantity, and no saving before any choice', async () => {
    const el = await withProvider<EcoOrderFootprint>(html`<eco-order-footprint .lines=${lines}></eco-order-footprint>`);
    expect(text(part(el, 'heading'))).to.equal('Footprint of this order');
    // 2 × 5 000 + 4 200 g
    expect(text(part(el, 'value'))).to.equal('14 kg CO₂e');
    const r = estimateOrder({ lines: [{ product: plain, quantity: 2 }, { product: recycled, quantity: 1 }] }, { dataset: fixtureDataset });
    expect(el.order!.co2eGrams).to.be.closeTo(14200, 1e-6);
    expect([el.order!.lowGrams, el.order!.highGrams]).to.deep.equal([r.lowGrams, r.highGrams]);
    expect(text(part(el, 'range'))).to.match(/^Likely range: \d+(\.\d)?–\d+ kg CO₂e$/);
    expect(text(root(el).querySelector('.visually-hidden'))).to.match(/^Estimated footprint of this order: 14 kilograms \(likely range [\d.]+ to \d+\)$/);
    expect(rows(el)).to.deep.equal(['Plain tee × 2 10 kg CO₂e', 'Recycled tee 4.2 kg CO₂e']);
    expect(part(el, 'savings')).to.equal(null);
  });

  it('updates when the lines change, and says so when the order is empty', async () => {
    const el = await withProvider<EcoOrderFootprint>(html`<eco-order-footprint .lines=${lines}></eco-order-footprint>`);
    el.lines = [{ product: plain, quantity: 1 }];
    await elementUpdated(el);
    expect(text(part(el, 'value'))).to.equal('5 kg CO₂e');
    el.lines = [];
    await elementUpdated(el);
    expect(text(part(el, 'status'))).to.equal('No items in this order yet');
  });

  it('counts the chosen delivery and the declined packaging, with the saving split and an everyday equivalent', async () => {
    const el = await withProvider<EcoOrderFootprint>(html`<eco-order-footprint .lines=${[{ product: plain }]} delivery="locker" packaging-opt-out packaging-weight-grams="200"></eco-order-footprint>`);
    expect(el.order!.co2eGrams).to.be.closeTo(5000 + 100 - 200, 1e-6);
    expect(rows(el)).to.deep.equal(['Plain tee 5 kg CO₂e', 'Delivery: Parcel locker 100 g CO₂e', 'Without extra packaging −200 g CO₂e']);
    expect(text(part(el, 'savings'))).to.equal('Your choices save 300 g CO₂e Delivery choice 100 g CO₂e · Less packaging 200 g CO₂e');
    // 300 g = 1.5 car km
    expect(text(part(el, 'equivalent'))).to.equal('About as much as driving 1.5 km in an average car');
    el.delivery = 'home';
    el.packagingOptOut = false;
    await elementUpdated(el);
    expect(el.order!.co2eGrams).to.be.closeTo(5200, 1e-6);
    expect(part(el, 'savings')).to.equal(null);
  });

  it('follows the delivery options on the page: the choice and the packaging opt-out reach the order, the ledger and the counter', async () => {
    const provider = await fixture<EcoProvider>(html`<eco-provider .factors=${fixtureDataset} locale="en" style="--eco-duration-slow:0s">
      <eco-order-footprint .lines=${[{ product: plain }]}></eco-order-footprint>
      <eco-delivery-options .options=${options} packaging-weight-grams="200"></eco-delivery-options>
      <eco-savings-counter></eco-savings-counter>
    </eco-provider>`);
    const order = provider.querySelector('eco-order-footprint')!;
    const delivery = provider.querySelector<EcoDeliveryOptions>('eco-delivery-options')!;
    const counter = provider.querySelector<EcoSavingsCounter>('eco-savings-counter')!;
    await Promise.all([order.updateComplete, delivery.updateComplete, counter.updateComplete]);
    expect(order.order!.delivery).to.equal(undefined);
    root(delivery).querySelector<HTMLElement>('[data-id="locker"]')!.click();
    await waitUntil(() => order.order?.delivery?.kind === 'locker', 'the order did not follow the delivery choice', { timeout: 10000 });
    await elementUpdated(order);
    expect(rows(order)).to.include('Delivery: Parcel locker 100 g CO₂e');
    // the delivery options say what the choice saves, with an equivalent (100 g = 25 charges of 4 g)
    expect(text(part(delivery, 'saving'))).to.equal('Your choice saves 100 g CO₂e · About as much as 25 smartphone charges');
    root(delivery).querySelector<HTMLInputElement>('input[type="checkbox"]')!.click();
    await waitUntil(() => order.order?.packagingGrams === 200, 'the order did not follow the packaging opt-out', { timeout: 10000 });
    await waitUntil(() => provider.ledger.totals().pendingByReason.packaging === 200, 'the packaging saving did not reach the ledger (pending until the order is placed)', { timeout: 10000 });
    await elementUpdated(order);
    expect(text(part(order, 'savings'))).to.equal('Your choices save 300 g CO₂e Delivery choice 100 g CO₂e · Less packaging 200 g CO₂e');
    await waitUntil(() => text(root(counter).querySelector('.reasons')).includes('Less packaging'), 'the counter shows no packaging saving', { timeout: 10000 });
    expect(text(root(counter).querySelector('.reasons'))).to.include('200 g');
    // the order and the ledger's current (pending) order agree
    expect(provider.ledger.totals().pendingGrams).to.be.closeTo(order.order!.savedGrams, 1e-6);
  });

  it('a cancelled delivery choice is not followed', async () => {
    const provider = await fixture<EcoProvider>(html`<eco-provider .factors=${fixtureDataset} locale="en">
      <eco-order-footprint .lines=${[{ product: plain }]} delivery="home"></eco-order-footprint>
      <eco-delivery-options .options=${options} value="home"></eco-delivery-options>
    </eco-provider>`);
    const order = provider.querySelector('eco-order-footprint')!;
    const delivery = provider.querySelector<EcoDeliveryOptions>('eco-delivery-options')!;
    await Promise.all([order.updateComplete, delivery.updateComplete]);
    delivery.addEventListener('eco-delivery-select', (e) => e.preventDefault(), { once: true });
    root(delivery).querySelector<HTMLElement>('[data-id="locker"]')!.click();
    await new Promise((r) => setTimeout(r, 0));
    await elementUpdated(order);
    expect(order.delivery).to.equal('home');
  });

  it('speaks German with the provider (glossary: Bereich)', async () => {
    const el = await withProvider<EcoOrderFootprint>(html`<eco-order-footprint .lines=${lines} delivery="locker"></eco-order-footprint>`, { locale: 'de' });
    await waitUntil(() => text(part(el, 'heading')) === 'Fußabdruck dieser Bestellung', undefined, { timeout: 10000 });
    expect(text(part(el, 'value'))).to.equal('14 kg CO₂e');
    expect(text(part(el, 'range'))).to.match(/^Wahrscheinlicher Bereich: [\d,]+–\d+ kg CO₂e$/);
    expect(rows(el)[2]).to.match(/^Versand: /);
  });

  describe('hostile input: never throws, eco-error with paths, the neutral state', () => {
    it('a product of an unknown category names its line', async () => {
      const { el, error } = await firstError(html`<eco-order-footprint .lines=${[{ product: plain }, { product: { category: 'apparel.toga' } }]}></eco-order-footprint>`);
      expect([error.code, error.issues[0]!.path]).to.deep.equal(['UNKNOWN_CATEGORY', 'lines.1.product.category']);
      expect(text(part(el, 'status'))).to.equal('Estimate unavailable');
      expect(part(el, 'value')).to.equal(null);
    });

    it('a negative quantity, a line that is not an object, lines that are not an array', async () => {
      const q = await firstError(html`<eco-order-footprint .lines=${[{ product: plain, quantity: -1 }]}></eco-order-footprint>`);
      expect([q.error.code, q.error.issues[0]!.path]).to.deep.equal(['INVALID_ARGUMENT', 'lines.0.quantity']);
      const n = await firstError(html`<eco-order-footprint .lines=${[null]}></eco-order-footprint>`);
      expect([n.error.code, n.error.issues[0]!.path]).to.deep.equal(['INVALID_PRODUCT', 'lines.0']);
      const s = await firstError(html`<eco-order-footprint .lines=${'tee' as never}></eco-order-footprint>`);
      expect([s.error.code, s.error.issues[0]!.path]).to.deep.equal(['INVALID_PRODUCT', 'lines']);
    });

    it('throwing getters, revoked proxies and too many lines', async () => {
      const revoked = Proxy.revocable({}, {});
      revoked.revoke();
      const g = await firstError(html`<eco-order-footprint .lines=${[{ get product() { throw new Error('boom'); } }]}></eco-order-footprint>`);
      expect([g.error.code, g.error.issues[0]!.path]).to.deep.equal(['INVALID_PRODUCT', 'lines.0']);
      const p = await firstError(html`<eco-order-footprint .lines=${[revoked.proxy]}></eco-order-footprint>`);
      expect(p.error.code).to.equal('INVALID_PRODUCT');
      const big = await firstError(html`<eco-order-footprint .lines=${Array.from({ length: 1001 }, () => ({ product: plain }))}></eco-order-footprint>`);
      expect([big.error.code, big.error.issues[0]!.path]).to.deep.equal(['TOO_LARGE', 'lines']);
    });

    it('an unknown delivery kind: INVALID_ATTRIBUTE, and the order without a delivery', async () => {
      const { el, error } = await firstError(html`<eco-order-footprint .lines=${[{ product: plain }]} delivery="drone"></eco-order-footprint>`);
      expect([error.code, error.issues[0]!.path]).to.deep.equal(['INVALID_ATTRIBUTE', 'delivery']);
      await elementUpdated(el);
      expect(el.delivery).to.equal('');
      expect(text(part(el, 'value'))).to.equal('5 kg CO₂e');
    });

    it('an unknown packaging material: UNKNOWN_MATERIAL', async () => {
      const { error } = await firstError(html`<eco-order-footprint .lines=${[{ product: plain }]} packaging-opt-out packaging-weight-grams="10" packaging-material="unobtainium"></eco-order-footprint>`);
      expect([error.code, error.issues[0]!.path]).to.deep.equal(['UNKNOWN_MATERIAL', 'packaging.material']);
    });

    it('a page script\'s events with hostile details change nothing and throw nothing', async () => {
      const el = await withProvider<EcoOrderFootprint>(html`<eco-order-footprint .lines=${[{ product: plain }]} delivery="home"></eco-order-footprint>`);
      const hostile = { get kind(): never { throw new Error('boom'); }, get optedOut(): never { throw new Error('boom'); } };
      document.dispatchEvent(new CustomEvent('eco-delivery-select', { detail: hostile }));
      document.dispatchEvent(new CustomEvent('eco-delivery-select', { detail: { kind: 'drone' } }));
      document.dispatchEvent(new CustomEvent('eco-packaging-change', { detail: hostile }));
      await new Promise((r) => setTimeout(r, 0));
      await elementUpdated(el);
      expect(el.delivery).to.equal('home');
      expect(el.packagingOptOut).to.equal(false);
      expect(text(part(el, 'value'))).to.equal('5.2 kg CO₂e');
    });
  });

  describe('layout and accessibility', () => {
    it('never overflows at 320 px, in German, with long names', async () => {
      const long = [{ product: { ...plain, name: 'Extra langes Bio-Baumwoll-T-Shirt mit Rundhalsausschnitt, unisex, Größe XXL' }, quantity: 12 }, { product: recycled }];
      const host = await fixture<HTMLDivElement>(html`<div style="inline-size:320px"><eco-provider .factors=${fixtureDataset} locale="de"
        ><eco-order-footprint .lines=${long} delivery="locker" packaging-opt-out packaging-weight-grams="200"></eco-order-footprint
      ></eco-provider></div>`);
      const el = host.querySelector('eco-order-footprint')!;
      await waitUntil(() => text(part(el, 'heading')) === 'Fußabdruck dieser Bestellung', undefined, { timeout: 10000 });
      expect(host.scrollWidth).to.be.at.most(320);
      const base = part(el, 'base') as HTMLElement;
      expect(base.scrollWidth).to.be.at.most(base.clientWidth + 1);
      for (const n of root(el).querySelectorAll('.nw')) expect((n as HTMLElement).getClientRects().length, text(n)).to.equal(1);
    });

    for (const theme of ['light', 'dark'] as const) {
      it(`passes axe with theme="${theme}" (lines, delivery, packaging, savings)`, async function () {
        this.timeout(120000); // axe (loaded on first use) is slow on a loaded machine; this checks findings, not speed
        const el = await withProvider<EcoOrderFootprint>(html`<eco-order-footprint .lines=${lines} delivery="locker" packaging-opt-out packaging-weight-grams="200"></eco-order-footprint>`, { theme });
        await expect(el).to.be.accessible();
      });
    }

    it('passes axe with theme="auto" under an emulated dark colour scheme (where the browser can emulate it)', async function () {
      this.timeout(120000);
      if (!(await tryEmulate({ colorScheme: 'dark' }))) this.skip();
      try {
        const el = await withProvider<EcoOrderFootprint>(html`<eco-order-footprint .lines=${lines} delivery="locker"></eco-order-footprint>`);
        await expect(el).to.be.accessible();
      } finally {
        await tryEmulate({ colorScheme: 'light' });
      }
    });
  });
});

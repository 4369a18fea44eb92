/**
 * `provider.ledger` while the persisting ledger (./ledger.ts) loads on demand (a listing or product page with
 * `<eco-provider persist>`): one object for the provider's life, whose calls made before the storage arrives are applied
 * on top of what storage holds. The two faults a review found in the first attempt (reverted as 1c4a21d) each have a
 * test here that fails without the fix:
 * 1. `placeOrder()` before the storage arrived did not credit the pending choices an earlier page stored;
 * 2. a `provider.ledger` reference taken before the storage arrived stopped being saved (the object was swapped).
 */
import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import '../../src/define/all.js';
import type { EcoProvider } from '../../src/components/provider/provider.js';
import { ledgerStorage } from '../../src/components/provider/ledger-core.js';
import { LEDGER_STORAGE_KEY, useLedgerStorage } from '../../src/components/provider/ledger.js';
import type { EcoSavingsChangeEvent } from '../../src/events/index.js';
import { EcoDeliverySelectEvent } from '../../src/events/index.js';
import { resetDevWarnings } from '../../src/internal/dev-warn.js';

type Row = [string, string, number, 1?];
const rows = () => (JSON.parse(localStorage.getItem(LEDGER_STORAGE_KEY) ?? '{"entries":[]}') as { entries: Row[] }).entries;
const settled = () => new Promise<void>((r) => setTimeout(r));

describe('provider.ledger with the storage on demand', function () {
  this.timeout(30000);
  const saved = { module: ledgerStorage.module, load: ledgerStorage.load };
  /** Lets the storage module arrive (as a chunk loaded on demand would). */
  let arrive: () => void;
  /** Makes it fail to load. */
  let fail: (e: Error) => void;
  let loads = 0;

  beforeEach(() => {
    resetDevWarnings();
    localStorage.removeItem(LEDGER_STORAGE_KEY);
    loads = 0;
    // the page has not loaded the persisting ledger: a provider with persist loads it on demand, and it arrives when
    // the test says so
    ledgerStorage.module = undefined;
    const gate = new Promise<void>((resolve, reject) => {
      arrive = resolve;
      fail = reject;
    });
    ledgerStorage.load = () => {
      loads++;
      return gate.then(() => useLedgerStorage());
    };
  });
  afterEach(() => {
    fixtureCleanup();
    ledgerStorage.module = saved.module;
    ledgerStorage.load = saved.load;
    localStorage.removeItem(LEDGER_STORAGE_KEY);
  });

  const mount = async () => {
    const el = await fixture<EcoProvider>(html`<eco-provider persist locale="en"><eco-savings-counter></eco-savings-counter></eco-provider>`);
    await el.updateComplete;
    return el;
  };

  it('review fault 1: placeOrder() before the storage arrives credits the pending choices an earlier page stored, and those made meanwhile, once', async () => {
    // the product page stored a pending swap; the shopper ends on a page whose provider loads the storage on demand
    localStorage.setItem(LEDGER_STORAGE_KEY, JSON.stringify({ v: 1, entries: [['swaps', 'tee', 1200, 1]] }));
    const el = await mount();
    expect(loads).to.equal(1);
    el.dispatchEvent(new EcoDeliverySelectEvent({ optionId: 'locker', co2eGrams: 1, savedGrams: 70 }));
    await settled();
    expect(el.ledger.totals()).to.include({ savedGrams: 0, pendingGrams: 70 }); // answered at once, from this page
    expect(el.placeOrder().savedGrams, 'what this page knows before the storage arrives').to.equal(70);
    el.ledger.record({ reason: 'swaps', key: 'mug', savedGrams: 300, pending: true }); // the next order's choice
    expect(rows(), 'nothing written before the storage arrives').to.deep.equal([['swaps', 'tee', 1200, 1]]);

    const seen: EcoSavingsChangeEvent['detail'][] = [];
    el.addEventListener('eco-savings-change', (e) => seen.push((e as EcoSavingsChangeEvent).detail));
    arrive();
    await waitUntil(() => seen.length > 0, 'eco-savings-change with the merged totals', { timeout: 10000 });
    // the stored pending swap and this page's delivery were credited by the order placed meanwhile; the mug is pending
    expect(seen.at(-1)).to.deep.include({ savedGrams: 1270, pendingGrams: 300 });
    expect(el.ledger.totals()).to.deep.include({ savedGrams: 1270, byReason: { swaps: 1200, delivery: 70, packaging: 0 }, pendingGrams: 300 });
    const stored = rows();
    expect(stored.filter((r) => r[3] === 1)).to.deep.equal([['swaps', 'mug', 300, 1]]);
    expect(stored.filter((r) => r[3] !== 1).map((r) => [r[0], r[1].replace(/#.*/, '#'), r[2]])).to.have.deep.members([
      ['swaps', 'tee#', 1200],
      ['delivery', 'delivery#', 70],
    ]);
    // the savings counter shows the merged totals
    const counter = el.querySelector('eco-savings-counter')!;
    await waitUntil(() => /1\.3\s*kg/.test(counter.shadowRoot?.textContent ?? ''), 'the counter to show 1.3 kg saved', { timeout: 10000 });

    // a later page reads the same: nothing lost, nothing credited twice
    fixtureCleanup();
    ledgerStorage.module = saved.module;
    const next = await fixture<EcoProvider>(html`<eco-provider persist></eco-provider>`);
    await next.updateComplete;
    expect(next.ledger.totals()).to.include({ savedGrams: 1270, pendingGrams: 300 });
  });

  it('review fault 2: a provider.ledger reference taken before the storage arrives is the same object after, and stays saved', async () => {
    const el = await mount();
    const ledger = el.ledger;
    const counter = el.querySelector('eco-savings-counter')!;
    arrive();
    await waitUntil(() => !!ledgerStorage.module, 'the storage module', { timeout: 10000 });
    await settled();
    expect(el.ledger).to.equal(ledger);
    ledger.record({ reason: 'swaps', key: 'mug', savedGrams: 300, pending: true });
    expect(rows()).to.deep.equal([['swaps', 'mug', 300, 1]]);
    expect(ledger.placeOrder().savedGrams).to.equal(300);
    expect(rows().map((r) => [r[0], r[1].replace(/#.*/, '#'), r[2], r[3]])).to.deep.equal([['swaps', 'mug#', 300, undefined]]);
    // a consumer subscribed before the storage arrived still hears the changes
    await waitUntil(() => /300\s*g/.test(counter.shadowRoot?.textContent ?? ''), 'the counter to show 300 g saved', { timeout: 10000 });
  });

  it('an order another tab placed while the storage was loading is not credited again', async () => {
    localStorage.setItem(LEDGER_STORAGE_KEY, JSON.stringify({ v: 1, entries: [['swaps', 'tee', 1200, 1]] }));
    const el = await mount();
    el.placeOrder();
    // meanwhile the other tab placed the order holding the stored swap
    localStorage.setItem(LEDGER_STORAGE_KEY, JSON.stringify({ v: 1, entries: [['swaps', 'tee#other', 1200]] }));
    arrive();
    await waitUntil(() => !!ledgerStorage.module, 'the storage module', { timeout: 10000 });
    await settled();
    expect(el.ledger.totals()).to.include({ savedGrams: 1200, pendingGrams: 0 });
    expect(rows()).to.deep.equal([['swaps', 'tee#other', 1200]]);
  });

  it('a storage chunk that fails to load keeps the ledger in memory (nothing lost) and warns once', async () => {
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (...a: unknown[]) => void warnings.push(String(a[0]));
    try {
      const el = await mount();
      const two = await fixture<EcoProvider>(html`<eco-provider persist></eco-provider>`);
      await two.updateComplete;
      el.ledger.record({ reason: 'swaps', key: 'mug', savedGrams: 300, pending: true });
      fail(new TypeError('Failed to fetch dynamically imported module: ledger.js'));
      await waitUntil(() => warnings.length > 0, 'the warning', { timeout: 10000 });
      await settled();
      expect(warnings.filter((w) => w.includes('ledger-not-persisted'))).to.have.length(1);
      expect(el.ledger.totals()).to.include({ pendingGrams: 300 });
      el.ledger.record({ reason: 'delivery', key: 'delivery', savedGrams: 70, pending: true });
      expect(el.placeOrder().savedGrams).to.equal(370);
      expect(el.ledger.totals()).to.include({ savedGrams: 370, pendingGrams: 0 });
      expect(localStorage.getItem(LEDGER_STORAGE_KEY)).to.equal(null);
    } finally {
      console.warn = warn;
    }
  });

  it('persist switched off before the storage arrives: the ledger stays in memory and nothing is stored', async () => {
    const el = await mount();
    const ledger = el.ledger;
    el.persist = false;
    await el.updateComplete;
    ledger.record({ reason: 'swaps', key: 'mug', savedGrams: 300, pending: true });
    arrive();
    await settled();
    await settled();
    expect(localStorage.getItem(LEDGER_STORAGE_KEY)).to.equal(null);
    expect(el.ledger).to.equal(ledger);
    expect(ledger.totals()).to.include({ pendingGrams: 300 });
  });

  it('with the storage up front (the checkout: its savings counter), the stored totals are there at the first update', async () => {
    ledgerStorage.module = saved.module;
    localStorage.setItem(LEDGER_STORAGE_KEY, JSON.stringify({ v: 1, entries: [['swaps', 'tee', 1200]] }));
    const el = await mount();
    expect(loads).to.equal(0);
    expect(el.ledger.totals()).to.include({ savedGrams: 1200 });
  });
});

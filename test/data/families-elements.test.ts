import { expect, fixtureSync, html, waitUntil } from '@open-wc/testing';
// The product and checkout page entries' definitions (src/pages/): the provider without the category table, the
// alternatives and the order footprint loading the bundled categories by family. Nothing here imports the whole table.
import '../../src/define/context-root.js';
import '../../src/pages/checkout-provider.js';
import '../../src/pages/product-alternatives.js';
import '../../src/pages/checkout-order.js';
import { useFamilies as alternativesFamilies, type EcoAlternatives } from '../../src/components/alternatives/alternatives.js';
import { useFamilies as orderFamilies, type EcoOrderFootprint } from '../../src/components/order-footprint/order-footprint.js';
import type { EcoErrorEvent } from '../../src/events/error.js';
import { hasFamily } from '../../src/data/core.js';
import { loadFamilies } from '../../src/data/families.js';

const text = (n: Element | ShadowRoot | null | undefined) => (n?.textContent ?? '').replace(/\s+/g, ' ').trim();
const part = (el: HTMLElement, name: string) => el.shadowRoot!.querySelector(`[part~="${name}"]`);

/** The real family loader, held back until `release()`: the elements' loading state can be seen, then the load ends. */
function gated() {
  let release!: () => void;
  const gate = new Promise<void>((r) => (release = r));
  const asked: unknown[][] = [];
  const loader = (keys: Iterable<unknown>) => {
    const list = [...keys];
    asked.push(list);
    const p = loadFamilies(list);
    return p && gate.then(() => p);
  };
  return { release, asked, loader };
}

function errors() {
  const got: EcoErrorEvent['detail'][] = [];
  const on = (e: Event) => got.push((e as EcoErrorEvent).detail);
  document.addEventListener('eco-error', on);
  return { got, stop: () => document.removeEventListener('eco-error', on) };
}

describe('product and checkout pages: category families on demand', () => {
  it('starts with no family loaded (these definitions do not import the category table)', () => {
    for (const key of ['apparel.t-shirt', 'electronics.laptop', 'food.coffee', 'books.paperback']) expect(hasFamily(key), key).to.equal(false);
  });

  it('alternatives: a loading line under the heading while the families of the product and candidates load, then the swaps; no other family', async () => {
    const g = gated();
    alternativesFamilies(g.loader);
    const laptop = { id: 'l1', name: 'Laptop', category: 'electronics.laptop', weightGrams: 2400 };
    const candidates = [{ id: 'l2', name: 'Light laptop', category: 'electronics.laptop', weightGrams: 900 }, { id: 't1', name: 'Tablet', category: 'electronics.tablet' }];
    const provider = fixtureSync(html`<eco-provider locale="en"><eco-alternatives .product=${laptop} .candidates=${candidates}></eco-alternatives></eco-provider>`);
    const el = provider.querySelector('eco-alternatives') as EcoAlternatives;
    await waitUntil(() => text(part(el, 'status')) === 'Loading the estimate…', 'no loading line', { timeout: 10000 });
    expect(text(part(el, 'heading'))).to.equal('Lower-footprint alternatives');
    expect(el.shadowRoot!.querySelectorAll('[part~="item"]').length).to.equal(0);
    expect(g.asked[0]).to.deep.include.members(['electronics.laptop', 'electronics.tablet']);
    g.release();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('[part~="item"]').length).to.be.at.least(1);
    expect(text(part(el, 'status'))).to.equal('');
    expect(text(el.shadowRoot)).to.match(/\d.*kg/);
    expect(hasFamily('electronics.laptop')).to.equal(true);
    for (const key of ['apparel.t-shirt', 'food.coffee', 'books.paperback']) expect(hasFamily(key), key).to.equal(false);
  });

  it('order footprint: its loading rows while the families of the lines (and what they replaced) load, then the total; no other family', async () => {
    const g = gated();
    orderFamilies(g.loader);
    const lines = [
      { product: { category: 'food.coffee' }, quantity: 2 },
      { product: { category: 'books.paperback', weightGrams: 300 }, swappedFrom: { category: 'books.paperback', weightGrams: 800 } },
    ];
    const provider = fixtureSync(html`<eco-provider locale="en"><eco-order-footprint .lines=${lines}></eco-order-footprint></eco-provider>`);
    const el = provider.querySelector('eco-order-footprint') as EcoOrderFootprint;
    await waitUntil(() => text(part(el, 'status')) === 'Loading the estimate…', 'no loading line', { timeout: 10000 });
    expect(el.shadowRoot!.querySelectorAll('.reserve').length, 'rows reserved').to.be.at.least(6);
    expect(g.asked[0]).to.deep.include.members(['food.coffee', 'books.paperback']);
    g.release();
    await el.updateComplete;
    expect(text(part(el, 'value'))).to.match(/^\d[\d.,]* (g|kg) CO₂e$/);
    expect(el.shadowRoot!.querySelectorAll('[part~="line"]').length).to.be.at.least(2);
    expect(text(part(el, 'savings')), 'the swap saves').to.match(/\d/);
    expect(hasFamily('food.coffee') && hasFamily('books.paperback')).to.equal(true);
    expect(hasFamily('apparel.t-shirt'), 'apparel').to.equal(false);
  });

  it('alternatives whose family fails to load: ENGINE_LOAD_FAILED and "Estimate unavailable" under the heading, not a blank', async () => {
    const log = errors();
    try {
      alternativesFamilies(() => Promise.reject(new Error('chunk blocked')));
      const product = { id: 'k1', name: 'Tea', category: 'food.tea' }; // a family not loaded yet
      const provider = fixtureSync(html`<eco-provider locale="en"><eco-alternatives .product=${product} .candidates=${[{ ...product, id: 'k2', name: 'Loose tea', weightGrams: 500 }]}></eco-alternatives></eco-provider>`);
      const el = provider.querySelector('eco-alternatives') as EcoAlternatives;
      await waitUntil(() => log.got.length > 0, 'no eco-error', { timeout: 10000 });
      await el.updateComplete;
      expect(log.got[0]!.code).to.equal('ENGINE_LOAD_FAILED');
      expect(text(part(el, 'heading'))).to.equal('Lower-footprint alternatives');
      expect(text(part(el, 'status'))).to.equal('Estimate unavailable');
    } finally {
      log.stop();
      alternativesFamilies(loadFamilies);
    }
  });

  it('a family that fails to load: ENGINE_LOAD_FAILED and "Estimate unavailable", never a throw; a later change retries', async () => {
    const log = errors();
    try {
      let fail = true;
      orderFamilies((keys) => (fail ? Promise.reject(new Error('chunk blocked')) : loadFamilies(keys)));
      const provider = fixtureSync(html`<eco-provider locale="en"><eco-order-footprint .lines=${[{ product: { category: 'apparel.t-shirt' } }]}></eco-order-footprint></eco-provider>`);
      const el = provider.querySelector('eco-order-footprint') as EcoOrderFootprint;
      await waitUntil(() => log.got.length > 0, 'no eco-error', { timeout: 10000 });
      await el.updateComplete;
      expect(log.got[0]!.code).to.equal('ENGINE_LOAD_FAILED');
      expect(text(part(el, 'status'))).to.equal('Estimate unavailable');
      fail = false;
      el.lines = [{ product: { category: 'apparel.t-shirt' }, quantity: 3 }];
      await waitUntil(() => /\d/.test(text(part(el, 'value'))), 'no figure after the retry', { timeout: 10000 });
      await el.updateComplete;
      expect(text(part(el, 'value'))).to.match(/^\d[\d.,]* (g|kg) CO₂e$/);
    } finally {
      log.stop();
      orderFamilies(loadFamilies);
    }
  });

  it('alternatives: a family load for a product no longer shown that fails is not an error; the shown product keeps its swaps', async () => {
    const log = errors();
    let reject!: (e: Error) => void;
    const held = new Promise<void>((_, r) => (reject = r));
    held.catch(() => {});
    try {
      // food held back (then failing), every other family loaded as usual
      alternativesFamilies((keys) => {
        const list = [...keys];
        return list.some((k) => String(k).startsWith('food.')) ? held : loadFamilies(list);
      });
      const tea = { id: 'k1', name: 'Tea', category: 'food.tea' };
      const provider = fixtureSync(html`<eco-provider locale="en"><eco-alternatives .product=${tea} .candidates=${[{ ...tea, id: 'k2', name: 'Loose tea', weightGrams: 500 }]}></eco-alternatives></eco-provider>`);
      const el = provider.querySelector('eco-alternatives') as EcoAlternatives;
      await waitUntil(() => text(part(el, 'status')) === 'Loading the estimate…', 'no loading line', { timeout: 10000 });
      el.product = { id: 'l1', name: 'Laptop', category: 'electronics.laptop', weightGrams: 2400 };
      el.candidates = [{ id: 'l2', name: 'Light laptop', category: 'electronics.laptop', weightGrams: 900 }];
      await waitUntil(() => el.shadowRoot!.querySelectorAll('[part~="item"]').length > 0, 'no swaps for the laptop', { timeout: 10000 });
      reject(new Error('food chunk blocked'));
      await new Promise((r) => setTimeout(r, 50));
      await el.updateComplete;
      expect(el.shadowRoot!.querySelectorAll('[part~="item"]').length, 'the laptop keeps its swaps').to.be.at.least(1);
      expect(text(part(el, 'status'))).to.not.equal('Estimate unavailable');
      expect(log.got.map((e) => e.code)).to.deep.equal([]);
    } finally {
      log.stop();
      alternativesFamilies(loadFamilies);
    }
  });

  it('order footprint: lines changed while an earlier family load fails: the new lines get their total, no error', async () => {
    const log = errors();
    let reject!: (e: Error) => void;
    const held = new Promise<void>((_, r) => (reject = r));
    held.catch(() => {});
    try {
      orderFamilies((keys) => {
        const list = [...keys];
        return list.some((k) => String(k).startsWith('food.')) ? held : loadFamilies(list);
      });
      const provider = fixtureSync(html`<eco-provider locale="en"><eco-order-footprint .lines=${[{ product: { category: 'food.coffee' } }]}></eco-order-footprint></eco-provider>`);
      const el = provider.querySelector('eco-order-footprint') as EcoOrderFootprint;
      await waitUntil(() => text(part(el, 'status')) === 'Loading the estimate…', 'no loading line', { timeout: 10000 });
      el.lines = [{ product: { category: 'electronics.laptop' }, quantity: 1 }];
      await new Promise((r) => setTimeout(r, 50)); // (updateComplete would wait for the held load)
      reject(new Error('food chunk blocked'));
      await waitUntil(() => /\d/.test(text(part(el, 'value'))), 'no total for the new lines', { timeout: 10000 });
      await el.updateComplete;
      expect(text(part(el, 'value'))).to.match(/^\d[\d.,]* (g|kg) CO₂e$/);
      expect(log.got.map((e) => e.code)).to.deep.equal([]);
    } finally {
      log.stop();
      orderFamilies(loadFamilies);
    }
  });

  it('alternatives seen while their families load: eco-impression waits and names the alternatives shown', async () => {
    // held back whether or not the family is in already (earlier cases loaded it)
    let open = false;
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = () => ((open = true), r())));
    alternativesFamilies((keys) => (open ? loadFamilies([...keys]) : gate.then(() => loadFamilies([...keys]))));
    try {
      const phone = { id: 'p1', name: 'Phone', category: 'electronics.smartphone', weightGrams: 200 };
      const candidates = [{ id: 'p2', name: 'Refurbished phone', category: 'electronics.smartphone', weightGrams: 200, condition: 'refurbished' }];
      const seen: Record<string, unknown>[] = [];
      const on = (e: Event) => seen.push((e as CustomEvent).detail);
      document.addEventListener('eco-impression', on);
      const provider = fixtureSync(html`<eco-provider locale="en"><eco-alternatives .product=${phone} .candidates=${candidates}></eco-alternatives></eco-provider>`);
      const el = provider.querySelector('eco-alternatives') as EcoAlternatives;
      await waitUntil(() => text(part(el, 'status')) === 'Loading the estimate…', 'no loading line', { timeout: 10000 });
      await new Promise((r) => setTimeout(r, 300)); // in view while loading
      expect(seen.filter((d) => d.element === 'eco-alternatives'), 'no impression while loading').to.have.length(0);
      release();
      await waitUntil(() => seen.some((d) => d.element === 'eco-alternatives'), 'no impression after loading', { timeout: 10000 });
      document.removeEventListener('eco-impression', on);
      expect(seen.find((d) => d.element === 'eco-alternatives')!.alternativeIds).to.deep.equal(['p2']);
    } finally {
      alternativesFamilies(loadFamilies);
    }
  });
});

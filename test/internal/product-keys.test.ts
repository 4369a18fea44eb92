import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define/footprint-badge.js';
import '../../src/define/alternatives.js';
import type { EcoFootprintBadge } from '../../src/components/footprint-badge/footprint-badge.js';
import type { EcoAlternatives } from '../../src/components/alternatives/alternatives.js';
import { resetDevWarnings } from '../../src/internal/dev-warn.js';
import { suggestProductKey } from '../../src/internal/product-keys.js';

/** console.warn texts written while `fn` runs. */
async function warnings(fn: () => Promise<unknown>): Promise<string[]> {
  const calls: string[] = [];
  const orig = console.warn;
  console.warn = (...args: unknown[]) => void calls.push(args.map(String).join(' '));
  try {
    await fn();
  } finally {
    console.warn = orig;
  }
  return calls;
}

describe('internal/product-keys: near-miss keys of a product', () => {
  beforeEach(() => resetDevWarnings());

  it('names the key a typo (one edit, any case or separator) or an attribute name was meant as', () => {
    expect(suggestProductKey('weightGram')).to.equal('weightGrams');
    expect(suggestProductKey('materail')).to.equal('materials');
    expect(suggestProductKey('origin')).to.equal('originCountry');
    expect(suggestProductKey('weight-grams')).to.equal('weightGrams');
    expect(suggestProductKey('origin_country')).to.equal('originCountry');
    expect(suggestProductKey('Category')).to.equal('category');
    expect(suggestProductKey('catgory')).to.equal('category');
    expect(suggestProductKey('prices')).to.equal('price');
    expect(suggestProductKey('declaredGrams')).to.equal('declared');
    expect(suggestProductKey('orgin')).to.equal('originCountry');
  });

  it('leaves known keys and merchants’ own fields alone, short ones included (url is not a typo of use)', () => {
    for (const k of ['category', 'weightGrams', 'originCountry', 'materials', 'id', 'pact', 'sku', 'url', 'image', 'brand', 'title', 'color', 'ids', 'names']) {
      expect(suggestProductKey(k), k).to.equal(undefined);
    }
    expect(suggestProductKey('url', ['url', 'image'])).to.equal(undefined);
  });

  it('the badge warns once per key, naming the right key, and still shows its figure from the known keys', async () => {
    const el = await fixture<EcoFootprintBadge>(html`<eco-footprint-badge category="apparel.t-shirt"></eco-footprint-badge>`);
    const first = await warnings(async () => {
      el.product = { category: 'apparel.t-shirt', weightGram: 180, origin: 'PT', sku: 'T-1' };
      await el.updateComplete;
    });
    expect(first).to.have.length(2);
    expect(first[0]).to.include('[eco-footprint-badge]').and.include('"weightGram"').and.include('did you mean "weightGrams"?');
    expect(first[1]).to.include('"origin"').and.include('did you mean "originCountry"?');
    expect(first[0]).to.match(/See https:\/\/unpkg\.com\/eco-nudge@[^/]+\/docs\/warnings\.md#unknown-product-key$/);
    expect(el.footprint?.co2eGrams).to.be.greaterThan(0);
    const again = await warnings(async () => {
      el.product = { category: 'apparel.t-shirt', weightGram: 200, origin: 'FR' };
      await el.updateComplete;
    });
    expect(again).to.deep.equal([]);
    const other = await warnings(async () => {
      el.product = { category: 'apparel.t-shirt', materail: [] };
      await el.updateComplete;
    });
    expect(other.filter((w) => w.includes('materail'))).to.have.length(1);
    expect(other.join()).to.include('did you mean "materials"?');
  });

  it('a correct product with merchants’ own fields warns nothing', async () => {
    const calls = await warnings(async () => {
      const el = await fixture<EcoFootprintBadge>(html`<eco-footprint-badge category="apparel.t-shirt"></eco-footprint-badge>`);
      el.product = { category: 'apparel.t-shirt', weightGrams: 180, originCountry: 'PT', url: '/p/1', sku: 'T-1', image: '/t.jpg' };
      await el.updateComplete;
    });
    expect(calls.filter((w) => w.includes('did you mean'))).to.deep.equal([]);
  });

  it('alternatives check .product and each candidate (url and image are candidate keys)', async () => {
    const el = await fixture<EcoAlternatives>(html`<eco-alternatives></eco-alternatives>`);
    const calls = await warnings(async () => {
      el.product = { category: 'apparel.t-shirt', weightGrams: 180 };
      el.candidates = [
        { id: 'a', name: 'A', category: 'apparel.t-shirt', url: '/a', image: '/a.jpg' },
        { id: 'b', name: 'B', category: 'apparel.t-shirt', wieghtGrams: 90 } as never,
      ];
      await el.updateComplete;
    });
    expect(calls.filter((w) => w.includes('did you mean'))).to.have.length(1);
    expect(calls.join()).to.include('.candidates[1] has "wieghtGrams"').and.include('did you mean "weightGrams"?');
  });
});

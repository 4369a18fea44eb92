import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
// The page entries' definitions (src/pages/): the provider without the category table and the citations, the badge
// with the family engine. The citations load once the page is idle (src/pages/sources-on-demand.ts).
import '../../src/define/context-root.js';
import '../../src/pages/checkout-provider.js';
import '../../src/pages/listing-badge.js';
import type { EcoFootprintBadge } from '../../src/components/footprint-badge/footprint-badge.js';
import type { EcoProvider } from '../../src/components/provider/provider.js';
import type { EcoErrorEvent } from '../../src/events/error.js';
import { bundledDataset, hasCategories, hasSources } from '../../src/data/core.js';

const text = (n: Element | null | undefined) => (n?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('page entries: the citations on demand', () => {
  it('are not loaded with the page; a full badge\'s sources line fills in once they are (after the first paint)', async () => {
    expect(hasSources(), 'loaded with the page').to.equal(false);
    expect(Object.keys(bundledDataset.sources)).to.deep.equal([]);
    const provider = await fixture(html`<eco-provider locale="en"><eco-footprint-badge variant="full" category="apparel.jeans" weight-grams="650"></eco-footprint-badge></eco-provider>`);
    const badge = provider.querySelector('eco-footprint-badge') as EcoFootprintBadge;
    await badge.updateComplete;
    expect(text(badge.shadowRoot!.querySelector('[part~="value"]'))).to.match(/\d/);
    const sources = () => text(badge.shadowRoot!.querySelector('[part~="sources"]'));
    await waitUntil(() => /ADEME Impact CO2/.test(sources()), `sources line: "${sources()}"`, { timeout: 10000 });
    expect(sources()).not.to.contain('\u2026');
    expect(badge.shadowRoot!.querySelector('[part~="sources"] a[href^="https://"]'), 'links').to.exist;
    expect(hasSources()).to.equal(true);
  });

  it('a merchant\'s partial dataset merges onto the whole bundled one (every family and the citations) before it serves', async () => {
    const errors: string[] = [];
    const onError = (e: Event) => errors.push((e as EcoErrorEvent).detail.code);
    document.addEventListener('eco-error', onError);
    try {
      const factors = { grid: { XK: { value: 800, unit: 'g CO2e/kWh', source: 'owid-ember' } } };
      const el = document.createElement('eco-provider') as EcoProvider;
      const loaded = oneEvent(el, 'eco-factors-load');
      el.factors = factors;
      document.body.append(el);
      await loaded;
      expect(errors).to.deep.equal([]);
      expect(hasCategories() && hasSources()).to.equal(true);
      el.remove();
    } finally {
      document.removeEventListener('eco-error', onError);
    }
  });
});

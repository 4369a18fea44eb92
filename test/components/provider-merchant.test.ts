/**
 * `<eco-provider>`'s merchant dataset checks load on demand (./merchant.ts, with the validators): a page whose provider
 * is given no dataset never loads them. A chunk that fails to load is reported and the bundled dataset keeps serving;
 * once it loads, the merchant dataset is provided. This file's first provider is the first of the page given a dataset,
 * so the on-demand load really runs here.
 */
import { expect, fixture, fixtureCleanup, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/define/all.js';
import { merchantReader, type EcoProvider } from '../../src/components/provider/provider.js';
import type { EcoErrorEvent, EcoFactorsLoadEvent } from '../../src/events/index.js';
import { fixtureDataset } from '../helpers/dataset.fixture.js';

describe('<eco-provider> merchant dataset checks on demand', function () {
  this.timeout(30000);
  afterEach(() => fixtureCleanup());

  it('a provider without a dataset loads no checks; one whose checks fail to load reports it and the bundled dataset serves; the next dataset loads them', async () => {
    const load = merchantReader.load;
    let loads = 0;
    merchantReader.load = () => {
      loads++;
      return Promise.reject(new TypeError('Failed to fetch dynamically imported module: merchant.js'));
    };
    try {
      const plain = await fixture<EcoProvider>(html`<eco-provider locale="en"></eco-provider>`);
      await plain.updateComplete;
      expect(loads, 'no dataset, no checks loaded').to.equal(0);
      const el = document.createElement('eco-provider') as EcoProvider;
      const error = oneEvent(el, 'eco-error') as Promise<EcoErrorEvent>;
      el.factors = fixtureDataset;
      document.body.append(el);
      expect((await error).detail.code).to.equal('VALIDATOR_LOAD_FAILED');
      expect(loads).to.equal(1);
      expect(el.activeDataset?.id, 'the bundled dataset serves').to.not.equal('fixture');
      // the checks can be loaded again: the next dataset is checked and provided
      merchantReader.load = load;
      const loaded = oneEvent(el, 'eco-factors-load') as Promise<EcoFactorsLoadEvent>;
      el.factors = { ...fixtureDataset };
      expect((await loaded).detail).to.include({ datasetId: 'fixture', origin: 'property' });
      await waitUntil(() => el.activeDataset?.id === 'fixture', 'the merchant dataset to serve');
      el.remove();
    } finally {
      merchantReader.load = load;
    }
  });
});

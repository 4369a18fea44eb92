/**
 * A merchant dataset needs the on-demand validators: until it is checked (or fetched), the provider's children wait,
 * showing their neutral state, instead of estimating with the bundled dataset. A file of its own, so that the page
 * starts without the validators loaded (each test file runs in a fresh page).
 */
import { expect, fixtureCleanup, fixtureSync, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/define/all.js';
import type { EcoProvider } from '../../src/components/provider/provider.js';
import type { EcoFootprintBadge } from '../../src/components/footprint-badge/footprint-badge.js';
import type { Dataset } from '../../src/engine/types.js';
import type { EcoErrorEvent } from '../../src/events/index.js';
import { validatorsLoaded } from '../../src/engine/validate.js';
import { fixtureDataset } from '../helpers/dataset.fixture.js';

describe('<eco-provider>: children wait for a merchant dataset being checked', () => {
  afterEach(() => fixtureCleanup());

  it('a category only the merchant dataset has: no eco-error, and every figure comes from that dataset', async () => {
    const merchant = { ...fixtureDataset, categories: { ...fixtureDataset.categories, 'test.mug': fixtureDataset.categories['food.cheese']! } } as Dataset;
    const errors: string[] = [];
    const figures: string[] = [];
    const onError = (e: Event) => errors.push((e as EcoErrorEvent).detail.code);
    const onChange = (e: Event) => figures.push((e as CustomEvent<{ result: { trace: { datasetId: string } } }>).detail.result.trace.datasetId);
    document.addEventListener('eco-error', onError);
    document.addEventListener('eco-footprint-change', onChange);
    try {
      expect(validatorsLoaded(), 'the page starts without the validators').to.equal(false);
      const host = fixtureSync<HTMLDivElement>(html`<div></div>`);
      const p = document.createElement('eco-provider') as EcoProvider;
      p.factors = merchant;
      const badge = document.createElement('eco-footprint-badge') as EcoFootprintBadge;
      badge.setAttribute('category', 'test.mug');
      p.append(badge);
      host.append(p);
      const loaded = oneEvent(p, 'eco-factors-load');
      await loaded;
      await waitUntil(() => !!badge.footprint, 'no footprint', { timeout: 10000 });
      expect(badge.footprint?.trace.datasetId).to.equal('fixture');
      expect(errors).to.deep.equal([]);
      expect(figures.length).to.be.at.least(1);
      expect(figures.every((id) => id === 'fixture'), `figures from ${figures.join(', ')}`).to.equal(true);
      expect(badge.matches(':state(loading)')).to.equal(false);
    } finally {
      document.removeEventListener('eco-error', onError);
      document.removeEventListener('eco-footprint-change', onChange);
    }
  });

  it('after a failed factors-src, setting and clearing .factors never leaves the children waiting', async () => {
    const host = fixtureSync<HTMLDivElement>(html`<div></div>`);
    const p = document.createElement('eco-provider') as EcoProvider;
    p.setAttribute('factors-src', '/does-not-exist/factors.json');
    const badge = document.createElement('eco-footprint-badge') as EcoFootprintBadge;
    badge.setAttribute('category', 'apparel.t-shirt');
    p.append(badge);
    const failed = oneEvent(p, 'eco-error');
    host.append(p);
    expect(((await failed) as EcoErrorEvent).detail.code).to.equal('DATASET_FETCH_FAILED');
    const loaded = oneEvent(p, 'eco-factors-load');
    p.factors = fixtureDataset;
    await loaded;
    p.factors = undefined;
    await waitUntil(() => !badge.matches(':state(loading)') && badge.footprint?.trace.datasetId === 'eco-nudge', 'bundled dataset did not return', { timeout: 10000 });
    expect(badge.matches(':state(loading)')).to.equal(false);
    expect(badge.footprint?.trace.datasetId).to.equal('eco-nudge'); // the bundled dataset serves again
  });
});

// The badge-only entry as a page gets it (src/define/badge-only.ts). Reading merchant datasets and PACT documents
// travels with the validators in the on-demand chunk: a page that needs neither never downloads that code.
// The tests run in order and share the page-wide state: the first one must not load the chunk.
import { expect, fixture, fixtureSync, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import '../../src/define/badge-only.js';
import type { EcoFootprintBadge } from '../../src/components/footprint-badge/footprint-badge.js';
import type { EcoErrorEvent } from '../../src/events/index.js';
import { validatorsLoaded } from '../../src/engine/validate.js';
import { verifiedPact } from '../../stories/data.js';

const text = (el: Element, sel: string) => el.shadowRoot!.querySelector(sel)?.textContent?.replace(/\s+/g, ' ').trim();
/** The source modules this page has downloaded so far (the test server serves each module as its own file). */
const downloaded = () => performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname);
const READERS = ['/src/engine/dataset-load.ts', '/src/engine/pact-read.ts'];
/** The element's own render, without waiting for the validators it may be loading (EcoElement's updateComplete does). */
const rendered = (el: LitElement) => (LitElement.prototype as unknown as { getUpdateComplete(): Promise<boolean> }).getUpdateComplete.call(el);

// 2.9 kg CO2e per declared unit of one piece (stories/data.ts), verified: the figure the PACT reader must produce
const pactFigure = { co2eGrams: 2900, boundary: 'cradle-to-gate', verified: true } as const;

describe('merchant datasets and PACT documents are read by on-demand code', () => {
  it('a badge-only page without them renders without downloading the dataset loader or the PACT reader', async () => {
    const errors: string[] = [];
    const provider = await fixture(html`<eco-provider @eco-error=${(e: EcoErrorEvent) => errors.push(e.detail.code)}>
      <eco-footprint-badge category="apparel.t-shirt" weight-grams="180" materials="cotton:1"></eco-footprint-badge>
      <eco-footprint-badge category="apparel.t-shirt" declared-grams="2900"></eco-footprint-badge>
    </eco-provider>`);
    const badges = [...provider.querySelectorAll<EcoFootprintBadge>('eco-footprint-badge')];
    for (const b of badges) await b.updateComplete;
    expect(badges.map((b) => b.footprint?.method)).to.deep.equal(['activity', 'declared']);
    expect(errors).to.deep.equal([]);
    expect(validatorsLoaded()).to.equal(false);
    const seen = downloaded();
    expect(seen.some((p) => p.startsWith('/src/engine/')), 'the engine modules are seen').to.equal(true);
    expect(seen.filter((p) => READERS.includes(p))).to.deep.equal([]);
  });

  it('a PACT product says its figure is being checked, loads the reader, then renders its declared figure', async () => {
    const el = fixtureSync<HTMLDivElement>(html`<div>
      <eco-footprint-badge category="apparel.t-shirt" .pact=${verifiedPact}></eco-footprint-badge>
      <eco-footprint-badge .product=${{ category: 'apparel.t-shirt', declared: pactFigure }}></eco-footprint-badge>
    </div>`);
    const [pact, same] = [...el.querySelectorAll<EcoFootprintBadge>('eco-footprint-badge')] as [EcoFootprintBadge, EcoFootprintBadge];
    await rendered(pact);
    expect(pact.footprint).to.equal(undefined);
    expect(text(pact, '[part~="base"]')).to.equal('Checking the supplier’s figure…'); // a check in progress, not a failure
    await pact.updateComplete;
    await same.updateComplete;
    expect(validatorsLoaded()).to.equal(true);
    expect(downloaded().filter((p) => READERS.includes(p)).sort()).to.deep.equal(READERS);
    expect(pact.footprint?.method).to.equal('declared');
    expect(pact.footprint?.trace.factors[0]).to.include({ key: 'declared', value: 2900 });
    // the same as the figure declared by hand, to the gram and on screen
    expect(pact.footprint?.co2eGrams).to.equal(same.footprint?.co2eGrams);
    expect(text(pact, '[part~="value"]')).to.equal(text(same, '[part~="value"]'));
  });
});

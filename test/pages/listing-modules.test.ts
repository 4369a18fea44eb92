import { expect, fixture, html } from '@open-wc/testing';
// The listing page entry (src/pages/listing.ts: provider and compact badges, the engine in the browser) as a merchant's
// listing loads it: what its compact badges never show is not downloaded before a full badge appears (issue 15). The
// test server serves each source module as its own file, so the downloads name the modules.
import '../../src/pages/listing.js';
import type { EcoFootprintBadge } from '../../src/components/footprint-badge/footprint-badge.js';

const downloaded = () => performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname);
/** A full badge's markup helpers and wording: the A–E scale and range bar, the details (method, sources, equivalent), its English. */
const FULL_ONLY = ['/src/internal/render.ts', '/src/internal/render-details.ts', '/src/components/footprint-badge/badge-full.ts', '/src/i18n/en/footprint-badge.ts'];
const text = (el: Element, sel: string) => el.shadowRoot!.querySelector(sel)?.textContent?.replace(/\s+/g, ' ').trim();

describe('listing page entry: modules before a full badge', () => {
  it('compact badges show their figures without the full view, its markup helpers or the details’ wording', async () => {
    const provider = await fixture(html`<eco-provider
      ><eco-footprint-badge category="apparel.t-shirt" weight-grams="180"></eco-footprint-badge
      ><eco-footprint-badge category="apparel.jeans" weight-grams="650"></eco-footprint-badge
    ></eco-provider>`);
    const badges = [...provider.querySelectorAll<EcoFootprintBadge>('eco-footprint-badge')];
    for (const b of badges) await b.updateComplete;
    for (const b of badges) expect(text(b, '[part~="value"]')).to.match(/^\d[\d.]* kg CO₂e$/);
    expect(downloaded().filter((p) => FULL_ONLY.includes(p))).to.deep.equal([]);
  });

  it('a full badge then loads them and shows its details', async () => {
    const badge = await fixture<EcoFootprintBadge>(html`<eco-footprint-badge variant="full" category="apparel.t-shirt" weight-grams="180"></eco-footprint-badge>`);
    await badge.updateComplete;
    expect(downloaded()).to.include.members(FULL_ONLY);
    expect(text(badge, '[part~="comparison"]')).to.match(/typical.* T-shirt$/);
    badge.shadowRoot!.querySelector<HTMLButtonElement>('[part~="toggle"]')!.click();
    await badge.updateComplete;
    expect(text(badge, '[part~="method"]')).to.equal('Estimated from category and weight');
  });
});

import { expect, fixtureSync, html, oneEvent } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import type { EcoFootprintBadge } from '../../src/components/footprint-badge/footprint-badge.js';
import { loadMessages } from '../../src/i18n/registry.js';

// Its own page (the badge must still be undefined when the reserved box is measured): the full badge on a phone, in
// English and in the longer locales, keeps the box eco-nudge.css reserved for it before the script arrived.
describe('<eco-footprint-badge variant="full"> reserved box on a phone', function () {
  this.timeout(60000); // generous: CI machines can be heavily loaded

  after(() => setViewport({ width: 800, height: 600 }).catch(() => {}));

  it('the box eco-nudge.css reserves in en, de, fr and es is the rendered box (±4 px) at 360 px', async function () {
    // WebKit runs through WebDriver, where @web/test-runner-commands cannot set the viewport: Chromium and Firefox only
    if (!(await setViewport({ width: 360, height: 800 }).then(() => true, () => false))) this.skip();
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = new URL('../../src/styles/eco-nudge.css', import.meta.url).href;
    const loaded = oneEvent(link, 'load');
    document.head.append(link);
    await loaded;
    const locales = ['en', 'de', 'fr', 'es'];
    const host = fixtureSync<HTMLDivElement>(html`<div style="font-size:16px">
      ${locales.map(
        (l) => html`<eco-provider locale=${l}
          ><eco-footprint-badge variant="full" product-id=${`tee-${l}`} category="apparel.t-shirt" weight-grams="200" materials="cotton:0.95,elastane:0.05" origin="BD"></eco-footprint-badge
        ></eco-provider>`,
      )}
    </div>`);
    const badges = [...host.querySelectorAll<EcoFootprintBadge>('eco-footprint-badge')];
    expect(customElements.get('eco-footprint-badge')).to.equal(undefined);
    const before = badges.map((b) => b.getBoundingClientRect().height);
    // the reserved box differs by locale: the longer locales wrap onto more lines
    expect(before[1]).to.be.greaterThan(before[0]);

    await Promise.all(locales.map((l) => loadMessages(l)));
    await import('../../src/define/provider.js');
    await import('../../src/define/footprint-badge.js');
    for (const b of badges) {
      await b.updateComplete;
      await new Promise((r) => requestAnimationFrame(r));
      await b.updateComplete;
    }
    const after = badges.map((b) => b.getBoundingClientRect().height);
    for (const [i, l] of locales.entries()) {
      expect(badges[i].shadowRoot!.querySelector('[part~="value"]')?.textContent, l).to.contain('kg');
      expect(after[i], `${l}: reserved ${before[i]} px, rendered ${after[i]} px`).to.be.closeTo(before[i], 4);
    }
    link.remove();
  });
});

import { expect, waitUntil } from '@open-wc/testing';
import '../../src/define/all.js';

// A fresh page (this file alone): the German catalog is not loaded when the badges first render.

describe('loading states on a page whose language is still loading', () => {
  it('a German full badge never shows English words while its catalog loads, then its figure in German', async () => {
    const provider = document.createElement('eco-provider');
    provider.setAttribute('locale', 'de');
    provider.innerHTML = `<eco-footprint-badge variant="full" category="apparel.t-shirt" weight-grams="200"></eco-footprint-badge>
      <eco-footprint-badge category="apparel.t-shirt" weight-grams="180"></eco-footprint-badge>`;
    const seen: string[] = [];
    document.body.append(provider);
    const badges = [...provider.querySelectorAll('eco-footprint-badge')];
    const observers = badges.map((b) => {
      const o = new MutationObserver(() => seen.push(b.shadowRoot!.textContent!.replace(/\s+/g, ' ').trim()));
      o.observe(b.shadowRoot!, { subtree: true, childList: true, characterData: true });
      return o;
    });
    try {
      await waitUntil(() => badges.every((b) => /CO₂e/.test(b.shadowRoot!.textContent!)) && /Klasse|Spanne|Bereich|T-Shirt/.test(badges[0]!.shadowRoot!.textContent!), 'no German figure', { timeout: 10000 });
      expect(seen.length).to.be.above(0);
      for (const t of seen) expect(t).not.to.match(/Loading the estimate|Checking the supplier|Estimate unavailable|About typical/);
    } finally {
      observers.forEach((o) => o.disconnect());
      provider.remove();
    }
  });
});

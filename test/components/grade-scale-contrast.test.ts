import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define/provider.js';
import '../../src/define/footprint-badge.js';
import type { EcoFootprintBadge } from '../../src/components/footprint-badge/footprint-badge.js';
import type { EcoProvider } from '../../src/components/provider/provider.js';

// The A–E scale's letters as rendered (computed colours, the tinted box composited on the badge's surface):
// the letters not raised stay clearly legible in light and dark (WCAG contrast ≥ 7:1; AA asks 4.5:1).
const rgba = (c: string): number[] => {
  const n = (c.match(/[\d.]+/g) ?? []).map(Number);
  return c.startsWith('color(') ? [n[0] * 255, n[1] * 255, n[2] * 255, n[3] ?? 1] : [n[0], n[1], n[2], n[3] ?? 1];
};
const lum = ([r, g, b]: number[]) => {
  const l = (v: number) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
  return 0.2126 * l(r) + 0.7152 * l(g) + 0.0722 * l(b);
};
const contrast = (a: number[], b: number[]) => {
  const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p);
  return (x + 0.05) / (y + 0.05);
};

describe('A–E scale contrast', function () {
  this.timeout(30000);
  for (const theme of ['light', 'dark'] as const) {
    it(`letters not raised: ≥ 7:1 on their box in ${theme}; the raised one ≥ 4.5:1 and larger`, async () => {
      const provider = await fixture<EcoProvider>(html`<eco-provider theme=${theme} locale="en"
        ><eco-footprint-badge variant="full" category="apparel.t-shirt" weight-grams="200" materials="cotton:1"></eco-footprint-badge
      ></eco-provider>`);
      const badge = provider.querySelector('eco-footprint-badge') as EcoFootprintBadge;
      await badge.updateComplete;
      const surface = rgba(getComputedStyle(badge.shadowRoot!.querySelector('.full')!).backgroundColor);
      const letters = [...badge.shadowRoot!.querySelectorAll<HTMLElement>('.scale > span')];
      expect(letters.map((l) => l.textContent)).to.deep.equal(['A', 'B', 'C', 'D', 'E']);
      const raised = letters.filter((l) => l.classList.contains('on'));
      expect(raised).to.have.length(1);
      for (const l of letters) {
        const cs = getComputedStyle(l);
        const bg = rgba(cs.backgroundColor);
        const box = [0, 1, 2].map((i) => bg[3] * bg[i] + (1 - bg[3]) * surface[i]);
        const ratio = contrast(rgba(cs.color), box);
        if (l === raised[0]) {
          expect(ratio, `${theme} raised ${l.textContent}`).to.be.at.least(4.5);
          expect(parseFloat(cs.fontSize)).to.be.greaterThan(parseFloat(getComputedStyle(letters.find((x) => x !== l)!).fontSize));
        } else expect(ratio, `${theme} ${l.textContent}`).to.be.at.least(7);
      }
    });
  }
});

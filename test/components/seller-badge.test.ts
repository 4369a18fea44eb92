import { aTimeout, elementUpdated, expect, fixture, fixtureSync, html, nextFrame, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../../src/define/seller-badge.js';
import { bundledDataset } from '../../src/data/index.js';
import type { EcoSellerBadge } from '../../src/components/seller-badge/seller-badge.js';
import type { EcoProvider } from '../../src/components/provider/provider.js';
import type { EcoErrorEvent, EcoImpressionEvent } from '../../src/events/index.js';
import { resetDevWarnings } from '../../src/internal/dev-warn.js';
import { fixtureDataset } from '../helpers/dataset.fixture.js';
import { withProvider } from '../helpers/with-provider.js';

// Fixture dataset: apparel 200 g CO2e/USD2021, computers 100; 0.8 EUR per USD; price index 2021 = 1, 2025 = 1.25;
// reported range ×1.1 (verified) or ×e^hypot(ln 1.1, ln 1.2) ≈ 1.23 (unverified). So EUR 1,000,000 of 2025 = USD 1,000,000
// of 2021, and 150 t gives 150 g per euro and per USD of 2021: ratio 0.75, grade B, whole range below 200.
const SELLER = 'seller-id="s-42" emissions-kg="150000" revenue="1000000" currency="EUR" year="2025" sector="apparel"';
const TARGET = 'baseline-year="2021" baseline-emissions-kg="160000" baseline-revenue="800000" target-year="2030" target-reduction="0.5"';

const q = (el: Element, sel: string) => el.shadowRoot!.querySelector(sel) as HTMLElement | null;
const text = (el: Element, sel: string) => (q(el, sel)?.textContent ?? '').replace(/\s+/g, ' ').trim();
/** Opens "How we calculate" (method, sector benchmark, sources). */
async function openDetails(el: HTMLElement & { updateComplete: Promise<boolean> }) {
  (el.shadowRoot!.querySelector('[part~="toggle"]') as HTMLElement).click();
  await el.updateComplete;
}
const spoken = (el: Element) => text(el, '.visually-hidden');

/** Renders `<eco-seller-badge ${attrs}>` inside a provider with the fixture dataset. */
async function badge(attrs: string, opts: Parameters<typeof withProvider>[1] = {}): Promise<EcoSellerBadge> {
  const tpl = document.createElement('template');
  tpl.innerHTML = `<eco-seller-badge ${attrs}></eco-seller-badge>`;
  const host = await withProvider<HTMLElement>(html`<div></div>`, opts);
  const el = tpl.content.firstElementChild as EcoSellerBadge;
  host.replaceWith(el);
  await el.updateComplete;
  return el;
}

/** emulateMedia where the browser supports it (Chromium over CDP); Firefox over WebDriver BiDi cannot: returns false. */
async function tryEmulate(media: Parameters<typeof emulateMedia>[0]): Promise<boolean> {
  try {
    await emulateMedia(media);
    return true;
  } catch {
    return false;
  }
}

async function warnings(fn: () => Promise<unknown>): Promise<unknown[][]> {
  const calls: unknown[][] = [];
  const orig = console.warn;
  console.warn = (...args: unknown[]) => void calls.push(args);
  try {
    await fn();
  } finally {
    console.warn = orig;
  }
  return calls;
}

describe('<eco-seller-badge>', () => {
  beforeEach(() => resetDevWarnings());

  describe('compact (default)', () => {
    it('shows grade and intensity per unit of the seller currency, and speaks the long form with range, scale and method', async () => {
      const el = await badge(SELLER);
      expect(text(el, '[part~="grade"]')).to.equal('B');
      expect(text(el, '[part~="value"]')).to.equal('150 g CO₂e per €');
      expect(text(el, '[part~="base"] [aria-hidden="true"]')).to.equal('B · 150 g CO₂e per €');
      expect(spoken(el)).to.match(/^Emission intensity 150 grams CO₂ equivalent per euro of revenue in 2025 \(range 122 to 184\), grade B on a scale from A \(lowest\) to E\. Reported by the seller, not verified by a third party\.$/i);
      expect(el.intensity!.gramsPerUsd).to.be.closeTo(150, 1e-6);
      expect(q(el, '[part~="panel"]')).to.equal(null);
    });

    it('takes the currency symbol from Intl, and the provider currency when none is given', async () => {
      const usd = await badge('emissions-kg="150000" revenue="1000000" currency="usd" year="2021" sector="apparel"');
      expect(text(usd, '[part~="value"]')).to.equal('150 g CO₂e per $');
      const gbp = await badge('emissions-kg="100" revenue="1000" year="2021" sector="apparel"', { currency: 'GBP' });
      // GBP 1,000 = USD 2,000 of 2021 → 50 g/USD, 100 g per pound
      expect(text(gbp, '[part~="value"]')).to.equal('100 g CO₂e per £');
      expect(gbp.intensity!.gramsPerUsd).to.be.closeTo(50, 1e-9);
    });

    it('grades against the sector: the same figures in a cleaner-benchmark sector grade worse', async () => {
      const el = await badge(SELLER.replace('apparel', 'electronics')); // computers: 100 g/USD → ratio 1.5
      expect(text(el, '[part~="grade"]')).to.equal('D');
    });
  });

  describe('full variant', () => {
    it('compares with the sector, shows the range, the change, the target in words and a progress line, the method and the sources', async () => {
      const el = await badge(`${SELLER} ${TARGET} name="Acme Textiles" variant="full"`);
      expect(text(el, '[part~="name"]')).to.equal('Acme Textiles');
      expect(text(el, '[part~="caption"]')).to.equal('Emissions per unit of revenue, 2025');
      expect(text(el, '[part~="range"]')).to.equal('Likely range: 122–184 g CO₂e per €');
      expect(text(el, '[part~="comparison"]')).to.equal('25% below the typical intensity for apparel');
      // baseline: EUR 800,000 of 2021 = USD 1,000,000 → 160 g/USD; now 150 → −6.25 %
      expect(text(el, '[part~="change"]')).to.equal('6% lower than in 2021');
      // path in 2025: 160 − 80 × 4/9 = 124 g/USD; 150 is above it → behind; progress (1 − 150/160) / 0.5 = 12.5 %
      const target = text(el, '[part~="target"]');
      expect(target).to.contain('Target: 50% lower intensity by 2030 than in 2021');
      expect(target).to.contain('Behind: 13% of the planned cut made (44% expected by now)');
      expect(q(el, '[part~="target"]')!.getAttribute('aria-label')).to.equal('Progress toward the target');
      expect(Number(q(el, '.bar')!.getAttribute('width'))).to.be.closeTo(12.5, 1e-6);
      expect(Number(q(el, '.mark')!.getAttribute('x1'))).to.be.closeTo(400 / 9, 1e-6);
      expect(q(el, '[part~="progress"]')!.getAttribute('aria-hidden')).to.equal('true');
      expect(q(el, '#details')!.hidden).to.equal(true);
      q(el, '[part~="toggle"]')!.click();
      await el.updateComplete;
      expect(q(el, '[part~="toggle"]')!.getAttribute('aria-expanded')).to.equal('true');
      expect(text(el, '[part~="benchmark"]')).to.equal('Typical for apparel: 200 g CO₂e per €');
      expect(text(el, '[part~="method"]')).to.equal('Reported by the seller, not verified by a third party');
      expect(text(el, '[part~="sources"]')).to.equal('Dataset test.1 · Sources: Fixture figures for tests');
    });

    it('says "on track" below the straight line', async () => {
      const el = await badge(`${SELLER.replace('150000', '100000')} ${TARGET} variant="full"`);
      expect(el.intensity!.onTrack).to.equal('on-track');
      expect(text(el, '[part~="target"]')).to.contain('On track: 75% of the planned cut made (44% expected by now)');
      expect(text(el, '[part~="change"]')).to.equal('38% lower than in 2021');
      expect(Number(q(el, '.bar')!.getAttribute('width'))).to.be.closeTo(75, 1e-6);
    });

    it('says "above" the sector and "higher" since the baseline when intensity rose', async () => {
      const el = await badge(`${SELLER.replace('150000', '400000')} ${TARGET} variant="full"`);
      expect(text(el, '[part~="comparison"]')).to.match(/^100% above the typical intensity for apparel/);
      expect(text(el, '[part~="change"]')).to.equal('150% higher than in 2021');
      expect(text(el, '[part~="target"]')).to.contain('Behind: 0% of the planned cut made');
      expect(Number(q(el, '.bar')!.getAttribute('width'))).to.equal(0);
    });

    it('says "about typical" when the range straddles the sector figure', async () => {
      const el = await badge(`${SELLER.replace('150000', '190000')} variant="full"`);
      expect(text(el, '[part~="comparison"]')).to.match(/^About typical for apparel/);
    });

    it('states that progress cannot be assessed without a baseline, and shows no change', async () => {
      const el = await badge(`${SELLER} target-year="2030" target-reduction="0.5" variant="full"`);
      expect(text(el, '[part~="target"]')).to.equal('Progress toward a target cannot be assessed without a baseline year');
      expect(q(el, '[part~="change"]')).to.equal(null);
      expect(q(el, '[part~="progress"]')).to.equal(null);
    });

    it('shows neither change nor target when none is given', async () => {
      const el = await badge(`${SELLER} variant="full"`);
      expect(q(el, '[part~="change"]')).to.equal(null);
      expect(q(el, '[part~="target"]')).to.equal(null);
    });

    it('says verified in words, and narrows the range', async () => {
      const el = await badge(`${SELLER} verified variant="full"`);
      await openDetails(el);
      expect(text(el, '[part~="method"]')).to.equal('Reported by the seller and verified by a third party');
      expect(text(el, '[part~="range"]')).to.equal('Likely range: 136–165 g CO₂e per €'); // 150 / 1.1, 150 × 1.1
      expect(spoken(el)).to.contain('verified by a third party.');
    });

    it('renders the name as text, never as markup', async () => {
      const el = await badge(`${SELLER} variant="full"`);
      el.name = '<img src=x onerror=alert(1)>Acme';
      await el.updateComplete;
      expect(text(el, '[part~="name"]')).to.equal('<img src=x onerror=alert(1)>Acme');
      expect(q(el, 'img')).to.equal(null);
    });

    it('links sources only for http(s) URLs', async () => {
      const factors = {
        ...fixtureDataset,
        sources: { ...fixtureDataset.sources, fx: { ...fixtureDataset.sources.fx!, url: 'javascript:alert(1)' }, web: { title: 'Web source', url: 'https://example.org/s', year: 2025, licence: 'MIT', attribution: 'x' } },
        spend: { ...fixtureDataset.spend, apparel: { value: 200, unit: 'g CO2e/USD2021', source: 'web' } },
      };
      const el = await badge(`${SELLER} variant="full"`, { factors });
      await openDetails(el);
      const links = [...el.shadowRoot!.querySelectorAll('a')];
      expect(links.map((a) => a.href)).to.deep.equal(['https://example.org/s']);
      expect(text(el, '[part~="sources"]')).to.contain('Fixture figures for tests');
    });
  });

  describe('properties', () => {
    it('.seller (the engine input) replaces the attributes and may carry a display name', async () => {
      const el = await badge(`${SELLER} name="Ignored" variant="full"`);
      el.seller = { name: 'Gadget Hub', sellerId: 'g1', emissionsKg: 50_000, revenue: 1_000_000, currency: 'USD', year: 2021, sector: 'electronics', verified: true };
      await el.updateComplete;
      expect(text(el, '[part~="name"]')).to.equal('Gadget Hub');
      expect(text(el, '[part~="value"]')).to.equal('50 g CO₂e per $');
      expect(text(el, '[part~="grade"]')).to.equal('A');
      await openDetails(el);
      expect(text(el, '[part~="method"]')).to.equal('Reported by the seller and verified by a third party');
      expect(el.intensity!.sellerId).to.equal('g1');
    });

    it('an unknown variant falls back to compact, keeps the figure, fires INVALID_ATTRIBUTE and warns once', async () => {
      const errors: EcoErrorEvent[] = [];
      const listen = (e: EcoErrorEvent) => errors.push(e);
      document.addEventListener('eco-error', listen);
      const calls = await warnings(async () => {
        const el = await badge(`${SELLER} variant="huge"`);
        expect(el.variant).to.equal('compact');
        expect(q(el, '[part~="panel"]')).to.equal(null);
        expect(text(el, '[part~="value"]')).to.equal('150 g CO₂e per €');
        expect(el.matches(':state(error)')).to.equal(false);
        await badge(`${SELLER} variant="huge"`);
      }).finally(() => document.removeEventListener('eco-error', listen));
      expect(calls.length).to.equal(1);
      expect(String(calls[0]![0])).to.contain('invalid-variant');
      expect(errors.length).to.equal(2);
      for (const e of errors) {
        expect(e.detail.code).to.equal('INVALID_ATTRIBUTE');
        expect(e.detail.issues).to.deep.equal([{ path: 'variant', message: 'Expected one of compact, full' }]);
      }
    });

    it('shows the neutral state quietly while no figures are given', async () => {
      let errors = 0;
      const calls = await warnings(async () => {
        const host = fixtureSync<EcoProvider>(html`<eco-provider .factors=${fixtureDataset} locale="en" @eco-error=${() => errors++}></eco-provider>`);
        const el = document.createElement('eco-seller-badge');
        el.setAttribute('name', 'Nobody yet');
        host.append(el);
        await el.updateComplete;
        expect(text(el, '[part~="base"]')).to.equal('Emission intensity unavailable');
        expect(el.matches(':state(error)')).to.equal(false);
      });
      expect(errors).to.equal(0);
      expect(calls).to.deep.equal([]);
    });
  });

  describe('invalid input: error event, issue paths, neutral state, one warning', () => {
    const cases: Array<[string, string | (() => unknown), string, string]> = [
      ['revenue of zero', SELLER.replace('revenue="1000000"', 'revenue="0"'), 'INVALID_SELLER', 'revenue'],
      ['negative revenue', SELLER.replace('revenue="1000000"', 'revenue="-10"'), 'INVALID_SELLER', 'revenue'],
      ['non-numeric revenue', SELLER.replace('revenue="1000000"', 'revenue="lots"'), 'INVALID_SELLER', 'revenue'],
      ['negative emissions', SELLER.replace('emissions-kg="150000"', 'emissions-kg="-1"'), 'INVALID_SELLER', 'emissionsKg'],
      ['missing year', SELLER.replace('year="2025"', ''), 'INVALID_SELLER', 'year'],
      ['missing sector', SELLER.replace('sector="apparel"', ''), 'INVALID_SELLER', 'sector'],
      ['baseline after the year', `${SELLER} baseline-year="2026" baseline-emissions-kg="1" baseline-revenue="1"`, 'INVALID_SELLER', 'baseline.year'],
      ['incomplete baseline', `${SELLER} baseline-year="2021"`, 'INVALID_SELLER', 'baseline.emissionsKg'],
      ['target before the year', `${SELLER} target-year="2024" target-reduction="0.5"`, 'INVALID_SELLER', 'target.year'],
      ['reduction outside (0, 1)', `${SELLER} target-year="2030" target-reduction="50"`, 'INVALID_SELLER', 'target.reductionShare'],
      ['unknown sector', SELLER.replace('apparel', 'spaceships'), 'UNKNOWN_SECTOR', 'sector'],
      ['unknown currency', SELLER.replace('EUR', 'XYZ'), 'UNKNOWN_CURRENCY', 'currency'],
      ['invalid .seller', () => 'not a seller', 'INVALID_SELLER', ''],
    ];
    for (const [name, input, code, path] of cases) {
      it(name, async () => {
        let el!: EcoSellerBadge;
        let detail!: EcoErrorEvent['detail'];
        const make = () => {
          const tpl = document.createElement('template');
          tpl.innerHTML = `<eco-seller-badge experiment="exp-1" ${typeof input === 'string' ? input : ''}></eco-seller-badge>`;
          const b = tpl.content.firstElementChild as EcoSellerBadge;
          if (typeof input === 'function') b.seller = input() as never;
          return b;
        };
        const calls = await warnings(async () => {
          const host = fixtureSync<EcoProvider>(html`<eco-provider .factors=${fixtureDataset} locale="en"></eco-provider>`);
          const pending = oneEvent(host, 'eco-error') as Promise<EcoErrorEvent>;
          el = make();
          host.append(el);
          ({ detail } = await pending);
          await el.updateComplete;
          const second = oneEvent(host, 'eco-error');
          host.append(make());
          await second; // another event, but no second warning
        });
        expect(detail.code).to.equal(code);
        expect(detail.issues.map((i) => i.path)).to.include(path);
        expect(detail.message).to.be.a('string').and.not.empty;
        expect(detail.experiment).to.equal('exp-1');
        expect(text(el, '[part~="base"]')).to.equal('Emission intensity unavailable');
        expect(el.matches(':state(error)')).to.equal(true);
        expect(el.intensity).to.equal(undefined);
        expect(calls.length, 'one warning per code').to.equal(1);
        expect(String(calls[0]![0])).to.contain(code);
      });
    }

    it('recovers when the input is fixed', async () => {
      let el!: EcoSellerBadge;
      await warnings(async () => {
        el = await badge(SELLER.replace('revenue="1000000"', 'revenue="0"'));
      });
      expect(el.matches(':state(error)')).to.equal(true);
      el.revenue = 1_000_000;
      await el.updateComplete;
      expect(el.matches(':state(error)')).to.equal(false);
      expect(text(el, '[part~="value"]')).to.equal('150 g CO₂e per €');
    });
  });

  describe('context', () => {
    it('renders with the bundled dataset without a provider', async () => {
      const el = await fixture<EcoSellerBadge>(html`<eco-seller-badge emissions-kg="1000" revenue="10000" currency="USD" year="2021" sector="logistics"></eco-seller-badge>`);
      expect(el.intensity!.trace.datasetVersion).to.equal(bundledDataset.version);
      expect(el.intensity!.sectorGramsPerUsd).to.equal(bundledDataset.spend.courier_express!.value);
      expect(text(el, '[part~="value"]')).to.equal('100 g CO₂e per $');
    });

    it('re-renders when the provider locale changes (German number format and text)', async () => {
      const el = await badge(`${SELLER.replace('150000', '152000')} variant="full"`);
      expect(text(el, '[part~="value"]')).to.equal('152 g CO₂e per €');
      const provider = el.closest('eco-provider') as EcoProvider;
      provider.locale = 'de';
      await elementUpdated(provider);
      await openDetails(el);
      await waitUntil(() => text(el, '[part~="method"]').startsWith('Vom') && text(el, '[part~="value"]').includes('pro'), 'German catalog did not load', { timeout: 10000 });
      expect(text(el, '[part~="value"]')).to.equal('152 g CO₂e pro €');
      expect(text(el, '[part~="method"]')).to.equal('Vom Verkäufer gemeldet, nicht von Dritten geprüft');
      expect(text(el, '[part~="comparison"]')).to.match(/^24 % unter der typischen Intensität der Branche „Bekleidung“/);
      expect(spoken(el)).to.match(/^Emissionsintensität 152 Gramm CO₂-Äquivalent pro Euro Umsatz im Jahr 2025/);
    });

    it('follows the nearest lang attribute when the provider sets no locale (Japanese)', async () => {
      const outer = await fixture<HTMLDivElement>(html`<div lang="ja"><eco-provider .factors=${fixtureDataset}></eco-provider></div>`);
      const el = document.createElement('eco-seller-badge');
      for (const [k, v] of SELLER.split(' ').map((a) => a.split('=') as [string, string])) el.setAttribute(k, v.replace(/"/g, ''));
      outer.querySelector('eco-provider')!.append(el);
      await el.updateComplete;
      await waitUntil(() => text(el, '[part~="value"]').includes('あたり'), 'Japanese catalog did not load', { timeout: 10000 });
      expect(text(el, '[part~="value"]')).to.equal('€あたり 150 g CO₂e');
    });
  });

  describe('keyboard', () => {
    it('stops only at its "How we calculate" disclosure, which Enter opens', async () => {
      const host = await fixture<HTMLDivElement>(html`<div>
        <button id="before">before</button>
        <eco-provider .factors=${fixtureDataset} locale="en"></eco-provider>
        <button id="after">after</button>
      </div>`);
      const tpl = document.createElement('template');
      tpl.innerHTML = `<eco-seller-badge ${SELLER} ${TARGET} variant="full"></eco-seller-badge>`;
      const el = tpl.content.firstElementChild as EcoSellerBadge;
      host.querySelector('eco-provider')!.append(el);
      await el.updateComplete;
      (host.querySelector('#before') as HTMLButtonElement).focus();
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement).to.equal(el);
      expect(el.shadowRoot!.activeElement?.getAttribute('part')).to.equal('toggle');
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(q(el, '#details')!.hidden).to.equal(false);
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement?.id).to.equal('after');
    });
  });

  describe('accessibility', () => {
    afterEach(() => tryEmulate({ colorScheme: 'light' }));

    for (const theme of ['light', 'dark'] as const) {
      it(`passes axe in ${theme} (compact, full with target, neutral state)`, async function () {
        this.timeout(120000); // axe (loaded on first use) is slow on a loaded machine; this checks findings, not speed
        // The provider's theme sets color-scheme, so its light-dark() tokens switch even where the OS scheme cannot be emulated.
        await tryEmulate({ colorScheme: theme });
        const host = await fixture<HTMLDivElement>(html`<div style="background:Canvas;color:CanvasText"></div>`);
        host.innerHTML = `<eco-provider theme="${theme}" locale="en">
          <eco-seller-badge ${SELLER}></eco-seller-badge>
          <eco-seller-badge ${SELLER} ${TARGET} name="Acme" variant="full"></eco-seller-badge>
          <eco-seller-badge ${SELLER.replace('150000', '500000')} variant="full" verified></eco-seller-badge>
          <eco-seller-badge></eco-seller-badge>
        </eco-provider>`;
        const provider = host.querySelector('eco-provider') as EcoProvider;
        provider.factors = fixtureDataset;
        await elementUpdated(provider);
        for (const b of host.querySelectorAll('eco-seller-badge')) await (b as EcoSellerBadge).updateComplete;
        await expect(host).to.be.accessible();
        expect(getComputedStyle(provider).colorScheme).to.equal(theme);
      });
    }

    it('keeps one colour per grade in light and dark (same hue meaning), and shows the grade as a letter, not by colour alone', async function () {
      const el = await badge(SELLER);
      const bg = () => getComputedStyle(q(el, '[part~="grade"]')!).backgroundColor;
      if (!(await tryEmulate({ colorScheme: 'light' }))) this.skip();
      const light = bg();
      await emulateMedia({ colorScheme: 'dark' });
      expect(bg()).to.equal(light);
      expect(getComputedStyle(q(el, '[part~="grade"]')!).color).to.equal('rgb(255, 255, 255)');
      expect(text(el, '[part~="grade"]')).to.equal('B');
    });
  });

  describe('impressions', () => {
    it('fires eco-impression once, when at least half visible, with the seller id and the experiment label', async () => {
      const seen: EcoImpressionEvent[] = [];
      const host = await fixture<HTMLDivElement>(html`<div style="height:200px;overflow:auto">
        <div style="height:600px"></div>
        <eco-seller-badge seller-id="s-42" emissions-kg="1000" revenue="10000" currency="USD" year="2021" sector="apparel" experiment="seller-a" @eco-impression=${(e: EcoImpressionEvent) => seen.push(e)}></eco-seller-badge>
        <div style="height:600px"></div>
      </div>`);
      const el = host.querySelector('eco-seller-badge') as EcoSellerBadge;
      await el.updateComplete;
      const barrier = () =>
        new Promise<void>((resolve) => {
          const io = new IntersectionObserver(() => {
            io.disconnect();
            resolve();
          });
          io.observe(el);
        });
      await barrier();
      expect(seen.length).to.equal(0);
      const first = oneEvent(el, 'eco-impression');
      el.scrollIntoView({ block: 'center' });
      await first;
      host.scrollTop = 0;
      await barrier();
      el.scrollIntoView({ block: 'center' });
      await barrier();
      await aTimeout(0);
      expect(seen.length).to.equal(1);
      expect(seen[0]!.detail).to.deep.equal({ element: 'eco-seller-badge', sellerId: 's-42', experiment: 'seller-a' });
    });
  });

  it('emits no console warning on a clean render', async () => {
    const calls = await warnings(async () => {
      await badge(`${SELLER} ${TARGET} name="Acme" variant="full" verified experiment="x"`);
      await badge(SELLER);
    });
    expect(calls).to.deep.equal([]);
  });
});

import { aTimeout, elementUpdated, expect, fixture, fixtureSync, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { bundledDataset } from '../../src/data/index.js';
import { safeEstimateFootprint } from '../../src/engine/index.js';
import type { EcoFootprintBadge } from '../../src/components/footprint-badge/footprint-badge.js';
import type { EcoProvider } from '../../src/components/provider/provider.js';
import type { EcoErrorEvent, EcoFootprintChangeEvent, EcoImpressionEvent } from '../../src/events/index.js';
import { resetDevWarnings } from '../../src/internal/dev-warn.js';
import { fixtureDataset } from '../helpers/dataset.fixture.js';
import { loadMessages } from '../../src/i18n/registry.js';
import { tryEmulateMedia, withProvider } from '../helpers/with-provider.js';

// The badge is defined in the first test (after measuring its pre-upgrade box), so nothing here imports its define module statically.
const define = () => import('../../src/define/footprint-badge.js');

const shadow = (el: Element) => el.shadowRoot!;
const q = (el: Element, sel: string) => shadow(el).querySelector(sel) as HTMLElement | null;
const text = (el: Element, sel: string) => (q(el, sel)?.textContent ?? '').replace(/\s+/g, ' ').trim();
const spoken = (el: Element) => text(el, '.visually-hidden');
/** Opens "How we calculate" (method, filled-in inputs, equivalent, sources). */
async function open(el: EcoFootprintBadge) {
  q(el, '[part~="toggle"]')!.click();
  await el.updateComplete;
}

async function badge(story: ReturnType<typeof html>, opts: Parameters<typeof withProvider>[1] = {}) {
  const el = await withProvider<EcoFootprintBadge>(story, opts);
  await el.updateComplete;
  return el;
}

/** Captures console.warn calls while `fn` runs. */
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

// the fixture with a price exponent for electronics (the fixture itself has none: prices do not move its estimates)
const pricedDataset = { ...fixtureDataset, ranges: { ...fixtureDataset.ranges, price: { beta: { electronics: 0.5 }, cap: 4 } } };
const estimatePriced = (p: Record<string, unknown>) => {
  const r = safeEstimateFootprint(p as never, { dataset: pricedDataset });
  if (!r.ok) throw r.error;
  return r.value;
};

const estimate = (p: Record<string, unknown>) => {
  const r = safeEstimateFootprint(p as never, { dataset: fixtureDataset });
  if (!r.ok) throw r.error;
  return r.value;
};

describe('<eco-footprint-badge>', function () {
  this.timeout(30000); // generous: CI machines can be heavily loaded
  beforeEach(() => resetDevWarnings());

  describe('before and after upgrade', () => {
    it('keeps its box when the element is defined (eco-nudge.css + :host sizes)', async () => {
      const link = document.createElement('link');
      link.rel = 'stylesheet';
      link.href = new URL('../../src/styles/eco-nudge.css', import.meta.url).href;
      const loaded = oneEvent(link, 'load');
      document.head.append(link);
      await loaded;
      const host = fixtureSync<HTMLDivElement>(html`<div style="font-size:16px">
        <eco-provider .factors=${fixtureDataset} locale="en"
          ><eco-footprint-badge category="apparel.t-shirt" weight-grams="180"></eco-footprint-badge
        ></eco-provider>
      </div>`);
      await (host.querySelector('eco-provider') as EcoProvider).updateComplete;
      const el = host.querySelector('eco-footprint-badge')!;
      expect(customElements.get('eco-footprint-badge')).to.equal(undefined);
      const before = el.getBoundingClientRect();
      expect(before.height).to.be.greaterThan(0);
      expect(before.width).to.be.greaterThan(0);
      await define();
      await customElements.whenDefined('eco-footprint-badge');
      await (el as EcoFootprintBadge).updateComplete;
      expect(text(el, '[part~="value"]')).to.contain('kg');
      const after = el.getBoundingClientRect();
      expect(after.height).to.be.closeTo(before.height, 0.5);
      expect(after.width).to.be.closeTo(before.width, 0.5);
      link.remove();
    });
  });

  describe('once defined', () => {
    before(async () => {
      await define();
    });

    describe('first connection, queued', () => {
      const make = () => {
        const el = document.createElement('eco-footprint-badge') as EcoFootprintBadge;
        el.setAttribute('category', 'apparel.t-shirt');
        return el;
      };

      it('an element removed before its turn never renders nor fires; put back, it renders once', async () => {
        const host = await fixture(html`<div></div>`);
        const early = make();
        const changes: Event[] = [];
        early.addEventListener('eco-footprint-change', (e) => changes.push(e));
        host.append(early);
        early.remove();
        const later = make();
        host.append(later);
        await later.updateComplete; // queued after the removed one: its turn has passed
        expect(later.shadowRoot!.textContent).to.contain('CO₂e');
        expect(early.hasUpdated).to.equal(false);
        expect(early.shadowRoot?.textContent ?? '').to.equal('');
        expect(changes).to.have.length(0);
        host.append(early);
        await early.updateComplete;
        expect(early.shadowRoot!.textContent).to.contain('CO₂e');
        expect(changes).to.have.length(1);
      });

      it('an element moved before its turn renders once, where it ended up, and keeps its box meanwhile', async () => {
        const host = await fixture(html`<div><p></p><p></p></div>`);
        const [a, b] = host.querySelectorAll('p');
        const el = make();
        const changes: Event[] = [];
        el.addEventListener('eco-footprint-change', (e) => changes.push(e));
        a!.append(el);
        expect(el.getBoundingClientRect().height).to.be.greaterThan(0); // the shadow root's styles are there at once
        b!.append(el);
        await el.updateComplete;
        expect(el.parentElement).to.equal(b);
        expect(el.shadowRoot!.textContent).to.contain('CO₂e');
        expect(changes).to.have.length(1);
      });

      it('a listing of 160 badges, most off screen: every one renders its own product in its reserved box; a removed attribute clears its figure', async () => {
        const weights = Array.from({ length: 160 }, (_, i) => 100 + 7 * i);
        const host = await fixture<HTMLElement>(html`<div style="font-size:16px">
          <eco-provider .factors=${fixtureDataset} locale="en"
            ><ul style="display:grid;gap:2rem;margin:0">
              ${weights.map((w) => html`<li><eco-footprint-badge category="apparel.t-shirt" weight-grams=${w}></eco-footprint-badge></li>`)}
            </ul></eco-provider
          >
        </div>`);
        const els = [...host.querySelectorAll<EcoFootprintBadge>('eco-footprint-badge')];
        await Promise.all(els.map((e) => e.updateComplete));
        const last = els.at(-1)!;
        expect(last.getBoundingClientRect().top).to.be.greaterThan(window.innerHeight); // off screen
        const values = els.map((el, i) => {
          expect(el.footprint?.co2eGrams, `badge ${i}`).to.equal(estimate({ category: 'apparel.t-shirt', weightGrams: weights[i] }).co2eGrams);
          expect(el.getBoundingClientRect().height, `badge ${i}`).to.be.closeTo(1.75 * 14, 0.5); // 1.75em of the 14 px badge font
          return text(el, '[part~="value"]');
        });
        // what a badge shows is its own product's figure: the same as a lone badge with its inputs (sampled)
        for (const i of [0, 80, 159]) {
          const lone = await badge(html`<eco-footprint-badge category="apparel.t-shirt" weight-grams=${weights[i]!}></eco-footprint-badge>`, { factors: fixtureDataset });
          expect(values[i]).to.equal(text(lone, '[part~="value"]'));
        }
        expect(new Set(values).size).to.be.greaterThan(20); // not one figure copied around
        // the weight removed from an off-screen badge: the typical product's figure replaces the stale one
        last.removeAttribute('weight-grams');
        await last.updateComplete;
        const typical = estimate({ category: 'apparel.t-shirt' });
        expect(last.footprint?.co2eGrams).to.equal(typical.co2eGrams);
        expect(last.footprint?.filledIn).to.include('weightGrams');
        const lone = await badge(html`<eco-footprint-badge category="apparel.t-shirt"></eco-footprint-badge>`, { factors: fixtureDataset });
        expect(text(last, '[part~="value"]')).to.equal(text(lone, '[part~="value"]')).and.not.equal(values[159]);
      });
    });

    describe('compact (default)', () => {
      it('shows the grade letter and the value, and speaks the long form with range and scale', async () => {
        const el = await badge(html`<eco-footprint-badge product-id="tee" category="apparel.t-shirt" weight-grams="180"></eco-footprint-badge>`);
        const r = estimate({ category: 'apparel.t-shirt', weightGrams: 180 });
        expect(el.variant).to.equal('compact');
        expect(el.hasAttribute('variant')).to.equal(false);
        expect(text(el, '[part~="grade"]')).to.equal(r.grade);
        expect(text(el, '[part~="value"]')).to.equal('4.5 kg CO₂e');
        expect(text(el, '[part~="base"] [aria-hidden="true"]')).to.equal(`${r.grade} · 4.5 kg CO₂e`);
        expect(spoken(el)).to.equal(
          `Estimated footprint 4.5 kilograms CO₂e (range ${(r.lowGrams / 1000).toFixed(1)} to ${(r.highGrams / 1000).toFixed(1)}), grade ${r.grade} on a scale from A (lowest) to E`,
        );
        expect(q(el, '[part~="grade"]')!.closest('[aria-hidden="true"]')).to.exist;
      });

      it('reports the engine result (and the experiment label) in eco-footprint-change', async () => {
        const provider = fixtureSync<EcoProvider>(html`<eco-provider .factors=${fixtureDataset}></eco-provider>`);
        const el = document.createElement('eco-footprint-badge');
        el.setAttribute('product-id', 'tee-1');
        el.setAttribute('category', 'apparel.t-shirt');
        el.setAttribute('weight-grams', '200');
        el.setAttribute('experiment', 'pdp-b');
        const pending = oneEvent(provider, 'eco-footprint-change') as Promise<EcoFootprintChangeEvent>;
        provider.append(el);
        const { detail } = await pending;
        expect(detail.productId).to.equal('tee-1');
        expect(detail.experiment).to.equal('pdp-b');
        expect(detail.result.co2eGrams).to.equal(estimate({ id: 'tee-1', category: 'apparel.t-shirt', weightGrams: 200 }).co2eGrams);
        expect(detail.result.trace.datasetVersion).to.equal('test.1');
      });

      it('fills missing inputs from the category (absent attribute = missing) and says so', async () => {
        const el = await badge(html`<eco-footprint-badge category="apparel.t-shirt" variant="full"></eco-footprint-badge>`);
        expect(el.footprint!.filledIn).to.include('weightGrams');
        await open(el);
        expect(text(el, '[part~="method"]')).to.equal('Estimated from the product category');
        expect(text(el, '[part~="filled-in"]')).to.match(/^Typical values used for: weight, materials/);
      });

      it('treats an empty attribute as missing, not as an error', async () => {
        const el = await badge(html`<eco-footprint-badge category="apparel.t-shirt" weight-grams="" price=""></eco-footprint-badge>`);
        expect(el.footprint).to.exist;
        expect(el.footprint!.filledIn).to.include('weightGrams');
      });

      it('uses imperial units from the provider', async () => {
        const el = await badge(html`<eco-footprint-badge category="apparel.t-shirt" weight-grams="180"></eco-footprint-badge>`, { units: 'imperial' });
        expect(text(el, '[part~="value"]')).to.equal('9.9 lb CO₂e');
        expect(spoken(el)).to.contain('9.9 pounds CO₂e');
      });
    });

    describe('attributes → text (full variant)', () => {
      const full = (attrs: string) => html`<eco-footprint-badge variant="full" ${attrs}></eco-footprint-badge>`;
      void full;

      it('category and weight: method, comparison, range', async () => {
        const el = await badge(html`<eco-footprint-badge variant="full" category="apparel.t-shirt" weight-grams="180"></eco-footprint-badge>`);
        const r = el.footprint!;
        expect(el.getAttribute('variant')).to.equal('full');
        await open(el);
        expect(text(el, '[part~="method"]')).to.equal('Estimated from category and weight');
        expect(r.comparison).to.equal('typical');
        expect(text(el, '[part~="comparison"]')).to.equal('About typical for a T-shirt');
        expect(text(el, '[part~="range"]')).to.equal(`Likely range: ${(r.lowGrams / 1000).toFixed(1)}–${(r.highGrams / 1000).toFixed(1)} kg CO₂e`);
      });

      it('a stage under 0.5% of the total reads "<1%" in the legend (what is seen and what is spoken), never "0%"', async () => {
        for (const locale of ['en', 'de']) {
          const el = await badge(html`<eco-footprint-badge variant="full" category="electronics.headphones" weight-grams="265" declared-grams="9800"></eco-footprint-badge>`, { factors: bundledDataset, locale });
          if (locale !== 'en') {
            await loadMessages(locale);
            await el.updateComplete;
          }
          const stages = Object.values(el.footprint!.stages).filter((g) => g > 0);
          const total = stages.reduce((a, g) => a + g, 0);
          const items = [...el.shadowRoot!.querySelectorAll('.legend li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
          expect(items.length).to.equal(stages.length);
          expect(stages.some((g) => g / total < 0.005), 'this product has a tiny stage').to.equal(true);
          stages.forEach((g, i) => {
            if (g / total < 0.005) expect(items[i], locale).to.match(/<1 ?%$/);
            else expect(items[i], locale).to.not.match(/\D0 ?%$/);
          });
          el.closest('eco-provider')!.remove();
        }
      });

      it('materials (with a recycled share): "estimated from materials and weight"', async () => {
        const el = await badge(html`<eco-footprint-badge variant="full" category="apparel.t-shirt" weight-grams="180" materials="cotton:0.6,polyester:0.4@0.5"></eco-footprint-badge>`);
        expect(el.footprint!.method).to.equal('activity');
        await open(el);
        expect(text(el, '[part~="method"]')).to.equal('Estimated from materials and weight');
        const expected = estimate({ category: 'apparel.t-shirt', weightGrams: 180, materials: [{ material: 'cotton', share: 0.6 }, { material: 'polyester', share: 0.4, recycledShare: 0.5 }] });
        expect(el.footprint!.co2eGrams).to.equal(expected.co2eGrams);
        const virgin = estimate({ category: 'apparel.t-shirt', weightGrams: 180, materials: [{ material: 'cotton', share: 0.6 }, { material: 'polyester', share: 0.4 }] });
        expect(el.footprint!.co2eGrams).to.be.lessThan(virgin.co2eGrams);
      });

      it('materials without a weight: "estimated from materials, with a typical weight"', async () => {
        const el = await badge(html`<eco-footprint-badge variant="full" category="apparel.t-shirt" materials="cotton"></eco-footprint-badge>`);
        expect(el.footprint!.method).to.equal('activity');
        expect(el.footprint!.filledIn).to.include('weightGrams');
        await open(el);
        expect(text(el, '[part~="method"]')).to.equal('Estimated from materials, with a typical weight');
      });

      it('price and currency: "estimated from the price"; the currency changes the figure', async () => {
        const el = await badge(html`<eco-footprint-badge variant="full" category="electronics.laptop" price="1200" currency="USD"></eco-footprint-badge>`, { factors: pricedDataset });
        await open(el);
        expect(text(el, '[part~="method"]')).to.equal('Estimated from the price');
        const usd = el.footprint!.co2eGrams;
        el.currency = 'EUR';
        await el.updateComplete;
        expect(el.footprint!.co2eGrams).to.not.equal(usd);
        expect(el.footprint!.co2eGrams).to.equal(estimatePriced({ category: 'electronics.laptop', price: 1200, currency: 'EUR' }).co2eGrams);
      });

      it('a price where it carries no signal (clothes) does not move the figure, and the badge does not claim it', async () => {
        const el = await badge(html`<eco-footprint-badge variant="full" category="apparel.t-shirt" price="20" currency="USD"></eco-footprint-badge>`);
        expect(text(el, '[part~="method"]')).to.equal('Estimated from the product category');
        expect(el.footprint!.co2eGrams).to.equal(estimate({ category: 'apparel.t-shirt' }).co2eGrams);
      });

      it('price without currency uses the provider currency', async () => {
        const el = await badge(html`<eco-footprint-badge category="electronics.laptop" price="1200"></eco-footprint-badge>`, { currency: 'GBP', factors: pricedDataset });
        expect(el.footprint!.co2eGrams).to.equal(estimatePriced({ category: 'electronics.laptop', price: 1200, currency: 'GBP' }).co2eGrams);
        expect(el.footprint!.co2eGrams).to.not.equal(estimatePriced({ category: 'electronics.laptop', price: 1200, currency: 'USD' }).co2eGrams);
      });

      it('declared-grams: "declared by the supplier" and a declared long form', async () => {
        const el = await badge(html`<eco-footprint-badge variant="full" category="apparel.t-shirt" declared-grams="3000"></eco-footprint-badge>`);
        await open(el);
        expect(text(el, '[part~="method"]')).to.equal('Declared by the supplier');
        expect(spoken(el)).to.match(/^Declared footprint /);
        expect(el.footprint!.co2eGrams).to.equal(estimate({ category: 'apparel.t-shirt', declared: { co2eGrams: 3000, boundary: 'cradle-to-gate' } }).co2eGrams);
      });

      it('origin and product-id reach the engine', async () => {
        const el = await badge(html`<eco-footprint-badge product-id="p-9" name="Plain tee" category="apparel.t-shirt" origin="fr"></eco-footprint-badge>`);
        expect(el.footprint!.productId).to.equal('p-9');
        expect(el.footprint!.filledIn).to.not.include('originCountry');
      });

      it('says "below a typical …" for grades A and B (the grade and the words follow one rule)', async () => {
        const pact = { specVersion: '2.3.0', pcf: { declaredUnit: 'kilogram', unitaryProductAmount: '0.2', pCfExcludingBiogenic: '4', assurance: { assurance: true, providerName: 'Verifier' } } };
        const el = await badge(html`<eco-footprint-badge variant="full" category="apparel.t-shirt" .pact=${pact}></eco-footprint-badge>`);
        const r = el.footprint!;
        expect(r.grade < 'C').to.equal(true);
        expect(text(el, '[part~="comparison"]')).to.equal(`${Math.round((1 - r.ratio) * 100)}% below a typical T-shirt`);
        await open(el);
        expect(text(el, '[part~="method"]')).to.equal('Declared by the supplier and verified');
      });

      it('says "above a typical …" for grades D and E', async () => {
        const el = await badge(html`<eco-footprint-badge variant="full" category="apparel.t-shirt" declared-grams="40000"></eco-footprint-badge>`);
        const r = el.footprint!;
        expect(r.grade > 'C').to.equal(true);
        expect(text(el, '[part~="comparison"]')).to.equal(`${Math.round((r.ratio - 1) * 100)}% above a typical T-shirt`);
      });

      it('never lets the grade and the words disagree (the issue: "E · 29 kg" beside "About typical")', async () => {
        for (const grams of [500, 2500, 4000, 5000, 6500, 9000, 12000, 20000, 40000]) {
          const el = await badge(html`<eco-footprint-badge variant="full" category="apparel.t-shirt" declared-grams=${grams}></eco-footprint-badge>`);
          const r = el.footprint!;
          const words = text(el, '[part~="comparison"]');
          const raised = shadow(el).querySelector('.scale .on')!;
          expect(raised.textContent).to.equal(r.grade);
          expect(raised.getAttribute('part')).to.equal('grade');
          if (r.grade === 'C') expect(words, `${grams} g`).to.equal('About typical for a T-shirt');
          else expect(words, `${grams} g`).to.match(r.grade < 'C' ? / below a typical T-shirt$/ : / above a typical T-shirt$/);
        }
      });

      it('shows the stages as one bar with a legend in words, and opens "How we calculate" with the method, equivalent and sources', async () => {
        const el = await badge(html`<eco-footprint-badge variant="full" category="apparel.t-shirt" weight-grams="200"></eco-footprint-badge>`);
        const r = el.footprint!;
        const legend = q(el, '[part~="breakdown"] ul')!;
        expect(legend.getAttribute('aria-label')).to.equal('Footprint by life-cycle stage');
        const rows = [...legend.querySelectorAll('li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
        const named = ['Materials', 'Manufacturing', 'Transport', 'Packaging', 'Use', 'End of life'].filter((_, i) => Object.values(r.stages)[i]! > 0);
        expect(rows.map((t) => t.replace(/ [\d.]+\s?k?g CO₂e \d+%$/, ''))).to.deep.equal(named);
        expect(rows[0]).to.contain(`${r.stages.materials / 1000} kg CO₂e`);
        expect(shadow(el).querySelectorAll('svg.stack rect').length).to.equal(named.length);
        const button = q(el, 'button')!;
        const region = q(el, '#details')!;
        expect(button.textContent!.trim()).to.equal('How we calculate');
        expect(button.getAttribute('aria-expanded')).to.equal('false');
        expect(button.getAttribute('aria-controls')).to.equal('details');
        expect(region.hidden).to.equal(true);
        button.click();
        await el.updateComplete;
        expect(button.getAttribute('aria-expanded')).to.equal('true');
        expect(region.hidden).to.equal(false);
        expect(region.getAttribute('role')).to.equal('region');
        expect(region.getAttribute('aria-label')).to.equal('How we calculate');
        expect(text(el, '[part~="equivalent"]')).to.match(/^About as much as driving \d+ km in an average car$/);
        expect(text(el, '[part~="sources"]')).to.contain('Dataset test.1');
        expect(text(el, '[part~="sources"]')).to.contain('Sources: Fixture figures for tests');
      });

      it('links sources only for http(s) URLs', async () => {
        const factors = { ...fixtureDataset, sources: { fx: { ...fixtureDataset.sources.fx!, url: 'javascript:alert(1)' } } };
        const el = await badge(html`<eco-footprint-badge variant="full" category="apparel.t-shirt"></eco-footprint-badge>`, { factors });
        q(el, 'button')!.click();
        await el.updateComplete;
        expect(shadow(el).querySelector('a')).to.equal(null);
        expect(text(el, '[part~="sources"]')).to.contain('Fixture figures for tests');

        const safe = { ...fixtureDataset, sources: { fx: { ...fixtureDataset.sources.fx!, url: 'https://example.org/fx' } } };
        const el2 = await badge(html`<eco-footprint-badge variant="full" category="apparel.t-shirt"></eco-footprint-badge>`, { factors: safe });
        q(el2, 'button')!.click();
        await el2.updateComplete;
        expect(shadow(el2).querySelector('a')!.getAttribute('href')).to.equal('https://example.org/fx');
      });

      it('renders names from the dataset as text, never as markup', async () => {
        const factors = { ...fixtureDataset, categories: { ...fixtureDataset.categories, 'apparel.t-shirt': { ...fixtureDataset.categories['apparel.t-shirt']!, label: '<img src=x onerror=alert(1)>' } } };
        const el = await badge(html`<eco-footprint-badge variant="full" category="apparel.t-shirt"></eco-footprint-badge>`, { factors });
        expect(shadow(el).querySelector('img')).to.equal(null);
        expect(text(el, '[part~="comparison"]')).to.contain('<img src=x onerror=alert(1)>');
      });
    });

    describe('properties', () => {
      it('.product (the engine input) replaces the attributes', async () => {
        const product = { id: 'lap', category: 'electronics.laptop', weightGrams: 2000 };
        const el = await badge(html`<eco-footprint-badge category="apparel.t-shirt" .product=${product}></eco-footprint-badge>`);
        expect(el.footprint!.category).to.equal('electronics.laptop');
        expect(el.footprint!.co2eGrams).to.equal(estimate(product).co2eGrams);
      });

      it('.pact (a PACT document) is used as the declared figure', async () => {
        const pact = { specVersion: '2.3.0', pcf: { declaredUnit: 'kilogram', unitaryProductAmount: '0.2', pCfExcludingBiogenic: '4' } };
        const el = await badge(html`<eco-footprint-badge variant="full" category="apparel.t-shirt" .pact=${pact}></eco-footprint-badge>`);
        expect(el.footprint!.method).to.equal('declared');
        expect(el.footprint!.verified).to.equal(false);
        await open(el);
        expect(text(el, '[part~="method"]')).to.equal('Declared by the supplier');
      });

      it('an unknown variant falls back to compact, keeps the figure, fires INVALID_ATTRIBUTE each time and warns once', async () => {
        const errors: EcoErrorEvent[] = [];
        const listen = (e: EcoErrorEvent) => errors.push(e);
        document.addEventListener('eco-error', listen);
        const calls = await warnings(async () => {
          const el = await badge(html`<eco-footprint-badge category="apparel.t-shirt" weight-grams="180" experiment="ab-1" variant="huge"></eco-footprint-badge>`);
          expect(el.variant).to.equal('compact');
          expect(text(el, '[part~="value"]')).to.equal('4.5 kg CO₂e');
          expect(text(el, '[part~="grade"]')).to.equal(estimate({ category: 'apparel.t-shirt', weightGrams: 180 }).grade);
          expect(el.matches(':state(error)')).to.equal(false);
          el.variant = 'giant' as never;
          await el.updateComplete;
          expect(el.variant).to.equal('compact');
          expect(text(el, '[part~="value"]')).to.equal('4.5 kg CO₂e');
        }).finally(() => document.removeEventListener('eco-error', listen));
        expect(calls.length).to.equal(1);
        expect(String(calls[0]![0])).to.contain('invalid-variant');
        expect(errors.map((e) => e.detail.code)).to.deep.equal(['INVALID_ATTRIBUTE', 'INVALID_ATTRIBUTE']);
        expect(errors[0]!.detail.issues).to.deep.equal([{ path: 'variant', message: 'Expected one of compact, full' }]);
        expect(errors[0]!.detail.message).to.contain('variant="huge"');
        expect(errors[1]!.detail.message).to.contain('variant="giant"');
        expect(errors[0]!.detail.experiment).to.equal('ab-1');
      });
    });

    describe('invalid input: error event, issue paths, neutral state, one warning', () => {
      const cases: Array<[string, () => ReturnType<typeof html>, string, string]> = [
        ['non-numeric weight', () => html`<eco-footprint-badge category="apparel.t-shirt" weight-grams="abc"></eco-footprint-badge>`, 'INVALID_PRODUCT', 'weightGrams'],
        ['negative weight', () => html`<eco-footprint-badge category="apparel.t-shirt" weight-grams="-5"></eco-footprint-badge>`, 'INVALID_PRODUCT', 'weightGrams'],
        ['non-numeric price', () => html`<eco-footprint-badge category="apparel.t-shirt" price="cheap"></eco-footprint-badge>`, 'INVALID_PRODUCT', 'price'],
        ['negative declared figure', () => html`<eco-footprint-badge category="apparel.t-shirt" declared-grams="-1"></eco-footprint-badge>`, 'INVALID_PRODUCT', 'declared.co2eGrams'],
        ['material share above 1', () => html`<eco-footprint-badge category="apparel.t-shirt" materials="cotton:2"></eco-footprint-badge>`, 'INVALID_PRODUCT', 'materials.0.share'],
        ['malformed materials', () => html`<eco-footprint-badge category="apparel.t-shirt" materials="cotton=1;wool"></eco-footprint-badge>`, 'INVALID_PRODUCT', 'materials.0'],
        ['100,000 materials (over INPUT_LIMITS.materials characters: refused before parsing)', () => html`<eco-footprint-badge category="apparel.t-shirt" materials=${Array(100_000).fill('cotton:0.00001').join(',')}></eco-footprint-badge>`, 'TOO_LARGE', 'materials'],
        ['51 materials (over LIMITS.materials: refused before parsing)', () => html`<eco-footprint-badge category="apparel.t-shirt" materials=${Array(51).fill('cotton:0.01').join(',')}></eco-footprint-badge>`, 'INVALID_PRODUCT', 'materials'],
        ['unknown material', () => html`<eco-footprint-badge category="apparel.t-shirt" materials="unobtainium:1"></eco-footprint-badge>`, 'UNKNOWN_MATERIAL', 'materials.0.material'],
        ['unknown category', () => html`<eco-footprint-badge category="apparel.toga"></eco-footprint-badge>`, 'UNKNOWN_CATEGORY', 'category'],
        ['missing category', () => html`<eco-footprint-badge weight-grams="200"></eco-footprint-badge>`, 'INVALID_PRODUCT', 'category'],
        ['unknown currency', () => html`<eco-footprint-badge category="apparel.t-shirt" price="20" currency="XYZ"></eco-footprint-badge>`, 'UNKNOWN_CURRENCY', 'currency'],
        ['invalid .product', () => html`<eco-footprint-badge .product=${{ category: 'apparel.t-shirt', weightGrams: 'heavy' }}></eco-footprint-badge>`, 'INVALID_PRODUCT', 'weightGrams'],
        ['invalid .pact', () => html`<eco-footprint-badge category="apparel.t-shirt" .pact=${{ specVersion: '2.3.0' }}></eco-footprint-badge>`, 'INVALID_PACT', 'pact.pcf'],
      ];
      for (const [name, story, code, path] of cases) {
        it(name, async () => {
          let el!: EcoFootprintBadge;
          let detail!: EcoErrorEvent['detail'];
          const calls = await warnings(async () => {
            const host = fixtureSync<EcoProvider>(html`<eco-provider .factors=${fixtureDataset} locale="en"></eco-provider>`);
            const pending = oneEvent(host, 'eco-error') as Promise<EcoErrorEvent>;
            const tpl = document.createElement('template');
            const { render } = await import('lit');
            render(story(), tpl.content as unknown as HTMLElement);
            el = tpl.content.firstElementChild as EcoFootprintBadge;
            el.setAttribute('experiment', 'exp-1');
            host.append(el);
            ({ detail } = await pending);
            await el.updateComplete;
            // a second badge with the same problem: another event, but no second warning
            const again = el.cloneNode(true) as EcoFootprintBadge;
            if ((el as { product?: unknown }).product) again.product = el.product;
            if (el.pact) again.pact = el.pact;
            const second = oneEvent(host, 'eco-error');
            host.append(again);
            await second;
          });
          expect(detail.code).to.equal(code);
          expect(detail.issues.map((i) => i.path)).to.include(path);
          expect(detail.message).to.be.a('string').and.not.empty;
          expect(detail.experiment).to.equal('exp-1');
          expect(text(el, '[part~="base"]')).to.equal('Estimate unavailable');
          expect(el.matches(':state(error)')).to.equal(true);
          expect(el.footprint).to.equal(undefined);
          expect(calls.length, 'one warning per code').to.equal(1);
          expect(String(calls[0]![0])).to.contain(code);
        });
      }

      it('recovers when the input is fixed', async () => {
        const el = await warnings(() => badge(html`<eco-footprint-badge category="apparel.t-shirt" weight-grams="abc"></eco-footprint-badge>`)).then(
          () => document.querySelector('eco-footprint-badge') as EcoFootprintBadge,
        );
        el.weightGrams = 180;
        await el.updateComplete;
        expect(el.matches(':state(error)')).to.equal(false);
        expect(text(el, '[part~="value"]')).to.equal('4.5 kg CO₂e');
      });
    });

    describe('context', () => {
      it('renders with the bundled dataset without a provider', async () => {
        const el = await fixture<EcoFootprintBadge>(html`<eco-footprint-badge category="apparel.t-shirt" weight-grams="200"></eco-footprint-badge>`);
        expect(el.footprint!.trace.datasetVersion).to.equal(bundledDataset.version);
        expect(text(el, '[part~="value"]')).to.match(/ CO₂e$/);
      });

      it('re-renders when the provider locale changes (German decimal comma, German text)', async () => {
        const el = await badge(html`<eco-footprint-badge variant="full" category="apparel.t-shirt" weight-grams="180"></eco-footprint-badge>`);
        expect(text(el, '[part~="value"]')).to.equal('4.5 kg CO₂e');
        const provider = el.closest('eco-provider') as EcoProvider;
        provider.locale = 'de';
        await elementUpdated(provider);
        await el.updateComplete;
        // the German catalog loads on demand: meanwhile the full badge keeps its box with the loading line (laid out
        // once in German, not in English first), then re-renders
        await loadMessages('de');
        await el.updateComplete;
        expect(text(el, '[part~="value"]')).to.equal('4,5 kg CO₂e');
        await open(el);
        expect(text(el, '[part~="method"]')).to.equal('Geschätzt anhand von Kategorie und Gewicht');
        expect(spoken(el)).to.match(/^Geschätzter Fußabdruck 4,5 Kilogramm CO₂e \(Bereich [\d,]+ bis [\d,]+\), Klasse [A-E] auf einer Skala/);
      });

      it('follows the nearest lang attribute (across shadow roots) when the provider sets no locale', async () => {
        const outer = fixtureSync<HTMLDivElement>(html`<div lang="fr"><eco-provider .factors=${fixtureDataset}></eco-provider></div>`);
        const shadowHost = document.createElement('div');
        outer.querySelector('eco-provider')!.append(shadowHost);
        await (outer.querySelector('eco-provider') as EcoProvider).updateComplete;
        const root = shadowHost.attachShadow({ mode: 'open' });
        root.innerHTML = '<eco-footprint-badge category="apparel.t-shirt" weight-grams="180"></eco-footprint-badge>';
        const el = root.querySelector('eco-footprint-badge') as EcoFootprintBadge;
        await el.updateComplete;
        expect(text(el, '[part~="value"]')).to.equal('4,5 kg CO₂e');
        await loadMessages('fr');
        await el.updateComplete;
        expect(spoken(el)).to.match(/^Empreinte estimée 4,5 kilogrammes CO₂e/);
      });

      it('uses the provider dataset and country', async () => {
        const el = await badge(html`<eco-footprint-badge category="electronics.laptop"></eco-footprint-badge>`, { country: 'FR' });
        const fr = el.footprint!.co2eGrams;
        const provider = el.closest('eco-provider') as EcoProvider;
        provider.country = 'PL';
        await elementUpdated(provider);
        await el.updateComplete;
        expect(el.footprint!.co2eGrams).to.be.greaterThan(fr);
      });
    });

    describe('keyboard', () => {
      it('opens and closes the breakdown with Enter and Space', async () => {
        const el = await badge(html`<eco-footprint-badge variant="full" category="apparel.t-shirt"></eco-footprint-badge>`);
        const button = q(el, 'button')!;
        button.focus();
        await sendKeys({ press: 'Enter' });
        await el.updateComplete;
        expect(button.getAttribute('aria-expanded')).to.equal('true');
        expect(q(el, '#details')!.hidden).to.equal(false);
        await sendKeys({ press: ' ' });
        await el.updateComplete;
        expect(button.getAttribute('aria-expanded')).to.equal('false');
        expect(q(el, '#details')!.hidden).to.equal(true);
      });

      it('has a target of at least 24 × 24 px', async () => {
        const el = await badge(html`<eco-footprint-badge variant="full" category="apparel.t-shirt"></eco-footprint-badge>`);
        const r = q(el, 'button')!.getBoundingClientRect();
        expect(r.width).to.be.at.least(24);
        expect(r.height).to.be.at.least(24);
      });
    });

    describe('accessibility', () => {
      afterEach(() => tryEmulateMedia({ colorScheme: 'light', reducedMotion: 'no-preference' }));

      for (const theme of ['light', 'dark'] as const) {
        it(`passes axe in ${theme} (compact, full and open)`, async function () {
          this.timeout(120000); // axe schedules with timers, which Chromium throttles in a background test page
          await tryEmulateMedia({ colorScheme: theme }); // Chromium: the OS scheme too; everywhere: the provider's theme
          const host = fixtureSync<HTMLDivElement>(html`<div style="background:Canvas;color:CanvasText">
            <eco-provider .factors=${fixtureDataset} theme=${theme} locale="en">
              <eco-footprint-badge category="apparel.t-shirt" weight-grams="180"></eco-footprint-badge>
              <eco-footprint-badge variant="full" category="apparel.t-shirt" weight-grams="180"></eco-footprint-badge>
              <eco-footprint-badge variant="full" category="apparel.t-shirt" declared-grams="40000"></eco-footprint-badge>
            </eco-provider>
          </div>`);
          await (host.querySelector('eco-provider') as EcoProvider).updateComplete;
          const [, open] = [...host.querySelectorAll('eco-footprint-badge')] as EcoFootprintBadge[];
          await open!.updateComplete;
          q(open!, 'button')!.click();
          await open!.updateComplete;
          await expect(host).to.be.accessible();
          expect(getComputedStyle(host.querySelector('eco-provider')!).colorScheme).to.equal(theme);
        });
      }

      it('follows the OS scheme under theme="auto" (where the browser can emulate it)', async function () {
        const el = await badge(html`<eco-footprint-badge category="apparel.t-shirt"></eco-footprint-badge>`);
        const bg = () => getComputedStyle(q(el, '.base')!).backgroundColor;
        if (!(await tryEmulateMedia({ colorScheme: 'light' }))) this.skip();
        const light = bg();
        await tryEmulateMedia({ colorScheme: 'dark' });
        expect(bg()).to.not.equal(light);
      });

      it('appearance="plain" drops its own background and border and takes the page colour; the default keeps them', async () => {
        const host = fixtureSync<HTMLDivElement>(html`<div style="color: rgb(10, 20, 30)">
          <eco-provider .factors=${fixtureDataset} theme="light" locale="en">
            <eco-footprint-badge variant="full" category="apparel.t-shirt" weight-grams="180"></eco-footprint-badge>
            <eco-footprint-badge variant="full" appearance="plain" category="apparel.t-shirt" weight-grams="180"></eco-footprint-badge>
          </eco-provider>
        </div>`);
        const [own, plain] = [...host.querySelectorAll('eco-footprint-badge')] as EcoFootprintBadge[];
        await own!.updateComplete;
        await plain!.updateComplete;
        const panel = (el: EcoFootprintBadge) => getComputedStyle(q(el, '[part~="panel"]')!);
        expect(panel(own!).backgroundColor).to.not.equal('rgba(0, 0, 0, 0)');
        expect(panel(own!).borderTopStyle).to.equal('solid');
        expect(panel(plain!).backgroundColor).to.equal('rgba(0, 0, 0, 0)');
        expect(panel(plain!).borderTopStyle).to.equal('none');
        expect(getComputedStyle(plain!).color).to.equal('rgb(10, 20, 30)');
        expect(plain!.appearance).to.equal('plain');
      });

      it('takes the merchant accent (--eco-accent) for its bars, set once on the provider', async () => {
        const el = await badge(html`<eco-footprint-badge variant="full" category="apparel.t-shirt" weight-grams="180"></eco-footprint-badge>`);
        (el.closest('eco-provider') as HTMLElement).style.setProperty('--eco-accent', 'rgb(200, 0, 100)');
        expect(getComputedStyle(q(el, '.band')!).fill).to.equal('rgb(200, 0, 100)');
      });

      it('switches colours with the provider theme', async () => {
        const el = await badge(html`<eco-footprint-badge category="apparel.t-shirt"></eco-footprint-badge>`, { theme: 'light' });
        const bg = () => getComputedStyle(q(el, '.base')!).backgroundColor;
        const light = bg();
        const provider = el.closest('eco-provider') as EcoProvider;
        provider.theme = 'dark';
        await elementUpdated(provider);
        expect(bg()).to.not.equal(light);
      });

      it('drops the disclosure transition under reduced motion (where the browser can emulate it)', async function () {
        if (!(await tryEmulateMedia({ reducedMotion: 'reduce' }))) this.skip();
        const el = await badge(html`<eco-footprint-badge variant="full" category="apparel.t-shirt"></eco-footprint-badge>`, {});
        const el2 = await fixture<EcoFootprintBadge>(html`<eco-footprint-badge variant="full" category="apparel.t-shirt"></eco-footprint-badge>`);
        for (const b of [el, el2]) expect(getComputedStyle(q(b, 'button')!, '::before').transitionDuration).to.equal('0s');
      });
    });

    describe('impressions', () => {
      class FakeIO {
        static made: FakeIO[] = [];
        readonly targets = new Set<Element>();
        disconnected = false;
        constructor(
          readonly callback: IntersectionObserverCallback,
          readonly options: IntersectionObserverInit = {},
        ) {
          FakeIO.made.push(this);
        }
        observe(t: Element) {
          this.targets.add(t);
        }
        unobserve(t: Element) {
          this.targets.delete(t);
        }
        disconnect() {
          this.disconnected = true;
          this.targets.clear();
        }
        takeRecords() {
          return [];
        }
        fire(ratio: number) {
          const target = [...this.targets][0]!;
          this.callback([{ target, isIntersecting: ratio > 0, intersectionRatio: ratio } as IntersectionObserverEntry], this as unknown as IntersectionObserver);
        }
      }
      const Real = window.IntersectionObserver;
      beforeEach(() => {
        FakeIO.made = [];
        // a new constructor per test: the kit keeps one shared observer per constructor
        window.IntersectionObserver = class extends FakeIO {} as unknown as typeof IntersectionObserver;
      });
      afterEach(() => {
        window.IntersectionObserver = Real;
      });

      it('fires once at ≥ 50% visible (observer driven by the test), with productId and experiment', async () => {
        const seen: EcoImpressionEvent[] = [];
        const el = await badge(html`<eco-footprint-badge product-id="tee" category="apparel.t-shirt" experiment="grid-a" @eco-impression=${(e: EcoImpressionEvent) => seen.push(e)}></eco-footprint-badge>`);
        const io = FakeIO.made.find((o) => o.targets.has(el))!;
        expect(io.options.threshold).to.equal(0.5);
        io.fire(0.3);
        expect(seen.length).to.equal(0);
        io.fire(0.6);
        expect(seen.length).to.equal(1);
        expect(seen[0]!.detail).to.deep.equal({ element: 'eco-footprint-badge', productId: 'tee', experiment: 'grid-a' });
        expect(seen[0]!.bubbles && seen[0]!.composed).to.equal(true);
        expect(io.targets.has(el)).to.equal(false);
        io.callback([{ target: el, isIntersecting: true, intersectionRatio: 1 } as IntersectionObserverEntry], io as unknown as IntersectionObserver);
        // moved in the DOM after the impression: not observed again
        el.parentElement!.append(el);
        expect(FakeIO.made.some((o) => o.targets.has(el))).to.equal(false);
        expect(seen.length).to.equal(1);
      });

      it('one observer serves every element; each fires its own impression', async () => {
        const seen: string[] = [];
        const host = await withProvider<HTMLElement>(html`<div @eco-impression=${(e: EcoImpressionEvent) => seen.push(String(e.detail.productId))}>
          <eco-footprint-badge product-id="a" category="apparel.t-shirt"></eco-footprint-badge>
          <eco-footprint-badge product-id="b" category="apparel.t-shirt"></eco-footprint-badge>
        </div>`);
        const [a, b] = [...host.querySelectorAll('eco-footprint-badge')] as EcoFootprintBadge[];
        await Promise.all([a!.updateComplete, b!.updateComplete]);
        expect(FakeIO.made.length).to.equal(1);
        const io = FakeIO.made[0]!;
        expect(io.targets.has(a!) && io.targets.has(b!)).to.equal(true);
        io.callback([{ target: b!, isIntersecting: true, intersectionRatio: 0.8 } as IntersectionObserverEntry], io as unknown as IntersectionObserver);
        expect(seen).to.deep.equal(['b']);
        expect(io.targets.has(a!)).to.equal(true);
        expect(io.targets.has(b!)).to.equal(false);
      });

      it('stops observing when removed before it was seen', async () => {
        const el = await badge(html`<eco-footprint-badge category="apparel.t-shirt"></eco-footprint-badge>`);
        const io = FakeIO.made.find((o) => o.targets.has(el))!;
        el.remove();
        expect(io.targets.has(el)).to.equal(false);
      });

      it('fires with a real IntersectionObserver when scrolled into view (skipped while the test page is in the background)', async function () {
        window.IntersectionObserver = Real;
        if (document.visibilityState !== 'visible') this.skip();
        const seen: EcoImpressionEvent[] = [];
        const host = fixtureSync<HTMLDivElement>(html`<div style="height:200px;overflow:auto">
          <div style="height:600px"></div>
          <eco-footprint-badge product-id="tee" category="apparel.t-shirt" experiment="grid-a" @eco-impression=${(e: EcoImpressionEvent) => seen.push(e)}></eco-footprint-badge>
          <div style="height:600px"></div>
        </div>`);
        const el = host.querySelector('eco-footprint-badge') as EcoFootprintBadge;
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
        expect(seen[0]!.detail).to.deep.equal({ element: 'eco-footprint-badge', productId: 'tee', experiment: 'grid-a' });
      });
    });

    it('emits no console warning on a clean render', async () => {
      const calls = await warnings(async () => {
        await badge(html`<eco-footprint-badge category="apparel.t-shirt" weight-grams="180" materials="cotton:0.95,elastane:0.05" variant="full"></eco-footprint-badge>`, {
          factors: { ...fixtureDataset, materials: { ...fixtureDataset.materials, elastane: fixtureDataset.materials.polyester! } },
        });
      });
      expect(calls).to.deep.equal([]);
    });
  });
});

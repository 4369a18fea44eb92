// Badges given results computed ahead of time (`eco-nudge estimate --badge`), on the precomputed-listing entry: they
// render from the result without downloading the engine or the dataset, and load them only when a shopper opens the
// details or a result's dataset version is not the bundled one. The tests run in order and share the page: the
// first ones must not load the engine.
import { expect, fixture, fixtureCleanup, fixtureSync, html, oneEvent } from '@open-wc/testing';
import '../../src/define/listing-precomputed.js';
import type { EcoFootprintBadge } from '../../src/components/footprint-badge/footprint-badge.js';
import type { EcoErrorEvent, EcoFactorsLoadEvent } from '../../src/events/index.js';
import type { EcoProvider } from '../../src/components/provider/provider.js';

const text = (el: Element, sel: string) => el.shadowRoot!.querySelector(sel)?.textContent?.replace(/\s+/g, ' ').trim();
const spoken = (el: Element) => text(el, '.visually-hidden');
/** The source modules this page has downloaded so far (the test server serves each module as its own file). */
const downloaded = () => performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname);
/** What a page of precomputed badges must not download: the engine's estimate, the data and the badge's engine module. */
const ENGINE = ['/src/data/index.ts', '/src/engine/footprint.ts', '/src/engine/equivalents.ts', '/src/components/footprint-badge/badge-engine.ts'];
const engineSeen = () => downloaded().filter((p) => ENGINE.includes(p) || p.startsWith('/src/engine/schemas/'));
/** The full variant's view, styles and English: a page of compact badges does not download them. */
const FULL = ['/src/components/footprint-badge/badge-full.ts', '/src/components/footprint-badge/badge-full.styles.ts', '/src/components/shared/full-badge.ts', '/src/components/shared/badge-full.styles.ts', '/src/i18n/en/footprint-badge.ts'];
const fullSeen = () => downloaded().filter((p) => FULL.includes(p));

interface Row {
  id: string;
  footprint: { co2eGrams: number; grade: string; trace: { datasetVersion: string } };
  badge: string;
}
/** The CLI's own output for test/components/fixtures/precomputed.jsonl (test/cli/estimate.test.mjs keeps it current). */
let rows: Row[] = [];
const products = new Map<string, Record<string, unknown>>();

before(async () => {
  const get = async (f: string) => (await (await fetch(`/test/components/fixtures/${f}`)).text()).split('\n').filter(Boolean).map((l) => JSON.parse(l));
  rows = await get('precomputed.out.jsonl');
  for (const p of await get('precomputed.jsonl')) products.set(p.id, p);
});
afterEach(() => fixtureCleanup());

describe('precomputed badges', () => {
  it('a listing of compact badges with results from the CLI renders their figures without downloading the engine or the data', async () => {
    const errors: string[] = [];
    const provider = await fixture(html`<eco-provider locale="en" @eco-error=${(e: EcoErrorEvent) => errors.push(e.detail.code)}>
      ${rows.map((r) => html`<eco-footprint-badge product-id=${r.id} result=${r.badge}></eco-footprint-badge>`)}
    </eco-provider>`);
    const badges = [...provider.querySelectorAll<EcoFootprintBadge>('eco-footprint-badge')];
    for (const b of badges) await b.updateComplete;
    expect(errors).to.deep.equal([]);
    expect(badges.map((b) => b.shadowRoot!.querySelector('[part~="grade"]')?.textContent)).to.deep.equal(rows.map((r) => r.footprint.grade));
    // the first one worked out: 2 significant figures of the CLI's figure, with its range spoken
    const tee = badges[0]!;
    const g = rows[0]!.footprint.co2eGrams;
    expect(text(tee, '[part~="value"]')).to.equal(`${(g / 1000).toPrecision(2)} kg CO₂e`);
    expect(spoken(tee)).to.match(/^Estimated footprint .+ \(range .+ to .+\), grade [A-E] on a scale from A \(lowest\) to E$/);
    expect(spoken(badges[3]!)).to.match(/^Declared footprint /);
    expect(badges.every((b) => b.footprint === undefined), 'no estimate of their own').to.equal(true);
    expect(engineSeen()).to.deep.equal([]);
    expect(fullSeen(), 'compact badges load no full-badge code or styles').to.deep.equal([]);
  });

  it('takes the result as a property too: the compact string, a BadgeResult or the CLI footprint object, all shown alike', async () => {
    const row = rows[0]!;
    const el = await fixture(html`<div>
      <eco-footprint-badge result=${row.badge}></eco-footprint-badge>
      <eco-footprint-badge .result=${row.badge}></eco-footprint-badge>
      <eco-footprint-badge .result=${row.footprint}></eco-footprint-badge>
      <eco-footprint-badge .result=${{ co2eGrams: 4200, lowGrams: 3100, highGrams: 5600, grade: 'C', method: 'categoryWeight', datasetVersion: '2026.1' }}></eco-footprint-badge>
    </div>`);
    const [a, b, c, d] = [...el.querySelectorAll<EcoFootprintBadge>('eco-footprint-badge')];
    for (const x of [a, b, c, d]) await x!.updateComplete;
    expect(text(b!, '[part~="base"]')).to.equal(text(a!, '[part~="base"]'));
    expect(text(c!, '[part~="grade"]')).to.equal(text(a!, '[part~="grade"]'));
    expect(text(c!, '[part~="value"]')).to.equal(text(a!, '[part~="value"]'));
    expect(text(d!, '[part~="value"]')).to.equal('4.2 kg CO₂e');
    expect(spoken(d!)).to.equal('Estimated footprint 4.2 kilograms CO₂e (range 3.1 to 5.6), grade C on a scale from A (lowest) to E');
    expect(engineSeen()).to.deep.equal([]);
  });

  it('a malformed result is an eco-error INVALID_RESULT with the fields named, and no figure', async () => {
    const el = await fixture<HTMLDivElement>(html`<div></div>`);
    const cases: [string, string[]][] = [
      ['v=1;g=4200;lo=5000;hi=5600;gr=F;m=guess;ds=2026.1', ['result.lowGrams', 'result.grade', 'result.method']],
      // no range: shown alone, the figure would read as certain
      ['v=1;g=4200;gr=C;m=category;ds=2026.1', ['result.lowGrams', 'result.highGrams']],
      ['v=2;g=4200;lo=3000;hi=5000;gr=C;m=category;ds=2026.1;colour=red', ['result.v', 'result.colour']],
      ['v=1;g=-1;lo=x;hi=5000;gr=C;m=category', ['result.co2eGrams', 'result.lowGrams', 'result.datasetVersion']],
    ];
    for (const [result, paths] of cases) {
      const badge = document.createElement('eco-footprint-badge') as EcoFootprintBadge;
      badge.setAttribute('result', result);
      const error = oneEvent(badge, 'eco-error');
      el.append(badge);
      const e = (await error) as EcoErrorEvent;
      await badge.updateComplete;
      expect(e.detail.code, result).to.equal('INVALID_RESULT');
      expect(e.detail.issues.map((i) => i.path), result).to.deep.equal(paths);
      expect(text(badge, '[part~="base"]'), result).to.equal('Estimate unavailable');
      expect(badge.shadowRoot!.querySelector('[part~="value"]'), result).to.equal(null);
      expect(badge.matches(':state(error)'), result).to.equal(true);
    }
    // a property that is not a result at all, and a hostile object, never throw
    const hostile = new Proxy({}, { get: () => { throw new Error('no'); } });
    for (const result of [42, [1, 2], hostile]) {
      const badge = document.createElement('eco-footprint-badge') as EcoFootprintBadge;
      badge.result = result as never;
      const error = oneEvent(badge, 'eco-error');
      el.append(badge);
      expect(((await error) as EcoErrorEvent).detail.code).to.equal('INVALID_RESULT');
      await badge.updateComplete;
      expect(text(badge, '[part~="base"]')).to.equal('Estimate unavailable');
    }
    expect(engineSeen()).to.deep.equal([]);
  });

  it('a provider given a partial merchant dataset loads the validators and the bundled data it extends; the results stay', async () => {
    const provider = fixtureSync<EcoProvider>(html`<eco-provider .factors=${{ grid: { XK: { value: 800, unit: 'g CO2e/kWh', source: 'owid-ember' } } }}>
      <eco-footprint-badge result=${rows[0]!.badge}></eco-footprint-badge>
    </eco-provider>`);
    const e = (await oneEvent(provider, 'eco-factors-load')) as EcoFactorsLoadEvent;
    expect(e.detail.version).to.equal(rows[0]!.footprint.trace.datasetVersion);
    expect(provider.activeDataset!.grid.XK!.value).to.equal(800);
    expect(Object.keys(provider.activeDataset!.categories)).to.include('apparel.t-shirt'); // merged onto the bundled one
    expect(downloaded()).to.include('/src/internal/bundled-data.ts');
    const badge = provider.querySelector<EcoFootprintBadge>('eco-footprint-badge')!;
    await badge.updateComplete;
    expect(text(badge, '[part~="value"]')).to.equal(`${(rows[0]!.footprint.co2eGrams / 1000).toPrecision(2)} kg CO₂e`);
    expect(badge.footprint).to.equal(undefined); // the same dataset version: still the result, no estimate of its own
  });

  it('a full badge shows the result at once; opening the details brings the stages and sources of its own estimate', async () => {
    const row = rows[0]!;
    const p = products.get(row.id)!;
    const badge = await fixture<EcoFootprintBadge>(
      html`<eco-footprint-badge variant="full" category=${p.category as string} weight-grams="180" materials="cotton:1" result=${row.badge}></eco-footprint-badge>`,
    );
    // the full view came on demand (this page's entry does not load it), with its styles in the badge's shadow root
    expect(fullSeen()).to.include('/src/components/footprint-badge/badge-full.ts');
    expect(fullSeen(), 'with its English').to.include('/src/i18n/en/footprint-badge.ts');
    expect(getComputedStyle(badge.shadowRoot!.querySelector('.scale')!).columnGap).to.equal('2px');
    expect(getComputedStyle(badge.shadowRoot!.querySelector('[part~="toggle"]')!).textDecorationLine).to.equal('underline');
    // from the result alone: the figure, the comparison with the typical T-shirt and the range
    expect(badge.footprint).to.equal(undefined);
    expect(text(badge, '[part~="value"]')).to.equal(`${(row.footprint.co2eGrams / 1000).toPrecision(2)} kg CO₂e`);
    expect(text(badge, '[part~="comparison"]')).to.equal('About typical for a T-shirt');
    expect(text(badge, '[part~="range"]')).to.match(/^Likely range: .+ kg CO₂e$/);
    expect(badge.shadowRoot!.querySelector('[part~="breakdown"]')).to.equal(null);
    // no stages yet: the box eco-nudge.css reserved for a precomputed full badge (8.5em at this width) is the box its
    // panel fills, with no empty space below the panel
    expect(badge.matches(':state(precomputed)')).to.equal(true);
    const em = parseFloat(getComputedStyle(badge).fontSize);
    const box = badge.getBoundingClientRect();
    const panel = badge.shadowRoot!.querySelector('[part~="panel"]')!.getBoundingClientRect();
    expect(box.height).to.be.at.least(8.5 * em - 0.5);
    expect(panel.bottom, 'the panel fills the reserved box').to.be.closeTo(box.bottom, 0.5);
    const before = { cmp: text(badge, '[part~="comparison"]'), range: text(badge, '[part~="range"]') };
    const toggle = badge.shadowRoot!.querySelector<HTMLButtonElement>('[part~="toggle"]')!;
    const toggleTop = toggle.getBoundingClientRect().top;
    toggle.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true }));
    toggle.click();
    await badge.updateComplete;
    // the badge's own estimate (same product, same dataset): the same words, now with the stages and the sources,
    // all below the toggle (which stays where the shopper clicked it)
    expect(badge.footprint?.co2eGrams).to.be.closeTo(row.footprint.co2eGrams, 1e-6);
    expect(badge.matches(':state(precomputed)'), 'keeps the precomputed layout').to.equal(true);
    const toggleNow = toggle.isConnected ? toggle : badge.shadowRoot!.querySelector('[part~="toggle"]')!;
    expect(toggleNow).to.have.attribute('aria-expanded', 'true');
    expect(toggleNow.getBoundingClientRect().top, 'the toggle does not move (the reserve rounds up to a pixel)').to.be.closeTo(toggleTop, 1);
    expect(badge.shadowRoot!.querySelector('[part~="details"] [part~="breakdown"]'), 'the stages inside the details').to.not.equal(null);
    // a compact badge shows the same result without the state (no ElementInternals for each badge of a listing)
    const compact = await fixture<EcoFootprintBadge>(html`<eco-footprint-badge result=${row.badge}></eco-footprint-badge>`);
    expect(text(compact, '[part~="value"]')).to.equal(`${(row.footprint.co2eGrams / 1000).toPrecision(2)} kg CO₂e`);
    expect(compact.matches(':state(precomputed)')).to.equal(false);
    expect(text(badge, '[part~="comparison"]')).to.equal(before.cmp);
    expect(text(badge, '[part~="range"]')).to.equal(before.range);
    expect(badge.shadowRoot!.querySelectorAll('.legend li').length).to.be.greaterThan(1);
    expect(badge.shadowRoot!.querySelector('[part~="details"]')!.hasAttribute('hidden')).to.equal(false);
    expect(text(badge, '[part~="method"]')).to.equal('Estimated from materials and weight');
    expect(text(badge, '[part~="sources"]')).to.match(/Dataset 2026\.1 · Sources: ./);
  });

  it('a result from another dataset version than the bundled one is estimated again from the badge inputs', async () => {
    const el = await fixture<HTMLDivElement>(html`<div>
      <eco-footprint-badge category="apparel.t-shirt" weight-grams="180" materials="cotton:1" result="v=1;g=9900;lo=9000;hi=11000;gr=E;m=materials;ds=2019.1"></eco-footprint-badge>
      <eco-footprint-badge result="v=1;g=9900;lo=9000;hi=11000;gr=E;m=materials;ds=2019.1"></eco-footprint-badge>
    </div>`);
    const [stale, alone] = [...el.querySelectorAll<EcoFootprintBadge>('eco-footprint-badge')] as [EcoFootprintBadge, EcoFootprintBadge];
    await stale.updateComplete;
    await alone.updateComplete;
    // the badge's own estimate with the bundled data, not the old figure
    expect(stale.footprint?.trace.datasetVersion).to.equal(rows[0]!.footprint.trace.datasetVersion);
    expect(stale.footprint?.co2eGrams).to.be.closeTo(rows[0]!.footprint.co2eGrams, 1e-6); // the same product as the CLI's first row
    expect(text(stale, '[part~="value"]')).to.equal(`${(rows[0]!.footprint.co2eGrams / 1000).toPrecision(2)} kg CO₂e`);
    expect(downloaded()).to.include('/src/components/footprint-badge/badge-engine.ts');
    // without inputs to estimate from, the result is what there is: shown as given
    expect(alone.footprint).to.equal(undefined);
    expect(text(alone, '[part~="value"]')).to.equal('9.9 kg CO₂e');
  });
});

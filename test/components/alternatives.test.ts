import { elementUpdated, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../../src/define/provider.js';
import '../../src/define/alternatives.js';
import '../../src/define/savings-counter.js';
import type { EcoAlternatives } from '../../src/components/alternatives/alternatives.js';
import type { EcoProvider } from '../../src/components/provider/provider.js';
import type { EcoSavingsCounter } from '../../src/components/savings-counter/savings-counter.js';
import type { EcoErrorEvent } from '../../src/events/error.js';
import { resetDevWarnings } from '../../src/internal/dev-warn.js';
import { fixtureDataset } from '../helpers/dataset.fixture.js';
import { withProvider } from '../helpers/with-provider.js';
import { loadMessages } from '../../src/i18n/registry.js';

const cotton = [{ material: 'cotton', share: 1 }];
const tee = { id: 'tee', name: 'Classic tee', category: 'apparel.t-shirt', weightGrams: 200, materials: cotton, price: 20 };
// Fixture estimates: tee 5.0 kg (3.3–7.5). mini 1.25 kg, tiny 1.5 kg, light 2.5 kg (confident);
// recycled 3.4 kg and poly 3.6 kg (ranges overlap: not confident); heavy is higher; laptop is another category.
const candidates = [
  { id: 'light', name: 'Light tee', category: 'apparel.t-shirt', weightGrams: 100, materials: cotton, price: 24 },
  { id: 'recycled', name: 'Recycled tee', category: 'apparel.t-shirt', weightGrams: 200, materials: [{ material: 'cotton', share: 1, recycledShare: 1 }], price: 18 },
  { id: 'tiny', name: 'Tiny tee', category: 'apparel.t-shirt', weightGrams: 60, materials: cotton, price: 20 },
  { id: 'poly', name: 'Poly tee', category: 'apparel.t-shirt', weightGrams: 180, materials: [{ material: 'polyester', share: 1 }], price: 20 },
  { id: 'heavy', name: 'Heavy tee', category: 'apparel.t-shirt', weightGrams: 400, materials: cotton },
  { id: 'laptop', name: 'Laptop', category: 'electronics.laptop', weightGrams: 100 },
  { id: 'mini', name: 'Mini tee', category: 'apparel.t-shirt', weightGrams: 50, materials: cotton, price: 15, url: 'https://shop.example/mini', image: '/img/mini.png' },
];

const root = (el: HTMLElement) => el.shadowRoot!;
const items = (el: HTMLElement) => [...root(el).querySelectorAll('li')];
const names = (el: HTMLElement) => items(el).map((li) => li.querySelector('[part~="item-name"]')!.textContent!.trim());
const button = (el: HTMLElement, i: number) => items(el)[i]!.querySelector('button')!;
const text = (el: Element) => el.textContent!.replace(/\s+/g, ' ').trim();

/** emulateMedia where the browser supports it (Chromium over CDP); Firefox over WebDriver BiDi cannot: returns false. */
async function tryEmulate(media: Parameters<typeof emulateMedia>[0]): Promise<boolean> {
  try {
    await emulateMedia(media);
    return true;
  } catch {
    return false;
  }
}

function captureWarnings() {
  const original = console.warn;
  const calls: string[] = [];
  console.warn = (...args: unknown[]) => calls.push(args.map(String).join(' '));
  return { calls, restore: () => (console.warn = original) };
}

async function render(attrs: { experiment?: string; max?: string; minSaving?: string; headingLevel?: string } = {}, product: unknown = tee, list: unknown = candidates, locale = 'en') {
  return withProvider<EcoAlternatives>(
    html`<eco-alternatives .product=${product} .candidates=${list} experiment=${attrs.experiment ?? ''} max=${attrs.max ?? '3'}
      min-saving=${attrs.minSaving ?? '0.1'} heading-level=${attrs.headingLevel ?? '2'}></eco-alternatives>`,
    { locale },
  );
}

describe('<eco-alternatives>', () => {
  beforeEach(() => resetDevWarnings());

  describe('rendering', () => {
    it('upgrades', () => {
      expect(customElements.get('eco-alternatives')).to.exist;
    });

    it('lists only confident, lower, same-category swaps in a real list, largest saving first, at most 3 by default', async () => {
      const el = await render();
      expect(root(el).querySelector('ul')).to.exist;
      expect(names(el)).to.deep.equal(['Mini tee', 'Tiny tee', 'Light tee']);
    });

    it('shows each footprint with its range, the method, the saving in kg and percent, and the price difference', async () => {
      const el = await render();
      const [mini, tiny, light] = items(el).map(text);
      expect(tiny).to.contain('1.5 kg CO₂e').and.contain('Likely range:');
      expect(tiny).to.contain('\u22123.5 kg CO₂e (\u221270%)'); // a real minus sign (U+2212), no "less" beside it
      expect(tiny).to.contain('Same price');
      expect(light).to.contain('\u22122.5 kg CO₂e (\u221250%)').and.contain('€4.00 more');
      expect(mini).to.contain('€5.00 less');
      expect(tiny).to.contain('Estimated from materials and weight');
    });

    it('is a card: the grade letter of the same rule as the badge, the saving with an everyday equivalent, the price, the action last', async () => {
      const el = await render();
      const tiny = items(el)[1]!;
      const grade = tiny.querySelector('[part~="item-grade"]')!;
      expect(grade.textContent!.trim()).to.match(/^[A-E]$/);
      expect(grade.getAttribute('data-grade')).to.equal(grade.textContent!.trim());
      // the spoken long form names the same grade
      expect(text(tiny.querySelector('[part~="item-footprint"] .visually-hidden')!)).to.contain(`grade ${grade.textContent!.trim()} on a scale from A`);
      expect(text(tiny.querySelector('[part~="item-saving"]')!)).to.equal('\u22123.5 kg CO₂e (\u221270%)');
      // fixture: 200 g CO2e per car-km, so 3.5 kg is 17.5 km
      expect(text(tiny.querySelector('[part~="item-equivalent"]')!)).to.match(/^About as much as driving 1[78](\.5)? km in an average car$/);
      expect(text(tiny.querySelector('[part~="item-price"]')!)).to.equal('Same price');
      expect(tiny.lastElementChild!.querySelector('[part~="action"]')).to.exist;
    });

    it('the Switch button takes the merchant\'s --eco-accent, else the page\'s text colour (never the kit\'s green)', async () => {
      const el = await render();
      const bg = () => getComputedStyle(button(el, 0)).backgroundColor;
      expect(bg()).to.equal(getComputedStyle(el).color);
      (el.closest('eco-provider') as HTMLElement).style.setProperty('--eco-accent', 'rgb(91, 60, 196)');
      expect(bg()).to.equal('rgb(91, 60, 196)');
    });

    it('gives the footprint a spoken long form with the same range as the visible text', async () => {
      const el = await render();
      const item = items(el)[1]!;
      const long = item.querySelector('[part~="item-footprint"] .visually-hidden')!.textContent!;
      const m = /^Estimated footprint 1\.5 kilograms CO₂e \(range ([\d.]+) to ([\d.]+)\), grade [A-E] on a scale from A \(lowest\) to E$/.exec(long);
      expect(m, long).to.not.equal(null);
      const [low, high] = [Number(m![1]), Number(m![2])];
      expect(low).to.be.lessThan(1.5);
      expect(high).to.be.greaterThan(1.5);
      expect(text(item)).to.contain(`Likely range: ${m![1]}–${m![2]} kg`);
    });

    it('respects max and min-saving', async () => {
      expect(names(await render({ max: '1' }))).to.deep.equal(['Mini tee']);
      expect(names(await render({ minSaving: '0.6' }))).to.deep.equal(['Mini tee', 'Tiny tee']);
    });

    it('never claims a saving the engine is not confident about, even with min-saving 0', async () => {
      const el = await render({ minSaving: '0', max: '10' });
      expect(names(el)).to.deep.equal(['Mini tee', 'Tiny tee', 'Light tee']);
    });

    it('links only http(s) URLs, shows images as decoration beside the name (empty alt: the name is not read twice) and never renders input as markup', async () => {
      const evil = [
        { id: 'a', name: '<b>Bold</b> tee', category: 'apparel.t-shirt', weightGrams: 50, materials: cotton, url: 'javascript:alert(1)', image: 'javascript:alert(1)' },
        { id: 'b', name: 'Safe tee', category: 'apparel.t-shirt', weightGrams: 60, materials: cotton, url: 'https://shop.example/b', image: 'data:image/png;base64,AAAA' },
      ];
      const el = await render({}, tee, evil);
      const [a, b] = items(el);
      expect(a!.querySelector('a')).to.equal(null);
      expect(a!.querySelector('img')).to.equal(null);
      expect(a!.querySelector('b')).to.equal(null);
      expect(a!.querySelector('[part~="item-name"]')!.textContent).to.equal('<b>Bold</b> tee');
      expect(b!.querySelector('a')!.getAttribute('href')).to.equal('https://shop.example/b');
      expect(b!.querySelector('img')).to.equal(null);
      const mini = items(await render({ max: '1' }))[0]!;
      expect(mini.querySelector('img')!.getAttribute('alt')).to.equal('');
      expect(mini.querySelector('[part~="item-name"]')!.textContent).to.equal('Mini tee');
      expect(mini.querySelector('img')!.getAttribute('src')).to.equal(new URL('/img/mini.png', document.baseURI).href);
    });

    it('sets the heading level from heading-level and lets a slot replace the heading', async () => {
      const el = await render({ headingLevel: '4' });
      const h = root(el).querySelector('[role="heading"]')!;
      expect(h.getAttribute('aria-level')).to.equal('4');
      expect(text(h)).to.equal('Lower-footprint alternatives');
    });

    it('says how many products were compared when none is lower (never "already among the lowest"), and lets the empty slot replace it', async () => {
      const tiny = candidates.find((c) => c.id === 'tiny')!;
      const mini = candidates.find((c) => c.id === 'mini')!;
      const el = await render({}, { ...mini, id: 'mini-current' });
      expect(root(el).querySelector('ul')).to.equal(null);
      const empty = text(root(el).querySelector('[part~="empty"]')!);
      expect(empty).not.to.contain('already among the lowest');
      expect(empty).to.equal('None of the products compared has a lower footprint estimate. Compared with 6 other products.');
      const custom = await withProvider<EcoAlternatives>(
        html`<eco-alternatives .product=${tiny} .candidates=${[]}><span slot="empty">Nothing better here</span></eco-alternatives>`,
      );
      const slot = root(custom).querySelector<HTMLSlotElement>('slot[name="empty"]')!;
      expect(slot.assignedElements().map((e) => e.textContent)).to.deep.equal(['Nothing better here']);
      expect(text(root(custom).querySelector('[part~="empty"]')!)).to.equal('There are no other products in this category to compare with.');
    });

    it('works without a provider (bundled dataset)', async () => {
      const el = await fixture<EcoAlternatives>(html`<eco-alternatives .product=${tee} .candidates=${candidates}></eco-alternatives>`);
      await elementUpdated(el);
      expect(text(root(el).querySelector('[role="heading"]')!)).to.equal('Lower-footprint alternatives');
      expect(root(el).querySelector('[part~="status"]')).to.equal(null);
      expect(root(el).querySelector('ul, [part~="empty"]')).to.exist;
    });
  });

  describe('states (bundled dataset)', () => {
    const shirt = (id: string, weightGrams: number) => ({ id, name: `Tee ${weightGrams} g`, category: 'apparel.t-shirt', weightGrams, materials: cotton });
    const bundled = (product: unknown, list: unknown, locale = 'en') =>
      withProvider<EcoAlternatives>(html`<eco-alternatives .product=${product} .candidates=${list}></eco-alternatives>`, { factors: null, locale });

    it('(a) no comparable candidate: says there is nothing to compare with', async () => {
      const el = await bundled(shirt('cur', 200), [{ id: 'l', name: 'Laptop', category: 'electronics.laptop' }]);
      expect(text(root(el).querySelector('[part~="empty"]')!)).to.equal('There are no other products in this category to compare with.');
      expect(el.matches(':state(empty)')).to.equal(true);
    });

    it('(b) lower products but no certain saving: listed muted with the saving range, no Switch, never "already among the lowest"', async () => {
      const el = await bundled(shirt('cur', 200), [shirt('b', 180), shirt('c', 150)]);
      const body = text(root(el).querySelector('[part~="base"]')!);
      expect(body).to.contain('These products may have a lower footprint, but the saving is not certain:');
      expect(body).not.to.contain('already among the lowest');
      expect(items(el).map((li) => li.classList.contains('muted'))).to.deep.equal([true, true]);
      const might = text(items(el)[0]!.querySelector('[part~="item-might-save"]')!);
      expect(might).to.match(/^might save [\d.]+–[\d.]+ (g|kg) CO₂e$/);
      expect(root(el).querySelector('[part~="action"]')).to.equal(null);
      expect(el.matches(':state(empty)')).to.equal(false);
    });

    it('(c) confident substitutes are labelled: beef → a plant-based alternative, new → refurbished', async () => {
      const beef = { id: 'beef', name: 'Beef mince', category: 'food.beef', weightGrams: 500 };
      const patty = { id: 'patty', name: 'Plant patty', category: 'food.meat-substitute', weightGrams: 226 };
      const el = await bundled(beef, [patty]);
      const li = items(el)[0]!;
      expect(text(li.querySelector('[part~="item-substitute"]')!)).to.equal('A plant-based alternative');
      expect(text(li.querySelector('[part~="item-saving"]')!)).to.match(/^\u2212\d+ kg CO₂e \(\u2212\d+%\)$/);
      const phone = await bundled({ id: 'new', name: 'Phone', category: 'electronics.smartphone', price: 700, currency: 'EUR' }, [
        { id: 'ref', name: 'Refurbished phone', category: 'electronics.smartphone', condition: 'refurbished', declared: { co2eGrams: 14000, boundary: 'cradle-to-grave' } },
      ]);
      expect(text(items(phone)[0]!.querySelector('[part~="item-substitute"]')!)).to.equal('Refurbished');
    });

    it('books offer no swaps', async () => {
      const el = await bundled({ id: 'b', name: 'Book', category: 'books.paperback', weightGrams: 600 }, [{ id: 'c', name: 'Thin book', category: 'books.paperback', weightGrams: 100 }]);
      expect(root(el).querySelector('ul')).to.equal(null);
    });

    for (const locale of ['de', 'fr', 'es', 'zh-CN', 'ja']) {
      it(`states (b) and (c) are translated in ${locale}`, async () => {
        const el = await bundled(shirt('cur', 200), [shirt('b', 180)], locale);
        await waitUntil(() => !text(root(el).querySelector('[part~="uncertain"]')!).startsWith('These products'), `${locale} catalog did not load`, { timeout: 10000 });
        expect(text(items(el)[0]!.querySelector('[part~="item-might-save"]')!)).not.to.contain('might save');
        const beef = await bundled({ id: 'beef', name: 'Beef', category: 'food.beef', weightGrams: 500 }, [{ id: 'p', name: 'Patty', category: 'food.meat-substitute', weightGrams: 226 }], locale);
        await waitUntil(() => text(items(beef)[0]!.querySelector('[part~="item-substitute"]')!) !== 'A plant-based alternative', `${locale} label`, { timeout: 10000 });
      });
    }
  });

  describe('switching', () => {
    it('fires eco-alternative-select with the ids, the saving and the experiment, then marks the item chosen', async () => {
      const el = await render({ experiment: 'pdp-b' });
      const b = button(el, 1);
      expect(b.getAttribute('aria-label')).to.equal('Switch to Tiny tee, saves 3.5 kg CO₂e');
      expect(b.textContent!.trim()).to.equal('Switch');
      setTimeout(() => b.click());
      const e = await oneEvent(el, 'eco-alternative-select');
      expect(e.cancelable).to.equal(true);
      expect(e.detail).to.deep.equal({ productId: 'tee', alternativeId: 'tiny', savedCo2eGrams: 3500, experiment: 'pdp-b' });
      await elementUpdated(el);
      // the button itself says so (not small text below it), and names what it switched to
      expect(button(el, 1).getAttribute('aria-pressed')).to.equal('true');
      expect(text(button(el, 1))).to.equal('✓Switched');
      expect(button(el, 1).getAttribute('aria-label')).to.equal('Switched to Tiny tee.');
      expect(items(el)[1]!.querySelector('[part~="undo"]')).to.exist;
      expect(button(el, 0).getAttribute('aria-pressed')).to.equal('false');
      expect(text(button(el, 0))).to.equal('Switch');
    });

    it('offers Undo after a switch: focus moves to it, it is announced, and undo reverses the switch and the ledger credit', async () => {
      const provider = await fixture<EcoProvider>(html`<eco-provider locale="en" .factors=${fixtureDataset}>
        <eco-alternatives .product=${tee} .candidates=${candidates}></eco-alternatives>
      </eco-provider>`);
      const alt = provider.querySelector<EcoAlternatives>('eco-alternatives')!;
      await elementUpdated(alt);
      button(alt, 1).click();
      await waitUntil(() => provider.ledger.totals().pendingByReason.swaps === 3500, undefined, { timeout: 10000 });
      await elementUpdated(alt);
      const undo = items(alt)[1]!.querySelector<HTMLButtonElement>('[part~="undo"]')!;
      expect(undo.textContent!.trim()).to.equal('Undo');
      expect(undo.getAttribute('aria-label')).to.equal('Undo the switch to Tiny tee');
      expect(root(alt).activeElement).to.equal(undo);
      expect(text(root(alt).querySelector('[role="status"]')!)).to.equal('Switched to Tiny tee.');
      undo.focus();
      setTimeout(() => sendKeys({ press: 'Enter' }));
      const e = await oneEvent(alt, 'eco-alternative-undo');
      expect(e.cancelable).to.equal(true);
      expect(e.detail).to.deep.include({ productId: 'tee', alternativeId: 'tiny', savedCo2eGrams: 3500 });
      await waitUntil(() => provider.ledger.totals().pendingByReason.swaps === 0, undefined, { timeout: 10000 });
      await elementUpdated(alt);
      expect(text(items(alt)[1]!)).not.to.contain('Switched');
      expect(items(alt)[1]!.querySelector('[part~="undo"]')).to.equal(null);
      expect(root(alt).activeElement).to.equal(button(alt, 1));
      expect(text(root(alt).querySelector('[role="status"]')!)).to.equal('Switch to Tiny tee undone.');
    });

    it('stays unchosen when the event is cancelled', async () => {
      const el = await render();
      el.addEventListener('eco-alternative-select', (e) => e.preventDefault());
      button(el, 0).click();
      await elementUpdated(el);
      expect(button(el, 0).getAttribute('aria-pressed')).to.equal('false');
      expect(text(items(el)[0]!)).not.to.contain('Switched');
    });

    it('is operable with Enter and Space', async () => {
      const el = await render();
      const seen: string[] = [];
      el.addEventListener('eco-alternative-select', (e) => {
        seen.push(e.detail.alternativeId);
        e.preventDefault();
      });
      button(el, 0).focus();
      await sendKeys({ press: 'Enter' });
      button(el, 2).focus();
      await sendKeys({ press: ' ' });
      expect(seen).to.deep.equal(['mini', 'light']);
    });

    it('feeds the provider ledger when accepted, and not when cancelled (the savings counter shows it)', async () => {
      const provider = await fixture<EcoProvider>(html`<eco-provider locale="en" .factors=${fixtureDataset} style="--eco-duration-slow:0s">
        <eco-alternatives .product=${tee} .candidates=${candidates}></eco-alternatives>
        <eco-savings-counter></eco-savings-counter>
      </eco-provider>`);
      const alt = provider.querySelector('eco-alternatives')!;
      const counter = provider.querySelector<EcoSavingsCounter>('eco-savings-counter')!;
      await elementUpdated(alt);
      const cancel = (e: Event) => e.preventDefault();
      alt.addEventListener('eco-alternative-select', cancel);
      button(alt, 0).click();
      await Promise.resolve();
      await elementUpdated(counter);
      expect(provider.ledger.totals().pendingGrams).to.equal(0);
      alt.removeEventListener('eco-alternative-select', cancel);
      button(alt, 1).click();
      await waitUntil(() => provider.ledger.totals().pendingByReason.swaps === 3500, undefined, { timeout: 10000 });
      await elementUpdated(counter);
      // switching on a product page credits nothing yet: the order "would save" it until it is placed
      expect(text(root(counter).querySelector('[part~="label"]')!)).to.equal('Would save with this order');
      expect(text(root(counter).querySelector('[part~="value"]')!)).to.equal('3.5 kg CO₂e');
      expect(provider.ledger.totals().savedGrams).to.equal(0);
      provider.placeOrder();
      await elementUpdated(counter);
      expect(text(root(counter).querySelector('[part~="label"]')!)).to.equal('Saved with your orders');
      expect(text(root(counter).querySelector('[part~="value"]')!)).to.equal('3.5 kg CO₂e');
    });

    for (const how of ['placeOrder()', 'an eco-order-place event'] as const)
      it(`once the order is placed (${how}), the chosen card reads "Saved with your order" with no Undo, like the counter`, async () => {
        const provider = await fixture<EcoProvider>(html`<eco-provider locale="en" .factors=${fixtureDataset} style="--eco-duration-slow:0s">
          <eco-alternatives .product=${tee} .candidates=${candidates}></eco-alternatives>
          <eco-savings-counter></eco-savings-counter>
        </eco-provider>`);
        const alt = provider.querySelector<EcoAlternatives>('eco-alternatives')!;
        const counter = provider.querySelector<EcoSavingsCounter>('eco-savings-counter')!;
        await elementUpdated(alt);
        button(alt, 1).click();
        await waitUntil(() => provider.ledger.totals().pendingByReason.swaps === 3500, undefined, { timeout: 10000 });
        await elementUpdated(alt);
        expect(text(items(alt)[1]!)).to.contain('Switched');
        if (how === 'placeOrder()') provider.placeOrder();
        else provider.querySelector('eco-savings-counter')!.dispatchEvent(new CustomEvent('eco-order-place', { bubbles: true, composed: true, cancelable: true }));
        await waitUntil(() => provider.ledger.totals().byReason.swaps === 3500, undefined, { timeout: 10000 });
        await elementUpdated(alt);
        await elementUpdated(counter);
        const card = items(alt)[1]!;
        expect(card.getAttribute('part')).to.equal('item item-chosen');
        expect(text(card.querySelector('[part~="item-saved"]')!)).to.equal('✓Saved with your order');
        expect(text(card)).not.to.contain('Switched');
        expect(card.querySelector('[part~="undo"]'), 'no Undo').to.equal(null);
        expect(card.querySelector('[part~="action"]'), 'no Switch button').to.equal(null);
        expect(text(root(alt).querySelector('[role="status"]')!)).to.equal('Tiny tee: saved with your order.');
        // the other cards still offer a switch (for the next order)
        expect(text(button(alt, 0))).to.equal('Switch');
        expect(text(root(counter).querySelector('[part~="label"]')!)).to.equal('Saved with your orders');
      });

    it('in German the placed card says "Mit Ihrer Bestellung eingespart"', async () => {
      await loadMessages('de');
      const provider = await fixture<EcoProvider>(html`<eco-provider locale="de" .factors=${fixtureDataset}>
        <eco-alternatives .product=${tee} .candidates=${candidates}></eco-alternatives>
      </eco-provider>`);
      const alt = provider.querySelector<EcoAlternatives>('eco-alternatives')!;
      await elementUpdated(alt);
      button(alt, 1).click();
      await waitUntil(() => provider.ledger.totals().pendingByReason.swaps === 3500, undefined, { timeout: 10000 });
      provider.placeOrder();
      await elementUpdated(alt);
      expect(text(items(alt)[1]!.querySelector('[part~="item-saved"]')!)).to.equal('✓Mit Ihrer Bestellung eingespart');
    });
  });

  describe('accessibility', () => {
    for (const theme of ['light', 'dark'] as const) {
      it(`passes axe with theme="${theme}"`, async function () {
        this.timeout(120000); // axe (loaded on first use) is slow on a loaded machine; this checks findings, not speed
        const el = await withProvider<EcoAlternatives>(html`<eco-alternatives .product=${tee} .candidates=${candidates}></eco-alternatives>`, { theme });
        await expect(el).to.be.accessible();
      });
    }

    for (const theme of ['light', 'dark'] as const) {
      it(`passes axe with theme="${theme}" after a switch (pressed button and Undo) and in the muted state`, async function () {
        this.timeout(120000);
        const el = await withProvider<EcoAlternatives>(html`<eco-alternatives .product=${tee} .candidates=${candidates}></eco-alternatives>`, { theme });
        button(el, 0).click();
        await elementUpdated(el);
        expect(items(el)[0]!.querySelector('[part~="undo"]')).to.exist;
        await expect(el).to.be.accessible();
        const muted = await withProvider<EcoAlternatives>(
          html`<eco-alternatives .product=${tee} .candidates=${candidates.filter((c) => c.id === 'recycled' || c.id === 'poly')}></eco-alternatives>`,
          { theme },
        );
        expect(items(muted).every((li) => li.classList.contains('muted'))).to.equal(true);
        await expect(muted).to.be.accessible();
      });
    }

    it('passes axe with theme="auto" under an emulated dark colour scheme (where the browser can emulate it)', async function () {
      this.timeout(120000); // axe (loaded on first use) is slow on a loaded machine; this checks findings, not speed
      if (!(await tryEmulate({ colorScheme: 'dark' }))) this.skip();
      try {
        const el = await render();
        await expect(el).to.be.accessible();
      } finally {
        await tryEmulate({ colorScheme: 'light' });
      }
    });

    it('fires eco-impression once with the experiment', async function () {
      this.timeout(30000);
      // A page the runner keeps in a background tab is not visible to anyone, so no impression is due there.
      if (document.visibilityState === 'hidden') this.skip();
      const pending = oneEvent(document, 'eco-impression');
      await render({ experiment: 'grid-a' });
      const e = await pending;
      expect(e.detail).to.include({ element: 'eco-alternatives', experiment: 'grid-a', productId: 'tee' });
    });
  });

  describe('locale', () => {
    it('re-renders when the provider locale changes', async () => {
      const el = await render();
      const provider = el.closest('eco-provider')!;
      provider.locale = 'de';
      await waitUntil(() => button(el, 1).textContent!.trim() !== 'Switch', 'German catalog did not load', { timeout: 10000 });
      expect(text(items(el)[1]!)).to.contain('3,5 kg');
      expect(button(el, 1).getAttribute('aria-label')).to.contain('Tiny tee').and.contain('3,5 kg CO₂e');
    });
  });

  describe('invalid input', () => {
    const errorOf = async (product: unknown, list: unknown = candidates) => {
      const pending = oneEvent(document, 'eco-error') as Promise<EcoErrorEvent>;
      const el = await render({}, product, list);
      return { el, detail: (await pending).detail };
    };

    it('a product that is not an object: INVALID_PRODUCT and the neutral state', async () => {
      const { el, detail } = await errorOf('tee');
      expect(detail.code).to.equal('INVALID_PRODUCT');
      expect(text(root(el).querySelector('[part~="status"]')!)).to.equal('Estimate unavailable');
      expect(root(el).querySelector('ul')).to.equal(null);
    });

    it('a product with a bad field: INVALID_PRODUCT with its path', async () => {
      const { detail } = await errorOf({ ...tee, weightGrams: -5 });
      expect(detail.code).to.equal('INVALID_PRODUCT');
      expect(detail.issues.map((i) => i.path)).to.include('weightGrams');
    });

    it('an unknown category: UNKNOWN_CATEGORY', async () => {
      const { detail } = await errorOf({ ...tee, category: 'nope.nope' });
      expect(detail.code).to.equal('UNKNOWN_CATEGORY');
    });

    it('candidates that is not an array: INVALID_ARGUMENT, shown as empty', async () => {
      const { el, detail } = await errorOf(tee, 'oops');
      expect(detail.code).to.equal('INVALID_ARGUMENT');
      expect(root(el).querySelector('[part~="empty"]')).to.exist;
    });

    it('invalid candidates are skipped and listed in ONE eco-error; the valid ones still show', async () => {
      const bad = [...candidates, { id: 'x', category: 'apparel.t-shirt' }, 7, { id: 'y', name: 'Y', category: 'apparel.t-shirt', weightGrams: 'heavy' }, { id: 'mini', name: 'Again', category: 'apparel.t-shirt' }];
      const errors: EcoErrorEvent[] = [];
      const listen = (e: EcoErrorEvent) => errors.push(e);
      document.addEventListener('eco-error', listen);
      const el = await render({}, tee, bad).finally(() => document.removeEventListener('eco-error', listen));
      expect(errors.length).to.equal(1);
      expect(errors[0]!.detail.code).to.equal('INVALID_PRODUCT');
      expect(errors[0]!.detail.issues.map((i) => i.path)).to.deep.equal(['candidates.7.name', 'candidates.8', 'candidates.9.weightGrams', 'candidates.10.id']);
      expect(names(el)).to.deep.equal(['Mini tee', 'Tiny tee', 'Light tee']);
    });

    it('bad max, min-saving and heading-level fall back to their defaults with INVALID_ATTRIBUTE each time and one warning each', async () => {
      const w = captureWarnings();
      const errors: EcoErrorEvent[] = [];
      const listen = (e: EcoErrorEvent) => errors.push(e);
      document.addEventListener('eco-error', listen);
      try {
        const el = await render({ max: '-1', minSaving: '2', headingLevel: '9', experiment: 'ab-2' });
        await render({ max: 'abc' });
        expect(names(el).length).to.equal(3);
        expect(root(el).querySelector('[role="heading"]')!.getAttribute('aria-level')).to.equal('2');
        expect(w.calls.filter((c) => c.includes('invalid-max')).length).to.equal(1);
        expect(w.calls.filter((c) => c.includes('invalid-min-saving')).length).to.equal(1);
        expect(w.calls.filter((c) => c.includes('invalid-heading-level')).length).to.equal(1);
      } finally {
        w.restore();
        document.removeEventListener('eco-error', listen);
      }
      expect(errors.map((e) => [e.detail.code, e.detail.issues.map((i) => i.path).join()])).to.deep.equal([
        ['INVALID_ATTRIBUTE', 'max'],
        ['INVALID_ATTRIBUTE', 'min-saving'],
        ['INVALID_ATTRIBUTE', 'heading-level'],
        ['INVALID_ATTRIBUTE', 'max'],
      ]);
      expect(errors[0]!.detail.message).to.contain('max="-1"');
      expect(errors[0]!.detail.experiment).to.equal('ab-2');
      expect(errors[3]!.detail.message).to.contain('max="NaN"');
    });
  });

  it('emits no console warning on a clean render', async () => {
    const w = captureWarnings();
    try {
      await render();
      expect(w.calls).to.deep.equal([]);
    } finally {
      w.restore();
    }
  });
});

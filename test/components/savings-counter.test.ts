import { aTimeout, elementUpdated, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/define/provider.js';
import '../../src/define/savings-counter.js';
import type { EcoProvider } from '../../src/components/provider/provider.js';
import type { EcoSavingsCounter } from '../../src/components/savings-counter/savings-counter.js';
import { loadCountUp } from '../../src/components/savings-counter/savings-counter.js';
import type { EcoErrorEvent } from '../../src/events/error.js';
import { resetDevWarnings } from '../../src/internal/dev-warn.js';
import { fixtureDataset } from '../helpers/dataset.fixture.js';
import { withProvider } from '../helpers/with-provider.js';

const root = (el: HTMLElement) => el.shadowRoot!;
const text = (el: Element | null) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
const part = (el: HTMLElement, name: string) => root(el).querySelector(`[part~="${name}"]`);
const status = (el: HTMLElement) => text(root(el).querySelector('[role="status"]'));

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

/** Makes `matchMedia('(prefers-reduced-motion: reduce)')` match, for browsers that cannot emulate media. */
function stubReducedMotion(): () => void {
  const original = window.matchMedia;
  window.matchMedia = ((q: string) => (q.includes('prefers-reduced-motion: reduce') ? { matches: true, media: q } : original.call(window, q))) as typeof window.matchMedia;
  return () => (window.matchMedia = original);
}

describe('<eco-savings-counter>', () => {
  beforeEach(() => resetDevWarnings());

  describe('explicit saved-grams', () => {
    it('shows the total, an everyday equivalent and the spoken final value', async () => {
      const el = await withProvider<EcoSavingsCounter>(html`<eco-savings-counter saved-grams="1200"></eco-savings-counter>`);
      expect(text(part(el, 'value'))).to.equal('1.2 kg CO₂e');
      expect(part(el, 'value')!.getAttribute('aria-hidden')).to.equal('true');
      // fixture: 200 g CO2e per car-km
      expect(text(part(el, 'equivalent'))).to.equal('About as much as driving 6 km in an average car');
      expect(status(el)).to.equal('You saved 1.2 kilograms CO₂ equivalent with this order');
      expect(text(part(el, 'heading'))).to.equal('Your CO₂e savings');
      expect(text(part(el, 'label'))).to.equal('Saved with this order');
    });

    it('uses miles with imperial units', async () => {
      const el = await withProvider<EcoSavingsCounter>(html`<eco-savings-counter saved-grams="1200"></eco-savings-counter>`, { units: 'imperial' });
      expect(text(part(el, 'equivalent'))).to.equal('About as much as driving 3.7 miles in an average car');
      expect(text(part(el, 'value'))).to.equal('2.6 lb CO₂e');
    });

    it('greets a shopper who has not saved yet with a neutral sentence, not a big "0 g CO₂e"', async () => {
      const el = await withProvider<EcoSavingsCounter>(html`<eco-savings-counter saved-grams="0"></eco-savings-counter>`);
      expect(part(el, 'value')).to.equal(null);
      expect(text(root(el).querySelector('.base'))).not.to.contain('0 g');
      expect(text(part(el, 'empty'))).to.equal('Choose a lower-footprint option and what it saves shows here.');
      expect(status(el)).to.equal('No savings recorded yet');
      expect(part(el, 'equivalent')).to.equal(null);
    });

    it('speaks its status in the page language once that catalog has loaded (German: not "No savings recorded yet")', async () => {
      const el = await withProvider<EcoSavingsCounter>(html`<eco-savings-counter saved-grams="0"></eco-savings-counter>`, { locale: 'de' });
      await waitUntil(() => text(root(el).querySelector('.base')).includes('Fußabdruck'), 'German catalog did not load', { timeout: 10000 });
      await el.updateComplete;
      await waitUntil(() => status(el) === 'Noch keine Einsparungen erfasst', 'German status did not arrive', { timeout: 10000 });
      expect(text(part(el, 'empty'))).to.contain('Option mit geringerem Fußabdruck');
      expect(status(el)).to.equal('Noch keine Einsparungen erfasst');
    });
  });

  describe('ledger', () => {
    const reasons = (el: HTMLElement) =>
      [...root(el).querySelectorAll('[part~="reasons"] div')].map((d) => [text(d.querySelector('dt')), text(d.querySelector('dd'))]);
    const NONE = { swaps: 0, delivery: 0, packaging: 0 };

    it('shows the provider ledger live, split by reason, and fires eco-savings-change with the experiment', async () => {
      const el = await withProvider<EcoSavingsCounter>(html`<eco-savings-counter experiment="thanks-b"></eco-savings-counter>`);
      const provider = el.closest('eco-provider') as EcoProvider;
      expect(part(el, 'value')).to.equal(null);
      setTimeout(() => provider.ledger.record({ reason: 'swaps', key: 'tee', savedGrams: 1500 }));
      const e = await oneEvent(el, 'eco-savings-change');
      expect(e.detail).to.deep.equal({ savedGrams: 1500, byReason: { swaps: 1500, delivery: 0, packaging: 0 }, pendingGrams: 0, pendingByReason: NONE, experiment: 'thanks-b' });
      provider.ledger.record({ reason: 'delivery', key: 'delivery', savedGrams: 100 });
      await elementUpdated(el);
      expect(text(part(el, 'label'))).to.equal('Saved with your orders');
      expect(text(part(el, 'value'))).to.equal('1.6 kg CO₂e');
      expect(reasons(el)).to.deep.equal([['Product swaps', '1.5 kg CO₂e'], ['Delivery choice', '100 g CO₂e']]);
    });

    it('shows the current order\'s choices as "would save" until the order is placed, then as saved', async () => {
      const el = await withProvider<EcoSavingsCounter>(html`<eco-savings-counter></eco-savings-counter>`);
      const provider = el.closest('eco-provider') as EcoProvider;
      provider.ledger.record({ reason: 'swaps', key: 'old-order', savedGrams: 3000 }); // saved by an earlier order
      provider.ledger.record({ reason: 'swaps', key: 'tee', savedGrams: 1500, pending: true });
      provider.ledger.record({ reason: 'delivery', key: 'delivery', savedGrams: 70, pending: true });
      await elementUpdated(el);
      expect(text(part(el, 'label'))).to.equal('Would save with this order');
      expect(text(part(el, 'value'))).to.equal('1.6 kg CO₂e');
      expect(reasons(el)).to.deep.equal([['Product swaps', '1.5 kg CO₂e'], ['Delivery choice', '70 g CO₂e']]);
      expect(text(part(el, 'saved'))).to.equal('Already saved with your orders: 3 kg CO₂e');
      await waitUntil(() => status(el) === 'This order would save 1.6 kilograms CO₂ equivalent once placed', status(el), { timeout: 10000 });

      const placed = provider.placeOrder();
      expect(placed).to.deep.equal({ savedGrams: 1570, byReason: { swaps: 1500, delivery: 70, packaging: 0 } });
      await elementUpdated(el);
      expect(text(part(el, 'label'))).to.equal('Saved with your orders');
      expect(text(part(el, 'value'))).to.equal('4.6 kg CO₂e');
      expect(part(el, 'saved')).to.equal(null);
      await waitUntil(() => status(el) === 'You saved 4.6 kilograms CO₂ equivalent with your orders', status(el), { timeout: 10000 });
    });

    it('goes back to the neutral sentence when the only pending choice is undone', async () => {
      const el = await withProvider<EcoSavingsCounter>(html`<eco-savings-counter></eco-savings-counter>`);
      const provider = el.closest('eco-provider') as EcoProvider;
      provider.ledger.record({ reason: 'swaps', key: 'tee', savedGrams: 1500, pending: true });
      await elementUpdated(el);
      expect(text(part(el, 'value'))).to.equal('1.5 kg CO₂e');
      provider.ledger.remove('swaps', 'tee', true);
      await elementUpdated(el);
      expect(part(el, 'value')).to.equal(null);
      expect(part(el, 'empty')).to.exist;
    });

    it('announces only the settled value, about a second after the last change', async () => {
      const el = await withProvider<EcoSavingsCounter>(html`<eco-savings-counter></eco-savings-counter>`);
      const provider = el.closest('eco-provider') as EcoProvider;
      expect(status(el)).to.equal('No savings recorded yet');
      provider.ledger.record({ reason: 'swaps', key: 'a', savedGrams: 500, pending: true });
      provider.ledger.record({ reason: 'swaps', key: 'b', savedGrams: 700, pending: true });
      await elementUpdated(el);
      expect(text(part(el, 'value'))).to.equal('1.2 kg CO₂e');
      expect(status(el)).to.equal('No savings recorded yet'); // debounced: not yet
      await waitUntil(() => status(el) !== 'No savings recorded yet', 'no announcement', { timeout: 10000 });
      expect(status(el)).to.equal('This order would save 1.2 kilograms CO₂ equivalent once placed');
    });

    it('shows the ledger without a provider as zero, and the explicit value wins over the ledger', async () => {
      const alone = await fixture<EcoSavingsCounter>(html`<eco-savings-counter></eco-savings-counter>`);
      expect(part(alone, 'value')).to.equal(null);
      expect(part(alone, 'empty')).to.exist;
      const el = await withProvider<EcoSavingsCounter>(html`<eco-savings-counter saved-grams="300"></eco-savings-counter>`);
      (el.closest('eco-provider') as EcoProvider).ledger.record({ reason: 'swaps', key: 'x', savedGrams: 5000 });
      await elementUpdated(el);
      expect(text(part(el, 'value'))).to.equal('300 g CO₂e');
    });
  });

  describe('motion', () => {
    const renderSlow = () =>
      withProvider<EcoSavingsCounter>(html`<eco-savings-counter saved-grams="100" style="--eco-duration-slow: 5s"></eco-savings-counter>`);

    it('counts up over --eco-duration-slow (the visible value lags, the event does not)', async () => {
      // Animation frames are driven here: a test page in a background tab gets none, and a loaded machine gets them late.
      const frames: FrameRequestCallback[] = [];
      const { requestAnimationFrame: raf, cancelAnimationFrame: caf } = window;
      window.requestAnimationFrame = (cb) => frames.push(cb);
      window.cancelAnimationFrame = () => {};
      const runFrames = (ahead: number) => frames.splice(0).forEach((cb) => cb(performance.now() + ahead));
      try {
        const el = await renderSlow();
        await loadCountUp(); // the count-up's code, fetched once the first value shows
        let fired = 0;
        el.addEventListener('eco-savings-change', () => fired++);
        el.savedGrams = 9000;
        await elementUpdated(el);
        expect(fired).to.equal(1);
        expect(text(part(el, 'value'))).to.equal('100 g CO₂e'); // no animation frame has run yet
        runFrames(2500); // half of 5 s: 100 + 8,900 × (1 − 0.5³) ≈ 7.9 kg
        await el.updateComplete;
        expect(text(part(el, 'value'))).to.match(/^7\.9 kg CO₂e$/);
        runFrames(10000);
        await el.updateComplete;
        expect(text(part(el, 'value'))).to.equal('9 kg CO₂e');
        expect(fired).to.equal(1);
      } finally {
        Object.assign(window, { requestAnimationFrame: raf, cancelAnimationFrame: caf });
      }
    });

    it('shows the final value at once under prefers-reduced-motion', async () => {
      const emulated = await tryEmulate({ reducedMotion: 'reduce' });
      const restore = emulated ? () => tryEmulate({ reducedMotion: 'no-preference' }) : stubReducedMotion();
      try {
        const el = await renderSlow();
        await loadCountUp(); // with the count-up's code there, so that it is reduced motion that shows the value at once
        el.savedGrams = 9000;
        await elementUpdated(el);
        expect(text(part(el, 'value'))).to.equal('9 kg CO₂e');
      } finally {
        await restore();
      }
    });

    it('shows the final value at once when --eco-duration-slow is zero', async () => {
      const el = await withProvider<EcoSavingsCounter>(html`<eco-savings-counter saved-grams="100"></eco-savings-counter>`);
      await loadCountUp(); // with the count-up's code there, so that it is the zero duration that shows the value at once
      el.savedGrams = 2500;
      await elementUpdated(el);
      expect(text(part(el, 'value'))).to.equal('2.5 kg CO₂e');
    });
  });

  describe('community progress', () => {
    it('draws a progress bar toward a shared goal, with gigatonnes in words', async () => {
      const el = await withProvider<EcoSavingsCounter>(
        html`<eco-savings-counter saved-grams="0" community-grams="1.2e15" goal-grams="1.5e15"></eco-savings-counter>`,
      );
      const bar = part(el, 'progress')!;
      expect(bar.getAttribute('role')).to.equal('progressbar');
      expect(bar.getAttribute('aria-valuenow')).to.equal('80');
      expect(bar.getAttribute('aria-label')).to.equal('Shared goal');
      expect(bar.getAttribute('aria-valuetext')).to.equal('Shoppers have saved 1.2 gigatonnes CO₂ equivalent of 1.5 gigatonnes CO₂ equivalent (80%)');
      expect(text(part(el, 'progress-label'))).to.equal('Shoppers have saved 1.2 Gt CO₂e of 1.5 Gt CO₂e (80%)');
    });

    it('uses megatonnes and tonnes below a gigatonne, and caps the bar at 100%', async () => {
      const el = await withProvider<EcoSavingsCounter>(html`<eco-savings-counter community-grams="3e12" goal-grams="2e9"></eco-savings-counter>`);
      expect(text(part(el, 'progress-label'))).to.equal('Shoppers have saved 3 Mt CO₂e of 2,000 t CO₂e (100%)');
      expect(part(el, 'progress')!.getAttribute('aria-valuenow')).to.equal('100');
    });

    it('is absent without both numbers', async () => {
      const el = await withProvider<EcoSavingsCounter>(html`<eco-savings-counter community-grams="5"></eco-savings-counter>`);
      expect(part(el, 'progress')).to.equal(null);
    });
  });

  describe('accessibility', () => {
    for (const theme of ['light', 'dark'] as const) {
      it(`passes axe with theme="${theme}"`, async function () {
        this.timeout(120000); // axe (loaded on first use) is slow on a loaded machine; this checks findings, not speed
        const el = await withProvider<EcoSavingsCounter>(
          html`<eco-savings-counter saved-grams="1200" community-grams="1.2e15" goal-grams="1.5e15"></eco-savings-counter>`,
          { theme },
        );
        await expect(el).to.be.accessible();
      });
    }

    for (const theme of ['light', 'dark'] as const) {
      it(`passes axe with theme="${theme}" with a pending order beside what earlier orders saved, and empty`, async function () {
        this.timeout(120000);
        const el = await withProvider<EcoSavingsCounter>(html`<eco-savings-counter community-grams="4.13e14" goal-grams="1.5e15"></eco-savings-counter>`, { theme });
        const ledger = (el.closest('eco-provider') as EcoProvider).ledger;
        ledger.record({ reason: 'swaps', key: 'old', savedGrams: 12000 });
        ledger.record({ reason: 'swaps', key: 'tee', savedGrams: 3500, pending: true });
        await elementUpdated(el);
        expect(part(el, 'saved')).to.exist;
        await expect(el).to.be.accessible();
        const empty = await withProvider<EcoSavingsCounter>(html`<eco-savings-counter></eco-savings-counter>`, { theme });
        expect(part(empty, 'empty')).to.exist;
        await expect(empty).to.be.accessible();
      });
    }

    it('fires eco-impression once with the experiment', async function () {
      this.timeout(30000);
      // A page the runner keeps in a background tab is not visible to anyone, so no impression is due there.
      if (document.visibilityState === 'hidden') this.skip();
      const pending = oneEvent(document, 'eco-impression');
      await withProvider(html`<eco-savings-counter saved-grams="10" experiment="ty-a"></eco-savings-counter>`);
      expect((await pending).detail).to.include({ element: 'eco-savings-counter', experiment: 'ty-a' });
    });
  });

  it('re-renders on a locale switch', async () => {
    const el = await withProvider<EcoSavingsCounter>(html`<eco-savings-counter saved-grams="1200"></eco-savings-counter>`);
    (el.closest('eco-provider') as EcoProvider).locale = 'de';
    await waitUntil(() => text(part(el, 'heading')) !== 'Your CO₂e savings', 'German catalog did not load', { timeout: 10000 });
    expect(text(part(el, 'value'))).to.equal('1,2 kg CO₂e');
    expect(status(el)).to.contain('1,2 Kilogramm');
  });

  describe('invalid input', () => {
    for (const [attr, value] of [['saved-grams', 'abc'], ['saved-grams', '-5'], ['community-grams', 'lots'], ['goal-grams', '0']] as const) {
      it(`${attr}="${value}": eco-error INVALID_ARGUMENT and a neutral state`, async () => {
        const pending = oneEvent(document, 'eco-error') as Promise<EcoErrorEvent>;
        const el = await fixture<EcoProvider>(html`<eco-provider .factors=${fixtureDataset}><eco-savings-counter community-grams="1" goal-grams="2"></eco-savings-counter></eco-provider>`)
          .then(async (p) => {
            const c = p.querySelector('eco-savings-counter')!;
            c.setAttribute(attr, value);
            await elementUpdated(c);
            return c;
          });
        const { detail } = await pending;
        expect(detail.code).to.equal('INVALID_ARGUMENT');
        if (attr === 'saved-grams') {
          expect(text(part(el, 'status'))).to.equal('Estimate unavailable');
          expect(part(el, 'value')).to.equal(null);
        } else expect(part(el, 'progress')).to.equal(null);
      });
    }
  });

  it('emits no console warning on a clean render', async () => {
    const w = captureWarnings();
    try {
      await withProvider(html`<eco-savings-counter saved-grams="1200" community-grams="1e12" goal-grams="1.5e15"></eco-savings-counter>`);
      expect(w.calls).to.deep.equal([]);
    } finally {
      w.restore();
    }
  });
});

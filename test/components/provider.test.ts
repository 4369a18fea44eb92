import { elementUpdated, expect, fixture, fixtureCleanup, fixtureSync, html, oneEvent } from '@open-wc/testing';
import { ContextConsumer } from '@lit/context';
import { LitElement } from 'lit';
import '../../src/define/all.js';
import { EcoProvider, datasetReader } from '../../src/components/provider/provider.js';
import { EcoFootprintBadge } from '../../src/components/footprint-badge/footprint-badge.js';
import { LEDGER_STORAGE_KEY } from '../../src/components/provider/ledger.js';
import { DEFAULT_SETTINGS, factorsContext, ledgerContext, settingsContext, type KitSettings, type Ledger } from '../../src/context/contexts.js';
import { bundledDataset } from '../../src/data/index.js';
import type { Dataset } from '../../src/engine/types.js';
import {
  EcoAlternativeSelectEvent,
  EcoAlternativeUndoEvent,
  EcoDeliverySelectEvent,
  EcoOrderPlaceEvent,
  EcoPackagingChangeEvent,
  type EcoErrorEvent,
  type EcoFactorsLoadEvent,
  type EcoSavingsChangeEvent,
} from '../../src/events/index.js';
import { resetDevWarnings } from '../../src/internal/dev-warn.js';
import { fixtureDataset } from '../helpers/dataset.fixture.js';
import { withProvider } from '../helpers/with-provider.js';

/** A minimal consumer of the three contexts (no decorators, as a merchant's own element might be written). */
class ContextProbe extends LitElement {
  settings: KitSettings = DEFAULT_SETTINGS;
  factors?: Dataset;
  ledger?: Ledger;
  constructor() {
    super();
    new ContextConsumer(this, { context: settingsContext, subscribe: true, callback: (v) => (this.settings = v) });
    new ContextConsumer(this, { context: factorsContext, subscribe: true, callback: (v) => (this.factors = v) });
    new ContextConsumer(this, { context: ledgerContext, subscribe: true, callback: (v) => (this.ledger = v) });
  }
}
customElements.define('context-probe', ContextProbe);

let tagSeq = 0;
const uniqueTag = (base: string) => `${base}-${++tagSeq}`;
/** Runs `fn` with console.warn captured; returns the warnings. */
async function captureWarnings(fn: () => Promise<unknown>): Promise<string[]> {
  const calls: string[] = [];
  const orig = console.warn;
  console.warn = (...a: unknown[]) => void calls.push(String(a[0]));
  try {
    await fn();
  } finally {
    console.warn = orig;
  }
  return calls;
}

/** Resolves after the provider's microtask that checks `defaultPrevented`. */
const settled = () => new Promise<void>((r) => setTimeout(r));

async function provider(tpl = html`<eco-provider .factors=${fixtureDataset} locale="en"><context-probe></context-probe></eco-provider>`) {
  const el = await fixture<EcoProvider>(tpl);
  await elementUpdated(el);
  return { el, probe: el.querySelector('context-probe') as ContextProbe };
}

const NONE = { swaps: 0, delivery: 0, packaging: 0 };

describe('<eco-provider>', function () {
  this.timeout(30000); // generous: CI machines can be heavily loaded
  beforeEach(() => {
    resetDevWarnings();
    localStorage.removeItem(LEDGER_STORAGE_KEY);
  });
  afterEach(() => {
    fixtureCleanup();
    localStorage.removeItem(LEDGER_STORAGE_KEY);
  });

  describe('context', () => {
    it('provides settings, factors and the ledger to descendants', async () => {
      const { el, probe } = await provider(html`<eco-provider .factors=${fixtureDataset} locale="de-CH" currency="chf" units="imperial" country="fr" theme="dark"
        ><div><context-probe></context-probe></div
      ></eco-provider>`);
      expect(probe.settings).to.deep.equal({ locale: 'de-CH', currency: 'CHF', units: 'imperial', theme: 'dark', country: 'FR', factorsPending: false });
      expect(Object.isFrozen(probe.settings)).to.equal(true);
      expect(probe.factors!.version).to.equal('test.1');
      expect(probe.ledger).to.equal(el.ledger);
    });

    it('is display: contents, renders its children, and owns lang/dir for its subtree', async () => {
      const { el } = await provider(html`<eco-provider locale="de"><p>child</p></eco-provider>`);
      expect(getComputedStyle(el).display).to.equal('contents');
      expect(el.getAttribute('lang')).to.equal('de');
      expect(el.getAttribute('dir')).to.equal('ltr');
      el.locale = 'ar';
      await elementUpdated(el);
      expect(el.getAttribute('dir')).to.equal('rtl');
      el.locale = '';
      await elementUpdated(el);
      expect(el.hasAttribute('lang')).to.equal(false);
      expect(el.querySelector('p')!.getBoundingClientRect().height).to.be.greaterThan(0);
    });

    it('serves the bundled dataset when no factors are given', async () => {
      const { probe } = await provider(html`<eco-provider><context-probe></context-probe></eco-provider>`);
      expect(probe.factors).to.equal(bundledDataset);
    });

    it('updates consumers on a locale, currency, units or country change', async () => {
      const { el, probe } = await provider();
      const first = probe.settings;
      el.locale = 'fr';
      el.currency = 'GBP';
      el.units = 'imperial';
      el.country = 'PL';
      await elementUpdated(el);
      expect(probe.settings).to.not.equal(first);
      expect(probe.settings).to.deep.include({ locale: 'fr', currency: 'GBP', units: 'imperial', country: 'PL' });
    });

    it('uses the world average, with one warning, for a country the dataset has no grid for; badges still estimate', async () => {
      resetDevWarnings();
      let el!: EcoProvider;
      const warnings = await captureWarnings(async () => {
        el = await fixture<EcoProvider>(html`<eco-provider .factors=${fixtureDataset} locale="en" country="PT"><context-probe></context-probe><eco-footprint-badge category="apparel.t-shirt" weight-grams="200"></eco-footprint-badge></eco-provider>`);
        await elementUpdated(el);
      });
      const probe = el.querySelector('context-probe') as ContextProbe;
      expect(probe.settings.country).to.equal('');
      expect(warnings.filter((w) => w.includes('unknown-country'))).to.have.length(1);
      const badge = el.querySelector('eco-footprint-badge') as EcoFootprintBadge;
      await elementUpdated(badge);
      expect(badge.shadowRoot!.textContent).to.match(/CO₂e/);
      expect(badge.shadowRoot!.textContent).to.not.match(/unavailable/i);
    });

    it('reflects theme (and sets only color-scheme); auto follows the OS', async () => {
      const { el } = await provider();
      expect(el.hasAttribute('theme')).to.equal(false);
      expect(getComputedStyle(el).colorScheme).to.equal('light dark');
      el.theme = 'dark';
      await elementUpdated(el);
      expect(el.getAttribute('theme')).to.equal('dark');
      expect(getComputedStyle(el).colorScheme).to.equal('dark');
      el.theme = 'light';
      await elementUpdated(el);
      expect(getComputedStyle(el).colorScheme).to.equal('light');
    });

    it('falls back for invalid theme, units, currency and country with INVALID_ATTRIBUTE and one warning each', async () => {
      const calls: unknown[] = [];
      const orig = console.warn;
      console.warn = (...a: unknown[]) => void calls.push(a[0]);
      const errors: EcoErrorEvent[] = [];
      const listen = (e: EcoErrorEvent) => errors.push(e);
      document.addEventListener('eco-error', listen);
      try {
        const { el, probe } = await provider(html`<eco-provider theme="neon" units="cubits" currency="euro" country="Narnia"><context-probe></context-probe></eco-provider>`);
        expect(el.theme).to.equal('auto');
        expect(probe.settings).to.deep.include({ units: 'metric', currency: 'EUR', country: '' });
        el.units = 'furlongs' as never;
        await elementUpdated(el);
        expect(probe.settings.units).to.equal('metric');
      } finally {
        console.warn = orig;
        document.removeEventListener('eco-error', listen);
      }
      expect(calls.map((c) => String(c).match(/#([a-z-]+)/)?.[1])).to.have.members(['invalid-theme', 'invalid-units', 'invalid-currency', 'invalid-country']);
      expect(errors.map((e) => e.detail.code)).to.deep.equal(Array(5).fill('INVALID_ATTRIBUTE'));
      expect(errors.map((e) => e.detail.issues[0]!.path)).to.deep.equal(['theme', 'units', 'currency', 'country', 'units']);
      expect(errors[1]!.detail.message).to.contain('units="cubits"');
      expect(errors[4]!.detail.message).to.contain('units="furlongs"');
    });
  });

  describe('late upgrade (ContextRoot on the document)', () => {
    it('consumer defined and upgraded before the provider', async () => {
      const providerTag = uniqueTag('late-provider');
      const badgeTag = uniqueTag('late-badge');
      const host = fixtureSync<HTMLDivElement>(html`<div></div>`);
      host.innerHTML = `<${providerTag} locale="de"><${badgeTag} category="apparel.t-shirt" weight-grams="180"></${badgeTag}></${providerTag}>`;
      customElements.define(badgeTag, class extends EcoFootprintBadge {});
      const badge = host.querySelector(badgeTag) as EcoFootprintBadge;
      await badge.updateComplete;
      expect(badge.footprint!.trace.datasetVersion).to.equal(bundledDataset.version); // no provider yet
      customElements.define(providerTag, class extends EcoProvider {});
      const p = host.querySelector(providerTag) as EcoProvider;
      p.factors = fixtureDataset;
      await elementUpdated(p);
      await badge.updateComplete;
      expect(badge.footprint!.trace.datasetVersion).to.equal('test.1');
      expect(badge.shadowRoot!.querySelector('[part~="value"]')!.textContent).to.equal('4,5 kg CO₂e');
    });

    it('provider defined and upgraded before the consumer', async () => {
      const providerTag = uniqueTag('early-provider');
      const badgeTag = uniqueTag('early-badge');
      customElements.define(providerTag, class extends EcoProvider {});
      const host = fixtureSync<HTMLDivElement>(html`<div></div>`);
      host.innerHTML = `<${providerTag} locale="de"><${badgeTag} category="apparel.t-shirt" weight-grams="180"></${badgeTag}></${providerTag}>`;
      const p = host.querySelector(providerTag) as EcoProvider;
      p.factors = fixtureDataset;
      await elementUpdated(p);
      customElements.define(badgeTag, class extends EcoFootprintBadge {});
      const badge = host.querySelector(badgeTag) as EcoFootprintBadge;
      await badge.updateComplete;
      expect(badge.footprint!.trace.datasetVersion).to.equal('test.1');
      expect(badge.shadowRoot!.querySelector('[part~="value"]')!.textContent).to.equal('4,5 kg CO₂e');
    });

    it('a consumer inserted into a provider after the fact', async () => {
      const { el } = await provider(html`<eco-provider .factors=${fixtureDataset} locale="fr"></eco-provider>`);
      const probe = document.createElement('context-probe') as ContextProbe;
      el.append(probe);
      await probe.updateComplete;
      expect(probe.settings.locale).to.equal('fr');
      expect(probe.factors!.version).to.equal('test.1');
    });
  });

  describe('factors', () => {
    it('invalid .factors: eco-error DATASET_INVALID with issue paths, one warning, and the bundled dataset keeps serving', async () => {
      const calls: unknown[] = [];
      const orig = console.warn;
      console.warn = (...a: unknown[]) => void calls.push(a[0]);
      try {
        const el = fixtureSync<EcoProvider>(html`<eco-provider experiment="ds-1"><context-probe></context-probe></eco-provider>`);
        const pending = oneEvent(el, 'eco-error') as Promise<EcoErrorEvent>;
        el.factors = { ...fixtureDataset, grades: [2, 1, 0.5, 0.1] };
        const { detail } = await pending;
        expect(detail.code).to.equal('DATASET_INVALID');
        expect(detail.issues.map((i) => i.path)).to.include('grades');
        expect(detail.experiment).to.equal('ds-1');
        await elementUpdated(el);
        expect((el.querySelector('context-probe') as ContextProbe).factors).to.equal(bundledDataset);
        expect(el.activeDataset).to.equal(bundledDataset);
      } finally {
        console.warn = orig;
      }
      expect(calls.length).to.equal(1);
      expect(String(calls[0])).to.contain('DATASET_INVALID');
    });

    it('a non-object .factors is DATASET_INVALID too', async () => {
      const warned = await captureWarnings(async () => {
        const el = fixtureSync<EcoProvider>(html`<eco-provider></eco-provider>`);
        const pending = oneEvent(el, 'eco-error') as Promise<EcoErrorEvent>;
        el.factors = 'factors.json';
        expect((await pending).detail.code).to.equal('DATASET_INVALID');
        await elementUpdated(el);
        expect(el.activeDataset).to.equal(bundledDataset);
      });
      expect(warned.length).to.equal(1);
    });

    it('a valid complete dataset fires eco-factors-load and is provided', async () => {
      const el = fixtureSync<EcoProvider>(html`<eco-provider><context-probe></context-probe></eco-provider>`);
      const pending = oneEvent(el, 'eco-factors-load') as Promise<EcoFactorsLoadEvent>;
      el.factors = fixtureDataset;
      const { detail } = await pending;
      expect(detail).to.deep.equal({ datasetId: 'fixture', version: 'test.1', origin: 'property' });
      await elementUpdated(el);
      expect((el.querySelector('context-probe') as ContextProbe).factors!.version).to.equal('test.1');
    });

    it('a partial dataset is merged onto the bundled one (extendDataset)', async () => {
      const tee = bundledDataset.categories['apparel.t-shirt']!;
      const { el, probe } = await provider(html`<eco-provider .factors=${{ categories: { 'apparel.t-shirt': { ...tee, label: 'Tee' } } }}><context-probe></context-probe></eco-provider>`);
      expect(probe.factors!.categories['apparel.t-shirt']!.label).to.equal('Tee');
      expect(Object.keys(probe.factors!.categories).length).to.equal(Object.keys(bundledDataset.categories).length);
      expect(el.activeDataset).to.equal(probe.factors);
    });

    it('removing .factors returns to the bundled dataset', async () => {
      const { el, probe } = await provider();
      el.factors = undefined;
      await elementUpdated(el);
      expect(probe.factors).to.equal(bundledDataset);
    });

    it('factors-src: fetches the JSON and provides it', async () => {
      const url = `data:application/json,${encodeURIComponent(JSON.stringify(fixtureDataset))}`;
      const el = fixtureSync<EcoProvider>(html`<eco-provider factors-src=${url}><context-probe></context-probe></eco-provider>`);
      const { detail } = (await oneEvent(el, 'eco-factors-load')) as EcoFactorsLoadEvent;
      expect(detail.origin).to.equal('url');
      await elementUpdated(el);
      expect((el.querySelector('context-probe') as ContextProbe).factors!.version).to.equal('test.1');
    });

    it('factors-src: an HTTP error fires eco-error and the bundled dataset keeps serving', async () => {
      const warned = await captureWarnings(async () => {
        const el = fixtureSync<EcoProvider>(html`<eco-provider factors-src="/test/does-not-exist.json"><context-probe></context-probe></eco-provider>`);
        const { detail } = (await oneEvent(el, 'eco-error')) as EcoErrorEvent;
        expect(detail.code).to.equal('DATASET_FETCH_FAILED');
        expect(detail.issues[0]!.path).to.equal('factors-src');
        expect(detail.message).to.contain('404');
        expect((el.querySelector('context-probe') as ContextProbe).factors).to.equal(bundledDataset);
      });
      expect(warned.length).to.equal(1);
    });

    it('factors-src: a reader chunk that fails to load fires DATASET_FETCH_FAILED, the bundled dataset keeps serving, nothing is left unhandled', async () => {
      const load = datasetReader.load;
      const unhandled: unknown[] = [];
      const onUnhandled = (e: PromiseRejectionEvent) => unhandled.push(e.reason);
      window.addEventListener('unhandledrejection', onUnhandled);
      datasetReader.load = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module: fetch-dataset.js'));
      try {
        await captureWarnings(async () => {
          const url = `data:application/json,${encodeURIComponent(JSON.stringify(fixtureDataset))}`;
          const el = fixtureSync<EcoProvider>(html`<eco-provider factors-src=${url}><context-probe></context-probe></eco-provider>`);
          const { detail } = (await oneEvent(el, 'eco-error')) as EcoErrorEvent;
          expect(detail.code).to.equal('DATASET_FETCH_FAILED');
          expect(detail.issues[0]!.path).to.equal('factors-src');
          await elementUpdated(el);
          expect((el.querySelector('context-probe') as ContextProbe).factors).to.equal(bundledDataset);
          expect((el.querySelector('context-probe') as ContextProbe).settings.factorsPending).to.not.equal(true);
        });
        await new Promise((r) => setTimeout(r, 0));
        expect(unhandled).to.deep.equal([]);
      } finally {
        datasetReader.load = load;
        window.removeEventListener('unhandledrejection', onUnhandled);
      }
    });

    it('factors-src: a body that is not JSON, or not a valid dataset, fires eco-error', async () => {
      const warned = await captureWarnings(async () => {
        const el = fixtureSync<EcoProvider>(html`<eco-provider factors-src="data:application/json,{oops"></eco-provider>`);
        expect(((await oneEvent(el, 'eco-error')) as EcoErrorEvent).detail.code).to.equal('DATASET_FETCH_FAILED');
        const el2 = fixtureSync<EcoProvider>(html`<eco-provider factors-src=${`data:application/json,${encodeURIComponent('{"schemaVersion":1}')}`}></eco-provider>`);
        expect(((await oneEvent(el2, 'eco-error')) as EcoErrorEvent).detail.code).to.equal('DATASET_INVALID');
        expect(el2.activeDataset).to.equal(bundledDataset);
      });
      expect(warned.map((w) => /\] (\w+):/.exec(w)?.[1])).to.deep.equal(['DATASET_FETCH_FAILED', 'DATASET_INVALID']);
    });

    it('.factors wins over factors-src', async () => {
      const url = `data:application/json,${encodeURIComponent(JSON.stringify(fixtureDataset))}`;
      const el = fixtureSync<EcoProvider>(html`<eco-provider .factors=${{ categories: {} }} factors-src=${url}><context-probe></context-probe></eco-provider>`);
      await elementUpdated(el);
      await settled();
      await settled();
      expect(el.activeDataset!.version).to.equal(bundledDataset.version); // the merged partial, not the fetched fixture
    });
  });

  describe('ledger', () => {
    const child = (el: EcoProvider) => el.querySelector('context-probe')!;

    it('records swaps, delivery and packaging from uncancelled events as the current order\'s pending choices and fires eco-savings-change', async () => {
      const { el } = await provider(html`<eco-provider experiment="checkout-b"><context-probe></context-probe></eco-provider>`);
      const changes: EcoSavingsChangeEvent[] = [];
      el.addEventListener('eco-savings-change', (e) => changes.push(e));
      child(el).dispatchEvent(new EcoAlternativeSelectEvent({ productId: 'tee', alternativeId: 'tee-organic', savedCo2eGrams: 1200 }));
      child(el).dispatchEvent(new EcoDeliverySelectEvent({ optionId: 'locker', co2eGrams: 140, savedGrams: 70 }));
      child(el).dispatchEvent(new EcoPackagingChangeEvent({ optedOut: true, savedGrams: 30 }));
      await settled();
      // nothing is saved before the order is placed: it "would save"
      const pending = { swaps: 1200, delivery: 70, packaging: 30 };
      expect(el.ledger.totals()).to.deep.equal({ savedGrams: 0, byReason: NONE, pendingGrams: 1300, pendingByReason: pending });
      expect(changes.length).to.equal(3);
      expect(changes[2]!.detail).to.deep.equal({ savedGrams: 0, byReason: NONE, pendingGrams: 1300, pendingByReason: pending, experiment: 'checkout-b' });
    });

    it('placeOrder() credits the order\'s pending choices as saved and starts a new, empty order; orders add up', async () => {
      const { el } = await provider(html`<eco-provider experiment="checkout-b"><context-probe></context-probe></eco-provider>`);
      expect(el.placeOrder(), 'nothing pending: nothing credited').to.deep.equal({ savedGrams: 0, byReason: NONE });
      child(el).dispatchEvent(new EcoAlternativeSelectEvent({ productId: 'tee', alternativeId: 'tee-organic', savedCo2eGrams: 1200 }));
      child(el).dispatchEvent(new EcoDeliverySelectEvent({ optionId: 'locker', co2eGrams: 140, savedGrams: 70 }));
      await settled();
      const changes: EcoSavingsChangeEvent[] = [];
      el.addEventListener('eco-savings-change', (e) => changes.push(e));
      expect(el.placeOrder()).to.deep.equal({ savedGrams: 1270, byReason: { swaps: 1200, delivery: 70, packaging: 0 } });
      expect(el.ledger.totals()).to.deep.equal({ savedGrams: 1270, byReason: { swaps: 1200, delivery: 70, packaging: 0 }, pendingGrams: 0, pendingByReason: NONE });
      expect(changes.map((e) => e.detail)).to.deep.equal([
        { savedGrams: 1270, byReason: { swaps: 1200, delivery: 70, packaging: 0 }, pendingGrams: 0, pendingByReason: NONE, experiment: 'checkout-b' },
      ]);
      // the next order: the same swap and delivery choice count again once placed, and an undone swap never counts
      child(el).dispatchEvent(new EcoAlternativeSelectEvent({ productId: 'tee', alternativeId: 'tee-organic', savedCo2eGrams: 1200 }));
      child(el).dispatchEvent(new EcoAlternativeSelectEvent({ productId: 'mug', alternativeId: 'mug-2', savedCo2eGrams: 300 }));
      child(el).dispatchEvent(new EcoDeliverySelectEvent({ optionId: 'locker', co2eGrams: 140, savedGrams: 70 }));
      await settled();
      child(el).dispatchEvent(new EcoAlternativeUndoEvent({ productId: 'mug', alternativeId: 'mug-2', savedCo2eGrams: 300 }));
      await settled();
      expect(el.ledger.totals().pendingGrams).to.equal(1270);
      // a page dispatches eco-order-place (here from inside the provider) instead of calling placeOrder()
      child(el).dispatchEvent(new EcoOrderPlaceEvent({ orderId: 'A-2' }));
      await settled();
      expect(el.ledger.totals()).to.deep.equal({ savedGrams: 2540, byReason: { swaps: 2400, delivery: 140, packaging: 0 }, pendingGrams: 0, pendingByReason: NONE });
    });

    it('a cancelled eco-order-place leaves the order pending', async () => {
      const { el } = await provider();
      child(el).dispatchEvent(new EcoDeliverySelectEvent({ optionId: 'locker', co2eGrams: 140, savedGrams: 70 }));
      await settled();
      const cancel = (e: Event) => e.preventDefault();
      document.addEventListener('eco-order-place', cancel);
      try {
        expect(child(el).dispatchEvent(new EcoOrderPlaceEvent())).to.equal(false);
        await settled();
      } finally {
        document.removeEventListener('eco-order-place', cancel);
      }
      expect(el.ledger.totals()).to.include({ savedGrams: 0, pendingGrams: 70 });
    });

    it('replaces an entry with the same reason and key; undoing packaging removes it; negative savings count as none', async () => {
      const { el } = await provider();
      child(el).dispatchEvent(new EcoAlternativeSelectEvent({ productId: 'tee', alternativeId: 'a', savedCo2eGrams: 500 }));
      child(el).dispatchEvent(new EcoAlternativeSelectEvent({ productId: 'tee', alternativeId: 'b', savedCo2eGrams: 800 }));
      child(el).dispatchEvent(new EcoAlternativeSelectEvent({ productId: 'mug', alternativeId: 'c', savedCo2eGrams: 100 }));
      child(el).dispatchEvent(new EcoPackagingChangeEvent({ optedOut: true, savedGrams: 30 }));
      child(el).dispatchEvent(new EcoDeliverySelectEvent({ optionId: 'locker', co2eGrams: 140, savedGrams: 70 }));
      await settled();
      child(el).dispatchEvent(new EcoPackagingChangeEvent({ optedOut: false, savedGrams: 0 }));
      child(el).dispatchEvent(new EcoDeliverySelectEvent({ optionId: 'express', co2eGrams: 900, savedGrams: -690 }));
      await settled();
      expect(el.ledger.totals()).to.deep.equal({ savedGrams: 0, byReason: NONE, pendingGrams: 900, pendingByReason: { swaps: 900, delivery: 0, packaging: 0 } });
      expect(el.ledger.entries().map((e) => e.key)).to.have.members(['tee', 'mug']);
    });

    it('does not record events that a listener cancelled (even one on the document, after the provider)', async () => {
      const { el } = await provider();
      const cancel = (e: Event) => e.preventDefault();
      document.addEventListener('eco-alternative-select', cancel);
      document.addEventListener('eco-delivery-select', cancel);
      try {
        const ev = new EcoAlternativeSelectEvent({ productId: 'tee', alternativeId: 'x', savedCo2eGrams: 999 });
        expect(child(el).dispatchEvent(ev)).to.equal(false);
        child(el).dispatchEvent(new EcoDeliverySelectEvent({ optionId: 'locker', co2eGrams: 1, savedGrams: 50 }));
        await settled();
      } finally {
        document.removeEventListener('eco-alternative-select', cancel);
        document.removeEventListener('eco-delivery-select', cancel);
      }
      expect(el.ledger.totals()).to.include({ savedGrams: 0, pendingGrams: 0 });
    });

    it('ignores malformed details', async () => {
      const { el } = await provider();
      child(el).dispatchEvent(new EcoAlternativeSelectEvent({ productId: 'tee', alternativeId: 'x', savedCo2eGrams: Number.NaN }));
      child(el).dispatchEvent(new CustomEvent('eco-delivery-select', { bubbles: true, detail: null }));
      child(el).dispatchEvent(new CustomEvent('eco-packaging-change', { bubbles: true, detail: { optedOut: true, savedGrams: 'lots' } }));
      await settled();
      expect(el.ledger.totals()).to.include({ savedGrams: 0, pendingGrams: 0 });
    });

    it('record(), remove() and subscribe() work directly', async () => {
      const { el } = await provider();
      const seen: number[] = [];
      const off = el.ledger.subscribe((t) => seen.push(t.savedGrams));
      el.ledger.record({ reason: 'swaps', key: 'a', savedGrams: 10 });
      el.ledger.record({ reason: 'swaps', key: 'a', savedGrams: 10 }); // unchanged: no notification
      el.ledger.remove('swaps', 'a');
      el.ledger.record({ reason: 'bogus' as never, key: 'a', savedGrams: 10 });
      off();
      el.ledger.record({ reason: 'delivery', key: 'delivery', savedGrams: 5 });
      expect(seen).to.deep.equal([10, 0]);
    });
  });

  describe('persist (localStorage)', () => {
    const stored = () => JSON.parse(localStorage.getItem(LEDGER_STORAGE_KEY)!) as { v: number; entries: unknown[] };
    const newProvider = async () => (await provider(html`<eco-provider persist><context-probe></context-probe></eco-provider>`)).el;

    it('keeps the pending order and the running total across visits (a new provider reads what the last one saved)', async () => {
      const first = await newProvider();
      first.querySelector('context-probe')!.dispatchEvent(new EcoAlternativeSelectEvent({ productId: 'tee', alternativeId: 'x', savedCo2eGrams: 1200 }));
      await settled();
      expect(stored()).to.deep.equal({ v: 1, entries: [['swaps', 'tee', 1200, 1]] });
      fixtureCleanup();
      // the product page's swap is still pending on the checkout page, and placed there
      const second = await newProvider();
      expect(second.ledger.totals()).to.include({ savedGrams: 0, pendingGrams: 1200 });
      second.placeOrder();
      const rows = stored().entries as Array<[string, string, number]>;
      expect(rows.length).to.equal(1);
      expect(rows[0]![0]).to.equal('swaps');
      expect(rows[0]![1]).to.match(/^tee#/);
      expect(rows[0]![2]).to.equal(1200);
      fixtureCleanup();
      const third = await newProvider();
      expect(third.ledger.totals()).to.include({ savedGrams: 1200, pendingGrams: 0 });
    });

    it('reads a ledger stored before orders existed as saved: nothing saved is lost', async () => {
      localStorage.setItem(LEDGER_STORAGE_KEY, JSON.stringify({ v: 1, entries: [['swaps', 'tee', 1200], ['delivery', 'delivery', 70]], c: { swaps: 500, delivery: 0, packaging: 30 } }));
      const el = await newProvider();
      expect(el.ledger.totals()).to.deep.equal({ savedGrams: 1800, byReason: { swaps: 1700, delivery: 70, packaging: 30 }, pendingGrams: 0, pendingByReason: NONE });
      // a new order's delivery choice does not replace the stored one: once placed, both count
      el.querySelector('context-probe')!.dispatchEvent(new EcoDeliverySelectEvent({ optionId: 'locker', co2eGrams: 1, savedGrams: 40 }));
      await settled();
      el.placeOrder();
      expect(el.ledger.totals().byReason).to.deep.equal({ swaps: 1700, delivery: 110, packaging: 30 });
    });

    it('an order placed in another tab is credited once (this tab reads the store before placing)', async () => {
      const el = await newProvider();
      el.ledger.record({ reason: 'swaps', key: 'tee', savedGrams: 100, pending: true });
      const mine = localStorage.getItem(LEDGER_STORAGE_KEY)!;
      // the other tab placed the order: its pending row became a credited one (no storage event has arrived yet)
      const theirs = JSON.stringify({ v: 1, entries: [['swaps', 'tee#other', 100]] });
      localStorage.setItem(LEDGER_STORAGE_KEY, theirs);
      expect(el.placeOrder().savedGrams, 'nothing left to credit here').to.equal(0);
      expect(el.ledger.totals()).to.include({ savedGrams: 100, pendingGrams: 0 });
      window.dispatchEvent(new StorageEvent('storage', { key: LEDGER_STORAGE_KEY, oldValue: mine, newValue: theirs, storageArea: localStorage }));
      expect(el.ledger.totals()).to.include({ savedGrams: 100, pendingGrams: 0 });
    });

    it('without persist nothing is stored', async () => {
      const { el } = await provider();
      el.ledger.record({ reason: 'swaps', key: 'tee', savedGrams: 5 });
      expect(localStorage.getItem(LEDGER_STORAGE_KEY)).to.equal(null);
    });

    it('storage that throws on every call never breaks anything', async () => {
      const get = Storage.prototype.getItem;
      const set = Storage.prototype.setItem;
      Storage.prototype.getItem = () => {
        throw new DOMException('blocked', 'SecurityError');
      };
      Storage.prototype.setItem = () => {
        throw new DOMException('blocked', 'SecurityError');
      };
      try {
        const el = await newProvider();
        const pending = oneEvent(el, 'eco-savings-change') as Promise<EcoSavingsChangeEvent>;
        el.querySelector('context-probe')!.dispatchEvent(new EcoDeliverySelectEvent({ optionId: 'locker', co2eGrams: 1, savedGrams: 70 }));
        expect((await pending).detail.pendingGrams).to.equal(70);
        expect(el.ledger.totals().pendingGrams).to.equal(70);
        expect(el.placeOrder().savedGrams).to.equal(70);
        expect(el.ledger.totals().savedGrams).to.equal(70);
      } finally {
        Storage.prototype.getItem = get;
        Storage.prototype.setItem = set;
      }
    });

    it('full storage (QuotaExceededError): the ledger keeps working and what was saved before stays', async () => {
      localStorage.setItem(LEDGER_STORAGE_KEY, JSON.stringify({ v: 1, entries: [['swaps', 'mug', 300]] }));
      const before = localStorage.getItem(LEDGER_STORAGE_KEY);
      const set = Storage.prototype.setItem;
      Storage.prototype.setItem = () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
      try {
        const el = await newProvider();
        expect(el.ledger.totals().savedGrams).to.equal(300);
        el.querySelector('context-probe')!.dispatchEvent(new EcoAlternativeSelectEvent({ productId: 'tee', alternativeId: 'x', savedCo2eGrams: 1200 }));
        await settled();
        expect(el.ledger.totals()).to.include({ savedGrams: 300, pendingGrams: 1200 });
        el.placeOrder();
        expect(el.ledger.totals().savedGrams).to.equal(1500);
      } finally {
        Storage.prototype.setItem = set;
      }
      expect(localStorage.getItem(LEDGER_STORAGE_KEY)).to.equal(before);
    });

    for (const [name, raw] of [
      ['corrupt JSON', '{"v":1,"entries":[["swaps","tee",'],
      ['another version', '{"v":99,"entries":[["swaps","tee",5]]}'],
      ['wrong shapes', '{"v":1,"entries":[["swaps","tee","5"],["bogus","x",5],"junk",["delivery","delivery",-3],["packaging","packaging",40]]}'],
    ] as const) {
      it(`${name} in storage is ignored (valid rows kept) and overwritten on the next change`, async () => {
        localStorage.setItem(LEDGER_STORAGE_KEY, raw);
        const el = await newProvider();
        const expected = name === 'wrong shapes' ? 40 : 0;
        expect(el.ledger.totals().savedGrams).to.equal(expected);
        el.ledger.record({ reason: 'swaps', key: 'tee', savedGrams: 10 });
        expect(stored().v).to.equal(1);
        expect(el.ledger.totals().savedGrams).to.equal(expected + 10);
      });
    }

    it('merges other tabs’ writes (storage events), including removals', async () => {
      const el = await newProvider();
      el.ledger.record({ reason: 'swaps', key: 'tee', savedGrams: 100 });
      const mine = localStorage.getItem(LEDGER_STORAGE_KEY);
      // another tab adds a delivery saving on top of what it read
      const theirs = JSON.stringify({ v: 1, entries: [['swaps', 'tee', 100], ['delivery', 'delivery', 70]] });
      const pending = oneEvent(el, 'eco-savings-change') as Promise<EcoSavingsChangeEvent>;
      window.dispatchEvent(new StorageEvent('storage', { key: LEDGER_STORAGE_KEY, oldValue: mine, newValue: theirs, storageArea: localStorage }));
      expect((await pending).detail.savedGrams).to.equal(170);
      // …then removes the swap
      const after = JSON.stringify({ v: 1, entries: [['delivery', 'delivery', 70]] });
      window.dispatchEvent(new StorageEvent('storage', { key: LEDGER_STORAGE_KEY, oldValue: theirs, newValue: after, storageArea: localStorage }));
      expect(el.ledger.totals()).to.deep.equal({ savedGrams: 70, byReason: { swaps: 0, delivery: 70, packaging: 0 }, pendingGrams: 0, pendingByReason: { swaps: 0, delivery: 0, packaging: 0 } });
      // other keys and corrupt writes are ignored
      window.dispatchEvent(new StorageEvent('storage', { key: 'other', oldValue: null, newValue: '1', storageArea: localStorage }));
      window.dispatchEvent(new StorageEvent('storage', { key: LEDGER_STORAGE_KEY, oldValue: after, newValue: '{broken', storageArea: localStorage }));
      expect(el.ledger.totals().savedGrams).to.equal(70);
      // storage.clear() in another tab
      window.dispatchEvent(new StorageEvent('storage', { key: null, storageArea: localStorage }));
      expect(el.ledger.totals().savedGrams).to.equal(0);
    });

    it('a provider without persist ignores other tabs', async () => {
      const { el } = await provider();
      window.dispatchEvent(new StorageEvent('storage', { key: LEDGER_STORAGE_KEY, oldValue: null, newValue: JSON.stringify({ v: 1, entries: [['swaps', 'tee', 5]] }) }));
      expect(el.ledger.totals().savedGrams).to.equal(0);
    });

    it('turning persist on later merges what was saved with this page’s entries', async () => {
      localStorage.setItem(LEDGER_STORAGE_KEY, JSON.stringify({ v: 1, entries: [['swaps', 'mug', 300]] }));
      const { el } = await provider();
      el.ledger.record({ reason: 'swaps', key: 'tee', savedGrams: 100 });
      el.persist = true;
      await elementUpdated(el);
      expect(el.ledger.totals().savedGrams).to.equal(400);
      expect(stored().entries).to.have.deep.members([['swaps', 'mug', 300], ['swaps', 'tee', 100]]);
    });
  });

  it('emits no console warning on a clean render', async () => {
    const calls: unknown[] = [];
    const orig = console.warn;
    console.warn = (...a: unknown[]) => void calls.push(a);
    try {
      await withProvider(html`<context-probe></context-probe>`, { theme: 'dark', units: 'imperial', country: 'FR', locale: 'ja' });
      await settled();
    } finally {
      console.warn = orig;
    }
    expect(calls).to.deep.equal([]);
  });
});

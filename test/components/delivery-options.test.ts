import { elementUpdated, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../../src/define/provider.js';
import '../../src/define/delivery-options.js';
import '../../src/define/savings-counter.js';
import type { DeliveryOption, EcoDeliveryOptions } from '../../src/components/delivery-options/delivery-options.js';
import type { EcoProvider } from '../../src/components/provider/provider.js';
import type { EcoErrorEvent } from '../../src/events/error.js';
import { resetDevWarnings } from '../../src/internal/dev-warn.js';
import { fixtureDataset } from '../helpers/dataset.fixture.js';
import { withProvider } from '../helpers/with-provider.js';

// Fixture per parcel: home 200 g, locker 100 g, cargo-bike 150 g, express-air 300 g + air freight.
const options: DeliveryOption[] = [
  { id: 'home', kind: 'home', label: 'Standard delivery', price: 4.9, etaDays: 2 },
  { id: 'locker', kind: 'locker', label: 'Parcel locker', price: 2.9, etaDays: 3 },
  { id: 'bike', kind: 'cargo-bike', price: 4.9, etaDays: 1 },
  { id: 'air', kind: 'express-air', label: 'Express', price: 12, etaDays: 1 },
];

const root = (el: HTMLElement) => el.shadowRoot!;
const radios = (el: HTMLElement) => [...root(el).querySelectorAll<HTMLElement>('[role="radio"]')];
const checked = (el: HTMLElement) => radios(el).filter((r) => r.getAttribute('aria-checked') === 'true').map((r) => r.dataset.id);
const text = (el: Element | null) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
const checkbox = (el: HTMLElement) => root(el).querySelector<HTMLInputElement>('input[type="checkbox"]');
const shadowFocus = (el: HTMLElement) => (root(el).activeElement as HTMLElement | null)?.dataset.id;

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

interface Attrs { strategy?: string; value?: string; experiment?: string; required?: boolean; pkg?: string; name?: string }
const tpl = (a: Attrs = {}, opts: unknown = options) =>
  html`<eco-delivery-options .options=${opts} name=${a.name ?? 'delivery'} strategy=${a.strategy ?? 'highlight'} value=${a.value ?? ''}
    experiment=${a.experiment ?? ''} ?required=${a.required} packaging-weight-grams=${a.pkg ?? '200'} parcel-weight-grams="1000"></eco-delivery-options>`;
const render = (a: Attrs = {}, opts: unknown = options, locale = 'en') => withProvider<EcoDeliveryOptions>(tpl(a, opts), { locale });

/** The element inside a <form> inside a provider. */
async function inForm(a: Attrs = {}) {
  const provider = await fixture<EcoProvider>(html`<eco-provider locale="en" .factors=${fixtureDataset}><form>${tpl(a)}<button>Pay</button></form></eco-provider>`);
  const form = provider.querySelector('form')!;
  const el = form.querySelector('eco-delivery-options')!;
  await elementUpdated(el);
  return { provider, form, el };
}

describe('<eco-delivery-options>', () => {
  beforeEach(() => resetDevWarnings());

  describe('rendering', () => {
    it('upgrades as a form-associated element', () => {
      const ctor = customElements.get('eco-delivery-options') as unknown as { formAssociated?: boolean };
      expect(ctor.formAssociated).to.equal(true);
    });

    it('renders a labelled radio group naming each option’s CO₂e, price and delivery time', async () => {
      const el = await render();
      const group = root(el).querySelector('[role="radiogroup"]')!;
      expect(text(root(el).getElementById(group.getAttribute('aria-labelledby')!))).to.equal('Delivery options');
      expect(radios(el).map((r) => r.dataset.id)).to.deep.equal(['home', 'locker', 'bike', 'air']);
      const [home, locker, bike] = radios(el).map(text);
      expect(home).to.contain('Standard delivery').and.contain('200 g CO₂e').and.contain('€4.90').and.contain('2 days');
      expect(locker).to.contain('100 g CO₂e').and.contain('€2.90').and.contain('100 g CO₂e less than standard home delivery');
      expect(bike).to.contain('Cargo-bike delivery').and.contain('1 day');
      expect(radios(el)[1]!.getAttribute('aria-label')).to.equal('Parcel locker: 100 grams CO₂ equivalent, €2.90');
    });

    it('tags the lowest option in words, not colour alone', async () => {
      const el = await render();
      const tagged = radios(el).filter((r) => r.querySelector('[part~="tag"]'));
      expect(tagged.map((r) => r.dataset.id)).to.deep.equal(['locker']);
      expect(text(tagged[0]!.querySelector('[part~="tag"]'))).to.equal('Lowest CO₂e');
      // the tag is part of the option's description for assistive technology
      const desc = root(el).getElementById(tagged[0]!.getAttribute('aria-describedby')!);
      expect(text(desc)).to.contain('Lowest CO₂e');
    });

    it('reads options from <option> children in plain HTML', async () => {
      const el = await withProvider<EcoDeliveryOptions>(html`<eco-delivery-options name="d">
        <option value="home" data-kind="home" data-price="4.9" data-eta-days="2">Standard</option>
        <option value="locker" data-price="0" selected>Locker nearby</option>
      </eco-delivery-options>`);
      expect(radios(el).map(text)[1]).to.contain('Locker nearby').and.contain('Free');
      expect(el.value).to.equal('locker');
      expect(checked(el)).to.deep.equal(['locker']);
    });

    it('never steals focus', async () => {
      const before = document.activeElement;
      await render({ strategy: 'preselect' });
      expect(document.activeElement).to.equal(before);
    });
  });

  describe('strategies', () => {
    it('highlight (default): nothing selected', async () => {
      const el = await render();
      expect(checked(el)).to.deep.equal([]);
      expect(el.value).to.equal('');
    });

    it('highlight with a value selects it', async () => {
      expect(checked(await render({ value: 'bike' }))).to.deep.equal(['bike']);
    });

    it('preselect: selects the lowest option when it costs no more than home delivery, and records it in the ledger', async () => {
      const el = await render({ strategy: 'preselect' });
      expect(checked(el)).to.deep.equal(['locker']);
      expect(el.value).to.equal('locker');
      const provider = el.closest('eco-provider') as EcoProvider;
      expect(provider.ledger.totals().pendingByReason.delivery).to.equal(100);
    });

    it('preselect: selects nothing when the lowest option costs more than home delivery', async () => {
      const dear = options.map((o) => (o.id === 'locker' ? { ...o, price: 6 } : o));
      const el = await render({ strategy: 'preselect' }, dear);
      expect(checked(el)).to.deep.equal([]);
    });

    it('active-choice: nothing selected, and the form cannot submit until the shopper picks', async () => {
      const { form, el } = await inForm({ strategy: 'active-choice' });
      expect(checked(el)).to.deep.equal([]);
      expect(form.checkValidity()).to.equal(false);
      expect(el.validity!.valueMissing).to.equal(true);
      expect(el.validationMessage).to.equal('Please choose a delivery option.');
      let submitted = 0;
      form.addEventListener('submit', (e) => {
        e.preventDefault();
        submitted++;
      });
      form.requestSubmit();
      expect(submitted).to.equal(0);
      radios(el)[2]!.click();
      expect(form.checkValidity()).to.equal(true);
      form.requestSubmit();
      expect(submitted).to.equal(1);
    });

    it('required behaves the same way under highlight', async () => {
      const { form, el } = await inForm({ required: true });
      expect(form.checkValidity()).to.equal(false);
      radios(el)[0]!.click();
      expect(form.checkValidity()).to.equal(true);
    });

    it('an unknown strategy falls back to highlight with INVALID_ATTRIBUTE and one warning; the options keep their figures', async () => {
      const w = captureWarnings();
      const errors: EcoErrorEvent[] = [];
      const listen = (e: EcoErrorEvent) => errors.push(e);
      document.addEventListener('eco-error', listen);
      try {
        const el = await render({ strategy: 'nudge-hard' });
        expect(el.strategy).to.equal('highlight');
        expect(checked(el)).to.deep.equal([]);
        expect(el.shadowRoot!.querySelectorAll('[part~="option-co2e"]').length).to.equal(options.length);
        expect(el.matches(':state(error)')).to.equal(false);
        el.strategy = 'dark-pattern' as never;
        await el.updateComplete;
        expect(el.strategy).to.equal('highlight');
        expect(w.calls.filter((c) => c.includes('invalid-strategy')).length).to.equal(1);
      } finally {
        w.restore();
        document.removeEventListener('eco-error', listen);
      }
      expect(errors.length).to.equal(2);
      expect(errors[0]!.detail.code).to.equal('INVALID_ATTRIBUTE');
      expect(errors[0]!.detail.issues).to.deep.equal([{ path: 'strategy', message: 'Expected one of highlight, preselect, active-choice' }]);
      expect(errors[1]!.detail.message).to.contain('strategy="dark-pattern"');
    });
  });

  describe('choosing', () => {
    it('fires eco-delivery-select with the option, its CO₂e, the saving and the experiment; then input and change', async () => {
      const el = await render({ experiment: 'checkout-b' });
      const seen: string[] = [];
      el.addEventListener('input', () => seen.push(`input:${el.value}`));
      el.addEventListener('change', () => seen.push(`change:${el.value}`));
      setTimeout(() => radios(el)[1]!.click());
      const e = await oneEvent(el, 'eco-delivery-select');
      expect(e.cancelable).to.equal(true);
      expect(e.detail).to.deep.equal({ optionId: 'locker', kind: 'locker', co2eGrams: 100, savedGrams: 100, experiment: 'checkout-b' });
      await elementUpdated(el);
      expect(checked(el)).to.deep.equal(['locker']);
      expect(seen).to.deep.equal(['input:locker', 'change:locker']);
    });

    it('reverts when eco-delivery-select is cancelled (no change event, value kept)', async () => {
      const el = await render({ value: 'home' });
      let changes = 0;
      el.addEventListener('change', () => changes++);
      el.addEventListener('eco-delivery-select', (e) => e.preventDefault());
      radios(el)[3]!.click();
      await elementUpdated(el);
      expect(el.value).to.equal('home');
      expect(checked(el)).to.deep.equal(['home']);
      expect(changes).to.equal(0);
    });

    it('feeds the provider ledger (and the savings counter) when accepted, not when cancelled', async () => {
      const provider = await fixture<EcoProvider>(html`<eco-provider locale="en" .factors=${fixtureDataset} style="--eco-duration-slow:0s">
        ${tpl()}<eco-savings-counter></eco-savings-counter></eco-provider>`);
      const el = provider.querySelector('eco-delivery-options')!;
      const counter = provider.querySelector('eco-savings-counter')!;
      await elementUpdated(el);
      const cancel = (e: Event) => e.preventDefault();
      el.addEventListener('eco-delivery-select', cancel);
      radios(el)[1]!.click();
      await Promise.resolve();
      expect(provider.ledger.totals().pendingGrams).to.equal(0);
      el.removeEventListener('eco-delivery-select', cancel);
      radios(el)[1]!.click();
      await waitUntil(() => provider.ledger.totals().pendingByReason.delivery === 100, undefined, { timeout: 10000 });
      await elementUpdated(counter);
      expect(text(root(counter).querySelector('[part~="value"]'))).to.equal('100 g CO₂e');
    });

    it('ignores choices while disabled', async () => {
      const el = await render();
      el.disabled = true;
      await elementUpdated(el);
      radios(el)[1]!.click();
      expect(el.value).to.equal('');
      expect(radios(el).every((r) => r.tabIndex === -1)).to.equal(true);
    });
  });

  describe('keyboard', () => {
    it('has one tab stop: the chosen option, else the first', async () => {
      const el = await render();
      expect(radios(el).map((r) => r.tabIndex)).to.deep.equal([0, -1, -1, -1]);
      const chosen = await render({ value: 'bike' });
      expect(radios(chosen).map((r) => r.tabIndex)).to.deep.equal([-1, -1, 0, -1]);
    });

    it('arrow keys move and select, Home and End jump, Space selects', async () => {
      const el = await render();
      radios(el)[0]!.focus();
      await sendKeys({ press: 'ArrowDown' });
      await elementUpdated(el);
      expect(el.value).to.equal('locker');
      expect(shadowFocus(el)).to.equal('locker');
      await sendKeys({ press: 'ArrowRight' });
      expect(el.value).to.equal('bike');
      await sendKeys({ press: 'ArrowUp' });
      expect(el.value).to.equal('locker');
      await sendKeys({ press: 'End' });
      await elementUpdated(el);
      expect(el.value).to.equal('air');
      expect(shadowFocus(el)).to.equal('air');
      await sendKeys({ press: 'ArrowDown' }); // wraps
      expect(el.value).to.equal('home');
      await sendKeys({ press: 'Home' });
      expect(el.value).to.equal('home');
      await elementUpdated(el);
      expect(radios(el).map((r) => r.tabIndex)).to.deep.equal([0, -1, -1, -1]);
    });

    it('Space selects the focused option', async () => {
      const el = await render({ value: 'home' });
      el.addEventListener('eco-delivery-select', (e) => e.preventDefault(), { once: true });
      radios(el)[0]!.focus();
      await sendKeys({ press: 'ArrowDown' }); // cancelled: focus moves, selection stays
      await elementUpdated(el);
      expect(el.value).to.equal('home');
      expect(shadowFocus(el)).to.equal('locker');
      await sendKeys({ press: ' ' });
      expect(el.value).to.equal('locker');
    });
  });

  describe('form', () => {
    it('submits the chosen value (FormData)', async () => {
      const { form, el } = await inForm();
      expect(new FormData(form).get('delivery')).to.equal(null);
      radios(el)[1]!.click();
      expect(new FormData(form).get('delivery')).to.equal('locker');
      const submitted = new Promise<FormData>((resolve) =>
        form.addEventListener('submit', (e) => {
          e.preventDefault();
          resolve(new FormData(form));
        }),
      );
      form.querySelector('button')!.click();
      expect((await submitted).get('delivery')).to.equal('locker');
    });

    it('submits the packaging opt-out beside the value', async () => {
      const { form, el } = await inForm({ value: 'home' });
      checkbox(el)!.click();
      const data = new FormData(form);
      expect(data.get('delivery')).to.equal('home');
      expect(data.get('delivery-packaging-opt-out')).to.equal('on');
    });

    it('resets to the value attribute and clears the opt-out', async () => {
      const { form, el } = await inForm({ value: 'home' });
      radios(el)[2]!.click();
      checkbox(el)!.click();
      form.reset();
      await elementUpdated(el);
      expect(el.value).to.equal('home');
      expect(checked(el)).to.deep.equal(['home']);
      expect(checkbox(el)!.checked).to.equal(false);
      expect(new FormData(form).get('delivery')).to.equal('home');
    });

    it('restores a saved state (back/forward cache, autofill)', async () => {
      const { form, el } = await inForm();
      el.formStateRestoreCallback(JSON.stringify(['bike', true]), 'restore');
      await elementUpdated(el);
      expect(checked(el)).to.deep.equal(['bike']);
      expect(checkbox(el)!.checked).to.equal(true);
      expect(new FormData(form).get('delivery')).to.equal('bike');
    });
  });

  describe('packaging opt-out', () => {
    it('is a labelled checkbox, off by default, naming its saving', async () => {
      const el = await render();
      const box = checkbox(el)!;
      expect(box.checked).to.equal(false);
      expect(text(root(el).querySelector(`label[for="${box.id}"]`))).to.equal('Ship without extra packaging');
      // fixture: cardboard 1000 g CO2e/kg × 200 g
      expect(text(root(el).getElementById(box.getAttribute('aria-describedby')!))).to.equal('Saves about 200 g CO₂e');
    });

    it('fires eco-packaging-change with the saving and the experiment, and feeds the ledger', async () => {
      const el = await render({ experiment: 'checkout-b' });
      setTimeout(() => checkbox(el)!.click());
      const e = await oneEvent(el, 'eco-packaging-change');
      expect(e.detail).to.deep.equal({ optedOut: true, savedGrams: 200, weightGrams: 200, material: 'cardboard', experiment: 'checkout-b' });
      const provider = el.closest('eco-provider') as EcoProvider;
      await waitUntil(() => provider.ledger.totals().pendingByReason.packaging === 200, undefined, { timeout: 10000 });
      checkbox(el)!.click();
      await waitUntil(() => provider.ledger.totals().pendingByReason.packaging === 0, undefined, { timeout: 10000 });
    });

    it('shows the property: a listener that sets packagingOptOut back leaves the box unchecked and nothing submitted', async () => {
      const { el, form } = await inForm();
      el.addEventListener('eco-packaging-change', () => (el.packagingOptOut = false), { once: true });
      checkbox(el)!.click();
      await elementUpdated(el);
      expect(el.packagingOptOut).to.equal(false);
      expect(checkbox(el)!.checked).to.equal(false);
      expect(new FormData(form).get('delivery-packaging-opt-out')).to.equal(null);
      checkbox(el)!.click();
      await elementUpdated(el);
      expect(checkbox(el)!.checked).to.equal(true);
      expect(new FormData(form).get('delivery-packaging-opt-out')).to.equal('on');
    });

    it('shows no figure without packaging-weight-grams, and hides with hide-packaging-opt-out', async () => {
      const el = await withProvider<EcoDeliveryOptions>(html`<eco-delivery-options .options=${options}></eco-delivery-options>`);
      expect(checkbox(el)).to.exist;
      expect(text(root(el).querySelector('.packaging'))).to.equal('Ship without extra packaging');
      const hidden = await withProvider<EcoDeliveryOptions>(html`<eco-delivery-options .options=${options} hide-packaging-opt-out></eco-delivery-options>`);
      expect(checkbox(hidden)).to.equal(null);
    });
  });

  describe('accessibility', () => {
    for (const theme of ['light', 'dark'] as const) {
      it(`passes axe with theme="${theme}"`, async function () {
        this.timeout(120000); // axe (loaded on first use) is slow on a loaded machine; this checks findings, not speed
        const el = await withProvider<EcoDeliveryOptions>(tpl({ value: 'locker' }), { theme });
        await expect(el).to.be.accessible();
      });
    }

    it('passes axe with theme="auto" under an emulated dark colour scheme (where the browser can emulate it)', async function () {
      this.timeout(120000); // axe (loaded on first use) is slow on a loaded machine; this checks findings, not speed
      if (!(await tryEmulate({ colorScheme: 'dark' }))) this.skip();
      try {
        await expect(await render({ value: 'locker' })).to.be.accessible();
      } finally {
        await tryEmulate({ colorScheme: 'light' });
      }
    });

    it('fires eco-impression once with the experiment', async function () {
      this.timeout(30000);
      // A page the runner keeps in a background tab is not visible to anyone, so no impression is due there.
      if (document.visibilityState === 'hidden') this.skip();
      const pending = oneEvent(document, 'eco-impression');
      await render({ experiment: 'checkout-a' });
      expect((await pending).detail).to.include({ element: 'eco-delivery-options', experiment: 'checkout-a', strategy: 'highlight' });
    });
  });

  it('re-renders on a locale switch', async () => {
    const el = await render({}, options);
    (el.closest('eco-provider') as EcoProvider).locale = 'de';
    await waitUntil(() => !text(radios(el)[2]).includes('Cargo-bike delivery'), 'German catalog did not load', { timeout: 10000 });
    expect(text(root(el).querySelector('[part~="tag"]'))).not.to.equal('Lowest CO₂e');
    expect(text(radios(el)[0])).to.contain('4,90 €');
  });

  describe('invalid input', () => {
    const firstError = async (story: ReturnType<typeof tpl>) => {
      const pending = oneEvent(document, 'eco-error') as Promise<EcoErrorEvent>;
      const el = await withProvider<EcoDeliveryOptions>(story);
      return { el, detail: (await pending).detail };
    };

    it('invalid options are skipped and listed in ONE eco-error', async () => {
      const bad = [...options, { id: 'drone', kind: 'drone' }, { kind: 'home' }, { id: 'home', kind: 'home' }, { id: 'x', kind: 'locker', price: -1 }, 'nope'];
      const { el, detail } = await firstError(tpl({}, bad));
      expect(detail.code).to.equal('INVALID_ARGUMENT');
      expect(detail.issues.map((i) => i.path)).to.deep.equal(['options.4.kind', 'options.5.id', 'options.6.id', 'options.7.price', 'options.8']);
      expect(radios(el).map((r) => r.dataset.id)).to.deep.equal(['home', 'locker', 'bike', 'air']);
    });

    it('options that are not an array: INVALID_ARGUMENT and an empty group', async () => {
      const { el, detail } = await firstError(tpl({}, { home: true }));
      expect(detail.code).to.equal('INVALID_ARGUMENT');
      expect(radios(el)).to.deep.equal([]);
    });

    it('an invalid parcel: eco-error, figures unavailable, options still choosable', async () => {
      const { el, detail } = await firstError(html`<eco-delivery-options .options=${options} parcel-weight-grams="-5"></eco-delivery-options>`);
      expect(detail.code).to.equal('INVALID_ARGUMENT');
      expect(detail.issues[0]!.path).to.match(/^parcel/);
      expect(text(root(el).querySelector('[part~="status"]'))).to.equal('Estimate unavailable');
      expect(root(el).querySelector('[part~="tag"]')).to.equal(null);
      expect(text(radios(el)[0])).not.to.contain('CO₂e');
      radios(el)[1]!.click();
      expect(el.value).to.equal('locker');
    });

    it('a bad packaging weight: INVALID_ARGUMENT; an unknown packaging material: UNKNOWN_MATERIAL', async () => {
      const a = await firstError(html`<eco-delivery-options .options=${options} packaging-weight-grams="heavy"></eco-delivery-options>`);
      expect(a.detail.code).to.equal('INVALID_ARGUMENT');
      const b = await firstError(html`<eco-delivery-options .options=${options} packaging-weight-grams="10" packaging-material="unobtainium"></eco-delivery-options>`);
      expect(b.detail.code).to.equal('UNKNOWN_MATERIAL');
    });
  });

  it('emits no console warning on a clean render', async () => {
    const w = captureWarnings();
    try {
      await render({ strategy: 'preselect' });
      expect(w.calls).to.deep.equal([]);
    } finally {
      w.restore();
    }
  });
});

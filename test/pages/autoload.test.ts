import { expect } from '@open-wc/testing';
import { ecoAutoload } from '../../src/pages/autoload.js';

// The autoloader (src/pages/autoload.ts) defines each eco-* element when its tag appears, and loads nothing for the
// tags the page does not use. This file imports no define module itself: every definition seen here is the autoloader's.
const text = (el: Element) => (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();
const settle = (el: Element) => (el as Element & { updateComplete: Promise<boolean> }).updateComplete;
const TAGS = ['eco-provider', 'eco-footprint-badge', 'eco-alternatives', 'eco-seller-badge', 'eco-delivery-options', 'eco-savings-counter'];

describe('autoloader', () => {
  it('loads nothing while the page has no eco-* element', async () => {
    await new Promise((r) => setTimeout(r, 50));
    for (const tag of TAGS) expect(customElements.get(tag), tag).to.equal(undefined);
  });

  it('defines a badge added after it ran, and its figure renders; tags not on the page stay undefined', async () => {
    const provider = document.createElement('eco-provider');
    provider.innerHTML = '<eco-footprint-badge category="apparel.t-shirt" weight-grams="180"></eco-footprint-badge>';
    document.body.append(provider);
    await customElements.whenDefined('eco-footprint-badge');
    await customElements.whenDefined('eco-provider');
    const badge = provider.firstElementChild!;
    await settle(badge);
    expect(text(badge)).to.match(/\d[\d.,]*\s*kg CO₂e/);
    expect(customElements.get('eco-delivery-options')).to.equal(undefined);
    expect(customElements.get('eco-alternatives')).to.equal(undefined);
    provider.remove();
  });

  it('defines a tag nested deep in an added subtree', async () => {
    const outer = document.createElement('section');
    outer.innerHTML = '<div><p><eco-savings-counter></eco-savings-counter></p></div>';
    document.body.append(outer);
    await customElements.whenDefined('eco-savings-counter');
    expect(customElements.get('eco-savings-counter')).to.be.a('function');
    outer.remove();
  });

  it('ecoAutoload(shadowRoot) reaches tags in a shadow root, and its stop function stops watching it', async () => {
    const host = document.createElement('div');
    const root = host.attachShadow({ mode: 'open' });
    document.body.append(host);
    const stop = ecoAutoload(root);
    root.innerHTML = '<eco-seller-badge seller-id="s" emissions-kg="150000" revenue="1000000" currency="EUR" year="2025" sector="apparel"></eco-seller-badge>';
    await customElements.whenDefined('eco-seller-badge');
    stop();
    root.innerHTML = '<eco-delivery-options></eco-delivery-options>';
    await new Promise((r) => setTimeout(r, 200));
    expect(customElements.get('eco-delivery-options'), 'not watched after stop()').to.equal(undefined);
    host.remove();
  });

  it('never throws on an odd root', () => {
    expect(() => ecoAutoload(document.createElement('div'), false)()).not.to.throw();
  });
});

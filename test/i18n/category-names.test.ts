import { expect, html } from '@open-wc/testing';
import { bundledDataset } from '../../src/data/index.js';
import { SECTORS } from '../../src/engine/index.js';
import { en } from '../../src/i18n/en.js';
import { de } from '../../src/i18n/de.js';
import { fr } from '../../src/i18n/fr.js';
import { es } from '../../src/i18n/es.js';
import { zhCN } from '../../src/i18n/zh-CN.js';
import { ja } from '../../src/i18n/ja.js';
import { loadMessages } from '../../src/i18n/registry.js';
import type { Messages } from '../../src/i18n/messages.js';
import type { EcoFootprintBadge } from '../../src/components/footprint-badge/footprint-badge.js';
import '../../src/define/footprint-badge.js';
import { withProvider } from '../helpers/with-provider.js';

const translated: Record<string, Messages> = { de, fr, es, 'zh-CN': zhCN, ja };
const keys = Object.keys(bundledDataset.categories).sort();
const comparison = (el: EcoFootprintBadge) => (el.shadowRoot!.querySelector('[part~="comparison"]')?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** A full badge for `category` with a declared figure far above the typical product (so the comparison says "above"). */
async function above(category: string, locale: string, factors: unknown = null) {
  await loadMessages(locale);
  const el = await withProvider<EcoFootprintBadge>(html`<eco-footprint-badge variant="full" category=${category} declared-grams="50000000"></eco-footprint-badge>`, { locale, factors });
  await el.updateComplete;
  expect(el.footprint?.comparison, `${category} in ${locale}`).to.equal('higher');
  return comparison(el);
}

describe('category and sector names', function () {
  this.timeout(30000);

  it('every bundled category has a name in every shipped non-English catalog, and no catalog names a category the dataset lacks', () => {
    expect(keys.length).to.be.greaterThan(0);
    for (const [code, m] of Object.entries(translated)) {
      expect(Object.keys(m.categories).sort(), code).to.deep.equal(keys);
      for (const k of keys) expect(m.categories[k]!.trim(), `${code} ${k}`).to.not.equal('');
      // translated, not copied: only loanwords (Tofu, Jeans, Laptop…) may equal the English label
      const copied = keys.filter((k) => m.categories[k] === bundledDataset.categories[k]!.label);
      expect(copied.length, `${code}: ${copied.join(', ')}`).to.be.below(keys.length / 5);
    }
  });

  it('English names only what the dataset label cannot say', () => {
    for (const k of Object.keys(en.categories)) expect(keys, k).to.include(k);
    expect(Object.keys(en.categories).length).to.be.below(5);
  });

  it('every seller sector has a name in every catalog', () => {
    for (const [code, m] of Object.entries({ en, ...translated })) for (const s of SECTORS) expect(m.sectors[s]?.trim() ?? '', `${code} ${s}`).to.not.equal('');
  });

  it('English comparisons take the article the noun needs', () => {
    const cases: Array<[string, string]> = [
      ['T-shirt', 'a typical T-shirt'],
      ['electric kettle', 'a typical electric kettle'],
      ['socks (pair)', 'a typical pair of socks'],
      ['headphones', 'typical headphones'],
      ['jeans', 'typical jeans'],
      ['dress', 'a typical dress'],
      ['beef', 'typical beef'],
      ['bottled water', 'typical bottled water'],
      ['cheese', 'a typical cheese'],
      ['Wi-Fi router', 'a typical Wi-Fi router'],
    ];
    for (const [c, want] of cases) {
      expect(en.compareHigher('12%', c), c).to.equal(`12% above ${want}`);
      expect(en.compareLower('12%', c), c).to.equal(`12% below ${want}`);
    }
    expect(en.compareTypical('socks (pair)')).to.equal('About typical for a pair of socks');
    expect(en.compareTypical('headphones')).to.equal('About typical for headphones');
    expect(en.compareTypical('electric kettle')).to.equal('About typical for an electric kettle');
  });

  it('an English badge says "typical headphones", "a typical pair of socks" and keeps proper nouns', async () => {
    expect(await above('electronics.headphones', 'en')).to.match(/^[\d,]+% above typical headphones$/);
    expect(await above('apparel.socks', 'en')).to.match(/^[\d,]+% above a typical pair of socks$/);
    expect(await above('electronics.speaker', 'en')).to.match(/^[\d,]+% above a typical Bluetooth speaker$/);
    expect(await above('electronics.router', 'en')).to.match(/^[\d,]+% above a typical Wi-Fi router$/);
  });

  it('a German full badge shows the German category noun in its comparison', async () => {
    const text = await above('electronics.headphones', 'de');
    expect(text).to.match(/^[\d.]+\s%\süber einem typischen Produkt der Kategorie „Kopfhörer“$/);
    expect(text).to.not.contain('eadphones');
  });

  it('every shipped language shows its own category noun', async () => {
    const want: Record<string, string> = { fr: 'Casque audio', es: 'Auriculares', 'zh-CN': '耳机', ja: 'ヘッドホン' };
    for (const [locale, noun] of Object.entries(want)) {
      const text = await above('electronics.headphones', locale);
      expect(text, locale).to.contain(noun);
      expect(text, locale).to.not.contain('eadphones');
    }
  });

  it("a merchant's category with only an English label falls back to that label in every language", async () => {
    const ds = structuredClone(bundledDataset) as typeof bundledDataset;
    (ds.categories as Record<string, unknown>)['gifts.card'] = { ...structuredClone(ds.categories['apparel.t-shirt']!), label: 'Gift card' };
    expect(await above('gifts.card', 'en', ds)).to.match(/^[\d,]+% above a typical gift card$/);
    expect(await above('gifts.card', 'de', ds)).to.match(/Kategorie „Gift card“$/);
    expect(await above('gifts.card', 'ja', ds)).to.contain('「Gift card」');
    // a bundled key in the merchant's dataset still gets the catalog's name
    expect(await above('apparel.t-shirt', 'es', ds)).to.contain('«Camiseta»');
  });
});

import { expect } from '@open-wc/testing';
import { en } from '../../src/i18n/en.js';
import { de } from '../../src/i18n/de.js';
import { formatMass, formatMassRange, formatMoney, formatNumber, formatPercent, formatShare, massUnit } from '../../src/internal/format.js';
import { safeUrl } from '../../src/internal/safe-url.js';
import { defineElement } from '../../src/internal/define.js';

describe('internal/format', () => {
  it('a share under 0.5% that is there reads "<1%" in the locale\'s percent format, never "0%"', () => {
    expect([0.0017, 0.0049, 0, 0.005, 0.21].map((x) => formatShare(x, 'en'))).to.deep.equal(['<1%', '<1%', '0%', '1%', '21%']);
    expect(formatShare(0.0017, 'de').replace(/\s/g, ' ')).to.equal('<1 %');
    expect(formatShare(0.0017, 'fr').replace(/\s/g, ' ')).to.equal('<1 %');
    expect(formatShare(0.0017, 'ja')).to.equal('<1%');
  });

  it('picks g, kg or t (metric) and oz or lb (imperial)', () => {
    expect([1, 999, 1000, 999_999, 1e6].map((g) => massUnit(g))).to.deep.equal(['gram', 'gram', 'kilogram', 'kilogram', 'tonne']);
    expect([10, 453, 454, 1e6].map((g) => massUnit(g, 'imperial'))).to.deep.equal(['ounce', 'ounce', 'pound', 'pound']);
  });

  it('rounds to two significant digits, never fewer than the integer digits', () => {
    expect(formatMass(4240, 'en', en)).to.equal('4.2 kg');
    expect(formatMass(12_345, 'en', en)).to.equal('12 kg');
    expect(formatMass(123_456, 'en', en)).to.equal('123 kg');
    expect(formatMass(432, 'en', en)).to.equal('432 g');
    expect(formatMass(0.43, 'en', en)).to.equal('0.43 g');
    expect(formatMass(1_234_000, 'en', en)).to.equal('1.2 t');
    expect(formatMass(4240, 'en', en, { long: true })).to.equal('4.2 kilograms');
    expect(formatMass(1_234_000, 'en', en, { long: true })).to.equal('1.2 tonnes');
  });

  it('localizes: German decimal comma and units; imperial', () => {
    expect(formatMass(4240, 'de', de)).to.equal('4,2 kg');
    expect(formatMass(4240, 'de', de, { long: true })).to.equal('4,2 Kilogramm');
    expect(formatMass(4240, 'en', en, { units: 'imperial' })).to.equal('9.3 lb');
    expect(formatMass(100, 'en', en, { units: 'imperial', long: true })).to.equal('3.5 ounces');
  });

  it('formats ranges in one unit, and bare numbers in the unit of a reference', () => {
    expect(formatMassRange(2900, 6100, 'en', en).replace(/\s/g, ' ')).to.match(/^2\.9 ?– ?6\.1 kg$/);
    expect(formatMassRange(800, 1600, 'en', en, { unitOf: 1200 }).replace(/\s/g, ' ')).to.match(/^0\.8 ?– ?1\.6 kg$/);
    expect(formatMass(2900, 'en', en, { bare: true, unitOf: 4200 })).to.equal('2.9');
    expect(formatMass(800, 'de', de, { bare: true, unitOf: 4200 })).to.equal('0,8');
  });

  it('numbers, percentages and money', () => {
    expect(formatNumber(25.4, 'en')).to.equal('25');
    expect(formatPercent(0.234, 'en')).to.equal('23%');
    expect(formatPercent(0.234, 'de').replace(/\s/g, ' ')).to.equal('23 %');
    expect(formatMoney(12.5, 'EUR', 'en')).to.equal('€12.50');
    expect(formatMoney(12.5, 'eur', 'de').replace(/\s/g, ' ')).to.equal('12,50 €');
    expect(formatMoney(12.5, 'not-a-code', 'en')).to.equal('12.5 not-a-code');
  });
});

describe('internal/safe-url', () => {
  it('lets only http and https through', () => {
    expect(safeUrl('https://example.org/a?b')).to.equal('https://example.org/a?b');
    expect(safeUrl('http://example.org')).to.equal('http://example.org/');
    expect(safeUrl('/p/42')).to.equal(new URL('/p/42', document.baseURI).href);
    for (const bad of ['javascript:alert(1)', ' JavaScript:alert(1)', 'data:text/html,<b>x</b>', 'vbscript:x', 'file:///etc/passwd', '', 42, null, undefined])
      expect(safeUrl(bad), String(bad)).to.equal(undefined);
  });
});

describe('internal/define', () => {
  it('first registration wins; another version warns once naming both; never throws', () => {
    class A extends HTMLElement {
      static version = '1.0.0';
    }
    class B extends HTMLElement {
      static version = '2.0.0';
    }
    const calls: unknown[] = [];
    const orig = console.warn;
    console.warn = (...a: unknown[]) => void calls.push(a[0]);
    try {
      defineElement('define-test-a', A);
      defineElement('define-test-a', A); // same class: silent
      defineElement('define-test-a', B);
      defineElement('bad name', A); // invalid tag: warns, does not throw
    } finally {
      console.warn = orig;
    }
    expect(customElements.get('define-test-a')).to.equal(A);
    expect(calls.length).to.equal(2);
    expect(String(calls[0])).to.contain('v1.0.0').and.contain('v2.0.0');
  });
});

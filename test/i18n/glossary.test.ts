import { expect } from '@open-wc/testing';
import { en } from '../../src/i18n/en.js';
import { de } from '../../src/i18n/de.js';
import { fr } from '../../src/i18n/fr.js';
import { es } from '../../src/i18n/es.js';
import { zhCN } from '../../src/i18n/zh-CN.js';
import { ja } from '../../src/i18n/ja.js';
import type { Messages } from '../../src/i18n/messages.js';

/**
 * One glossary per locale: the word every element uses for the grade, the likely range and the methods' section,
 * and the synonyms that must not appear beside it (issue 14: "Klasse" vs "Note", "Bereich" vs "Spanne").
 * Every visible and every spoken text of every element comes from these catalogs.
 */
const GLOSSARY: Record<string, { catalog: Messages; grade: string; range: string; avoid: RegExp }> = {
  en: { catalog: en, grade: 'grade', range: 'range', avoid: /\b(score|rating|interval|span)\b/i },
  de: { catalog: de, grade: 'Klasse', range: 'Bereich', avoid: /\b(Note|Spanne|Intervall|Bewertung)\b/ },
  fr: { catalog: fr, grade: 'note', range: 'fourchette', avoid: /\b(classe|intervalle|plage)\b/i },
  es: { catalog: es, grade: 'calificación', range: 'rango', avoid: /\b(nota|intervalo)\b/i },
  'zh-CN': { catalog: zhCN, grade: '等级', range: '范围', avoid: /评级|区间/ },
  ja: { catalog: ja, grade: '評価', range: '範囲', avoid: /等級|幅/ },
};

function texts(m: Messages): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  const visit = (path: string, v: unknown) => {
    if (typeof v === 'string') out.push([path, v]);
    else if (typeof v === 'function') {
      // a count-style first parameter gets a number (plural branches), the others strings
      const args = ['⟨0⟩', '⟨1⟩', '⟨2⟩', '⟨3⟩', '⟨4⟩', 'B'].map((a, i) => (i === 0 && /^\(?\s*(n|count|_n)\b/.test(String(v)) ? 2 : a));
      out.push([path, String((v as (...a: unknown[]) => unknown)(...args))]);
    }
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) visit(`${path}.${k}`, x);
  };
  for (const [k, v] of Object.entries(m)) visit(k, v);
  return out;
}

describe('one glossary per locale', () => {
  for (const [code, g] of Object.entries(GLOSSARY)) {
    it(`${code}: the grade is "${g.grade}" and the range "${g.range}" in every element's visible and spoken texts`, () => {
      const all = texts(g.catalog);
      for (const key of ['footprintLong', 'declaredLong', 'sellerIntensityLong'] as const) {
        const t = String((g.catalog[key] as (...a: string[]) => string)('⟨a⟩', '⟨b⟩', '⟨c⟩', '⟨d⟩', '⟨e⟩', 'B'));
        expect(t, `${code} ${key}`).to.contain(g.grade);
        expect(t, `${code} ${key}`).to.contain(g.range);
      }
      expect(g.catalog.likelyRange('⟨r⟩').toLowerCase()).to.contain(g.range.toLowerCase());
      const clashes = all.filter(([, t]) => g.avoid.test(t)).map(([p, t]) => `${p}: ${t}`);
      expect(clashes, `${code}: synonyms beside the glossary's terms`).to.deep.equal([]);
    });
  }

  it('a switch whose order was placed reads "saved" with the savings counter\'s word, in every locale', () => {
    const saved: Record<string, string> = { en: 'Saved', de: 'eingespart', fr: 'Économisé', es: 'Ahorrado', 'zh-CN': '减少', ja: '削減' };
    for (const [code, g] of Object.entries(GLOSSARY)) {
      expect(g.catalog.savingsSavedLabel, code).to.contain(saved[code]);
      expect(g.catalog.swapSaved, code).to.contain(saved[code]);
      expect(g.catalog.swapSavedLong('⟨n⟩').toLowerCase(), code).to.contain(saved[code]!.toLowerCase());
      expect(g.catalog.swapSaved, code).to.not.equal(g.catalog.switched);
    }
  });

  it('every locale words loading as a check in progress, distinct from "unavailable"', () => {
    for (const [code, g] of Object.entries(GLOSSARY)) {
      expect(g.catalog.checkingFigure, code).to.not.equal(g.catalog.estimateUnavailable);
      expect(g.catalog.loadingEstimate, code).to.not.equal(g.catalog.estimateUnavailable);
      expect(g.catalog.checkingFigure, code).to.match(/…$/);
    }
  });
});

import { expect } from '@open-wc/testing';
import { en } from '../../src/i18n/en.js';
import { de } from '../../src/i18n/de.js';
import { fr } from '../../src/i18n/fr.js';
import { es } from '../../src/i18n/es.js';
import { zhCN } from '../../src/i18n/zh-CN.js';
import { ja } from '../../src/i18n/ja.js';
import type { Messages } from '../../src/i18n/messages.js';

const catalogs: Record<string, Messages> = { en, de, fr, es, 'zh-CN': zhCN, ja };

/** Key paths of a catalog: top-level keys, and `key.sub` for nested records. */
function keyPaths(m: object): string[] {
  return Object.entries(m)
    .flatMap(([k, v]) => (v && typeof v === 'object' ? Object.keys(v).map((s) => `${k}.${s}`) : [k]))
    .sort();
}

/** Every string a catalog can produce: plain strings, nested strings, and each function called with sample arguments. */
function allTexts(m: Messages): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  const visit = (path: string, v: unknown) => {
    if (typeof v === 'string') out.push([path, v]);
    else if (typeof v === 'function') {
      // numbers for count-style parameters (plural branches), strings otherwise; try singular and plural
      for (const n of [0, 1, 2, 5]) {
        const args = Array.from({ length: Math.max(v.length, 4) }, (_, i) => (i === 0 && /^\(?\s*(n|count|_n)\b/.test(String(v)) ? n : `⟨${n}${i}⟩`));
        out.push([`${path}(${n})`, String((v as (...a: unknown[]) => unknown)(...args))]);
      }
    } else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) visit(`${path}.${k}`, x);
  };
  for (const [k, v] of Object.entries(m)) visit(k, v);
  return out;
}

/**
 * Claims the kit must never make, in the six languages (issue 3): "green", "eco-friendly", "sustainable",
 * "climate neutral", "carbon neutral" and their usual translations and variants.
 */
const BANNED: Record<string, RegExp[]> = {
  en: [/\bgreen(er|est)?\b/i, /\beco[- ]?friendly\b/i, /\bsustainab(le|ly|ility)\b/i, /\b(climate|carbon|CO₂|CO2)[- ]?neutral(ity)?\b/i, /\bnet[- ]zero\b/i, /\benvironmentally friendly\b/i, /\bplanet[- ]friendly\b/i],
  de: [/\bgrün(e|er|es|en|em)?\b/i, /umweltfreundlich/i, /nachhaltig/i, /klimaneutral/i, /(CO₂|CO2|kohlenstoff)[- ]?neutral/i, /klimafreundlich/i, /öko\b/i],
  fr: [/\bvert(e|s|es)?\b/i, /écologique/i, /respectueu(x|se) de l[’']environnement/i, /\bdurable(s)?\b/i, /neutre en carbone/i, /neutralité carbone/i, /climatiquement neutre/i, /éco[- ]?responsable/i],
  es: [/\bverde(s)?\b/i, /ecológic[oa]s?/i, /respetuos[oa]s? con el medio ambiente/i, /sostenible(s)?/i, /sustentable(s)?/i, /neutr[oa]s? en carbono/i, /climáticamente neutr[oa]/i, /neutralidad (de )?carbono/i],
  zh: [/绿色/, /环保/, /可持续/, /碳中和/, /气候中和/, /零碳/, /生态友好/],
  ja: [/グリーン/, /エコ(?!ノミ)/, /環境に(優|やさ)しい/, /持続可能/, /サステナブル/, /カーボンニュートラル/, /気候中立/, /脱炭素/, /ネットゼロ/],
};
const ALL_BANNED = Object.values(BANNED).flat();

describe('i18n catalogs', () => {
  it('every catalog has exactly the keys of the English one (nested records included; category names: category-names.test.ts)', () => {
    const paths = (m: object) => keyPaths(m).filter((k) => !k.startsWith('categories.'));
    const want = paths(en);
    for (const [code, m] of Object.entries(catalogs)) expect(paths(m), code).to.deep.equal(want);
  });

  it('every message has the same kind (text or function, and the same number of parameters) as in English', () => {
    for (const [code, m] of Object.entries(catalogs)) {
      for (const [k, v] of Object.entries(en)) {
        const mine = (m as unknown as Record<string, unknown>)[k];
        expect(typeof mine, `${code}.${k}`).to.equal(typeof v);
        if (typeof v === 'function') expect((mine as () => void).length, `${code}.${k} parameters`).to.be.at.most(v.length);
      }
    }
  });

  it('no message is empty and no function leaves a parameter out of its text', () => {
    for (const [code, m] of Object.entries(catalogs)) {
      for (const [path, text] of allTexts(m)) expect(text.trim(), `${code}.${path}`).to.not.equal('');
      for (const [k, v] of Object.entries(m)) {
        if (typeof v !== 'function' || ['etaDays', 'alternativesCompared'].includes(k)) continue;
        const args = Array.from({ length: v.length }, (_, i) => `⟨arg${i}⟩`);
        const s = String((v as (...a: string[]) => string)(...args));
        for (const a of args) expect(s, `${code}.${k}`).to.contain(a);
      }
    }
  });

  it('catalog codes and directions are right', () => {
    expect(Object.fromEntries(Object.entries(catalogs).map(([c, m]) => [c, m.$code]))).to.deep.equal({ en: 'en', de: 'de', fr: 'fr', es: 'es', 'zh-CN': 'zh-CN', ja: 'ja' });
    for (const m of Object.values(catalogs)) expect(m.$dir).to.equal('ltr');
  });

  it('the non-English catalogs are translated (not copies of English)', () => {
    for (const [code, m] of Object.entries(catalogs)) {
      if (code === 'en') continue;
      const same = ['estimateUnavailable', 'breakdownToggle', 'deliveryLegend', 'alternativesHeading', 'savingsHeading'].filter(
        (k) => (m as unknown as Record<string, unknown>)[k] === (en as unknown as Record<string, unknown>)[k],
      );
      expect(same, code).to.deep.equal([]);
    }
  });

  describe('banned claims scan (every string and every function output, six languages)', () => {
    it('the patterns catch what they are meant to catch', () => {
      for (const s of ['Go green', 'eco-friendly', 'Sustainable choice', 'climate neutral', 'carbon-neutral', 'grüne Wahl', 'umweltfreundlich', 'nachhaltig', 'klimaneutral', 'produit vert', 'écologique', 'durable', 'neutre en carbone', 'opción verde', 'ecológico', 'sostenible', 'neutro en carbono', '绿色', '环保', '可持续', '碳中和', 'グリーン', 'エコ', '環境に優しい', 'サステナブル', 'カーボンニュートラル'])
        expect(ALL_BANNED.some((re) => re.test(s)), s).to.equal(true);
      // and not what they must not catch
      for (const s of ['Gründe', 'ouvert', 'convertir', 'Greenwich Mean Time', 'エコノミー'])
        expect(ALL_BANNED.some((re) => re.test(s)), s).to.equal(false);
    });

    for (const [code, m] of Object.entries(catalogs)) {
      it(`${code}: no claim in any language`, () => {
        const hits = allTexts(m).filter(([, text]) => ALL_BANNED.some((re) => re.test(text)));
        expect(hits, hits.map(([p, t]) => `${p}: ${t}`).join('\n')).to.deep.equal([]);
      });
    }
  });
});

describe('i18n: visible labels are part of accessible names (WCAG 2.5.3 label in name)', () => {
  for (const [locale, m] of Object.entries(catalogs)) {
    it(`${locale}: the Switch button's spoken name contains its visible text`, () => {
      const spoken = m.switchLong('Organic tee', '1.2 kg CO₂e');
      expect(spoken.toLowerCase()).to.contain(m.switchAction.toLowerCase());
      expect(spoken).to.contain('Organic tee');
    });
    it(`${locale}: the Undo button's spoken name contains its visible text`, () => {
      const spoken = m.undoLong('Organic tee');
      expect(spoken.toLowerCase()).to.contain(m.undoAction.toLowerCase());
      expect(spoken).to.contain('Organic tee');
    });
  }
});

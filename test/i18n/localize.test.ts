import { expect } from '@open-wc/testing';
import { en } from '../../src/i18n/en.js';
import { loadMessages, normalizeLocale, onMessagesChange, registerMessages } from '../../src/i18n/registry.js';
import { getMessages } from '../../src/i18n/all-messages.js';
import { directionOf } from '../../src/i18n/localize-controller.js';

describe('i18n registry', () => {
  it('English is bundled and is the fallback for unknown locales', () => {
    expect(getMessages('en').free).to.equal('Free');
    expect(getMessages('xx-YY').estimateUnavailable).to.equal(en.estimateUnavailable);
    expect(getMessages('not a locale!').free).to.equal('Free');
  });

  it('loads a bundled catalog on demand; region falls back to language (de-CH → de → en)', async () => {
    await loadMessages('de-CH');
    expect(getMessages('de-CH').free).to.equal('Kostenlos');
    expect(getMessages('de_AT').methods.declared).to.equal('Vom Lieferanten angegeben');
  });

  it('zh, zh-CN and zh-Hans use the Simplified Chinese catalog', async () => {
    await loadMessages('zh-Hans-CN');
    for (const l of ['zh', 'zh-CN', 'zh-Hans']) expect(getMessages(l).free, l).to.equal('免费');
  });

  it('registerMessages adds a region or a new language at run time, key by key, and notifies', async () => {
    await loadMessages('fr');
    let calls = 0;
    const off = onMessagesChange(() => calls++);
    registerMessages('fr-CA', { free: 'Gratuit (CA)', stages: { use: 'Usage' } });
    off();
    expect(calls).to.equal(1);
    const m = getMessages('fr-CA');
    expect(m.free).to.equal('Gratuit (CA)');
    expect(m.stages.use).to.equal('Usage');
    expect(m.stages.materials).to.equal('Matières'); // other stages from fr
    expect(m.sources).to.equal('Sources');
    registerMessages('eo', { free: 'Senpaga' });
    expect(getMessages('eo').free).to.equal('Senpaga');
    expect(getMessages('eo').sources).to.equal(en.sources);
  });

  it('a merchant’s keys registered before the bundled catalog loads are kept', async () => {
    registerMessages('ja', { free: '送料無料' });
    await loadMessages('ja');
    expect(getMessages('ja').free).to.equal('送料無料');
    expect(getMessages('ja').sources).to.equal('出典');
  });

  it('normalises tags and finds directions', () => {
    expect(normalizeLocale('de_ch')).to.equal('de-ch');
    expect(normalizeLocale('')).to.equal('en');
    expect(directionOf('ar')).to.equal('rtl');
    expect(directionOf('he-IL')).to.equal('rtl');
    expect(directionOf('de')).to.equal('ltr');
  });
});

/**
 * Hostile input for every element: at least 2,000 generated cases each (seeded, reproducible); the arrays of
 * 100,000 candidates and options are in hostile-elements-arrays.test.ts. Each case is one of
 *  - valid:   a sound input with hostile text in the free-text fields → a figure, no eco-error;
 *  - invalid: a sound input with one field broken → eco-error { code, message, issues } and the neutral state;
 *  - chaos:   everything random → eco-error fired exactly when the neutral state is shown.
 * Presentation attributes (`variant`, `max`, `strategy`, `theme`…) are checked apart, in every case: an invalid one
 * gives exactly one `eco-error` INVALID_ATTRIBUTE naming it (its default is used, the figures stay), a valid one none;
 * the rules above apply to the other (data) errors.
 * After every batch: no uncaught error or rejection, no console.error, no payload ran (canary), no element, style,
 * inline handler or non-http(s) URL from input in any shadow root, built-in prototypes untouched, no NaN/Infinity/negative figure.
 * A failure names the seed, the case index and the input, so it can be replayed.
 */
import { expect } from '@open-wc/testing';
import '../../src/define/all.js';
import { bundledDataset } from '../../src/data/index.js';
import { SECTORS } from '../../src/engine/seller.js';
import { THEMES, UNITS } from '../../src/context/contexts.js';
import { BADGE_VARIANTS } from '../../src/components/footprint-badge/footprint-badge.js';
import { SELLER_BADGE_VARIANTS } from '../../src/components/seller-badge/seller-badge.js';
import { DELIVERY_STRATEGIES } from '../../src/components/delivery-options/delivery-options.js';
import type { EcoProvider } from '../../src/components/provider/provider.js';
import { INPUT_LIMITS, canonicalLocale } from '../../src/internal/coerce.js';
import {
  BAD_URLS, INJECTIONS, NUMBER_STRINGS, assertFiguresSane, assertNoMarkupFromInput, assertPageClean, chance, describeCase, guard,
  int, pick, pollutedJson, prng, randomNumberString, randomNumberValue, randomString, randomValue, shadowText, type Rng,
  candidate, deliveryOption, type Cand,
} from './hostile-inputs.js';

const SEED = 0x6ec0_2026;
const CASES = 2000;
const BATCH = 100;

type Expect = 'valid' | 'invalid' | 'chaos';
interface ErrorDetail { code: unknown; message: unknown; issues: unknown }

const oneOf = (values: readonly string[]) => (v: string) => values.includes(v);
const num = (v: string, ok: (n: number) => boolean) => ok(Number(v)); // Lit's Number converter: Number(text)
/** The oracle for presentation attributes: per tag, each attribute's validity (present attributes only). */
const PRESENTATION: Record<string, Record<string, (v: string) => boolean>> = {
  'eco-footprint-badge': { variant: oneOf(BADGE_VARIANTS) },
  'eco-seller-badge': { variant: oneOf(SELLER_BADGE_VARIANTS) },
  'eco-alternatives': {
    max: (v) => num(v, (n) => Number.isInteger(n) && n >= 1),
    'min-saving': (v) => num(v, (n) => n >= 0 && n <= 1),
    'heading-level': (v) => num(v, (n) => Number.isInteger(n) && n >= 2 && n <= 6),
  },
  'eco-delivery-options': { strategy: oneOf(DELIVERY_STRATEGIES), name: (v) => v.length <= INPUT_LIMITS.id, value: (v) => v.length <= INPUT_LIMITS.id },
  'eco-provider': { locale: (v) => canonicalLocale(v) !== null, theme: oneOf(THEMES), units: oneOf(UNITS), currency: (v) => v.trim() === '' || /^[a-z]{3}$/i.test(v.trim()), country: (v) => v.trim() === '' || /^[a-z]{2}$/i.test(v.trim()) },
};

/** True when any string in `v` (searched a few levels deep) is longer than INPUT_LIMITS.id, the shortest text limit. */
function hasOversizedText(v: unknown, depth = 0): boolean {
  if (typeof v === 'string') return v.length > INPUT_LIMITS.id;
  if (typeof v !== 'object' || v === null || depth > 6) return false;
  return Object.values(v).some((x) => hasOversizedText(x, depth + 1));
}

/** INVALID_ATTRIBUTE events name exactly the invalid presentation attributes the element was given, once each. */
function attributeErrorsOk(tag: string, attrs: Record<string, string>, errors: ErrorDetail[], where: string) {
  const rules = PRESENTATION[tag] ?? {};
  const expected = Object.keys(rules).filter((a) => a in attrs && !rules[a]!(attrs[a]!)).sort();
  const got = errors.flatMap((e) => (e.issues as { path: string }[]).map((i) => i.path)).sort();
  if (errors.length !== got.length || got.join() !== expected.join()) throw new Error(`${where}: INVALID_ATTRIBUTE for [${got.join()}], expected [${expected.join()}]`);
}
interface Case {
  expect: Expect;
  input: unknown;
  setup(el: HTMLElement): void;
  /** Text that must not appear in the element's shadow text (e.g. names of candidates that are invalid). */
  absent?: string[];
}
type Check = (el: HTMLElement, errors: ErrorDetail[], c: Case, where: string) => void | Promise<void>;

const CATEGORIES = Object.keys(bundledDataset.categories);
const MATERIALS = Object.keys(bundledDataset.materials);
const isCategory = (s: string) => Object.hasOwn(bundledDataset.categories, s.trim());
const q = (el: Element, sel: string) => el.shadowRoot!.querySelector(sel);
const qa = (el: Element, sel: string) => el.shadowRoot!.querySelectorAll(sel);
/** A random string that is not a category key (hostile words such as `__proto__` and `constructor` included). */
const notCategory = (r: Rng) => {
  for (;;) {
    const s = chance(r, 0.3) ? pick(r, ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'APPAREL.T-SHIRT', ' apparel ', 'apparel', 'apparel.t-shirt.x']) : randomString(r);
    if (!isCategory(s)) return s;
  }
};
const setAttrs = (el: HTMLElement, attrs: Record<string, string | undefined>) => {
  for (const [k, v] of Object.entries(attrs)) if (v !== undefined) el.setAttribute(k, v);
};
/** Number strings that are not a positive finite number (≤ max) after trimming; never blank. */
const BAD_POSITIVE = NUMBER_STRINGS.filter((s) => s.trim() !== '' && !(Number(s.trim()) > 0 && Number(s.trim()) <= 1e9));
const BAD_NONNEG = NUMBER_STRINGS.filter((s) => s.trim() !== '' && !(Number(s.trim()) >= 0 && Number(s.trim()) <= 1e12));

function errorShapeOk(errors: ErrorDetail[], where: string) {
  for (const d of errors) {
    if (typeof d.code !== 'string' || !/^[A-Z_]+$/.test(d.code)) throw new Error(`${where}: eco-error code ${String(d.code)}`);
    if (typeof d.message !== 'string' || !d.message) throw new Error(`${where}: eco-error without message`);
    if (!Array.isArray(d.issues)) throw new Error(`${where}: eco-error issues is not an array`);
  }
}

/** Mounts the cases in batches inside one reused provider and checks each one and the page after each batch. */
async function drive(tag: string, seed: number, n: number, make: (r: Rng, i: number) => Case, check: Check): Promise<{ counts: Record<Expect, number>; ms: number; phases: Record<string, number> }> {
  const r = prng(seed);
  const g = guard();
  const provider = document.createElement('eco-provider') as EcoProvider;
  provider.setAttribute('locale', 'en');
  // The first batch renders on screen (layout, impressions); later ones inside display:none, which renders the same
  // shadow DOM 5–10× faster because nothing is laid out.
  const box = document.createElement('div');
  box.append(provider);
  document.body.append(box);
  const counts: Record<Expect, number> = { valid: 0, invalid: 0, chaos: 0 };
  const phases: Record<string, number> = { generate: 0, render: 0, check: 0, page: 0 };
  const t0 = performance.now();
  let t = t0;
  const lap = (k: string) => {
    const now = performance.now();
    phases[k]! += now - t;
    t = now;
  };
  try {
    for (let start = 0; start < n; start += BATCH) {
      const batch: { el: HTMLElement; c: Case; errors: ErrorDetail[]; i: number; attrs: Record<string, string> }[] = [];
      for (let i = start; i < Math.min(n, start + BATCH); i++) {
        const c = make(r, i);
        // an input with a text over the kit's limits (INPUT_LIMITS) is refused with TOO_LARGE, whatever else it holds:
        // judged by the chaos oracle (eco-error exactly when the neutral state shows)
        if (c.expect === 'valid' && hasOversizedText(c.input)) c.expect = 'chaos';
        counts[c.expect]++;
        const el = document.createElement(tag);
        const errors: ErrorDetail[] = [];
        el.addEventListener('eco-error', (e) => errors.push((e as CustomEvent<ErrorDetail>).detail));
        try {
          c.setup(el);
        } catch (e) {
          throw new Error(`${tag} seed ${seed} case ${i}: setting the input threw ${String(e)}: ${describeCase(c.input)}`);
        }
        batch.push({ el, c, errors, i, attrs: Object.fromEntries([...el.attributes].map((a) => [a.name, a.value])) });
      }
      lap('generate');
      box.style.display = start === 0 ? '' : 'none';
      provider.append(...batch.map((b) => b.el));
      await Promise.all(batch.map((b) => (b.el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete));
      await Promise.resolve();
      lap('render');
      for (const { el, c, errors, i, attrs } of batch) {
        const where = `${tag} seed ${seed} case ${i} (${c.expect}) ${describeCase(c.input)}`;
        errorShapeOk(errors, where);
        attributeErrorsOk(tag, attrs, errors.filter((e) => e.code === 'INVALID_ATTRIBUTE'), where);
        await check(el, errors.filter((e) => e.code !== 'INVALID_ATTRIBUTE'), c, where);
        assertFiguresSane(el, ['value', 'item-footprint', 'item-saving', 'option-co2e', 'range', 'comparison', 'equivalent', 'reasons', 'progress-label'], where);
        if (c.absent?.length) {
          const text = shadowText(el);
          for (const a of c.absent) if (text.includes(a)) throw new Error(`${where}: shows "${a}", which came from an invalid entry`);
        }
      }
      lap('check');
      assertNoMarkupFromInput(provider, `${tag} seed ${seed} batch from ${start}`);
      assertPageClean(g, `${tag} seed ${seed} batch from ${start}`);
      provider.replaceChildren();
      lap('page');
    }
  } finally {
    g.stop();
    box.remove();
  }
  return { counts, ms: performance.now() - t0, phases };
}

const report = (tag: string, res: { counts: Record<Expect, number>; ms: number; phases: Record<string, number> }) =>
  console.log(`[hostile] ${tag}: ${res.counts.valid} valid, ${res.counts.invalid} invalid, ${res.counts.chaos} chaos cases in ${Math.round(res.ms)} ms (${Object.entries(res.phases).map(([k, v]) => `${k} ${Math.round(v)}`).join(', ')})`);

function expectOutcome(kind: Expect, errored: boolean, neutral: boolean, where: string) {
  if (kind === 'valid' && (errored || neutral)) throw new Error(`${where}: valid input gave ${errored ? 'eco-error' : ''} ${neutral ? 'the neutral state' : ''}`);
  if (kind === 'invalid' && !(errored && neutral)) throw new Error(`${where}: invalid input gave ${errored ? '' : 'no eco-error'} ${neutral ? '' : 'no neutral state'}`);
  if (kind === 'chaos' && errored !== neutral) throw new Error(`${where}: eco-error ${errored} but neutral state ${neutral}`);
}

// ─── eco-footprint-badge ───

function badgeCase(r: Rng): Case {
  const roll = r();
  const attrs: Record<string, string | undefined> = {
    'product-id': randomString(r),
    name: randomString(r),
    experiment: randomString(r),
    variant: pick(r, ['compact', 'full']),
    category: pick(r, CATEGORIES),
  };
  if (chance(r, 0.5)) attrs['weight-grams'] = String(int(r, 1, 5000));
  if (chance(r, 0.3)) {
    attrs.price = String(int(r, 0, 500));
    attrs.currency = pick(r, ['EUR', 'usd', 'GBP', '']);
  }
  if (chance(r, 0.2)) attrs.materials = `${pick(r, MATERIALS)}:0.6,${pick(r, MATERIALS)}:0.4`;
  if (roll < 0.35) return { expect: 'valid', input: attrs, setup: (el) => setAttrs(el, attrs) };
  if (roll < 0.7) {
    let prop: unknown;
    let propName = '';
    switch (int(r, 0, 9)) {
      case 0: attrs.category = notCategory(r); break;
      case 1: attrs['weight-grams'] = pick(r, BAD_POSITIVE); break;
      case 2: attrs.price = pick(r, BAD_NONNEG); attrs.currency = 'EUR'; break;
      case 3: attrs['declared-grams'] = pick(r, ['-1', 'abc', '1e16', 'NaN', 'Infinity', '-Infinity', '<x-pwn>', '1,5']); break;
      case 4: attrs.materials = pick(r, [...INJECTIONS, 'unobtainium:1', 'cotton:2', 'cotton:0.7,polyester:0.7', 'cotton:-1', 'cotton:abc', 'cotton:0.5@2', 'cotton:0.5,', '__proto__:1']); break;
      case 5: attrs.origin = pick(r, ['X1', '<b>', 'ZZZ', '12', 'D', INJECTIONS[0]!]); break;
      case 6: attrs.price = '10'; attrs.currency = pick(r, ['EU', '€', 'ZZZ', 'EURO', '<b>', '123']); break;
      case 7: propName = 'product'; prop = pick(r, [42, 'apparel.t-shirt', [], true, pollutedJson(r, { category: notCategory(r) }), { category: attrs.category, weightGrams: pick(r, [-1, NaN, Infinity, 1e10, '12', null]) }]); break;
      case 8: propName = 'product'; prop = { category: attrs.category, declared: { co2eGrams: pick(r, [-5, NaN, 1e16, '1']), boundary: 'cradle-to-gate' } }; break;
      default: propName = 'pact'; prop = pick(r, [0, 'pact', [], { specVersion: '9.9' }, pollutedJson(r, { pcf: {} }), { id: INJECTIONS[1], pcf: { pCfExcludingBiogenic: -1 } }]);
    }
    return { expect: 'invalid', input: { ...attrs, ...(propName ? { [propName]: prop } : {}) }, setup: (el) => { setAttrs(el, attrs); if (propName) (el as unknown as Record<string, unknown>)[propName] = prop; } };
  }
  const chaos: Record<string, string | undefined> = {};
  for (const k of ['product-id', 'name', 'category', 'currency', 'materials', 'origin', 'variant', 'experiment']) if (chance(r, 0.7)) chaos[k] = randomString(r);
  for (const k of ['price', 'weight-grams', 'declared-grams']) if (chance(r, 0.6)) chaos[k] = randomNumberString(r);
  if (chance(r, 0.5)) chaos.category = pick(r, CATEGORIES);
  const product = chance(r, 0.2) ? randomValue(r) : undefined;
  return {
    expect: 'chaos',
    input: { ...chaos, product },
    setup: (el) => { setAttrs(el, chaos); if (product !== undefined) (el as unknown as { product: unknown }).product = product; },
  };
}

const badgeCheck: Check = async (el, errors, c, where) => {
  const neutral = !!q(el, '.unavailable');
  const footprint = (el as unknown as { footprint?: unknown }).footprint;
  expectOutcome(c.expect, errors.length > 0, neutral, where);
  if (neutral !== (footprint === undefined)) throw new Error(`${where}: footprint property and neutral state disagree`);
  if (!neutral) {
    if (!/\p{Nd}/u.test(q(el, '[part=value]')?.textContent ?? '')) throw new Error(`${where}: no figure shown`);
    const toggle = q(el, '[part=toggle]') as HTMLButtonElement | null;
    if (toggle && c.expect === 'valid') {
      toggle.click(); // open the details: stage chart, equivalent, sources with links
      await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
      if (!q(el, '[part=breakdown]')) throw new Error(`${where}: details did not open`);
    }
  }
};

// ─── eco-alternatives ───


function alternativesCase(r: Rng): Case {
  const category = pick(r, CATEGORIES);
  const product: Record<string, unknown> = { id: randomString(r), name: randomString(r), category, weightGrams: 1000, price: 50 };
  const candidates: unknown[] = Array.from({ length: int(r, 0, 6) }, (_, i) => candidate(r, i, chance(r, 0.85) ? category : pick(r, CATEGORIES)));
  const experiment = randomString(r);
  const roll = r();
  const set = (p: unknown, cs: unknown) => (el: HTMLElement) => {
    el.setAttribute('experiment', experiment);
    if (chance(r, 0.3)) el.setAttribute('max', pick(r, ['1', '2', '5', ...NUMBER_STRINGS]));
    if (chance(r, 0.3)) el.setAttribute('min-saving', pick(r, ['0', '0.2', ...NUMBER_STRINGS]));
    Object.assign(el, { product: p, candidates: cs });
  };
  if (roll < 0.35) return { expect: 'valid', input: { product, candidates }, setup: set(product, candidates) };
  if (roll < 0.55) {
    const bad = pick(r, [42, 'product', [], true, { ...product, category: notCategory(r) }, { ...product, weightGrams: pick(r, [-1, NaN, 1e10, '1']) }, pollutedJson(r, { category: notCategory(r) })]);
    return { expect: 'invalid', input: { product: bad, candidates }, setup: set(bad, candidates) };
  }
  if (roll < 0.75) {
    // A sound product, and candidates of which some are broken: eco-error, the broken ones are never listed.
    const absent: string[] = [];
    const broken = candidates.slice();
    for (let k = int(r, 1, 3); k > 0; k--) {
      const marker = `BAD${k}-${int(r, 0, 1e9)}`;
      absent.push(marker);
      const base = candidate(r, 100 + k, category);
      broken.splice(int(r, 0, broken.length), 0, pick(r, [
        { ...base, id: '', name: marker },
        { ...base, id: undefined, name: marker },
        { ...base, name: '' },
        { ...base, name: marker, weightGrams: pick(r, [-5, NaN, Infinity, 0, '10']) },
        { ...base, name: marker, category: notCategory(r) },
        { ...base, name: marker, materials: [{ material: 'unobtainium', share: 1 }] },
        pollutedJson(r, { id: `p-${marker}`, name: marker, category: notCategory(r) }),
        null, 7, 'candidate', [],
      ]));
    }
    // A duplicated id comes after the first use of the id, so the first one is kept and the copy is skipped (unless the
    // first is refused itself, for a text over INPUT_LIMITS: then no copy is added).
    if (candidates.length && chance(r, 0.5) && !hasOversizedText(candidates[0])) {
      const marker = `DUP-${int(r, 0, 1e9)}`;
      absent.push(marker);
      broken.push({ ...(candidates[0] as Cand), name: marker });
    }
    return { expect: 'chaos', input: { product, candidates: broken, absent }, absent, setup: set(product, broken) };
  }
  const p = chance(r, 0.5) ? product : randomValue(r);
  const cs = chance(r, 0.7) ? Array.from({ length: int(r, 0, 5) }, () => randomValue(r)) : randomValue(r);
  return { expect: 'chaos', input: { product: p, candidates: cs }, setup: set(p, cs) };
}

const alternativesCheck: Check = (el, errors, c, where) => {
  const neutral = !!q(el, '[part=status]');
  const codes = errors.map((e) => e.code);
  if (c.expect === 'valid' && (errors.length || neutral)) throw new Error(`${where}: valid input gave eco-error ${codes.join()}`);
  if (c.expect === 'invalid' && !(neutral && errors.length)) throw new Error(`${where}: invalid product gave ${errors.length ? '' : 'no eco-error'} ${neutral ? '' : 'no neutral state'}`);
  if (c.absent && !errors.length) throw new Error(`${where}: broken candidates gave no eco-error`);
  if (neutral && !errors.length) throw new Error(`${where}: neutral state without eco-error`);
  if (neutral && qa(el, '[part=item]').length) throw new Error(`${where}: neutral state still lists items`);
  const max = Number((el as unknown as { max: number }).max);
  if (qa(el, '[part=item]').length > max) throw new Error(`${where}: more than max=${max} items`);
};

// ─── eco-delivery-options ───


function deliveryCase(r: Rng): Case {
  const options: unknown[] = Array.from({ length: int(r, 1, 6) }, (_, i) => deliveryOption(r, i));
  const parcel: unknown = { weightGrams: int(r, 1, 30000), ...(chance(r, 0.3) ? { distanceKm: int(r, 0, 20000) } : {}) };
  const attrs: Record<string, string | undefined> = {
    name: randomString(r), experiment: randomString(r), strategy: pick(r, ['highlight', 'preselect', 'active-choice']),
  };
  const set = (o: unknown, p: unknown, a = attrs) => (el: HTMLElement) => { setAttrs(el, a); Object.assign(el, { options: o, parcel: p }); };
  const roll = r();
  if (roll < 0.35) return { expect: 'valid', input: { attrs, options, parcel }, setup: set(options, parcel) };
  if (roll < 0.5) {
    const bad = pick(r, [42, 'parcel', [], { weightGrams: pick(r, [-1, NaN, Infinity, 1e9, '500', null]) }, { weightGrams: 500, distanceKm: pick(r, [-1, 1e6, NaN]) }, pollutedJson(r, { weightGrams: -1 })]);
    return { expect: 'invalid', input: { attrs, options, parcel: bad }, setup: set(options, bad) };
  }
  if (roll < 0.6) {
    const a = { ...attrs, 'parcel-weight-grams': pick(r, BAD_NONNEG.filter((s) => s.trim() !== '')) };
    return { expect: 'invalid', input: { attrs: a, options }, setup: set(options, undefined, a) };
  }
  if (roll < 0.8) {
    const absent: string[] = [];
    const broken = options.slice();
    for (let k = int(r, 1, 3); k > 0; k--) {
      const marker = `BAD${k}-${int(r, 0, 1e9)}`;
      absent.push(marker);
      const base = { ...deliveryOption(r, 100 + k), label: marker };
      broken.splice(int(r, 0, broken.length), 0, pick(r, [
        { ...base, id: '' }, { ...base, id: 7 }, { ...base, kind: pick(r, ['drone', 'teleport', '', '__proto__', INJECTIONS[0]]) },
        { ...base, price: pick(r, [-1, NaN, Infinity, '2']) }, { ...base, etaDays: pick(r, [-1, NaN, '3']) }, { ...base, label: { toString: () => marker } },
        pollutedJson(r, { id: `p-${marker}`, kind: 'drone', label: marker }), null, 'option', 3,
      ]));
    }
    if (chance(r, 0.5) && !hasOversizedText(options[0])) {
      const marker = `DUP-${int(r, 0, 1e9)}`;
      absent.push(marker);
      broken.push({ ...(options[0] as object), label: marker });
    }
    return { expect: 'chaos', input: { attrs, options: broken, absent }, absent, setup: set(broken, parcel) };
  }
  const chaosAttrs: Record<string, string | undefined> = { ...attrs, strategy: chance(r, 0.5) ? randomString(r) : attrs.strategy };
  for (const k of ['parcel-weight-grams', 'parcel-distance-km', 'packaging-weight-grams']) if (chance(r, 0.4)) chaosAttrs[k] = randomNumberString(r);
  if (chance(r, 0.3)) chaosAttrs['packaging-material'] = chance(r, 0.5) ? 'cardboard' : randomString(r);
  const o = chance(r, 0.6) ? options : chance(r, 0.5) ? Array.from({ length: int(r, 0, 4) }, () => randomValue(r)) : randomValue(r);
  const p = chance(r, 0.6) ? undefined : randomValue(r);
  return { expect: 'chaos', input: { attrs: chaosAttrs, options: o, parcel: p }, setup: set(o, p, chaosAttrs) };
}

const deliveryCheck: Check = (el, errors, c, where) => {
  const neutral = !!q(el, '[part=status]');
  const radios = qa(el, '[role=radio]').length;
  if (c.expect === 'valid') {
    if (errors.length || neutral) throw new Error(`${where}: valid input gave eco-error ${errors.map((e) => e.code).join()}`);
    const n = ((c.input as { options: unknown[] }).options).length;
    if (radios !== n || qa(el, '[part=option-co2e]').length !== n) throw new Error(`${where}: ${radios} radios / figures for ${n} options`);
    if (!qa(el, '[part~=tag]').length) throw new Error(`${where}: no option tagged as lowest`);
  }
  if (c.expect === 'invalid' && !(errors.length && neutral)) throw new Error(`${where}: invalid parcel gave ${errors.length ? '' : 'no eco-error'} ${neutral ? '' : 'no neutral state'}`);
  if (c.absent && !errors.length) throw new Error(`${where}: broken options gave no eco-error`);
  if (neutral && !errors.length) throw new Error(`${where}: neutral state without eco-error`);
  if (neutral && qa(el, '[part=option-co2e]').length) throw new Error(`${where}: neutral state but figures shown`);
};

// ─── eco-savings-counter ───

function savingsCase(r: Rng): Case {
  const useProps = chance(r, 0.4);
  const keys = ['savedGrams', 'communityGrams', 'goalGrams'] as const;
  const attrOf = { savedGrams: 'saved-grams', communityGrams: 'community-grams', goalGrams: 'goal-grams' };
  const values: Partial<Record<(typeof keys)[number], unknown>> = {};
  for (const k of keys) if (chance(r, 0.7)) values[k] = useProps ? randomNumberValue(r) : randomNumberString(r);
  const experiment = randomString(r);
  // The oracle: Lit's Number converter gives Number(text); a property must be a finite number.
  const asNumber = (v: unknown) => (useProps ? v : v === undefined ? undefined : Number(v));
  const bad = (v: unknown, positive: boolean) => v !== undefined && v !== null && !(typeof v === 'number' && Number.isFinite(v) && (positive ? v > 0 : v >= 0));
  const saved = asNumber(values.savedGrams);
  const expect: Expect = bad(saved, false) ? 'invalid' : 'valid';
  const goalBad = bad(asNumber(values.communityGrams), false) || bad(asNumber(values.goalGrams), true);
  return {
    expect,
    input: { useProps, values, goalBad },
    setup: (el) => {
      el.setAttribute('experiment', experiment);
      for (const k of keys) {
        if (!(k in values)) continue;
        if (useProps) (el as unknown as Record<string, unknown>)[k] = values[k];
        else el.setAttribute(attrOf[k], values[k] as string);
      }
    },
  };
}

const savingsCheck: Check = (el, errors, c, where) => {
  const neutral = !!q(el, '[part=status]');
  const { goalBad, values } = c.input as { goalBad: boolean; values: Record<string, unknown> };
  if (c.expect === 'valid' && neutral) throw new Error(`${where}: valid saved-grams shows the neutral state`);
  if (c.expect === 'invalid' && !neutral) throw new Error(`${where}: invalid saved-grams shows a figure`);
  const expectError = c.expect === 'invalid' || goalBad;
  if (expectError !== errors.length > 0) throw new Error(`${where}: eco-error ${errors.length > 0}, expected ${expectError}`);
  const bar = !!q(el, '[part=progress]');
  const wantBar = !goalBad && values.communityGrams != null && values.goalGrams != null && (c.input as { useProps: boolean }).useProps
    ? true : undefined; // attributes: "" and " " count as 0, so only check the bad direction there
  if (goalBad && bar) throw new Error(`${where}: progress bar drawn for invalid community/goal`);
  if (wantBar && !bar) throw new Error(`${where}: no progress bar for valid community/goal`);
  // nothing saved yet (no saved-grams, or 0, and an empty ledger): the neutral empty sentence, never a big "0 g"
  const empty = !!q(el, '[part=empty]');
  const saved = (c.input as { useProps: boolean }).useProps ? values.savedGrams : values.savedGrams === undefined ? undefined : Number(values.savedGrams);
  if (empty && typeof saved === 'number' && saved > 0) throw new Error(`${where}: a positive saved-grams shows the empty state`);
  if (!neutral && !empty && !/\p{Nd}/u.test(q(el, '[part=value]')?.textContent ?? '')) throw new Error(`${where}: no figure shown`);
};

// ─── eco-seller-badge ───

function sellerCase(r: Rng): Case {
  const year = int(r, 1990, 2090);
  const attrs: Record<string, string | undefined> = {
    'seller-id': randomString(r), name: randomString(r), experiment: randomString(r),
    variant: pick(r, ['compact', 'full']), sector: pick(r, SECTORS), currency: pick(r, ['EUR', 'USD', 'gbp', '']),
    'emissions-kg': String(int(r, 0, 1e9)), revenue: String(int(r, 1, 1e12)), year: String(year),
  };
  if (chance(r, 0.3)) Object.assign(attrs, { 'baseline-year': String(year - int(r, 0, Math.min(5, year - 1990))), 'baseline-emissions-kg': String(int(r, 1, 1e9)), 'baseline-revenue': String(int(r, 1, 1e12)) });
  if (chance(r, 0.3)) Object.assign(attrs, { 'target-year': String(year + int(r, 1, 10)), 'target-reduction': String(Math.round((0.05 + r() * 0.9) * 100) / 100) });
  const roll = r();
  if (roll < 0.35) return { expect: 'valid', input: attrs, setup: (el) => setAttrs(el, attrs) };
  if (roll < 0.7) {
    switch (int(r, 0, 6)) {
      case 0: attrs['emissions-kg'] = pick(r, ['-1', 'abc', 'NaN', 'Infinity', '1e16', '<x-pwn>', '-0.5']); break;
      case 1: attrs.revenue = pick(r, ['0', '-1', 'abc', 'NaN', 'Infinity', '1e16', '-0']); break;
      case 2: attrs.year = pick(r, ['1989', '2101', '2020.5', 'abc', 'NaN', '-2020', '1e4']); break;
      case 3: attrs.sector = pick(r, ['__proto__', 'constructor', 'toString', 'x'.repeat(101), INJECTIONS[0]!, 'mining', 'apparel.x']); break;
      case 4: attrs.currency = pick(r, ['EU', '€', 'EURO', '<b>', '123']); break;
      case 5: attrs['target-reduction'] = pick(r, ['0', '1', '-0.5', '1.5', 'NaN']); attrs['target-year'] = attrs.year; break;
      default: Object.assign(attrs, { 'baseline-year': String(year), 'baseline-emissions-kg': pick(r, ['0', '-1', 'NaN']), 'baseline-revenue': '100' });
    }
    return { expect: 'invalid', input: attrs, setup: (el) => setAttrs(el, attrs) };
  }
  const chaos: Record<string, string | undefined> = { sector: chance(r, 0.5) ? pick(r, SECTORS) : randomString(r) };
  for (const k of ['seller-id', 'name', 'currency', 'variant', 'experiment']) if (chance(r, 0.6)) chaos[k] = randomString(r);
  for (const k of ['emissions-kg', 'revenue', 'year', 'baseline-year', 'baseline-emissions-kg', 'baseline-revenue', 'target-year', 'target-reduction']) if (chance(r, 0.5)) chaos[k] = randomNumberString(r);
  const seller = chance(r, 0.15) ? randomValue(r) : undefined;
  return { expect: 'chaos', input: { ...chaos, seller }, setup: (el) => { setAttrs(el, chaos); if (seller !== undefined) (el as unknown as { seller: unknown }).seller = seller; } };
}

const sellerCheck: Check = (el, errors, c, where) => {
  const neutral = !!q(el, '.unavailable');
  expectOutcome(c.expect, errors.length > 0, neutral, where);
  if (!neutral && !/\p{Nd}/u.test(q(el, '[part=value]')?.textContent ?? '')) throw new Error(`${where}: no figure shown`);
};

// ─── eco-provider ───

function providerCase(r: Rng): Case {
  const attrs: Record<string, string | undefined> = {};
  for (const k of ['locale', 'currency', 'theme', 'units', 'country', 'experiment']) if (chance(r, 0.6)) attrs[k] = randomString(r);
  if (chance(r, 0.3)) attrs.locale = pick(r, ['de', 'fr-CH', 'ar', 'he', 'ja', 'zh-Hant-TW', 'x-pwn', 'en-u-nu-arab', 'und', 'i-klingon', 'de-DE-u-co-phonebk']);
  if (chance(r, 0.3)) attrs.theme = pick(r, THEMES);
  if (chance(r, 0.3)) attrs.units = pick(r, UNITS);
  const roll = r();
  let factors: unknown;
  let expect: Expect = 'chaos';
  if (roll < 0.3) factors = undefined;
  else if (roll < 0.65) {
    expect = 'invalid';
    const tee = bundledDataset.categories['apparel.t-shirt']!;
    factors = pick(r, [
      42, 'factors.json', true, [], [bundledDataset],
      { ...bundledDataset, schemaVersion: pick(r, [2, '1', -1, null]) },
      { ...bundledDataset, grades: [2, 1, 0.5, 0.1] },
      { ...bundledDataset, categories: { ...bundledDataset.categories, 'apparel.t-shirt': { ...tee, typical: { ...tee.typical, weightGrams: pick(r, [-1, NaN, Infinity, '7']) } } } },
      { categories: { 'apparel.t-shirt': { ...tee, benchmark: { ...tee.benchmark, stages: { ...tee.benchmark.stages, materials: pick(r, [NaN, Infinity, '7', null]) } } } } },
      { categories: { 'apparel.t-shirt': { ...tee, label: { html: INJECTIONS[0] } } } },
      { grid: { DE: { value: -400, unit: 'g/kWh', sourceId: 'nope' } } },
      { sources: { evil: { title: INJECTIONS[1], url: BAD_URLS[0], year: 'x' } } },
      pollutedJson(r, { schemaVersion: 1, id: 'x' }),
      pollutedJson(r, { categories: { x: 1 } }),
    ]);
  } else factors = randomValue(r);
  return {
    expect,
    input: { attrs, factors },
    setup: (el) => {
      setAttrs(el, attrs);
      if (factors !== undefined) (el as EcoProvider).factors = factors;
      const badge = document.createElement('eco-footprint-badge');
      badge.setAttribute('category', 'apparel.t-shirt');
      badge.setAttribute('weight-grams', '180');
      el.append(badge);
    },
  };
}

const providerCheck: Check = async (el, errors, c, where) => {
  const p = el as EcoProvider;
  const badge = p.querySelector('eco-footprint-badge') as HTMLElement & { updateComplete: Promise<unknown>; footprint?: unknown };
  await badge.updateComplete;
  const { factors } = c.input as { factors: unknown };
  const providerErrors = errors.filter((e) => e.code === 'DATASET_INVALID');
  if (c.expect === 'invalid' && providerErrors.length !== 1) throw new Error(`${where}: invalid dataset gave ${providerErrors.length} DATASET_INVALID`);
  if (providerErrors.length && p.activeDataset !== bundledDataset) throw new Error(`${where}: after DATASET_INVALID the bundled dataset does not serve`);
  if (factors === undefined && errors.length) throw new Error(`${where}: eco-error without a dataset: ${errors.map((e) => e.code).join()}`);
  if (!(THEMES as readonly string[]).includes(p.theme) || !(UNITS as readonly string[]).includes(p.units)) throw new Error(`${where}: theme/units not normalised`);
  assertFiguresSane(badge, ['value'], where);
  if (providerErrors.length || factors === undefined) {
    // The bundled dataset serves: the badge inside shows its figure whatever the locale, currency or country.
    if (!badge.footprint || !/\p{Nd}/u.test(badge.shadowRoot!.querySelector('[part=value]')?.textContent ?? '')) throw new Error(`${where}: the badge inside shows no figure`);
  }
};

describe('hostile input: elements', function () {
  this.timeout(600_000);

  const run = async (tag: string, make: (r: Rng, i: number) => Case, check: Check, seedOffset: number) => {
    const res = await drive(tag, SEED + seedOffset, CASES, make, check);
    report(tag, res);
    expect(res.counts.valid + res.counts.invalid + res.counts.chaos).to.equal(CASES);
    expect(res.counts.valid).to.be.greaterThan(CASES / 5);
    expect(res.counts.invalid).to.be.greaterThan(CASES / 10);
  };

  it(`<eco-footprint-badge>: ${CASES} generated inputs`, () => run('eco-footprint-badge', badgeCase, badgeCheck, 1));
  it(`<eco-alternatives>: ${CASES} generated inputs`, () => run('eco-alternatives', alternativesCase, alternativesCheck, 2));
  it(`<eco-delivery-options>: ${CASES} generated inputs`, () => run('eco-delivery-options', deliveryCase, deliveryCheck, 3));
  it(`<eco-savings-counter>: ${CASES} generated inputs`, async () => {
    const res = await drive('eco-savings-counter', SEED + 4, CASES, savingsCase, savingsCheck);
    report('eco-savings-counter', res);
    expect(res.counts.valid).to.be.greaterThan(CASES / 5);
    expect(res.counts.invalid).to.be.greaterThan(CASES / 10);
  });
  it(`<eco-seller-badge>: ${CASES} generated inputs`, () => run('eco-seller-badge', sellerCase, sellerCheck, 5));
  it(`<eco-provider>: ${CASES} generated settings and datasets`, async () => {
    const res = await drive('eco-provider', SEED + 6, CASES, providerCase, providerCheck);
    report('eco-provider', res);
    expect(res.counts.invalid).to.be.greaterThan(CASES / 5);
  });
});

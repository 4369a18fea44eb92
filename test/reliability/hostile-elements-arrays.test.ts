/**
 * Hostile input for the elements, part two: arrays of 100,000 candidates and options (a file of its own, so that
 * each half of the reliability suite has the whole per-file time limit on a slow machine). Part one, 2,000 generated
 * cases per element, is hostile-elements.test.ts; the seed is the same.
 */
import { expect } from '@open-wc/testing';
import '../../src/define/all.js';
import { LIMITS } from '../../src/engine/index.js';
import { INPUT_LIMITS } from '../../src/internal/coerce.js';
import {
  INJECTIONS, assertFiguresSane, assertNoMarkupFromInput, assertPageClean, candidate, chance, deliveryOption, guard, pick, prng, randomValue,
} from './hostile-inputs.js';

const SEED = 0x6ec0_2026;
interface ErrorDetail { code: unknown; message: unknown; issues: unknown }
const qa = (el: Element, sel: string) => el.shadowRoot!.querySelectorAll(sel);

describe('hostile input: arrays of 100,000', function () {
  this.timeout(600_000);
  const N = 100_000;

  async function mount<T extends HTMLElement>(tag: string, set: (el: T) => void) {
    const g = guard();
    const errors: ErrorDetail[] = [];
    const el = document.createElement(tag) as T & { updateComplete: Promise<unknown> };
    el.addEventListener('eco-error', (e) => errors.push((e as CustomEvent<ErrorDetail>).detail));
    set(el);
    const t0 = performance.now();
    document.body.append(el);
    await el.updateComplete;
    const ms = performance.now() - t0;
    try {
      assertNoMarkupFromInput(el, tag);
      assertPageClean(g, tag);
    } finally {
      g.stop();
    }
    return { el, errors, ms, done: () => el.remove() };
  }

  it('<eco-alternatives> with 100,000 candidates (10% sound, 90% broken): the first INPUT_LIMITS.candidates are read (TOO_LARGE for the rest), at most `max` listed', async () => {
    const r = prng(SEED + 10);
    const product = { id: 'p', category: 'apparel.t-shirt', weightGrams: 1000, price: 20 };
    const candidates = Array.from({ length: N }, (_, i) => (i % 10 === 0 ? candidate(r, i, 'apparel.t-shirt') : { id: `b${i}`, name: pick(r, INJECTIONS), category: 'apparel.t-shirt', weightGrams: -1 }));
    const { el, errors, ms, done } = await mount('eco-alternatives', (e) => Object.assign(e, { product, candidates, max: 5 }));
    console.log(`[hostile] eco-alternatives with ${N} candidates: ${Math.round(ms)} ms`);
    // one error for the length (at the array), one listing the broken entries among those read
    expect(errors.map((e) => e.code)).to.deep.equal(['TOO_LARGE', 'INVALID_PRODUCT']);
    expect((errors[0]!.issues as { path: string }[]).map((i) => i.path)).to.deep.equal(['candidates']);
    // the broken tenth, plus sound ones with a name over INPUT_LIMITS.text (TOO_LARGE for that entry)
    expect((errors[1]!.issues as unknown[]).length).to.be.within(INPUT_LIMITS.candidates * 0.9, INPUT_LIMITS.candidates);
    expect(qa(el, '[part=item]').length).to.be.within(1, 5);
    done();
  });

  it('<eco-alternatives> with 100,000 broken candidates: errors for the length and for the entries read, nothing listed', async () => {
    const r = prng(SEED + 11);
    const product = { id: 'p', category: 'apparel.t-shirt', weightGrams: 1000 };
    const candidates = Array.from({ length: N }, () => (chance(r, 0.5) ? randomValue(r) : { id: '', name: pick(r, INJECTIONS), category: 'apparel.t-shirt' }));
    const { el, errors, ms, done } = await mount('eco-alternatives', (e) => Object.assign(e, { product, candidates }));
    console.log(`[hostile] eco-alternatives with ${N} broken candidates: ${Math.round(ms)} ms`);
    expect(errors.map((e) => e.code)).to.deep.equal(['TOO_LARGE', 'INVALID_PRODUCT']);
    const paths = (errors[1]!.issues as { path: string }[]).map((i) => i.path);
    expect(paths.length).to.be.at.least(INPUT_LIMITS.candidates);
    expect(paths.every((p) => Number(p.split('.')[1]) < INPUT_LIMITS.candidates)).to.equal(true);
    expect(qa(el, '[part=item]').length).to.equal(0);
    done();
  });

  it('<eco-delivery-options> with 100,000 options: the first LIMITS.deliveryOptions are read, the sound ones among them choosable', async () => {
    // every fifth option is broken; only the first 50 are read (before that limit, 50,000 sound options took about
    // 110 s in Chromium on 2 cores)
    const r = prng(SEED + 12);
    const options = Array.from({ length: N }, (_, i) => (i % 5 !== 4 ? deliveryOption(r, i) : { id: `x${i}`, kind: pick(r, ['drone', '', '__proto__']), label: pick(r, INJECTIONS) }));
    const { el, errors, ms, done } = await mount('eco-delivery-options', (e) => Object.assign(e, { options, parcel: { weightGrams: 800 } }));
    console.log(`[hostile] eco-delivery-options with ${N} options: ${Math.round(ms)} ms, ${qa(el, '[role=radio]').length} radios`);
    expect(errors.length).to.equal(1);
    expect(errors[0]!.code).to.equal('INVALID_ARGUMENT');
    const paths = (errors[0]!.issues as { path: string }[]).map((i) => i.path);
    expect(paths[0]).to.equal('options');
    // broken: every fifth, and sound ones whose label is over INPUT_LIMITS.text (TOO_LARGE: one issue, not offered)
    const long = options.slice(0, LIMITS.deliveryOptions).filter((o, i) => i % 5 !== 4 && typeof o.label === 'string' && o.label.length > INPUT_LIMITS.text).length;
    expect(paths.length).to.equal(1 + LIMITS.deliveryOptions / 5 + long);
    expect(qa(el, '[role=radio]').length).to.equal(LIMITS.deliveryOptions * 0.8 - long);
    assertFiguresSane(el, ['option-co2e'], 'delivery 100k');
    done();
  });
});

/**
 * Dataset faults beyond the provider tests: a merchant dataset that is invalid in one deep place, partial with one bad
 * entry, very large (valid and invalid), fetched with prototype keys, or replaced while still loading. Each time:
 * one clear eco-error (a code, a message that says what to do, issue paths), and the bundled data keeps serving —
 * the badges inside show exactly the figures they show without any merchant dataset.
 */
import { expect, fixtureCleanup } from '@open-wc/testing';
import '../../src/define/all.js';
import type { EcoProvider } from '../../src/components/provider/provider.js';
import type { EcoFootprintBadge } from '../../src/components/footprint-badge/footprint-badge.js';
import { bundledDataset } from '../../src/data/index.js';
import { INPUT_LIMITS } from '../../src/internal/coerce.js';
import { assertPageClean, guard } from './hostile-inputs.js';

interface ErrorDetail { code: string; message: string; issues: { path: string; message: string }[] }
const wait = (ms = 0) => new Promise((r) => setTimeout(r, ms));
const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;
const tee = bundledDataset.categories['apparel.t-shirt']!;

/** Provider with two badges; returns it, its eco-errors and its load events. */
async function mount(setup: (p: EcoProvider) => void) {
  const p = document.createElement('eco-provider') as EcoProvider;
  p.setAttribute('locale', 'en');
  p.innerHTML = `<eco-footprint-badge category="apparel.t-shirt" weight-grams="180"></eco-footprint-badge>
    <eco-footprint-badge category="electronics.smartphone"></eco-footprint-badge>`;
  const errors: ErrorDetail[] = [];
  const loads: unknown[] = [];
  p.addEventListener('eco-error', (e) => errors.push((e as CustomEvent<ErrorDetail>).detail));
  p.addEventListener('eco-factors-load', (e) => loads.push((e as CustomEvent).detail));
  setup(p);
  document.body.append(p);
  await p.updateComplete;
  return { p, errors, loads };
}
const figures = async (p: EcoProvider) => {
  const badges = [...p.querySelectorAll('eco-footprint-badge')] as EcoFootprintBadge[];
  await Promise.all(badges.map((b) => b.updateComplete));
  return badges.map((b) => b.footprint?.co2eGrams);
};

describe('dataset faults (beyond the provider tests)', function () {
  this.timeout(120000);
  let g: ReturnType<typeof guard>;
  let reference: (number | undefined)[];
  before(async () => {
    const { p } = await mount(() => {});
    reference = await figures(p);
    p.remove();
  });
  beforeEach(() => (g = guard()));
  afterEach(() => {
    g.stop();
    fixtureCleanup();
    document.querySelectorAll('eco-provider').forEach((e) => e.remove());
  });

  const expectBundledServes = async (p: EcoProvider, errors: ErrorDetail[], where: string, codes = ['DATASET_INVALID']) => {
    expect(errors.length, `${where}: eco-error count`).to.equal(1);
    const [e] = errors;
    expect(codes, where).to.include(e!.code);
    expect(e!.message, where).to.match(/bundled dataset/i);
    expect(e!.issues.length, where).to.be.greaterThan(0);
    expect(e!.issues.every((i) => typeof i.path === 'string' && i.message.length > 0), where).to.equal(true);
    expect(p.activeDataset, where).to.equal(bundledDataset);
    expect(await figures(p), where).to.deep.equal(reference);
    expect(reference.every((x) => typeof x === 'number' && x > 0)).to.equal(true);
  };

  it('a complete dataset invalid in one deep place: DATASET_INVALID naming that path; bundled figures unchanged', async () => {
    const bad = clone(bundledDataset) as unknown as { categories: Record<string, { typical: { materials: { share: unknown }[] } }> };
    bad.categories['apparel.t-shirt']!.typical.materials[0]!.share = 'most';
    const { p, errors } = await mount((el) => (el.factors = bad));
    await expectBundledServes(p, errors, 'deep');
    expect(errors[0]!.issues.map((i) => i.path).join(' ')).to.contain('categories.apparel.t-shirt.typical.materials.0.share');
    assertPageClean(g, 'deep');
  });

  it('a partial dataset with one bad entry among good ones is refused as a whole (no half-applied data)', async () => {
    const patch = {
      categories: { 'apparel.t-shirt': { ...tee, label: 'Tee (merchant)' } },
      grid: { DE: { value: -350, unit: 'g CO2e/kWh', source: 'owid-ember' } },
    };
    const { p, errors } = await mount((el) => (el.factors = patch));
    await expectBundledServes(p, errors, 'partial');
    expect(p.activeDataset!.categories['apparel.t-shirt']!.label).to.equal(tee.label);
    assertPageClean(g, 'partial');
  });

  it('the largest valid dataset (INPUT_LIMITS.datasetEntries extra categories) is accepted and used; one more is TOO_LARGE', async () => {
    const N = INPUT_LIMITS.datasetEntries - Object.keys(bundledDataset.categories).length;
    const categories: Record<string, unknown> = {};
    for (let i = 0; i < N; i++) categories[`merchant.item-${i}`] = { ...tee, label: `Item ${i}` };
    const t0 = performance.now();
    const { p, errors, loads } = await mount((el) => (el.factors = { categories }));
    const badge = document.createElement('eco-footprint-badge') as EcoFootprintBadge;
    badge.setAttribute('category', `merchant.item-${N - 1}`);
    p.append(badge);
    await badge.updateComplete;
    console.log(`[dataset] ${N} extra categories validated and applied in ${Math.round(performance.now() - t0)} ms`);
    expect(errors).to.deep.equal([]);
    expect(loads.length).to.equal(1);
    expect(Object.keys(p.activeDataset!.categories).length).to.equal(Object.keys(bundledDataset.categories).length + N);
    expect(badge.footprint?.co2eGrams).to.be.greaterThan(0);
    // one category more than the limit (the merged dataset is counted): refused at once, the bundled dataset serves
    const over = await mount((el) => (el.factors = { categories: { ...categories, 'merchant.one-more': { ...tee, label: 'x' } } }));
    await expectBundledServes(over.p, over.errors, 'over the limit', ['TOO_LARGE']);
    assertPageClean(g, 'large valid');
  });

  it('a very large invalid dataset (100,000 broken categories): one eco-error, bounded, bundled data serves', async () => {
    const categories: Record<string, unknown> = {};
    for (let i = 0; i < 100_000; i++) categories[`bad.${i}`] = { label: i % 2 ? '' : `<img src=x onerror=alert(${i})>`, unit: 'crate' };
    const t0 = performance.now();
    const { p, errors } = await mount((el) => (el.factors = { categories }));
    console.log(`[dataset] 100,000 broken categories refused in ${Math.round(performance.now() - t0)} ms with ${errors[0]?.issues.length} issues`);
    await expectBundledServes(p, errors, 'large invalid', ['DATASET_INVALID', 'TOO_LARGE']); // 100,000 > INPUT_LIMITS.datasetEntries
    assertPageClean(g, 'large invalid');
  });

  it('factors-src with prototype keys and a huge body: refused or accepted without pollution; bundled data serves on refusal', async () => {
    const body = `{"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}},"categories":{"__proto__":{"label":"x"},"apparel.t-shirt":${JSON.stringify({ ...tee, label: 'x'.repeat(2_000_000) })}}}`;
    const url = URL.createObjectURL(new Blob([body], { type: 'application/json' }));
    try {
      const { p, errors, loads } = await mount((el) => el.setAttribute('factors-src', url));
      const end = performance.now() + 20000;
      while (!errors.length && !loads.length && performance.now() < end) await wait(50);
      expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
      expect(errors.length + loads.length, 'exactly one outcome').to.equal(1);
      // the 2 MB label is over INPUT_LIMITS (bytes of the response, and length of one text): TOO_LARGE
      if (errors.length) await expectBundledServes(p, errors, 'factors-src with prototype keys', ['DATASET_INVALID', 'TOO_LARGE']);
      else expect((await figures(p)).every((x) => typeof x === 'number' && x > 0)).to.equal(true);
    } finally {
      URL.revokeObjectURL(url);
    }
    assertPageClean(g, 'prototype keys');
  });

  it('factors-src replaced while loading: only the last one applies; a fetch failure then keeps the bundled data', async () => {
    const good = URL.createObjectURL(new Blob([JSON.stringify({ categories: { 'apparel.t-shirt': { ...tee, label: 'First' } } })], { type: 'application/json' }));
    try {
      const { p, errors, loads } = await mount((el) => el.setAttribute('factors-src', good));
      p.setAttribute('factors-src', '/test/reliability/does-not-exist.json');
      const end = performance.now() + 20000;
      while (!errors.length && performance.now() < end) await wait(50);
      await wait(200);
      expect(loads, 'the replaced URL must not apply').to.deep.equal([]);
      expect(errors.map((e) => e.code)).to.deep.equal(['DATASET_FETCH_FAILED']);
      expect(errors[0]!.message).to.match(/404/);
      expect(p.activeDataset).to.equal(bundledDataset);
      expect(await figures(p)).to.deep.equal(reference);
    } finally {
      URL.revokeObjectURL(good);
    }
    assertPageClean(g, 'replaced src');
  });
});

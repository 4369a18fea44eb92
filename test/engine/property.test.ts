import { expect } from '@open-wc/testing';
import { safeEstimateFootprint, STAGES, type ProductInput } from '../../src/engine/index.js';
import { fixtureDataset as dataset } from '../helpers/dataset.fixture.js';
import { prng } from '../helpers/prng.js';

function randomProduct(r: () => number): ProductInput {
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)]!;
  const maybe = (p: number) => r() < p;
  const tiny = () => (maybe(0.1) ? pick([1e-9, 1e-3, 1e6, 1e7]) : r() * 5000);
  const p: Record<string, unknown> = { category: pick(Object.keys(dataset.categories)) };
  if (maybe(0.6)) p.weightGrams = Math.max(1e-9, tiny());
  if (maybe(0.5)) {
    const n = 1 + Math.floor(r() * 3);
    p.materials = Array.from({ length: n }, () => ({ material: pick(Object.keys(dataset.materials)), share: 1 / n, ...(maybe(0.5) ? { recycledShare: r() } : {}) }));
  }
  if (maybe(0.3)) p.transport = Array.from({ length: Math.floor(r() * 3) }, () => ({ mode: pick(['sea', 'air', 'road', 'rail'] as const), distanceKm: r() * 40000 }));
  if (maybe(0.3)) p.packaging = [{ material: pick(Object.keys(dataset.packaging)), weightGrams: tiny() }];
  if (maybe(0.3)) p.use = { kWhPerYear: tiny(), years: 0.01 + r() * 99, ...(maybe(0.5) ? { country: pick(Object.keys(dataset.grid)) } : {}) };
  if (maybe(0.4)) { p.price = maybe(0.1) ? 0 : tiny(); p.currency = pick(['USD', 'EUR', 'gbp']); }
  if (maybe(0.15)) p.declared = { co2eGrams: tiny(), boundary: pick(['cradle-to-gate', 'cradle-to-grave'] as const), verified: maybe(0.5) };
  return p as ProductInput;
}

describe('property: thousands of random valid products', () => {
  it('never gives NaN, Infinity or a negative figure; low ≤ central ≤ high; stages sum to the total', function () {
    this.timeout(120000); // a loaded CI machine is slow; this checks results, not speed
    const r = prng(20260131);
    for (let i = 0; i < 3000; i++) {
      const p = randomProduct(r);
      const boundary = r() < 0.5 ? 'cradle-to-gate' : 'cradle-to-grave';
      const country = r() < 0.3 ? 'PL' : undefined;
      const res = safeEstimateFootprint(p, { dataset, boundary, country });
      if (!res.ok) throw new Error(`case ${i}: ${res.error.message} ${JSON.stringify(p)}`);
      const f = res.value;
      const nums = [f.co2eGrams, f.lowGrams, f.highGrams, f.benchmarkGrams, f.ratio, ...STAGES.map((k) => f.stages[k])];
      for (const x of nums) if (!Number.isFinite(x) || x < 0) throw new Error(`case ${i}: bad number ${x} for ${JSON.stringify(p)}`);
      if (!(f.lowGrams <= f.co2eGrams && f.co2eGrams <= f.highGrams)) throw new Error(`case ${i}: range ${f.lowGrams} ${f.co2eGrams} ${f.highGrams}`);
      const sum = STAGES.reduce((a, k) => a + f.stages[k], 0);
      if (Math.abs(sum - f.co2eGrams) > 1e-9 * Math.max(1, f.co2eGrams)) throw new Error(`case ${i}: stages ${sum} ≠ ${f.co2eGrams}`);
      if (f.dataQuality < 1 || f.dataQuality > 5) throw new Error(`case ${i}: quality ${f.dataQuality}`);
    }
    expect(true).to.equal(true);
  });
});

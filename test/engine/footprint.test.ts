import { expect } from '@open-wc/testing';
import { estimateFootprint, extendDataset, safeEstimateFootprint, STAGES, type FootprintResult, type ProductInput } from '../../src/engine/index.js';
import { deepFreeze, fixtureDataset as dataset, flatRanges } from '../helpers/dataset.fixture.js';

const est = (p: ProductInput, o: Record<string, unknown> = {}) => estimateFootprint(p, { dataset, ...o });
const stageSum = (r: FootprintResult) => STAGES.reduce((a, k) => a + r.stages[k], 0);

describe('estimateFootprint: golden values on the fixture dataset', () => {
  it('category only: the benchmark of the typical product, graded C', () => {
    const r = est({ category: 'apparel.t-shirt' });
    expect(r.method).to.equal('category');
    expect(r.co2eGrams).to.be.closeTo(5000, 1e-9);
    expect(r.stages).to.deep.equal({ materials: 2000, manufacturing: 2000, transport: 200, packaging: 100, use: 600, endOfLife: 100 });
    expect(r.benchmarkGrams).to.be.closeTo(5000, 1e-9);
    expect(r.ratio).to.be.closeTo(1, 1e-12);
    expect(r.grade).to.equal('C');
    expect(r.comparison).to.equal('typical');
    expect(r.filledIn).to.deep.equal(['weightGrams', 'materials', 'transport', 'packaging']);
    expect(r.dataQuality).to.equal(5);
    expect(r.verified).to.equal(false);
    expect(r.boundary).to.equal('cradle-to-grave');
  });

  it('category range: σ² = ln2² + (1·ln1.5)² + (0.82·ln1.5)² + (0.04·ln2)² + (0.02·ln2)²', () => {
    const r = est({ category: 'apparel.t-shirt' });
    const s = Math.sqrt(Math.log(2) ** 2 + Math.log(1.5) ** 2 + (0.82 * Math.log(1.5)) ** 2 + (0.04 * Math.log(2)) ** 2 + (0.02 * Math.log(2)) ** 2);
    expect(r.lowGrams).to.be.closeTo(5000 / Math.exp(s), 1e-6);
    expect(r.highGrams).to.be.closeTo(5000 * Math.exp(s), 1e-6);
  });

  it('category with a mass: the benchmark scaled by mass (400 g tee → 10 000 g, grade D)', () => {
    const r = est({ category: 'apparel.t-shirt', weightGrams: 400 });
    expect(r.co2eGrams).to.be.closeTo(10000, 1e-9);
    expect(r.ratio).to.be.closeTo(2, 1e-12);
    expect(r.grade).to.equal('D');
    expect(r.filledIn).to.not.include('weightGrams');
    expect(r.dataQuality).to.equal(4);
  });

  it('activity: 50 % recycled cotton → materials 0.2 kg × 6 000 g/kg = 1 200 g, total 4 200 g', () => {
    const r = est({ category: 'apparel.t-shirt', materials: [{ material: 'cotton', share: 1, recycledShare: 0.5 }] });
    expect(r.method).to.equal('activity');
    expect(r.stages.materials).to.be.closeTo(1200, 1e-9);
    expect(r.stages.manufacturing).to.be.closeTo(2000, 1e-9);
    expect(r.co2eGrams).to.be.closeTo(4200, 1e-9);
    expect(r.filledIn).to.deep.equal(['weightGrams', 'transport', 'packaging']);
    expect(r.dataQuality).to.equal(3);
    const keys = r.trace.factors.map((f) => f.key);
    expect(keys).to.include.members(['materials.cotton.virgin', 'materials.cotton.recycled', 'categories.apparel.t-shirt.manufacturing', 'categories.apparel.t-shirt.benchmark']);
    expect(r.trace.datasetVersion).to.equal('test.1');
  });

  it('activity: transport 0.25 t·km/1000 × 10 000 km × 12 g = 30 g and packaging 50 g of cardboard = 50 g', () => {
    const r = est({ category: 'apparel.t-shirt', transport: [{ mode: 'sea', distanceKm: 10000 }], packaging: [{ material: 'cardboard', weightGrams: 50 }] });
    expect(r.stages.transport).to.be.closeTo(30, 1e-9);
    expect(r.stages.packaging).to.be.closeTo(50, 1e-9);
    expect(r.co2eGrams).to.be.closeTo(4780, 1e-9);
    expect(r.trace.factors.find((f) => f.key === 'freight.sea.wellToTank')?.value).to.equal(2);
  });

  it('activity with nothing filled in has data quality 2; its spread is the activity one plus the allowance share × the category one', () => {
    const r = est({ category: 'apparel.t-shirt', weightGrams: 200, materials: [{ material: 'cotton', share: 1 }], transport: [], packaging: [] });
    expect(r.filledIn).to.deep.equal([]);
    expect(r.dataQuality).to.equal(2);
    expect(r.co2eGrams).to.be.closeTo(4700, 1e-9);
    expect(r.highGrams / r.co2eGrams).to.be.closeTo(Math.exp(Math.hypot(Math.log(1.5), (2000 / 4700) * Math.log(2))), 1e-9);
  });

  it('a proxy benchmark widens the range by ranges.proxy over the share that rests on it', () => {
    const proxied = extendDataset(dataset, { categories: { 'apparel.t-shirt': { manufacturing: { proxy: true } } }, ranges: { proxy: 3 } });
    const plain = est({ category: 'apparel.t-shirt' });
    const r = estimateFootprint({ category: 'apparel.t-shirt' }, { dataset: proxied });
    expect(r.co2eGrams).to.equal(plain.co2eGrams);
    const s0 = Math.log(plain.highGrams / plain.co2eGrams);
    expect(Math.log(r.highGrams / r.co2eGrams)).to.be.closeTo(Math.hypot(s0, Math.log(3)), 1e-9);
    // given transport and packaging do not rest on the proxy benchmark
    const part = estimateFootprint({ category: 'apparel.t-shirt', weightGrams: 200, materials: [{ material: 'cotton', share: 1 }], transport: [{ mode: 'sea', distanceKm: 0 }], packaging: [] }, { dataset: proxied });
    expect(part.highGrams / part.co2eGrams).to.be.greaterThan(est({ category: 'apparel.t-shirt', weightGrams: 200, materials: [{ material: 'cotton', share: 1 }], transport: [], packaging: [] }).highGrams / 4700);
  });

  it('use phase follows the grid of the country of use', () => {
    expect(est({ category: 'electronics.laptop' }, { country: 'PL' }).stages.use).to.be.closeTo(20 * 5 * 800, 1e-9);
    expect(est({ category: 'electronics.laptop' }, { country: 'FR' }).co2eGrams).to.be.closeTo(220000, 1e-9);
    expect(est({ category: 'electronics.laptop' }).stages.use).to.be.closeTo(40000, 1e-9);
    // use.country wins over options.country, and given kWh replace the typical ones
    const r = est({ category: 'electronics.laptop', use: { kWhPerYear: 10, years: 4, country: 'FR' } }, { country: 'PL' });
    expect(r.stages.use).to.be.closeTo(2000, 1e-9);
    expect(r.trace.factors.some((f) => f.key === 'grid.FR')).to.equal(true);
  });

  it('the benchmark uses the same grid, so a typical laptop in Poland is still typical', () => {
    const r = est({ category: 'electronics.laptop' }, { country: 'pl' });
    expect(r.benchmarkGrams).to.be.closeTo(295000, 1e-9);
    expect(r.ratio).to.be.closeTo(1, 1e-12);
  });

  it('per-kg categories are per kilogram and scale the benchmark with the mass (250 g cheese → 2 500 g)', () => {
    const r = est({ category: 'food.cheese', weightGrams: 250 });
    expect(r.co2eGrams).to.be.closeTo(2500, 1e-9);
    expect(r.benchmarkGrams).to.be.closeTo(2500, 1e-9);
    expect(r.grade).to.equal('C');
  });

  it('price: 40 EUR → 40 USD2021 against the typical 20 USD (2025) = 16 USD2021: production 4 300 g × 2.5^β + use + end of life, with the group\'s spread', () => {
    const priced = extendDataset(dataset, { ...flatRanges, ranges: { ...flatRanges.ranges, price: { beta: { apparel: 0.5 }, spread: { apparel: 1.5 }, cap: 4 } } });
    const r = estimateFootprint({ category: 'apparel.t-shirt', price: 40, currency: 'EUR' }, { dataset: priced });
    expect(r.method).to.equal('spend');
    expect(r.co2eGrams).to.be.closeTo(4300 * Math.sqrt(2.5) + 600 + 100, 1e-6);
    expect(r.highGrams / r.co2eGrams).to.be.closeTo(1.5, 1e-9);
    expect(r.dataQuality).to.equal(4);
    expect(r.trace.factors.map((f) => f.key)).to.include.members(['ranges.price.beta.apparel', 'currencies.perUsd.EUR', 'currencies.priceIndex.2025']);
    // the ratio is capped (×4 here): a price 100 times the typical one moves production by 4^β, not 100^β
    const dear = estimateFootprint({ category: 'apparel.t-shirt', price: 1600, currency: 'USD' }, { dataset: priced });
    expect(dear.co2eGrams).to.be.closeTo(4300 * 2 + 600 + 100, 1e-6);
    const cheap = estimateFootprint({ category: 'apparel.t-shirt', price: 0.01, currency: 'USD' }, { dataset: priced });
    expect(cheap.co2eGrams).to.be.closeTo(4300 / 2 + 600 + 100, 1e-6);
  });

  it('a price in a group whose β is 0 (no signal) is not used: the estimate and range are the category model\'s', () => {
    const withPrice = est({ category: 'apparel.t-shirt', price: 40, currency: 'EUR' });
    const without = est({ category: 'apparel.t-shirt' });
    expect(withPrice.method).to.equal('category');
    expect(withPrice.co2eGrams).to.equal(without.co2eGrams);
    expect([withPrice.lowGrams, withPrice.highGrams]).to.deep.equal([without.lowGrams, without.highGrams]);
  });

  it('a price of 0 is not spend data', () => {
    expect(est({ category: 'apparel.t-shirt', price: 0 }).method).to.equal('category');
  });

  it('declared cradle-to-gate figure + modelled transport, use and end of life for cradle to grave', () => {
    const r = est({ category: 'apparel.t-shirt', declared: { co2eGrams: 3000, boundary: 'cradle-to-gate', verified: true } });
    expect(r.method).to.equal('declared');
    expect(r.verified).to.equal(true);
    expect(r.dataQuality).to.equal(1);
    expect(r.co2eGrams).to.be.closeTo(3000 + 200 + 600 + 100, 1e-9);
    expect(r.stages.materials + r.stages.manufacturing + r.stages.packaging).to.be.closeTo(3000, 1e-9);
    expect(r.grade).to.equal('B');
  });

  it('declared cradle-to-grave figure, asked for cradle to grave: exactly as declared', () => {
    const r = est({ category: 'apparel.t-shirt', declared: { co2eGrams: 2000, boundary: 'cradle-to-grave' } });
    expect(r.co2eGrams).to.be.closeTo(2000, 1e-9);
    expect(r.verified).to.equal(false);
    expect(r.dataQuality).to.equal(2);
    // unverified: spread √(ln1.1² + ln1.2²)
    expect(r.highGrams / 2000).to.be.closeTo(Math.exp(Math.hypot(Math.log(1.1), Math.log(1.2))), 1e-9);
    expect(r.grade).to.equal('A');
    expect(r.comparison).to.equal('lower');
  });

  it('cradle-to-gate boundary drops transport, use and end of life from result and benchmark', () => {
    const r = est({ category: 'apparel.t-shirt' }, { boundary: 'cradle-to-gate' });
    expect(r.boundary).to.equal('cradle-to-gate');
    expect(r.co2eGrams).to.be.closeTo(4100, 1e-9);
    expect(r.stages.transport + r.stages.use + r.stages.endOfLife).to.equal(0);
    expect(r.benchmarkGrams).to.be.closeTo(4100, 1e-9);
  });

  it('says higher only when the whole range is above the benchmark', () => {
    const r = est({ category: 'apparel.t-shirt', declared: { co2eGrams: 20000, boundary: 'cradle-to-grave', verified: true } });
    expect(r.comparison).to.equal('higher');
    expect(r.grade).to.equal('E');
    const wide = est({ category: 'apparel.t-shirt', weightGrams: 300 });
    expect(wide.ratio).to.be.closeTo(1.5, 1e-12);
    expect(wide.comparison).to.equal('typical');
  });

  it('keeps the product id and ignores unknown extra fields', () => {
    const r = est({ id: 'sku-1', category: 'apparel.t-shirt', url: 'https://example.com', image: 'x.png' });
    expect(r.productId).to.equal('sku-1');
  });
});

describe('estimateFootprint: properties', () => {
  it('more mass means more CO2e, for every method', () => {
    const bases: ProductInput[] = [
      { category: 'apparel.t-shirt' },
      { category: 'apparel.t-shirt', materials: [{ material: 'polyester', share: 1 }] },
      { category: 'electronics.laptop', transport: [{ mode: 'air', distanceKm: 9000 }] },
      { category: 'food.cheese' },
    ];
    for (const b of bases) {
      let last = 0;
      for (const w of [50, 100, 200, 400, 800, 5000]) {
        const r = est({ ...b, weightGrams: w });
        expect(r.co2eGrams, `${b.category} ${w} g`).to.be.greaterThan(last);
        last = r.co2eGrams;
      }
    }
  });

  it('more recycled content means less CO2e', () => {
    let last = Infinity;
    for (const recycledShare of [0, 0.25, 0.5, 0.75, 1]) {
      const r = est({ category: 'electronics.laptop', materials: [{ material: 'aluminium', share: 0.6, recycledShare }, { material: 'electronics', share: 0.4 }] });
      expect(r.co2eGrams).to.be.lessThan(last);
      last = r.co2eGrams;
    }
  });

  it('stages always sum to the total', () => {
    const inputs: ProductInput[] = [
      { category: 'apparel.t-shirt' },
      { category: 'apparel.t-shirt', price: 12, currency: 'GBP' },
      { category: 'electronics.laptop', weightGrams: 1500, materials: [{ material: 'aluminium', share: 1, recycledShare: 1 }], use: { kWhPerYear: 15, years: 3 } },
      { category: 'apparel.t-shirt', declared: { co2eGrams: 3100, boundary: 'cradle-to-gate' } },
    ];
    for (const p of inputs)
      for (const boundary of ['cradle-to-gate', 'cradle-to-grave'] as const) {
        const r = est(p, { boundary });
        expect(stageSum(r)).to.be.closeTo(r.co2eGrams, 1e-9 * r.co2eGrams);
      }
  });

  it('never mutates its inputs (deep-frozen product, options and dataset)', () => {
    const frozenDs = deepFreeze(structuredClone(dataset));
    const product = deepFreeze({ id: 'x', category: 'electronics.laptop', materials: [{ material: 'aluminium', share: 1 }], transport: [{ mode: 'sea' as const, distanceKm: 100 }], packaging: [{ material: 'cardboard', weightGrams: 10 }], use: { kWhPerYear: 1, years: 1, country: 'FR' } });
    const options = deepFreeze({ dataset: frozenDs, country: 'PL', boundary: 'cradle-to-grave' as const });
    const copy = JSON.stringify(product);
    expect(() => estimateFootprint(product, options)).to.not.throw();
    expect(JSON.stringify(product)).to.equal(copy);
  });

  it('is deterministic: the same input gives the same result', () => {
    const p = { category: 'apparel.t-shirt', price: 30, weightGrams: 180 };
    expect(est(p)).to.deep.equal(est(p));
  });

  it('the safe variant returns ok results', () => {
    const r = safeEstimateFootprint({ category: 'apparel.t-shirt' }, { dataset });
    expect(r.ok).to.equal(true);
  });
});

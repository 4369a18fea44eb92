import { expect } from '@open-wc/testing';
import { rankAlternatives, safeRankAlternatives, type ProductInput } from '../../src/engine/index.js';
import { deepFreeze, fixtureDataset as dataset } from '../helpers/dataset.fixture.js';

const tee = (id: string, extra: Partial<ProductInput> = {}): ProductInput => ({ id, category: 'apparel.t-shirt', ...extra });
const poly = (id: string, price?: number) => tee(id, { materials: [{ material: 'polyester', share: 1 }], ...(price === undefined ? {} : { price }) });

describe('rankAlternatives', () => {
  it('keeps lower candidates of the same category, largest saving first', () => {
    const current = tee('current');
    const list = deepFreeze([
      tee('heavier', { weightGrams: 300 }),
      tee('recycled', { materials: [{ material: 'cotton', share: 1, recycledShare: 0.5 }] }),
      poly('poly'),
      { id: 'laptop', category: 'electronics.laptop' },
      tee('same'),
      tee('light', { weightGrams: 100 }),
    ]);
    const before = list.map((p) => p.id);
    const r = rankAlternatives(current, list, { dataset });
    expect(r.map((a) => a.id)).to.deep.equal(['light', 'poly', 'recycled']);
    expect(r[0]!.savedGrams).to.be.closeTo(2500, 1e-9);
    expect(r[0]!.savedShare).to.be.closeTo(0.5, 1e-12);
    expect(r[1]!.savedGrams).to.be.closeTo(1000, 1e-9);
    expect(r[2]!.savedGrams).to.be.closeTo(800, 1e-9);
    expect(r[1]!.product).to.equal(list[2]);
    expect(list.map((p) => p.id)).to.deep.equal(before);
  });

  it('breaks ties by price (missing last), then by id', () => {
    const r = rankAlternatives(tee('current'), [poly('b'), poly('a'), poly('cheap', 5), poly('dear', 50), poly('c')], { dataset });
    expect(r.map((a) => a.id)).to.deep.equal(['cheap', 'dear', 'a', 'b', 'c']);
    // idempotent: ranking the ranked products again gives the same order
    const again = rankAlternatives(tee('current'), r.map((a) => a.product), { dataset });
    expect(again.map((a) => a.id)).to.deep.equal(r.map((a) => a.id));
  });

  it('is confident only when the ranges are far apart', () => {
    const r = rankAlternatives(tee('current', { weightGrams: 200, materials: [{ material: 'cotton', share: 1 }], transport: [], packaging: [] }), [
      tee('slightly', { weightGrams: 190, materials: [{ material: 'cotton', share: 1 }], transport: [], packaging: [] }),
      tee('much', { weightGrams: 50, materials: [{ material: 'cotton', share: 1 }], transport: [], packaging: [] }),
    ], { dataset });
    expect(r.find((a) => a.id === 'much')!.confident).to.equal(true);
    expect(r.find((a) => a.id === 'slightly')!.confident).to.equal(false);
  });

  it('leaves out candidates that cannot be estimated, and names candidates without id', () => {
    const r = rankAlternatives(tee('current'), [tee('bad', { weightGrams: -1 }), { category: 'apparel.t-shirt', name: 'Named', weightGrams: 100 }, { category: 'apparel.t-shirt', weightGrams: 120 }], { dataset });
    expect(r.map((a) => a.id)).to.deep.equal(['Named', '2']);
  });

  it('fails when the product itself cannot be estimated, with a product path', () => {
    const r = safeRankAlternatives({ category: 'apparel.t-shirt', weightGrams: 0 }, [], { dataset });
    expect(!r.ok && r.error.issues[0]!.path).to.equal('product.weightGrams');
    expect(safeRankAlternatives(tee('x'), 'none' as never, { dataset }).ok).to.equal(false);
  });

  it('handles thousands of candidates', function () {
    this.timeout(120000); // a loaded CI machine is slow; this checks the result, not the speed
    const many = Array.from({ length: 2000 }, (_, i) => tee(`t${i}`, { weightGrams: 10 + (i % 190) }));
    const r = rankAlternatives(tee('current'), many, { dataset });
    expect(r.length).to.equal(2000);
    for (let i = 1; i < r.length; i++) expect(r[i - 1]!.savedGrams).to.be.at.least(r[i]!.savedGrams);
  });
});

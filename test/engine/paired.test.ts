import { expect } from '@open-wc/testing';
import { bundledDataset, estimateFootprint, extendDataset, rankAlternatives, safeExtendDataset, safeEstimateFootprint, type ProductInput } from '../../src/engine/index.js';
import { PRODUCTS } from '../../demo/products.js';

const tee = (id: string, weightGrams: number, extra: Partial<ProductInput> = {}): ProductInput => ({ id, category: 'apparel.t-shirt', weightGrams, materials: [{ material: 'cotton', share: 1 }], ...extra });

describe('paired savings', () => {
  it('two products with the same inputs never give a confident saving, and the saving range straddles zero', () => {
    const r = rankAlternatives(tee('a', 200), [tee('b', 200), tee('c', 199.9)]);
    expect(r.map((a) => a.id)).to.deep.equal(['c']);
    expect(r[0]!.confident).to.equal(false);
    expect(r[0]!.savedLowGrams).to.be.below(0);
    expect(r[0]!.savedHighGrams).to.be.above(0);
  });

  it('a T-shirt 10% lighter is a near tie: not confident', () => {
    const [a] = rankAlternatives(tee('a', 200), [tee('b', 180)]);
    expect(a!.savedShare).to.be.above(0).and.below(0.1); // the use phase does not scale with mass
    expect(a!.confident).to.equal(false);
  });

  it('the saving range is narrower than the two single ranges would allow, and contains the saving', () => {
    const cur = estimateFootprint(tee('a', 400));
    const [a] = rankAlternatives(tee('a', 400), [tee('b', 100)]);
    expect(a!.savedLowGrams).to.be.below(a!.savedGrams);
    expect(a!.savedHighGrams).to.be.above(a!.savedGrams);
    // independent ranges: the worst case is current low − alternative high
    const worst = cur.lowGrams - a!.footprint.highGrams;
    expect(a!.savedLowGrams).to.be.above(worst);
    expect(a!.confident).to.equal(a!.savedLowGrams >= 0.1 * cur.co2eGrams);
  });

  it('a confident saving has a low end of at least 10% of the current figure', () => {
    const cur = estimateFootprint(tee('a', 1000));
    const [a] = rankAlternatives(tee('a', 1000), [tee('b', 100)]);
    expect(a!.confident).to.equal(true);
    expect(a!.savedLowGrams).to.be.at.least(0.1 * cur.co2eGrams);
  });

  it('books have no swaps, not even within the category', () => {
    const book = { id: 'b1', category: 'books.paperback', weightGrams: 600 };
    expect(rankAlternatives(book, [{ id: 'b2', category: 'books.paperback', weightGrams: 100 }])).to.deep.equal([]);
  });
});

describe('substitutes', () => {
  it('compares beef with a plant-based patty per kg and labels it', () => {
    const beef = { id: 'beef', category: 'food.beef', weightGrams: 500 };
    const patty = { id: 'patty', category: 'food.meat-substitute', weightGrams: 226 };
    const [a] = rankAlternatives(beef, [patty, { id: 'tee', category: 'apparel.t-shirt', weightGrams: 1 }]);
    expect(a!.id).to.equal('patty');
    expect(a!.substitute).to.deep.equal({ group: 'protein', kind: 'plant-based', unit: 'kg' });
    const perKg = (p: ProductInput) => estimateFootprint(p).co2eGrams / ((p.weightGrams as number) / 1000);
    expect(a!.savedGrams).to.be.closeTo((perKg(beef) - perKg(patty)) * 0.5, 1e-6);
    expect(a!.confident).to.equal(true);
  });

  it('offers an oat drink for cow milk, labelled plant-based', () => {
    const [a] = rankAlternatives({ id: 'milk', category: 'food.milk', weightGrams: 1030 }, [{ id: 'oat', category: 'food.oat-drink', weightGrams: 1030 }]);
    expect(a!.substitute?.kind).to.equal('plant-based');
    expect(a!.savedGrams).to.be.above(0);
  });

  it('merchants add their own groups through extendDataset(), and the schema checks them', () => {
    const ds = extendDataset(bundledDataset, { substitutes: { groups: { drinks: { label: 'Drinks', unit: 'litre', members: { 'beverages.beer': 'other', 'beverages.water': 'other' }, source: 'ademe' } } } });
    const [a] = rankAlternatives({ id: 'beer', category: 'beverages.beer', weightGrams: 1000 }, [{ id: 'water', category: 'beverages.water', weightGrams: 1000 }], { dataset: ds });
    expect(a!.substitute).to.deep.equal({ group: 'drinks', kind: 'other', unit: 'litre' });
    const bad = safeExtendDataset(bundledDataset, { substitutes: { groups: { x: { label: 'X', unit: 'kg', members: { 'food.nope': 'other' }, source: 'ademe' } } } });
    expect(!bad.ok && bad.error.issues.some((i) => i.path === 'substitutes.groups.x.members.food.nope')).to.equal(true);
  });
});

describe('condition', () => {
  it('a refurbished phone comes out far below a new one, with the factor in the trace', () => {
    const fresh = estimateFootprint({ category: 'electronics.smartphone' });
    const refurb = estimateFootprint({ category: 'electronics.smartphone', condition: 'refurbished' });
    expect(refurb.co2eGrams).to.be.below(fresh.co2eGrams * 0.5);
    expect(refurb.stages.use).to.equal(fresh.stages.use);
    expect(refurb.trace.factors.some((f) => f.key === 'conditions.refurbished.electronics' && f.sourceId === 'ademe2022refurb')).to.equal(true);
    // graded against the new product's benchmark: that is what the shopper compares
    expect(refurb.benchmarkGrams).to.equal(fresh.benchmarkGrams);
    expect(refurb.lowGrams).to.be.below(refurb.co2eGrams);
  });

  it('a used garment carries part of the production; a declared figure stays as declared', () => {
    const fresh = estimateFootprint({ category: 'apparel.jeans' });
    const used = estimateFootprint({ category: 'apparel.jeans', condition: 'used' });
    expect(used.co2eGrams).to.be.below(fresh.co2eGrams);
    const declared = { co2eGrams: 5000, boundary: 'cradle-to-grave' as const };
    expect(estimateFootprint({ category: 'apparel.jeans', condition: 'used', declared }).co2eGrams).to.be.closeTo(5000, 1e-6);
  });

  it('rejects an unknown condition', () => {
    const r = safeEstimateFootprint({ category: 'apparel.jeans', condition: 'mint' as never });
    expect(!r.ok && r.error.code).to.equal('INVALID_PRODUCT');
  });

  it('labels a refurbished candidate of a new product as a second-life swap', () => {
    const [a] = rankAlternatives({ id: 'new', category: 'electronics.smartphone' }, [{ id: 'refurb', category: 'electronics.smartphone', condition: 'refurbished' }]);
    expect(a!.substitute).to.deep.equal({ group: 'second-life', kind: 'refurbished', unit: 'item' });
    expect(a!.savedShare).to.be.above(0.5);
  });
});

describe('the demo catalog', () => {
  const offers = (id: string) => {
    const p = PRODUCTS.find((x) => x.id === id)!;
    return rankAlternatives(p, PRODUCTS.filter((x) => x !== p));
  };
  it('offers milk → oat drink, beef → plant patty, new → refurbished', () => {
    expect(offers('milk-whole').map((a) => a.id)).to.include('oat-drink');
    expect(offers('beef-mince').find((a) => a.id === 'plant-patty')?.confident).to.equal(true);
    expect(offers('phone-new').find((a) => a.id === 'phone-refurb')?.confident).to.equal(true);
    expect(offers('laptop-pro16').find((a) => a.id === 'laptop-refurb')?.substitute?.kind).to.equal('refurbished');
  });
  it('lists every lower product; no near tie (< 10%) is confident; books offer nothing', () => {
    for (const p of PRODUCTS) {
      const list = offers(p.id);
      const f = estimateFootprint(p);
      for (const q of PRODUCTS) {
        if (q === p || q.category !== p.category || p.category === 'books.paperback') continue;
        if (estimateFootprint(q).co2eGrams < f.co2eGrams) expect(list.map((a) => a.id), `${p.id} → ${q.id}`).to.include(q.id);
      }
      for (const a of list) if (a.savedShare < 0.1) expect(a.confident, `${p.id} → ${a.id}`).to.equal(false);
    }
    expect(offers('book-cooking')).to.deep.equal([]);
  });
});

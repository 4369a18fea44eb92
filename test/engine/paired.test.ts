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
  it('offers milk → oat drink, beef → plant patty, new → refurbished, each as a confident swap', () => {
    expect(offers('milk-whole').find((a) => a.id === 'oat-drink')?.confident).to.equal(true);
    expect(offers('laptop-pro16').find((a) => a.id === 'laptop-refurb')?.confident).to.equal(true);
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
  // Pairs of 30% or more that the engine rightly leaves uncertain, each with the reason (the list is closed: a new one
  // fails the test, and so does one of these becoming confident without the data changing).
  const UNCERTAIN: Record<string, string> = {
    // the supplier's verified figure (11.4 kg, its own narrow range) against a modelled EUR 29 wired headphone whose
    // category model spreads ×3.4 each way (0.96–11 kg) and shares nothing with a declared figure: the saving's low
    // end is 0.8 kg, 7% of the current product, under the 10% minimum. The price used to narrow it; by leave-one-out
    // it carries no signal (docs/engine.md), so it no longer does.
    'headphones-oe2 → headphones-buds': 'declared against modelled, price without signal',
    // Until issue 13 the three products below carried "verified" figures invented for the demo (set near published
    // figures of like products) that made these swaps confident; a shopper must not see an invented figure labelled as
    // a maker's, so they are modelled now, and the engine rightly cannot tell these savings apart from zero:
    // the modelled 780 g selvedge jeans (32.5 kg, its own range) against the supplier's declared 11.8 kg (cradle to
    // gate): 47%, but a declared figure shares nothing with our model, so the jeans' whole range counts (−3.8 to 44 kg)
    'jeans-selvedge → jeans-recycled': 'modelled against declared: nothing shared',
    // the modelled Forge 16 (312 kg) against the maker's declared Aero 13 (168 kg): 46%, −18 to 416 kg, same reason
    'laptop-pro16 → laptop-air13': 'modelled against declared: nothing shared',
    // two modelled sneakers, 34%: the court sneaker's leather rests on a proxy factor the knit runner does not share,
    // and each keeps its own ±0.29 (log) deviation from the category: −1.3 to 15.6 kg
    'sneaker-court → sneaker-knit': 'both modelled, a proxy material of its own, saving under the own error',
  };
  it('every lower product with a saving of 30% or more is a confident swap, and every department with one shows one', () => {
    const departments = new Set<string>();
    for (const p of PRODUCTS) {
      for (const a of offers(p.id)) {
        const pair = `${p.id} → ${a.id}`;
        if (a.savedShare >= 0.3) expect(a.confident, `${pair} (${Math.round(a.savedShare * 100)}%)`).to.equal(!(pair in UNCERTAIN));
        if (a.confident) departments.add(p.department);
      }
    }
    // shoes: no certain swap since the invented verified figures went (above); the lower shoes are shown muted with
    // their saving's range
    expect([...departments].sort()).to.deep.equal(['clothing', 'electronics', 'home', 'pantry']);
  });
});

describe('what two estimates share', () => {
  const sweater = (id: string, material: string, extra: Partial<ProductInput> = {}): ProductInput =>
    ({ id, category: 'apparel.sweater', weightGrams: 400, materials: [{ material, share: 1 }], ...extra });

  it('a refurbished twin shares the device estimate: its saving range is narrower than for another refurbished model', () => {
    const laptop = { id: 'new', category: 'electronics.laptop', weightGrams: 2000, materials: [{ material: 'aluminium', share: 0.4 }, { material: 'electronics', share: 0.4 }, { material: 'battery', share: 0.2 }] };
    const [twin] = rankAlternatives(laptop, [{ ...laptop, id: 'refurb', condition: 'refurbished' }]);
    // a refurbished laptop of another model (1 g heavier): the same saving within 0.1%, but its own estimate is its own
    const [other] = rankAlternatives(laptop, [{ ...laptop, id: 'other', weightGrams: 2001, condition: 'refurbished' }]);
    expect(twin!.savedGrams).to.be.closeTo(other!.savedGrams, 0.001 * twin!.savedGrams);
    expect(twin!.savedHighGrams - twin!.savedLowGrams).to.be.below(0.9 * (other!.savedHighGrams - other!.savedLowGrams));
    expect(twin!.savedLowGrams).to.be.above(other!.savedLowGrams);
    expect(twin!.confident).to.equal(true);
  });

  it('a proxy factor one product alone rests on is not shared: wool against cotton keeps the wool proxy whole', () => {
    const wool = sweater('wool', 'wool');
    const [cotton] = rankAlternatives(wool, [sweater('cotton', 'cotton')]);
    const [usedWool] = rankAlternatives(wool, [sweater('used', 'wool', { condition: 'used' })]);
    const single = estimateFootprint(wool);
    // the wool sweater's own proxy spread reaches the saving's low end: below zero although the central saving is large
    expect(cotton!.savedShare).to.be.above(0.3);
    expect(cotton!.savedLowGrams).to.be.below(0);
    expect(cotton!.confident).to.equal(false);
    // its used twin rests on the same wool factor: the saving is the production it avoids, certain
    expect(usedWool!.confident).to.equal(true);
    expect(usedWool!.savedLowGrams).to.be.at.least(0.1 * single.co2eGrams);
  });

  it('a declared figure against an estimate counts the whole of the estimate\'s range', () => {
    const est = { id: 'est', category: 'apparel.jeans', weightGrams: 800, materials: [{ material: 'cotton', share: 1 }] };
    const e = estimateFootprint(est);
    const [d] = rankAlternatives(est, [{ id: 'decl', category: 'apparel.jeans', declared: { co2eGrams: e.co2eGrams * 0.6, boundary: 'cradle-to-grave', verified: true } }]);
    // at least the current product's own distance to its low end
    expect(d!.savedGrams - d!.savedLowGrams).to.be.at.least(e.co2eGrams - e.lowGrams - 1e-6);
    expect(d!.confident).to.equal(false);
  });
});

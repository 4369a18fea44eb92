import { expect } from '@open-wc/testing';
import { AIR_DISTANCE_UPLIFT, computeCheckoutSavings, rankDeliveryOptions, safeComputeCheckoutSavings, safeRankDeliveryOptions } from '../../src/engine/index.js';
import { deepFreeze, fixtureDataset as dataset } from '../helpers/dataset.fixture.js';

const all = deepFreeze([
  { id: 'home', kind: 'home' as const },
  { id: 'pickup', kind: 'pickup-point' as const },
  { id: 'locker', kind: 'locker' as const },
  { id: 'bike', kind: 'cargo-bike' as const },
  { id: 'later', kind: 'consolidated' as const },
  { id: 'air', kind: 'express-air' as const },
]);

describe('rankDeliveryOptions', () => {
  it('gives each option its per-parcel footprint and saving against home delivery, lowest first', () => {
    const r = rankDeliveryOptions(all, { weightGrams: 2000 }, { dataset });
    expect(r.map((o) => o.id)).to.deep.equal(['locker', 'later', 'pickup', 'bike', 'home', 'air']);
    const by = Object.fromEntries(r.map((o) => [o.id, o]));
    expect(by.locker!.co2eGrams).to.equal(100);
    expect(by.locker!.savedGrams).to.equal(100);
    expect(by.locker!.lowest).to.equal(true);
    expect(by.home!.savedGrams).to.equal(0);
    // express air: 300 g last mile + 0.002 t × 1 000 km (dataset default) × 1.052 × 1 200 g/t·km
    expect(by.air!.co2eGrams).to.be.closeTo(300 + 0.002 * 1000 * AIR_DISTANCE_UPLIFT * 1200, 1e-9);
    expect(by.air!.savedGrams).to.be.lessThan(0);
    expect(by.air!.trace.factors.map((f) => f.key)).to.include.members(['freight.air.direct', 'freight.air.wellToTank', 'delivery.defaultAirKm']);
    for (const o of r) expect(o.lowGrams <= o.co2eGrams && o.co2eGrams <= o.highGrams).to.equal(true);
  });

  it('express air grows with weight and distance; the others do not', () => {
    const light = rankDeliveryOptions(all, { weightGrams: 500, distanceKm: 500 }, { dataset });
    const heavy = rankDeliveryOptions(all, { weightGrams: 5000, distanceKm: 5000 }, { dataset });
    const g = (r: typeof light, id: string) => r.find((o) => o.id === id)!.co2eGrams;
    expect(g(heavy, 'air')).to.be.greaterThan(g(light, 'air'));
    expect(g(heavy, 'home')).to.equal(g(light, 'home'));
  });

  it('a dedicated car trip cancels the pickup saving; failed deliveries add to attended ones', () => {
    const r = rankDeliveryOptions(all, { weightGrams: 1000 }, { dataset, customerTripKm: 2, failedDeliveryRate: 0.5 });
    const by = Object.fromEntries(r.map((o) => [o.id, o.co2eGrams]));
    expect(by.pickup).to.equal(140 + 2 * 200);
    expect(by.locker).to.equal(100 + 2 * 200);
    expect(by.home).to.equal(300);
    expect(by.bike).to.equal(225);
    expect(r[0]!.id).to.equal('later');
  });

  it('ties share the lowest flag and are ordered by id; the input order is kept', () => {
    const opts = deepFreeze([{ id: 'z', kind: 'locker' as const }, { id: 'a', kind: 'locker' as const }, { id: 'm', kind: 'home' as const }]);
    const r = rankDeliveryOptions(opts, { weightGrams: 100 }, { dataset });
    expect(r.map((o) => [o.id, o.lowest])).to.deep.equal([['a', true], ['z', true], ['m', false]]);
    expect(opts.map((o) => o.id)).to.deep.equal(['z', 'a', 'm']);
  });

  it('rejects unknown kinds and bad parcels with paths', () => {
    const a = safeRankDeliveryOptions([{ id: 'd', kind: 'drone' as never }], { weightGrams: 1 }, { dataset });
    expect(!a.ok && [a.error.code, a.error.issues[0]!.path]).to.deep.equal(['INVALID_ARGUMENT', 'options.0.kind']);
    const b = safeRankDeliveryOptions(all, { weightGrams: -1 }, { dataset });
    expect(!b.ok && b.error.issues[0]!.path).to.equal('parcel.weightGrams');
  });
});

describe('computeCheckoutSavings', () => {
  const recycled = { id: 'rec', category: 'apparel.t-shirt', materials: [{ material: 'cotton', share: 1, recycledShare: 0.5 }] };
  const plain = { id: 'plain', category: 'apparel.t-shirt' };

  it('adds up swaps, delivery and packaging (2 × (5 000 − 4 200) + (200 − 100) + 100 g cardboard)', () => {
    const cart = deepFreeze({ lines: [{ product: recycled, quantity: 2, swappedFrom: plain }], delivery: { chosen: 'locker' as const }, packaging: { optOut: true, weightGrams: 100 } });
    const s = computeCheckoutSavings(cart, { dataset });
    expect(s.byReason.swaps).to.be.closeTo(1600, 1e-9);
    expect(s.byReason.delivery).to.be.closeTo(100, 1e-9);
    expect(s.byReason.packaging).to.be.closeTo(100, 1e-9);
    expect(s.baselineGrams).to.be.closeTo(10200, 1e-9);
    expect(s.totalGrams).to.be.closeTo(8400, 1e-9);
    expect(s.savedGrams).to.be.closeTo(1800, 1e-9);
  });

  it('without swaps or choices nothing is saved; opting out without a mass removes the lines\' packaging stage', () => {
    const none = computeCheckoutSavings({ lines: [{ product: plain, quantity: 3 }] }, { dataset });
    expect(none).to.deep.equal({ totalGrams: 15000, baselineGrams: 15000, savedGrams: 0, byReason: { swaps: 0, delivery: 0, packaging: 0 } });
    const opt = computeCheckoutSavings({ lines: [{ product: plain, quantity: 3 }], packaging: { optOut: true } }, { dataset });
    expect(opt.byReason.packaging).to.be.closeTo(300, 1e-9);
  });

  it('a swap to a higher product is a negative saving', () => {
    const s = computeCheckoutSavings({ lines: [{ product: plain, quantity: 1, swappedFrom: recycled }] }, { dataset });
    expect(s.byReason.swaps).to.be.closeTo(-800, 1e-9);
    expect(s.totalGrams).to.be.greaterThan(0);
  });

  it('reports bad lines with their paths', () => {
    const r = safeComputeCheckoutSavings({ lines: [{ product: plain, quantity: 1 }, { product: { category: 'apparel.toga' }, quantity: 1 }] }, { dataset });
    expect(!r.ok && [r.error.code, r.error.issues[0]!.path]).to.deep.equal(['UNKNOWN_CATEGORY', 'cart.lines.1.product.category']);
    const q = safeComputeCheckoutSavings({ lines: [{ product: plain, quantity: -2 }] }, { dataset });
    expect(!q.ok && [q.error.code, q.error.issues[0]!.path]).to.deep.equal(['INVALID_ARGUMENT', 'cart.lines.0.quantity']);
    const p = safeComputeCheckoutSavings({ lines: [{ product: { category: 'apparel.t-shirt', weightGrams: -2 }, quantity: 1 }] }, { dataset });
    expect(!p.ok && [p.error.code, p.error.issues[0]!.path]).to.deep.equal(['INVALID_PRODUCT', 'cart.lines.0.product.weightGrams']);
  });
});

import { expect } from '@open-wc/testing';
import { computeCheckoutSavings, estimateFootprint, estimateOrder, safeEstimateOrder } from '../../src/engine/index.js';
import { deepFreeze, fixtureDataset as dataset } from '../helpers/dataset.fixture.js';

const plain = { id: 'plain', name: 'Plain tee', category: 'apparel.t-shirt' };
const recycled = { id: 'rec', category: 'apparel.t-shirt', materials: [{ material: 'cotton', share: 1, recycledShare: 0.5 }] };
const laptop = { id: 'lap', category: 'electronics.laptop', weightGrams: 2000 };
const half = (r: { co2eGrams: number; lowGrams: number; highGrams: number }) => [r.co2eGrams - r.lowGrams, r.highGrams - r.co2eGrams] as const;

describe('estimateOrder', () => {
  it('sums the lines (quantity × unit), the chosen delivery and the declined packaging, as the savings ledger counts them', () => {
    const order = deepFreeze({ lines: [{ product: recycled, quantity: 2, swappedFrom: plain }, { product: laptop, quantity: 1 }], delivery: { chosen: 'locker' as const }, packaging: { optOut: true, weightGrams: 100 } });
    const r = estimateOrder(order, { dataset });
    const tee = estimateFootprint(recycled, { dataset });
    const lap = estimateFootprint(laptop, { dataset });
    expect(r.lines.map((l) => [l.productId, l.quantity])).to.deep.equal([['rec', 2], ['lap', 1]]);
    expect(r.lines[0]!.co2eGrams).to.be.closeTo(2 * tee.co2eGrams, 1e-9);
    expect(r.lines[0]!.swapSavedGrams).to.be.closeTo(1600, 1e-9);
    expect(r.delivery).to.include({ kind: 'locker', co2eGrams: 100, savedGrams: 100 });
    expect(r.packagingGrams).to.be.closeTo(100, 1e-9);
    expect(r.co2eGrams).to.be.closeTo(2 * tee.co2eGrams + lap.co2eGrams + 100 - 100, 1e-6);
    const s = computeCheckoutSavings(order, { dataset });
    expect(r.co2eGrams).to.be.closeTo(s.totalGrams, 1e-6);
    expect(r.baselineGrams).to.be.closeTo(s.baselineGrams, 1e-6);
    expect(r.byReason).to.deep.equal(s.byReason);
    expect(r.lowGrams).to.be.lessThan(r.co2eGrams);
    expect(r.highGrams).to.be.greaterThan(r.co2eGrams);
  });

  it('one line alone has exactly its own range; a quantity scales it (one product, fully correlated)', () => {
    const one = estimateFootprint(plain, { dataset });
    const r = estimateOrder({ lines: [{ product: plain, quantity: 3 }] }, { dataset });
    expect(r.co2eGrams).to.be.closeTo(3 * one.co2eGrams, 1e-6);
    expect(r.lowGrams).to.be.closeTo(3 * one.lowGrams, 1e-6);
    expect(r.highGrams).to.be.closeTo(3 * one.highGrams, 1e-6);
  });

  it('lines of two categories add their ranges in quadrature (independent)', () => {
    const a = estimateOrder({ lines: [{ product: plain, quantity: 1 }] }, { dataset });
    const b = estimateOrder({ lines: [{ product: laptop, quantity: 1 }] }, { dataset });
    const r = estimateOrder({ lines: [{ product: plain, quantity: 1 }, { product: laptop, quantity: 1 }] }, { dataset });
    const [ad, au] = half(a);
    const [bd, bu] = half(b);
    const [rd, ru] = half(r);
    expect(rd).to.be.closeTo(Math.hypot(ad, bd), 1e-6);
    expect(ru).to.be.closeTo(Math.hypot(au, bu), 1e-6);
  });

  it('lines of one category share its factors: wider than independence would say, at most the sum of the ranges', () => {
    const a = estimateOrder({ lines: [{ product: plain, quantity: 1 }] }, { dataset });
    const b = estimateOrder({ lines: [{ product: recycled, quantity: 1 }] }, { dataset });
    const r = estimateOrder({ lines: [{ product: plain, quantity: 1 }, { product: recycled, quantity: 1 }] }, { dataset });
    const [ad, au] = half(a);
    const [bd, bu] = half(b);
    const [rd, ru] = half(r);
    expect(rd).to.be.greaterThan(Math.hypot(ad, bd) * 1.01);
    expect(ru).to.be.greaterThan(Math.hypot(au, bu) * 1.01);
    expect(rd).to.be.at.most(ad + bd + 1e-6);
    expect(ru).to.be.at.most(au + bu + 1e-6);
  });

  it('a delivery adds its figure and its own spread; a changed delivery changes the total and the saving', () => {
    const lines = [{ product: plain, quantity: 1 }];
    const none = estimateOrder({ lines }, { dataset });
    const home = estimateOrder({ lines, delivery: { chosen: 'home' } }, { dataset });
    const locker = estimateOrder({ lines, delivery: { chosen: 'locker' } }, { dataset });
    expect(home.co2eGrams - none.co2eGrams).to.be.closeTo(200, 1e-9);
    expect(locker.co2eGrams - none.co2eGrams).to.be.closeTo(100, 1e-9);
    expect([home.byReason.delivery, locker.byReason.delivery]).to.deep.equal([0, 100]);
    // fixture: delivery spread ×/÷ 1.5
    expect(locker.delivery!.lowGrams).to.be.closeTo(100 / 1.5, 1e-9);
    expect(locker.delivery!.highGrams).to.be.closeTo(150, 1e-9);
    expect(half(home)[1]).to.be.greaterThan(half(none)[1]);
  });

  it('declined packaging comes off the value and both ends; without a mass it is the lines\' packaging stage', () => {
    const lines = [{ product: plain, quantity: 3 }];
    const kept = estimateOrder({ lines, packaging: { optOut: false, weightGrams: 300 } }, { dataset });
    const off = estimateOrder({ lines, packaging: { optOut: true, weightGrams: 300 } }, { dataset });
    expect(kept.packagingGrams).to.equal(0);
    expect(kept.co2eGrams - off.co2eGrams).to.be.closeTo(300, 1e-9);
    expect(kept.lowGrams - off.lowGrams).to.be.closeTo(300, 1e-9);
    expect(kept.highGrams - off.highGrams).to.be.closeTo(300, 1e-9);
    expect(off.byReason.packaging).to.be.closeTo(300, 1e-9);
    const stage = estimateOrder({ lines, packaging: { optOut: true } }, { dataset });
    expect(stage.packagingGrams).to.be.closeTo(computeCheckoutSavings({ lines, packaging: { optOut: true } }, { dataset }).byReason.packaging, 1e-9);
  });

  it('an empty order is zero with a zero range', () => {
    const r = estimateOrder({ lines: [] }, { dataset });
    expect([r.co2eGrams, r.lowGrams, r.highGrams, r.lines.length]).to.deep.equal([0, 0, 0, 0]);
  });

  it('reports bad input with codes and paths, and never throws', () => {
    const cat = safeEstimateOrder({ lines: [{ product: plain, quantity: 1 }, { product: { category: 'apparel.toga' }, quantity: 1 }] }, { dataset });
    expect(!cat.ok && [cat.error.code, cat.error.issues[0]!.path]).to.deep.equal(['UNKNOWN_CATEGORY', 'order.lines.1.product.category']);
    const q = safeEstimateOrder({ lines: [{ product: plain, quantity: -2 }] }, { dataset });
    expect(!q.ok && [q.error.code, q.error.issues[0]!.path]).to.deep.equal(['INVALID_ARGUMENT', 'order.lines.0.quantity']);
    const mat = safeEstimateOrder({ lines: [{ product: plain, quantity: 1 }], packaging: { optOut: true, weightGrams: 10, material: 'gold' } }, { dataset });
    expect(!mat.ok && mat.error.code).to.equal('UNKNOWN_MATERIAL');
    const revoked = Proxy.revocable({}, {});
    revoked.revoke();
    for (const bad of [null, 3, 'x', { lines: 'x' }, { lines: [null] }, { lines: [revoked.proxy] }, { get lines() { throw new Error('boom'); } }, { lines: [{ product: plain, quantity: 1 }], delivery: { chosen: 'drone' } }])
      expect(safeEstimateOrder(bad as never, { dataset }).ok).to.equal(false);
    expect(() => estimateOrder({ lines: 'x' } as never, { dataset })).to.throw().with.property('code', 'INVALID_ARGUMENT');
    const tooMany = safeEstimateOrder({ lines: Array.from({ length: 1001 }, () => ({ product: plain, quantity: 1 })) }, { dataset });
    expect(!tooMany.ok && tooMany.error.issues[0]!.path).to.equal('order.lines');
  });
});

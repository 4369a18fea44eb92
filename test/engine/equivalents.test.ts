import { expect } from '@open-wc/testing';
import { equivalents, safeEquivalents } from '../../src/engine/index.js';
import { fixtureDataset as dataset } from '../helpers/dataset.fixture.js';

describe('equivalents', () => {
  it('2 000 g = 10 car km, 500 phone charges (0.01 kWh × 400 g), 0.2 tree-years, 50 streaming hours', () => {
    const e = equivalents(2000, { dataset });
    expect(e.carKm).to.be.closeTo(10, 1e-12);
    expect(e.phoneCharges).to.be.closeTo(500, 1e-9);
    expect(e.treeYears).to.be.closeTo(0.2, 1e-12);
    expect(e.streamingHours).to.be.closeTo(50, 1e-12);
    expect(e.trace.factors.map((f) => f.key)).to.include.members(['equivalences.carKm', 'grid.WORLD']);
  });

  it('phone charges follow the country grid', () => {
    expect(equivalents(2000, { dataset, country: 'FR' }).phoneCharges).to.be.closeTo(4000, 1e-9);
    expect(equivalents(0, { dataset }).carKm).to.equal(0);
  });

  it('rejects negative, NaN or infinite grams and unknown countries', () => {
    for (const g of [-1, NaN, Infinity]) expect(safeEquivalents(g, { dataset }).ok).to.equal(false);
    const r = safeEquivalents(1, { dataset, country: 'XX' });
    expect(!r.ok && r.error.code).to.equal('UNKNOWN_COUNTRY');
  });
});

import { expect } from '@open-wc/testing';
import {
  EcoError, ERROR_CODES, estimateFootprint, safeEstimateFootprint, safeComputeCheckoutSavings, safeEquivalents, safeExtendDataset,
  safeFromPact, safeLoadDataset, safeRankAlternatives, safeRankDeliveryOptions, type ErrorCode, type ProductInput,
} from '../../src/engine/index.js';
import { fixtureDataset as dataset } from '../helpers/dataset.fixture.js';

const code = (r: { ok: boolean; error?: EcoError }) => (r.ok ? 'ok' : r.error!.code);
const estimate = (p: unknown, o: Record<string, unknown> = {}) => safeEstimateFootprint(p as ProductInput, { dataset, ...o });

describe('errors', () => {
  it('every error code is reachable, with a fix-it message and issue paths', () => {
    const cases: [ErrorCode, ReturnType<typeof estimate>, string][] = [
      ['INVALID_PRODUCT', estimate({ category: 'apparel.t-shirt', weightGrams: -1 }), 'weightGrams'],
      ['UNKNOWN_CATEGORY', estimate({ category: 'apparel.toga' }), 'category'],
      ['UNKNOWN_MATERIAL', estimate({ category: 'apparel.t-shirt', materials: [{ material: 'cotton', share: 0.5 }, { material: 'unobtainium', share: 0.5 }] }), 'materials.1.material'],
      ['UNKNOWN_COUNTRY', estimate({ category: 'electronics.laptop' }, { country: 'XX' }), 'options.country'],
      ['UNKNOWN_CURRENCY', estimate({ category: 'apparel.t-shirt', price: 10, currency: 'XYZ' }), 'currency'],
      ['INVALID_PACT', estimate({ category: 'apparel.t-shirt', pact: { specVersion: '2.3.0', pcf: {} } }), 'pact.pcf.declaredUnit'],
      ['DATASET_INVALID', safeEstimateFootprint({ category: 'apparel.t-shirt' }, { dataset: { ...dataset, grades: [2, 1, 3, 4] } }), 'grades'],
      ['INVALID_ARGUMENT', estimate({ category: 'apparel.t-shirt' }, { boundary: 'gate' }), 'options.boundary'],
    ];
    expect([...ERROR_CODES]).to.include.members(cases.map(([c]) => c));
    expect(new Set(cases.map(([c]) => c)).size).to.equal(8);
    for (const [expected, r, path] of cases) {
      expect(r.ok, expected).to.equal(false);
      if (r.ok) continue;
      expect(r.error).to.be.instanceOf(EcoError);
      expect(r.error.code).to.equal(expected);
      expect(r.error.name).to.equal('EcoError');
      expect(r.error.message.length, expected).to.be.greaterThan(30);
      expect(r.error.issues.map((i) => i.path), expected).to.include(path);
    }
  });

  it('the throwing variant throws the same EcoError', () => {
    try {
      estimateFootprint({ category: 'apparel.toga' }, { dataset });
      expect.fail('should throw');
    } catch (e) {
      expect(e).to.be.instanceOf(EcoError);
      expect((e as EcoError).code).to.equal('UNKNOWN_CATEGORY');
      expect((e as EcoError).message).to.contain('apparel.t-shirt');
    }
  });

  it('unknown packaging material and use country are reported with their paths', () => {
    const a = estimate({ category: 'apparel.t-shirt', packaging: [{ material: 'styrofoam', weightGrams: 5 }] });
    expect(!a.ok && a.error.issues[0]!.path).to.equal('packaging.0.material');
    const b = estimate({ category: 'electronics.laptop', use: { kWhPerYear: 5, years: 2, country: 'ZZ' } });
    expect(!b.ok && [b.error.code, b.error.issues[0]!.path]).to.deep.equal(['UNKNOWN_COUNTRY', 'use.country']);
  });

  it('safe variants never throw, whatever comes in', () => {
    const junk: unknown[] = [undefined, null, 0, NaN, 'x', [], {}, { category: 3 }, { category: 'apparel.t-shirt', weightGrams: Infinity }, { category: 'apparel.t-shirt', weightGrams: NaN }, { category: 'apparel.t-shirt', materials: 'cotton' }, Object.create(null)];
    for (const j of junk) {
      expect(() => safeEstimateFootprint(j as ProductInput, { dataset })).to.not.throw();
      expect(safeEstimateFootprint(j as ProductInput, { dataset }).ok).to.equal(false);
      expect(() => safeFromPact(j)).to.not.throw();
      expect(() => safeLoadDataset(j)).to.not.throw();
      expect(() => safeRankAlternatives(j as ProductInput, j as ProductInput[], { dataset })).to.not.throw();
      expect(() => safeRankDeliveryOptions(j as [], j as { weightGrams: number }, { dataset })).to.not.throw();
      expect(() => safeComputeCheckoutSavings(j as { lines: [] }, { dataset })).to.not.throw();
      expect(() => safeEquivalents(j as number, { dataset })).to.not.throw();
      expect(() => safeExtendDataset(dataset, j as {})).to.not.throw();
    }
    expect(code(safeEstimateFootprint({ category: 'apparel.t-shirt' }, 'DE' as never))).to.equal('INVALID_ARGUMENT');
  });

  it('invalid input lists every problem, with English messages', () => {
    const r = estimate({ category: '', weightGrams: 'heavy', materials: [{ material: 'cotton', share: 1.5 }], transport: [{ mode: 'teleport', distanceKm: 5 }], originCountry: 'Germany' });
    expect(r.ok).to.equal(false);
    if (r.ok) return;
    const byPath = Object.fromEntries(r.error.issues.map((i) => [i.path, i.message]));
    expect(byPath).to.have.keys(['category', 'weightGrams', 'materials.0.share', 'materials', 'transport.0.mode', 'originCountry']);
    expect(byPath.weightGrams).to.equal('Expected a number, got a string.');
    expect(byPath['materials.0.share']).to.equal('Must be at most 1.');
    expect(byPath['transport.0.mode']).to.contain('"sea"');
    expect(byPath.originCountry).to.contain('ISO 3166-1');
    for (const m of Object.values(byPath)) expect(m).to.not.equal('Invalid input');
  });
});

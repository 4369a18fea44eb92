import { expect } from '@open-wc/testing';
import { estimateFootprint, fromPact, safeFromPact } from '../../src/engine/index.js';
import { deepFreeze, fixtureDataset as dataset } from '../helpers/dataset.fixture.js';

const v2 = (pcf: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
  id: '3893bb5d-da16-4dc1-9185-11d97476c254', specVersion: '2.3.0', version: 1, created: '2024-01-01T00:00:00Z', status: 'Active',
  companyName: 'Tee Co', companyIds: ['urn:pact:teeco.example:company-id:1'], productDescription: 'Cotton tee', productIds: ['urn:gtin:4712345060507'],
  productCategoryCpc: '28243', productNameCompany: 'Basic tee', comment: '',
  pcf: { declaredUnit: 'kilogram', unitaryProductAmount: '0.25', pCfExcludingBiogenic: '4', pCfIncludingBiogenic: '3.9', fossilGhgEmissions: '4', ...pcf },
  ...extra,
});
const v3 = (pcf: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
  id: '12345678-9abc-def0-1234-567812345678', specVersion: '3.0.0', created: '2025-04-30T00:00:00Z', status: 'Active',
  companyName: 'Rod Co', companyIds: ['urn:company:example:company1'], productDescription: 'Aluminium rod', productIds: ['urn:gtin:5695872369587'], productNameCompany: 'Rod',
  pcf: { declaredUnitOfMeasurement: 'kilogram', declaredUnitAmount: '3', productMassPerDeclaredUnit: '3', pcfExcludingBiogenicUptake: '9', pcfIncludingBiogenicUptake: '9', referencePeriodStart: '2024-01-01T00:00:00Z', referencePeriodEnd: '2024-12-31T00:00:00Z', ...pcf },
  ...extra,
});

describe('fromPact', () => {
  it('2.x: pCfExcludingBiogenic per declared unit × unitaryProductAmount (4 kg/kg × 0.25 kg = 1 000 g)', () => {
    const d = fromPact(deepFreeze(v2({})));
    expect(d.co2eGrams).to.be.closeTo(1000, 1e-9);
    expect(d.boundary).to.equal('cradle-to-gate');
    expect(d.verified).to.equal(false);
    expect(d.source).to.contain('PACT 2.3.0').and.contain('Tee Co');
  });

  it('2.x with a kilogram unit uses the product mass when given (4 kg/kg × 0.2 kg = 800 g)', () => {
    expect(fromPact(v2({}), { weightGrams: 200 }).co2eGrams).to.be.closeTo(800, 1e-9);
  });

  it('2.x per litre ignores the mass and uses unitaryProductAmount', () => {
    expect(fromPact(v2({ declaredUnit: 'liter', unitaryProductAmount: '0.5', pCfExcludingBiogenic: '2' }), { weightGrams: 900 }).co2eGrams).to.be.closeTo(1000, 1e-9);
  });

  it('2.x is verified only when assurance.assurance is true', () => {
    expect(fromPact(v2({ assurance: { assurance: true, providerName: 'Auditor' } })).verified).to.equal(true);
    expect(fromPact(v2({ assurance: { assurance: false, providerName: 'Auditor' } })).verified).to.equal(false);
    expect(fromPact(v2({ assurance: {} })).verified).to.equal(false);
  });

  it('3.x: pcfExcludingBiogenicUptake per declared unit (3 kg), scaled to a 500 g product: 9/3 × 0.5 = 1.5 kg', () => {
    expect(fromPact(v3({}), { weightGrams: 500 }).co2eGrams).to.be.closeTo(1500, 1e-9);
  });

  it('3.x without a mass takes the declared unit as one product', () => {
    expect(fromPact(v3({ declaredUnitOfMeasurement: 'piece', declaredUnitAmount: '1', pcfExcludingBiogenicUptake: '2.5' })).co2eGrams).to.be.closeTo(2500, 1e-9);
    expect(fromPact(v3({})).co2eGrams).to.be.closeTo(9000, 1e-9);
  });

  it('3.x is verified when a verification is described, and accepts numbers for decimals', () => {
    expect(fromPact(v3({ verification: { coverage: 'PCF program', providerName: 'Auditor', completedAt: '2025-01-01T00:00:00Z' } })).verified).to.equal(true);
    expect(fromPact(v3({})).verified).to.equal(false);
    expect(fromPact(v3({ pcfExcludingBiogenicUptake: 1.2, declaredUnitAmount: 1 }), { weightGrams: 1000 }).co2eGrams).to.be.closeTo(1200, 1e-9);
  });

  it('rejects broken documents with INVALID_PACT and paths', () => {
    const broken: [unknown, string][] = [
      [null, 'pcf'],
      [{ specVersion: '2.3.0' }, 'pcf'],
      [{ specVersion: '1.0.1', pcf: { declaredUnit: 'kilogram' } }, 'specVersion'],
      [v2({ pCfExcludingBiogenic: '-3' }), 'pcf.pCfExcludingBiogenic'],
      [v2({ pCfExcludingBiogenic: 'lots' }), 'pcf.pCfExcludingBiogenic'],
      [v2({ unitaryProductAmount: '0' }), 'pcf.unitaryProductAmount'],
      [v2({ declaredUnit: undefined }), 'pcf.declaredUnit'],
      [v3({ pcfExcludingBiogenicUptake: undefined }), 'pcf.pcfExcludingBiogenicUptake'],
      [v3({ declaredUnitAmount: '0' }), 'pcf.declaredUnitAmount'],
      [v3({}, { status: 'Deprecated' }), 'status'],
    ];
    for (const [doc, path] of broken) {
      const r = safeFromPact(doc);
      expect(r.ok, path).to.equal(false);
      if (r.ok) continue;
      expect(r.error.code).to.equal('INVALID_PACT');
      expect(r.error.issues.map((i) => i.path), JSON.stringify(doc)).to.include(path);
    }
    expect(() => fromPact({ specVersion: '3.0.0', pcf: {} })).to.throw().with.property('code', 'INVALID_PACT');
  });

  it('a product carrying a PACT document is estimated as declared, as cradle to gate plus the modelled rest', () => {
    const r = estimateFootprint({ category: 'apparel.t-shirt', weightGrams: 200, pact: v2({ assurance: { assurance: true } }) }, { dataset });
    expect(r.method).to.equal('declared');
    expect(r.verified).to.equal(true);
    expect(r.co2eGrams).to.be.closeTo(800 + 200 + 600 + 100, 1e-9);
    expect(r.trace.factors[0]).to.include({ key: 'declared', value: 800 });
    expect(r.trace.factors[0]!.sourceId).to.contain('PACT 2.3.0');
    const gate = estimateFootprint({ category: 'apparel.t-shirt', weightGrams: 200, pact: v3({}) }, { dataset, boundary: 'cradle-to-gate' });
    expect(gate.co2eGrams).to.be.closeTo(600, 1e-9);
  });
});

// The engine modules imported directly (as the elements do), without `eco-nudge/engine`: the full validators are not
// registered until the last tests load them. The tests run in order and share that page-wide state.
import { expect } from '@open-wc/testing';
import { EcoError } from '../../src/engine/result.js';
import { estimateFootprint, safeEstimateFootprint } from '../../src/engine/footprint.js';
import { safeRankAlternatives } from '../../src/engine/alternatives.js';
import { safeRankDeliveryOptions } from '../../src/engine/delivery.js';
import { safeExtendDataset, safeLoadDataset } from '../../src/engine/dataset.js';
import { bundledDataset } from '../../src/data/index.js';
import { safeSellerIntensity } from '../../src/engine/seller.js';
import { safeFromPact } from '../../src/engine/pact.js';
import { validatorsLoaded } from '../../src/engine/validate.js';
import { fixtureDataset } from '../helpers/dataset.fixture.js';

const tee = { category: 'apparel.t-shirt', weightGrams: 180, materials: [{ material: 'cotton', share: 1 }] };
const bad = { category: 'apparel.t-shirt', weightGrams: -1 };
const pact2 = { specVersion: '2.3.0', pcf: { declaredUnit: 'piece', unitaryProductAmount: '1', pCfExcludingBiogenic: '2.5' } };

describe('validation without the full validators loaded', () => {
  it('answers common valid inputs in full from the guards', () => {
    expect(validatorsLoaded()).to.equal(false);
    const r = safeEstimateFootprint(tee);
    expect(r.ok && r.value.co2eGrams).to.be.greaterThan(0);
    const d = safeRankDeliveryOptions([{ id: 'h', kind: 'home' }, { id: 'l', kind: 'locker' }], { weightGrams: 800 });
    expect(d.ok && d.value.map((x) => x.id)).to.deep.equal(['l', 'h']);
    const s = safeSellerIntensity({ emissionsKg: 1000, revenue: 1e5, currency: 'EUR', year: 2024, sector: 'apparel' });
    expect(s.ok && s.value.co2eGrams).to.equal(1e6);
  });

  it('returns (or throws) VALIDATOR_NOT_LOADED for what only the schemas can judge, never a guess', () => {
    const r = safeEstimateFootprint(bad);
    expect(!r.ok && r.error.code).to.equal('VALIDATOR_NOT_LOADED');
    expect(() => estimateFootprint(bad)).to.throw(EcoError).with.property('code', 'VALIDATOR_NOT_LOADED');
    // an invalid candidate is not skipped as if it were judged
    const a = safeRankAlternatives(tee, [{ category: 'apparel.t-shirt', weightGrams: '90' } as never]);
    expect(!a.ok && a.error.code).to.equal('VALIDATOR_NOT_LOADED');
    const d = safeRankDeliveryOptions([{ id: 'x', kind: 'drone' as never }], { weightGrams: 800 });
    expect(!d.ok && d.error.code).to.equal('VALIDATOR_NOT_LOADED');
    expect(safeLoadDataset(fixtureDataset).ok).to.equal(false);
    // PACT documents and merchant datasets are read by code that loads with the validators, even when well-formed
    const p = safeFromPact(pact2);
    expect(!p.ok && p.error.code).to.equal('VALIDATOR_NOT_LOADED');
    const e = safeEstimateFootprint({ category: 'apparel.t-shirt', pact: pact2 });
    expect(!e.ok && e.error.code).to.equal('VALIDATOR_NOT_LOADED');
    const x = safeExtendDataset(bundledDataset, { grid: { XK: { value: 800, unit: 'g CO2e/kWh', source: 'owid-ember' } } });
    expect(!x.ok && x.error.code).to.equal('VALIDATOR_NOT_LOADED');
    // a merchant dataset is not remembered as failed: it is checked again once the validators are there
    const f = safeEstimateFootprint(tee, { dataset: fixtureDataset });
    expect(!f.ok && f.error.code).to.equal('VALIDATOR_NOT_LOADED');
  });

  it('gives the usual codes, paths and messages once eco-nudge/engine has registered the validators', async () => {
    await import('../../src/engine/index.js');
    expect(validatorsLoaded()).to.equal(true);
    const r = safeEstimateFootprint(bad);
    expect(!r.ok && r.error.code).to.equal('INVALID_PRODUCT');
    expect(!r.ok && r.error.issues).to.deep.equal([{ path: 'weightGrams', message: 'Must be greater than 0.' }]);
    const a = safeRankAlternatives(tee, [{ category: 'apparel.t-shirt', weightGrams: '90' } as never]);
    expect(a.ok && a.value).to.deep.equal([]);
    const d = safeRankDeliveryOptions([{ id: 'x', kind: 'drone' as never }], { weightGrams: 800 });
    expect(!d.ok && d.error.issues.map((i) => i.path)).to.deep.equal(['options.0.kind']);
    const f = safeEstimateFootprint(tee, { dataset: fixtureDataset });
    expect(f.ok && f.value.trace.datasetId).to.equal('fixture');
    const p = safeFromPact(pact2);
    expect(p.ok && p.value.co2eGrams).to.equal(2500);
    const e = safeEstimateFootprint({ category: 'apparel.t-shirt', pact: pact2 });
    expect(e.ok && [e.value.method, e.value.co2eGrams > 0]).to.deep.equal(['declared', true]);
    const x = safeExtendDataset(bundledDataset, { grid: { XK: { value: 800, unit: 'g CO2e/kWh', source: 'owid-ember' } } });
    expect(x.ok && x.value.grid.XK!.value).to.equal(800);
  });
});

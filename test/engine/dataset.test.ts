import { expect } from '@open-wc/testing';
import { estimateFootprint, extendDataset, loadDataset, safeExtendDataset, safeLoadDataset, type Dataset } from '../../src/engine/index.js';
import { fixtureDataset } from '../helpers/dataset.fixture.js';

const clone = () => structuredClone(fixtureDataset) as unknown as Record<string, any>;
const pathsOf = (json: unknown) => {
  const r = safeLoadDataset(json);
  return r.ok ? [] : r.error.issues.map((i) => i.path);
};

describe('loadDataset', () => {
  it('accepts the fixture and returns a deep-frozen copy', () => {
    const ds = loadDataset(structuredClone(fixtureDataset));
    expect(ds.version).to.equal('test.1');
    expect(Object.isFrozen(ds)).to.equal(true);
    expect(Object.isFrozen(ds.categories['apparel.t-shirt']!.typical.materials[0])).to.equal(true);
  });

  it('reports schema errors with their paths', () => {
    const j = clone();
    j.schemaVersion = 2;
    j.grid.FR.value = -5;
    delete j.categories['apparel.t-shirt'].typical.weightGrams;
    j.freight.sea.direct.unit = '';
    const paths = pathsOf(j);
    expect(paths).to.include.members(['schemaVersion', 'grid.FR.value', 'categories.apparel.t-shirt.typical.weightGrams', 'freight.sea.direct.unit']);
    expect(() => loadDataset(j)).to.throw().with.property('code', 'DATASET_INVALID');
  });

  it('reports whole numbers, the schema version, the four grade bounds and empty table keys in words, with paths', () => {
    const j = clone();
    j.schemaVersion = 2;
    j.currencies.spendYear = 2021.5;
    j.grades = [0.5, 0.8, 1.25];
    j.grid[''] = { ...j.grid.FR };
    const r = safeLoadDataset(j);
    if (r.ok) throw new Error('expected DATASET_INVALID');
    const by = Object.fromEntries(r.error.issues.map((i) => [i.path, i.message]));
    expect(by.schemaVersion).to.contain('schema version 1');
    expect(by['currencies.spendYear']).to.equal('Expected a whole number.');
    expect(by.grades).to.equal('Needs at least 4 item(s).');
    const fixed = clone();
    fixed.grid[''] = { ...fixed.grid.FR };
    expect(pathsOf(fixed)).to.deep.equal(['grid.']);
  });

  it('reports broken cross-references with their paths', () => {
    const j = clone();
    j.categories['apparel.t-shirt'].spendKey = 'garments';
    j.categories['electronics.laptop'].typical.materials[0].material = 'titanium';
    j.categories['apparel.t-shirt'].typical.packaging[0].material = 'crate';
    j.materials.cotton.endOfLife = 'compost';
    j.grid.PL.source = 'unknown-source';
    delete j.grid.WORLD;
    j.grades = [0.5, 0.4, 1.25, 2];
    j.currencies.perUsd.USD = 2;
    expect(pathsOf(j)).to.include.members([
      'categories.apparel.t-shirt.spendKey',
      'categories.electronics.laptop.typical.materials.0.material',
      'categories.apparel.t-shirt.typical.packaging.0.material',
      'materials.cotton.endOfLife',
      'grid.PL.source',
      'grid.WORLD',
      'grades',
      'currencies.perUsd.USD',
    ]);
  });

  it('rejects things that are not datasets', () => {
    for (const j of [null, 42, 'dataset', [], {}]) expect(safeLoadDataset(j).ok).to.equal(false);
  });
});

describe('extendDataset', () => {
  it('adds a category and a grid entry on top of a base, leaving the base untouched', () => {
    const base = loadDataset(structuredClone(fixtureDataset));
    const cat = { ...fixtureDataset.categories['apparel.t-shirt']!, label: 'Polo' };
    const ds = extendDataset(base, { categories: { 'apparel.polo': cat }, grid: { DE: { value: 300, unit: 'g CO2e/kWh', source: 'fx' } } });
    expect(Object.keys(ds.categories)).to.have.members(['apparel.t-shirt', 'electronics.laptop', 'food.cheese', 'apparel.polo']);
    expect(ds.grid.DE!.value).to.equal(300);
    expect(base.grid.DE).to.equal(undefined);
    expect(estimateFootprint({ category: 'apparel.polo' }, { dataset: ds }).co2eGrams).to.be.closeTo(5000, 1e-9);
  });

  it('replaces single factors deeply and removes keys set to null', () => {
    const ds = extendDataset(fixtureDataset, { materials: { cotton: { virgin: { value: 6000 } } }, grid: { PL: null } });
    expect(ds.materials.cotton!.virgin.value).to.equal(6000);
    expect(ds.materials.cotton!.virgin.unit).to.equal('g CO2e/kg');
    expect(ds.grid.PL).to.equal(undefined);
  });

  it('validates the merged result, with paths into it', () => {
    const r = safeExtendDataset(fixtureDataset, { categories: { 'toys.kite': { label: 'Kite' } } });
    expect(r.ok).to.equal(false);
    if (!r.ok) {
      expect(r.error.code).to.equal('DATASET_INVALID');
      expect(r.error.issues.map((i) => i.path)).to.include('categories.toys.kite.unit');
    }
    const removed = safeExtendDataset(fixtureDataset, { grid: { WORLD: null } });
    expect(!removed.ok && removed.error.issues[0]!.path).to.equal('grid.WORLD');
  });

  it('ignores prototype keys in patches', () => {
    const ds = extendDataset(fixtureDataset, JSON.parse('{"__proto__": {"polluted": true}, "version": "x.2"}'));
    expect(ds.version).to.equal('x.2');
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
  });

  it('validates a dataset passed as options only once and keeps the answer', () => {
    const ds = structuredClone(fixtureDataset) as Dataset;
    const a = estimateFootprint({ category: 'apparel.t-shirt' }, { dataset: ds });
    const b = estimateFootprint({ category: 'apparel.t-shirt' }, { dataset: ds });
    expect(a.co2eGrams).to.equal(b.co2eGrams);
  });
});

import { expect } from '@open-wc/testing';
import { bundledDataset as d, DATASET_VERSION } from '../../src/data/index.js';
import { DELIVERY_KINDS, FREIGHT_MODES, STAGES } from '../../src/engine/kinds.js';
import type { Factor } from '../../src/engine/types.js';

const REQUIRED_CATEGORIES = `apparel.t-shirt apparel.shirt apparel.polo apparel.sweater apparel.sweatshirt apparel.jeans apparel.dress
apparel.coat apparel.jacket apparel.socks footwear.sneakers footwear.leather-shoes footwear.fabric-shoes electronics.smartphone
electronics.feature-phone electronics.tablet electronics.laptop electronics.desktop electronics.mini-pc electronics.monitor electronics.tv electronics.speaker
electronics.headphones electronics.game-console electronics.mouse electronics.keyboard electronics.router electronics.external-drive
appliances.kettle appliances.coffee-machine appliances.microwave appliances.oven appliances.dishwasher appliances.washing-machine
appliances.fridge appliances.vacuum appliances.air-conditioner furniture.chair furniture.office-chair furniture.table furniture.sofa
furniture.bed furniture.mattress furniture.wardrobe books.paperback toys.plastic sports.bicycle beauty.shampoo food.beef food.lamb
food.pork food.chicken food.fish food.eggs food.cheese food.milk food.butter food.yogurt food.rice food.pasta food.bread food.cereal
food.potatoes food.vegetables food.fruit food.nuts food.tofu food.meat-substitute food.oat-drink food.coffee food.tea food.chocolate
food.snacks beverages.water beverages.juice beverages.soft-drink beverages.beer beverages.wine`.split(/\s+/);
const REQUIRED_MATERIALS = `cotton organic-cotton polyester wool viscose nylon elastane leather rubber pet pp hdpe ldpe pvc ps abs
polycarbonate aluminium steel copper glass paper cardboard wood mdf ceramic electronics battery`.split(/\s+/);
const REQUIRED_CURRENCIES = ['USD', 'EUR', 'GBP', 'CNY', 'JPY', 'CHF', 'SEK', 'PLN', 'INR', 'BRL', 'CAD', 'AUD'];
// Licences the reference README allows us to ship; `cited-fact` = one figure quoted from a publication with its citation.
const SHIPPABLE = new Set(['public-domain', 'OGL-UK-3.0', 'CC-BY-4.0', 'MIT', 'cited-fact', 'ECB-reuse-with-attribution']);
const ISO2 = /^[A-Z]{2}$/;

/** Every Factor in the dataset, with its path. */
function factors(): [string, Factor][] {
  const out: [string, Factor][] = [];
  const walk = (v: unknown, path: string) => {
    if (!v || typeof v !== 'object') return;
    const o = v as Record<string, unknown>;
    if (typeof o.value === 'number' && typeof o.unit === 'string' && typeof o.source === 'string') out.push([path, o as unknown as Factor]);
    else for (const [k, x] of Object.entries(o)) walk(x, `${path}.${k}`);
  };
  walk(d, 'dataset');
  return out;
}

/** Every number anywhere in the dataset, with its path. */
function numbers(): [string, number][] {
  const out: [string, number][] = [];
  const walk = (v: unknown, path: string) => {
    if (typeof v === 'number') out.push([path, v]);
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, `${path}.${k}`);
  };
  walk(d, 'dataset');
  return out;
}

describe('bundled dataset', () => {
  it('is version 2026.1, schema 1', () => {
    expect(DATASET_VERSION).to.equal('2026.1');
    expect(d.version).to.equal(DATASET_VERSION);
    expect(d.schemaVersion).to.equal(1);
  });

  it('equals the committed src/data/dataset.json (index.ts is generated from it)', async () => {
    const res = await fetch(new URL('../../src/data/dataset.json', import.meta.url));
    expect(res.ok).to.equal(true);
    expect(JSON.parse(JSON.stringify(d))).to.deep.equal(await res.json());
  });

  it('has every required category with label, unit, typical product, benchmark, spend key and allowance', () => {
    const missing = REQUIRED_CATEGORIES.filter((k) => !d.categories[k]);
    expect(missing).to.deep.equal([]);
    for (const [key, c] of Object.entries(d.categories)) {
      expect(key, key).to.match(/^[a-z]+\.[a-z-]+$/);
      expect(c.label.length, key).to.be.greaterThan(1);
      const food = key.startsWith('food.') || key.startsWith('beverages.');
      expect(c.unit, key).to.equal(food ? (['food.milk', 'food.oat-drink'].includes(key) || key.startsWith('beverages.') ? 'litre' : 'kg') : 'item');
      expect(c.typical.weightGrams, key).to.be.greaterThan(0);
      expect(c.typical.originCountry, key).to.match(ISO2);
      expect(c.typical.price.amount, key).to.be.greaterThan(0);
      expect(d.currencies.perUsd[c.typical.price.currency], key).to.be.a('number');
      expect(d.spend[c.spendKey], `${key} spend ${c.spendKey}`).to.not.equal(undefined);
      expect(d.sources[c.benchmark.source], key).to.not.equal(undefined);
      for (const m of c.typical.materials) expect(d.materials[m.material], `${key} material ${m.material}`).to.not.equal(undefined);
      if (c.typical.materials.length) {
        const shares = c.typical.materials.reduce((s, m) => s + m.share, 0);
        expect(shares, `${key} material shares`).to.be.closeTo(1, 1e-9);
      }
      for (const p of c.typical.packaging ?? []) {
        expect(d.packaging[p.material], `${key} packaging ${p.material}`).to.not.equal(undefined);
      }
      for (const l of c.typical.transport ?? []) expect(FREIGHT_MODES, key).to.include(l.mode);
      if (c.typical.use) expect(c.typical.use.kWhPerYear * c.typical.use.years, key).to.be.greaterThan(0);
    }
  });

  it('has stage splits with all six stages, a positive sum, and a use stage at the world grid for energy-using products', () => {
    for (const [key, c] of Object.entries(d.categories)) {
      expect(Object.keys(c.benchmark.stages).sort(), key).to.deep.equal([...STAGES].sort());
      const total = STAGES.reduce((s, st) => s + c.benchmark.stages[st], 0);
      expect(total, key).to.be.greaterThan(0);
      if (c.typical.use) {
        const expected = c.typical.use.kWhPerYear * c.typical.use.years * d.grid.WORLD!.value + (c.typical.use.otherGrams ?? 0);
        expect(c.benchmark.stages.use / expected, key).to.be.closeTo(1, 0.01);
      }
    }
  });

  it('clothes care: electricity from the Ecobalyse care model (a T-shirt washed 45 times uses a few kWh, not tens), the rest of ADEME\'s use stage as non-electric care', () => {
    for (const [key, c] of Object.entries(d.categories)) {
      if (!key.startsWith('apparel.')) continue;
      const u = c.typical.use!;
      expect(u.otherGrams, key).to.be.greaterThan(0);
      // Ecobalyse: a wash cycle of 1 kg takes 0.18–0.29 kWh with drying, plus ironing of at most 0.11 kWh per cycle
      const lifeKWh = u.kWhPerYear * u.years;
      expect(lifeKWh / (c.typical.weightGrams / 1000), key).to.be.lessThan(60 * 0.3 + 60 * 0.11 / 0.05);
    }
    const tee = d.categories['apparel.t-shirt']!.typical.use!;
    expect(tee.kWhPerYear * tee.years).to.be.within(3, 5);
  });

  it('scales with sense: a laptop outweighs a smartphone, beef outweighs lentil-like foods, a coat outweighs a T-shirt', () => {
    const t = (k: string) => STAGES.reduce((s, st) => s + d.categories[k]!.benchmark.stages[st], 0);
    expect(t('electronics.laptop')).to.be.greaterThan(t('electronics.smartphone'));
    expect(t('food.beef')).to.be.greaterThan(t('food.tofu') * 10);
    expect(t('apparel.coat')).to.be.greaterThan(t('apparel.t-shirt'));
    expect(t('beverages.water')).to.be.lessThan(t('beverages.wine'));
  });

  it('has every required material with a virgin factor, a recycled factor no higher than virgin, and a known route', () => {
    expect(REQUIRED_MATERIALS.filter((k) => !d.materials[k])).to.deep.equal([]);
    for (const [key, m] of Object.entries(d.materials)) {
      expect(m.virgin.unit, key).to.equal('g CO2e/kg');
      if (m.recycled) expect(m.recycled.value, key).to.be.at.most(m.virgin.value);
      expect(d.endOfLife[m.endOfLife], `${key} route ${m.endOfLife}`).to.not.equal(undefined);
    }
  });

  it('has freight with direct and well-to-tank factors, air the highest and sea the lowest per t.km', () => {
    for (const mode of FREIGHT_MODES) {
      expect(d.freight[mode].direct.unit).to.equal('g CO2e/t.km');
      expect(d.freight[mode].wellToTank.value).to.be.greaterThan(0);
    }
    const tk = (m: (typeof FREIGHT_MODES)[number]) => d.freight[m].direct.value + d.freight[m].wellToTank.value;
    expect(tk('air')).to.be.greaterThan(tk('road'));
    expect(tk('road')).to.be.greaterThan(tk('rail'));
    expect(tk('rail')).to.be.greaterThan(tk('sea'));
  });

  it('has grid intensity for at least 25 countries plus WORLD and EU27', () => {
    const countries = Object.keys(d.grid).filter((k) => ISO2.test(k));
    expect(countries.length).to.be.at.least(25);
    expect(d.grid.WORLD?.value).to.be.within(300, 600);
    expect(d.grid.EU27?.value).to.be.a('number');
    for (const [k, g] of Object.entries(d.grid)) expect(g.unit, k).to.equal('g CO2e/kWh');
  });

  it('has every delivery kind per parcel, with home the baseline and greener options below it', () => {
    const p = d.delivery.perParcel;
    for (const k of DELIVERY_KINDS) expect(p[k].value, k).to.be.greaterThan(0);
    expect(p['pickup-point'].value).to.be.lessThan(p.home.value);
    expect(p['cargo-bike'].value).to.be.lessThan(p.home.value);
    expect(p.consolidated.value).to.be.lessThan(p.home.value);
    expect(d.delivery.defaultAirKm.value).to.be.greaterThan(0);
  });

  it('has equivalences, a dated currency table and a price index based on the spend year', () => {
    expect(d.equivalences.carKm.value).to.be.within(100, 300);
    expect(d.equivalences.treeYear.value).to.equal(6000);
    expect(REQUIRED_CURRENCIES.filter((c) => !(d.currencies.perUsd[c]! > 0))).to.deep.equal([]);
    expect(d.currencies.perUsd.USD).to.equal(1);
    expect(d.currencies.date).to.match(/^\d{4}-\d{2}-\d{2}$/);
    expect(d.sources[d.currencies.source]).to.not.equal(undefined);
    const pi = d.currencies.priceIndex;
    expect(d.sources[pi.source]).to.not.equal(undefined);
    expect(pi.byYear[String(d.currencies.spendYear)]).to.equal(1);
    expect(pi.byYear[String(pi.currentYear)]).to.be.greaterThan(1);
  });

  it('cites a known, shippable source with attribution for every factor', () => {
    for (const [id, s] of Object.entries(d.sources)) {
      expect(SHIPPABLE.has(s.licence), `${id}: ${s.licence}`).to.equal(true);
      expect(s.attribution.length, id).to.be.greaterThan(5);
      expect(s.year, id).to.be.within(2000, 2030);
    }
    const all = factors();
    expect(all.length).to.be.greaterThan(150);
    for (const [path, f] of all) {
      expect(d.sources[f.source], `${path} source ${f.source}`).to.not.equal(undefined);
      expect(f.unit.length, path).to.be.greaterThan(0);
    }
  });

  it('holds only finite, non-negative numbers', () => {
    const bad = numbers().filter(([, n]) => !Number.isFinite(n) || n < 0);
    expect(bad).to.deep.equal([]);
  });

  it('has grade bounds in increasing order and a range model for every method', () => {
    const g = d.grades;
    for (let i = 1; i < g.length; i++) expect(g[i]).to.be.greaterThan(g[i - 1]!);
    for (const m of ['declared', 'activity', 'spend', 'category'] as const) expect(d.ranges.method[m]).to.be.at.least(1);
  });
});

import { expect } from '@open-wc/testing';
import { EcoError, ERROR_CODES, extendDataset, safeSellerIntensity, sellerIntensity, SECTOR_SPEND_KEYS, type Dataset, type SellerInput } from '../../src/engine/index.js';
import { bundledDataset } from '../../src/data/index.js';

// Fixture: the bundled dataset with round factors, so every expected value below is worked out by hand.
const ds: Dataset = extendDataset(bundledDataset, {
  spend: {
    apparel: { value: 200, unit: 'g CO2e/USD2021', source: 'epa-spend' },
    computers: { value: 100, unit: 'g CO2e/USD2021', source: 'epa-spend' },
  },
  currencies: {
    perUsd: { EUR: 0.8, JPY: 150 },
    priceIndex: { byYear: { 2021: 1, 2022: 1.1, 2023: 1.2, 2024: 1.25 }, currentYear: 2024 },
  },
  ranges: { method: { declared: 1.1, spend: 2.5 }, unverified: 1.3 },
  grades: [0.5, 0.8, 1.25, 2],
});
const opts = { dataset: ds };

const base: SellerInput = Object.freeze({ sellerId: 's1', emissionsKg: 200_000, revenue: 1_000_000, currency: 'USD', year: 2021, sector: 'apparel' });

/** Path intensity in 2023 for a 2021 baseline of 200 g/USD and a 50% cut by 2031: 200 − 100 × 2/10 = 180. */
const withTarget = (emissionsKg: number): SellerInput =>
  Object.freeze({
    ...base,
    emissionsKg,
    revenue: 1_200_000, // USD 2023 = 1,000,000 USD 2021
    year: 2023,
    baseline: Object.freeze({ year: 2021, emissionsKg: 200_000, revenue: 1_000_000, currency: 'USD' }),
    target: Object.freeze({ year: 2031, reductionShare: 0.5 }),
  });

function failure(input: unknown, o: object = opts): EcoError {
  const r = safeSellerIntensity(input as SellerInput, o);
  if (r.ok) throw new Error('expected a failure');
  return r.error;
}

describe('engine/seller', () => {
  describe('intensity, currency and price year', () => {
    it('divides emissions by revenue in USD of the spend year', () => {
      const r = sellerIntensity(base, opts);
      expect(r.gramsPerUsd).to.be.closeTo(200, 1e-9); // 200 t / USD 1 M
      expect(r.gramsPerUnit).to.be.closeTo(200, 1e-9);
      expect(r.priceYear).to.equal(2021);
      expect(r.co2eGrams).to.equal(200_000_000);
      expect(r.sellerId).to.equal('s1');
      expect(r.method).to.equal('reported');
    });

    it('converts another currency through the dated rate table and the price index of the revenue year', () => {
      // EUR 960,000 in 2023 → / 0.8 EUR per USD → USD 1,200,000 of 2023 → / 1.2 → USD 1,000,000 of 2021
      const r = sellerIntensity({ ...base, currency: 'EUR', revenue: 960_000, year: 2023, emissionsKg: 150_000 }, opts);
      expect(r.gramsPerUsd).to.be.closeTo(150, 1e-9);
      expect(r.gramsPerUnit).to.be.closeTo(150_000_000 / 960_000, 1e-9); // per euro, as reported
      expect(r.currency).to.equal('EUR');
      expect(r.sectorGramsPerUnit).to.be.closeTo(200 / 0.8 / 1.2, 1e-9); // the sector's intensity per euro of 2023
      expect(r.ratio).to.be.closeTo(r.gramsPerUnit / r.sectorGramsPerUnit, 1e-12);
    });

    it('accepts a lower-case currency code', () => {
      expect(sellerIntensity({ ...base, currency: 'jpy', revenue: 150_000_000 }, opts).gramsPerUsd).to.be.closeTo(200, 1e-9);
    });

    it('deflates revenue: the same nominal figures in a later year mean a higher real intensity', () => {
      const r2021 = sellerIntensity(base, opts);
      const r2023 = sellerIntensity({ ...base, year: 2023 }, opts);
      expect(r2023.gramsPerUsd / r2021.gramsPerUsd).to.be.closeTo(1.2, 1e-9);
    });

    it('does not count inflation as progress: revenue growing only with prices leaves the change at zero', () => {
      const r = sellerIntensity({ ...base, year: 2023, revenue: 1_200_000, baseline: { year: 2021, emissionsKg: 200_000, revenue: 1_000_000, currency: 'USD' } }, opts);
      expect(r.changeShare).to.be.closeTo(0, 1e-9);
      expect(r.baseline?.gramsPerUsd).to.be.closeTo(200, 1e-9);
    });

    it('converts a baseline in another currency with its own year', () => {
      // baseline EUR 800,000 in 2021 = USD 1,000,000 of 2021; 200 t → 200 g/USD. Now 150 g/USD → −25 %.
      const r = sellerIntensity({ ...base, emissionsKg: 150_000, baseline: { year: 2021, emissionsKg: 200_000, revenue: 800_000, currency: 'eur' } }, opts);
      expect(r.baseline?.gramsPerUsd).to.be.closeTo(200, 1e-9);
      expect(r.baseline?.gramsPerUnit).to.be.closeTo(250, 1e-9); // per euro
      expect(r.baseline?.currency).to.equal('EUR');
      expect(r.changeShare).to.be.closeTo(-0.25, 1e-9);
    });

    it('uses the nearest price-index year outside the table and says so in the trace', () => {
      const r = sellerIntensity({ ...base, year: 2026 }, opts);
      expect(r.gramsPerUsd).to.be.closeTo(200 * 1.25, 1e-9);
      expect(r.trace.fallbacks).to.have.length(1);
      expect(r.trace.fallbacks[0]).to.contain('2024');
      expect(sellerIntensity(base, opts).trace.fallbacks).to.deep.equal([]);
    });
  });

  describe('sector benchmark, grade and range', () => {
    it('compares with the sector spend factor and grades the ratio on the product bands', () => {
      const cases: [number, string, string][] = [
        [90_000, 'A', 'lower'], // ratio 0.45
        [150_000, 'B', 'lower'], // 0.75
        [200_000, 'C', 'typical'],
        [300_000, 'D', 'higher'],
        [500_000, 'E', 'higher'],
      ];
      for (const [kg, grade] of cases) {
        const r = sellerIntensity({ ...base, emissionsKg: kg }, opts);
        expect(r.sectorGramsPerUsd).to.equal(200);
        expect(r.ratio, String(kg)).to.be.closeTo(kg / 200_000, 1e-9);
        expect(r.grade, String(kg)).to.equal(grade);
      }
    });

    it('says lower or higher only when the whole range lies on that side', () => {
      const at = (kg: number, verified = false) => sellerIntensity({ ...base, emissionsKg: kg, verified }, opts).comparison;
      expect(at(160_000)).to.equal('typical'); // unverified: 160 × 1.32 = 212 reaches above 200
      expect(at(160_000, true)).to.equal('lower'); // verified: 160 × 1.1 = 176 < 200
      expect(at(200_000, true)).to.equal('typical');
      expect(at(300_000)).to.equal('higher');
    });

    it('gives reported figures a narrow range, wider when unverified, and the sector benchmark a wide one', () => {
      const v = sellerIntensity({ ...base, verified: true }, opts);
      const u = sellerIntensity(base, opts);
      expect(v.verified).to.equal(true);
      expect(u.verified).to.equal(false);
      expect(v.lowGramsPerUsd).to.be.closeTo(200 / 1.1, 1e-9);
      expect(v.highGramsPerUsd).to.be.closeTo(200 * 1.1, 1e-9);
      const k = Math.exp(Math.hypot(Math.log(1.1), Math.log(1.3)));
      expect(u.highGramsPerUsd).to.be.closeTo(200 * k, 1e-9);
      expect(u.lowGramsPerUsd).to.be.closeTo(200 / k, 1e-9);
      expect(u.sectorHighGramsPerUsd / u.sectorLowGramsPerUsd).to.be.closeTo(2.5 * 2.5, 1e-9);
      expect(u.highGramsPerUnit / u.lowGramsPerUnit).to.be.closeTo(k * k, 1e-9);
    });

    it('maps every documented sector to a spend factor of the bundled dataset', () => {
      for (const [sector, key] of Object.entries(SECTOR_SPEND_KEYS)) {
        const r = safeSellerIntensity({ ...base, sector }, { dataset: bundledDataset });
        expect(r.ok, `${sector} → ${key}`).to.equal(true);
        if (r.ok) expect(r.value.spendKey).to.equal(key);
      }
    });

    it('takes extra sector mappings from options', () => {
      const r = sellerIntensity({ ...base, sector: 'gadgets' }, { ...opts, sectors: { gadgets: 'computers' } });
      expect(r.spendKey).to.equal('computers');
      expect(r.ratio).to.be.closeTo(2, 1e-9);
    });

    it('traces the spend factor, rate and price index with their sources', () => {
      const r = sellerIntensity({ ...base, currency: 'EUR', revenue: 960_000, year: 2023 }, opts);
      const keys = r.trace.factors.map((f) => f.key);
      expect(keys).to.include.members(['spend.apparel', 'currencies.perUsd.EUR', 'currencies.priceIndex.2023']);
      expect(r.trace.datasetVersion).to.equal(ds.version);
      for (const f of r.trace.factors) expect(f.sourceId).to.be.a('string').and.not.equal('');
    });
  });

  describe('target path', () => {
    it('is on track below the straight line', () => {
      const r = sellerIntensity(withTarget(170_000), opts);
      expect(r.gramsPerUsd).to.be.closeTo(170, 1e-9);
      expect(r.target?.pathGramsPerUsd).to.be.closeTo(180, 1e-9);
      expect(r.target?.gramsPerUsd).to.be.closeTo(100, 1e-9);
      expect(r.target?.expectedShare).to.be.closeTo(0.2, 1e-12);
      expect(r.target?.progressShare).to.be.closeTo(0.3, 1e-9); // 15% of the targeted 50%
      expect(r.onTrack).to.equal('on-track');
    });

    it('is behind above the straight line', () => {
      const r = sellerIntensity(withTarget(190_000), opts);
      expect(r.target?.progressShare).to.be.closeTo(0.1, 1e-9);
      expect(r.onTrack).to.equal('behind');
    });

    it('counts a seller exactly on the line as on track', () => {
      expect(sellerIntensity(withTarget(180_000), opts).onTrack).to.equal('on-track');
    });

    it('is behind when intensity rose, with a negative progress share', () => {
      const r = sellerIntensity(withTarget(220_000), opts);
      expect(r.onTrack).to.equal('behind');
      expect(r.changeShare).to.be.closeTo(0.1, 1e-9);
      expect(r.target!.progressShare).to.be.below(0);
    });

    it('handles baseline, reporting and target in the same year without dividing by zero', () => {
      const r = sellerIntensity({ ...base, baseline: { year: 2021, emissionsKg: 200_000, revenue: 1_000_000, currency: 'USD' }, target: { year: 2021, reductionShare: 0.5 } }, opts);
      expect(r.target?.expectedShare).to.equal(1);
      expect(r.target?.pathGramsPerUsd).to.be.closeTo(100, 1e-9);
      expect(r.onTrack).to.equal('behind');
    });

    it('is unknown without a baseline, and without a target', () => {
      const none = sellerIntensity({ ...base, target: { year: 2030, reductionShare: 0.5 } }, opts);
      expect(none.onTrack).to.equal('unknown');
      expect(none.changeShare).to.equal(undefined);
      expect(none.target).to.equal(undefined);
      const noTarget = sellerIntensity({ ...base, baseline: { year: 2021, emissionsKg: 100_000, revenue: 1_000_000, currency: 'USD' } }, opts);
      expect(noTarget.onTrack).to.equal('unknown');
      expect(noTarget.changeShare).to.be.closeTo(1, 1e-9);
    });
  });

  describe('errors', () => {
    const paths = (e: EcoError) => e.issues.map((i) => i.path);

    it('rejects revenue of zero or less', () => {
      for (const revenue of [0, -5]) {
        const e = failure({ ...base, revenue });
        expect(e.code).to.equal('INVALID_SELLER');
        expect(paths(e)).to.deep.equal(['revenue']);
      }
    });

    it('rejects negative emissions and a zero baseline', () => {
      expect(paths(failure({ ...base, emissionsKg: -1 }))).to.deep.equal(['emissionsKg']);
      expect(paths(failure({ ...base, baseline: { year: 2021, emissionsKg: 0, revenue: 1, currency: 'USD' } }))).to.deep.equal(['baseline.emissionsKg']);
      expect(paths(failure({ ...base, baseline: { year: 2021, emissionsKg: 1, revenue: 0, currency: 'USD' } }))).to.deep.equal(['baseline.revenue']);
    });

    it('rejects a baseline after the reporting year', () => {
      const e = failure({ ...base, baseline: { year: 2022, emissionsKg: 1, revenue: 1, currency: 'USD' } });
      expect(e.code).to.equal('INVALID_SELLER');
      expect(paths(e)).to.deep.equal(['baseline.year']);
    });

    it('rejects a target year before the reporting year', () => {
      const e = failure({ ...base, year: 2023, target: { year: 2022, reductionShare: 0.5 } });
      expect(e.code).to.equal('INVALID_SELLER');
      expect(paths(e)).to.deep.equal(['target.year']);
    });

    it('rejects a reduction share outside (0, 1)', () => {
      for (const reductionShare of [0, 1, 1.5, -0.2]) {
        expect(paths(failure({ ...base, target: { year: 2030, reductionShare } })), String(reductionShare)).to.deep.equal(['target.reductionShare']);
      }
    });

    it('rejects missing, non-finite and fractional fields and reports every issue at once', () => {
      const e = failure({ emissionsKg: Number.NaN, revenue: Infinity, currency: 'euro', year: 2021.5 });
      expect(paths(e)).to.have.members(['emissionsKg', 'revenue', 'currency', 'year', 'sector']);
      expect(paths(failure({ ...base, revenue: 0, baseline: { year: 2030, emissionsKg: 1, revenue: 1, currency: 'USD' } }))).to.have.members(['revenue', 'baseline.year']);
      for (const bad of [null, 42, 'seller', []]) expect(failure(bad).code).to.equal('INVALID_SELLER');
    });

    it('reports an unknown sector, and a sector whose spend factor the dataset lacks', () => {
      const e = failure({ ...base, sector: 'spaceships' });
      expect(e.code).to.equal('UNKNOWN_SECTOR');
      expect(paths(e)).to.deep.equal(['sector']);
      expect(e.message).to.contain('apparel');
      expect(failure({ ...base, sector: 'x' }, { ...opts, sectors: { x: 'no_such_key' } }).code).to.equal('UNKNOWN_SECTOR');
      expect(failure({ ...base, sector: 'toString' }).code).to.equal('UNKNOWN_SECTOR');
    });

    it('reports an unknown currency for the revenue and for the baseline', () => {
      const e = failure({ ...base, currency: 'XYZ' });
      expect(e.code).to.equal('UNKNOWN_CURRENCY');
      expect(paths(e)).to.deep.equal(['currency']);
      const b = failure({ ...base, baseline: { year: 2021, emissionsKg: 1, revenue: 1, currency: 'XYZ' } });
      expect(b.code).to.equal('UNKNOWN_CURRENCY');
      expect(paths(b)).to.deep.equal(['baseline.currency']);
    });

    it('lists its codes among the engine error codes', () => {
      expect([...ERROR_CODES]).to.include.members(['INVALID_SELLER', 'UNKNOWN_SECTOR', 'UNKNOWN_CURRENCY']);
    });

    it('throws the same EcoError from the throwing variant', () => {
      expect(() => sellerIntensity({ ...base, revenue: 0 }, opts)).to.throw(EcoError).with.property('code', 'INVALID_SELLER');
    });
  });

  it('never returns NaN, Infinity or a negative figure over many valid inputs', () => {
    let seed = 7;
    const rnd = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    const sectors = Object.keys(SECTOR_SPEND_KEYS);
    const currencies = ['USD', 'EUR', 'JPY'];
    for (let i = 0; i < 2000; i++) {
      const year = 2015 + Math.floor(rnd() * 12);
      const by = year - Math.floor(rnd() * 5);
      const input: SellerInput = {
        emissionsKg: rnd() < 0.05 ? 0 : 10 ** (rnd() * 12),
        revenue: 10 ** (rnd() * 12 - 2) + 1e-6,
        currency: currencies[i % 3]!,
        year,
        sector: sectors[i % sectors.length]!,
        verified: rnd() < 0.5,
        baseline: { year: by, emissionsKg: 10 ** (rnd() * 12) + 1e-6, revenue: 10 ** (rnd() * 12) + 1e-6, currency: currencies[(i + 1) % 3]! },
        target: { year: year + Math.floor(rnd() * 10), reductionShare: 0.01 + rnd() * 0.98 },
      };
      const r = safeSellerIntensity(Object.freeze(input), opts);
      if (!r.ok) throw r.error;
      const v = r.value;
      for (const x of [v.gramsPerUsd, v.lowGramsPerUsd, v.highGramsPerUsd, v.gramsPerUnit, v.ratio, v.sectorGramsPerUnit, v.target!.pathGramsPerUsd]) {
        expect(Number.isFinite(x) && x >= 0, JSON.stringify(input)).to.equal(true);
      }
      expect(v.lowGramsPerUsd <= v.gramsPerUsd && v.gramsPerUsd <= v.highGramsPerUsd).to.equal(true);
      expect(Number.isFinite(v.changeShare!) && Number.isFinite(v.target!.progressShare)).to.equal(true);
      expect(['on-track', 'behind']).to.include(v.onTrack);
    }
  });
});

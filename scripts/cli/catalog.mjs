// Synthetic product catalogs for the CLI benchmark and tests: a seeded, realistic mix of inputs built from the
// categories of a dataset (its typical products, varied). Not part of the engine; Math.random is never used.

/** mulberry32: a small seeded PRNG, so every run generates the same catalog. */
export function rng(seed = 1) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const CURRENCIES = ['USD', 'EUR', 'GBP', 'JPY', 'CNY', 'CHF', 'SEK', 'PLN', 'INR', 'BRL', 'CAD', 'AUD'];
const RATE = { USD: 1, EUR: 0.92, GBP: 0.79, JPY: 150, CNY: 7.2, CHF: 0.88, SEK: 10.5, PLN: 4, INR: 83, BRL: 5, CAD: 1.36, AUD: 1.52 };
const ORIGINS = ['CN', 'IN', 'DE', 'US', 'PL', 'IT', 'ES', 'BR', 'MX', 'JP'];
const round = (x, d = 0) => Math.round(x * 10 ** d) / 10 ** d;

/**
 * Returns `next()` → one product input (a plain object) at a time.
 * Mix: 35% category + price (spend), 25% category + weight + materials (activity), 15% category + weight,
 * 10% full activity (materials, origin, transport, packaging, use where the category uses energy),
 * 10% category only, 4% declared by the supplier, 1% a PACT 2.x document.
 */
export function catalogGenerator(dataset, seed = 42) {
  const r = rng(seed);
  const keys = Object.keys(dataset.categories);
  const pick = (a) => a[Math.floor(r() * a.length)];
  const vary = (x, spread = 0.5) => x * (1 - spread / 2 + r() * spread);
  let n = 0;
  return function next() {
    n++;
    const key = pick(keys);
    const cat = dataset.categories[key];
    const t = cat.typical;
    const p = { id: `sku-${n}`, name: `${cat.label} ${n}`, category: key };
    const u = r();
    const weight = () => round(vary(t.weightGrams, 0.6));
    const materials = () => t.materials.map((m) => ({ material: m.material, share: m.share, ...(r() < 0.3 ? { recycledShare: round(r(), 2) } : {}) }));
    const price = () => {
      const c = r() < 0.5 ? 'USD' : pick(CURRENCIES);
      p.price = round(vary(t.price.amount, 1) * RATE[c], 2);
      p.currency = c;
    };
    if (u < 0.35) price();
    else if (u < 0.6) Object.assign(p, { weightGrams: weight() }, t.materials.length ? { materials: materials() } : {});
    else if (u < 0.75) p.weightGrams = weight();
    else if (u < 0.85) {
      Object.assign(p, { weightGrams: weight(), originCountry: pick(ORIGINS) }, t.materials.length ? { materials: materials() } : {});
      p.transport = (t.transport ?? [{ mode: 'road', distanceKm: 800 }]).map((l) => ({ mode: l.mode, distanceKm: round(vary(l.distanceKm)) }));
      if (t.packaging) p.packaging = t.packaging.filter((k) => k.material in dataset.packaging).map((k) => ({ material: k.material, weightGrams: round(vary(k.weightGrams)) }));
      if (t.use) p.use = { kWhPerYear: round(vary(t.use.kWhPerYear), 1), years: t.use.years };
      price();
    } else if (u < 0.95) {
      /* category only */
    } else if (u < 0.99) {
      const typical = Object.values(cat.benchmark.stages).reduce((a, b) => a + b, 0);
      p.weightGrams = weight();
      p.declared = { co2eGrams: round(vary(typical, 0.8)), boundary: r() < 0.5 ? 'cradle-to-gate' : 'cradle-to-grave', verified: r() < 0.3, source: 'supplier' };
    } else {
      const typical = Object.values(cat.benchmark.stages).reduce((a, b) => a + b, 0);
      p.weightGrams = weight();
      p.pact = {
        id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
        specVersion: '2.2.0',
        version: 1,
        created: '2025-06-01T00:00:00Z',
        status: 'Active',
        companyName: 'Supplier Ltd',
        companyIds: ['urn:uuid:00000000-0000-4000-8000-000000000001'],
        productDescription: cat.label,
        productIds: [`urn:gtin:${4000000000000 + n}`],
        productCategoryCpc: '0',
        productNameCompany: p.name,
        comment: '',
        pcf: {
          declaredUnit: 'piece',
          unitaryProductAmount: '1',
          pCfExcludingBiogenic: String(round(vary(typical * 0.6, 0.8) / 1000, 3)),
          fossilGhgEmissions: '0',
          fossilCarbonContent: '0',
          biogenicCarbonContent: '0',
          characterizationFactors: 'AR6',
          ipccCharacterizationFactorsSources: ['AR6'],
          crossSectoralStandardsUsed: ['GHG Protocol Product standard'],
          productOrSectorSpecificRules: [],
          boundaryProcessesDescription: 'cradle to gate',
          referencePeriodStart: '2024-01-01T00:00:00Z',
          referencePeriodEnd: '2024-12-31T00:00:00Z',
          exemptedEmissionsPercent: 0,
          exemptedEmissionsDescription: '',
          packagingEmissionsIncluded: false,
        },
      };
    }
    return p;
  };
}

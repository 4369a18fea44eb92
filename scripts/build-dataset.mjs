#!/usr/bin/env node
// Builds the bundled dataset: reads ../shared/reference/*.csv (beside the clone) and src/data/curated.mjs, merges
// src/data/model.json (grades and ranges, owned by the engine), and writes src/data/dataset.json and src/data/index.ts (with
// src/data/core.ts, src/data/categories-<family>.ts per category family, src/data/categories.ts (all families) and
// src/data/families.ts (a family on demand): the compact module in parts, scripts/dataset-module.mjs).
//   npm run data              regenerate
//   npm run data -- --check   exit 1 when the committed output differs from what this script produces
// Without the reference files it only re-merges model.json into the committed dataset (and --check checks that).
// How each figure is derived: src/data/README.md.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as C from '../src/data/curated.mjs';
import { checkModule, compactModule } from './dataset-module.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const out = { json: join(root, 'src/data/dataset.json'), core: join(root, 'src/data/core.ts'), categories: join(root, 'src/data/categories.ts'), index: join(root, 'src/data/index.ts'), version: join(root, 'src/data/version.ts'), readme: join(root, 'src/data/README.md') };
const check = process.argv.includes('--check');
const refDir = [process.env.ECO_REFERENCE_DIR, join(root, '../shared/reference'), '/work/shared/reference']
  .filter(Boolean).find((d) => existsSync(join(d, 'factors.csv')));

const DEFAULT_MODEL = {
  grades: [0.5, 0.8, 1.25, 2],
  ranges: { method: { declared: 1.3, activity: 1.8, spend: 2.5, category: 3 }, filledIn: {} },
};
const FR_GRID = 51.9; // g CO2e/kWh behind every ADEME digital `peryear` (see category-benchmarks-ademe.md)
const STAGES = ['materials', 'manufacturing', 'transport', 'packaging', 'use', 'endOfLife'];

// ─── helpers ────────────────────────────────────────────────────────────────
const fail = (msg) => { throw new Error(`build-dataset: ${msg}`); };
/** Round to 4 significant figures (values are estimates; keeps the JSON small). */
const sig = (x, n = 4) => {
  if (!Number.isFinite(x)) fail(`non-finite number ${x}`);
  if (x === 0) return 0;
  const p = n - 1 - Math.floor(Math.log10(Math.abs(x)));
  const f = 10 ** Math.max(p, 0);
  const r = p >= 0 ? Math.round(x * f) / f : Math.round(x / 10 ** -p) * 10 ** -p;
  return Number(r.toPrecision(n));
};
const sum = (a) => a.reduce((s, x) => s + x, 0);
const mean = (a) => sum(a) / a.length;
const median = (a) => { const s = [...a].sort((x, y) => x - y); const n = s.length; return n % 2 ? s[(n - 1) / 2] : (s[n / 2 - 1] + s[n / 2]) / 2; };

function parseCsv(text) {
  const rows = [];
  let row = [], cell = '', q = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (q) {
      if (c === '"') { if (text[i + 1] === '"') { cell += '"'; i++; } else q = false; } else cell += c;
    } else if (c === '"') q = true;
    else if (c === ',') { row.push(cell); cell = ''; }
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(cell); rows.push(row); row = []; cell = '';
    } else cell += c;
  }
  if (cell || row.length) { row.push(cell); rows.push(row); }
  const [head, ...body] = rows.filter((r) => r.length > 1);
  return body.map((r) => Object.fromEntries(head.map((h, i) => [h, r[i] ?? ''])));
}

// ─── build from the reference ──────────────────────────────────────────────
function build(model) {
  const read = (f) => parseCsv(readFileSync(join(refDir, f), 'utf8'));
  const factors = read('factors.csv');
  const ademeRows = [...read('category-benchmarks-ademe.csv'), ...read('category-benchmarks-ademe-fruit-veg.csv')];
  const ademe = new Map(ademeRows.map((r) => [r.slug, r]));

  const fx = (kind, key) => {
    const r = factors.find((f) => f.kind === kind && f.key === key);
    if (!r) fail(`factors.csv has no ${kind}/${key}`);
    return Number(r.value);
  };
  const desnzKg = (key) => fx('material', key) * 1000; // kg/kg → g/kg
  const eolKg = (key) => fx('end_of_life', key) * 1000;
  // Notes stay in curated.mjs and src/data/README.md; the shipped factors keep value, unit, source and the proxy flag.
  const F = (value, unit, source, extra) => ({ value: sig(value), unit, source, ...(extra?.proxy ? { proxy: true } : {}) });

  // Materials
  const ademeProd = (slug) => {
    const r = ademe.get(slug) ?? fail(`no ADEME row ${slug}`);
    return ['stage_raw_materials_kg', 'stage_supply_kg', 'stage_shaping_kg', 'stage_assembly_distribution_kg', 'stage_manufacture_kg']
      .map((k) => Number(r[k] || 0) * 1000);
  };
  const matValue = {};
  const resolveMat = (spec, key, isRecycled) => {
    if (spec.desnz) return { value: desnzKg(spec.desnz), source: 'desnz', proxy: spec.proxy, note: spec.note };
    if (spec.derive) {
      const raw = ademeProd(spec.derive.ademe)[0];
      return { value: raw / spec.derive.massKg, source: 'ademe', proxy: true,
        note: spec.note ?? `ADEME ${spec.derive.ademe} raw-materials stage ÷ ${spec.derive.massKg * 1000} g, per kg of finished item.` };
    }
    if (spec.ratioFrom) {
      const [a, b] = spec.ratioFrom.map((s) => ademeProd(s)[0]);
      return { value: matValue[spec.like].virgin * (a / b), source: 'ademe', proxy: true, note: `${spec.like} × ADEME ratio ${spec.ratioFrom.join('/')} raw materials.` };
    }
    if (spec.desnzRatio) {
      const [a, b] = spec.desnzRatio.map(desnzKg);
      return { value: matValue[spec.like].virgin * (a / b), source: 'desnz', proxy: true, note: `${spec.like} × DESNZ ratio ${spec.desnzRatio.join('/')}.` };
    }
    if (spec.like) {
      const base = matValue[spec.like] ?? fail(`material ${key} refers to ${spec.like} before it is defined`);
      const v = spec.recycled ? base.recycled ?? base.virgin : base.virgin;
      return { value: v, source: base.source, proxy: true, note: spec.note ?? `As ${spec.like}${isRecycled ? ' (recycled)' : ''}.` };
    }
    return fail(`bad material spec for ${key}`);
  };
  const materials = {};
  for (const [key, m] of Object.entries(C.MATERIALS)) {
    const v = resolveMat(m.virgin, key, false);
    matValue[key] = { virgin: v.value, source: v.source };
    const mk = (r) => F(r.value, 'g CO2e/kg', r.source, { ...(r.proxy ? { proxy: true } : {}), ...(r.note ? { note: r.note } : {}) });
    materials[key] = { label: m.label, virgin: mk(v), endOfLife: m.route };
    if (m.recycled) {
      const r = resolveMat(m.recycled, key, true);
      matValue[key].recycled = r.value;
      materials[key].recycled = mk(r);
    }
    if (!C.EOL_ROUTES[m.route]) fail(`material ${key}: unknown route ${m.route}`);
  }

  const endOfLife = Object.fromEntries(Object.entries(C.EOL_ROUTES).map(([k, key]) => [k, F(eolKg(key), 'g CO2e/kg', 'desnz')]));
  const packaging = Object.fromEntries(Object.entries(C.PACKAGING).map(([k, key]) => [k, F(desnzKg(key), 'g CO2e/kg', 'desnz')]));

  // Freight (g CO2e per t.km)
  const hgvWttRatio = fx('freight_wtt', 'wtt_road_hgv_avg') / fx('freight', 'road_hgv_avg');
  const freight = {};
  for (const [mode, [direct, wtt]] of Object.entries(C.FREIGHT)) {
    const d = fx('freight', direct) * 1000;
    freight[mode] = {
      direct: F(d, 'g CO2e/t.km', 'desnz', mode === 'air' ? { note: 'Long-haul freight flight, with radiative forcing.' } : undefined),
      wellToTank: wtt ? F(fx('freight_wtt', wtt) * 1000, 'g CO2e/t.km', 'desnz')
        : F(d * hgvWttRatio, 'g CO2e/t.km', 'desnz', { proxy: true, note: 'No DESNZ rail WTT row in the reference: direct × the HGV WTT/direct ratio.' }),
    };
  }
  const freightGPerKgKm = Object.fromEntries(Object.entries(freight).map(([m, f]) => [m, (f.direct.value + f.wellToTank.value) / 1000]));

  // Grid
  const grid = {};
  for (const r of factors.filter((f) => f.kind === 'grid' && /^([A-Z]{2}|WORLD|EU27)$/.test(f.key))) {
    grid[r.key] = F(Number(r.value), 'g CO2e/kWh', 'owid-ember', r.year !== '2024' ? { note: `Data year ${r.year}.` } : undefined);
  }
  for (const [cc, value, year] of C.EXTRA_GRID) {
    grid[cc] = F(value, 'g CO2e/kWh', 'owid-energy');
  }
  const WORLD = grid.WORLD?.value ?? fail('no WORLD grid');

  // Currencies and price index
  const usdPerEur = C.ECB_RATES.perEur.USD;
  const perUsd = { USD: 1, EUR: sig(1 / usdPerEur) };
  for (const [cur, r] of Object.entries(C.ECB_RATES.perEur)) if (cur !== 'USD') perUsd[cur] = sig(r / usdPerEur);
  const years = Object.keys(C.CPI_U).map(Number).sort((a, b) => a - b);
  const base = C.CPI_U[C.SPEND_YEAR];
  const byYear = Object.fromEntries(years.map((y) => [String(y), sig(C.CPI_U[y] / base)]));
  const currentYear = years.at(-1);
  const deflator = C.CPI_U[currentYear] / base;

  // Spend factors (only the ones categories use)
  const spend = {};
  const spendFactor = (key) => {
    if (!spend[key]) spend[key] = F(fx('spend', key) * 1000, 'g CO2e/USD2021', 'epa-spend');
    return spend[key].value;
  };

  // Typical-product helpers (grams in, grams CO2e out)
  const matGrams = (t) => sum(t.m.map(({ material, share }) => share * (t.g / 1000) * (matValue[material]?.virgin ?? fail(`unknown material ${material}`))));
  const transportGrams = (t) => sum(t.legs.map((l) => (t.g / 1000) * l.distanceKm * freightGPerKgKm[l.mode]));
  const packGrams = (t) => sum(t.pack.map((p) => (p.weightGrams / 1000) * (packaging[p.material]?.value ?? fail(`unknown packaging ${p.material}`))));
  const eolGrams = (t) => sum(t.m.map(({ material, share }) => share * (t.g / 1000) * endOfLife[C.MATERIALS[material].route].value));

  const agri = (slug) => {
    const r = ademe.get(slug) ?? fail(`no ADEME row ${slug}`);
    const s = Object.fromEntries((r.other_stages || '').split(';').filter(Boolean).map((p) => p.split(':')).map(([id, v]) => [id, Number(v || 0) * 1000]));
    return [30, 31, 32, 33, 34, 35].map((id) => s[id] ?? 0);
  };
  const meanVec = (vs) => vs[0].map((_, i) => mean(vs.map((v) => v[i])));
  const foodStages = (v) => ({ materials: v[0], manufacturing: v[1], packaging: v[2], transport: v[3] + v[4], use: v[5], endOfLife: 0 });
  const shares = (v) => { const t = sum(v); return v.map((x) => x / t); };

  // Item rows: [raw, supply, shaping, assembly+distribution, manufacture] → stages
  const itemStages = (prod, digital, t) => {
    const [raw, supply, shaping, asm, fab] = prod;
    const tr = transportGrams(t), pg = packGrams(t), mg = matGrams(t);
    if (digital) { // id 4 = distribution only, id 5 = fabrication incl. assembly and materials
      const carved = asm + supply > 0 ? 0 : Math.min(fab, tr); // no distribution stage (feature phone): carve it
      const packaging = Math.min(fab - carved, pg);
      const materials = Math.min(fab - carved - packaging, mg);
      return { materials, manufacturing: fab - carved - packaging - materials, transport: asm + supply + carved, packaging };
    }
    if (!raw && !supply && !shaping && !asm) { // total only (or computed total): carve transport, packaging, materials
      const total = fab;
      const transport = Math.min(total, tr);
      const packaging = Math.min(total - transport, pg);
      const materials = t.m.length ? Math.min(total - transport - packaging, mg) : total - transport - packaging;
      return { materials, manufacturing: total - transport - packaging - materials, transport, packaging };
    }
    const dist = Math.min(asm, tr);
    const packaging = Math.min(asm - dist, pg);
    return { materials: raw, manufacturing: shaping + asm - dist - packaging, transport: supply + dist, packaging };
  };

  const categories = {};
  for (const [key, c] of Object.entries(C.CATEGORIES)) {
    const food = c.unit !== 'item';
    const t = { g: c.t.g ?? 1000, m: c.t.m ?? [], legs: c.t.legs, pack: c.t.pack };
    const src = c.src;
    // src.pcf: published product footprints; src.like: the ADEME row whose use and end of life the category keeps
    const slugs = src.ademe ? [src.ademe].flat() : src.pcf && src.like ? [src.like] : [];
    const rows = slugs.map((s) => ademe.get(s) ?? fail(`no ADEME row ${s}`));
    let stages, source = 'ademe', proxy = false, useKWh, useYears, useOther, eol;

    if (food) {
      let v;
      // `times`: an ADEME row scaled by a documented ratio (food.oat-drink: the ADEME soy drink × P&N oat ÷ soy)
      if (src.ademe) {
        v = meanVec(slugs.map(agri)).map((x) => x * (src.times ?? 1));
        // `proxy`: an ADEME food standing in for a category it only resembles (food.chocolate: a filled chocolate bite
        // for chocolate in general), so its range takes the proxy spread
        proxy = Boolean(src.proxy);
      }
      else if (src.ademeFv) v = meanVec(C.FRUIT_VEG[src.ademeFv].map(agri));
      else if (src.pn || src.pnFigure) {
        const total = src.pnFigure ?? (src.mean ? fx('food', src.pn) : fx('food_median', src.pn));
        v = shares(agri(src.like)).map((s) => s * total * 1000);
        source = 'pn2018';
        proxy = Boolean(src.mean);
      } else if (src.teaFromAdeme) {
        v = agri(src.teaFromAdeme).map((x, i) => (i === 5 ? 0 : x / (src.gramsPerLitre / 1000)));
        proxy = true;
      } else if (src.juice) {
        v = agri(src.juice.like);
        v[0] = agri(src.juice.fruit)[0] * src.juice.kgPerLitre;
        proxy = true;
      } else fail(`bad food source for ${key}`);
      stages = foodStages(v);
    } else {
      const digital = rows.length > 0 && rows.every((r) => r.group === 'numerique');
      if (src.ademe && !src.scale) {
        const prod = meanVec(slugs.map(ademeProd));
        if (slugs.length === 1 && rows[0].group === 'divers') prod[4] = Number(rows[0].total_cradle_to_grave_kg) * 1000;
        stages = itemStages(prod, digital, t);
      } else if (src.scale) {
        const k = (t.g / 1000) / src.likeMassKg;
        stages = itemStages(ademeProd(src.ademe).map((x) => x * k), digital, t);
        proxy = true;
      } else if (src.pcf) {
        // median of the published footprints without their use phase (each total × (1 − its use share)), minus the
        // end of life we give the category (below), is the production; transport, packaging and materials are carved
        // out of it from the typical product, the rest is manufacturing (see C.PCF and src/data/README.md)
        const p = C.PCF[src.pcf] ?? fail(`${key}: no PCF set ${src.pcf}`);
        const withoutUse = median(p.figures.map(([, totalKg, useShare]) => totalKg * (1 - (useShare ?? p.useShare)) * 1000));
        const ends = rows.map((r) => r.end_of_life_kg).filter((e) => e !== '');
        const eolG = ends.length === rows.length && ends.length ? Math.max(0, mean(ends.map(Number)) * 1000) : eolGrams(t);
        stages = itemStages([0, 0, 0, 0, withoutUse - eolG], false, t);
        source = p.source;
      } else if (src.desnz) {
        stages = itemStages([0, 0, 0, 0, desnzKg(src.desnz) * (t.g / 1000)], false, t);
        source = 'desnz';
        proxy = true;
      } else if (src.materials) {
        const like = itemStages(ademeProd(src.like), false, { g: 1, m: [], legs: [], pack: [] });
        const materialsG = matGrams(t);
        stages = { materials: materialsG, manufacturing: materialsG * (like.manufacturing / like.materials), transport: transportGrams(t), packaging: packGrams(t) };
        source = 'desnz';
        proxy = true;
      } else if (src.spend) {
        const total = (c.t.p / deflator) * spendFactor(c.spend);
        stages = itemStages([0, 0, 0, 0, total], false, t);
        source = 'epa-spend';
        proxy = true;
      } else fail(`bad source for ${key}`);

      if (c.useFromAdeme && rows.length) {
        const perYear = mean(rows.map((r) => Number(r.use_kg_per_year || 0))) * 1000;
        useYears = mean(rows.map((r) => Number(r.use_default_years || 0)));
        useKWh = perYear / FR_GRID;
        if (src.scale) useKWh *= (t.g / 1000) / src.likeMassKg;
        if (c.care) {
          // clothes: electricity from the Ecobalyse care model; the rest of ADEME's use stage is detergent and water
          const [cycles, dryer, ironing, hours] = C.CARE_PRODUCTS[c.care] ?? fail(`${key}: no care product ${c.care}`);
          const lifeKWh = cycles * ((t.g / 1000) * (C.CARE.washKWhPerKg + dryer * C.CARE.dryKWhPerKg) + ironing * hours * C.CARE.ironKW);
          const ademeLife = useKWh * useYears * FR_GRID;
          useOther = sig(Math.max(0, ademeLife - lifeKWh * FR_GRID), 3);
          useKWh = lifeKWh / useYears;
        }
      } else if (c.use) [useKWh, useYears] = c.use;
      const ends = rows.map((r) => r.end_of_life_kg).filter((e) => e !== '');
      eol = !src.scale && ends.length === rows.length && ends.length && key !== 'appliances.coffee-machine'
        ? Math.max(0, mean(ends.map(Number)) * 1000) : eolGrams(t);
      stages.use = useKWh > 0 && useYears > 0 ? sig(useKWh, 3) * sig(useYears, 3) * WORLD + (useOther ?? 0) : 0;
      stages.endOfLife = eol;
    }

    // Self-checks: an ADEME-based item keeps ADEME's production total; food keeps the Agribalyse total.
    if (!proxy && source === 'ademe' && !src.scale) {
      const production = food ? sum(STAGES.map((s) => stages[s] ?? 0))
        : stages.materials + stages.manufacturing + stages.transport + stages.packaging;
      const expected = food ? sum(meanVec((src.ademeFv ? C.FRUIT_VEG[src.ademeFv] : slugs).map(agri))) * (src.times ?? 1)
        : rows[0].group === 'divers' ? Number(rows[0].total_cradle_to_grave_kg) * 1000 : sum(meanVec(slugs.map(ademeProd)));
      if (Math.abs(production / expected - 1) > 1e-9) fail(`${key}: production ${production} g differs from ADEME ${expected} g`);
    }
    if (STAGES.some((s) => (stages[s] ?? 0) < -1e-9)) fail(`${key}: negative stage ${JSON.stringify(stages)}`);
    const rounded = Object.fromEntries(STAGES.map((s) => [s, sig(Math.max(0, stages[s] ?? 0), 3)]));
    if (sum(Object.values(rounded)) <= 0) fail(`${key}: empty benchmark`);
    spendFactor(c.spend);
    const typical = {
      weightGrams: t.g,
      materials: t.m,
      originCountry: c.t.o,
      price: { amount: c.t.p, currency: 'USD' },
      ...(useKWh > 0 && useYears > 0 ? { use: { kWhPerYear: sig(useKWh, 3), years: sig(useYears, 3), ...(useOther !== undefined ? { otherGrams: useOther } : {}) } } : {}),
      ...(c.t.ps ? { packSize: c.t.ps } : {}),
      transport: t.legs,
      packaging: t.pack,
    };
    categories[key] = {
      label: c.label,
      unit: c.unit,
      typical,
      benchmark: { stages: rounded, source, ...(proxy ? { note: 'Proxy: see src/data/README.md.' } : {}) },
      spendKey: c.spend,
      manufacturing: { ...F(Math.max(0, stages.manufacturing) / (t.g / 1000), 'g CO2e/kg', source, proxy ? { proxy: true } : undefined), value: sig(Math.max(0, stages.manufacturing) / (t.g / 1000), 3) },
    };
  }

  // Sector benchmarks that no category uses, for sellerIntensity (src/engine/seller.ts, SECTOR_SPEND_KEYS)
  for (const key of ['sporting_goods', 'ecommerce_retail_service', 'courier_express']) spendFactor(key);

  // Delivery (g CO2e per parcel)
  const D = C.DELIVERY;
  const vanKm = fx('last_mile', 'van_avg_diesel_km') * 1000;
  const vanWtt = fx('freight_wtt', 'wtt_road_van_avg_diesel') / fx('freight', 'road_van_avg_diesel');
  const home = (vanKm * (1 + vanWtt) * D.roundKm) / D.dropsPerRound;
  const P = (v, source, note) => F(v, 'g CO2e/parcel', source, note ? { note } : undefined);
  const delivery = {
    perParcel: {
      home: P(home, 'edwards2010', 'DESNZ diesel van per km (+ WTT) × 80 km ÷ 120 drops.'),
      'pickup-point': P(home * (1 - D.pickupSaving), 'tno2020', 'Home −33 % (carrier side; a car trip to collect cancels it).'),
      locker: P(home * (1 - D.pickupSaving), 'tno2020', 'As pickup point (assumption).'),
      'cargo-bike': P(home * (1 - D.cargoBikeSaving), 'shahmohammadi2020', 'Home −26 %.'),
      consolidated: P(home / D.consolidatedParcelsPerDrop, 'eco-nudge', 'Home ÷ 2: one drop shared by two parcels (assumption).'),
      'express-air': P(home, 'edwards2010', 'Last mile only; the engine adds air freight per kg·km.'),
    },
    defaultAirKm: F(D.defaultAirKm, 'km', 'eco-nudge', { note: 'Assumption: one express-air leg within a continent.' }),
  };

  const equivalences = {
    carKm: F(fx('equivalence', 'car_avg_unknown_km') * 1000, 'g CO2e/km', 'desnz'),
    phoneChargeKWh: F(fx('equivalence', 'epa_smartphone_charge_kwh'), 'kWh/charge', 'epa-equiv'),
    treeYear: F((fx('equivalence', 'epa_urban_tree_seedling_10yr') * 1000) / 10, 'g CO2/tree-year', 'epa-equiv', { note: '60 kg over 10 years.' }),
    streamingHour: F(fx('equivalence', 'iea_streaming_hour'), 'g CO2e/h', 'iea'),
  };

  return {
    schemaVersion: 1,
    id: 'eco-nudge',
    version: C.VERSION,
    publishedAt: C.PUBLISHED_AT,
    sources: C.SOURCES,
    categories,
    materials,
    freight,
    grid,
    packaging,
    endOfLife,
    spend: Object.fromEntries(Object.entries(spend).sort(([a], [b]) => a.localeCompare(b))),
    delivery,
    equivalences,
    currencies: {
      date: C.ECB_RATES.date,
      source: 'ecb',
      perUsd,
      priceIndex: { source: 'bls-cpi', byYear, currentYear },
      spendYear: C.SPEND_YEAR,
    },
    grades: model.grades,
    ranges: model.ranges,
    substitutes: C.SUBSTITUTES,
    conditions: C.CONDITIONS,
    paired: model.paired,
  };
}

// ─── output ─────────────────────────────────────────────────────────────────
/** JSON with one line per entry down to depth 2 (readable diffs, nearly minified size). */
function serialize(v, depth = 0) {
  if (v === null || typeof v !== 'object' || depth >= 2) return JSON.stringify(v);
  const nl = '\n' + ' '.repeat(depth + 1);
  const items = Array.isArray(v) ? v.map((x) => serialize(x, depth + 1)) : Object.entries(v).map(([k, x]) => `${JSON.stringify(k)}:${serialize(x, depth + 1)}`);
  const [o, c] = Array.isArray(v) ? ['[', ']'] : ['{', '}'];
  return o + nl + items.join(',' + nl) + '\n' + ' '.repeat(depth) + c;
}

/** The category table of src/data/README.md, between its markers. */
function readmeWithTable(readme, data) {
  const kg = (g) => (g >= 100000 ? Math.round(g / 1000) : sig(g / 1000, 3));
  const rows = Object.entries(data.categories).map(([key, c]) => {
    const s = c.benchmark.stages;
    const total = STAGES.reduce((a, st) => a + s[st], 0);
    const t = c.typical;
    const use = t.use ? `${t.use.kWhPerYear} kWh × ${t.use.years} y` : '';
    return `| ${key} | ${c.label} | ${c.unit} | ${kg(total)} | ${kg(s.use)} | ${c.benchmark.source}${c.benchmark.note ? ' (proxy)' : ''} | ${t.weightGrams} g, ${t.originCountry}, USD ${t.price.amount}${use ? `, ${use}` : ''} | ${c.spendKey} |`;
  });
  const table = ['', '| key | label | unit | benchmark kg CO2e | of which use (world grid) | source | typical product | spend key |',
    '|---|---|---|---|---|---|---|---|', ...rows, ''].join('\n');
  const [a, b] = ['<!-- categories:start -->', '<!-- categories:end -->'];
  const i = readme.indexOf(a), j = readme.indexOf(b);
  if (i < 0 || j < i) fail('src/data/README.md has no category markers');
  return readme.slice(0, i + a.length) + '\n' + table + '\n' + readme.slice(j);
}

const modelPath = join(root, 'src/data/model.json');
const model = existsSync(modelPath) ? JSON.parse(readFileSync(modelPath, 'utf8')) : DEFAULT_MODEL;
let data;
if (refDir) data = build(model);
else {
  console.log('build-dataset: ../shared/reference not found; only re-merging src/data/model.json into the committed dataset.');
  data = { ...JSON.parse(readFileSync(out.json, 'utf8')), grades: model.grades, ranges: model.ranges, paired: model.paired };
}
const json = serialize(data) + '\n';
const ts = compactModule(data, C.VERSION);
await checkModule(ts, JSON.parse(json));
const readme = readmeWithTable(readFileSync(out.readme, 'utf8'), data);
// The bundled dataset's version on its own: a badge given a precomputed result compares it without loading the data.
const versionTs = `// Generated by scripts/build-dataset.mjs. Do not edit: run \`npm run data\`.\n/** Version of the bundled dataset (src/data/index.ts), without its tables. */\nexport const DATASET_VERSION = '${C.VERSION}';\n`;
const families = Object.entries(ts.families).map(([f, text]) => [join(root, `src/data/categories-${f}.ts`), text]);
const files = [[out.json, json], [out.core, ts.core], [out.categories, ts.categories], ...families, [join(root, 'src/data/families.ts'), ts.familyLoader], [join(root, 'src/data/sources.ts'), ts.sources], [out.index, ts.index], [out.version, versionTs], [out.readme, readme]];
if (check) {
  const stale = files.filter(([f, s]) => !existsSync(f) || readFileSync(f, 'utf8') !== s).map(([f]) => f);
  if (stale.length) {
    console.error(`build-dataset: stale output: ${stale.map((f) => f.slice(root.length + 1)).join(', ')}. Run \`npm run data\` and commit.`);
    process.exit(1);
  }
  console.log(`build-dataset: dataset ${C.VERSION} is up to date${refDir ? '' : ' (reference absent: only the model merge was checked)'}.`);
} else {
  for (const [f, text] of files) writeFileSync(f, text);
  console.log(`build-dataset: wrote ${Object.keys(data.categories).length} categories, ${Object.keys(data.materials).length} materials, ${Object.keys(data.grid).length} grids (${Buffer.byteLength(json)} bytes).`);
}

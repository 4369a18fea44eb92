#!/usr/bin/env node
// npm run validate: estimates every product of ../shared/reference/validation-dev.csv from what a merchant would
// know, aligned to the published scope, in two modes, and prints published vs estimated, the range, the method and
// the error factor, then the summary figures per mode and per category family, against the targets:
// - category-only: what the CSV gives (category; mass, materials and price where the row has them);
// - as-listed: the same plus each product's retail price from scripts/validation/prices.csv (launch/list prices,
//   each cited; excluding VAT, brought to the dataset's price year with the US CPI-U), as a shop would list it.
// Exits 1 when an issue-13 target is missed in either mode; with --gate floor (what CI runs, with
// test/validation/validate.test.mjs), only when the figures drop below the floor this dataset reaches (FLOOR).
// Usage: node scripts/validate.mjs [path/to/validation.csv] [--prices path/to/prices.csv] [--json] [--gate floor] [--fit-price]
// Calibration: ECO_RANGES='{"method":{"category":1.9}}' npm run validate tries another range model (deep-merged onto
// the dataset's `ranges`); put the chosen values in src/data/model.json.
import { build } from 'esbuild';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const pricesAt = args.indexOf('--prices');
const pricesPath = resolve(pricesAt >= 0 ? args[pricesAt + 1] : join(root, 'scripts/validation/prices.csv'));
const csvPath = resolve(args.find((a, i) => !a.startsWith('--') && (pricesAt < 0 || i !== pricesAt + 1) && args[i - 1] !== '--gate') ?? join(root, '../shared/reference/validation-dev.csv'));
const asJson = args.includes('--json');
const fitPrice = args.includes('--fit-price');
// --gate floor: exit 1 only below the floor (CI, until the targets are met); default: below the issue-13 targets
const gateFloor = args.includes('--gate') && args[args.indexOf('--gate') + 1] === 'floor';
if (!existsSync(csvPath)) {
  console.error(`validate: ${csvPath} not found. Pass the path of a validation CSV as the first argument.`);
  process.exit(2);
}

// ─── Bundle the TypeScript engine for Node ────────────────────────────────
const dir = mkdtempSync(join(tmpdir(), 'eco-validate-'));
const outfile = join(dir, 'engine.mjs');
await build({ entryPoints: [join(root, 'src/engine/index.ts')], bundle: true, format: 'esm', platform: 'node', target: 'node20', outfile, logLevel: 'error' });
const engine = await import(pathToFileURL(outfile).href);
rmSync(dir, { recursive: true, force: true });

const loaded = process.env.ECO_RANGES
  ? engine.safeExtendDataset(engine.bundledDataset, { ranges: JSON.parse(process.env.ECO_RANGES) })
  : engine.safeLoadDataset(engine.bundledDataset);
if (!loaded.ok) {
  console.error(`validate: the bundled dataset does not load: ${loaded.error.message}`);
  for (const i of loaded.error.issues.slice(0, 20)) console.error(`  ${i.path}: ${i.message}`);
  process.exit(1);
}
const dataset = loaded.value;

// ─── CSV ───────────────────────────────────────────────────────────────────
function parseCsv(text) {
  const rows = [];
  let row = [], cell = '', quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { cell += '"'; i++; }
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(cell); cell = ''; }
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(cell); cell = '';
      if (row.some((x) => x !== '')) rows.push(row);
      row = [];
    } else cell += c;
  }
  if (cell || row.length) { row.push(cell); rows.push(row); }
  const [head, ...body] = rows;
  return body.map((r) => Object.fromEntries(head.map((h, i) => [h.trim(), (r[i] ?? '').trim()])));
}

// ─── What a merchant would know ────────────────────────────────────────────
// Category text → dataset key. Generic words, first match wins; no product names (a form factor read from the name, below).
const CATEGORY_RULES = [
  [/smartphone|mobile phone/i, 'electronics.smartphone'],
  [/tablet/i, 'electronics.tablet'],
  [/laptop|notebook/i, 'electronics.laptop'],
  // a desktop in the mini-PC form factor ('Mac mini', 'Micro Form Factor', 'Tiny', 'Nano'; not a 'Mini Tower') is
  // what a shop lists as a mini PC: the form factor is read from the row's name, the only place the CSV gives it
  [(category, name) => /desktop/i.test(category) && /\bmini\b(?![\s-]*tower)|\bmicro\b|\btiny\b|\bnano\b/i.test(name), 'electronics.mini-pc'],
  [/desktop/i, 'electronics.desktop'],
  [/mouse/i, 'electronics.mouse'],
  [/keyboard/i, 'electronics.keyboard'],
  [/jeans/i, 'apparel.jeans'],
  [/socks/i, 'apparel.socks'],
  [/t-?shirt/i, 'apparel.t-shirt'],
  [/workwear|jacket/i, 'apparel.jacket'],
  [/slip-on|flat|canvas/i, 'footwear.fabric-shoes'],
  [/sneaker|running|high-top|trainer/i, 'footwear.sneakers'],
  [/snack|crisps|chips/i, 'food.snacks'],
  [/beverage|juice|smoothie/i, 'beverages.juice'],
  [/bicycle|bike/i, 'sports.bicycle'],
  [/book/i, 'books.paperback'],
];

// Material words → dataset keys. Components with no open factor of their own (displays, boards, drives) count as electronics.
const MATERIAL_RULES = [
  [/circuit board|logic board|display|screen|drives?\b|electronics/i, 'electronics'],
  [/battery|li-ion|li-polymer/i, 'battery'],
  [/alumin/i, 'aluminium'],
  [/glass/i, 'glass'],
  [/keyboard|trackpad|plastics?\b/i, 'plastic'],
  [/steel/i, 'steel'],
  [/organic cotton/i, 'organic-cotton'],
  [/cotton/i, 'cotton'],
  [/wool|merino/i, 'wool'],
  [/eucalyptus|lyocell|tencel|viscose/i, 'viscose'],
  [/polyester/i, 'polyester'],
  [/\bpet\b/i, 'pet'],
  [/paper/i, 'paper'],
  [/leather/i, 'leather'],
  [/rubber/i, 'rubber'],
];
const COMPONENT_WORDS = /\b(upper|sole|insole|laces?|frame|enclosure|solder|speakers?|vents?|foot|fan|pack|bottle|modules?|components?|rivets?)\b/i;
const materialOf = (text) => MATERIAL_RULES.find(([re]) => re.test(text))?.[1];

/**
 * Materials a merchant can state: a list with masses ("glass 155 g; battery 155 g") gives shares and, summed, the mass;
 * a single named material with no component words ("cotton", "paper") is the whole product when the category's
 * typical product is itself made of one material (a T-shirt, a book), and only its main material otherwise (then
 * it is not a composition and is not passed). Qualitative lists ("wool upper, sugarcane sole") and recycled-content
 * claims without a composition are not usable activity data either.
 */
function merchantMaterials(text, category) {
  if (!text || /not in sources/i.test(text)) return {};
  const parts = text.split(/;/).map((s) => s.trim()).filter(Boolean);
  const withGrams = parts.map((p) => [p, /(\d+(?:\.\d+)?)\s*g\b/.exec(p)]).filter(([, m]) => m);
  if (withGrams.length >= 2) {
    const byKey = new Map();
    let listed = 0;
    for (const [p, m] of withGrams) {
      const g = Number(m[1]);
      listed += g;
      const key = materialOf(p.replace(m[0], ''));
      if (key) byKey.set(key, (byKey.get(key) ?? 0) + g);
    }
    const known = [...byKey.values()].reduce((a, b) => a + b, 0);
    return { materials: [...byKey].map(([material, g]) => ({ material, share: g / known })), listedGrams: listed };
  }
  if (COMPONENT_WORDS.test(text) || /recycled content/i.test(text)) return {};
  const found = [...new Set(text.split(/[,+]|\band\b/).map((s) => materialOf(s)).filter(Boolean))];
  const typical = dataset.categories[category]?.typical.materials ?? [];
  if (found.length !== 1 || typical.length !== 1) return {};
  return { materials: [{ material: found[0], share: 1 }] };
}

/** Which stages the published figure covers. */
function scopeOf(text) {
  const s = text.toLowerCase();
  if (/cradle-to-gate|seed-to-garment/.test(s)) return /transport/.test(s) ? { boundary: 'cradle-to-grave', drop: ['use', 'endOfLife'], label: 'gate+transport' } : { boundary: 'cradle-to-gate', drop: [], label: 'gate' };
  if (/field-to-store/.test(s)) return { boundary: 'cradle-to-grave', drop: ['use'], label: 'to store' };
  if (/transport reported separately/.test(s)) return { boundary: 'cradle-to-grave', drop: ['transport'], label: 'grave-transport' };
  return { boundary: 'cradle-to-grave', drop: [], label: 'grave' };
}

// ─── Targets ─────────────────────────────────────────────────────────────────
// Issue 13: both modes, ≥ 85 % within a factor 2, median error ≤ ×1.35, share inside [low, high] within ±10 points
// of the range's nominal coverage (`dataset.ranges.coverage`, 0.8: [low, high] is an 80 % interval).
export const TARGETS = { within2: 0.85, medianError: 1.35, coverageTolerance: 0.1 };
// What this dataset reaches on the dev set (the regression floor CI holds, test/validation/validate.test.mjs): raise it
// as the figures improve, up to TARGETS. Per mode, because adding the price must never make them worse.
export const FLOOR = {
  'category-only': { within2: 0.91, medianError: 1.31 },
  'as-listed': { within2: 0.91, medianError: 1.31 },
};
const nominal = dataset.ranges.coverage ?? 0.8;

// ─── Retail prices (as-listed mode) ───────────────────────────────────────────
// US CPI-U annual averages (BLS, public domain), to bring a launch price to the dataset's price year.
const CPI_U = { 2007: 207.342, 2008: 215.303, 2009: 214.537, 2010: 218.056, 2011: 224.939, 2012: 229.594, 2013: 232.957, 2014: 236.736, 2015: 237.017, 2016: 240.007, 2017: 245.12, 2018: 251.107, 2019: 255.657, 2020: 258.811, 2021: 270.97, 2022: 292.655, 2023: 304.702, 2024: 313.689 };
const priceYear = dataset.currencies.priceIndex.currentYear;
const listed = new Map();
if (existsSync(pricesPath)) {
  for (const r of parseCsv(readFileSync(pricesPath, 'utf8'))) {
    const amount = Number(r.price), year = Number(r.year), vat = Number(r.vat || 0);
    if (!(amount > 0) || !CPI_U[year] || !CPI_U[priceYear]) continue;
    listed.set(r.product, { price: (amount / (1 + vat)) * (CPI_U[priceYear] / CPI_U[year]), currency: r.currency || 'USD' });
  }
}

const FAMILIES = [['electronics', /^electronics\./], ['apparel & footwear', /^(apparel|footwear)\./], ['food & drink', /^(food|beverages)\./], ['other', /./]];
const familyOf = (category) => FAMILIES.find(([, re]) => re.test(category ?? ''))[0];

// ─── Run ───────────────────────────────────────────────────────────────────
const rows = parseCsv(readFileSync(csvPath, 'utf8'));

function estimateAll(mode, ds = dataset) {
  const results = [];
  for (const row of rows) {
    const published = Number(row.published_kg_co2e) * 1000;
    const category = CATEGORY_RULES.find(([rule]) => (typeof rule === 'function' ? rule(row.category, row.product) : rule.test(row.category)))?.[1];
    if (!category || !(published > 0)) {
      results.push({ product: row.product, published, family: familyOf(category), error: category ? 'no published value' : `no category for "${row.category}"` });
      continue;
    }
    const { materials, listedGrams } = merchantMaterials(row.materials, category);
    const massKg = Number.parseFloat(row.mass_kg);
    const product = { id: row.product, category };
    if (massKg > 0) product.weightGrams = massKg * 1000;
    else if (listedGrams) product.weightGrams = listedGrams;
    if (materials?.length) product.materials = materials;
    if (Number(row.price_usd) > 0) { product.price = Number(row.price_usd); product.currency = 'USD'; }
    if (mode === 'as-listed' && listed.has(row.product)) { const l = listed.get(row.product); product.price = l.price; product.currency = l.currency; }
    const scope = scopeOf(row.scope);
    const r = engine.safeEstimateFootprint(product, { boundary: scope.boundary, dataset: ds });
    if (!r.ok) {
      results.push({ product: row.product, published, family: familyOf(category), error: `${r.error.code}: ${r.error.message}` });
      continue;
    }
    const f = r.value;
    const kept = Object.entries(f.stages).filter(([k]) => !scope.drop.includes(k)).reduce((a, [, v]) => a + v, 0);
    const part = f.co2eGrams > 0 ? kept / f.co2eGrams : 1;
    const est = kept, low = f.lowGrams * part, high = f.highGrams * part;
    const factor = Math.max(est / published, published / est);
    results.push({ product: row.product, category, family: familyOf(category), scope: scope.label, published, est, low, high, method: f.method, input: product, boundary: scope.boundary, source: row.source, inputs: Object.keys(product).filter((k) => !['id', 'category', 'currency'].includes(k)).join('+') || '-', factor, within2: factor <= 2, inside: published >= low && published <= high, width: high / low });
  }
  return results;
}

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); const n = s.length; return n ? (n % 2 ? s[(n - 1) / 2] : (s[n / 2 - 1] + s[n / 2]) / 2) : NaN; };
function summarise(results) {
  const good = results.filter((r) => !r.error);
  return {
    rows: results.length,
    estimated: good.length,
    medianErrorFactor: median(good.map((r) => r.factor)),
    shareWithin2: good.filter((r) => r.within2).length / results.length,
    shareInsideRange: good.filter((r) => r.inside).length / results.length,
    medianHighLow: median(good.map((r) => r.width)),
  };
}
const passes = (s) => s.shareWithin2 >= TARGETS.within2 && s.medianErrorFactor <= TARGETS.medianError && Math.abs(s.shareInsideRange - nominal) <= TARGETS.coverageTolerance + 1e-9;

// ─── Price exponent fit (--fit-price) ─────────────────────────────────────────
// For each category group with at least 3 priced rows: leave-one-out over those rows. For each left-out row, β is the
// grid value that minimises the squared log error of the other rows; the left-out row is then predicted with it.
// The group keeps a β > 0 only if the LOO error with the price is below the error without it (β = 0); the β
// written is then the one fitted on all its rows, and its spread k = k_category^(LOO RMS with price ÷ RMS without),
// so it is narrower than the category's only by as much as the price lowered the LOO error. Prints what to put in
// src/data/model.json.
if (fitPrice) {
  const GRID = Array.from({ length: 21 }, (_, i) => i / 20);
  const groupOf = (category) => category.split('.')[0];
  const runs = GRID.map((beta) => {
    const groups = [...new Set(Object.keys(dataset.categories).map(groupOf))];
    const patch = { ranges: { price: { beta: Object.fromEntries(groups.map((g) => [g, beta])) } } };
    const ds = engine.safeExtendDataset(dataset, patch);
    if (!ds.ok) throw new Error(ds.error.message);
    return estimateAll('as-listed', ds.value);
  });
  const rms = (xs) => Math.sqrt(xs.reduce((a, x) => a + x * x, 0) / xs.length);
  const out = {};
  const pricedIdx = runs[0].map((r, i) => i).filter((i) => !runs[0][i].error && runs[0][i].inputs.includes('price'));
  const byGroup = new Map();
  for (const i of pricedIdx) { const g = groupOf(runs[0][i].category); byGroup.set(g, [...(byGroup.get(g) ?? []), i]); }
  for (const [g, idx] of byGroup) {
    const err = (b, i) => Math.log(runs[b][i].est / runs[b][i].published);
    const best = (rows) => GRID.map((_, b) => rows.reduce((a, i) => a + err(b, i) ** 2, 0)).reduce((bi, v, b, all) => (v < all[bi] ? b : bi), 0);
    if (idx.length < 3) { console.log(`${g}: ${idx.length} priced rows, too few to fit: β = 0`); continue; }
    const loo = idx.map((i) => err(best(idx.filter((j) => j !== i)), i));
    const none = idx.map((i) => err(0, i));
    const all = best(idx);
    const withPrice = rms(loo), without = rms(none);
    const keep = withPrice < without && GRID[all] > 0;
    console.log(`${g}: ${idx.length} priced rows; LOO RMS log error with price ${withPrice.toFixed(3)} (×${Math.exp(withPrice).toFixed(2)}), without ${without.toFixed(3)} (×${Math.exp(without).toFixed(2)}); β on all rows ${GRID[all]}; LOO βs ${idx.map((i) => GRID[best(idx.filter((j) => j !== i))]).join(' ')} → ${keep ? `β = ${GRID[all]}` : 'β = 0 (no signal)'}`);
    // the spread shrinks from the category method's in proportion to the LOO error the price removes (the filled-in
    // and proxy terms, added by the engine on top, stay as they are)
    if (keep) out[g] = { beta: GRID[all], spread: Number(Math.exp(Math.log(dataset.ranges.method.category) * (withPrice / without)).toFixed(2)) };
  }
  console.log(JSON.stringify({ beta: Object.fromEntries(Object.entries(out).map(([g, v]) => [g, v.beta])), spread: Object.fromEntries(Object.entries(out).map(([g, v]) => [g, v.spread])) }));
  process.exit(0);
}

const modes = {};
for (const mode of ['category-only', 'as-listed']) {
  const results = estimateAll(mode);
  const byFamily = Object.fromEntries(FAMILIES.map(([name]) => [name, results.filter((r) => r.family === name)]).filter(([, rs]) => rs.length).map(([name, rs]) => [name, summarise(rs)]));
  modes[mode] = { summary: summarise(results), byFamily, results, priced: results.filter((r) => r.inputs?.includes('price')).length };
  modes[mode].pass = passes(modes[mode].summary);
}
const pass = modes['category-only'].pass && modes['as-listed'].pass;
const aboveFloor = Object.entries(modes).every(([mode, m]) => m.summary.shareWithin2 >= FLOOR[mode].within2 - 1e-9 && m.summary.medianErrorFactor <= FLOOR[mode].medianError + 1e-9 && Math.abs(m.summary.shareInsideRange - nominal) <= TARGETS.coverageTolerance + 1e-9);

if (asJson) {
  console.log(JSON.stringify({ dataset: `${dataset.id} ${dataset.version}`, nominalCoverage: nominal, targets: TARGETS, floor: FLOOR, pass, modes }, null, 2));
} else {
  const kg = (g) => (g / 1000).toPrecision(3);
  const pad = (s, n) => String(s).slice(0, n).padEnd(n);
  const lpad = (s, n) => String(s).padStart(n);
  const pct = (x) => `${(x * 100).toFixed(0)}%`;
  const mark = (ok) => (ok ? 'PASS' : 'FAIL');
  console.log(`Validation of dataset ${dataset.id} ${dataset.version} on ${csvPath.split('/').slice(-1)[0]} (kg CO2e); [low, high] is a ${pct(nominal)} interval`);
  for (const [mode, m] of Object.entries(modes)) {
    console.log(`\n── ${mode}${mode === 'as-listed' ? ` (${m.priced} rows with a retail price, ${pricesPath.split('/').slice(-2).join('/')})` : ' (what the CSV gives)'}\n`);
    console.log(`${pad('product', 44)} ${pad('category', 22)} ${pad('scope', 15)} ${pad('inputs', 26)} ${lpad('published', 9)} ${lpad('estimated', 9)} ${lpad('low', 7)} ${lpad('high', 7)} ${pad('method', 9)} ${lpad('error×', 6)}  ok`);
    for (const r of m.results) {
      if (r.error) { console.log(`${pad(r.product, 44)} ERROR ${r.error}`); continue; }
      console.log(`${pad(r.product, 44)} ${pad(r.category, 22)} ${pad(r.scope, 15)} ${pad(r.inputs, 26)} ${lpad(kg(r.published), 9)} ${lpad(kg(r.est), 9)} ${lpad(kg(r.low), 7)} ${lpad(kg(r.high), 7)} ${pad(r.method, 9)} ${lpad(r.factor.toFixed(2), 6)}  ${r.within2 ? '×2' : '  '} ${r.inside ? 'in' : '  '}`);
    }
  }
  console.log(`\n${pad('summary', 30)} ${lpad('rows', 5)} ${lpad('within ×2', 10)} ${lpad('median ×', 9)} ${lpad('inside', 7)} ${lpad('high/low', 9)}`);
  for (const [mode, m] of Object.entries(modes)) {
    const line = (name, s) => console.log(`${pad(name, 30)} ${lpad(s.rows, 5)} ${lpad(pct(s.shareWithin2), 10)} ${lpad(s.medianErrorFactor.toFixed(2), 9)} ${lpad(pct(s.shareInsideRange), 7)} ${lpad(s.medianHighLow.toFixed(2), 9)}`);
    line(`${mode}: all`, m.summary);
    for (const [fam, s] of Object.entries(m.byFamily)) line(`  ${fam}`, s);
  }
  console.log(`\ntargets, each mode: within a factor 2 ≥ ${pct(TARGETS.within2)}, median error ≤ ×${TARGETS.medianError}, inside [low, high] ${pct(nominal - TARGETS.coverageTolerance)}–${pct(nominal + TARGETS.coverageTolerance)}`);
  for (const [mode, m] of Object.entries(modes)) {
    const s = m.summary;
    console.log(`${pad(mode, 14)} within ×2 ${pct(s.shareWithin2)} ${mark(s.shareWithin2 >= TARGETS.within2)}   median ×${s.medianErrorFactor.toFixed(2)} ${mark(s.medianErrorFactor <= TARGETS.medianError)}   inside ${pct(s.shareInsideRange)} ${mark(Math.abs(s.shareInsideRange - nominal) <= TARGETS.coverageTolerance + 1e-9)}`);
  }
}
if (!asJson) console.log(`\nfloor (CI, --gate floor): ${Object.entries(FLOOR).map(([mode, f]) => `${mode} within ×2 ≥ ${(f.within2 * 100).toFixed(0)}%, median ≤ ×${f.medianError}`).join('; ')}: ${aboveFloor ? 'held' : 'BROKEN'}`);
process.exitCode = (gateFloor ? aboveFloor : pass) ? 0 : 1;

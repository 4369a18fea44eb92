#!/usr/bin/env node
// npm run validate: estimates every product of ../shared/reference/validation-dev.csv from what a merchant would
// know (category; mass, materials and price where the row has them), aligned to the published scope, and prints
// published vs estimated, the range, the method and the error factor, then the summary figures and the targets.
// Usage: node scripts/validate.mjs [path/to/validation.csv] [--json]
// Calibration: ECO_RANGES='{"method":{"category":1.9}}' npm run validate tries another range model (deep-merged onto
// the dataset's `ranges`); put the chosen values in src/data/model.json.
import { build } from 'esbuild';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const csvPath = resolve(args.find((a) => !a.startsWith('--')) ?? join(root, '../shared/reference/validation-dev.csv'));
const asJson = args.includes('--json');
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
// Category text → dataset key. Generic words, first match wins; no product names.
const CATEGORY_RULES = [
  [/smartphone|mobile phone/i, 'electronics.smartphone'],
  [/tablet/i, 'electronics.tablet'],
  [/laptop|notebook/i, 'electronics.laptop'],
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

// ─── Run ───────────────────────────────────────────────────────────────────
const rows = parseCsv(readFileSync(csvPath, 'utf8'));
const results = [];
for (const row of rows) {
  const published = Number(row.published_kg_co2e) * 1000;
  const category = CATEGORY_RULES.find(([re]) => re.test(row.category))?.[1];
  if (!category || !(published > 0)) {
    results.push({ product: row.product, published, error: category ? 'no published value' : `no category for "${row.category}"` });
    continue;
  }
  const { materials, listedGrams } = merchantMaterials(row.materials, category);
  const massKg = Number.parseFloat(row.mass_kg);
  const product = { id: row.product, category };
  if (massKg > 0) product.weightGrams = massKg * 1000;
  else if (listedGrams) product.weightGrams = listedGrams;
  if (materials?.length) product.materials = materials;
  if (Number(row.price_usd) > 0) { product.price = Number(row.price_usd); product.currency = 'USD'; }
  const scope = scopeOf(row.scope);
  const r = engine.safeEstimateFootprint(product, { boundary: scope.boundary, dataset });
  if (!r.ok) {
    results.push({ product: row.product, published, error: `${r.error.code}: ${r.error.message}` });
    continue;
  }
  const f = r.value;
  const kept = Object.entries(f.stages).filter(([k]) => !scope.drop.includes(k)).reduce((a, [, v]) => a + v, 0);
  const part = f.co2eGrams > 0 ? kept / f.co2eGrams : 1;
  const est = kept, low = f.lowGrams * part, high = f.highGrams * part;
  const factor = Math.max(est / published, published / est);
  results.push({ product: row.product, category, scope: scope.label, published, est, low, high, method: f.method, inputs: Object.keys(product).filter((k) => !['id', 'category', 'currency'].includes(k)).join('+') || '-', factor, within2: factor <= 2, inside: published >= low && published <= high, width: high / low });
}

const good = results.filter((r) => !r.error);
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); const n = s.length; return n ? (n % 2 ? s[(n - 1) / 2] : (s[n / 2 - 1] + s[n / 2]) / 2) : NaN; };
const summary = {
  rows: results.length,
  estimated: good.length,
  medianErrorFactor: median(good.map((r) => r.factor)),
  shareWithin2: good.filter((r) => r.within2).length / results.length,
  shareInsideRange: good.filter((r) => r.inside).length / results.length,
  medianHighLow: median(good.map((r) => r.width)),
};

if (asJson) {
  console.log(JSON.stringify({ dataset: `${dataset.id} ${dataset.version}`, summary, results }, null, 2));
} else {
  const kg = (g) => (g / 1000).toPrecision(3);
  const pad = (s, n) => String(s).slice(0, n).padEnd(n);
  const lpad = (s, n) => String(s).padStart(n);
  console.log(`Validation of dataset ${dataset.id} ${dataset.version} on ${csvPath.split('/').slice(-1)[0]} (kg CO2e)\n`);
  console.log(`${pad('product', 44)} ${pad('category', 22)} ${pad('scope', 15)} ${pad('inputs', 26)} ${lpad('published', 9)} ${lpad('estimated', 9)} ${lpad('low', 7)} ${lpad('high', 7)} ${pad('method', 9)} ${lpad('error×', 6)}  ok`);
  for (const r of results) {
    if (r.error) { console.log(`${pad(r.product, 44)} ERROR ${r.error}`); continue; }
    console.log(`${pad(r.product, 44)} ${pad(r.category, 22)} ${pad(r.scope, 15)} ${pad(r.inputs, 26)} ${lpad(kg(r.published), 9)} ${lpad(kg(r.est), 9)} ${lpad(kg(r.low), 7)} ${lpad(kg(r.high), 7)} ${pad(r.method, 9)} ${lpad(r.factor.toFixed(2), 6)}  ${r.within2 ? '×2' : '  '} ${r.inside ? 'in' : '  '}`);
  }
  const pct = (x) => `${(x * 100).toFixed(0)}%`;
  const mark = (pass) => (pass ? 'PASS' : 'FAIL');
  console.log(`\n${good.length}/${results.length} rows estimated`);
  console.log(`median error factor      ${summary.medianErrorFactor.toFixed(2)}`);
  console.log(`share within a factor 2  ${pct(summary.shareWithin2)}   target ≥ 70%  ${mark(summary.shareWithin2 >= 0.7)}`);
  console.log(`share inside [low, high] ${pct(summary.shareInsideRange)}   target ≥ 80%  ${mark(summary.shareInsideRange >= 0.8)}`);
  console.log(`median high/low          ${summary.medianHighLow.toFixed(2)}   target ≤ 4    ${mark(summary.medianHighLow <= 4)}`);
}
const pass = summary.shareWithin2 >= 0.7 && summary.shareInsideRange >= 0.8 && summary.medianHighLow <= 4;
process.exitCode = pass ? 0 : 1;

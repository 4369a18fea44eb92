#!/usr/bin/env node
// npm run bench:engine: estimates per second in Node for category-only, activity and PACT inputs (100,000 products
// each, input validation included), beside a minimal inline arithmetic loop over the same products as the floor; then
// the median time to rank 50 candidates with paired saving ranges (rankAlternatives, 200 shelves).
// Usage: node scripts/bench-engine.mjs [count]
import { build } from 'esbuild';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const N = Number(process.argv[2]) || 100_000;

const dir = mkdtempSync(join(tmpdir(), 'eco-bench-'));
const outfile = join(dir, 'engine.mjs');
await build({ entryPoints: [join(root, 'src/engine/index.ts')], bundle: true, minify: true, format: 'esm', platform: 'node', target: 'node20', outfile, logLevel: 'error' });
const { estimateFootprint, rankAlternatives, bundledDataset: dataset } = await import(pathToFileURL(outfile).href);
rmSync(dir, { recursive: true, force: true });

// A small seeded PRNG, so every run measures the same products.
let seed = 42;
const rnd = () => ((seed = (Math.imul(seed ^ (seed >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0) / 4294967296);
const pick = (xs) => xs[Math.floor(rnd() * xs.length)];
const categories = Object.keys(dataset.categories);
const materials = Object.keys(dataset.materials);
const packaging = Object.keys(dataset.packaging);

const make = {
  category: (i) => ({ id: `c${i}`, category: pick(categories) }),
  activity: (i) => ({
    id: `a${i}`,
    category: pick(categories),
    weightGrams: 50 + rnd() * 5000,
    materials: [{ material: pick(materials), share: 0.6, recycledShare: rnd() }, { material: pick(materials), share: 0.4 }],
    transport: [{ mode: 'sea', distanceKm: 5000 + rnd() * 15000 }, { mode: 'road', distanceKm: 200 + rnd() * 1000 }],
    packaging: [{ material: pick(packaging), weightGrams: 10 + rnd() * 200 }],
  }),
  pact: (i) => ({
    id: `p${i}`,
    category: pick(categories),
    weightGrams: 100 + rnd() * 2000,
    pact: i % 2
      ? { specVersion: '2.3.0', status: 'Active', pcf: { declaredUnit: 'kilogram', unitaryProductAmount: (0.1 + rnd()).toFixed(3), pCfExcludingBiogenic: (1 + rnd() * 20).toFixed(3), assurance: { assurance: rnd() < 0.5 } } }
      : { specVersion: '3.0.0', status: 'Active', pcf: { declaredUnitOfMeasurement: 'piece', declaredUnitAmount: '1', pcfExcludingBiogenicUptake: (1 + rnd() * 20).toFixed(3) } },
  }),
};

/** The floor: the least arithmetic an estimate needs (benchmark × mass ratio), no validation, no result object. */
function floor(products) {
  let acc = 0;
  for (const p of products) {
    const c = dataset.categories[p.category];
    const s = c.benchmark.stages;
    const r = (p.weightGrams ?? c.typical.weightGrams) / c.typical.weightGrams;
    acc += (s.materials + s.manufacturing + s.transport + s.packaging + s.use + s.endOfLife) * r;
  }
  return acc;
}

function run(products) {
  let acc = 0;
  for (const p of products) acc += estimateFootprint(p).co2eGrams;
  return acc;
}

// Wall time, and the CPU time this process got (on a busy machine the wall time also counts other processes' turns).
const time = (fn, arg) => {
  fn(arg.slice(0, Math.min(arg.length, 5000))); // warm up
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const sink = fn(arg);
  const ms = performance.now() - t0;
  const c = process.cpuUsage(c0);
  if (!Number.isFinite(sink)) throw new Error('bench: non-finite result');
  return [ms, (c.user + c.system) / 1000];
};

console.log(`eco-nudge engine benchmark: ${N.toLocaleString('en')} products per input kind, Node ${process.version}, dataset ${dataset.version}\n`);
const fmt = (x) => Math.round(x).toLocaleString('en').padStart(13);
console.log(`${'input'.padEnd(10)} ${'estimates/s'.padStart(13)} ${'per CPU-s'.padStart(13)} ${'µs each'.padStart(9)} ${'floor loop/s'.padStart(13)} ${'per CPU-s'.padStart(13)}`);
const rows = {};
for (const kind of Object.keys(make)) {
  const products = Array.from({ length: N }, (_, i) => make[kind](i));
  const [ms, cpu] = time(run, products);
  const [fms, fcpu] = time(floor, products);
  rows[kind] = N / (ms / 1000);
  console.log(`${kind.padEnd(10)} ${fmt(N / (ms / 1000))} ${fmt(N / (cpu / 1000))} ${((ms * 1000) / N).toFixed(2).padStart(9)} ${fmt(N / (fms / 1000))} ${fmt(N / (Math.max(fcpu, 0.001) / 1000))}`);
}
const load = (await import('node:os')).loadavg()[0];
console.log(`\nactivity target ≥ 100,000/s (wall): ${rows.activity >= 100_000 ? 'PASS' : 'FAIL'}; load average ${load.toFixed(1)} on ${(await import('node:os')).cpus().length} CPUs`);

// Ranking: 200 shelves of one product and 50 candidates of its category (activity inputs, some of a substitute
// category or refurbished), each ranked with paired saving ranges; median and 90th percentile of the wall time.
const SHELVES = 200;
const shelf = (i) => {
  const cat = pick(['apparel.t-shirt', 'electronics.laptop', 'food.beef', 'footwear.sneakers', 'furniture.chair']);
  const item = (j) => ({ ...make.activity(i * 100 + j), category: j % 10 === 9 && cat === 'food.beef' ? 'food.meat-substitute' : cat, ...(j % 7 === 6 && cat === 'electronics.laptop' ? { condition: 'refurbished' } : {}) });
  return { product: item(99), candidates: Array.from({ length: 50 }, (_, j) => item(j)) };
};
const shelves = Array.from({ length: SHELVES }, (_, i) => shelf(i));
for (const s of shelves.slice(0, 20)) rankAlternatives(s.product, s.candidates); // warm up
const times = [];
const c0 = process.cpuUsage();
let kept = 0;
for (const s of shelves) {
  const t0 = performance.now();
  kept += rankAlternatives(s.product, s.candidates).length;
  times.push(performance.now() - t0);
}
const cpuMs = (process.cpuUsage(c0).user + process.cpuUsage(c0).system) / 1000;
times.sort((a, b) => a - b);
const median = times[Math.floor(times.length / 2)];
console.log(`\nrank 50 candidates (paired ranges): median ${median.toFixed(3)} ms, p90 ${times[Math.floor(times.length * 0.9)].toFixed(3)} ms wall, ${(cpuMs / SHELVES).toFixed(3)} ms CPU each (${kept} alternatives kept over ${SHELVES} shelves)`);
console.log(`ranking target ≤ 2 ms median: ${median <= 2 ? 'PASS' : 'FAIL'}`);

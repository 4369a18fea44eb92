#!/usr/bin/env node
// npm run validate:paired: how much of the engine's error two products of one category share, measured on the dev set
// (../shared/reference/validation-dev.csv), and the `paired.shared` share (src/data/model.json) that it supports.
//
// Two products of one category from the same publisher (Apple's iPads, Allbirds' shoes, Logitech's mice) are each off
// our estimate by a log error e = ln(estimate / published). What the two share (the category model being high or
// low for both) cancels in e_i − e_j; what is left is each product's own error. So the pooled within-group variance of
// e is the own variance, and the engine's own term (src/engine/paired.ts) should match it:
//   Σ_groups (n−1)/n · Σ_rows σ_O,i(ρ)² = z² · Σ_groups Σ_rows (e_i − ē)²,   z = the normal quantile of the coverage,
// where σ_O,i(ρ)² = (1 − ρ)·base² + filled-in fields is linear in ρ = `paired.shared`: this solves for ρ. Grouping by
// publisher keeps out the spread between publishers' methods (system boundary, database, year), which is the
// references' disagreement, not our products' own error; the same fit over whole categories (any publisher) is
// printed beside it as the lower bound. Leave-one-group-out shows how much a single group moves the fit.
// Usage: node scripts/validation/paired-check.mjs [path/to/validation.csv] [--json]
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const args = process.argv.slice(2);
const asJson = args.includes('--json');
const csv = args.find((a) => !a.startsWith('--'));

const v = spawnSync(process.execPath, [join(root, 'scripts/validate.mjs'), ...(csv ? [csv] : []), '--json'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
if (!v.stdout.trim().startsWith('{')) {
  console.error(`paired-check: scripts/validate.mjs gave no results.\n${v.stderr}`);
  process.exit(2);
}
const validation = JSON.parse(v.stdout);

const dir = mkdtempSync(join(tmpdir(), 'eco-paired-'));
const outfile = join(dir, 'engine.mjs');
await build({
  stdin: { contents: `export * from './src/engine/index.ts'; export { split } from './src/engine/paired.ts';`, resolveDir: root, loader: 'ts' },
  bundle: true, format: 'esm', platform: 'node', target: 'node20', outfile, logLevel: 'error',
});
const engine = await import(pathToFileURL(outfile).href);
rmSync(dir, { recursive: true, force: true });

const base = engine.bundledDataset;
const withRho = (rho) => engine.extendDataset(base, { paired: { shared: { declared: 0, activity: rho, spend: rho, category: rho }, minShare: base.paired?.minShare ?? 0.1 } });
const ds0 = withRho(0);
const ds1 = withRho(1);
const current = base.paired?.shared.category ?? 0.5;
// the normal quantile of the single ranges' two-sided coverage: every σ in the engine is a half-width at it
const coverage = base.ranges.coverage ?? 0.8;
const z = quantile(0.5 + coverage / 2);

function quantile(p) {
  // Acklam's rational approximation of the inverse normal CDF (|error| < 1.2e-9 here)
  const a = [-39.6968302866538, 220.946098424521, -275.928510446969, 138.357751867269, -30.6647980661472, 2.50662827745924];
  const b = [-54.4760987982241, 161.585836858041, -155.698979859887, 66.8013118877197, -13.2806815528857];
  const c = [-0.00778489400243029, -0.322396458041136, -2.40075827716184, -2.54973253934373, 4.37466414146497, 2.93816398269878];
  const d = [0.00778469570904146, 0.32246712907004, 2.445134137143, 3.75440866190742];
  const q = p < 0.5 ? p : 1 - p;
  let x;
  if (q > 0.02425) {
    const r = p - 0.5, s = r * r;
    return (((((a[0] * s + a[1]) * s + a[2]) * s + a[3]) * s + a[4]) * s + a[5]) * r / (((((b[0] * s + b[1]) * s + b[2]) * s + b[3]) * s + b[4]) * s + 1);
  }
  const r = Math.sqrt(-2 * Math.log(q));
  x = (((((c[0] * r + c[1]) * r + c[2]) * r + c[3]) * r + c[4]) * r + c[5]) / ((((d[0] * r + d[1]) * r + d[2]) * r + d[3]) * r + 1);
  return p < 0.5 ? x : -x;
}

const mode = 'category-only';
const rows = validation.modes[mode].results.filter((r) => !r.error && r.input);
for (const r of rows) {
  const e = engine.estimateFootprint(r.input, { boundary: r.boundary, dataset: ds0 });
  const own0 = engine.split(e, ds0).own;
  const own1 = engine.split(engine.estimateFootprint(r.input, { boundary: r.boundary, dataset: ds1 }), ds1).own;
  r.own0 = own0 * own0;
  r.own1 = own1 * own1;
  r.e = Math.log(r.est / r.published);
  // the publisher: the first word of the row's source ("Apple Product Environmental Report …", "Allbirds …")
  r.publisher = /[A-Za-z][\w&-]*/.exec(r.source ?? '')?.[0] ?? '';
}

function fit(groupKey, leaveOut) {
  const groups = new Map();
  for (const r of rows) {
    const k = groupKey(r);
    if (!k || k === leaveOut) continue;
    groups.set(k, [...(groups.get(k) ?? []), r]);
  }
  let ss = 0, w0 = 0, w1 = 0, df = 0, n = 0, mse = 0;
  const detail = [];
  for (const [k, g] of groups) {
    if (g.length < 2) continue;
    const mean = g.reduce((a, r) => a + r.e, 0) / g.length;
    const within = g.reduce((a, r) => a + (r.e - mean) ** 2, 0);
    const f = (g.length - 1) / g.length;
    ss += within;
    w0 += f * g.reduce((a, r) => a + r.own0, 0);
    w1 += f * g.reduce((a, r) => a + r.own1, 0);
    df += g.length - 1;
    n += g.length;
    mse += g.reduce((a, r) => a + r.e * r.e, 0);
    detail.push({ group: k, rows: g.length, meanLogError: mean, withinVariance: within / (g.length - 1) });
  }
  // z²·SS = w0 − ρ·(w0 − w1)
  const rho = w0 > w1 ? (w0 - z * z * ss) / (w0 - w1) : NaN;
  return { groups: detail.length, rows: n, df, withinVariance: ss / df, meanSquaredError: mse / n, ownShareOfError: ss / df / (mse / n), rho: Math.min(1, Math.max(0, rho)), rhoRaw: rho, detail };
}

const byPublisher = (r) => (r.publisher ? `${r.category} · ${r.publisher}` : '');
const byCategory = (r) => r.category;
const same = fit(byPublisher);
const any = fit(byCategory);
const loo = same.detail.map((d) => [d.group, fit(byPublisher, d.group).rho]);
const out = { coverage, z, current, samePublisher: same, sameCategory: any, leaveOneGroupOut: Object.fromEntries(loo) };

if (asJson) console.log(JSON.stringify(out, null, 2));
else {
  const f3 = (x) => x.toFixed(3);
  console.log(`Paired savings on ${csv ?? 'validation-dev.csv'} (${mode}): how much of the error two products of a category share`);
  console.log(`single ranges are ${(coverage * 100).toFixed(0)}% intervals: σ = ${z.toFixed(4)} × the log error's standard deviation\n`);
  console.log('same category, same publisher (each product\'s own error: what is left when the two are compared)');
  for (const d of same.detail) console.log(`  ${d.group.padEnd(40)} ${String(d.rows).padStart(2)} rows  mean ln error ${f3(d.meanLogError).padStart(6)}  within variance ${f3(d.withinVariance)}`);
  const line = (name, s) => console.log(`${name.padEnd(34)} ${s.groups} groups, ${s.rows} rows (${s.df} df): within variance ${f3(s.withinVariance)} of a mean squared error ${f3(s.meanSquaredError)} (own ${(s.ownShareOfError * 100).toFixed(0)}%): paired.shared fitted ${f3(s.rho)}`);
  console.log('');
  line('same publisher', same);
  line('same category, any publisher', any);
  console.log(`leave one group out (same publisher): ${loo.map(([g, r]) => `${g.split(' · ')[0]} ${f3(r)}`).join(', ')}`);
  const los = loo.map(([, r]) => r);
  console.log(`\npaired.shared in src/data/model.json: ${current}; supported by the same-publisher pairs: ${f3(same.rho)} (leave-one-group-out ${f3(Math.min(...los))}–${f3(Math.max(...los))}); across publishers ${f3(any.rho)}`);
}

#!/usr/bin/env node
// npm run bench:page [-- --runs 3] [--build] [--src] [--pages] [--only <text>] [--timeline]
//   --only: run only the scenarios whose name contains <text> (e.g. --only 1280); --timeline: list, for the first run
//   of each scenario, every task over 10 ms CPU in order, with its parts and the layouts it ran (objects laid out),
//   and the page's own first layout before the kit; --extra-css: rules added to the listing's own styles; --pages: the
//   page-type entries instead of the one-tag file (dist/pages/listing.js, and listing-precomputed.js for precomputed
//   results), as a site that follows docs/performance.md loads them.
// A product listing of 200 products (plain server-rendered HTML with <eco-footprint-badge> attributes, see
// scripts/bench-pages/listing.mjs; the demo listing shows fewer products), measured in Chromium with the public bundle
// dist/eco-nudge.js loaded after the first contentful paint:
//  - cumulative layout shift after the kit started loading (layout-shift entries), with and without the kit's
//    optional page stylesheet, in a 1280×800 viewport and in one tall enough to hold the whole page;
//  - tasks of the page's main thread after the kit started loading, from a Chromium trace: wall time and CPU time
//    (thread time, which other load on the machine barely inflates), what they spent it on (evaluating the kit's
//    module, running microtasks = the elements' first render, style and layout, paint);
//  - every network request: where to, and whether the kit asked for it (all after the bundle itself), then the same
//    after switching the provider to German (one same-origin locale chunk expected).
// Also with Chromium's CPU slowed 4× (a mid-range phone). Figures only: nothing here fails.
import { parseArgs } from 'node:util';
import { loadavg, tmpdir } from 'node:os';
import { mkdtempSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { ensureBuild, launchChromium, serve, ROOT } from './bench-pages/serve.mjs';
import { listingHtml } from './bench-pages/listing.mjs';

const { values } = parseArgs({ options: { runs: { type: 'string' }, build: { type: 'boolean' }, src: { type: 'boolean' }, only: { type: 'string' }, 'extra-css': { type: 'string' }, timeline: { type: 'boolean' }, pages: { type: 'boolean' }, help: { type: 'boolean' } } });
if (values.help) {
  console.log('npm run bench:page [-- --runs 3] [--build] [--src] [--pages] [--only <scenario text>] [--timeline] [--extra-css "<css rules>"]');
  process.exit(0);
}
const RUNS = Number(values.runs ?? 3);
const COUNT = 200;

let kitDir = join(ROOT, 'dist');
let kitLabel;
if (values.src) {
  // the kit bundled by esbuild from src/define (with code splitting, so locales still load on demand)
  const esbuild = await import('esbuild');
  kitDir = mkdtempSync(join(tmpdir(), 'bench-page-'));
  const defines = ['all.ts', ...readdirSync(join(ROOT, 'src/define')).filter((f) => f.endsWith('.ts') && f !== 'all.ts').sort((a, b) => (a === 'provider.ts' ? -1 : b === 'provider.ts' ? 1 : 0))];
  await esbuild.build({
    stdin: { contents: defines.map((f) => `import './src/define/${f}';`).join('\n'), resolveDir: ROOT, loader: 'ts' },
    bundle: true, splitting: true, format: 'esm', target: 'es2022', minify: true, outdir: kitDir, entryNames: 'eco-nudge', chunkNames: 'locales/[name]-[hash]',
    tsconfig: join(ROOT, 'tsconfig.json'), define: { __ECO_VERSION__: '"bench"' }, logLevel: 'error',
  });
  kitLabel = 'src/define/*.ts bundled by esbuild (--src)';
} else kitLabel = ensureBuild(values.build);

const { bundledDataset } = await import(join(ROOT, 'dist/data/index.js')).catch(() => import(join(ROOT, 'dist/engine/index.js')));
const { safeEstimateFootprint } = await import(join(ROOT, 'dist/engine/index.js'));
const { badgeResult } = await import('./cli/rows.mjs');
const precomputed = (p) => {
  const r = safeEstimateFootprint(p);
  return r.ok ? badgeResult(r.value, bundledDataset) : undefined;
};
if (values.pages && values.src) throw new Error('--pages measures the built page entries (dist/pages): leave out --src');
const KIT = values.pages ? '/pages/listing.js' : '/eco-nudge.js';
if (values.pages) kitLabel += ', page-type entries dist/pages/listing.js and listing-precomputed.js';
const cssFile = existsSync(join(ROOT, 'dist/eco-nudge.css')) ? join(ROOT, 'dist/eco-nudge.css') : join(ROOT, 'src/styles/eco-nudge.css');
const { readFileSync } = await import('node:fs');
const server = await serve(
  {
    '/with-css.html': listingHtml({ dataset: bundledDataset, count: COUNT, pageCss: true, extraCss: values['extra-css'], kit: KIT }),
    '/without-css.html': listingHtml({ dataset: bundledDataset, count: COUNT, pageCss: false, extraCss: values['extra-css'], kit: KIT }),
    // the same products, each badge given its precomputed result (what `eco-nudge estimate --badge` writes) instead of attributes
    '/precomputed.html': listingHtml({ dataset: bundledDataset, count: COUNT, pageCss: true, extraCss: values['extra-css'], result: precomputed, kit: values.pages ? '/pages/listing-precomputed.js' : KIT }),
    '/eco-nudge.css': readFileSync(cssFile, 'utf8'),
    '/favicon.ico': '',
  },
  { '/': kitDir },
);
const browser = await launchChromium();
const version = browser.version();
console.log(`eco-nudge bench:page — Chromium ${version}, kit ${kitLabel}, page stylesheet ${cssFile.replace(ROOT, '')}, ${COUNT} products, load average ${loadavg().map((x) => x.toFixed(1)).join(' ')}`);

async function measure({ page: path, height, slowdown, switchLocale }) {
  const ctx = await browser.newContext({ viewport: { width: 1280, height } });
  const pg = await ctx.newPage();
  pg.setDefaultTimeout(180_000);
  if (slowdown > 1) {
    const cdp = await ctx.newCDPSession(pg);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: slowdown });
  }
  const requests = [];
  let kitRequested = false;
  pg.on('request', (r) => {
    const url = new URL(r.url());
    const entry = url.pathname === '/eco-nudge.js' || url.pathname === '/pages/listing.js' || url.pathname === '/pages/listing-precomputed.js';
    if (entry) kitRequested = true;
    requests.push({ url: r.url(), path: url.pathname, sameOrigin: url.origin === server.origin, byKit: kitRequested && !entry, phase: 'load' });
  });
  const errors = [];
  pg.on('pageerror', (e) => errors.push(e.message));
  await browser.startTracing(pg, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'toplevel', 'v8.execute'] });
  await pg.goto(`${server.origin}${path}`, { waitUntil: 'load' });
  // every badge upgraded and showing a figure (or the neutral state)
  await pg.waitForFunction(
    (n) => {
      const els = document.querySelectorAll('eco-footprint-badge');
      return els.length === n && [...els].every((e) => e.shadowRoot && /CO₂e|unavailable/.test(e.shadowRoot.textContent ?? ''));
    },
    COUNT,
    { polling: 100 },
  );
  await pg.waitForTimeout(1000); // late shifts and tasks
  const tasks = mainThreadTasks(JSON.parse((await browser.stopTracing()).toString()).traceEvents);
  let localeRequests = [];
  if (switchLocale) {
    const before = requests.length;
    const english = await pg.evaluate(() => document.querySelector('eco-footprint-badge').shadowRoot.textContent);
    await pg.evaluate(() => document.querySelector('eco-provider').setAttribute('locale', 'de'));
    await pg.waitForFunction((en) => document.querySelector('eco-footprint-badge').shadowRoot.textContent !== en, english);
    await pg.waitForTimeout(1000);
    localeRequests = requests.slice(before);
  }
  const r = await pg.evaluate(() => {
    const b = window.__bench;
    const kitStart = b.kitStart ?? Infinity;
    const after = (e) => e.startTime >= kitStart;
    const shiftSources = new Set();
    for (const e of b.shifts.filter(after)) for (const s of e.sources ?? []) shiftSources.add(s.node ? (s.node.nodeName ?? '').toLowerCase() + (s.node.className ? `.${s.node.className}` : '') : '(removed)');
    const now = window.__rects();
    let moved = 0;
    let maxPx = 0;
    b.before.forEach((r, i) => {
      const d = Math.max(...r.map((v, k) => Math.abs(v - now[i][k])));
      if (d > 0.5) moved++;
      maxPx = Math.max(maxPx, d);
    });
    return {
      moved,
      boxes: b.before.length,
      maxPx,
      kitStart,
      clsAll: b.shifts.filter((e) => !e.hadRecentInput).reduce((a, e) => a + e.value, 0),
      clsKit: b.shifts.filter((e) => !e.hadRecentInput && after(e)).reduce((a, e) => a + e.value, 0),
      shiftSources: [...shiftSources].slice(0, 6),
      upgraded: document.querySelectorAll('eco-footprint-badge').length,
    };
  });
  await ctx.close();
  return { ...r, tasks, requests, localeRequests, errors };
}

/**
 * Tasks of the renderer main thread from the moment the kit's script was requested: wall and CPU (thread) time in ms,
 * whether they ran the kit's code, and where the CPU time went.
 */
function mainThreadTasks(events) {
  const req = events.find((e) => e.name === 'ResourceSendRequest' && /\/eco-nudge\.js$|\/pages\/listing(-precomputed)?\.js$/.test(e.args?.data?.url ?? ''));
  if (!req) return [];
  const same = (e) => e.pid === req.pid && e.tid === req.tid && e.ph === 'X';
  const spans = events.filter((e) => same(e) && e.ts >= req.ts).sort((a, b) => a.ts - b.ts);
  const ownLayout = events.filter((e) => same(e) && e.ts < req.ts && e.name === 'Layout').reduce((a, e) => Math.max(a, (e.tdur ?? 0) / 1000), 0);
  const PARTS = { 'v8.evaluateModule': 'module', RunMicrotasks: 'microtasks', UpdateLayoutTree: 'style', Layout: 'layout', PrePaint: 'paint', Paint: 'paint', MajorGC: 'gc', MinorGC: 'gc' };
  return spans
    .filter((t) => t.name === 'RunTask')
    .map((t) => {
      const inside = spans.filter((e) => e !== t && e.ts >= t.ts && e.ts + (e.dur ?? 0) <= t.ts + t.dur);
      const parts = {};
      for (const e of inside) if (PARTS[e.name]) parts[PARTS[e.name]] = (parts[PARTS[e.name]] ?? 0) + (e.tdur ?? 0) / 1000;
      const kit = inside.some((e) => e.name === 'v8.evaluateModule' || /\/eco-nudge\.js|\/locales\/|\/pages\//.test(JSON.stringify(e.args?.data ?? {})));
      const layouts = inside.filter((e) => e.name === 'Layout').map((e) => `${e.args?.beginData?.dirtyObjects ?? '?'}/${e.args?.beginData?.totalObjects ?? '?'}${e.args?.beginData?.partialLayout ? ' partial' : ''} ${((e.tdur ?? 0) / 1000).toFixed(0)}ms`);
      const fns = inside.filter((e) => e.name === 'FunctionCall' || e.name === 'TimerFire' || e.name === 'FireAnimationFrame' || e.name === 'EventDispatch').map((e) => e.name + (e.args?.data?.type ? `:${e.args.data.type}` : '') + ` ${((e.tdur ?? 0) / 1000).toFixed(0)}ms`);
      // a layout of (nearly) the whole page: every object dirty, as when the provider's shadow root re-slots the listing
      const whole = inside.some((e) => e.name === 'Layout' && (e.args?.beginData?.dirtyObjects ?? 0) >= 0.9 * (e.args?.beginData?.totalObjects ?? Infinity));
      const kind = parts.module ? 'module' : kit ? 'slice' : whole ? 'relayout' : 'frame';
      return { ownLayout, start: (t.ts - req.ts) / 1000, wall: t.dur / 1000, cpu: (t.tdur ?? t.dur) / 1000, kit, kind, parts, layouts, fns };
    });
}
const describe = (t) => `${t.wall.toFixed(0)} ms wall, ${t.cpu.toFixed(0)} ms CPU (${Object.entries(t.parts).filter(([, v]) => v >= 1).map(([k, v]) => `${k} ${v.toFixed(0)}`).join(', ')})`;

const allScenarios = [
  { name: 'page stylesheet, 1280×800', page: '/with-css.html', height: 800, slowdown: 1 },
  { name: 'page stylesheet, whole page in view', page: '/with-css.html', height: 16000, slowdown: 1 },
  { name: 'page stylesheet, CPU 4× slower', page: '/with-css.html', height: 800, slowdown: 4 },
  { name: 'precomputed results, 1280×800', page: '/precomputed.html', height: 800, slowdown: 1 },
  { name: 'precomputed results, CPU 4× slower', page: '/precomputed.html', height: 800, slowdown: 4 },
  { name: 'no page stylesheet, 1280×800', page: '/without-css.html', height: 800, slowdown: 1 },
  { name: 'no page stylesheet, whole page in view', page: '/without-css.html', height: 16000, slowdown: 1 },
];
const scenarios = allScenarios.filter((s) => !values.only || s.name.includes(values.only));
const max = (xs) => (xs.length ? Math.max(...xs) : 0);
console.log(`\nmax over ${RUNS} runs; "after the kit" = from the moment the page added the kit's script; "boxes moved" = cards and prices whose
box (position or size) differs between that moment and the end (what a shopper sees jump, whether or not the browser reports a shift);
tasks = main-thread tasks after the kit's script was requested (the page does nothing else), wall and CPU time from a trace\n`);
console.log(`${'scenario'.padEnd(40)}${'boxes moved'.padStart(12)}${'max px'.padStart(8)}${'CLS after kit'.padStart(14)}${'CLS total'.padStart(11)}${'tasks >50ms wall'.padStart(18)}${'>50ms CPU'.padStart(11)}${'longest wall'.padStart(14)}${'longest CPU'.padStart(13)}`);
let sample;
const byScenario = new Map();
for (const s of scenarios) {
  const runs = [];
  for (let i = 0; i < RUNS; i++) runs.push(await measure(s));
  sample ??= runs[0];
  byScenario.set(s.name, runs);
  const cls = max(runs.map((r) => r.clsKit));
  const all = runs.flatMap((r) => r.tasks);
  const longestCpu = all.reduce((a, t) => (t.cpu > (a?.cpu ?? -1) ? t : a), undefined);
  const kitCpu = all.filter((t) => t.kit).reduce((a, t) => (t.cpu > (a?.cpu ?? -1) ? t : a), undefined);
  console.log(
    `${s.name.padEnd(40)}${`${max(runs.map((r) => r.moved))}/${runs[0].boxes}`.padStart(12)}${max(runs.map((r) => r.maxPx)).toFixed(1).padStart(8)}${cls.toFixed(4).padStart(14)}${max(runs.map((r) => r.clsAll)).toFixed(4).padStart(11)}${String(max(runs.map((r) => r.tasks.filter((t) => t.wall > 50).length))).padStart(18)}${String(max(runs.map((r) => r.tasks.filter((t) => t.cpu > 50).length))).padStart(11)}${`${max(all.map((t) => t.wall)).toFixed(0)} ms`.padStart(14)}${`${max(all.map((t) => t.cpu)).toFixed(0)} ms`.padStart(13)}`,
  );
  if (values.timeline) console.log(`${''.padEnd(40)}the page's own longest layout before the kit: ${max(runs.map((r) => r.tasks[0]?.ownLayout ?? 0)).toFixed(0)} ms CPU`);
  if (values.timeline)
    for (const t of runs[0].tasks.filter((t) => t.cpu > 10))
      console.log(`${''.padEnd(40)}@${t.start.toFixed(0).padStart(5)} ms${t.kit ? ' [kit]' : ''}: ${describe(t)}${t.layouts.length ? ` layouts ${t.layouts.join(', ')}` : ''}${t.fns.length ? ` ${t.fns.slice(0, 4).join(', ')}` : ''}`);
  if (kitCpu) console.log(`${''.padEnd(40)}longest task running the kit's code: ${describe(kitCpu)}`);
  if (longestCpu && longestCpu !== kitCpu) console.log(`${''.padEnd(40)}longest task: ${describe(longestCpu)}`);
  const sources = [...new Set(runs.flatMap((r) => r.shiftSources))];
  if (cls > 0) console.log(`${''.padEnd(40)}shifted: ${sources.join(', ')}`);
  const errs = [...new Set(runs.flatMap((r) => r.errors))];
  if (errs.length) console.log(`${''.padEnd(40)}page errors: ${errs.slice(0, 3).join(' | ')}`);
}

// Issue 15 item 8: the two listings side by side at 4× CPU (no task over 50 ms is the target), each long task by kind.
const KINDS = {
  module: ['module evaluation', "evaluating the kit's script, which upgrades every badge already in the page"],
  relayout: ['whole-page relayout', "laying out (nearly) every object of the page again: the provider's shadow root re-slots the listing"],
  slice: ['render slices', 'queued first connections and renders, at most ~30 ms of them per task'],
  frame: ['frames between slices', 'style, layout and paint of what a slice rendered'],
};
const pairs = [['engine in the browser', 'page stylesheet, CPU 4× slower'], ['precomputed results', 'precomputed results, CPU 4× slower']].filter(([, n]) => byScenario.has(n));
if (pairs.length) {
  console.log(`\nTarget (issue 15): a listing of ${COUNT} badges, CPU 4× slower, no main-thread task over 50 ms. Max over ${RUNS} runs; CPU = thread time, wall in brackets:`);
  console.log(`${''.padEnd(48)}${pairs.map(([label]) => label.padStart(30)).join('')}`);
  const row = (label, f) => console.log(`${label.padEnd(48)}${pairs.map(([, n]) => f(byScenario.get(n)).padStart(30)).join('')}`);
  const longest = (runs, pick) => max(runs.flatMap((r) => r.tasks.filter(pick).map((t) => t.cpu)));
  const longestWall = (runs, pick) => max(runs.flatMap((r) => r.tasks.filter(pick).map((t) => t.wall)));
  row('tasks over 50 ms', (runs) => `${max(runs.map((r) => r.tasks.filter((t) => t.cpu > 50).length))} [${max(runs.map((r) => r.tasks.filter((t) => t.wall > 50).length))}]`);
  row('longest task', (runs) => `${longest(runs, () => true).toFixed(0)} ms [${longestWall(runs, () => true).toFixed(0)} ms]`);
  for (const [k, [label]] of Object.entries(KINDS))
    row(`  ${label}`, (runs) => {
      const n = max(runs.map((r) => r.tasks.filter((t) => t.kind === k && t.cpu > 50).length));
      return `${n} over 50, longest ${longest(runs, (t) => t.kind === k).toFixed(0)} ms`;
    });
  const met = pairs.every(([, n]) => byScenario.get(n).every((r) => r.tasks.every((t) => t.cpu <= 50)));
  console.log(`${met ? 'met' : 'NOT met'} (CPU time).${Object.values(KINDS).map(([label, what]) => `\n  ${label}: ${what}`).join('')}`);
}

const loc = await measure({ page: '/with-css.html', height: 800, slowdown: 1, switchLocale: true });
const show = (r) => `${r.path}${r.sameOrigin ? '' : ` (CROSS-ORIGIN ${r.url})`}`;
console.log(`\nNetwork requests (1280×800, page stylesheet):`);
console.log(`  by the page: ${sample.requests.filter((r) => !r.byKit).map(show).join(', ')}`);
const byKit = sample.requests.filter((r) => r.byKit);
console.log(`  by the kit at run time (after its bundle): ${byKit.length ? byKit.map(show).join(', ') : 'none'}`);
console.log(`  after <eco-provider locale="de">: ${loc.localeRequests.length ? loc.localeRequests.map(show).join(', ') : 'none'}`);
console.log(`  cross-origin requests: ${[...sample.requests, ...loc.requests].filter((r) => !r.sameOrigin).length}`);
await browser.close();
await server.close();

#!/usr/bin/env node
// npm run test:missing-chunks: how the bundle is deployed. (1) A merchant copies only dist/eco-nudge.js to their server
// and forgets the chunk files beside it (other locales, and the on-demand validators). The page must keep working: badges with sound input show
// their figures, a badge whose input needs the validators shows the neutral state and fires eco-error
// VALIDATOR_LOAD_FAILED, a provider asking for German shows English and says why once, and nothing throws.
// (2) The kit is loaded with a cache-busting query (`eco-nudge.js?v=3`): the validators chunk must not load a second
// copy of the kit (it imports nothing), and input that needs it is judged as usual.
// Runs in Chromium, Firefox and WebKit like the other end-to-end checks (ECO_NO_WEBKIT=1 skips WebKit).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ENGINES, harness, assert, openPage, root, serve, withDisplay } from '../test/e2e/lib.mjs';

withDisplay();

const kit = join(root, 'dist/eco-nudge.js');
let code;
try {
  code = readFileSync(kit, 'utf8');
} catch {
  console.error('test:missing-chunks needs dist/eco-nudge.js: run npm run build first.');
  process.exit(1);
}

// Classic script, before the kit: records page errors and the kit's warnings in every engine.
const probe = `window.__errors = []; window.__warnings = []; window.__ecoErrors = [];
window.addEventListener('error', function (e) { window.__errors.push(String(e.message)); });
window.addEventListener('unhandledrejection', function (e) { window.__errors.push(String(e.reason)); });
document.addEventListener('eco-error', function (e) { window.__ecoErrors.push({ id: e.composedPath()[0].id, code: e.detail.code }); });
var warn = console.warn, error = console.error;
console.warn = function () { window.__warnings.push([].map.call(arguments, String).join(' ')); return warn.apply(console, arguments); };
console.error = function () { window.__errors.push('console.error: ' + [].map.call(arguments, String).join(' ')); return error.apply(console, arguments); };`;

const setup = `await Promise.all(['eco-provider', 'eco-footprint-badge'].map((t) => customElements.whenDefined(t)));
const $ = (id) => document.getElementById(id);
// sound input (the guards vouch for it) and input only the full validators can judge
$('ok').product = { id: 'tee', category: 'apparel.t-shirt', weightGrams: 180 };
$('bad').product = { id: 'broken', category: 'apparel.t-shirt', weightGrams: -5 };
const until = (f) => new Promise((resolve) => { const t0 = Date.now(); (function poll() { if (f() || Date.now() - t0 > 20000) resolve(); else setTimeout(poll, 50); })(); });
await until(() => window.__ecoErrors.some((e) => e.code === 'VALIDATOR_LOAD_FAILED') && window.__warnings.some((w) => w.includes('locale-load-failed')));
await Promise.all(['ok', 'bad', 'attr', 'full'].map((id) => $(id).updateComplete));
await new Promise((r) => setTimeout(r, 300));
const text = (id) => ($(id).shadowRoot?.textContent ?? '').replace(/\\s+/g, ' ').trim();
window.__result = { ok: text('ok'), bad: text('bad'), attr: text('attr'), full: text('full'), lang: document.querySelector('eco-provider').getAttribute('locale') };`;

const pageHtml = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>missing chunks</title>
<script src="/probe.js"></script>
<script type="module" src="/eco-nudge.js"></script>
<script type="module" src="/setup.js"></script>
</head><body><eco-provider locale="de">
  <eco-footprint-badge id="attr" category="apparel.jeans" weight-grams="650"></eco-footprint-badge>
  <eco-footprint-badge id="ok"></eco-footprint-badge>
  <eco-footprint-badge id="bad"></eco-footprint-badge>
  <eco-footprint-badge id="full" variant="full" category="apparel.t-shirt" weight-grams="180"></eco-footprint-badge>
</eco-provider></body></html>`;

// Only the bundle is served: every chunk request gets a 404.
const server = await serve({
  pages: {
    '/index.html': { body: pageHtml },
    '/probe.js': { body: probe, type: 'text/javascript' },
    '/setup.js': { body: setup, type: 'text/javascript' },
    '/eco-nudge.js': { body: code, type: 'text/javascript' },
  },
});

const setup2 = `await customElements.whenDefined('eco-footprint-badge');
const $ = (id) => document.getElementById(id);
$('bad').product = { id: 'broken', category: 'apparel.t-shirt', weightGrams: -5 };
$('prov').factors = { grid: { DE: { value: -1, unit: 'g CO2e/kWh', source: 'owid-ember' } } };
const until = (f) => new Promise((resolve) => { const t0 = Date.now(); (function poll() { if (f() || Date.now() - t0 > 20000) resolve(); else setTimeout(poll, 50); })(); });
await until(() => window.__ecoErrors.length >= 2);
await $('bad').updateComplete;
await new Promise((r) => setTimeout(r, 300));
window.__result = { bad: ($('bad').shadowRoot?.textContent ?? '').replace(/\\s+/g, ' ').trim() };`;
const probe2 = probe.replace("window.__ecoErrors.push({ id: e.composedPath()[0].id, code: e.detail.code });", "window.__ecoErrors.push({ id: e.composedPath()[0].id, code: e.detail.code, message: e.detail.message, paths: (e.detail.issues || []).map(function (i) { return i.path; }) });");
const queried = await serve({
  mounts: { '/kit/': join(root, 'dist') },
  pages: {
    '/index.html': {
      body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>query string</title>
<script src="/probe.js"></script><script type="module" src="/kit/eco-nudge.js?v=3"></script><script type="module" src="/setup.js"></script>
</head><body><eco-provider id="prov"><eco-footprint-badge id="bad"></eco-footprint-badge></eco-provider></body></html>`,
    },
    '/probe.js': { body: probe2, type: 'text/javascript' },
    '/setup.js': { body: setup2, type: 'text/javascript' },
  },
});

async function visit(browser, kind, srv = server) {
  const { page: p } = await openPage(browser, `${srv.url}/index.html`, kind, () => !!window.__result);
  const r = await p.evaluate(() => ({ ...window.__result, errors: window.__errors, warnings: window.__warnings, ecoErrors: window.__ecoErrors }));
  await p.close();
  return r;
}

const h = harness('The bundle without its chunk files (issue 6)');
for (const [name, launch, kind] of ENGINES) {
  let browser;
  try {
    browser = await launch();
    const r = await visit(browser, kind);
    await h.check(`${name}: sound input shows its figure, in English`, () => {
      assert(/kg CO₂e/.test(r.attr) && /kg CO₂e/.test(r.ok), `figures missing: ${JSON.stringify([r.attr, r.ok])}`);
      assert(!/unavailable/i.test(r.ok), `"ok" badge neutral: ${r.ok}`);
    });
    await h.check(`${name}: input that needs the validators: neutral state and one VALIDATOR_LOAD_FAILED`, () => {
      const codes = r.ecoErrors.filter((e) => e.id === 'bad').map((e) => e.code);
      assert(codes.length === 1 && codes[0] === 'VALIDATOR_LOAD_FAILED', `eco-error codes for "bad": ${JSON.stringify(codes)}`);
      assert(/unavailable/i.test(r.bad) && !/kg CO₂e/.test(r.bad), `"bad" badge is not neutral: ${r.bad}`);
      assert(!r.ecoErrors.some((e) => e.id !== 'bad'), `other elements reported errors: ${JSON.stringify(r.ecoErrors)}`);
    });
    await h.check(`${name}: the missing German catalog: English, one warning saying why`, () => {
      const w = r.warnings.filter((x) => x.includes('locale-load-failed'));
      assert(w.length === 1, `locale warnings: ${JSON.stringify(w)}`);
      // the full badge waits for the page's language; when it cannot come, it shows its figure in English
      assert(/kg CO₂e/.test(r.full) && /How we calculate/.test(r.full) && !/Loading/.test(r.full), `full badge: ${r.full}`);
    });
    await h.check(`${name}: no page error, no console error`, () => assert(r.errors.length === 0, JSON.stringify(r.errors)));
    const before = queried.requests.length;
    const q = await visit(browser, kind, queried);
    const kitLoads = queried.requests.slice(before).filter((x) => x === '/kit/eco-nudge.js').length;
    await h.check(`${name}: eco-nudge.js?v=3: one copy of the kit; the validators judge input as usual`, () => {
      assert(kitLoads === 1, `the bundle was requested ${kitLoads} times (a second copy of the kit)`);
      const bad = q.ecoErrors.find((e) => e.id === 'bad');
      assert(bad && bad.code === 'INVALID_PRODUCT' && bad.paths.includes('weightGrams'), `badge: ${JSON.stringify(bad)}`);
      const ds = q.ecoErrors.find((e) => e.id === 'prov');
      assert(ds && ds.code === 'DATASET_INVALID' && ds.paths.some((p) => p.startsWith('grid.DE.value')) && !/could not be checked/.test(ds.message), `provider: ${JSON.stringify(ds)}`);
      assert(/unavailable/i.test(q.bad), `badge not neutral: ${q.bad}`);
      assert(q.errors.length === 0, JSON.stringify(q.errors));
    });
  } catch (e) {
    await h.check(`${name}: page ran`, () => {
      throw e;
    });
  } finally {
    await browser?.close();
  }
}
await server.close();
await queried.close();
h.done();

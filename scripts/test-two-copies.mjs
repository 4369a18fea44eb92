#!/usr/bin/env node
// npm run test:two-copies: two copies of the kit on one page (issue 6).
//  1. the same bundle loaded twice (two URLs, so the module runs twice): no error, no warning;
//  2. two builds of different versions, both complete: no error, the first registration wins, ONE warning names
//     both versions, the page works;
//  3. copy A (v<package>) is the badge-only bundle (provider + badge), copy B (another version) the full bundle, so
//     B registers the other elements: B's elements find A's provider (settings, dataset, ledger through the shared
//     context keys) and A's provider records what B's elements do.
// Runs in Chromium (playwright-core), Firefox ESR (puppeteer-core) and WebKitGTK (WebDriver; under xvfb-run,
// started here when there is no display; ECO_NO_WEBKIT=1 skips it).
import { ENGINES, buildBundles, harness, assert, openPage, pkgVersion, serve, withDisplay } from '../test/e2e/lib.mjs';

withDisplay();

const OTHER = '9.9.9-second-copy';

const body = `<eco-provider locale="de" currency="EUR" country="DE">
  <eco-footprint-badge id="badge" category="apparel.t-shirt" weight-grams="180"></eco-footprint-badge>
  <eco-alternatives id="alts"></eco-alternatives>
  <eco-delivery-options id="delivery" name="delivery" parcel-weight-grams="900">
    <option value="home" data-kind="home" data-price="4.9">Home</option>
    <option value="locker" data-kind="locker" data-price="2.9">Locker</option>
  </eco-delivery-options>
  <eco-savings-counter id="savings"></eco-savings-counter>
</eco-provider>`;
const page = (scripts) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>two copies</title>
<script src="/probe.js"></script>
${scripts.map((s) => `<script type="module" src="${s}"></script>`).join('\n')}
<script type="module" src="/setup.js"></script>
</head><body>${body}</body></html>`;

// Classic script, before the kit: records errors and the kit's console warnings in every engine (WebDriver has no console events).
const probe = `window.__errors = []; window.__warnings = [];
window.addEventListener('error', function (e) { window.__errors.push(String(e.message)); });
window.addEventListener('unhandledrejection', function (e) { window.__errors.push(String(e.reason)); });
var warn = console.warn, error = console.error;
console.warn = function () { window.__warnings.push([].map.call(arguments, String).join(' ')); return warn.apply(console, arguments); };
console.error = function () { window.__errors.push('console.error: ' + [].map.call(arguments, String).join(' ')); return error.apply(console, arguments); };`;

// Runs after both copies: uses the elements, then reports what the page shows.
const setup = `const tags = ['eco-provider', 'eco-footprint-badge', 'eco-alternatives', 'eco-delivery-options', 'eco-savings-counter', 'eco-seller-badge'];
await Promise.all(tags.slice(0, 5).map((t) => customElements.whenDefined(t)));
const $ = (id) => document.getElementById(id);
const alts = $('alts');
alts.product = { id: 'tee-1', category: 'apparel.t-shirt', weightGrams: 1500, price: 20 };
alts.candidates = [{ id: 'tee-2', name: 'Light tee', category: 'apparel.t-shirt', weightGrams: 100, price: 22 }];
for (const id of ['badge', 'alts', 'delivery', 'savings']) await $(id).updateComplete;
alts.shadowRoot.querySelector('[part~="action"]').click();
$('delivery').shadowRoot.querySelector('[role="radio"][data-id="locker"]').click();
await new Promise((r) => setTimeout(r, 1500));
const provider = document.querySelector('eco-provider');
const text = (id, sel) => ($(id).shadowRoot?.querySelector(sel)?.textContent ?? '').replace(/\\s+/g, ' ').trim();
window.__result = {
  versions: Object.fromEntries(tags.map((t) => [t, customElements.get(t)?.version ?? null])),
  ledger: provider.ledger.totals(),
  badge: text('badge', '[part~="value"]'),
  items: alts.shadowRoot.querySelectorAll('[part~="item"]').length,
  chosen: text('alts', '[part~="item-chosen"]'),
  delivery: text('delivery', '[part~="option-co2e"]'),
  savings: text('savings', '[part~="value"]'),
  heading: text('savings', '[part~="heading"]'),
};`;

async function visit(browser, url, kind) {
  const { page: p, consoleErrors: errors } = await openPage(browser, url, kind, () => !!window.__result);
  const r = await p.evaluate(() => ({ ...window.__result, errors: window.__errors, warnings: window.__warnings }));
  await p.close();
  return { ...r, consoleErrors: errors };
}

function worksWithOneProvider(r, label) {
  const num = /\p{Nd}/u;
  assert(r.errors.length === 0 && r.consoleErrors.length === 0, `${label}: errors ${JSON.stringify([...r.errors, ...r.consoleErrors])}`);
  assert(num.test(r.badge), `${label}: badge shows "${r.badge}"`);
  assert(r.items >= 1 && r.chosen, `${label}: the swap was not listed or not accepted`);
  assert(num.test(r.delivery), `${label}: delivery shows "${r.delivery}"`);
  // choices are pending ("would save") until the order is placed
  assert(r.ledger.pendingByReason.swaps > 0 && r.ledger.pendingByReason.delivery > 0, `${label}: the provider's ledger did not record both choices for this order: ${JSON.stringify(r.ledger)}`);
  assert(num.test(r.savings) && !/^0\s/.test(r.savings), `${label}: savings counter shows "${r.savings}" (not the provider's ledger)`);
  assert(/CO₂/.test(r.heading) && !/Your CO₂e savings/.test(r.heading), `${label}: savings heading "${r.heading}" is not the provider's German`);
}

const t = harness('Two copies of the kit on one page (issue 6)');
const a = await buildBundles(pkgVersion);
const b = await buildBundles(OTHER);
const server = await serve({
  mounts: { '/a/': a, '/b/': b },
  pages: {
    '/probe.js': { body: probe, type: 'text/javascript' },
    '/setup.js': { body: setup, type: 'text/javascript' },
    '/favicon.ico': { body: '', type: 'image/x-icon' },
    '/same.html': { body: page(['/a/eco-nudge.js', '/a/eco-nudge.js?copy=2']) },
    '/versions.html': { body: page(['/a/eco-nudge.js', '/b/eco-nudge.js']) },
    '/split.html': { body: page(['/a/eco-nudge-badge.js', '/b/eco-nudge.js']) },
  },
});

for (const [name, launch, kind] of ENGINES) {
  let browser;
  try {
    browser = await launch();
  } catch (e) {
    await t.check(`${name}: launch`, () => { throw e; });
    continue;
  }
  await t.check(`${name}: the same bundle twice: no error, no warning, works`, async () => {
    const r = await visit(browser, `${server.url}/same.html`, kind);
    worksWithOneProvider(r, 'same');
    const kit = r.warnings.filter((w) => /eco-/.test(w));
    assert(kit.length === 0, `warnings: ${JSON.stringify(kit)}`);
    assert(Object.values(r.versions).every((v) => v === pkgVersion), `versions ${JSON.stringify(r.versions)}`);
  });
  await t.check(`${name}: v${pkgVersion} then v${OTHER}: first wins, one warning names both, works`, async () => {
    const r = await visit(browser, `${server.url}/versions.html`, kind);
    worksWithOneProvider(r, 'versions');
    assert(Object.values(r.versions).every((v) => v === pkgVersion), `the first copy did not win every tag: ${JSON.stringify(r.versions)}`);
    const both = r.warnings.filter((w) => w.includes(pkgVersion) && w.includes(OTHER));
    console.log(`      warnings naming both versions: ${both.length}${both.length ? ` ("${both[0]}")` : ''}`);
    assert(both.length === 1, `${both.length} warnings name both versions: ${JSON.stringify(both)}`);
  });
  await t.check(`${name}: badge-only v${pkgVersion} + full v${OTHER}: B's elements use A's provider`, async () => {
    const r = await visit(browser, `${server.url}/split.html`, kind);
    console.log(`      registered: ${JSON.stringify(r.versions)}; ledger ${JSON.stringify(r.ledger)}; savings "${r.savings}"`);
    assert(r.versions['eco-provider'] === pkgVersion && r.versions['eco-footprint-badge'] === pkgVersion, 'copy A did not keep provider and badge');
    assert(r.versions['eco-alternatives'] === OTHER && r.versions['eco-savings-counter'] === OTHER && r.versions['eco-delivery-options'] === OTHER, 'copy B did not register the other elements');
    worksWithOneProvider(r, 'split');
    const both = r.warnings.filter((w) => w.includes(pkgVersion) && w.includes(OTHER));
    assert(both.length === 1, `${both.length} warnings name both versions`);
  });
  await browser.close();
}
await server.close();
t.done();

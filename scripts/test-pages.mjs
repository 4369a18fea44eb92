#!/usr/bin/env node
// npm run test:pages: the page entries and the autoloader (dist/pages/, issue 15) as a merchant deploys them, under
// the strict policy of issue 6 (default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script').
//  1. listing, product and checkout pages, each with its entry only: every element of the page renders its figure,
//     the shared core chunk is fetched once, the code of elements the page does not use is not fetched, and nothing
//     is blocked or thrown; a listing fetches the category families of its badges' products and no other, a product
//     page those of its product and alternatives, a checkout those of its order's lines (none without an order); the
//     citations load only where a full badge's details cite them (product page), after the first paint;
//  2. a page with the autoloader only: the elements on the page are defined and render, the others are not fetched;
//  3. the production build's developer warnings print the code and its docs link and no teaching text; the
//     development build (dist/development/, the `development` export condition) prints the teaching text.
//  4. the engine's error and issue texts: the teaching text is in the development build only.
// Builds the entries into temporary folders (scripts/bundles.mjs, the settings of npm run build). Chromium, Firefox
// and WebKit like the other end-to-end checks (ECO_NO_WEBKIT=1 skips WebKit).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pageFiles } from './bundles.mjs';
import { ENGINES, assert, harness, openPage, serve, withDisplay } from '../test/e2e/lib.mjs';

withDisplay();

const POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'";

const probe = `window.__violations = []; window.__errors = []; window.__warnings = [];
document.addEventListener('securitypolicyviolation', function (e) { window.__violations.push(e.violatedDirective + ' ' + e.blockedURI); });
window.addEventListener('error', function (e) { window.__errors.push(String(e.message)); });
window.addEventListener('unhandledrejection', function (e) { window.__errors.push(String(e.reason)); });
var warn = console.warn;
console.warn = function () { window.__warnings.push([].map.call(arguments, String).join(' ')); return warn.apply(console, arguments); };`;

const BODIES = {
  listing: `<eco-provider><eco-footprint-badge id="a" category="apparel.t-shirt" weight-grams="180"></eco-footprint-badge>
<eco-footprint-badge id="b" category="electronics.laptop" variant="bogus"></eco-footprint-badge>
<eco-footprint-badge id="c" result="v=1;g=4200;lo=3100;hi=5600;gr=C;m=categoryWeight;ds=2026.1;cat=apparel.t-shirt;r=0.82;typ=5100"></eco-footprint-badge></eco-provider>`,
  // badges given results computed ahead of time: no engine, no data, no bundler runtime before first paint
  'listing-precomputed': `<eco-provider><eco-footprint-badge id="a" result="v=1;g=4200;lo=3100;hi=5600;gr=C;m=categoryWeight;ds=2026.1;cat=apparel.t-shirt;r=0.82;typ=5100"></eco-footprint-badge>
<eco-footprint-badge id="b" category="apparel.t-shirt" result="v=1;g=3900;lo=3100;hi=5600;gr=C;m=categoryWeight;ds=2026.1;cat=apparel.t-shirt;r=0.82;typ=5100"></eco-footprint-badge></eco-provider>`,
  product: `<eco-provider><eco-footprint-badge id="a" category="apparel.jeans" weight-grams="650" variant="full"></eco-footprint-badge>
<eco-alternatives id="alts"></eco-alternatives>
<eco-seller-badge id="seller" seller-id="s1" sector="apparel" emissions-kg="120000" revenue="2500000" currency="EUR" year="2024"></eco-seller-badge></eco-provider>`,
  checkout: `<eco-provider><eco-delivery-options id="delivery" parcel-weight-grams="900">
<option value="home" data-kind="home">Home</option><option value="locker" data-kind="locker">Locker</option></eco-delivery-options>
<eco-savings-counter id="savings" saved-grams="1500" community-grams="500000000000"></eco-savings-counter>
<eco-order-footprint id="order" delivery="locker"></eco-order-footprint></eco-provider>`,
};
BODIES.autoload = BODIES.listing;
const NEEDS = { listing: ['eco-footprint-badge'], 'listing-precomputed': ['eco-footprint-badge'], product: ['eco-footprint-badge', 'eco-alternatives', 'eco-seller-badge'], checkout: ['eco-delivery-options', 'eco-savings-counter', 'eco-order-footprint'], autoload: ['eco-footprint-badge'] };
const ALL = ['eco-footprint-badge', 'eco-alternatives', 'eco-seller-badge', 'eco-delivery-options', 'eco-savings-counter', 'eco-order-footprint'];
/** The category families each page's elements show (test 1): fetched; the others never are. */
const FAMILIES = { listing: ['apparel', 'electronics'], product: ['apparel'], checkout: ['apparel'] };

const setup = (page) => `await Promise.all(${JSON.stringify(NEEDS[page])}.map((t) => customElements.whenDefined(t)));
const alts = document.getElementById('alts');
if (alts) {
  alts.product = { id: 'j1', name: 'Jeans', category: 'apparel.jeans', weightGrams: 900, price: 60 };
  alts.candidates = [{ id: 'j2', name: 'Light jeans', category: 'apparel.jeans', weightGrams: 400, price: 65 }];
}
const order = document.getElementById('order');
if (order) order.lines = [{ product: { category: 'apparel.t-shirt', weightGrams: 180 }, quantity: 2 }];
await new Promise((r) => setTimeout(r, 500));
for (const el of document.querySelectorAll('*')) if (el.updateComplete) await el.updateComplete;
const settle = async (f) => { for (let i = 0; i < 200 && !f(); i++) await new Promise((r) => setTimeout(r, 50)); };
const text = (id, sel) => { const el = document.getElementById(id); const n = sel ? el?.shadowRoot?.querySelector(sel) : el?.shadowRoot; return (n?.textContent ?? '').replace(/\\s+/g, ' ').trim(); };
// a full badge's sources line fills in once the citations are loaded (on idle, after the first paint)
if (document.querySelector('eco-footprint-badge[variant="full"]')) await settle(() => !text('a', '[part~="sources"]').includes('\u2026'));
window.__result = { sources: text('a', '[part~="sources"]'), a: text('a', '[part~="value"]'), b: text('b', '[part~="value"]'), c: text('c', '[part~="value"]'), alts: document.getElementById('alts')?.shadowRoot?.querySelectorAll('[part~="item"]').length ?? 0, seller: text('seller', '[part~="value"]'), delivery: text('delivery', '[part~="option-co2e"]'), savings: text('savings', '[part~="value"]'), order: text('order', '[part~="value"]') };
window.__ready = true;`;

const t = harness('Page entries and autoloader (issue 15): strict CSP, one core chunk, production and development builds');
const builds = {};
for (const development of [false, true]) {
  const dir = mkdtempSync(join(tmpdir(), `eco-pages-${development ? 'dev' : 'prod'}-`));
  const chunks = await pageFiles({ write: true, development, outDir: dir });
  builds[development ? 'development' : 'production'] = { dir, chunks };
}
// the engine's teaching messages (its errors' and issues' texts): in the development build; the production build
// carries a short cause instead (src/internal/dev.ts), codes and paths unchanged (the engine tests assert those)
await t.check('engine messages: teaching text in development only', () => {
  const has = (kind, text) => builds[kind].chunks.some((c) => c.code.includes(text));
  for (const text of ['Fix these fields or leave them out', 'or add the category with extendDataset()', 'Give emissionsKg', 'Check it against the PACT Technical Specifications',
    // the checkout elements' input texts (delivery options, order footprint through the engine's cart check)
    'the valid options are offered', 'a cart needs only category and weight'])
    assert(has('development', text) && !has('production', text), `"${text}": development ${has('development', text)}, production ${has('production', text)}`);
});
const elementChunk = (chunks, tag) => chunks.find((c) => !c.isEntry && c.facadeModuleId?.endsWith(`/src/define/${tag.slice(4)}.ts`))?.fileName ?? chunks.find((c) => !c.isEntry && Object.keys(c.modules).some((id) => id.endsWith(`/components/${tag.slice(4)}/${tag.slice(4)}.ts`)))?.fileName;

const servers = {};
for (const [kind, { dir }] of Object.entries(builds)) {
  const pages = { '/probe.js': { body: probe, type: 'text/javascript' }, '/favicon.ico': { body: '', type: 'image/x-icon' } };
  for (const page of Object.keys(BODIES)) {
    pages[`/${page}.html`] = { body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${page}</title><script src="/probe.js"></script><script type="module" src="/kit/${page}.js"></script><script type="module" src="/setup-${page}.js"></script></head><body>${BODIES[page]}</body></html>` };
    pages[`/setup-${page}.js`] = { body: setup(page), type: 'text/javascript' };
  }
  servers[kind] = await serve({ mounts: { '/kit/': dir }, pages, headers: { 'content-security-policy': POLICY } });
}

for (const [name, launch, driver] of ENGINES) {
  let browser;
  try {
    browser = await launch();
  } catch (e) {
    t.check(`${name}: launch`, () => { throw e; });
    continue;
  }
  for (const kind of ['production', 'development']) {
    const server = servers[kind];
    const { chunks } = builds[kind];
    const core = chunks.find((c) => c.name === 'core').fileName;
    for (const page of kind === 'production' ? Object.keys(BODIES) : ['listing']) {
      await t.check(`${name}, ${kind}: ${page} page`, async () => {
        const before = server.requests.length;
        const { page: p, consoleErrors } = await openPage(browser, `${server.url}/${page}.html`, driver, () => window.__ready === true, { timeout: 60000, tolerateTimeout: true });
        const r = await p.evaluate(() => ({ ...window.__result, ready: window.__ready === true, violations: window.__violations, errors: window.__errors, warnings: window.__warnings }));
        await p.close();
        const requests = server.requests.slice(before);
        assert(r.ready, `the page never got ready: ${JSON.stringify(r)} ${consoleErrors.join(' | ')}`);
        assert(!r.violations.length && !r.errors.length && !consoleErrors.length, `violations ${JSON.stringify(r.violations)}, errors ${JSON.stringify(r.errors)} ${consoleErrors.join(' | ')}`);
        const figure = /\d.*(g|kg|t) CO₂e/;
        if (page !== 'checkout') assert(figure.test(r.a), `badge: "${r.a}"`);
        if (page === 'product') assert(r.alts >= 1 && figure.test(r.seller), `alternatives ${r.alts}, seller "${r.seller}"`);
        if (page === 'checkout') assert(figure.test(r.delivery) && /\d/.test(r.savings) && figure.test(r.order), `delivery "${r.delivery}", savings "${r.savings}", order "${r.order}"`);
        const coreLoads = requests.filter((q) => q === `/kit/${core}`).length;
        assert(coreLoads === 1, `core chunk ${core} fetched ${coreLoads} times`);
        for (const tag of ALL.filter((x) => !NEEDS[page].includes(x))) {
          const file = elementChunk(chunks, tag);
          assert(file && !requests.includes(`/kit/${file}`), `${page} fetched ${file} for <${tag}>, which it does not show`);
        }
        // the citations: fetched where a full badge cites them (after its first paint), never on the other page
        // entries (the autoloader's define modules bring the whole dataset)
        const sources = chunks.find((c) => c.name === 'data-sources')?.fileName;
        if (page !== 'autoload') assert(sources && requests.includes(`/kit/${sources}`) === (page === 'product'), `the citations (${sources}) were ${page === 'product' ? 'not fetched' : 'fetched'} by the ${page} page`);
        if (page === 'product') assert(/ADEME Impact CO2/.test(r.sources) && !r.sources.includes('\u2026'), `sources line: "${r.sources}"`);
        if (FAMILIES[page]) {
          // the category families its elements show only (listing: a T-shirt and a laptop; product: jeans and jeans;
          // checkout: an order of T-shirts), each a chunk of its own
          const family = (f) => chunks.find((c) => c.name === `data-${f}`)?.fileName;
          for (const f of ['apparel', 'electronics', 'food', 'home']) {
            const want = FAMILIES[page].includes(f);
            assert(family(f) && requests.includes(`/kit/${family(f)}`) === want, `the ${f} family (${family(f)}) was ${want ? 'not fetched' : 'fetched'} by the ${page} page (its elements show ${FAMILIES[page].join(' and ')})`);
          }
        }
        if (page === 'listing-precomputed') {
          assert(r.a === '4.2 kg CO₂e' && r.b === '3.9 kg CO₂e', `precomputed badges: "${r.a}", "${r.b}"`);
          // before and after first paint: no engine, no data, and no bundler runtime (only the reader's chunk needed one)
          const fetched = requests.filter((q) => q.startsWith('/kit/')).map((q) => q.slice(5));
          const unwanted = fetched.filter((f) => /^(listing_product_checkout|listing_product-|data-|rolldown-runtime|badge-engine|precomputed-on-demand)/.test(f));
          assert(!unwanted.length, `the precomputed listing fetched ${unwanted.join(', ')}`);
        }
        if (page === 'listing') {
          assert(figure.test(r.b), `laptop badge: "${r.b}"`);
          // a badge given a result on this page: its reader loads on demand (a facade and the reader's chunk)
          assert(r.c === '4.2 kg CO₂e', `result badge: "${r.c}"`);
          const reader = chunks.find((c) => c.name === 'precomputed')?.fileName;
          assert(reader && requests.includes(`/kit/${reader}`), `the reader of results (${reader}) was not fetched`);
          const w = r.warnings.filter((x) => x.includes('invalid-variant'));
          assert(w.length === 1, `warnings: ${JSON.stringify(r.warnings)}`);
          const teaching = /is invalid \(expected/.test(w[0]);
          assert(/warnings\.md#invalid-variant/.test(w[0]), `no docs link: ${w[0]}`);
          assert(kind === 'production' ? !teaching : teaching, `${kind} warning: ${w[0]}`);
          console.log(`      ${kind} warning: ${w[0]}`);
        }
        console.log(`      ${requests.filter((q) => q.startsWith('/kit/')).length} kit files fetched: ${requests.filter((q) => q.startsWith('/kit/')).map((q) => q.slice(5)).join(', ')}`);
      });
    }
  }
  await browser.close();
}
for (const s of Object.values(servers)) await s.close();
t.done();

#!/usr/bin/env node
// npm run test:ssr
// @lit-labs/ssr renders <eco-provider> + <eco-footprint-badge> to HTML with declarative shadow DOM in Node
// (from dist/, through the exports map). Chromium then loads that HTML with JavaScript disabled and finds the value
// and the grade; then with JavaScript on, finds the page hydrated: the server's nodes reused, no duplicate content,
// no error, and the elements interactive. Also renders the alternatives, delivery options and savings counter in Node
// (SSR safety of every element). Prints "N passed, N failed"; exits 1 on failure.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'vite';
import { assert, ensureDist, launchChromium, root, serve, suite } from '../interop/lib.mjs';

const OUT = join(root, '.cache/ssr');
const TIMEOUT = 15_000; // waits end as soon as the condition holds; the margin is for loaded CI machines

ensureDist();
const { renderDocument } = await import('./render.mjs');

// The browser side, bundled with Vite (one copy of lit, production build): hydrate support as its own entry,
// loaded first, and the client that hydrates the page and defines the elements.
rmSync(OUT, { recursive: true, force: true });
await build({
  configFile: false,
  root: join(root, 'test/ssr'),
  logLevel: 'warn',
  publicDir: false,
  build: {
    outDir: OUT,
    emptyOutDir: true,
    target: 'es2022',
    minify: false,
    rolldownOptions: {
      input: { 'hydrate-support': join(root, 'test/ssr/hydrate-support.js'), client: join(root, 'test/ssr/client.js') },
      output: { entryFileNames: '[name].js', chunkFileNames: '[name]-[hash].js' },
    },
  },
});

const product = {
  id: 'jeans-loop',
  name: 'Loop Denim Slim',
  category: 'apparel.jeans',
  weightGrams: 600,
  materials: [{ material: 'cotton', share: 0.98, recycledShare: 0.4 }, { material: 'elastane', share: 0.02 }],
  originCountry: 'TN',
  price: 79,
  currency: 'EUR',
};
// a supplier's PACT 2.3 footprint: 12 kg CO2e per kilogram, 0.9 kg per jacket, third-party verified
const pactProduct = {
  id: 'jacket-pact',
  name: 'Trail shell jacket',
  category: 'apparel.jacket',
  weightGrams: 900,
  pact: { specVersion: '2.3.0', pcf: { declaredUnit: 'kilogram', unitaryProductAmount: '0.9', pCfExcludingBiogenic: '12', assurance: { assurance: true, providerName: 'Verifier' } } },
};
const IDS = ['compact', 'full', 'pact'];
const cases = [
  { locale: 'en', theme: 'light', product, expect: { unit: /kg CO₂e/ } },
  { locale: 'de', theme: 'dark', product, expect: { unit: /kg CO₂e/, decimal: ',' } },
];

/** In-page helper: what a shopper sees of a badge part ('' when missing or not rendered). */
function partText(id, part) {
  const el = document.getElementById(id)?.shadowRoot?.querySelector(`[part~="${part}"]`);
  return el && el.checkVisibility() ? el.textContent.replace(/\s+/g, ' ').trim() : '';
}

const browser = await launchChromium();
let passed = 0;
let failed = 0;

// Every page is rendered before this process imports `eco-nudge/engine` (which registers the validators itself), so
// the server's PACT figure shows that `loadValidators()` in render.mjs is enough.
const pages = [];
for (const c of cases) pages.push(await renderDocument({ locale: c.locale, theme: c.theme, product: c.product, pactProduct }, ''));
const { estimateFootprint } = await import('eco-nudge/engine');
const pactFootprint = estimateFootprint(pactProduct);
assert(pactFootprint.method === 'declared', 'the PACT product is estimated from its declaration');

for (const [i, c] of cases.entries()) {
  const html = pages[i];
  const server = await serve(OUT, { '/': (_req, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html) });
  const s = suite(`SSR, locale ${c.locale}, theme ${c.theme}`);

  s.gate('Node renders the three badges and the provider with declarative shadow DOM', async () => {
    const dsd = html.match(/<template shadowroot(mode)?="open"/g) ?? [];
    assert(dsd.length >= 4, `expected ≥ 4 shadow roots (provider + 3 badges), found ${dsd.length}`);
    for (const tag of ['eco-provider', 'eco-footprint-badge']) {
      assert(new RegExp(`<${tag}[^>]*>\\s*(<!--[^>]*-->\\s*)*<template shadowroot(mode)?="open"`).test(html), `<${tag}> has no declarative shadow root`);
    }
    assert(/part="grade"[^>]*>(<!--[^>]*-->)*[A-E]</.test(html), 'the grade letter is in the server HTML');
    assert(c.expect.unit.test(html), 'the value with its unit is in the server HTML');
  });

  // ─── JavaScript off: what a crawler, a slow phone or a blocked script sees ───
  s.test('JavaScript disabled: the value and the grade are visible, the PACT figure as declared', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    page.setDefaultTimeout(TIMEOUT);
    page.setDefaultNavigationTimeout(60_000);
    await page.goto(server.url + '/', { waitUntil: 'load' });
    for (const id of IDS) {
      const grade = page.locator(`#${id} [part~="grade"]`);
      const value = page.locator(`#${id} [part~="value"]`);
      assert(await grade.isVisible(), `#${id}: grade not visible`);
      assert(await value.isVisible(), `#${id}: value not visible`);
      const g = (await grade.textContent()).trim();
      const v = (await value.textContent()).trim();
      assert(/^[A-E]$/.test(g), `#${id}: grade is "${g}"`);
      assert(/\d/.test(v) && c.expect.unit.test(v), `#${id}: value is "${v}"`);
      if (c.expect.decimal) assert(!/\d\.\d/.test(v), `#${id}: "${v}" is not formatted for ${c.locale}`);
    }
    const comparison = (await page.locator('#full [part~="comparison"]').textContent()).trim();
    assert(comparison.length > 0, 'the full badge shows its comparison without JavaScript');
    // the engine's figure (the declared 10.8 kg cradle to gate plus the modelled transport, use and end of life)
    const pactValue = (await page.locator('#pact [part~="value"]').textContent()).trim();
    const expected = String(+(pactFootprint.co2eGrams / 1000).toPrecision(2)).replace('.', c.expect.decimal ?? '.');
    assert(pactValue.startsWith(`${expected} kg`), `#pact: value is "${pactValue}", expected ${expected} kg (the engine's declared figure)`);
    const method = await page.locator('#pact [part~="method"]').textContent();
    assert((c.locale === 'de' ? /Lieferant/i : /supplier/i).test(method), `#pact: the method "${method.trim()}" does not say, in ${c.locale}, that the figure is declared by the supplier (the server must render the provider's locale)`);
    await context.close();
  });

  // ─── JavaScript on: hydration ───
  s.test('JavaScript enabled: hydrates reusing the server nodes, no duplicates, no errors', async () => {
    const context = await browser.newContext();
    await context.addInitScript(`window.partText = ${partText};`);
    const page = await context.newPage();
    page.setDefaultTimeout(TIMEOUT);
    page.setDefaultNavigationTimeout(60_000);
    const problems = [];
    page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
    page.on('console', (m) => ['error', 'warning'].includes(m.type()) && problems.push(`console.${m.type()}: ${m.text()}`));
    // Hold the client script until the server HTML is parsed, tag the server-rendered nodes, then let it run.
    await page.route('**/client.js', async (route) => {
      await page.waitForFunction(() => document.readyState !== 'loading');
      await page.evaluate((ids) => {
        for (const id of ids) {
          const sr = document.getElementById(id).shadowRoot;
          window[`before-${id}`] = { value: partText(id, 'value'), grade: partText(id, 'grade') };
          sr.querySelector('[part~="value"]').ssrNode = true;
          sr.querySelector('[part~="grade"]').ssrNode = true;
        }
      }, IDS);
      await route.continue();
    });
    await page.goto(server.url + '/', { waitUntil: 'load' });
    await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true' && customElements.get('eco-footprint-badge'));
    await page.waitForFunction((ids) => ids.every((id) => document.getElementById(id).hasUpdated), IDS);
    const report = await page.evaluate((ids) =>
      ids.map((id) => {
        const host = document.getElementById(id);
        const sr = host.shadowRoot;
        const value = sr.querySelectorAll('[part~="value"]');
        const grade = sr.querySelectorAll('[part~="grade"]');
        return {
          id,
          values: value.length,
          grades: grade.length,
          reused: value[0]?.ssrNode === true && grade[0]?.ssrNode === true,
          before: window[`before-${id}`],
          after: { value: partText(id, 'value'), grade: partText(id, 'grade') },
          templates: host.querySelectorAll('template').length + sr.querySelectorAll('template[shadowrootmode], template[shadowroot]').length,
        };
      }),
      IDS,
    );
    for (const r of report) {
      assert(r.values === 1 && r.grades === 1, `#${r.id}: ${r.values} value and ${r.grades} grade parts after hydration (expected 1 each)`);
      assert(r.reused, `#${r.id}: the server-rendered nodes were replaced instead of hydrated`);
      assert(r.after.value === r.before.value && r.after.grade === r.before.grade, `#${r.id}: "${r.before.grade} · ${r.before.value}" became "${r.after.grade} · ${r.after.value}"`);
      assert(r.templates === 0, `#${r.id}: leftover <template> elements`);
    }
    const counts = await page.evaluate(() => ({
      badges: document.querySelectorAll('eco-footprint-badge').length,
      providers: document.querySelectorAll('eco-provider').length,
      cards: document.querySelectorAll('article.card').length,
    }));
    assert(counts.badges === 3 && counts.providers === 1 && counts.cards === 3, `page content duplicated: ${JSON.stringify(counts)}`);
    // Hydrated means interactive: the full badge's disclosure opens its details.
    const toggle = page.locator('#full [part~="toggle"]');
    await toggle.click();
    await page.waitForFunction(() => document.getElementById('full').shadowRoot.querySelector('[part~="toggle"]').getAttribute('aria-expanded') === 'true');
    assert(await page.locator('#full [part~="details"]').isVisible(), 'the details did not open after hydration');
    assert(problems.length === 0, problems.join('\n'));
    await context.close();
  });

  const r = await s.run();
  passed += r.passed;
  failed += r.failed;
  await server.close();
}

// ─── Every other element is safe to render on a server too (no DOM access in constructors or willUpdate) ───
{
  const { render } = await import('@lit-labs/ssr');
  const { collectResult } = await import('@lit-labs/ssr/lib/render-result.js');
  const { html } = await import('lit');
  const phone = { id: 'phone-new', name: 'Nova 6', category: 'electronics.smartphone', weightGrams: 201, price: 749 };
  const swaps = [{ id: 'phone-refurb', name: 'Refurbished Phone 12', category: 'electronics.smartphone', weightGrams: 164, price: 329, declared: { co2eGrams: 14000, boundary: 'cradle-to-grave' } }];
  const options = [{ id: 'home', label: 'Home delivery', kind: 'home' }, { id: 'pickup', label: 'Pickup point', kind: 'pickup-point' }];
  const s = suite('SSR, the other elements (Node only)');
  const cases = {
    'eco-alternatives': [html`<eco-provider><eco-alternatives .product=${phone} .candidates=${swaps}></eco-alternatives></eco-provider>`, /Refurbished Phone 12/],
    'eco-delivery-options': [html`<eco-provider><eco-delivery-options name="delivery" .options=${options} .parcel=${{ weightGrams: 1000 }}></eco-delivery-options></eco-provider>`, /Pickup point[\s\S]*CO₂e/],
    'eco-savings-counter': [html`<eco-provider><eco-savings-counter saved-grams="1200" community-grams="412000000000000" goal-grams="1500000000000000"></eco-savings-counter></eco-provider>`, /1\.5(\s|&nbsp;)Gt/],
  };
  for (const [tag, [template, text]] of Object.entries(cases)) {
    s.test(`${tag} renders to declarative shadow DOM with its content`, async () => {
      const out = await collectResult(render(template));
      assert(new RegExp(`<${tag}[^>]*>\\s*<template shadowroot(mode)?="open"`).test(out), `<${tag}> has no declarative shadow root`);
      assert(text.test(out.replace(/<!--[^>]*-->/g, '')), `expected ${text} in the server HTML`);
    });
  }
  const r = await s.run();
  passed += r.passed;
  failed += r.failed;
}

await browser.close();
console.log(`\nssr: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);

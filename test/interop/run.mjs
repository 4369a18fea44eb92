#!/usr/bin/env node
// npm run test:interop
// The same badge, alternatives and delivery options used from (a) plain HTML with the single script tag
// dist/eco-nudge.js, (b) a React 19 app and (c) a Vue 3 app, the last two built with Vite's JS API against the
// package's exports map (`import 'eco-nudge/define'`, resolved to dist/). Each is opened in Chromium.
// Before that, vue-tsc type-checks the documented Vue snippet (test/interop/vue/Documented.vue) and the misuses it must
// reject (Misuse.vue) against the generated eco-nudge/vue typings.
// Then the demo storefront (demo/) as `npm start` serves it.
// Builds dist/ first when it is missing or older than src/. Prints "N passed, N failed"; exits 1 on failure.
import { execFile } from 'node:child_process';
import { rmSync } from 'node:fs';
import { promisify } from 'node:util';
import { join } from 'node:path';
import { build } from 'vite';
import { assert, ensureDist, launchChromium, root, serve, suite } from './lib.mjs';
import { demoSuite } from './demo.mjs';

const OUT = join(root, '.cache/interop');
const TIMEOUT = 15_000; // waits end as soon as the condition holds; the margin is for loaded CI machines

ensureDist();

// ─── Vue typings (vue-tsc) ───
const types = suite('Vue typings (vue-tsc, eco-nudge/vue)');
types.test('the documented Vue snippet type-checks and every misuse (variant="huge", :product="123", an unknown eco-* tag, a wrong detail field) is an error', async () => {
  try {
    await promisify(execFile)(process.execPath, [join(root, 'node_modules/vue-tsc/bin/vue-tsc.js'), '-p', join(root, 'test/interop/vue/tsconfig.json')], { cwd: root, encoding: 'utf8' });
  } catch (e) {
    throw new Error(String(e.stdout || e.stderr || e.message).trim());
  }
});
const typed = await types.run();

// ─── Build the framework apps ───
const common = (name) => ({
  configFile: false,
  root: join(root, 'test/interop', name),
  base: './',
  logLevel: 'warn',
  publicDir: false,
  define: { 'process.env.NODE_ENV': '"production"' },
  build: { outDir: join(OUT, name), emptyOutDir: true, target: 'es2022', minify: false, sourcemap: false },
});
rmSync(OUT, { recursive: true, force: true });
await build({ ...common('react'), oxc: { jsx: { runtime: 'automatic', importSource: 'react' } } });
await build({
  ...common('vue'),
  // The full build of Vue compiles the template in the browser (no Vue plugin needed).
  resolve: { alias: { vue: 'vue/dist/vue.esm-bundler.js' } },
  define: { 'process.env.NODE_ENV': '"production"', __VUE_OPTIONS_API__: 'true', __VUE_PROD_DEVTOOLS__: 'false', __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false' },
});

// ─── Check each app in Chromium ───
const server = await serve(root);
const browser = await launchChromium();
const apps = [
  { name: 'plain HTML (dist/eco-nudge.js)', path: '/test/interop/html/index.html', rerender: 'an attribute change (weight-grams) re-renders the badge' },
  { name: 'React 19', path: '/.cache/interop/react/index.html', rerender: 'a new product object from React state re-renders the badge' },
  { name: 'Vue 3', path: '/.cache/interop/vue/index.html', rerender: 'a new product object from a Vue computed re-renders the badge' },
];

/** Text of a shadow part, or '' when absent or not rendered (display:none, hidden). Installed in each page as `partText`. */
function partText(host, part) {
  const el = document.querySelector(host)?.shadowRoot?.querySelector(`[part~="${part}"]`);
  return el && el.checkVisibility() ? el.textContent.replace(/\s+/g, ' ').trim() : '';
}

let passed = typed.passed;
let failed = typed.failed;
for (const app of apps) {
  const context = await browser.newContext();
  await context.addInitScript(`window.partText = ${partText};`);
  const page = await context.newPage();
  page.setDefaultTimeout(TIMEOUT);
  page.setDefaultNavigationTimeout(60_000); // a busy CI machine may take long to load the page; the checks after it stay short
  const problems = [];
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(`console.${m.type()}: ${m.text()}`);
  });
  const until = async (what, fn, arg) => {
    try {
      await page.waitForFunction(fn, arg, { timeout: TIMEOUT });
    } catch {
      throw new Error(`timed out waiting until ${what}`);
    }
  };
  const text = (sel) => page.locator(sel).textContent();
  const badge = () => page.evaluate(() => ({ grade: partText('#badge', 'grade'), value: partText('#badge', 'value') }));

  const s = suite(`${app.name}`);
  let before;
  s.gate('page loads and the elements upgrade', async () => {
    await page.goto(server.url + app.path, { waitUntil: 'load' });
    await until('every eco-* element is defined', () =>
      ['eco-provider', 'eco-footprint-badge', 'eco-alternatives', 'eco-delivery-options'].every((t) => customElements.get(t)),
    );
  });
  s.test('the badge shows a grade (A–E) and a value in CO₂e', async () => {
    await until('the badge shows a grade and a value', () => /^[A-E]$/.test(partText('#badge', 'grade')) && /\d.*CO₂e/.test(partText('#badge', 'value')));
  });
  s.test('eco-footprint-change reaches the app handler with the engine result', async () => {
    await until('the handler wrote the grams', () => Number(document.querySelector('#last-footprint')?.textContent) > 0);
    const grams = Number(await text('#last-footprint'));
    const { value } = await badge();
    const kg = Number(/([\d.,]+)\s*kg/.exec(value)?.[1]?.replace(/,/g, ''));
    assert(!Number.isFinite(kg) || Math.abs(kg * 1000 - grams) / grams < 0.1, `badge shows "${value}" but the event said ${grams} g`);
    before = { grams, value };
  });
  s.test(app.rerender, async () => {
    await page.click('#heavier');
    await until('the handler saw a larger footprint', (g) => Number(document.querySelector('#last-footprint')?.textContent) > g, before.grams);
    await until('the badge text changed', (v) => partText('#badge', 'value') !== v && partText('#badge', 'value') !== '', before.value);
    assert(Number(await text('#footprint-count')) >= 2, 'expected at least two eco-footprint-change events');
  });
  s.test('alternatives list the lower-footprint candidate set through .candidates', async () => {
    const items = page.locator('#alternatives [part~="item"]');
    await items.first().waitFor({ timeout: TIMEOUT });
    const all = await items.allTextContents();
    assert(all.some((t) => t.includes('Refurbished Phone 12')), `expected "Refurbished Phone 12" among ${JSON.stringify(all)}`);
    assert(!all.some((t) => t.includes('Nova 6 Max')), 'the heavier phone must not be offered as a swap');
  });
  s.test('eco-alternative-select reaches the app handler', async () => {
    await page.locator('#alternatives [part~="item"]', { hasText: 'Refurbished Phone 12' }).locator('[part~="action"]').click();
    await until('the handler wrote phone-refurb', () => document.querySelector('#last-alternative')?.textContent === 'phone-refurb');
  });
  s.test('delivery options render one radio per option from .options, each with CO₂e', async () => {
    const radios = page.locator('#delivery [role="radio"]');
    await until('three radios', () => document.querySelector('#delivery')?.shadowRoot?.querySelectorAll('[role="radio"]').length === 3);
    const all = await radios.allTextContents();
    assert(all.every((t) => /CO₂e/.test(t)), `each option should name its CO₂e: ${JSON.stringify(all)}`);
  });
  s.test('a new .options array from the app re-renders the radio group', async () => {
    await page.click('#more-options');
    await until('four radios', () => document.querySelector('#delivery')?.shadowRoot?.querySelectorAll('[role="radio"]').length === 4);
    assert((await page.locator('#delivery [role="radio"]').allTextContents()).some((t) => t.includes('Parcel locker')), 'the new option is shown');
  });
  s.test('eco-delivery-select reaches the app handler', async () => {
    await page.locator('#delivery [role="radio"][data-id="pickup"]').click();
    await until('the handler wrote pickup', () => document.querySelector('#last-delivery')?.textContent === 'pickup');
  });
  s.test('the chosen option is submitted with the form (form-associated)', async () => {
    await page.click('#submit');
    await until('the submit handler read delivery=pickup', () => document.querySelector('#submitted')?.textContent === 'pickup');
  });
  s.test('no error or warning in the console', async () => {
    assert(problems.length === 0, problems.join('\n'));
  });

  const r = await s.run();
  passed += r.passed;
  failed += r.failed;
  await context.close();
}

// The demo storefront uses the same elements through the public API (source, dev server).
const demo = await demoSuite(browser);
passed += demo.passed;
failed += demo.failed;

await browser.close();
await server.close();
console.log(`\ninterop: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);

// The demo storefront, as `npm start` serves it (Vite dev server, straight from the sources, no build step):
// listing, product page, cart and checkout, locale and theme switches that persist across pages.
// Run by test/interop/run.mjs with the same browser.
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';
import { assert, suite } from './lib.mjs';

const TIMEOUT = 30_000; // the dev server transforms modules on first request; waits end as soon as conditions hold

/** In-page: grams from a badge's visible value ("8.4 kg CO₂e", "850 g CO₂e", "1,2 t CO₂e"). */
function badgeGrams(el) {
  const v = el.shadowRoot?.querySelector('[part~="value"]')?.textContent ?? '';
  const m = /([\d.,\s ]+)\s*(t|kg|g)\b/.exec(v);
  if (!m) return NaN;
  const n = Number(m[1].replace(/[\s ]/g, '').replace(/,(?=\d{1,2}$)/, '.').replace(/,/g, ''));
  return n * { t: 1e6, kg: 1e3, g: 1 }[m[2]];
}

export async function demoSuite(browser) {
  const server = await createServer({
    configFile: fileURLToPath(new URL('../../demo/vite.config.ts', import.meta.url)),
    server: { port: 0, strictPort: false },
    logLevel: 'warn',
  });
  await server.listen();
  const base = server.resolvedUrls.local[0].replace(/\/$/, '');
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.addInitScript(`window.badgeGrams = ${badgeGrams};`);
  const page = await context.newPage();
  page.setDefaultTimeout(TIMEOUT);
  page.setDefaultNavigationTimeout(120_000);
  const errors = [];
  const warnings = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console.error: ${m.text()}`);
    else if (m.type() === 'warning' && !m.text().includes('Lit is in dev mode')) warnings.push(m.text().slice(0, 200));
  });
  const until = (what, fn, arg) => page.waitForFunction(fn, arg, { timeout: TIMEOUT }).catch(() => { throw new Error(`timed out waiting until ${what}`); });

  const s = suite('demo storefront (npm start: Vite dev server on the sources)');
  s.gate('listing: at least 24 products in several departments, each with a compact badge showing a grade', async () => {
    await page.goto(`${base}/index.html?locale=en&theme=light`, { waitUntil: 'load' });
    await until('every card has a graded badge', () => {
      const cards = [...document.querySelectorAll('#product-grid > li')];
      return cards.length >= 24 && cards.every((c) => /^[A-E]$/.test(c.querySelector('eco-footprint-badge')?.shadowRoot?.querySelector('[part~="grade"]')?.textContent?.trim() ?? ''));
    });
    const depts = await page.locator('.chips input').count();
    assert(depts >= 6, `expected several departments, found ${depts - 1}`);
  });
  s.test('listing: "Footprint: lowest first" orders the cards by the value their badges show', async () => {
    await page.selectOption('#sort-select', 'footprint');
    await until('the grid is sorted by footprint', () => {
      const g = [...document.querySelectorAll('#product-grid eco-footprint-badge')].map(badgeGrams);
      return g.length >= 24 && g.every((x) => Number.isFinite(x)) && g.every((x, i) => i === 0 || x >= g[i - 1] * 0.95);
    });
  });
  s.test('locale switch: German shop text and German number formats in the badges, kept on the next page', async () => {
    await page.selectOption('#locale-select', 'de');
    await until('the page is German', () => document.querySelector('eco-provider')?.getAttribute('lang') === 'de' && document.querySelector('.hero h1')?.textContent.includes('Wissen'));
    await until('a badge uses a decimal comma', () => [...document.querySelectorAll('#product-grid eco-footprint-badge')].some((b) => /\d,\d/.test(b.shadowRoot?.querySelector('[part~="value"]')?.textContent ?? '')));
    await page.goto(`${base}/cart.html`, { waitUntil: 'load' });
    await until('the cart page is German too', () => document.querySelector('#locale-select')?.value === 'de' && document.querySelector('eco-provider')?.getAttribute('locale') === 'de');
    await page.selectOption('#locale-select', 'en');
  });
  s.test('theme switch: dark sets the provider theme and darkens the page, kept on the next page', async () => {
    await page.selectOption('#theme-select', 'dark');
    await until('dark theme applied', () => document.querySelector('eco-provider')?.getAttribute('theme') === 'dark' && document.documentElement.dataset.theme === 'dark');
    const lum = await page.evaluate(() => {
      const [r, g, b] = getComputedStyle(document.body).backgroundColor.match(/\d+/g).map(Number);
      return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
    });
    assert(lum < 0.3, `the page background is not dark (luminance ${lum.toFixed(2)})`);
    await page.goto(`${base}/index.html`, { waitUntil: 'load' });
    await until('dark theme kept', () => document.querySelector('eco-provider')?.getAttribute('theme') === 'dark');
    await page.selectOption('#theme-select', 'light');
  });
  s.test('product page: full badge with method and range, the seller panel, and a switch to a lower-footprint phone', async () => {
    await page.goto(`${base}/index.html`, { waitUntil: 'load' });
    await page.evaluate(() => localStorage.setItem('harbour-hill:cart', JSON.stringify([{ id: 'phone-new', qty: 1 }])));
    await page.goto(`${base}/product.html?id=phone-new`, { waitUntil: 'load' });
    await until('the full badge shows method and range', () => {
      const sr = document.querySelector('#product-badge')?.shadowRoot;
      return /\S/.test(sr?.querySelector('[part~="method"]')?.textContent ?? '') && /\d/.test(sr?.querySelector('[part~="range"]')?.textContent ?? '');
    });
    assert(await page.locator('section#seller-panel').count() === 1, 'the <section id="seller-panel"> spot is missing');
    await page.locator('#product-alternatives').scrollIntoViewIfNeeded();
    await until("the alternatives' cards show their products' pictures (same-origin SVG files the demo serves)", () => {
      const imgs = [...(document.querySelector('#product-alternatives')?.shadowRoot?.querySelectorAll('[part~="item-image"]') ?? [])];
      return imgs.length > 0 && imgs.every((i) => i.complete && i.naturalWidth > 0 && new URL(i.src).origin === location.origin && /\/images\/[\w-]+\.svg$/.test(i.src));
    });
    await page.locator('#product-alternatives [part~="item"]', { hasText: 'Refurbished Phone 12' }).locator('[part~="action"]').click();
    await until('the cart holds the refurbished phone instead', () => {
      const lines = JSON.parse(localStorage.getItem('harbour-hill:cart') ?? '[]');
      return lines.length === 1 && lines[0].id === 'phone-refurb';
    });
    await until('the toast confirms the switch', () => document.getElementById('toast')?.textContent.includes('Refurbished Phone 12'));
  });
  s.test('product page with a PACT document: the badge says the figure is verified', async () => {
    await page.goto(`${base}/product.html?id=headphones-oe2`, { waitUntil: 'load' });
    await until('the method says verified', () => /verified/i.test(document.querySelector('#product-badge')?.shadowRoot?.querySelector('[part~="method"]')?.textContent ?? ''));
  });
  s.test('cart and checkout: delivery options in the form, packaging opt-out, savings with community progress, order placed', async () => {
    await page.goto(`${base}/cart.html`, { waitUntil: 'load' });
    await until('delivery options rendered in the checkout form', () => document.querySelectorAll('form#checkout eco-delivery-options')[0]?.shadowRoot?.querySelectorAll('[role="radio"]').length >= 4);
    assert(await page.locator('#delivery input[type="checkbox"]').count() === 1, 'no packaging opt-out checkbox');
    await until('the savings counter shows the swap and the community progress', () => {
      const sr = document.querySelector('#savings')?.shadowRoot;
      return !!sr && /[1-9]/.test(sr.textContent) && /1[.,]5\s*Gt/.test(sr.textContent);
    });
    await page.locator('#delivery [role="radio"][data-id="cargo-bike"]').click();
    await page.locator('#delivery input[type="checkbox"]').check();
    await until('the summary shows the delivery price', () => document.querySelector('#summary')?.textContent.includes('5.90'));
    await until('the order footprint above the delivery choice follows it and the declined packaging', () => {
      const t = document.querySelector('form#checkout eco-order-footprint')?.shadowRoot?.textContent ?? '';
      return t.includes('Cargo-bike') && t.includes('Without extra packaging') && /Your choices save/.test(t);
    });
    await until('the packaging saving reaches the savings counter', () => /Less packaging/.test(document.querySelector('#savings')?.shadowRoot?.textContent ?? ''));
    await until('before the order is placed, the swap and the choices "would save"', () => /Would save with this order/.test(document.querySelector('#savings')?.shadowRoot?.querySelector('[part~="label"]')?.textContent ?? ''));
    await page.click('#checkout button[type="submit"]');
    await until('the order is confirmed with the chosen delivery and no extra packaging', () => {
      const c = document.querySelector('.confirmation')?.textContent ?? '';
      return c.includes('Cargo-bike') && c.includes('without extra packaging');
    });
    await until('placing the order credited them: "Saved with your orders"', () => /Saved with your orders/.test(document.querySelector('#savings')?.shadowRoot?.querySelector('[part~="label"]')?.textContent ?? ''));
  });
  s.test('no error in the console (dev-mode Lit warnings are listed, not counted)', async () => {
    if (warnings.length) console.log(`      warnings seen: ${[...new Set(warnings)].join(' | ')}`);
    assert(errors.length === 0, errors.join('\n'));
  });

  const result = await s.run();
  await context.close();
  await server.close();
  return result;
}

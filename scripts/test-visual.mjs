// Screenshot test of every element and state (test/visual/scenarios.mjs) at 320, 768 and 1280 px, light and dark, in
// Debian's Chromium, against the PNGs committed in test/visual/baselines/ (pixelmatch, small tolerance). In the same
// pass, at every width and at 280 px: no element makes the page scroll sideways or reaches past the viewport, and no value is
// separated from its unit by a line break. `npm run test:visual -- --update` rewrites the baselines (look at them).
// Deterministic: the kit's single-file bundle, fixed page font (DejaVu Sans), reduced motion, animations disabled.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import pixelmatch from 'pixelmatch';
import { buildBundles, launchChromium, root } from '../test/e2e/lib.mjs';
import { scenarios, THEMES, WIDTHS } from '../test/visual/scenarios.mjs';

const update = process.argv.includes('--update');
const only = process.argv.find((a) => a.startsWith('--only='))?.slice(7);
const baseDir = join(root, 'test/visual/baselines');
const outDir = join(root, 'test/visual/output');
const MAX_DIFF = 0.003; // share of pixels allowed to differ (antialiasing), each compared with threshold 0.1
rmSync(outDir, { recursive: true, force: true });
mkdirSync(baseDir, { recursive: true });

const page = (s, theme) => `<!doctype html><html lang="${s.locale ?? 'en'}" class="${theme}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>${s.id}</title><style>
:root { color-scheme: light; font: 16px/1.5 'DejaVu Sans', sans-serif; color: #1b1d1f; background: #fff; }
:root.dark { color-scheme: dark; color: #e8eaed; background: #131517; }
body { margin: 0; padding: 12px; }
#frame { display: flow-root; }
.row { display: flex; flex-wrap: wrap; gap: 8px; margin: 0; }
.card { display: grid; gap: 8px; max-inline-size: 360px; padding: 16px; border: 1px solid #8889; border-radius: 12px; background: light-dark(#f7f7f5, #1d2023); }
</style></head><body><div id="frame"><eco-provider theme="${theme}" locale="${s.locale ?? 'en'}" currency="EUR" country="DE" ${s.provider ?? ''}>${s.body}</eco-provider></div>
<script type="module">
import '/kit/eco-nudge.js';
const setup = ${JSON.stringify(s.setup ?? {})};
for (const [tag, props] of Object.entries(setup)) for (const el of document.querySelectorAll(tag)) Object.assign(el, props);
</script></body></html>`;

/** In the page: sideways scrolling, elements past the viewport, and a value broken from its unit across lines. */
const CHECKS = () => {
  const out = [];
  const vw = document.documentElement.clientWidth;
  if (document.documentElement.scrollWidth > vw) out.push(`the page scrolls sideways (${document.documentElement.scrollWidth} px wide in ${vw} px)`);
  const walk = (rootNode, visit) => {
    for (const n of rootNode.querySelectorAll('*')) {
      visit(n);
      if (n.shadowRoot) walk(n.shadowRoot, visit);
    }
  };
  const unit = /\d[\d.,\u00a0\u202f ]*(?:[–～~-]\s?\d[\d.,]*)?[\s\u00a0\u202f]?(?:kg|g|t|lb|oz|Mt|Gt|km|mi)(?![\p{L}])(?:[\s\u00a0\u202f]?CO₂e)?/gu;
  walk(document, (el) => {
    const r = el.getBoundingClientRect();
    if (r.width && el.getRootNode() !== document && r.right > vw + 0.5) out.push(`<${el.localName} part="${el.getAttribute('part') ?? ''}" class="${el.getAttribute('class') ?? ''}"> reaches ${Math.round(r.right)} px in ${vw} px`);
    for (const t of el.childNodes) {
      if (t.nodeType !== 3) continue;
      for (const m of t.data.matchAll(unit)) {
        const range = document.createRange();
        range.setStart(t, m.index);
        range.setEnd(t, m.index + m[0].trimEnd().length);
        const tops = new Set([...range.getClientRects()].filter((q) => q.width > 0).map((q) => Math.round(q.top / 4)));
        if (tops.size > 1) out.push(`"${m[0].trim()}" is broken across lines`);
      }
    }
  });
  return out;
};

/** Writes the baseline (`--update`) or compares with it (a missing baseline fails); a difference leaves actual and diff in test/visual/output/. */
function compare(name, png, where) {
  const file = join(baseDir, name);
  if (update) {
    writeFileSync(file, png);
    written++;
    return;
  }
  if (!existsSync(file)) {
    mkdirSync(outDir, { recursive: true });
    writeFileSync(join(outDir, name), png);
    failures.push(`${where}: no baseline test/visual/baselines/${name} (run \`npm run test:visual -- --update\`, look at it, commit it)`);
    return;
  }
  const a = PNG.sync.read(readFileSync(file));
  const b = PNG.sync.read(png);
  compared++;
  let bad = a.width !== b.width || a.height !== b.height ? `size ${b.width}×${b.height}, baseline ${a.width}×${a.height}` : '';
  if (!bad) {
    const diff = new PNG({ width: a.width, height: a.height });
    const n = pixelmatch(a.data, b.data, diff.data, a.width, a.height, { threshold: 0.1 });
    if (n / (a.width * a.height) > MAX_DIFF) {
      bad = `${n} pixels differ`;
      mkdirSync(outDir, { recursive: true });
      writeFileSync(join(outDir, name.replace('.png', '.diff.png')), PNG.sync.write(diff));
    }
  }
  if (bad) {
    mkdirSync(outDir, { recursive: true });
    writeFileSync(join(outDir, name), png);
    failures.push(`${where}: differs from test/visual/baselines/${name} (${bad}); see test/visual/output/`);
  }
}

const failures = [];
let compared = 0;
let written = 0;
const dir = await buildBundles();
const pages = {};
for (const s of scenarios) for (const t of THEMES) pages[`/${s.id}-${t}.html`] = { body: page(s, t) };
// A small static server: the pages, the bundle and its chunks, and a merchant dataset that never arrives (loading state).
const server = createServer((req, res) => {
  const path = new URL(req.url ?? '/', 'http://x').pathname;
  if (path === '/hang.json') return;
  const file = path.startsWith('/kit/') ? join(dir, path.slice(5).replace(/\.\.+/g, '')) : undefined;
  const body = pages[path]?.body ?? (file && existsSync(file) ? readFileSync(file) : undefined);
  res.writeHead(body === undefined ? 404 : 200, { 'content-type': path.endsWith('.js') ? 'text/javascript' : 'text/html; charset=utf-8' });
  res.end(body ?? 'not found');
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const base = `http://127.0.0.1:${server.address().port}`;
const browser = await launchChromium(['--font-render-hinting=none', '--disable-lcd-text', '--force-color-profile=srgb']);
try {
  for (const theme of THEMES) {
    const ctx = await browser.newContext({ viewport: { width: WIDTHS[0], height: 900 }, deviceScaleFactor: 1, reducedMotion: 'reduce', colorScheme: theme });
    for (const s of scenarios) {
      if (only && !s.id.includes(only)) continue;
      const p = await ctx.newPage();
      const errors = [];
      p.on('pageerror', (e) => errors.push(String(e)));
      await p.goto(`${base}/${s.id}-${theme}.html`);
      await p.waitForFunction(() => customElements.get('eco-footprint-badge') !== undefined, null, { timeout: 30000 });
      await p.evaluate(async (settle) => {
        const all = [...document.querySelectorAll('*')].filter((e) => e.localName.startsWith('eco-'));
        if (settle) await Promise.all(all.map((e) => e.updateComplete));
        else await new Promise((r) => setTimeout(r, 300));
        await document.fonts.ready;
      }, s.settle !== false);
      // a scenario's action in the page (a click, a ledger entry), then the elements settle again
      if (s.act) {
        await p.evaluate(s.act);
        await p.evaluate(() => Promise.all([...document.querySelectorAll('*')].filter((e) => e.localName.startsWith('eco-')).map((e) => e.updateComplete)));
      }
      if (s.open) {
        // a badge in another locale shows its figure once that catalog has loaded: wait for every full badge's
        // disclosure, then open each that is closed
        await p.waitForFunction(() => [...document.querySelectorAll('eco-footprint-badge[variant="full"], eco-seller-badge[variant="full"]')].every((el) => el.shadowRoot?.querySelector('[part~="toggle"]')), null, { timeout: 30000 });
        await p.evaluate(async () => {
          for (const el of document.querySelectorAll('eco-footprint-badge, eco-seller-badge')) {
            const toggle = el.shadowRoot?.querySelector('[part~="toggle"]');
            if (toggle?.getAttribute('aria-expanded') === 'false') toggle.click();
            await el.updateComplete;
          }
        });
        // the details' code and catalog may load on demand: wait until every opened panel shows its content
        await p.waitForFunction(() => [...document.querySelectorAll('eco-footprint-badge, eco-seller-badge')].every((el) => {
          const details = el.shadowRoot?.querySelector('[part~="details"]');
          return !details || (!details.hidden && (details.textContent ?? '').trim() !== '');
        }), null, { timeout: 30000 });
        await p.evaluate(() => Promise.all([...document.querySelectorAll('*')].filter((e) => e.localName.startsWith('eco-')).map((e) => e.updateComplete)));
      }
      // 280 px: the narrowest width an element must lay out in; checked for overflow and units, not photographed
      for (const width of [280, ...WIDTHS]) {
        await p.setViewportSize({ width, height: 900 });
        await p.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
        const where = `${s.id} ${width}px ${theme}`;
        const checks = await p.evaluate(CHECKS);
        for (const c of [...checks, ...errors.splice(0)]) failures.push(`${where}: ${c}`);
        if (!WIDTHS.includes(width)) continue;
        const png = await p.locator('#frame').screenshot({ animations: 'disabled', caret: 'hide' });
        compare(`${s.id}-${width}-${theme}.png`, png, where);
      }
      await p.close();
    }
    await ctx.close();
  }
} finally {
  await browser.close();
  server.closeAllConnections();
  server.close();
  rmSync(dir, { recursive: true, force: true });
}
console.log(`visual: ${compared} screenshots compared, ${written} baselines written, ${failures.length} failures`);
for (const f of failures) console.log(`  ✗ ${f}`);
process.exitCode = failures.length ? 1 : 0;

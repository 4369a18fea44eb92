// Shared by the end-to-end reliability checks (scripts/test-*.mjs): single-file bundles built into a temporary
// folder (any version string), a static server that can add response headers (CSP), browsers (Debian's Chromium
// through playwright-core; Firefox ESR through puppeteer-core over WebDriver BiDi), and a tiny harness.
import { createServer } from 'node:http';
import { createReadStream, existsSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../../', import.meta.url));
export const pkgVersion = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version;

/**
 * Builds the single-file bundles `eco-nudge.js` (every element) and `eco-nudge-badge.js` (provider + badge) into a
 * fresh temporary folder, with `version` as the kit version. Same Vite options as the single-file step of
 * scripts/build.mjs (keep them in step), so
 * locale chunks land in `locales/` beside the bundle. Does not touch dist/.
 */
export async function buildBundles(version = pkgVersion) {
  const { build } = await import('vite');
  const literals = existsSync(join(root, 'scripts/minify-literals.mjs')) ? [(await import('../../scripts/minify-literals.mjs')).minifyLiterals()] : [];
  // the production build, as dist/eco-nudge.js ships (scripts/bundles.mjs)
  if (existsSync(join(root, 'src/internal/dev.ts'))) literals.unshift((await import('../../scripts/bundles.mjs')).production());
  const outDir = mkdtempSync(join(tmpdir(), `eco-bundle-${version}-`));
  for (const [name, entry] of [['eco-nudge', 'src/define/all.ts'], ['eco-nudge-badge', 'src/define/badge-only.ts']]) {
    await build({
      logLevel: 'warn', configFile: false, root, publicDir: false,
      define: { __ECO_VERSION__: JSON.stringify(version) },
      plugins: literals,
      build: {
        outDir, emptyOutDir: false, target: 'es2022', minify: true, sourcemap: false,
        lib: { entry: { [name]: entry }, formats: ['es'] },
        rolldownOptions: { preserveEntrySignatures: 'allow-extension', output: { minify: true, entryFileNames: '[name].js', chunkFileNames: `locales/${name}-[name]-[hash].js` } },
      },
    });
  }
  return outDir;
}

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.json': 'application/json', '.css': 'text/css' };

/**
 * Serves on 127.0.0.1 (free port). `mounts` maps a URL prefix to a folder; `pages` maps exact paths to
 * `{ body, type }`; `headers` go on every response. Records every request path in `requests`.
 */
export function serve({ mounts = {}, pages = {}, headers = {} }) {
  const requests = [];
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    requests.push(path);
    const send = (status, type, body) => {
      res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store', ...headers });
      res.end(body);
    };
    if (pages[path]) return send(200, pages[path].type ?? TYPES[extname(path)] ?? 'text/html; charset=utf-8', pages[path].body);
    for (const [prefix, dir] of Object.entries(mounts)) {
      if (!path.startsWith(prefix)) continue;
      const file = normalize(join(dir, path.slice(prefix.length)));
      if (!file.startsWith(normalize(dir + sep)) || !existsSync(file) || !statSync(file).isFile()) break;
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store', ...headers });
      createReadStream(file).pipe(res);
      return;
    }
    send(404, 'text/plain', 'not found');
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve({ url: `http://127.0.0.1:${server.address().port}`, requests, close: () => new Promise((r) => server.close(r)) })),
  );
}

// ─── Browsers (never downloaded) ───
function ensure(browser, paths, env) {
  const found = () => [process.env[env], ...paths].find((p) => p && existsSync(p));
  if (!found()) {
    try {
      execFileSync(process.execPath, [join(root, 'scripts/ensure-browsers.mjs')], { stdio: 'inherit', env: { ...process.env, WTR_BROWSERS: browser } });
    } catch {
      /* it printed why */
    }
  }
  const p = found();
  if (!p) {
    console.error(`This check needs ${browser}: install Debian's package (see scripts/ensure-browsers.mjs) or set ${env}.`);
    process.exit(1);
  }
  return p;
}

export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'];

export async function launchChromium(extraArgs = []) {
  const { chromium } = await import('playwright-core');
  const executablePath = ensure('chromium', ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'], 'CHROME_PATH');
  return chromium.launch({ executablePath, headless: true, args: [...CHROMIUM_ARGS, ...extraArgs] });
}

export async function launchFirefox() {
  const puppeteer = await import('puppeteer-core');
  const executablePath = ensure('firefox', ['/usr/bin/firefox-esr', '/usr/bin/firefox'], 'FIREFOX_PATH');
  return puppeteer.launch({ browser: 'firefox', executablePath, headless: true });
}

/**
 * WebKitGTK's MiniBrowser over classic WebDriver, behind the small page API the checks use (`newPage()`, `goto`,
 * `waitForFunction(fn, _, { timeout })`, `evaluate(fn, arg)`, `close`). Classic WebDriver has no console events:
 * the pages record their own errors, warnings and CSP violations. Needs a display (see `withDisplay`).
 */
export async function launchWebKit() {
  ensure('webkit', ['/usr/bin/WebKitWebDriver'], 'WEBKIT_DRIVER_PATH');
  const { startWebKitDriver } = await import('../../scripts/webkit-launcher.mjs');
  const { remote } = await import('webdriverio');
  const driver = await startWebKitDriver();
  let session;
  try {
    session = await remote(driver.options);
  } catch (e) {
    driver.stop();
    throw e;
  }
  return {
    async newPage() {
      return {
        on() {},
        goto: (url) => session.url(url),
        waitForFunction: (fn, _arg, opts = {}) => session.waitUntil(() => session.execute(fn), { timeout: opts.timeout ?? 30000, interval: 100 }),
        evaluate: (fn, arg) => session.execute(fn, arg),
        close: () => session.url('about:blank'),
      };
    },
    async close() {
      try {
        await session.deleteSession();
      } finally {
        driver.stop();
      }
    },
  };
}

/**
 * MiniBrowser needs an X display: when none is set, re-runs this script under `xvfb-run -a` (installed with
 * webkit2gtk-driver by scripts/ensure-browsers.mjs) and exits with its status. Returns false when it re-ran.
 */
export function withDisplay() {
  if (process.env.DISPLAY || process.env.ECO_NO_WEBKIT) return true;
  ensure('webkit', ['/usr/bin/WebKitWebDriver'], 'WEBKIT_DRIVER_PATH');
  if (!existsSync('/usr/bin/xvfb-run')) {
    console.error('WebKit needs a display: install xvfb and xauth (scripts/ensure-browsers.mjs does as root on Debian), or set ECO_NO_WEBKIT=1 to skip it.');
    process.exit(1);
  }
  try {
    execFileSync('xvfb-run', ['-a', '-s', '-screen 0 1280x1024x24', process.execPath, ...process.argv.slice(1)], { stdio: 'inherit' });
    process.exit(0);
  } catch (e) {
    process.exit(typeof e.status === 'number' ? e.status : 1);
  }
  return false;
}

/** The engines the cross-browser checks run in: Chromium and Firefox always, WebKit unless ECO_NO_WEBKIT is set. */
export const ENGINES = [
  ['Chromium', () => launchChromium(), 'playwright'],
  ['Firefox', () => launchFirefox(), 'puppeteer'],
  ...(process.env.ECO_NO_WEBKIT ? [] : [['WebKit', () => launchWebKit(), 'webdriver']]),
];

// ─── Pages ───
/**
 * Opens `url` in `browser`, records console errors and page errors in `consoleErrors`, and waits until `ready()`
 * (a function, never a string: a strict CSP blocks the eval a string predicate needs) is true in the page.
 * `driver` is 'puppeteer' (waitForFunction(fn, options)) or 'playwright' / 'webdriver' (waitForFunction(fn, arg, options)).
 * With `tolerateTimeout` a page that never gets ready is returned as it is, for the caller to report.
 */
export async function openPage(browser, url, driver, ready, { timeout = 60000, tolerateTimeout = false } = {}) {
  const page = await browser.newPage();
  const consoleErrors = [];
  page.on('console', (m) => {
    const type = typeof m.type === 'function' ? m.type() : m.type;
    if (type === 'error') consoleErrors.push(m.text());
  });
  page.on('pageerror', (e) => consoleErrors.push(`pageerror: ${e.message ?? e}`));
  await page.goto(url, { waitUntil: 'load' });
  try {
    if (driver === 'puppeteer') await page.waitForFunction(ready, { timeout });
    else await page.waitForFunction(ready, undefined, { timeout });
  } catch (e) {
    if (!tolerateTimeout) throw e;
  }
  return { page, consoleErrors };
}

// ─── Harness ───
export function harness(title) {
  let passed = 0;
  let failed = 0;
  const t0 = performance.now();
  console.log(title);
  return {
    async check(name, fn) {
      const t = performance.now();
      try {
        await fn();
        passed++;
        console.log(`  ✓ ${name} (${Math.round(performance.now() - t)} ms)`);
      } catch (e) {
        failed++;
        console.log(`  ✗ ${name}\n      ${String(e?.stack ?? e).split('\n').slice(0, 6).join('\n      ')}`);
      }
    },
    done() {
      console.log(`${passed} passed, ${failed} failed (${((performance.now() - t0) / 1000).toFixed(1)} s)`);
      process.exitCode = failed ? 1 : 0;
    },
  };
}

export function assert(cond, message) {
  if (!cond) throw new Error(message);
}

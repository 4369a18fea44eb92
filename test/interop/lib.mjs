// Shared by the interop and SSR checks: Chromium (Debian's, never downloaded), a static file server,
// a fresh-dist guard and a tiny test harness that prints "N passed, N failed".
import { createServer } from 'node:http';
import { createReadStream, existsSync, readdirSync, statSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../../', import.meta.url));

// ─── Chromium ───
const CHROMIUM_PATHS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

/** Finds Chromium; on Debian as root, scripts/ensure-browsers.mjs installs the `chromium` package when it is missing. */
export function chromiumPath() {
  const found = () => [process.env.CHROME_PATH, ...CHROMIUM_PATHS].find((p) => p && existsSync(p));
  if (!found()) {
    try {
      execFileSync(process.execPath, [join(root, 'scripts/ensure-browsers.mjs')], { stdio: 'inherit', env: { ...process.env, WTR_BROWSERS: 'chromium' } });
    } catch {
      /* it printed why */
    }
  }
  const path = found();
  if (!path) {
    console.error('These checks need Chromium: install the "chromium" package (or set CHROME_PATH to a Chromium or Chrome binary) and run them again.');
    process.exit(1);
  }
  return path;
}

export async function launchChromium() {
  const { chromium } = await import('playwright-core');
  return chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    // Playwright makes its own temporary profile (it refuses --user-data-dir here).
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

// ─── dist/ ───
function newestMtime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(p) : statSync(p).mtimeMs);
  }
  return newest;
}

/** Runs `npm run build` when dist/eco-nudge.js is missing or older than any file in src/. */
export function ensureDist() {
  const bundle = join(root, 'dist/eco-nudge.js');
  const stale = !existsSync(bundle) || statSync(bundle).mtimeMs < newestMtime(join(root, 'src'));
  if (!stale) return;
  console.log(existsSync(bundle) ? 'dist/ is older than src/: running npm run build' : 'dist/ is missing: running npm run build');
  execFileSync(process.execPath, [join(root, 'scripts/build.mjs')], { stdio: 'inherit', cwd: root });
}

// ─── Static server ───
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8', '.json': 'application/json', '.css': 'text/css', '.svg': 'image/svg+xml', '.map': 'application/json' };

/** Serves files under `dir` on 127.0.0.1 (a free port); `routes` maps exact paths to handlers (req, res). */
export function serve(dir, routes = {}) {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (routes[path]) return routes[path](req, res);
    const file = normalize(join(dir, path.endsWith('/') ? `${path}index.html` : path));
    if (!file.startsWith(normalize(dir + sep)) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    createReadStream(file).pipe(res);
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve({ url: `http://127.0.0.1:${server.address().port}`, close: () => new Promise((r) => server.close(r)) })),
  );
}

// ─── Harness ───
export function suite(title) {
  const tests = [];
  return {
    test: (name, fn) => tests.push({ name, fn }),
    /** Like test(), but when it fails the tests after it are not run (they are counted as failed). */
    gate: (name, fn) => tests.push({ name, fn, gate: true }),
    /** Runs the tests in order (later ones may build on earlier ones); returns the counts. */
    async run() {
      let passed = 0;
      let failed = 0;
      let blocked = '';
      console.log(`\n${title}`);
      for (const { name, fn, gate } of tests) {
        if (blocked) {
          failed++;
          console.log(`  ✗ ${name} (not run: "${blocked}" failed)`);
          continue;
        }
        try {
          await fn();
          passed++;
          console.log(`  ✓ ${name}`);
        } catch (e) {
          failed++;
          if (gate) blocked = name;
          console.log(`  ✗ ${name}\n      ${String(e?.message ?? e).split('\n').join('\n      ')}`);
        }
      }
      return { passed, failed };
    },
  };
}

export function assert(cond, message) {
  if (!cond) throw new Error(message);
}

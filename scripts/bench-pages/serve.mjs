// Shared by bench:render and bench:page: esbuild bundles, a static server on 127.0.0.1, and Chromium (playwright-core,
// Debian's /usr/bin/chromium: never a downloaded browser).
import { createServer } from 'node:http';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));

/** Builds dist/ when it is missing or `force` is set; returns a line describing the bundle used. */
export function ensureBuild(force = false) {
  const file = join(ROOT, 'dist/eco-nudge.js');
  if (force || !existsSync(file)) {
    console.log(force ? 'building (npm run build)…' : 'dist/eco-nudge.js is missing: running npm run build…');
    execFileSync('npm', ['run', 'build'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  }
  const st = statSync(file);
  return `dist/eco-nudge.js (${(st.size / 1024).toFixed(1)} kB, built ${st.mtime.toISOString().slice(0, 19).replace('T', ' ')})`;
}

/** One ES module bundled by esbuild from `entry` (or from a list of modules, imported in order), with the project's decorators settings. */
export async function bundle(entry, { minify = true } = {}) {
  const esbuild = await import('esbuild');
  const r = await esbuild.build({
    ...(Array.isArray(entry)
      ? { stdin: { contents: entry.map((e) => `import './${e}';`).join('\n'), resolveDir: ROOT, loader: 'ts' } }
      : { entryPoints: [join(ROOT, entry)] }),
    bundle: true,
    format: 'esm',
    target: 'es2022',
    minify,
    write: false,
    tsconfig: join(ROOT, 'tsconfig.json'),
    define: { __ECO_VERSION__: JSON.stringify(version) },
    logLevel: 'error',
  });
  return r.outputFiles[0].text;
}

const TYPES = { '.js': 'text/javascript', '.mjs': 'text/javascript', '.html': 'text/html', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png', '.jpg': 'image/jpeg', '.webp': 'image/webp' };

/**
 * Serves `routes` (path → string | () => string) and, for other paths, files under `dirs` (url prefix → folder).
 * @returns {Promise<{ origin: string, close(): Promise<void> }>}
 */
export function serve(routes, dirs = {}) {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    const route = routes[path];
    if (route !== undefined) {
      const body = typeof route === 'function' ? route() : route;
      res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? (path.endsWith('/') ? 'text/html' : 'text/javascript'), 'cache-control': 'no-store' });
      return res.end(body);
    }
    for (const [prefix, dir] of Object.entries(dirs)) {
      if (!path.startsWith(prefix)) continue;
      let file = normalize(join(dir, path.slice(prefix.length)));
      if (!file.startsWith(dir)) break;
      if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
      if (!existsSync(file)) break;
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
      return res.end(readFileSync(file));
    }
    res.writeHead(404, { 'content-type': 'text/plain' });
    res.end('not found');
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({ origin: `http://127.0.0.1:${server.address().port}`, close: () => new Promise((r) => server.close(() => r())) }),
    ),
  );
}

/** The launch flags of ../shared/TOOLCHAIN.md (Playwright makes its own temporary profile), plus `extra`. */
export async function launchChromium(extra = []) {
  const { chromium } = await import('playwright-core');
  const executablePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';
  if (!existsSync(executablePath)) throw new Error(`No Chromium at ${executablePath}: install Debian's chromium (apt-get install -y chromium) or set CHROME_PATH.`);
  return chromium.launch({
    executablePath,
    headless: true,
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
      ...extra,
    ],
  });
}

export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const i = s.length >> 1;
  return s.length % 2 ? s[i] : (s[i - 1] + s[i]) / 2;
};

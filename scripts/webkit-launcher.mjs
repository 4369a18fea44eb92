// WebKit for @web/test-runner without a browser download: Debian's WebKitGTK MiniBrowser, driven by its
// WebKitWebDriver over classic WebDriver. MiniBrowser has no headless mode, so the run needs a display:
// `xvfb-run -a web-test-runner` (npm run test:all-browsers does that). Without DISPLAY we stop at once
// with one sentence instead of letting MiniBrowser hang.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer, connect } from 'node:net';
import { WebdriverLauncher } from '@web/test-runner-webdriver';

const DRIVER = process.env.WEBKIT_DRIVER_PATH ?? '/usr/bin/WebKitWebDriver';
const BROWSER_CANDIDATES = [
  process.env.WEBKIT_BROWSER_PATH,
  '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
  '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
  '/usr/libexec/webkit2gtk-4.1/MiniBrowser',
  '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.0/MiniBrowser',
].filter(Boolean);

const freePort = () => new Promise((resolve, reject) => {
  const srv = createServer();
  srv.unref();
  srv.on('error', reject);
  srv.listen(0, '127.0.0.1', () => {
    const { port } = srv.address();
    srv.close(() => resolve(port));
  });
});

const waitForPort = async (port, ms) => {
  const end = performance.now() + ms;
  while (performance.now() < end) {
    const ok = await new Promise((resolve) => {
      const s = connect(port, '127.0.0.1', () => { s.end(); resolve(true); });
      s.on('error', () => resolve(false));
    });
    if (ok) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`WebKitWebDriver did not listen on port ${port} within ${ms} ms`);
};

/**
 * Starts WebKitWebDriver on a free port and returns the webdriverio options for a MiniBrowser session, plus `stop()`.
 * Throws one clear sentence when there is no display, no driver or no MiniBrowser.
 */
export async function startWebKitDriver() {
  if (!process.env.DISPLAY) {
    throw new Error('WebKit (MiniBrowser) needs a display: run under `xvfb-run -a` (npm run test:all-browsers does).');
  }
  if (!existsSync(DRIVER)) {
    throw new Error(`WebKitWebDriver not found at ${DRIVER}: install the Debian package webkit2gtk-driver (or set WEBKIT_DRIVER_PATH).`);
  }
  const binary = BROWSER_CANDIDATES.find((p) => existsSync(p));
  if (!binary) throw new Error('MiniBrowser not found: install the Debian package webkit2gtk-driver (or set WEBKIT_BROWSER_PATH).');
  const port = await freePort();
  const proc = spawn(DRIVER, [`--port=${port}`, '--host=local'], { stdio: ['ignore', 'ignore', 'pipe'] });
  proc.stderr.on('data', (d) => { if (process.env.WEBKIT_DEBUG) process.stderr.write(d); });
  const stop = () => { try { proc.kill(); } catch { /* already gone */ } };
  process.once('exit', stop);
  await waitForPort(port, 10000);
  return {
    stop,
    options: {
      hostname: '127.0.0.1',
      port,
      path: '/',
      logLevel: 'error',
      capabilities: {
        browserName: 'MiniBrowser',
        'wdio:enforceWebDriverClassic': true,
        'webkitgtk:browserOptions': { binary, args: ['--automation'] },
      },
    },
  };
}

class WebKitGtkLauncher extends WebdriverLauncher {
  constructor() {
    super({ capabilities: {} });
    // One page at a time, navigated per test file (no iframes: iframes are small and
    // would change IntersectionObserver, focus and viewport behaviour compared to the other engines).
    this.concurrency = 1;
  }

  async initialize(config) {
    const driver = await startWebKitDriver();
    this.stopDriver = driver.stop;
    this.options = driver.options;
    await super.initialize({ ...config, concurrency: 1 });
    this.name = 'WebKit';
  }

  async stop() {
    await super.stop();
    this.stopDriver?.();
    this.stopDriver = undefined;
  }
}

export const webkitLauncher = () => new WebKitGtkLauncher();

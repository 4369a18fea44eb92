// Tests run in real browsers: Chromium and Firefox by default (Debian's packages, no downloads).
// WTR_BROWSERS=chromium,firefox,webkit selects engines; see scripts/ensure-browsers.mjs for provisioning.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import * as puppeteerCore from 'puppeteer-core';
import { webkitLauncher } from './scripts/webkit-launcher.mjs';

const { version } = JSON.parse(readFileSync('./package.json', 'utf8'));
const wanted = (process.env.WTR_BROWSERS ?? 'chromium,firefox').split(',').map((s) => s.trim());

const chromiumArgs = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage',
  // test pages run side by side in background tabs: keep their timers and visibility observers running
  '--disable-background-timer-throttling', '--disable-renderer-backgrounding', '--disable-backgrounding-occluded-windows'];

// Page loads get 3 minutes instead of puppeteer's 30 s: on a loaded machine opening or leaving a test page took longer.
const createPage = async ({ context }) => {
  const page = await context.newPage();
  page.setDefaultNavigationTimeout(180000);
  return page;
};

const launchers = {
  // One page at a time in Chromium too: a page in a background tab gets no animation frames, so fixtures that
  // wait for a frame (and visibility observers) stall there.
  chromium: () => chromeLauncher({
    concurrency: 1,
    createPage,
    launchOptions: {
      executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
      headless: true,
      args: [...chromiumArgs, `--user-data-dir=${mkdtempSync(join(tmpdir(), 'wtr-'))}`],
    },
  }),
  // One page at a time in Firefox: with two tabs open, keys sent over WebDriver BiDi to the tab that was not the
  // selected one were sometimes lost (keyboard tests failed at random); one page is also gentler on 2 cores.
  firefox: () => chromeLauncher({
    concurrency: 1,
    createPage,
    puppeteer: puppeteerCore,
    launchOptions: {
      browser: 'firefox',
      executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
      headless: true,
    },
  }),
  // WebKitGTK's MiniBrowser through WebKitWebDriver; needs a display (xvfb-run -a), see scripts/webkit-launcher.mjs.
  webkit: () => webkitLauncher(),
};

export default {
  files: ['test/**/*.test.ts', '!test/interop/**', '!test/e2e/**'],
  nodeResolve: { exportConditions: ['browser', 'production'] },
  concurrency: 2,
  plugins: [esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2022', define: { __ECO_VERSION__: JSON.stringify(version) } })],
  browsers: wanted.filter((b) => launchers[b]).map((b) => launchers[b]()),
  // generous per-test limit: CI machines have 2 cores and the property tests run thousands of estimates
  testFramework: { config: { timeout: 60000 } },
  // Generous limits for a loaded 2-core machine: a page took over 60 s to open, and the hostile-input files
  // (2,000 cases per element, arrays of 100,000) need several minutes there. No test asserts a duration.
  browserStartTimeout: 180000,
  testsStartTimeout: 180000,
  testsFinishTimeout: 900000,
  filterBrowserLogs: ({ args }) => !String(args[0]).includes('Lit is in dev mode'),
};

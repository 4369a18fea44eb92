#!/usr/bin/env node
// Finds the browsers the test suite needs; on Debian/Ubuntu as root it installs Debian's packages when they are missing.
// Never downloads a browser build of its own. Prints one sentence and exits 1 when it cannot provide them.
import { existsSync, readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

const wanted = (process.env.WTR_BROWSERS ?? 'chromium,firefox').split(',').map((s) => s.trim()).filter(Boolean);

const candidates = {
  chromium: { env: 'CHROME_PATH', paths: ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'], debs: ['chromium'] },
  firefox: { env: 'FIREFOX_PATH', paths: ['/usr/bin/firefox-esr', '/usr/bin/firefox'], debs: ['firefox-esr'] },
  // MiniBrowser needs a display: xvfb-run must be there as well (scripts/webkit-launcher.mjs).
  webkit: { env: 'WEBKIT_DRIVER_PATH', paths: ['/usr/bin/WebKitWebDriver'], debs: ['webkit2gtk-driver', 'xvfb', 'xauth'], needs: ['/usr/bin/xvfb-run'] },
};

const find = (b) => {
  const c = candidates[b];
  if (c.needs && !c.needs.every((p) => existsSync(p))) return undefined;
  if (process.env[c.env] && existsSync(process.env[c.env])) return process.env[c.env];
  return c.paths.find((p) => existsSync(p));
};

const missing = wanted.filter((b) => candidates[b] && !find(b));
if (missing.length === 0) process.exit(0);

const isDebian = existsSync('/etc/debian_version') || /ID(_LIKE)?=.*(debian|ubuntu)/.test(existsSync('/etc/os-release') ? readFileSync('/etc/os-release', 'utf8') : '');
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const debs = missing.flatMap((b) => candidates[b].debs);

if (!isDebian || !isRoot) {
  console.error(`eco-nudge tests need ${missing.join(' and ')}: install ${debs.join(', ')} with your package manager (or set ${missing.map((b) => candidates[b].env).join(' / ')} to the browser's path) and run npm test again.`);
  process.exit(1);
}

console.error(`[ensure-browsers] installing Debian packages: ${debs.join(' ')}`);
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
try {
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...debs], { stdio: 'inherit', env });
} catch {
  console.error(`eco-nudge tests need ${missing.join(' and ')}, and apt-get could not install ${debs.join(', ')}: install them by hand and run npm test again.`);
  process.exit(1);
}
const still = missing.filter((b) => !find(b));
if (still.length) {
  console.error(`eco-nudge tests need ${still.join(' and ')}, which is still missing after apt-get: install it by hand and run npm test again.`);
  process.exit(1);
}

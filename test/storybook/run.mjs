#!/usr/bin/env node
/**
 * npm run test:storybook: the story smoke test.
 *
 * Builds Storybook (unless --no-build), serves storybook-static/ on 127.0.0.1, and opens every entry of its
 * index.json in Debian's Chromium through playwright-core (never a downloaded browser):
 *   - each story: it rendered (the story root has visible text, piercing shadow roots), Storybook reported no
 *     render or play-function error, the page logged no console error or uncaught exception, and axe-core finds
 *     no violation in the story root (WCAG 2.x A/AA + best practices; "region" is off: a story is a fragment);
 *   - each docs page (autodocs and MDX): it rendered, with no error and no console error; each story's canvas is as
 *     tall as its story (no empty reserved height, nothing clipped), no code block hides part of a line, the page does
 *     not scroll sideways, and axe finds no violation in the live examples (the stories and `.eco-story` blocks);
 *   - story names: an aspect word ("Locale", "Theme", "Grade", "Units", "Country", "Error", "Strategy", "Max") is
 *     followed by ": " (one scheme: "Locale: German", not "Locale De").
 * Prints one line per failure, then `N passed, N failed`; exits 1 when anything failed.
 *
 * Options: --no-build (reuse storybook-static/), --filter <text> (only ids containing text), --jobs <n>.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { chromium } from 'playwright-core';

const root = new URL('../..', import.meta.url).pathname;
const staticDir = join(root, 'storybook-static');
const argv = process.argv.slice(2);
const opt = (name) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : undefined);
const filter = opt('--filter');
const jobs = Math.max(1, Number(opt('--jobs') ?? 2));
const STORY_TIMEOUT = 90_000; // generous: CI machines under load take tens of seconds for a story with a locale to load
const DOCS_TIMEOUT = 120_000; // an autodocs page renders every story of the component

// ─── 1. browser and build ───
execFileSync(process.execPath, [join(root, 'scripts/ensure-browsers.mjs')], { stdio: 'inherit', env: { ...process.env, WTR_BROWSERS: 'chromium' } });
const executablePath = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'].find((p) => p && existsSync(p));

if (!argv.includes('--no-build')) {
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  execFileSync(npm, ['run', '--silent', 'build-storybook'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
}
if (!existsSync(join(staticDir, 'index.json'))) {
  console.error('storybook-static/index.json is missing: run `npm run build-storybook` (or drop --no-build).');
  process.exit(1);
}

// ─── 2. static server ───
const MIME = { '.html': 'text/html', '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.woff2': 'font/woff2', '.png': 'image/png', '.map': 'application/json', '.txt': 'text/plain' };
const server = createServer((req, res) => {
  const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
  let file = join(staticDir, path === '/favicon.ico' ? 'favicon.svg' : path);
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  if (!file.startsWith(staticDir) || !existsSync(file)) {
    res.writeHead(404).end('not found');
    return;
  }
  res.writeHead(200, { 'content-type': MIME[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${server.address().port}`;

// ─── 3. entries ───
const index = JSON.parse(readFileSync(join(staticDir, 'index.json'), 'utf8'));
const entries = Object.values(index.entries).filter((e) => !filter || e.id.includes(filter));
const axeSource = readFileSync(join(root, 'node_modules/axe-core/axe.min.js'), 'utf8');

const browser = await chromium.launch({
  executablePath,
  headless: true,
  // TOOLCHAIN.md's flags; playwright gives each context its own profile (it refuses --user-data-dir here)
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
});

/**
 * Runs before Storybook's preview: catches the channel as it is created and records the outcome of the render
 * (storyFinished after the play function and afterEach, with status and reports; errors as storyErrored /
 * storyThrewException / playFunctionThrewException; docs pages emit docsRendered).
 */
function hookChannel() {
  window.__ecoStory = { done: false, errors: [] };
  let channel;
  Object.defineProperty(window, '__STORYBOOK_ADDONS_CHANNEL__', {
    configurable: true,
    get: () => channel,
    set(c) {
      channel = c;
      const fail = (kind) => (e) => {
        window.__ecoStory.errors.push(`${kind}: ${e?.message ?? e?.title ?? JSON.stringify(e)}`.slice(0, 500));
        window.__ecoStory.done = true;
      };
      // storyFinished comes after the play function and afterEach (where addon-a11y runs its own axe pass)
      c.on('storyFinished', (e) => {
        if (e?.status === 'error') {
          const failedReports = (e.reporters ?? []).filter((r) => r.status === 'failed').map((r) => r.type);
          window.__ecoStory.errors.push(`storybook marked the story as errored${failedReports.length ? ` (failed reports: ${failedReports.join(', ')})` : ''}`);
        }
        window.__ecoStory.done = true;
      });
      c.on('docsRendered', () => (window.__ecoStory.done = true));
      c.on('storyErrored', fail('story errored'));
      c.on('storyThrewException', fail('story threw'));
      c.on('playFunctionThrewException', fail('play function failed'));
      c.on('storyMissing', fail('story missing'));
    },
  });
}

/** Visible text of a node, descending into open shadow roots and slotted content. */
function deepText() {
  const rootEl = document.querySelector('#storybook-root') ?? document.querySelector('#root');
  const docsEl = document.querySelector('#storybook-docs');
  const walk = (n) => {
    if (n.nodeType === Node.TEXT_NODE) return n.textContent;
    if (n.nodeType !== Node.ELEMENT_NODE && n.nodeType !== Node.DOCUMENT_FRAGMENT_NODE) return '';
    if (n.localName === 'style' || n.localName === 'script') return '';
    if (n.localName === 'iframe') return n.contentDocument?.body ? walk(n.contentDocument.body) : '';
    let s = n.shadowRoot ? walk(n.shadowRoot) : '';
    for (const c of n.childNodes) s += ` ${walk(c)}`;
    return s;
  };
  return {
    story: rootEl ? walk(rootEl).replace(/\s+/g, ' ').trim() : '',
    storyChildren: rootEl?.children.length ?? 0,
    docs: docsEl ? walk(docsEl).replace(/\s+/g, ' ').trim() : '',
    errorShown: document.body.classList.contains('sb-show-errordisplay'),
    errorText: document.querySelector('#error-message')?.textContent?.trim() ?? '',
  };
}

async function runAxe(docs) {
  // on a docs page: the live examples only (Storybook's own docs chrome is not ours to check)
  const targets = docs ? [...document.querySelectorAll('#storybook-docs .eco-story')] : [document.querySelector('#storybook-root')];
  if (!targets.length) return [];
  const results = await window.__ecoAxe.run(docs ? { include: targets } : targets[0], {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
    // a story is a fragment; on a docs page the examples are fragments among Storybook's own headings and landmarks
    rules: Object.fromEntries(['region', ...(docs ? ['landmark-one-main', 'landmark-unique', 'page-has-heading-one', 'heading-order'] : [])].map((id) => [id, { enabled: false }])),
    resultTypes: ['violations'],
  });
  return results.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
}

/**
 * Docs page layout: every story block's canvas holds its story without spare height (the story view's full-height
 * canvas must not follow a story onto a docs page: 30 badge stories × 900 px made a 35,000 px page) and without
 * clipping; code blocks show whole lines (Storybook's code scroller hides its scrollbar until hovered, so a long line
 * looks cut off); the page is no wider than the window.
 */
function docsLayout() {
  const problems = [];
  const bottomOf = (el) => {
    let bottom = -Infinity;
    for (const c of el.children) {
      if (getComputedStyle(c).display === 'contents') bottom = Math.max(bottom, bottomOf(c));
      else bottom = Math.max(bottom, c.getBoundingClientRect().bottom + parseFloat(getComputedStyle(c).marginBottom || '0'));
    }
    return bottom;
  };
  for (const block of document.querySelectorAll('#storybook-docs .docs-story')) {
    const name = block.querySelector('[data-story-block]')?.id ?? 'a story block';
    const canvas = block.firstElementChild;
    const story = block.querySelector('.eco-story');
    if (canvas && canvas.scrollHeight > canvas.clientHeight + 1) problems.push(`${name}: canvas clips its story (${canvas.scrollHeight} px in ${canvas.clientHeight} px)`);
    if (!story) continue;
    const box = story.getBoundingClientRect();
    const content = bottomOf(story);
    if (!Number.isFinite(content)) continue;
    const spare = box.bottom - content - parseFloat(getComputedStyle(story).paddingBottom);
    if (spare > 24) problems.push(`${name}: canvas ${Math.round(box.height)} px, ${Math.round(spare)} px of it empty below the story`);
  }
  for (const viewport of document.querySelectorAll('#storybook-docs .docblock-source [data-radix-scroll-area-viewport]')) {
    if (viewport.scrollWidth > viewport.clientWidth + 1) problems.push(`code block cut off: ${viewport.scrollWidth} px of code in ${viewport.clientWidth} px (${viewport.textContent.trim().slice(0, 60)}…)`);
  }
  const page = document.documentElement;
  if (page.scrollWidth > page.clientWidth + 1) problems.push(`docs page scrolls sideways: ${page.scrollWidth} px in ${page.clientWidth} px`);
  return problems;
}

/**
 * One worker: a page that loads iframe.html once, then switches stories the way Storybook's manager does
 * (`setCurrentStory` on the channel), so the preview bundle is parsed once per worker, not once per story.
 * After a failure the page is reloaded, so one broken story cannot spill into the next.
 */
async function worker(take) {
  let page;
  let messages = [];
  const open = async (entry, docs) => {
    await page?.context().close();
    const context = await browser.newContext({ viewport: { width: 1100, height: 900 } });
    page = await context.newPage();
    page.on('console', (m) => {
      if (m.type() === 'error') messages.push(`console error: ${m.text().slice(0, 400)}`);
    });
    page.on('pageerror', (e) => messages.push(`uncaught: ${String(e.message ?? e).slice(0, 400)}`));
    await page.addInitScript(hookChannel);
    await page.goto(`${base}/iframe.html?id=${encodeURIComponent(entry.id)}&viewMode=${docs ? 'docs' : 'story'}`, { waitUntil: 'load', timeout: 120_000 });
  };
  for (let entry = take(); entry; entry = take()) {
    const docs = entry.type === 'docs';
    const problems = [];
    messages = [];
    try {
      if (!page) await open(entry, docs);
      else {
        await page.evaluate(
          ([storyId, viewMode]) => {
            window.__ecoStory = { done: false, errors: [] };
            window.__STORYBOOK_ADDONS_CHANNEL__.emit('setCurrentStory', { storyId, viewMode });
          },
          [entry.id, docs ? 'docs' : 'story'],
        );
      }
      await page.waitForFunction(() => window.__ecoStory?.done, null, { timeout: docs ? DOCS_TIMEOUT : STORY_TIMEOUT });
      // let element updates, context and lazily loaded catalogs settle
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 100))));
      problems.push(...(await page.evaluate(() => window.__ecoStory.errors)));
      const seen = await page.evaluate(deepText);
      if (seen.errorShown) problems.push(`error display: ${seen.errorText.slice(0, 300)}`);
      if (docs) {
        if (!seen.docs) problems.push('docs page rendered no text');
        // the stories on the page render in their own time: wait until no element of ours is still loading
        await page.waitForFunction(() => {
          const walk = (root) => [...root.querySelectorAll('*')].some((el) => (el.localName.startsWith('eco-') && !customElements.get(el.localName)) || (el.shadowRoot && walk(el.shadowRoot)));
          return !walk(document.querySelector('#storybook-docs') ?? document.body);
        }, null, { timeout: DOCS_TIMEOUT }).catch(() => {});
        await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 500))));
        problems.push(...(await page.evaluate(docsLayout)));
      } else if (!seen.storyChildren || !seen.story) problems.push('story root is empty');
      // our own axe-core (node_modules/axe-core/axe.min.js), injected once per frame; addon-a11y keeps its own instance
      for (const frame of page.frames()) await frame.evaluate((src) => window.__ecoAxe || ((0, eval)(src), (window.__ecoAxe = window.axe)), axeSource).catch(() => {});
      problems.push(...(await page.evaluate(runAxe, docs)).map((v) => `axe: ${v}`));
    } catch (e) {
      problems.push(`${String(e.message ?? e).split('\n')[0]}`);
    }
    problems.push(...messages);
    report(entry, problems);
    if (problems.length) {
      await page?.context().close().catch(() => {});
      page = undefined;
    }
  }
  await page?.context().close().catch(() => {});
}

// ─── 4. run ───
const started = Date.now();
let passed = 0;
const failed = [];
function report(entry, problems) {
  if (!problems.length) {
    passed += 1;
    console.log(`✓ ${entry.type} ${entry.id}`);
    return;
  }
  failed.push(entry.id);
  console.log(`✗ ${entry.type} ${entry.id} (${entry.title} › ${entry.name})\n${problems.map((p) => `    ${p}`).join('\n')}`);
}
// one naming scheme: "Aspect: value"
const ASPECT = /^(Locale|Theme|Grade|Units|Country|Error|Strategy|Max)\b(?!: )/;
for (const e of entries.filter((x) => x.type === 'story' && ASPECT.test(x.name))) report(e, [`story name "${e.name}" breaks the "Aspect: value" scheme (e.g. "Locale: German")`]);
const queue = [...entries];
await Promise.all(Array.from({ length: Math.min(jobs, queue.length) }, () => worker(() => queue.shift())));
await browser.close();
server.close();

const stories = entries.filter((e) => e.type === 'story').length;
console.log(`storybook: ${stories} stories and ${entries.length - stories} docs pages checked in ${((Date.now() - started) / 1000).toFixed(1)} s`);
console.log(`${passed} passed, ${failed.length} failed`);
process.exit(failed.length || !entries.length ? 1 : 0);

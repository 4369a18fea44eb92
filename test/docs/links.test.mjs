// Node test (npm run test:docs): every warning and error code links to a real page of docs/ that has its section, and
// no message in src/ or the built dist/ links to a placeholder host. Builds dist/ first when it is missing or stale.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ensureDist, root } from '../interop/lib.mjs';

ensureDist();
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const { docsUrl, DOCS_BASE } = await import(pathToFileURL(join(root, 'dist/internal/docs-url.js')).href);
const { ERROR_CODES } = await import(pathToFileURL(join(root, 'dist/engine/index.js')).href);

const walk = (dir, keep) =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    return e.isDirectory() ? walk(p, keep) : keep(p) ? [p] : [];
  });
const srcFiles = walk(join(root, 'src'), (p) => /\.ts$/.test(p) && !/\.(test|stories)\.ts$/.test(p));
const src = srcFiles.map((p) => readFileSync(p, 'utf8')).join('\n');

/** GitHub's heading anchor: lower case, punctuation but `-` and `_` dropped, spaces to `-`. */
const slug = (heading) => heading.trim().toLowerCase().replace(/[^\p{L}\p{N}\s_-]/gu, '').replace(/\s/g, '-');
/** The page and anchor of a docs URL, checked against the files in docs/. */
function section(url) {
  assert.ok(url.startsWith(DOCS_BASE), `${url} is not under ${DOCS_BASE}`);
  const [page, anchor] = url.slice(DOCS_BASE.length).split('#');
  const file = join(root, 'docs', page);
  assert.ok(existsSync(file), `${url}: docs/${page} does not exist`);
  const text = readFileSync(file, 'utf8');
  const anchors = [...[...text.matchAll(/^#{1,6} (.+)$/gm)].map((m) => slug(m[1])), ...[...text.matchAll(/<a id="([^"]+)"><\/a>/g)].map((m) => m[1])];
  assert.ok(anchors.includes(anchor), `${url}: docs/${page} has no heading or <a id> for #${anchor} (add one to its section; it has ${anchors.join(', ')})`);
}

/** Every code the source can report: the engine's, the elements' and the dev warnings' (read from the code itself). */
function codes() {
  const found = new Set(ERROR_CODES);
  const union = /export type ElementErrorCode =([^;]+);/.exec(readFileSync(join(root, 'src/events/error.ts'), 'utf8'));
  for (const m of union?.[1].matchAll(/'([A-Z_]+)'/g) ?? []) found.add(m[1]);
  for (const m of src.matchAll(/reportError\(\s*'([A-Z_]+)'/g)) found.add(m[1]);
  for (const m of src.matchAll(/\bcode: '([A-Z_]+)'/g)) found.add(m[1]);
  for (const m of src.matchAll(/\bfail\(\s*'([A-Z_]+)'/g)) found.add(m[1]);
  // on-demand loads: loadThen(load, retry, 'CODE', …) reports CODE when the load fails
  for (const m of src.matchAll(/loadThen\([^,]+,[^,]+,\s*'([A-Z_]+)'/g)) found.add(m[1]);
  for (const m of src.matchAll(/devWarn\([^,]+,\s*'([a-z-]+)'/g)) found.add(m[1]);
  // invalid-<attribute> warnings: checkEnum / checkAttribute (key, attribute, …) and reportInvalidAttribute(el, attribute, …)
  for (const m of src.matchAll(/check(?:Enum|Attribute)\(this, changed, '[^']+', '([a-z-]+)'/g)) found.add(`invalid-${m[1]}`);
  for (const m of src.matchAll(/reportInvalidAttribute\(this, '([a-z-]+)'/g)) found.add(`invalid-${m[1]}`);
  return [...found].sort();
}

test('links point at this version of the package on a public CDN, and the package ships docs/', () => {
  assert.equal(DOCS_BASE, `https://unpkg.com/eco-nudge@${pkg.version}/docs/`);
  assert.ok(pkg.files.includes('docs'), 'package.json "files" must include docs');
});

test('every error and warning code links to a section of its docs page', () => {
  const all = codes();
  // the reading of the source above must find the codes it is meant to find (else this test would pass on nothing)
  for (const c of ['INVALID_PRODUCT', 'INVALID_ATTRIBUTE', 'DATASET_FETCH_FAILED', 'VALIDATOR_LOAD_FAILED', 'ENGINE_LOAD_FAILED', 'INVALID_RESULT', 'unknown-product-key', 'locale-load-failed', 'invalid-variant', 'invalid-country']) {
    assert.ok(all.includes(c), `code ${c} not found in src/`);
  }
  for (const c of all) section(docsUrl(c));
});

test('the anchors are the ones the pages are written with', () => {
  assert.match(docsUrl('INVALID_PRODUCT'), /\/docs\/errors\/input\.md#invalid_product$/);
  assert.match(docsUrl('DATASET_FETCH_FAILED'), /\/docs\/errors\/dataset\.md#dataset_fetch_failed$/);
  assert.match(docsUrl('invalid-heading-level'), /\/docs\/warnings\.md#invalid-heading-level$/);
  assert.match(docsUrl('unknown-product-key'), /\/docs\/warnings\.md#unknown-product-key$/);
});

test('no message in src/ or dist/ links to a placeholder host (example.org/.com/.net, localhost, TODO)', () => {
  const placeholder = /https?:\/\/(?:[\w-]+\.)*(?:example\.(?:org|com|net)|localhost|127\.0\.0\.1|0\.0\.0\.0)(?![\w.-])|https?:\/\/[^\s'"`)]*TODO/gi;
  const files = [...srcFiles, ...walk(join(root, 'dist'), (p) => /\.(js|d\.ts|json)$/.test(p))];
  assert.ok(files.some((p) => p.endsWith('dist/eco-nudge.js')), 'the single-file bundle is among the files read');
  const hits = files.flatMap((p) => [...readFileSync(p, 'utf8').matchAll(placeholder)].map((m) => `${relative(root, p)}: ${m[0]}`));
  assert.deepEqual(hits, []);
  assert.ok(!placeholder.test('See https://unpkg.com/eco-nudge@1.0.0/docs/warnings.md#x'));
  placeholder.lastIndex = 0;
  assert.ok(placeholder.test('See https://example.org/eco-nudge/warnings#x'), 'the pattern finds the old placeholder');
});

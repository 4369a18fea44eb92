// Node test of `eco-nudge estimate` (npm run test:cli). Runs the real command from the built package:
// builds it first when dist/engine/index.js is missing.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawnCollect } from '../helpers/spawn.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const bin = join(root, 'bin/eco-nudge.mjs');
const dir = mkdtempSync(join(tmpdir(), 'eco-cli-'));

/** Runs the CLI; resolves to { code, stdout, stderr }. `stdin` is written to its standard input when given. */
const run = (args, stdin) => spawnCollect(process.execPath, [bin, ...args], stdin, root);
const parseLines = (text) => text.split('\n').filter(Boolean).map((l) => JSON.parse(l));

// A catalog of 1,200 lines with bad rows at known line numbers.
const CATEGORIES = ['apparel.t-shirt', 'electronics.laptop', 'food.beef', 'furniture.chair', 'books.paperback', 'electronics.smartphone'];
const BAD = { 7: '{"id":"p-7","category":', 20: '42', 600: '{"id":"p-600","category":"no.such-category"}', 601: '{"id":"p-601","category":"apparel.t-shirt","weightGrams":-3}' };
const BLANK = new Set([10, 11, 1200]);
const lines = [];
for (let n = 1; n <= 1200; n++) {
  if (BAD[n]) lines.push(BAD[n]);
  else if (BLANK.has(n)) lines.push(n === 11 ? '   ' : '');
  else {
    const p = { id: `p-${n}`, category: CATEGORIES[n % CATEGORIES.length] };
    if (n % 3 === 0) p.weightGrams = 100 + n;
    if (n % 5 === 0) Object.assign(p, { price: 20 + n / 10, currency: 'EUR' });
    lines.push(JSON.stringify(p));
  }
}
const catalog = `${lines.join('\r\n')}`; // CRLF and no final newline on purpose
const catalogFile = join(dir, 'catalog.jsonl');
writeFileSync(catalogFile, catalog);
const clean = lines.filter((l, i) => !BAD[i + 1] && l.trim()).join('\n') + '\n';
const cleanFile = join(dir, 'clean.jsonl');
writeFileSync(cleanFile, clean);

before(() => {
  if (!existsSync(join(root, 'dist/engine/index.js'))) execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
});

test('writes one line per product, in input order, with the input line numbers', async () => {
  const { code, stdout } = await run(['estimate', '--workers', '3', '--batch', '7', catalogFile]);
  const rows = parseLines(stdout);
  const expected = lines.map((l, i) => ({ l, n: i + 1 })).filter(({ l }) => l.trim());
  assert.equal(rows.length, expected.length);
  assert.deepEqual(rows.map((r) => r.line), expected.map((e) => e.n));
  for (const r of rows.filter((x) => x.footprint)) {
    assert.equal(r.id, `p-${r.line}`);
    const f = r.footprint;
    assert.ok(f.co2eGrams > 0 && f.lowGrams <= f.co2eGrams && f.co2eGrams <= f.highGrams, `line ${r.line}: ${JSON.stringify(f)}`);
    assert.equal(f.category, CATEGORIES[r.line % CATEGORIES.length]);
    assert.equal(f.trace.factors, undefined);
  }
  assert.equal(code, 1);
});

test('reports each bad row by line number, in the output and on stderr, and goes on', async () => {
  const { code, stdout, stderr } = await run(['estimate', '-w', '2', '--batch', '50', catalogFile]);
  const rows = parseLines(stdout);
  const errors = rows.filter((r) => r.error);
  assert.deepEqual(errors.map((r) => r.line), [7, 20, 600, 601]);
  const byLine = Object.fromEntries(errors.map((r) => [r.line, r]));
  assert.equal(byLine[7].error.code, 'INVALID_JSON');
  assert.equal(byLine[20].error.code, 'INVALID_PRODUCT');
  assert.equal(byLine[600].error.code, 'UNKNOWN_CATEGORY');
  assert.equal(byLine[600].id, 'p-600');
  assert.equal(byLine[601].error.code, 'INVALID_PRODUCT');
  assert.ok(byLine[601].error.issues.some((i) => i.path === 'weightGrams'), JSON.stringify(byLine[601].error));
  for (const r of errors) assert.ok(r.error.message.length > 10);
  // rows after the bad ones are still estimated
  assert.ok(rows.find((r) => r.line === 1199)?.footprint);
  for (const n of [7, 20, 600, 601]) assert.match(stderr, new RegExp(`line ${n}: [A-Z_]+: `));
  assert.equal(code, 1);
});

test('reads standard input, and the output does not depend on the number of workers', async () => {
  const fromFile = await run(['estimate', '-w', '1', cleanFile]);
  const fromStdin = await run(['estimate', '-w', '3', '--batch', '13'], clean);
  const fromDash = await run(['estimate', '-w', '2', '-'], clean);
  assert.equal(fromFile.code, 0);
  assert.equal(fromStdin.code, 0);
  assert.equal(fromDash.code, 0);
  assert.equal(parseLines(fromFile.stdout).length, clean.split('\n').filter(Boolean).length);
  assert.equal(fromStdin.stdout, fromFile.stdout);
  assert.equal(fromDash.stdout, fromFile.stdout);
  assert.equal(fromFile.stderr, ''); // not a terminal and no --progress: nothing on stderr for a clean file
});

test('--country sets the grid of the use phase and --boundary the system boundary', async () => {
  const laptop = `${JSON.stringify({ id: 'l', category: 'electronics.laptop' })}\n`;
  const [fr, pl, gate] = await Promise.all([
    run(['estimate', '--country', 'FR'], laptop),
    run(['estimate', '--country', 'pl'], laptop),
    run(['estimate', '--boundary', 'cradle-to-gate'], laptop),
  ]);
  const [f, p, g] = [fr, pl, gate].map((r) => parseLines(r.stdout)[0].footprint);
  assert.ok(f.stages.use < p.stages.use, `use phase FR ${f.stages.use} < PL ${p.stages.use}`);
  assert.equal(g.boundary, 'cradle-to-gate');
  assert.equal(g.stages.use, 0);
  assert.ok(g.co2eGrams < p.co2eGrams);
});

test('--trace keeps every factor of the trace', async () => {
  const { stdout } = await run(['estimate', '--trace'], `${JSON.stringify({ category: 'apparel.t-shirt', weightGrams: 180 })}\n`);
  const { footprint } = parseLines(stdout)[0];
  assert.ok(footprint.trace.factors.length > 0);
  for (const f of footprint.trace.factors) assert.ok(f.key && f.unit && f.sourceId && Number.isFinite(f.value));
});

test('--progress prints rows per second and a summary on stderr', async () => {
  const { code, stderr, stdout } = await run(['estimate', '--progress', cleanFile]);
  assert.equal(code, 0);
  assert.match(stderr, /rows \([\d,]+ estimated, 0 bad\) in [\d.]+ s: [\d,]+ rows\/s/);
  assert.equal(parseLines(stdout).length, clean.split('\n').filter(Boolean).length);
});

test('usage errors exit with 2 and say what is wrong', async () => {
  const cases = [
    [['estimate', join(dir, 'missing.jsonl')], /no such file/],
    [['estimate', '--boundary', 'cradle-to-moon', cleanFile], /--boundary/],
    [['estimate', '--country', 'XX', cleanFile], /no grid intensity for --country XX/],
    [['estimate', '--workers', '0', cleanFile], /--workers/],
    [['estimate', '--no-such-option', cleanFile], /no-such-option/],
    [['frobnicate'], /unknown command/],
  ];
  for (const [args, message] of cases) {
    const { code, stderr, stdout } = await run(args, '');
    assert.equal(code, 2, `${args.join(' ')}: ${stderr}`);
    assert.match(stderr, message);
    assert.equal(stdout, '');
  }
});

test('--line-offset numbers the lines of a shard as in the whole file', async () => {
  const shard = lines.slice(600, 610).join('\n');
  const { stdout } = await run(['estimate', '--line-offset', '600'], shard);
  const rows = parseLines(stdout);
  assert.deepEqual(rows.map((r) => r.line), [601, 602, 603, 604, 605, 606, 607, 608, 609, 610]);
  assert.equal(rows[0].error.code, 'INVALID_PRODUCT'); // line 601 of the whole file
  assert.equal(rows[1].id, 'p-602');
});

test('--output writes to a file', async () => {
  const file = join(dir, 'out.jsonl');
  const { code, stdout } = await run(['estimate', '-o', file, cleanFile]);
  assert.equal(code, 0);
  assert.equal(stdout, '');
  assert.equal(parseLines(readFileSync(file, 'utf8')).length, clean.split('\n').filter(Boolean).length);
});

test('--badge adds the compact result a badge takes; the browser tests read this very output (test/components/fixtures)', async () => {
  const input = join(root, 'test/components/fixtures/precomputed.jsonl');
  const { code, stdout } = await run(['estimate', '--badge', '-q', '-w', '1', input]);
  assert.equal(code, 0);
  // the committed fixture is what test/components/precomputed.test.ts renders: it must stay the CLI's real output
  assert.equal(stdout, readFileSync(join(root, 'test/components/fixtures/precomputed.out.jsonl'), 'utf8'));
  for (const row of parseLines(stdout)) {
    const f = row.footprint;
    const kv = Object.fromEntries(row.badge.split(';').map((p) => p.split('=')));
    assert.equal(kv.v, '1');
    assert.equal(kv.gr, f.grade);
    assert.equal(kv.ds, f.trace.datasetVersion);
    assert.equal(kv.cat, f.category);
    // 4 significant figures, the range rounded outwards: never narrower than the engine's
    assert.ok(Math.abs(Number(kv.g) - f.co2eGrams) <= f.co2eGrams * 5e-4, `${kv.g} vs ${f.co2eGrams}`);
    assert.ok(Number(kv.lo) <= f.lowGrams && Number(kv.hi) >= f.highGrams, row.badge);
    assert.ok(Number(kv.lo) <= Number(kv.g) && Number(kv.g) <= Number(kv.hi), row.badge);
  }
  assert.deepEqual(parseLines(stdout).map((r) => r.badge.match(/;m=(\w+)/)[1]), ['materials', 'category', 'categoryWeight', 'verified']);
  // without the flag there is no badge field
  const plain = await run(['estimate', '-q', '-w', '1', input]);
  assert.ok(parseLines(plain.stdout).every((r) => !('badge' in r)));
});

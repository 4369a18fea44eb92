// Node test of the pipe contract of `eco-nudge estimate` (docs/catalog.md), as cluster engines use it:
//  - Spark's RDD.pipe and Dask's map_partitions: each partition's lines go to one process on standard input, and its
//    output must have exactly one line per (non-blank) input line, in order, so it can be zipped back to the input;
//  - shards with --line-offset (Hadoop streaming splits, Dask partitions, split(1)): the outputs, concatenated in shard
//    order, must equal the output of one run over the whole file, byte for byte;
//  - bad rows are error lines in place; a run with bad rows exits 1, which the documented wrapper turns into 0 for
//    engines that fail a task on a non-zero exit, while a real failure still fails it;
//  - every output line is one JSON object with no tab, so Hadoop streaming takes the whole line as the key.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { spawnCollect } from '../helpers/spawn.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const bin = join(root, 'bin/eco-nudge.mjs');

/** Runs a command with `stdin`; resolves to { code, stdout, stderr }. */
const run = (cmd, args, stdin) => spawnCollect(cmd, args, stdin, root);
const estimate = (args, stdin) => run(process.execPath, [bin, 'estimate', '--quiet', ...args], stdin);

let lines; // the catalog, one product (or a bad row) per line
const BAD = new Map(); // line number → expected error code

before(async () => {
  if (!existsSync(join(root, 'dist/engine/index.js'))) execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
  const { catalogGenerator } = await import(pathToFileURL(join(root, 'scripts/cli/catalog.mjs')).href);
  const { bundledDataset } = await import(pathToFileURL(join(root, 'dist/engine/index.js')).href);
  const next = catalogGenerator(bundledDataset, 99);
  lines = [];
  for (let n = 1; n <= 2400; n++) {
    const p = next();
    if (n % 301 === 0) {
      lines.push(`{"id":"cut-${n}","category":`);
      BAD.set(n, 'INVALID_JSON');
    } else if (n % 211 === 0) {
      lines.push(JSON.stringify({ ...p, category: 'no.such' }));
      BAD.set(n, 'UNKNOWN_CATEGORY');
    } else if (n % 157 === 0) {
      lines.push(JSON.stringify({ ...p, weightGrams: -1 }));
      BAD.set(n, 'INVALID_PRODUCT');
    } else lines.push(JSON.stringify(p));
  }
});

const parse = (text) => text.split('\n').filter(Boolean).map((l) => JSON.parse(l));

test('RDD.pipe / map_partitions: each partition gives one line per input line, in order, errors in place', async () => {
  // uneven partitions, as a byte-based split gives them; each element written with a trailing newline (as Spark does)
  const cuts = [0, 1, 390, 391, 1200, 2050, 2400];
  const parts = cuts.slice(1).map((end, i) => lines.slice(cuts[i], end));
  const outs = await Promise.all(parts.map((p) => estimate(['--workers', '1'], p.map((l) => `${l}\n`).join(''))));
  outs.forEach((o, k) => {
    const rows = parse(o.stdout);
    const first = cuts[k];
    assert.equal(rows.length, parts[k].length, `partition ${k}: one output line per input line`);
    rows.forEach((r, i) => {
      const n = first + i + 1; // line number in the whole catalog
      assert.equal(r.line, i + 1, `partition ${k} row ${i}: numbered within the partition`);
      if (BAD.has(n)) assert.equal(r.error?.code, BAD.get(n), `line ${n}`);
      else {
        assert.equal(r.id, JSON.parse(lines[n - 1]).id, `line ${n}: the output is in input order`);
        assert.ok(r.footprint.co2eGrams > 0, `line ${n}`);
      }
    });
    assert.equal(o.code, parts[k].some((_, i) => BAD.has(first + i + 1)) ? 1 : 0, `partition ${k} exit status`);
  });
});

test('shards with --line-offset, concatenated in order, equal one run over the whole file byte for byte', async () => {
  const whole = await estimate(['--workers', '2'], `${lines.join('\n')}\n`);
  assert.equal(whole.code, 1);
  assert.equal(parse(whole.stdout).length, lines.length);
  const size = 700; // the last shard is shorter
  const shards = [];
  for (let start = 0; start < lines.length; start += size) shards.push([start, lines.slice(start, start + size)]);
  const outs = await Promise.all(shards.map(([start, part]) => estimate(['--workers', '1', '--line-offset', String(start)], part.join('\n'))));
  assert.equal(outs.map((o) => o.stdout).join(''), whole.stdout);
  const errors = parse(whole.stdout).filter((r) => r.error);
  assert.deepEqual(errors.map((r) => r.line), [...BAD.keys()].sort((a, b) => a - b));
  assert.deepEqual(errors.map((r) => r.error.code), [...BAD.keys()].sort((a, b) => a - b).map((n) => BAD.get(n)));
});

test('every output line is one JSON object with no raw tab (Hadoop streaming keys on the first tab)', async () => {
  // tabs reach the output only through strings: a category with a tab is quoted in its error message, a raw tab in a
  // line that is not JSON is quoted in the parser's message; both must come out escaped
  const tabbed = [JSON.stringify({ id: 'tab-1', category: 'no\tsuch' }), '{"id":"tab-2\tx"'];
  const { stdout } = await estimate(['--workers', '1'], [...lines.slice(0, 398), ...tabbed].join('\n'));
  const out = stdout.split('\n');
  assert.equal(out.pop(), ''); // ends with a newline
  assert.equal(out.length, 400);
  for (const l of out) {
    assert.doesNotMatch(l, /\t/);
    assert.equal(typeof JSON.parse(l), 'object');
  }
  const [a, b] = out.slice(-2).map((l) => JSON.parse(l));
  assert.equal(a.error.code, 'UNKNOWN_CATEGORY');
  assert.match(a.error.message, /no\tsuch/, 'the tab is in the message, escaped on the line');
  assert.equal(b.error.code, 'INVALID_JSON');
});

test('the documented exit-status wrapper: bad rows exit 0, a real failure still fails the task', async () => {
  const wrap = (args) => ['-c', `"${process.execPath}" "${bin}" estimate --quiet --workers 1 ${args}; [ $? -le 1 ]`];
  const bad = await run('sh', wrap(''), lines.slice(295, 305).join('\n'));
  assert.equal(bad.code, 0);
  assert.equal(parse(bad.stdout).length, 10);
  assert.equal(parse(bad.stdout).filter((r) => r.error).length, 1); // line 301 of the catalog
  const broken = await run('sh', wrap('--country XX'), lines.slice(0, 3).join('\n'));
  assert.notEqual(broken.code, 0);
  assert.match(broken.stderr, /no grid intensity for --country XX/);
  assert.equal(broken.stdout, '');
});

test('blank lines give no output line: filter them out before zipping outputs to inputs', async () => {
  const { stdout } = await estimate(['--workers', '1'], `${lines[0]}\n\n   \n${lines[1]}\n`);
  assert.deepEqual(parse(stdout).map((r) => r.line), [1, 4]);
});

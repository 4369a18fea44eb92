// Node test of the warehouse UDF, dist/eco-nudge-udf.js (npm run test:cli). The file runs in a bare `vm` context
// (the language's built-ins only: no console, no Intl, no timers, no require) and its results are compared, row for
// row, with the built engine (dist/engine/index.js) through the CLI's own row conversion (scripts/cli/rows.mjs): on
// the dev set (test/cli/fixtures/dev-set.jsonl: the merchant inputs that `npm run validate` derives from
// ../shared/reference/validation-dev.csv) and on 10,000 generated products with bad rows and options mixed in.
// Nothing here hard-codes a figure: whatever the engine computes, the UDF must compute the same.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import vm from 'node:vm';

const root = fileURLToPath(new URL('../../', import.meta.url));
const UDF = join(root, 'dist/eco-nudge-udf.js');
const ENGINE = join(root, 'dist/engine/index.js');

let engine;
let estimateLines;
let catalogGenerator;
let udfText;

before(async () => {
  if (!existsSync(ENGINE)) execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
  else if (!existsSync(UDF)) execFileSync(process.execPath, [join(root, 'scripts/build-udf.mjs')], { cwd: root, stdio: 'inherit' });
  engine = await import(pathToFileURL(ENGINE).href);
  ({ estimateLines } = await import(pathToFileURL(join(root, 'scripts/cli/rows.mjs')).href));
  ({ catalogGenerator } = await import(pathToFileURL(join(root, 'scripts/cli/catalog.mjs')).href));
  udfText = readFileSync(UDF, 'utf8');
});

/** A context with nothing but the language: V8 also installs `console` (and Intl) in a new context; both go. */
function bareContext() {
  const ctx = vm.createContext({});
  vm.runInContext('delete globalThis.console; delete globalThis.Intl;', ctx);
  return ctx;
}
const globalsOf = (ctx) => Array.from(vm.runInContext('Object.getOwnPropertyNames(globalThis)', ctx));

/** Loads the UDF file into a fresh bare context; returns the function (called from outside, as a warehouse would). */
function loadUdf() {
  const ctx = bareContext();
  vm.runInContext(udfText, ctx, { filename: 'eco-nudge-udf.js' });
  return { ctx, fn: ctx.ecoNudgeEstimate };
}

/** What the engine says for one product, in the CLI's row format ({ footprint } or { error }). */
function expected(product, options = {}) {
  const raw = typeof product === 'string' ? product : JSON.stringify(product);
  const { text } = estimateLines(engine, [raw], 1, { dataset: undefined, country: options.country?.toUpperCase(), boundary: options.boundary, trace: options.trace ?? false });
  return JSON.parse(text);
}

/** Asserts that the UDF's row equals the engine's, field by field. */
function assertSame(udfRow, product, options, label) {
  const cli = expected(product, options);
  const r = engine.safeEstimateFootprint(typeof product === 'string' ? JSON.parse(product) : product, { country: options?.country?.toUpperCase(), boundary: options?.boundary });
  assert.equal(udfRow.ok, r.ok, `${label}: ok`);
  if (cli.id !== undefined) assert.equal(udfRow.id, cli.id, `${label}: id`);
  else assert.equal('id' in udfRow, false, `${label}: no id`);
  if (r.ok) {
    assert.deepEqual(udfRow.footprint, cli.footprint, `${label}: footprint`);
    for (const k of ['co2eGrams', 'lowGrams', 'highGrams', 'grade', 'method']) assert.equal(udfRow[k], r.value[k], `${label}: ${k}`);
    assert.equal(udfRow.datasetVersion, r.value.trace.datasetVersion, `${label}: datasetVersion`);
    assert.equal(udfRow.datasetId, r.value.trace.datasetId, `${label}: datasetId`);
  } else {
    assert.deepEqual({ code: udfRow.code, message: udfRow.message, issues: udfRow.issues }, cli.error, `${label}: error`);
    assert.equal(udfRow.datasetVersion, engine.DATASET_VERSION, `${label}: datasetVersion`);
  }
}

test('the file is one plain script that defines ecoNudgeEstimate and runs with nothing but the language', () => {
  assert.doesNotMatch(udfText, /\bimport\s*\(|\brequire\s*\(|\bfetch\s*\(|\bsetTimeout\b|\bsetInterval\b|\bIntl\b|\bXMLHttpRequest\b/);
  assert.doesNotThrow(() => new vm.Script(udfText)); // a script, not a module: import/export would not parse
  const before = new Set(globalsOf(bareContext()));
  const { ctx, fn } = loadUdf();
  assert.equal(typeof fn, 'function');
  assert.equal(fn.length, 2);
  const added = globalsOf(ctx).filter((k) => !before.has(k)).sort();
  // the one function, and the settings object of the validator library it carries (zod keeps it on globalThis)
  assert.deepEqual(added, ['__zod_globalConfig', 'ecoNudgeEstimate']);
  assert.equal(vm.runInContext('typeof console + typeof Intl + typeof setTimeout + typeof require', ctx), 'undefinedundefinedundefinedundefined');
});

test('equals the engine row for row on the dev set', () => {
  const rows = readFileSync(join(root, 'test/cli/fixtures/dev-set.jsonl'), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
  assert.ok(rows.length >= 30, `dev set: ${rows.length} rows`);
  const { fn } = loadUdf();
  let estimated = 0;
  for (const { product, options } of rows) {
    const out = JSON.parse(fn(JSON.stringify(product), JSON.stringify(options)));
    assertSame(out, product, options, product.id);
    if (out.ok) estimated++;
  }
  assert.ok(estimated >= 30, `${estimated} of ${rows.length} estimated`);
});

test('equals the engine row for row on 10,000 generated products, bad rows and options included', () => {
  const next = catalogGenerator(engine.bundledDataset, 16);
  const countries = Object.keys(engine.bundledDataset.grid);
  const { fn } = loadUdf();
  const seen = { ok: 0, bad: 0, codes: new Set(), methods: new Set(), countries: 0 };
  for (let i = 1; i <= 10_000; i++) {
    const p = next();
    let options;
    if (i % 97 === 0) p.category = `no.such-${i}`;
    else if (i % 89 === 0) p.weightGrams = -i;
    else if (i % 83 === 0) p.materials = [{ material: 'unobtainium', share: 1 }];
    if (i % 7 === 0) options = { country: countries[i % countries.length].toLowerCase() };
    else if (i % 11 === 0) options = { boundary: 'cradle-to-gate' };
    else if (i % 13 === 0) options = { country: countries[(i * 3) % countries.length], boundary: 'cradle-to-grave', trace: true };
    const out = JSON.parse(fn(JSON.stringify(p), options === undefined ? null : JSON.stringify(options)));
    assertSame(out, p, options ?? {}, `row ${i}`);
    if (out.ok) {
      seen.ok++;
      seen.methods.add(out.method);
    } else {
      seen.bad++;
      seen.codes.add(out.code);
    }
    if (options?.country) seen.countries++;
  }
  // the comparison covered every method and several kinds of error, not one easy path
  // (no 'spend': the bundled dataset gives no category group a price exponent, so a price alone leaves the category model)
  assert.deepEqual([...seen.methods].sort(), ['activity', 'category', 'declared']);
  for (const c of ['UNKNOWN_CATEGORY', 'INVALID_PRODUCT', 'UNKNOWN_MATERIAL']) assert.ok(seen.codes.has(c), `error ${c} seen: ${[...seen.codes]}`);
  assert.ok(seen.ok > 9_000 && seen.bad > 200, JSON.stringify({ ok: seen.ok, bad: seen.bad }));
});

test('takes the product as a JSON string or as an object (BigQuery JSON, Snowflake VARIANT), with the same result', () => {
  const { fn } = loadUdf();
  const p = { id: 42, category: 'apparel.t-shirt', weightGrams: 180, price: 25, currency: 'EUR' };
  const fromString = fn(JSON.stringify(p), '{"country":"DE"}');
  // an object built inside the UDF's context, as a warehouse runtime hands it over
  const fromObject = fn(vm.runInContext(`(${JSON.stringify(p)})`, loadUdf().ctx), vm.runInContext('({country:"DE"})', loadUdf().ctx));
  assert.equal(fromObject, fromString);
  assertSame(JSON.parse(fromString), p, { country: 'DE' }, 'object input');
});

test('never throws: bad input of every kind becomes an error row with a code, a message and the dataset version', () => {
  const { fn, ctx } = loadUdf();
  const cyclic = vm.runInContext('const o = { category: "no.such" }; o.self = o; o', ctx);
  const trap = vm.runInContext('({ get category() { throw new Error("boom"); } })', ctx);
  const cases = [
    [undefined, 'INVALID_PRODUCT'],
    [null, 'INVALID_PRODUCT'],
    ['', 'INVALID_JSON'],
    ['{"category":', 'INVALID_JSON'],
    ['null', 'INVALID_PRODUCT'],
    ['42', 'INVALID_PRODUCT'],
    ['[1,2]', 'INVALID_PRODUCT'],
    ['"apparel.t-shirt"', 'INVALID_PRODUCT'],
    [true, 'INVALID_PRODUCT'],
    [12.5, 'INVALID_PRODUCT'],
    ['{"category":"apparel.t-shirt","weightGrams":null}', 'INVALID_PRODUCT'],
    [`{"category":"apparel.t-shirt","name":"${'x'.repeat(1_100_000)}"}`, 'TOO_LARGE'],
    [`${'['.repeat(200_000)}${']'.repeat(200_000)}`, 'INVALID_PRODUCT'],
    [cyclic, 'UNKNOWN_CATEGORY'],
    [trap, undefined],
  ];
  for (const [input, code] of cases) {
    const label = typeof input === 'string' ? input.slice(0, 40) : String(input);
    let text;
    assert.doesNotThrow(() => (text = fn(input, null)), label);
    assert.equal(typeof text, 'string', label);
    const row = JSON.parse(text);
    assert.equal(row.ok, false, `${label}: ${text.slice(0, 200)}`);
    if (code) assert.equal(row.code, code, `${label}: ${text.slice(0, 300)}`);
    else assert.match(row.code, /^[A-Z_]+$/);
    assert.ok(row.message.length > 10, label);
    assert.ok(Array.isArray(row.issues), label);
    assert.equal(row.datasetVersion, engine.DATASET_VERSION, label);
  }
  const tshirt = '{"id":"t","category":"apparel.t-shirt"}';
  for (const [options, code] of [
    ['{"boundary":"cradle-to-moon"}', 'INVALID_ARGUMENT'],
    ['{"country":"XX"}', 'UNKNOWN_COUNTRY'],
    ['{"colour":"green"}', 'INVALID_ARGUMENT'],
    ['{"country":7}', 'INVALID_ARGUMENT'],
    ['[]', 'INVALID_ARGUMENT'],
    ['{', 'INVALID_JSON'],
  ]) {
    const row = JSON.parse(fn(tshirt, options));
    assert.equal(row.ok, false, options);
    assert.equal(row.code, code, `${options}: ${row.message}`);
    assert.equal(row.id, 't', options);
  }
  for (const empty of [null, undefined, '', 'null', '{}']) assert.equal(JSON.parse(fn(tshirt, empty)).ok, true, String(empty));
});

test('is deterministic: the same input gives the same text, in one context and across fresh ones', () => {
  const products = [];
  const next = catalogGenerator(engine.bundledDataset, 7);
  for (let i = 0; i < 300; i++) products.push(JSON.stringify(next()));
  const a = loadUdf().fn;
  const b = loadUdf().fn;
  const first = products.map((p) => a(p, null));
  assert.deepEqual(products.map((p) => a(p, null)), first);
  assert.deepEqual(products.map((p) => b(p, null)), first);
});

test('udf-sql: the Snowflake statement inlines the file, evaluates it once, and calls it per row', async () => {
  const { snowflakeSql, bigquerySql } = await import(pathToFileURL(join(root, 'scripts/cli/udf-sql.mjs')).href);
  const sql = snowflakeSql({ name: 'ECO.PUBLIC.ECO_NUDGE_ESTIMATE' }, udfText);
  assert.match(sql, /^CREATE OR REPLACE FUNCTION ECO\.PUBLIC\.ECO_NUDGE_ESTIMATE\(PRODUCT VARCHAR, OPTIONS VARCHAR\)\nRETURNS VARCHAR\nLANGUAGE JAVASCRIPT\n/);
  const body = /AS \$\$\n([\s\S]*)\n\$\$;\n$/.exec(sql)?.[1];
  assert.ok(body, 'a $$ … $$ body');
  assert.ok(body.includes(udfText.trimEnd()), 'the whole file, unchanged');
  // Snowflake runs the body as the body of a function of the upper-cased arguments, in sloppy mode
  const ctx = bareContext();
  const rowFn = vm.runInContext(`(function (PRODUCT, OPTIONS) {\n${body}\n})`, ctx);
  const p = '{"id":"s","category":"electronics.laptop","price":900,"currency":"USD"}';
  const first = rowFn(p, '{"country":"SE"}');
  const once = vm.runInContext('ecoNudgeEstimateOnce', ctx);
  assert.equal(rowFn(p, '{"country":"SE"}'), first);
  assert.equal(vm.runInContext('ecoNudgeEstimateOnce', ctx), once, 'the library is evaluated once, not per row');
  assert.equal(first, loadUdf().fn(p, '{"country":"SE"}'));
  assert.throws(() => snowflakeSql({}, `${udfText}/*$$*/`), /\$\$/);
  const bq = bigquerySql({ library: 'gs://my-bucket/eco-nudge-udf.js' });
  assert.match(bq, /^CREATE TEMP FUNCTION eco_nudge_estimate\(product STRING, options STRING\)\nRETURNS STRING\nDETERMINISTIC\nLANGUAGE js\nOPTIONS \(library = \['gs:\/\/my-bucket\/eco-nudge-udf\.js'\]\)\nAS r"""\n  return ecoNudgeEstimate\(product, options\);\n""";\n$/);
  // BigQuery runs the library as a script, then the body as a function of the named arguments
  const bctx = bareContext();
  vm.runInContext(udfText, bctx);
  const bqFn = vm.runInContext(`(function (product, options) {${/AS r"""([\s\S]*)"""/.exec(bq)[1]}})`, bctx);
  assert.equal(bqFn(p, '{"country":"SE"}'), first);
  assert.match(bigquerySql({ name: 'mydataset.eco_nudge_estimate' }), /^CREATE FUNCTION mydataset\.eco_nudge_estimate/);
});

test('eco-nudge udf-sql prints the statements, and says what is wrong otherwise', () => {
  const cli = (...args) => spawnSync(process.execPath, [join(root, 'bin/eco-nudge.mjs'), 'udf-sql', ...args], { cwd: root, encoding: 'utf8' });
  const sf = cli('snowflake', '--name', 'ECO_NUDGE_ESTIMATE');
  assert.equal(sf.status, 0, sf.stderr);
  assert.ok(sf.stdout.startsWith('CREATE OR REPLACE FUNCTION ECO_NUDGE_ESTIMATE(PRODUCT VARCHAR, OPTIONS VARCHAR)'));
  assert.ok(sf.stdout.includes(udfText.trimEnd()));
  const bq = cli('bigquery', '--library', 'gs://b/eco-nudge-udf.js');
  assert.equal(bq.status, 0, bq.stderr);
  assert.match(bq.stdout, /OPTIONS \(library = \['gs:\/\/b\/eco-nudge-udf\.js'\]\)/);
  for (const [args, message] of [
    [[], /bigquery or snowflake/],
    [['redshift'], /bigquery or snowflake/],
    [['bigquery', '--library', 'https://example.com/x.js'], /gs:\/\/ URI/],
    [['snowflake', '--name', 'x; DROP TABLE y'], /SQL identifier/],
    [['snowflake', '--frobnicate'], /frobnicate/],
  ]) {
    const r = cli(...args);
    assert.equal(r.status, 2, `${args.join(' ')}: ${r.stderr}`);
    assert.match(r.stderr, message);
    assert.equal(r.stdout, '');
  }
  assert.match(cli('--help').stdout, /Usage: eco-nudge udf-sql/);
});

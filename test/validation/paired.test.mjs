// npm run test:validate (node:test, CI): the share of the engine's spread that two products of one category have in
// common (`paired.shared`, src/data/model.json) stays where the dev set puts it (scripts/validation/paired-check.mjs,
// docs/engine.md): at most what the same-publisher pairs support, at least what pairs across publishers support.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const csv = process.env.ECO_VALIDATION_CSV ?? join(root, '../shared/reference/validation-dev.csv');

test('paired.shared lies between the across-publisher and the same-publisher fits of the dev set', { skip: !existsSync(csv) && `no ${csv}` }, () => {
  const r = JSON.parse(execFileSync(process.execPath, [join(root, 'scripts/validation/paired-check.mjs'), csv, '--json'], { encoding: 'utf8', maxBuffer: 1 << 26 }));
  assert.ok(r.samePublisher.groups >= 5 && r.samePublisher.df >= 10, `too few same-publisher pairs: ${r.samePublisher.groups} groups`);
  assert.ok(r.current <= r.samePublisher.rho, `paired.shared ${r.current} above the same-publisher fit ${r.samePublisher.rho.toFixed(3)}`);
  assert.ok(r.current >= r.sameCategory.rho, `paired.shared ${r.current} below the across-publisher fit ${r.sameCategory.rho.toFixed(3)}`);
  // the own share of the error the dev set measures is below the total: the fit reads something real
  assert.ok(r.samePublisher.withinVariance < r.samePublisher.meanSquaredError);
});

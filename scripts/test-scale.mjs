#!/usr/bin/env node
// npm run test:scale [-- --rows N] [--partition-rows N]
// The pipe contract on a real distributed engine: Dask distributed, a LocalCluster of two worker processes, maps
// partitions of a generated catalog through `eco-nudge estimate` (scripts/scale/dask_catalog.py) and checks that every
// row comes back exactly once and equals the single-process output, undisturbed and with one worker killed mid-job.
//
// Needs Debian's python3-distributed for Debian's own interpreter (/usr/bin/python3: the `python3` first on PATH may
// be another one, e.g. pyenv's, without Debian's packages). When it is missing and this runs as root on Debian or
// Ubuntu, it is installed with apt-get; otherwise the script stops with one sentence saying what to install.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { ENGINE_PATH, ROOT } from './cli/engine.mjs';

const { values } = parseArgs({ options: { rows: { type: 'string' }, 'partition-rows': { type: 'string' } } });
const ROWS = Number(values.rows ?? 30_000);
const PARTITION_ROWS = Number(values['partition-rows'] ?? 3_000);
const PY = '/usr/bin/python3';
const say = (s) => console.log(`test:scale: ${s}`);

function hasDistributed() {
  return existsSync(PY) && spawnSync(PY, ['-c', 'import distributed'], { stdio: 'ignore' }).status === 0;
}

if (!hasDistributed()) {
  const isRoot = process.getuid?.() === 0;
  if (!isRoot || !existsSync('/usr/bin/apt-get')) {
    console.error(`test:scale: needs Dask distributed for ${PY}: install the Debian package python3-distributed (apt-get install python3-distributed), then run again.`);
    process.exit(1);
  }
  say('installing Debian package python3-distributed (for /usr/bin/python3)');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const apt = (args) => spawnSync('apt-get', args, { stdio: 'inherit', env }).status === 0;
  if (!apt(['install', '-y', '--no-install-recommends', 'python3-distributed'])) {
    apt(['update']);
    apt(['install', '-y', '--no-install-recommends', 'python3-distributed']);
  }
  if (!hasDistributed()) {
    console.error(`test:scale: python3-distributed could not be installed for ${PY}; install it by hand, then run again.`);
    process.exit(1);
  }
}

if (!existsSync(ENGINE_PATH)) {
  say('dist/ is missing: running npm run build first');
  execFileSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });
}

// a seeded catalog with bad rows at known places (invalid JSON, an unknown category, a negative mass)
const { catalogGenerator } = await import(pathToFileURL(join(ROOT, 'scripts/cli/catalog.mjs')).href);
const { bundledDataset } = await import(pathToFileURL(ENGINE_PATH).href);
const next = catalogGenerator(bundledDataset, 2027);
const lines = [];
for (let n = 1; n <= ROWS; n++) {
  const p = next();
  if (n % 1009 === 0) lines.push(`{"id":"sku-${n}","category":`);
  else if (n % 997 === 0) lines.push(JSON.stringify({ ...p, category: 'no.such-category' }));
  else if (n % 991 === 0) lines.push(JSON.stringify({ ...p, weightGrams: -1 }));
  else lines.push(JSON.stringify(p));
}
const dir = mkdtempSync(join(tmpdir(), 'eco-scale-'));
const catalog = join(dir, 'products.jsonl');
const reference = join(dir, 'single.jsonl');
writeFileSync(catalog, `${lines.join('\n')}\n`);

// the single-process run every distributed result must equal
const single = spawnSync(process.execPath, [join(ROOT, 'bin/eco-nudge.mjs'), 'estimate', '--workers', '1', '--quiet', catalog, '-o', reference], { stdio: 'inherit' });
if (single.status !== 0 && single.status !== 1) {
  console.error(`test:scale: the single-process run failed (exit ${single.status})`);
  process.exit(1);
}
say(`${ROWS.toLocaleString('en-US')} products, single-process output written; now Dask with ${PY}`);

const dask = spawnSync(
  PY,
  [join(ROOT, 'scripts/scale/dask_catalog.py'), '--catalog', catalog, '--reference', reference, '--node', process.execPath, '--bin', join(ROOT, 'bin/eco-nudge.mjs'), '--partition-rows', String(PARTITION_ROWS)],
  { stdio: 'inherit', env: { ...process.env, PYTHONDONTWRITEBYTECODE: '1' } },
);
rmSync(dir, { recursive: true, force: true });
process.exitCode = dask.status === 0 ? 0 : 1;

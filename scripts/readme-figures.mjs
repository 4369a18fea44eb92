// The figures README.md quotes, computed by the kit's own code (engine, bundled dataset, formatter, English catalog)
// and the bundle sizes as `npm run size` measures them, written between `<!-- figure:NAME -->` and `<!-- /figure -->`. `--check` (CI) fails when the README differs.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const entry = `
import { safeEstimateFootprint } from './src/engine/index.js';
import { formatMass } from './src/internal/format.js';
import { enCore } from './src/i18n/en/core.js';
const m = enCore;
// The README's quick-start badge, attribute for attribute.
const r = safeEstimateFootprint({ category: 'apparel.t-shirt', weightGrams: 180, materials: [{ material: 'organic-cotton', share: 0.95 }, { material: 'elastane', share: 0.05 }], originCountry: 'PT', price: 24, currency: 'EUR' });
if (!r.ok) throw new Error(r.error.message);
export const figures = { 'quick-start': r.value.grade + ' · ' + m.withUnit(formatMass(r.value.co2eGrams, 'en', m)) };
`;
const out = await build({ stdin: { contents: entry, resolveDir: root, loader: 'ts' }, bundle: true, format: 'esm', platform: 'node', write: false, logLevel: 'error', tsconfigRaw: { compilerOptions: { experimentalDecorators: true } } });
const { figures } = await import(`data:text/javascript;base64,${Buffer.from(out.outputFiles[0].text).toString('base64')}`);

// The sizes, as `npm run size` measures them (the same build settings as dist/), read from its JSON record.
const record = join(mkdtempSync(join(tmpdir(), 'eco-size-')), 'size.json');
execFileSync(process.execPath, [join(root, 'scripts/size.mjs'), '--json', record], { encoding: 'utf8' });
const { rows, floor } = JSON.parse(readFileSync(record, 'utf8'));
const row = (id) => rows.find((r) => r.id === id)?.gzip;
if (!row('one-tag') || !row('listing') || !floor) throw new Error(`could not read the sizes from scripts/size.mjs's record ${record}`);
const kB = (n) => `${(n / 1000).toFixed(1)} kB`;
Object.assign(figures, { 'size-kit': kB(row('one-tag')), 'size-badge': kB(row('listing')), 'size-floor': kB(floor) });

const file = join(root, 'README.md');
const before = readFileSync(file, 'utf8');
let after = before;
for (const [name, value] of Object.entries(figures)) {
  const re = new RegExp(`(<!-- figure:${name} -->)[^<]*(<!-- /figure -->)`, 'g');
  if (!re.test(after)) throw new Error(`README.md has no <!-- figure:${name} --> marker`);
  after = after.replace(re, `$1\`${value}\`$2`);
}
if (process.argv.includes('--check')) {
  if (after !== before) {
    console.error('README.md quotes figures the code does not give: run `npm run readme:figures` and commit.');
    process.exit(1);
  }
  console.log(`README figures match the code: ${Object.entries(figures).map(([k, v]) => `${k} = ${v}`).join('; ')}`);
} else {
  writeFileSync(file, after);
  console.log(`README figures written: ${Object.entries(figures).map(([k, v]) => `${k} = ${v}`).join('; ')}`);
}

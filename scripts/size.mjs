#!/usr/bin/env node
// npm run size [-- --check]
// Builds the two browser bundles in memory and prints their gzip and brotli sizes with a breakdown by part.
// Other locales are split into on-demand chunks and are not counted; the bundled data is.
// With --check it exits 1 when a budget is exceeded (CI runs it).
import { readFileSync } from 'node:fs';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { build } from 'vite';

const root = new URL('..', import.meta.url).pathname;
const { version } = JSON.parse(readFileSync(`${root}package.json`, 'utf8'));
const check = process.argv.includes('--check');

const BUNDLES = [
  { name: 'dist/eco-nudge.js (whole kit)', entry: 'src/define/all.ts', budget: 30_000, aim: 25_000 },
  { name: 'badge-only (provider + badge + engine + data)', entry: 'src/define/badge-only.ts', budget: 18_000, aim: 15_000 },
];

const PARTS = [
  ['lit', /node_modules\/(lit|lit-html|lit-element|@lit\/reactive-element)\//],
  ['@lit/context', /node_modules\/@lit\/context\//],
  ['zod/mini', /node_modules\/zod\//],
  ['engine', /\/src\/engine\//],
  ['data', /\/src\/data\//],
  ['English messages', /\/src\/i18n\/en\.ts$/],
  ['elements', /\/src\//],
  ['other', /./],
];

const gz = (s) => gzipSync(s, { level: 9 }).length;
const br = (s) => brotliCompressSync(s, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const kB = (n) => `${(n / 1000).toFixed(1)} kB`;

let failed = false;
for (const b of BUNDLES) {
  const out = await build({
    configFile: false, root, logLevel: 'silent', publicDir: false,
    define: { __ECO_VERSION__: JSON.stringify(version) },
    build: {
      write: false, target: 'es2022', minify: true,
      lib: { entry: { bundle: b.entry }, formats: ['es'] },
      rolldownOptions: { output: { minify: true } },
    },
  });
  const chunks = [out].flat().flatMap((o) => o.output).filter((c) => c.type === 'chunk');
  const main = chunks.find((c) => c.isEntry);
  const lazy = chunks.filter((c) => !c.isEntry);
  const groups = new Map(PARTS.map(([n]) => [n, '']));
  for (const [id, m] of Object.entries(main.modules)) {
    const part = PARTS.find(([, re]) => re.test(id))[0];
    groups.set(part, groups.get(part) + (m.code ?? ''));
  }
  const total = { raw: Buffer.byteLength(main.code), gzip: gz(main.code), brotli: br(main.code) };
  console.log(`\n${b.name}`);
  console.log(`  total: ${kB(total.raw)} min, ${kB(total.gzip)} gzip, ${kB(total.brotli)} brotli  (budget ${kB(b.budget)} gzip, aim ${kB(b.aim)})`);
  console.log('  by part (each compressed on its own, so the parts add up to more than the total):');
  for (const [part, code] of groups) {
    if (!code) continue;
    console.log(`    ${part.padEnd(18)} ${kB(Buffer.byteLength(code)).padStart(9)} min ${kB(gz(code)).padStart(9)} gzip ${kB(br(code)).padStart(9)} brotli`);
  }
  if (lazy.length) console.log(`  on-demand chunks (not counted): ${lazy.map((c) => `${c.fileName} ${kB(gz(c.code))} gzip`).join(', ')}`);
  if (total.gzip > b.budget) {
    failed = true;
    console.log(`  OVER BUDGET by ${kB(total.gzip - b.budget)}`);
  }
}
if (check && failed) {
  console.error('\nsize: a bundle is over its gzip budget');
  process.exit(1);
}

#!/usr/bin/env node
// npm run size [-- --check] [-- --modules]
// Builds the two browser bundles in memory, with the settings of scripts/build.mjs (scripts/bundles.mjs), and prints their gzip and brotli
// sizes with a breakdown by part. What a page loads up front is counted: the entry and every chunk it imports
// statically. Chunks loaded on demand (other locales) are listed and not counted; the bundled data is counted.
// With --check it exits 1 when a budget is exceeded (CI runs it). With --modules it also lists the largest modules.
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { REGISTER_ENTRY, registerChunk, root, singleFile } from './bundles.mjs';

const check = process.argv.includes('--check');
const listModules = process.argv.includes('--modules');

const BUNDLES = [
  { name: 'dist/eco-nudge.js (whole kit)', entry: 'src/define/all.ts', budget: 30_000, aim: 25_000 },
  { name: 'badge-only (provider + badge + engine + data)', entry: 'src/define/badge-only.ts', budget: 18_000, aim: 15_000 },
];

const PARTS = [
  ['lit', /node_modules\/(lit|lit-html|lit-element|@lit\/reactive-element)\//],
  ['@lit/context', /node_modules\/@lit\/context\//],
  ['zod/mini', /node_modules\/zod\//],
  ['engine schemas', /\/src\/engine\/schemas\//],
  ['engine', /\/src\/engine\//],
  ['data', /\/src\/data\//],
  ['English messages', /\/src\/i18n\/en(\.ts$|\/)/],
  ['styles', /\/src\/(styles\/|components\/.*\.styles\.ts$)/],
  ['elements', /\/src\//],
  ['other', /./],
];

const gz = (s) => gzipSync(s, { level: 9 }).length;
const br = (s) => brotliCompressSync(s, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const kB = (n) => `${(n / 1000).toFixed(1)} kB`;
const short = (id) => id.replace(root, '').replace(/^.*node_modules\//, '');

// The validators are a self-contained file loaded on demand (as scripts/build.mjs builds them): measured on their own.
const registerCode = (await singleFile({ entry: { register: REGISTER_ENTRY } })).find((c) => c.isEntry).code;

// The floor under both entries: lit, @lit/context and the bundled dataset alone, in one minimal element that provides
// and consumes a context and renders the dataset. No engine, element, style or message code of the kit is in it, so no
// entry that renders the bundled figures with Lit and @lit/context can be smaller than this.
const FLOOR = `import { LitElement, html, css } from 'lit';
import { ContextProvider, ContextConsumer, createContext } from '@lit/context';
import { bundledDataset } from '${root}src/data/index.ts';
const c = createContext('floor');
class Floor extends LitElement {
  static styles = css\`:host{display:block}\`;
  p = new ContextProvider(this, { context: c });
  q = new ContextConsumer(this, { context: c, subscribe: true });
  render() { return html\`<p>\${Object.keys(bundledDataset.categories).length}</p>\`; }
}
customElements.define('eco-floor', Floor);`;
const floorChunks = await singleFile({
  entry: { floor: 'virtual:floor' },
  plugins: [{ name: 'floor', enforce: 'pre', resolveId: (id) => (id.endsWith('virtual:floor') ? '\0floor' : null), load: (id) => (id === '\0floor' ? FLOOR : null) }],
});
const floor = gz(floorChunks.map((c) => c.code).join('\n'));
console.log(`floor: lit + @lit/context + the bundled dataset in one minimal element, nothing else of the kit: ${kB(floor)} gzip`);

let failed = false;
for (const b of BUNDLES) {
  const chunks = await singleFile({
    entry: { bundle: b.entry },
    plugins: [registerChunk('register.js')],
    rolldownOptions: { preserveEntrySignatures: 'allow-extension' },
  });
  const byName = new Map(chunks.map((c) => [c.fileName, c]));
  // up front: the entry and what it imports statically, transitively
  const upFront = [];
  const queue = [chunks.find((c) => c.isEntry)];
  while (queue.length) {
    const c = queue.shift();
    if (upFront.includes(c)) continue;
    upFront.push(c);
    queue.push(...c.imports.map((f) => byName.get(f)).filter(Boolean));
  }
  const lazy = chunks.filter((c) => !upFront.includes(c));
  const code = upFront.map((c) => c.code).join('\n');
  const groups = new Map(PARTS.map(([n]) => [n, '']));
  const modules = [];
  for (const c of upFront) {
    for (const [id, m] of Object.entries(c.modules)) {
      const part = PARTS.find(([, re]) => re.test(id))[0];
      groups.set(part, groups.get(part) + (m.code ?? ''));
      if (m.code) modules.push([short(id), m.code]);
    }
  }
  const total = { raw: Buffer.byteLength(code), gzip: gz(code), brotli: br(code) };
  console.log(`\n${b.name}`);
  const files = upFront.length > 1 ? ` in ${upFront.length} files` : '';
  console.log(`  total: ${kB(total.raw)} min, ${kB(total.gzip)} gzip, ${kB(total.brotli)} brotli${files}  (budget ${kB(b.budget)} gzip, aim ${kB(b.aim)})`);
  console.log('  by part (each compressed on its own, so the parts add up to more than the total):');
  for (const [part, text] of groups) {
    if (!text) continue;
    console.log(`    ${part.padEnd(18)} ${kB(Buffer.byteLength(text)).padStart(9)} min ${kB(gz(text)).padStart(9)} gzip ${kB(br(text)).padStart(9)} brotli`);
  }
  if (listModules) {
    console.log('  largest modules (gzip on their own):');
    for (const [id, text] of modules.map(([id, t]) => [id, t, gz(t)]).sort((x, y) => y[2] - x[2]).slice(0, 25).map(([id, t]) => [id, t]))
      console.log(`    ${kB(gz(text)).padStart(8)}  ${id}`);
  }
  console.log(`  on-demand chunks (not counted): ${[...lazy.map((c) => `${c.fileName} ${kB(gz(c.code))} gzip`), `validators (self-contained) ${kB(gz(registerCode))} gzip`].join(', ')}`);
  console.log(`  above the floor: ${kB(total.gzip - floor)} gzip (engine, elements, styles, English messages)`);
  if (total.gzip > b.budget) {
    failed = true;
    console.log(`  OVER BUDGET by ${kB(total.gzip - b.budget)}`);
  }
}
if (check && failed) {
  console.error('\nsize: a bundle is over its gzip budget');
  process.exit(1);
}

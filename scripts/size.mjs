#!/usr/bin/env node
// npm run size [-- --check] [-- --ceilings] [-- --lower-ceilings] [-- --modules] [-- --json <file>]
// What each page type loads before its first paint, with the settings of scripts/build.mjs (scripts/bundles.mjs, the
// production build), measured from the minified code: gzip -9 of each file the page fetches up front (the entry, every
// chunk it imports statically, transitively, and the page stylesheet dist/eco-nudge.css), summed, since each file is
// its own transfer. Chunks loaded on demand (other locales, the validators) are listed and not counted.
// Each row has the budget and aim of issue 15 (docs/performance.md). The part breakdown is read from the minified
// output through its source map: each part's minified bytes, and its cost in context (the gzip of the whole minus the
// gzip of the whole without that part's bytes), so the parts are not overstated as when compressed on their own.
// Writes the record to size-report.json (gitignored; --json <file> elsewhere). With --check it exits 1 when a row is
// over its budget. With --ceilings it exits 1 when a row is over its ceiling in scripts/size-ceilings.json: the size each
// row has reached on main, which `.ci/run` enforces until every row is within its budget, so no change can make a page
// heavier; --lower-ceilings writes the rows' measured sizes (rounded up to 0.1 kB) as their new ceilings, never
// raising one. With --modules it also lists the largest modules of each row.
import { readFileSync, writeFileSync } from 'node:fs';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { root, singleFile, pageFiles, pageStylesheet, version } from './bundles.mjs';

const check = process.argv.includes('--check');
const checkCeilings = process.argv.includes('--ceilings');
const lowerCeilings = process.argv.includes('--lower-ceilings');
const ceilingsFile = `${root}scripts/size-ceilings.json`;
const ceilings = JSON.parse(readFileSync(ceilingsFile, 'utf8'));
const listModules = process.argv.includes('--modules');
const jsonAt = process.argv.indexOf('--json');
const jsonFile = jsonAt > 0 ? process.argv[jsonAt + 1] : `${root}size-report.json`;

const gz = (s) => gzipSync(s, { level: 9 }).length;
const br = (s) => brotliCompressSync(s, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const kB = (n) => `${(n / 1000).toFixed(1)} kB`;
const short = (id) => id.replace(root, '').replace(/^.*node_modules\//, '');

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
const partOf = (id) => PARTS.find(([, re]) => re.test(id))[0];

const CSS = pageStylesheet(); // as dist/eco-nudge.css ships it (minified)
const cssFile = { fileName: 'eco-nudge.css', code: CSS, map: null };

// ---- source maps: which source each character of the minified output comes from
const B64 = Object.fromEntries([...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'].map((c, i) => [c, i]));
function vlq(segment) {
  const out = [];
  let value = 0;
  let shift = 0;
  for (const ch of segment) {
    const digit = B64[ch];
    value += (digit & 31) << shift;
    if (digit & 32) shift += 5;
    else {
      out.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return out;
}
/** `[[start, end, part, sourceId]]` per character range of `code`, from its source map (`other` where unmapped). */
function ranges(code, map) {
  if (!map) return [[0, code.length, 'other', '(unmapped)']];
  const lines = code.split('\n');
  const out = [];
  let offset = 0;
  let src = 0;
  let [sl, sc] = [0, 0];
  let last = '(unmapped)'; // a line with no segment of its own (inside a multi-line template literal) continues the last one
  map.mappings.split(';').forEach((line, i) => {
    const text = lines[i] ?? '';
    const segs = line ? line.split(',').map(vlq) : [];
    let col = 0;
    const points = [];
    for (const s of segs) {
      col += s[0];
      if (s.length >= 4) {
        src += s[1];
        sl += s[2];
        sc += s[3];
        points.push([col, map.sources[src] ?? '(unmapped)']);
      } else points.push([col, '(unmapped)']);
    }
    if (!points.length || points[0][0] > 0) points.unshift([0, last]);
    last = points.at(-1)[1];
    points.forEach(([c, id], j) => {
      const end = j + 1 < points.length ? points[j + 1][0] : text.length + 1; // the newline goes with the line's last segment
      if (end > c) out.push([offset + c, offset + end, id === '(unmapped)' ? 'other' : partOf(id.replace(/^(\.\.\/)+/, '/')), id]);
    });
    offset += text.length + 1;
  });
  return out;
}

/** Measures the files a page loads up front: totals, parts in context, largest modules. */
function measure(files) {
  const perFile = files.map((f) => ({ file: f.fileName, min: Buffer.byteLength(f.code), gzip: gz(f.code), brotli: br(f.code) }));
  const total = { min: 0, gzip: 0, brotli: 0 };
  for (const f of perFile) for (const k of Object.keys(total)) total[k] += f[k];
  // parts: characters of each file by part; in context = the file's gzip minus its gzip without the part
  const parts = {};
  const modules = {};
  for (const f of files) {
    const r = f.fileName.endsWith('.css') ? [[0, f.code.length, 'styles', 'eco-nudge.css']] : ranges(f.code, f.map);
    const byPart = {};
    for (const [a, b, part, id] of r) {
      (byPart[part] ??= []).push([a, b]);
      const m = (modules[short(id.replace(/^(\.\.\/)+/, '/'))] ??= { min: 0 });
      m.min += b - a;
    }
    const whole = gz(f.code);
    for (const [part, spans] of Object.entries(byPart)) {
      let without = '';
      let at = 0;
      let own = '';
      for (const [a, b] of spans.sort((x, y) => x[0] - y[0])) {
        without += f.code.slice(at, a);
        own += f.code.slice(a, b);
        at = b;
      }
      without += f.code.slice(at);
      const p = (parts[part] ??= { min: 0, gzipInContext: 0 });
      p.min += Buffer.byteLength(own);
      p.gzipInContext += whole - (without ? gz(without) : 0);
    }
  }
  return { files: perFile, total, parts, modules };
}

/** The entry chunk named `name` (or, with `entry` false, the chunk) and every chunk it imports statically, transitively. */
function upFront(chunks, name, entry = true) {
  const byName = new Map(chunks.map((c) => [c.fileName, c]));
  const seen = [];
  const queue = [chunks.find((c) => (entry ? c.isEntry : true) && c.name === name)];
  while (queue.length) {
    const c = queue.shift();
    if (!c || seen.includes(c)) continue;
    seen.push(c);
    queue.push(...c.imports.map((f) => byName.get(f)));
  }
  return seen;
}

// ---- the builds (production, minified, as dist/ ships them)
const pages = await pageFiles({ sourcemap: true });
const oneTag = await singleFile({ entry: { 'eco-nudge': 'src/define/all.ts' }, sourcemap: true, rolldownOptions: { preserveEntrySignatures: 'allow-extension' }, plugins: [selfContainedRegister()] });
// The floor: lit, @lit/context and the bundled dataset alone, in one minimal element that provides and consumes a
// context and renders the dataset. No engine, element, style or message code of the kit is in it, so no page that
// renders the bundled figures with Lit and @lit/context can load less than this.
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
const floor = gz(
  (
    await singleFile({
      entry: { floor: 'virtual:floor' },
      plugins: [{ name: 'floor', enforce: 'pre', resolveId: (id) => (id.endsWith('virtual:floor') ? '\0floor' : null), load: (id) => (id === '\0floor' ? FLOOR : null) }],
    })
  )
    .map((c) => c.code)
    .join('\n'),
);
console.log(`floor: lit + @lit/context + the bundled dataset in one minimal element, nothing else of the kit: ${kB(floor)} gzip`);

const orderFootprint = pages.some((c) => Object.keys(c.modules).some((id) => id.includes('/src/define/order-footprint')));

/** The validators of the one-tag file are a self-contained file beside it (scripts/build.mjs): left out here too. */
function selfContainedRegister() {
  return {
    name: 'size-register-outside',
    enforce: 'pre',
    resolveId: (source, importer) => (/\/schemas\/register(\.js|\.ts)?$/.test(source) && importer && /src\/internal\/validators\.ts$/.test(importer) ? { id: './register.js', external: true } : null),
  };
}

const ROWS = [
  {
    id: 'listing',
    name: 'listing, engine in the browser (provider + 24 compact badges): dist/pages/listing.js',
    chunks: pages,
    entry: 'listing',
    // the badges' first figures need their category family's data chunk (fetched by the badges, in parallel): counted
    families: ['apparel'],
    note: 'a listing of T-shirts: counts the apparel family chunk its badges fetch before their first figure (electronics, the largest family, is listed on demand)',
    budget: 24_000,
    aim: 20_000,
  },
  { id: 'listing-precomputed', name: 'listing, precomputed results (provider + 24 compact badges given `result`): dist/pages/listing-precomputed.js', chunks: pages, entry: 'listing-precomputed', budget: 15_000, aim: 10_000 },
  {
    id: 'product',
    name: 'product page (full badge, alternatives, seller badge): dist/pages/product.js',
    chunks: pages,
    entry: 'product',
    // the badge and the alternatives fetch the families of the categories they show before their first figure: counted
    families: ['electronics'],
    note: 'a laptop page with laptop alternatives: counts the electronics family chunk (the largest) that the badge and the alternatives fetch before their first figure',
    budget: 28_000,
    aim: 24_000,
  },
  {
    id: 'checkout',
    name: 'checkout (delivery options, savings counter, order footprint): dist/pages/checkout.js',
    chunks: pages,
    entry: 'checkout',
    // the order footprint fetches the families of its cart lines before its first figure: counted
    families: ['apparel', 'electronics'],
    budget: 24_000,
    aim: 20_000,
    note: orderFootprint ? 'a cart of clothes and a laptop: counts the apparel and electronics family chunks the order footprint fetches before its first figure' : '<eco-order-footprint> is not on this branch yet (h2-checkout): measured without it',
  },
  { id: 'one-tag', name: 'dist/eco-nudge.js, all in one, for one-tag merchants (everything)', chunks: oneTag, entry: 'eco-nudge', budget: 40_000, aim: 32_000, css: true },
];

const record = { version, measured: new Date().toISOString(), method: 'gzip -9 (and brotli 11) of each minified file loaded before first paint, summed; eco-nudge.css included', floor, rows: [] };
let failed = false;
const overCeiling = [];
for (const row of ROWS) {
  const family = [...new Set((row.families ?? []).flatMap((f) => upFront(row.chunks, `data-${f}`, false)))].filter((c) => !upFront(row.chunks, row.entry).includes(c));
  const files = [...upFront(row.chunks, row.entry), ...family, cssFile];
  const lazy = row.chunks.filter((c) => !files.includes(c) && !c.isEntry);
  const m = measure(files);
  const over = m.total.gzip > row.budget;
  failed ||= over;
  const ceiling = ceilings.rows[row.id];
  if (ceiling === undefined || m.total.gzip > ceiling) overCeiling.push({ id: row.id, gzip: m.total.gzip, ceiling });
  if (lowerCeilings) ceilings.rows[row.id] = Math.min(ceiling ?? Infinity, Math.ceil(m.total.gzip / 100) * 100);
  console.log(`\n${row.name}`);
  if (row.note) console.log(`  note: ${row.note}`);
  console.log(`  total: ${kB(m.total.min)} min, ${kB(m.total.gzip)} gzip, ${kB(m.total.brotli)} brotli in ${files.length} files  (budget ${kB(row.budget)} gzip, aim ${kB(row.aim)}${ceiling === undefined ? '' : `, ceiling ${kB(ceiling)}`})  ${over ? `OVER BUDGET by ${kB(m.total.gzip - row.budget)}` : m.total.gzip > row.aim ? 'within budget, above aim' : 'within aim'}`);
  console.log(`  files: ${m.files.map((f) => `${f.file} ${kB(f.gzip)}`).join(', ')}`);
  console.log('  by part (minified bytes; gzip in context: the file\'s gzip minus its gzip without the part):');
  for (const [part] of PARTS) {
    const p = m.parts[part];
    if (p) console.log(`    ${part.padEnd(18)} ${kB(p.min).padStart(9)} min ${kB(p.gzipInContext).padStart(9)} gzip in context`);
  }
  if (listModules) {
    console.log('  largest modules (minified bytes in the output):');
    for (const [id, { min }] of Object.entries(m.modules).sort((x, y) => y[1].min - x[1].min).slice(0, 25)) console.log(`    ${kB(min).padStart(8)}  ${id}`);
  }
  if (lazy.length) console.log(`  on demand (not counted): ${lazy.map((c) => `${c.fileName} ${kB(gz(c.code))}`).join(', ')}`);
  record.rows.push({ id: row.id, name: row.name, ...(row.note ? { note: row.note } : {}), budget: row.budget, aim: row.aim, ceiling: ceiling ?? null, gzip: m.total.gzip, brotli: m.total.brotli, min: m.total.min, over, files: m.files, parts: m.parts });
}
writeFileSync(jsonFile, `${JSON.stringify(record, null, 2)}\n`);
console.log(`\nrecord: ${jsonFile.replace(root, '')}`);
if (lowerCeilings) {
  writeFileSync(ceilingsFile, `${JSON.stringify(ceilings, null, 2)}\n`);
  console.log(`ceilings: ${Object.entries(ceilings.rows).map(([id, n]) => `${id} ${kB(n)}`).join(', ')} (${ceilingsFile.replace(root, '')})`);
}
if (checkCeilings && overCeiling.length) {
  console.log(`size: ${overCeiling.map((r) => `${r.id} ${kB(r.gzip)} over its ceiling ${r.ceiling === undefined ? '(none recorded)' : kB(r.ceiling)}`).join('; ')}: a change made a page heavier (docs/performance.md)`);
  process.exitCode = 1;
}
if (failed) {
  console.log(`size: ${record.rows.filter((r) => r.over).map((r) => r.id).join(', ')} over budget${check ? '' : ' (report only; --check fails on it)'}`);
  if (check) process.exit(1);
}

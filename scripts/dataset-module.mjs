// Writes src/data/index.ts: the bundled dataset in a compact encoding plus the small decoder that expands it, on
// import, to exactly the `Dataset` object of src/data/dataset.json (same keys, same order, same numbers).
// Used by scripts/build-dataset.mjs, which also proves the round trip (`checkModule`) before writing anything.
//
// The encoding drops what is implied: the unit and source shared by a table of factors, the `USD` of typical prices,
// the note and proxy flag of proxy benchmarks (a `*` after the source id), the 1000 g of food, the category group,
// and figures the decoder recomputes to the same three significant figures (the allowance = manufacturing stage ÷ kg;
// a benchmark stage = the same stage of the typical product, see `stageFormulas`), kept wherever the recomputation
// would differ. Materials, packaging, freight modes and spend keys are referred to by their position in their tables.
// Tables are column-wise (one line per field, `|` between entries): like values sit together, which gzip prefers
// (about 0.2 kB less than one line per entry). The decoder reads them all with one helper, `each`.
//   sources         id | title | url | year | licence | attribution
//   factor tables   key | value | source where not the table's usual one (`*`: proxy)
//   materials       key | label | virgin | source[*] | endOfLife | recycled | source[*]
//   categories      see CATEGORY_COLUMNS; stages one column each, empty where recomputed
//   lists           `<index in base 36><number>`, comma-separated: `018e3,21e3` = sea 18 000 km, road 1 000 km
//   labels          left out where the key spells them (`leather-shoes` → `Leather shoes`)
import { transform } from 'esbuild';

const STAGES = ['materials', 'manufacturing', 'transport', 'packaging', 'use', 'endOfLife'];
const PROXY_NOTE = 'Proxy: see src/data/README.md.';
const UNITS = { item: '', kg: 'k', litre: 'l' };
const MATERIAL_UNIT = 'g CO2e/kg';
const MODES = ['sea', 'air', 'road', 'rail'];

const fail = (msg) => { throw new Error(`build-dataset (compact encoding): ${msg}. Extend scripts/dataset-module.mjs.`); };
const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);
const keysAre = (o, ...orders) => orders.some((k) => same(Object.keys(o), k));

/** The shortest JavaScript numeral for `n` (`.5`, `273e2`). */
export function num(n) {
  if (typeof n !== 'number' || !Number.isFinite(n)) fail(`not a finite number: ${n}`);
  const s = String(n);
  const c = [s, s.replace(/^(-?)0\./, '$1.')];
  const m = /^(-?\d+?)(0+)$/.exec(s);
  if (m) c.push(`${m[1]}e${m[2].length}`);
  return c.filter((x) => Number(x) === n).sort((a, b) => a.length - b.length)[0];
}

const str = (s) => `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
const ident = (k) => (/^[A-Za-z_$][\w$]*$/.test(k) ? k : str(k));
const isFactor = (v) => v && typeof v === 'object' && keysAre(v, ['value', 'unit', 'source'], ['value', 'unit', 'source', 'proxy']) && (v.proxy === undefined || v.proxy === true);
const text = (s, what) => {
  if (typeof s !== 'string' || !s || /[|\n`\\]|\$\{/.test(s)) fail(`${what} "${s}" is empty or holds a separator`);
  return s;
};

/** A JavaScript literal; factors become `F(value, unit, source[, 1])`. */
function lit(v) {
  if (typeof v === 'number') return num(v);
  if (typeof v === 'string') return str(v);
  if (typeof v === 'boolean') return v ? '!0' : '!1';
  if (Array.isArray(v)) return `[${v.map(lit).join(',')}]`;
  if (isFactor(v)) return `F(${num(v.value)},${str(v.unit)},${str(v.source)}${v.proxy ? ',1' : ''})`;
  if (v && typeof v === 'object') return `{${Object.entries(v).map(([k, x]) => `${ident(k)}:${lit(x)}`).join(',')}}`;
  return fail(`cannot encode ${v}`);
}

const srcStar = (f) => `${text(f.source, 'source')}${f.proxy ? '*' : ''}`;

/** A table of factors: `T(unit, source, columns)` (keys; values; source where not the usual one, `*` for a proxy), or a plain literal when the units differ. */
function table(t, what) {
  const entries = Object.entries(t);
  if (!entries.length || !entries.every(([, f]) => isFactor(f))) fail(`${what} is not a table of factors`);
  const unit = entries[0][1].unit;
  if (!entries.every(([, f]) => f.unit === unit)) return lit(t);
  const count = {};
  for (const [, f] of entries) count[f.source] = (count[f.source] ?? 0) + 1;
  const source = Object.keys(count).sort((a, b) => count[b] - count[a])[0];
  const rows = entries.map(([k, f]) => {
    if (/[|\n`\\]/.test(k)) fail(`${what} key "${k}" holds a separator`);
    return [k, num(f.value), `${f.source === source ? '' : text(f.source, 'source')}${f.proxy ? '*' : ''}`];
  });
  return `T(${str(unit)},${str(source)},\`${columns(rows)}\`)`;
}

/** `<index in base 36 of the name in names><number>`, comma-separated, for lists of `{ [a]: name, [b]: number }`. */
function pairs(list, a, b, names, what) {
  return list.map((x) => {
    const i = names.indexOf(x[a]);
    if (!keysAre(x, [a, b]) || i < 0 || i >= 36 || !(x[b] >= 0)) fail(`${what}: ${JSON.stringify(x)}`);
    return `${i.toString(36)}${num(x[b])}`;
  }).join(',');
}

/** The label the decoder derives from a key when the line leaves it out: `leather-shoes` → `Leather shoes`. */
const labelOf = (key) => key[0].toUpperCase() + key.slice(1).replace(/-/g, ' ');
const label = (key, l) => (labelOf(key) === l ? '' : text(l, 'label'));

/** What the decoder computes for a figure left out: three significant figures. */
const sig3 = (x) => Number(x.toPrecision(3));

/** Sum of `f` over `list`, left to right from 0: the decoder's `sum` (same order, so the same floating-point result). */
const sum = (list, f) => list.reduce((a, x) => a + f(x), 0);

/**
 * The stages the decoder can recompute from the typical product and the factor tables, by stage index (manufacturing
 * has no formula). Each must match the decoder's `D` term for term; the round trip (`checkModule`) proves it.
 */
function stageFormulas(data) {
  const world = data.grid.WORLD?.value ?? fail('no WORLD grid');
  const mat = (m) => data.materials[m.material];
  return [
    (t, kg) => sum(t.materials, (m) => m.share * kg * mat(m).virgin.value),
    null,
    (t, kg) => sum(t.transport, (l) => (kg * l.distanceKm * (data.freight[l.mode].direct.value + data.freight[l.mode].wellToTank.value)) / 1000),
    (t) => sum(t.packaging, (p) => (p.weightGrams / 1000) * data.packaging[p.material].value),
    (t) => (t.use ? t.use.kWhPerYear * t.use.years * world + (t.use.otherGrams ?? 0) : NaN),
    (t, kg) => sum(t.materials, (m) => m.share * kg * data.endOfLife[mat(m).endOfLife].value),
  ];
}

/** Category fields, one column each (column-wise: like values sit together and compress better). */
const CATEGORY_COLUMNS = ['key', 'label', 'unit', 'g', 'materials', 'origin', 'price', 'use', 'legs', 'packaging', ...STAGES, 'source', 'spend', 'allowance', 'packSize'];

function categoryColumns(data, entries = Object.entries(data.categories)) {
  const legs = [];
  const mats = Object.keys(data.materials);
  const packs = Object.keys(data.packaging);
  const spends = Object.keys(data.spend);
  const formulas = stageFormulas(data);
  let group = '';
  const rows = entries.map(([key, c]) => {
    if (!keysAre(c, ['label', 'unit', 'typical', 'benchmark', 'spendKey', 'manufacturing'])) fail(`category ${key} has other keys`);
    const t = c.typical;
    const shape = ['weightGrams', 'materials', 'originCountry', 'price'];
    if (!keysAre(t, [...shape, 'transport', 'packaging'], [...shape, 'use', 'transport', 'packaging'], [...shape, 'packSize', 'transport', 'packaging'])) fail(`category ${key}: typical has other keys`);
    if (t.use && t.packSize !== undefined) fail(`category ${key}: typical has both use and packSize`);
    if (!keysAre(t.price, ['amount', 'currency']) || t.price.currency !== 'USD') fail(`category ${key}: price not in USD`);
    if (t.use && !keysAre(t.use, ['kWhPerYear', 'years'], ['kWhPerYear', 'years', 'otherGrams'])) fail(`category ${key}: use has other keys`);
    const b = c.benchmark;
    const proxy = b.note !== undefined;
    if (!keysAre(b, ['stages', 'source'], ['stages', 'source', 'note']) || (proxy && b.note !== PROXY_NOTE)) fail(`category ${key}: benchmark note or keys`);
    if (!keysAre(b.stages, STAGES)) fail(`category ${key}: stages`);
    const m = c.manufacturing;
    if (!isFactor(m) || m.unit !== MATERIAL_UNIT || m.source !== b.source || !!m.proxy !== proxy) fail(`category ${key}: allowance not in step with the benchmark`);
    if (!(c.unit in UNITS)) fail(`category ${key}: unit ${c.unit}`);
    const spend = spends.indexOf(c.spendKey);
    if (spend < 0) fail(`category ${key}: spend key ${c.spendKey}`);
    const legsText = pairs(t.transport, 'mode', 'distanceKm', MODES, `${key} transport`);
    if (!legs.includes(legsText)) legs.push(legsText);
    const dot = key.indexOf('.');
    const g = key.slice(0, dot);
    const shortKey = g === group && dot > 0 ? key.slice(dot) : key;
    group = g;
    const kg = t.weightGrams / 1000;
    const stages = STAGES.map((s, i) => (formulas[i] && sig3(formulas[i](t, kg)) === b.stages[s] ? '' : num(b.stages[s])));
    const allowanceDerived = sig3(b.stages.manufacturing / kg) === m.value;
    return [
      text(shortKey, 'key'), label(key.slice(dot + 1), c.label), UNITS[c.unit], t.weightGrams === 1000 ? '' : num(t.weightGrams),
      pairs(t.materials, 'material', 'share', mats, `${key} materials`), text(t.originCountry, 'origin'), num(t.price.amount),
      t.use ? `${num(t.use.kWhPerYear)}x${num(t.use.years)}${t.use.otherGrams === undefined ? '' : `x${num(t.use.otherGrams)}`}` : '', String(legs.indexOf(legsText)), pairs(t.packaging, 'material', 'weightGrams', packs, `${key} packaging`),
      ...stages, srcStar({ source: b.source, proxy }), String(spend), allowanceDerived ? '' : num(m.value), t.packSize === undefined ? '' : num(t.packSize),
    ];
  });
  return { legs, rows };
}

function materialLines(materials) {
  return Object.entries(materials).map(([key, m]) => {
    if (!keysAre(m, ['label', 'virgin', 'endOfLife'], ['label', 'virgin', 'endOfLife', 'recycled'])) fail(`material ${key} has other keys`);
    for (const f of [m.virgin, m.recycled].filter(Boolean)) if (!isFactor(f) || f.unit !== MATERIAL_UNIT) fail(`material ${key}: factor unit`);
    const r = m.recycled ? [num(m.recycled.value), srcStar(m.recycled)] : [];
    return [text(key, 'key'), label(key, m.label), num(m.virgin.value), srcStar(m.virgin), text(m.endOfLife, 'route'), ...(r.length ? r : ['', ''])];
  });
}

/** Sources: id, title, url (may be empty), year, licence, attribution. */
function sourceRows(sources) {
  return Object.entries(sources).map(([id, s]) => {
    if (!keysAre(s, ['title', 'url', 'year', 'licence', 'attribution'], ['title', 'year', 'licence', 'attribution'])) fail(`source ${id} has other keys`);
    if (!Number.isInteger(s.year)) fail(`source ${id}: year`);
    return [text(id, 'source id'), text(s.title, 'title'), s.url === undefined ? '' : text(s.url, 'url'), String(s.year), text(s.licence, 'licence'), text(s.attribution, 'attribution')];
  });
}

/** Rows of fields → the column-wise text the decoder's \`each\` reads: one line per field, \`|\` between entries. */
const columns = (rows) => rows[0].map((_, i) => rows.map((r) => r[i]).join('|')).join('\n');

/**
 * The category families, each a data module of its own (src/data/categories-<family>.ts) that a listing fetches only
 * for the categories on its page: the key's group (before the dot) → its family; any other group is `home`. Each
 * family's categories must be contiguous in the dataset, so that the families together, in order, give the table in
 * the dataset's own order.
 */
const FAMILY_OF = { apparel: 'apparel', footwear: 'apparel', electronics: 'electronics', appliances: 'electronics', food: 'food', beverages: 'food' };
const familyOf = (key) => FAMILY_OF[key.slice(0, key.indexOf('.'))] ?? 'home';

/** `[[family, [[key, category], …]], …]` in the dataset's order; fails where a family is not contiguous. */
function families(data) {
  const out = [];
  for (const entry of Object.entries(data.categories)) {
    const f = familyOf(entry[0]);
    if (out.at(-1)?.[0] !== f) {
      if (out.some(([g]) => g === f)) fail(`category ${entry[0]}: family ${f} is not contiguous in the dataset`);
      out.push([f, []]);
    }
    out.at(-1)[1].push(entry);
  }
  return out;
}

const TOP = ['schemaVersion', 'id', 'version', 'publishedAt', 'sources', 'categories', 'materials', 'freight', 'grid', 'packaging', 'endOfLife', 'spend', 'delivery', 'equivalences', 'currencies', 'grades', 'ranges', 'substitutes', 'conditions', 'paired'];

/**
 * The TypeScript sources for `data`: `core` (src/data/core.ts: every table but the categories, and the decoder),
 * `categories` (src/data/categories.ts: the category table, registered into core on import) and `index`
 * (src/data/index.ts: both, the complete dataset). Checkout pages import core only and never load the category table.
 */
export function compactModule(data, version) {
  if (!keysAre(data, TOP)) fail('the dataset has other top-level keys');
  if (!same(Object.keys(data.freight), MODES)) fail('freight modes');
  const rest = ['delivery', 'equivalences', 'currencies', 'grades', 'ranges', 'substitutes', 'conditions', 'paired'].map((k) => `${k}:${lit(data[k])}`);
  const core = (() => {
  return `// Generated by scripts/build-dataset.mjs from src/data/curated.mjs, ../shared/reference and src/data/model.json.
// Do not edit: run \`npm run data\`. Sources, licences and derivations: src/data/README.md and NOTICE.md.
// The same dataset, readable and with every key spelled out: src/data/dataset.json. This module carries it in a
// compact encoding (scripts/dataset-module.mjs) and expands it to exactly that object the first time one of its tables
// is read (not on import: a page that evaluates the kit does not pay for it in that task). The category table is in
// one module per family, ./categories-<family>.ts, each registering itself here when imported (./categories.ts imports
// them all, ./index.ts that and this): until then \`categories\` holds the families loaded so far (none on a checkout
// page; those of its products on a listing, ./families.ts). The citations (\`sources\`) are ./sources.ts, registered the
// same way: only the details of a badge (\"How we calculate\") and a merchant dataset's checks read them.
import { FREIGHT_MODES, STAGES } from '../engine/kinds.js';
import type { Dataset, Factor, Freight, Material, MaterialShareInput, PackagingInput, TransportLegInput } from '../engine/types.js';

export const DATASET_VERSION = ${str(version)};

export type Obj = Record<string, unknown>;
export const F = (value: number, unit: string, source: string, proxy?: unknown): Factor => (proxy ? { value, unit, source, proxy: true } : { value, unit, source });
/** \`name*\` → a factor marked as a proxy. */
export const S = (value: string, unit: string, source: string) => F(+value, unit, source.replace('*', ''), source.endsWith('*'));
/** A column-wise table (one line per field, \`|\` between entries): calls \`row\` with each entry's fields. */
export const each = (table: string, row: (fields: string[]) => void) => {
  const c = table.split('\\n').map((l) => l.split('|'));
  c[0]!.forEach((_, i) => row(c.map((l) => l[i]!)));
};
/** A table of factors: keys; values; the source where it is not \`source\` (\`*\`: a proxy). */
const T = (unit: string, source: string, table: string) => {
  const out: Record<string, Factor> = {};
  each(table, ([key, value, src]) => (out[key!] = S(value!, unit, src && src !== '*' ? src : source + src)));
  return out;
};
/** \`<index in base 36 into names><number>,…\` → [{ [a]: names[index], [b]: number }, …] */
export const P = (list: string | undefined, a: string, b: string, names: readonly string[]) => (list ? list.split(',').map((x) => ({ [a]: names[parseInt(x[0]!, 36)], [b]: +x.slice(1) })) : []);
export const sig3 = (x: number) => +x.toPrecision(3);
/** The label left out of a line: \`leather-shoes\` → \`Leather shoes\`. */
export const L = (label: string | undefined, key: string) => label || key[0]!.toUpperCase() + key.slice(1).replace(/-/g, ' ');
/** Expands the tables (the body is not indented: the column strings span lines). */
function expand() {
const materials: Record<string, Material> = {};
// key, label (left out where the key spells it), virgin, source[*], end-of-life route, recycled, source[*]
each(\`${columns(materialLines(data.materials))}\`, ([key, label, virgin, src, endOfLife, recycled, rsrc]) => {
  materials[key!] = { label: L(label, key!), virgin: S(virgin!, ${str(MATERIAL_UNIT)}, src!), endOfLife: endOfLife!, ...(recycled ? { recycled: S(recycled, ${str(MATERIAL_UNIT)}, rsrc!) } : {}) };
});
${['grid', 'packaging', 'endOfLife', 'spend'].map((k) => `const ${k} = ${table(data[k], k)};`).join('\n')}
const freight = ${lit(data.freight)} as Record<string, Freight>;
return { materials, freight, grid, packaging, endOfLife, spend };
}

type Tables = ReturnType<typeof expand>;
/** The tables the category decoder reads. */
export type CategoryTables = Pick<Tables, 'materials' | 'freight' | 'grid' | 'packaging' | 'endOfLife' | 'spend'>;
let tables: Tables | undefined;
/** The category families in the dataset's order (./categories-<family>.ts each); a key's group → its family. */
export const FAMILIES = ${lit(families(data).map(([f]) => f))} as const;
const FAMILY_OF: Record<string, string> = ${lit(FAMILY_OF)};
/** @internal The family of a category key (\`apparel.t-shirt\` → \`apparel\`). */
export const familyOf = (key: string): string => {
  const group = key.slice(0, key.indexOf('.'));
  // own keys only: a category such as "constructor.x" or "__proto__.x" must not read Object.prototype
  return Object.prototype.hasOwnProperty.call(FAMILY_OF, group) ? FAMILY_OF[group]! : 'home';
};
/**
 * Expands one family's category table (columns as \`each\` reads them, one line per field: \`${CATEGORY_COLUMNS.join(', ')}\`;
 * \`legs\` indexes into \`LEGS\`, the family's transport legs) against the expanded core tables.
 */
function decodeCategories({ materials, freight, grid, packaging, endOfLife, spend }: CategoryTables, LEGS: readonly string[], table: string): Obj {
const sum = <X>(list: readonly X[], f: (x: X) => number) => list.reduce((a, x) => a + f(x), 0);
const categories: Obj = {};
let group = '';
each(table, ([k, label, unit, g, m, originCountry, price, use, legs, pack, ...rest]) => {
  const [src, spendKey, allowance, packSize] = rest.slice(6) as [string, string, string, string];
  const key = k![0] === '.' ? group + k : k!;
  group = key.split('.')[0]!;
  const weightGrams = g ? +g : 1000;
  const kg = weightGrams / 1000;
  const [kWhPerYear, years, otherGrams] = use!.split('x').map(Number) as [number, number, number | undefined];
  const t = {
    weightGrams, materials: P(m, 'material', 'share', Object.keys(materials)) as unknown as MaterialShareInput[], originCountry, price: { amount: +price!, currency: 'USD' },
    ...(use ? { use: { kWhPerYear, years, ...(otherGrams === undefined ? {} : { otherGrams }) } } : {}),
    ...(packSize ? { packSize: +packSize } : {}),
    transport: P(LEGS[+legs!], 'mode', 'distanceKm', FREIGHT_MODES) as unknown as TransportLegInput[],
    packaging: P(pack, 'material', 'weightGrams', Object.keys(packaging)) as unknown as PackagingInput[],
  };
  // a stage left out is recomputed from the typical product (scripts/dataset-module.mjs, stageFormulas)
  const D = [
    () => sum(t.materials, (x) => x.share * kg * materials[x.material]!.virgin.value),
    () => NaN,
    () => sum(t.transport, (l) => (kg * l.distanceKm * (freight[l.mode]!.direct.value + freight[l.mode]!.wellToTank.value)) / 1000),
    () => sum(t.packaging, (p) => (p.weightGrams / 1000) * packaging[p.material]!.value),
    () => kWhPerYear * years * grid.WORLD!.value + (otherGrams ?? 0),
    () => sum(t.materials, (x) => x.share * kg * endOfLife[materials[x.material]!.endOfLife]!.value),
  ];
  const st = rest.slice(0, 6).map((v, j) => (v ? +v : sig3(D[j]!())));
  categories[key] = {
    label: L(label, key.slice(key.indexOf('.') + 1)),
    unit: unit === 'k' ? 'kg' : unit === 'l' ? 'litre' : 'item',
    typical: t,
    benchmark: { stages: Object.fromEntries(STAGES.map((s, j) => [s, st[j]])), source: src.replace('*', ''), ...(src.endsWith('*') ? { note: ${str(PROXY_NOTE)} } : {}) },
    spendKey: Object.keys(spend)[+spendKey],
    manufacturing: S(allowance || String(sig3(st[1]! / kg)), ${str(MATERIAL_UNIT)}, src),
  };
});
return categories;
}
const decoders = new Map<string, (t: CategoryTables) => Obj>();
const decoded = new Map<string, Obj>();
let categories: Obj | undefined;
const waiting = new Set<() => void>();
/** @internal Called by each ./categories-<family>.ts when it is imported. */
export function registerCategories(family: string, legs: readonly string[], table: string): void {
  if (decoders.has(family)) return;
  decoders.set(family, (t) => decodeCategories(t, legs, table));
  categories = undefined; // the table grows by this family on its next read
  wake();
}
let sourceTable: string | undefined;
let sources: Obj | undefined;
/** @internal Called by ./sources.ts when it is imported: the citations (id, title, url, year, licence, attribution). */
export function registerSources(table: string): void {
  sourceTable ??= table;
  wake();
}
/** @internal Whether the citations are loaded (./sources.ts). */
export const hasSources = (): boolean => sourceTable !== undefined;
function wake(): void {
  if (!hasCategories() || !hasSources()) return;
  for (const f of waiting) f();
  waiting.clear();
}
/** The citations, expanded once on first read; a plain property from then on; empty before ./sources.ts is loaded. */
function sourcesTable(): Obj {
  if (!sourceTable) return {};
  if (!sources) {
    sources = {};
    each(sourceTable, ([id, title, url, year, licence, attribution]) => {
      sources![id!] = { title, ...(url ? { url } : {}), year: +year!, licence, attribution };
    });
    try {
      Object.defineProperty(bundledDataset, 'sources', { value: sources, writable: true, enumerable: true, configurable: true });
    } catch {
      /* frozen by a caller: the getter keeps serving the same table */
    }
  }
  return sources;
}
/** @internal Whether every family is loaded (./categories.ts). */
export const hasCategories = (): boolean => decoders.size === FAMILIES.length;
/** @internal Whether the family of category \`key\` is loaded. */
export const hasFamily = (key: string): boolean => decoders.has(familyOf(key));
/**
 * @internal Calls \`f\` once when every family and the citations have registered (the provider merges a merchant's
 * partial dataset again then, so the merged dataset holds the bundled categories and sources). Returns a function that
 * cancels.
 */
export function onCategories(f: () => void): () => void {
  waiting.add(f);
  return () => waiting.delete(f);
}
/**
 * The category table of the families loaded so far, in the dataset's order (each family expanded once, on first read,
 * so a category is the same object whenever its table is read); a plain property once every family is in; empty before any.
 */
function categoryTable(): Obj {
  if (!categories) {
    if (!decoders.size) return {};
    table('materials'); // the other tables, expanded once
    categories = {};
    for (const f of FAMILIES) {
      const decode = decoders.get(f);
      if (!decode) continue;
      let part = decoded.get(f);
      if (!part) decoded.set(f, (part = decode(tables!)));
      Object.assign(categories, part);
    }
    if (hasCategories()) {
      try {
        Object.defineProperty(bundledDataset, 'categories', { value: categories, writable: true, enumerable: true, configurable: true });
      } catch {
        /* frozen by a caller: the getter keeps serving the same table */
      }
    }
  }
  return categories;
}
/**
 * The expanded tables, the same objects on every read: expanded on the first, which also turns the getters below
 * into plain data properties (where the object is not frozen) so later reads cost nothing.
 */
function table<K extends keyof Tables>(key: K): Tables[K] {
  if (!tables) {
    tables = expand();
    for (const [k, value] of Object.entries(tables)) {
      try {
        Object.defineProperty(bundledDataset, k, { value, writable: true, enumerable: true, configurable: true });
      } catch {
        /* frozen by a caller: the getters keep serving the same tables */
      }
    }
  }
  return tables[key];
}

export const bundledDataset = {
  schemaVersion: 1, id: ${str(data.id)}, version: DATASET_VERSION, publishedAt: ${str(data.publishedAt)},
  get sources() { return sourcesTable(); },
  get categories() { return categoryTable(); },
  get materials() { return table('materials'); },
  get freight() { return table('freight'); },
  get grid() { return table('grid'); },
  get packaging() { return table('packaging'); },
  get endOfLife() { return table('endOfLife'); },
  get spend() { return table('spend'); },
  ${rest.join(',\n  ')},
} as unknown as Dataset;
`;
  })();
  const family = (name, entries) => {
  const { legs, rows } = categoryColumns(data, entries);
  return `// Generated by scripts/build-dataset.mjs (see ./core.ts). Do not edit: run \`npm run data\`.
// The bundled dataset's \`${name}\` categories (${[...new Set(entries.map(([k]) => k.slice(0, k.indexOf('.'))))].join(', ')}): imported by ./categories.ts (the whole table),
// or alone by a listing whose badges show these categories (./families.ts); registers its table with ./core.ts.
import { registerCategories } from './core.js';

// transport legs; then ${CATEGORY_COLUMNS.join(', ')}
registerCategories(${str(name)}, ${lit(legs)}, \`${columns(rows)}\`);
`;
  };
  const fams = families(data);
  const categories = `// Generated by scripts/build-dataset.mjs (see ./core.ts). Do not edit: run \`npm run data\`.
// The bundled dataset's whole category table: every family (./categories-<family>.ts), in the dataset's order.
// Imported by ./index.ts, the engine and the elements that estimate products of any category; checkout pages and
// listings import the families they need instead.
${fams.map(([f]) => `import './categories-${f}.js';`).join('\n')}
`;
  const familyLoader = `// Generated by scripts/build-dataset.mjs (see ./core.ts). Do not edit: run \`npm run data\`.
// Loads category families on demand: a page fetches only the families of the categories it shows, in parallel.
import { familyOf, hasFamily, hasSources } from './core.js';

const LOAD: Record<string, () => Promise<unknown>> = {
${fams.map(([f]) => `  ${str(f)}: () => import('./categories-${f}.js'),`).join('\n')}
};
const loading = new Map<string, Promise<unknown>>();

/**
 * @internal Loads the family of category \`key\` unless it is loaded: a promise while it loads, \`undefined\` when it
 * is there (or \`key\` is not a string). A failed load is forgotten, so a later call retries.
 */
export function loadFamily(key: unknown): Promise<unknown> | undefined {
  if (typeof key !== 'string' || hasFamily(key)) return undefined;
  const f = familyOf(key);
  let p = loading.get(f);
  if (!p) {
    p = LOAD[f]!().catch((e: unknown) => {
      loading.delete(f);
      throw e;
    });
    // handled here too: a caller that is already waiting (or renders on a server) may not attach a handler, and a
    // failed chunk must never surface as an unhandled rejection; callers still see the rejection through \`p\`
    p.catch(() => {});
    loading.set(f, p);
  }
  return p;
}

/**
 * @internal Loads the families of every category in \`keys\` that are not loaded yet, in parallel (a product page's
 * product and its alternatives, an order's lines): a promise that settles when all are in (rejects when one fails),
 * \`undefined\` when they are all there already.
 */
export function loadFamilies(keys: Iterable<unknown>): Promise<unknown> | undefined {
  const waits = new Set<Promise<unknown>>();
  for (const key of keys) {
    const p = loadFamily(key);
    if (p) waits.add(p);
  }
  return waits.size ? Promise.all(waits) : undefined;
}

let sourcesLoad: Promise<unknown> | undefined;
/**
 * @internal Loads the citations (./sources.ts) once: what a badge's details and a merchant dataset's checks read. A failed
 * load is forgotten, so a later call retries; it is marked handled (callers still see the rejection).
 */
export function loadSources(): Promise<unknown> {
  if (hasSources()) return Promise.resolve();
  if (!sourcesLoad) {
    sourcesLoad = import('./sources.js').catch((e: unknown) => {
      sourcesLoad = undefined;
      throw e;
    });
    sourcesLoad.catch(() => {});
  }
  return sourcesLoad;
}
`;
  const familyModules = Object.fromEntries(fams.map(([f, entries]) => [f, family(f, entries)]));
  const sources = `// Generated by scripts/build-dataset.mjs (see ./core.ts). Do not edit: run \`npm run data\`.
// The bundled dataset's citations (\`sources\`): imported by ./index.ts and the elements that show sources; the page
// entries (src/pages/) load it on demand (./families.ts, loadSources). Registers its table with ./core.ts.
import { registerSources } from './core.js';

// id, title, url, year, licence, attribution
registerSources(\`${columns(sourceRows(data.sources))}\`);
`;

  const index = (() => {
  return `// Generated by scripts/build-dataset.mjs (see ./core.ts). Do not edit: run \`npm run data\`.
// The complete bundled dataset: the core tables, the category table and the citations.
import './categories.js';
import './sources.js';

export { bundledDataset, DATASET_VERSION } from './core.js';
`;
  })();
  return { core, categories, families: familyModules, familyLoader, sources, index, fams: fams.map(([f]) => f) };
}
/**
 * Runs the generated modules and checks that they expand to exactly `data` (keys, order and numbers), and that the
 * core alone gives the same dataset with an empty category table (what a checkout page sees).
 */
export async function checkModule({ core, families: parts, fams, sources }, data) {
  const run = async (ts) => {
    const { code } = await transform(ts, { loader: 'ts', format: 'esm' });
    return import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
  };
  const coreTs = `const STAGES = ${JSON.stringify(STAGES)}, FREIGHT_MODES = ${JSON.stringify(MODES)};\n${core.replace(/^import .*$/m, '')}`;
  const strip = (ts) => ts.replace(/^import .*\n/gm, '');
  const compare = (got, want, what) => {
    const a = JSON.stringify(got), b = JSON.stringify(want);
    if (a === b) return;
    let i = 0;
    while (a[i] === b[i]) i++;
    fail(`${what} does not expand to the dataset: …${b.slice(Math.max(0, i - 80), i + 40)}… became …${a.slice(Math.max(0, i - 80), i + 40)}…`);
  };
  compare((await run(coreTs)).bundledDataset, { ...data, sources: {}, categories: {} }, 'the core module alone');
  compare((await run(`${coreTs}\n${strip(sources)}`)).bundledDataset, { ...data, categories: {} }, 'the core module with the sources');
  // every family alone (a listing of one family), then all of them registered in reverse order (the table keeps the dataset's order)
  for (const f of fams) {
    const m = await run(`${coreTs}\n${strip(parts[f])}`);
    const want = Object.fromEntries(Object.entries(data.categories).filter(([k]) => m.familyOf(k) === f));
    compare(m.bundledDataset.categories, want, `the ${f} family`);
    if (m.hasCategories() !== (fams.length === 1)) fail(`the ${f} family alone counts as the whole table`);
  }
  // the sources last, after the families (a page entry loads them when a badge's details need them)
  const all = await run(`${coreTs}\n${[...fams].reverse().map((f) => strip(parts[f])).join('\n')}\n${strip(sources)}`);
  compare(all.bundledDataset, data, 'the compact modules');
  let woken = 0;
  const late = await run(`${coreTs}\n${fams.map((f) => strip(parts[f])).join('\n')}`);
  late.onCategories(() => woken++);
  if (woken || late.hasSources()) fail('onCategories called back before the sources were registered');
  late.registerSources('x|y|||MIT|z'.split('|').join('\n'));
  if (woken !== 1) fail('onCategories did not call back once every family and the sources were registered');
}

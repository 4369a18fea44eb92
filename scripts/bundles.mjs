// The settings of the single-file browser bundles, shared by scripts/build.mjs (which writes them to dist/) and
// scripts/size.mjs (which builds them in memory to measure them), so the sizes printed are those of what ships.
import { readFileSync } from 'node:fs';
import { build } from 'vite';
import { minifyCss, minifyLiterals } from './minify-literals.mjs';

export const root = new URL('..', import.meta.url).pathname;
export const { version } = JSON.parse(readFileSync(`${root}package.json`, 'utf8'));

/**
 * The optional page stylesheet as dist/eco-nudge.css ships it (scripts/build.mjs writes it, scripts/size.mjs measures
 * it): src/styles/eco-nudge.css, which keeps the explanations, with comments and layout whitespace removed, as Lit's
 * css`` text is in the bundles (the same minifier); every selector and declaration is unchanged.
 */
export const pageStylesheet = () => `${minifyCss(readFileSync(`${root}src/styles/eco-nudge.css`, 'utf8')).trim()}\n`;

/** The on-demand validators, built as one self-contained file that imports nothing (see scripts/build.mjs). */
export const REGISTER_ENTRY = 'src/engine/schemas/register.ts';

/** Points the elements' `import()` of the validators at `file` (relative to the bundle), outside the bundle. */
export const registerChunk = (file) => ({
  name: 'eco-register-chunk',
  enforce: 'pre',
  resolveId: (source, importer) =>
    /\/schemas\/register(\.js|\.ts)?$/.test(source) && importer && /src\/internal\/validators\.ts$/.test(importer) ? { id: `./${file}`, external: true } : null,
});

/**
 * The production build (like Lit's `development` export condition, the other way round): src/internal/dev.ts becomes
 * `export const DEV = false`, so the teaching messages of developer warnings (`DEV ? text : ''`) fold away and the
 * warnings print their code and documentation link only.
 */
export const production = () => ({
  name: 'eco-production',
  enforce: 'pre',
  load: (id) => (/\/src\/internal\/dev\.ts$/.test(id) ? 'export const DEV = false;' : null),
});

/**
 * The page entries (src/pages/): listing, product, checkout and the autoloader, built together so that they share
 * one hashed core chunk and load each element's code once. What each entry defines is listed in its file.
 */
export const PAGE_ENTRIES = {
  listing: 'src/pages/listing.ts',
  'listing-precomputed': 'src/pages/listing-precomputed.ts',
  product: 'src/pages/product.ts',
  checkout: 'src/pages/checkout.ts',
  autoload: 'src/pages/autoload.ts',
};

/** The page entries whose up-front code is split by the set of them that import it (the autoloader's own code stays in it). */
const PAGES = ['listing', 'listing-precomputed', 'product', 'checkout'];

const FULL_VIEW = /[\\/]src[\\/](components[\\/](footprint-badge[\\/]badge-full(\.styles)?|shared[\\/](full-badge|badge-full\.styles))|i18n[\\/]en[\\/]footprint-badge)\.ts$/;

/**
 * The chunk of a module loaded before first paint: named after the set of page entries that import it statically
 * (`core` when every page does, `listing+product` when those two do, …), so that a page loads only code it runs and
 * code shared by the same pages sits in one file. Modules only imported on demand (`import()`) are left to the
 * bundler (null). A module's imports are always imported by at least the same pages, so chunks only ever import
 * chunks of larger sets (no cycles).
 */
function byPages(id, ctx) {
  // the full footprint badge's view, styles and English (with the full-badge markup and sheet the seller badge shares): the
  // product page loads them up front, a listing only when a `variant="full"` badge appears (an import() in
  // footprint-badge.ts), so in a chunk of their own that runs no define module
  if (FULL_VIEW.test(id)) return 'full-view';
  // the reader of precomputed results: up front on the precomputed listing, on demand elsewhere (an import() in
  // footprint-badge.ts when a badge is given a `result`), so in a chunk of its own too
  if (/[\\/]src[\\/]components[\\/]footprint-badge[\\/]precomputed\.ts$/.test(id)) return 'precomputed';
  // the URL check (split from coerce.ts, which is in core): small, and the product page's alternatives and the
  // on-demand full view both use it, so in core rather than a chunk the full view would have to fetch on a listing.
  // The input boundary's object copies (snapshot.ts) are left to their page set (listing, product, checkout): in core
  // they cost the precomputed listing, which never copies an input, 0.55 kB; outside it the other three rows 35–44 B
  // each (2026-12-08: listing-precomputed 25041 → 24495 B, listing 36973 → 37008, product 53290 → 53330, checkout
  // 47381 → 47425)
  if (/[\\/]src[\\/]internal[\\/]safe-url\.ts$/.test(id)) return 'core';
  // the badge's change event (about 100 bytes) too: with the events' barrel not counted below it would leave core for the
  // listing+product chunk, where it compresses worse (listing +11 B, precomputed listing +15 B gzip)
  if (/[\\/]src[\\/]events[\\/]footprint-change\.ts$/.test(id)) return 'core';
  // each category family in a chunk of its own: a listing fetches only those of its products (src/data/families.ts)
  const family = /[\\/]src[\\/]data[\\/]categories-([\w-]+)\.ts$/.exec(id);
  if (family) return `data-${family[1]}`;
  // the citations too: the page entries load them on demand (src/internal/render-details.ts, sourceLinks)
  if (/[\\/]src[\\/]data[\\/]sources\.ts$/.test(id)) return 'data-sources';
  const entries = Object.fromEntries(Object.entries(PAGE_ENTRIES).map(([name, file]) => [`${root}${file}`, name]));
  const reached = new Set();
  const defines = new Set();
  const seen = new Set();
  const up = [id];
  while (up.length) {
    const m = up.pop();
    if (seen.has(m)) continue;
    seen.add(m);
    // the events' barrel: each define module imports it for the event map its .d.ts carries; at run time it is side-effect
    // free and dropped, so an event class belongs with the elements that construct it (a checkout's own events in the
    // checkout chunk, not a file of their own named after every define module)
    if (m !== id && /[\\/]src[\\/]events[\\/]index\.ts$/.test(m)) continue;
    if (entries[m]) reached.add(entries[m]);
    const define = /[\\/]src[\\/]define[\\/]([\w-]+)\.ts$/.exec(m)?.[1];
    // the precomputed listing's define module is its entry's alone (the autoloader does not import it)
    if (define && define !== 'context-root' && define !== 'listing-precomputed') defines.add(define);
    up.push(...(ctx.getModuleInfo(m)?.importers ?? []));
  }
  const pages = PAGES.filter((p) => reached.has(p));
  if (!pages.length || entries[id]) return null;
  if (pages.length === PAGES.length) return 'core';
  // one page's own modules that no element's define module (which the autoloader imports) reaches: in its entry file
  if (pages.length === 1 && !defines.size) return null;
  // the product page defines the provider and the badge with every category family (src/define/provider.ts and
  // footprint-badge.ts; listings and checkouts define them without it): their code apart from the page's other
  // elements, which the autoloader (importing those define modules) does not fetch with them
  const own = ['footprint-badge', 'provider'].filter((d) => defines.has(d));
  return pages.length === 1 && own.length ? `${pages[0]}~${own.join('~')}` : pages.join('+');
}

/**
 * Builds the page entries into `outDir` (`dist/pages`), minified, with the code every entry needs in one hashed
 * `core-[hash].js` chunk and the code some of them share in one chunk per set of entries (`byPages`); code loaded on
 * demand (the engine of a precomputed listing, the validators, the locales) is split off by the bundler. Returns Vite's output chunks (and writes them when `write`).
 */
export async function pageFiles({ write = false, development = false, outDir = 'dist/pages', plugins = [], rolldownOptions = {}, sourcemap = false } = {}) {
  return singleFile({
    entry: PAGE_ENTRIES,
    write,
    development,
    outDir,
    plugins,
    sourcemap,
    rolldownOptions: { ...rolldownOptions, preserveEntrySignatures: 'allow-extension' },
    output: {
      entryFileNames: '[name].js',
      chunkFileNames: '[name]-[hash].js',
      // each module loaded up front in the chunk of the pages that import it (every page: core)
      codeSplitting: {
        includeDependenciesRecursively: false,
        groups: [{ name: byPages, priority: 10 }],
      },
    },
  });
}

/**
 * Builds one minified single-file ES module of `entry` (`{ name: path }`) with Vite. `write: false` builds in memory.
 * The bundles keep no comments: the minifier already drops every other kind, and this also drops its
 * `/* @__PURE__ *\/` hints, which only matter to a bundler that tree-shakes (these bundles register every element on
 * load; the per-module build in dist/ keeps them). Lit's css``/html`` text is minified too (scripts/minify-literals.mjs).
 * `development: false` (the default) is the production build (see `production`); `true` keeps the teaching messages.
 * Returns Vite's output chunks.
 */
export async function singleFile({ entry, plugins = [], output = {}, write = false, quiet = true, rolldownOptions = {}, development = false, outDir = 'dist', sourcemap = false }) {
  const out = await build({
    configFile: false, root, publicDir: false, logLevel: quiet ? 'silent' : 'warn',
    define: { __ECO_VERSION__: JSON.stringify(version) },
    plugins: [...plugins, ...(development ? [] : [production()]), minifyLiterals()],
    build: {
      write, outDir, emptyOutDir: false, target: 'es2022', minify: true, sourcemap,
      lib: { entry, formats: ['es'] },
      rolldownOptions: { ...rolldownOptions, output: { minify: true, comments: false, ...output } },
    },
  });
  return [out].flat().flatMap((o) => o.output).filter((c) => c.type === 'chunk');
}

// The settings of the single-file browser bundles, shared by scripts/build.mjs (which writes them to dist/) and
// scripts/size.mjs (which builds them in memory to measure them), so the sizes printed are those of what ships.
import { readFileSync } from 'node:fs';
import { build } from 'vite';
import { minifyLiterals } from './minify-literals.mjs';

export const root = new URL('..', import.meta.url).pathname;
export const { version } = JSON.parse(readFileSync(`${root}package.json`, 'utf8'));

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

/**
 * What goes into the core chunk: Lit, @lit/context, the element base and its helpers, contexts, events, styles, the
 * message registry, the engine's small shared modules, and the bundled data's core tables (src/data/core.ts). The
 * category table (src/data/categories.ts) is a chunk of its own, loaded by the elements that estimate products and
 * never by checkout pages. Everything else is split off per element by the bundler.
 */
const CORE = /node_modules[\\/](lit|lit-html|lit-element|@lit)[\\/]|rolldown[\\/]runtime|[\\/]src[\\/](internal|context|events|styles)[\\/]|[\\/]src[\\/]data[\\/]core\\.ts|[\\/]src[\\/]define[\\/]context-root|[\\/]src[\\/]i18n[\\/](registry|localize-controller|en[\\/])|[\\/]src[\\/]engine[\\/](types|result|validate|constants|guards|shared|grade|dataset|units|equivalents)\.ts/;

/**
 * Builds the page entries into `outDir` (`dist/pages`), minified, with the code every entry needs in one hashed
 * `core-[hash].js` chunk; other chunks (each element's code used by some entries, the validators, the locales) are
 * split off by the bundler. Returns Vite's output chunks (and writes them when `write`).
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
      // lit, @lit/context and the kit's shared base in one chunk (every page needs them before its first paint)
      codeSplitting: {
        groups: [
          { name: 'core', test: CORE, priority: 10 },
          // the bundled dataset's category table in a chunk of its own: the checkout entry never loads it
          { name: 'categories', test: /[\\/]src[\\/]data[\\/](index|categories)\.ts/, priority: 5 },
        ],
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

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
 * Builds one minified single-file ES module of `entry` (`{ name: path }`) with Vite. `write: false` builds in memory.
 * The bundles keep no comments: the minifier already drops every other kind, and this also drops its
 * `/* @__PURE__ *\/` hints, which only matter to a bundler that tree-shakes (these bundles register every element on
 * load; the per-module build in dist/ keeps them). Lit's css``/html`` text is minified too (scripts/minify-literals.mjs).
 * Returns Vite's output chunks.
 */
export async function singleFile({ entry, plugins = [], output = {}, write = false, quiet = true, rolldownOptions = {} }) {
  const out = await build({
    configFile: false, root, publicDir: false, logLevel: quiet ? 'silent' : 'warn',
    define: { __ECO_VERSION__: JSON.stringify(version) },
    plugins: [...plugins, minifyLiterals()],
    build: {
      write, outDir: 'dist', emptyOutDir: false, target: 'es2022', minify: true, sourcemap: false,
      lib: { entry, formats: ['es'] },
      rolldownOptions: { ...rolldownOptions, output: { minify: true, comments: false, ...output } },
    },
  });
  return [out].flat().flatMap((o) => o.output).filter((c) => c.type === 'chunk');
}

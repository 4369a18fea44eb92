#!/usr/bin/env node
// npm run build:
//  1. dist/**.js      per-module ESM (lit, @lit/context, zod external) behind the exports map
//  2. dist/**.d.ts    declarations from tsc
//  3. dist/eco-nudge.js  one minified ES module that registers every element (other locales load on demand beside it);
//     Lit's css``/html`` text minified too (settings shared with npm run size: scripts/bundles.mjs)
//  4. dist/eco-nudge-badge.js  the badge-only entry (provider + badge + engine + data)
//  4a. dist/pages/{listing,product,checkout,autoload}.js  the page entries, sharing one hashed core chunk
//     (scripts/bundles.mjs, pageFiles). Steps 3, 4 and 4a are the production build (developer warnings print their
//     code and docs link); dist/development/ holds the same files with the teaching messages, reached through the
//     `development` export condition (like Lit's).
//  4b. dist/eco-nudge-udf.js  the warehouse UDF: one plain script built from the engine's source (scripts/build-udf.mjs)
//  5. custom-elements.json + dist/vscode.html-custom-data.json, dist/web-types.json, dist/jsx.d.ts (scripts/manifest.mjs)
import { rmSync, existsSync, readdirSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { build } from 'vite';
import { REGISTER_ENTRY, pageFiles, pageStylesheet, registerChunk, root, singleFile, version } from './bundles.mjs';
import { writeUdf } from './build-udf.mjs';

const define = { __ECO_VERSION__: JSON.stringify(version) };
const quiet = { logLevel: 'warn', configFile: false, root, define, publicDir: false };

rmSync(`${root}dist`, { recursive: true, force: true });

const defineEntries = existsSync(`${root}src/define`)
  ? Object.fromEntries(readdirSync(`${root}src/define`).filter((f) => f.endsWith('.ts')).map((f) => [`define/${f.slice(0, -3)}`, `src/define/${f}`]))
  : {};
const entries = {
  index: 'src/index.ts',
  'engine/index': 'src/engine/index.ts',
  ...(existsSync(`${root}src/events/index.ts`) ? { 'events/index': 'src/events/index.ts' } : {}),
  ...defineEntries,
};

// 1. per-module ESM
await build({
  ...quiet,
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    target: 'es2022',
    minify: false,
    sourcemap: true,
    lib: { entry: entries, formats: ['es'] },
    rolldownOptions: {
      external: (id) => /^(lit|@lit\/|@lit-labs\/|zod)/.test(id),
      output: { preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js' },
    },
  },
});

// 2. declarations
execFileSync(process.execPath, [`${root}node_modules/typescript/bin/tsc`, '-p', `${root}tsconfig.build.json`], { stdio: 'inherit' });

// 3 + 4. single-file bundles
// Their on-demand validators (src/engine/schemas/register.ts) are built first as one self-contained file that imports
// nothing. A chunk split off by the bundler would import the shared code back from `../eco-nudge.js`: a page that loads
// the kit as `eco-nudge.js?v=3`, or under another name, would then evaluate a second copy of the whole kit.
for (const development of [false, true]) {
  const outDir = development ? 'dist/development' : 'dist';
  const registerFile = (
    await singleFile({ entry: { 'eco-nudge-register': REGISTER_ENTRY }, write: true, quiet: false, development, outDir, output: { entryFileNames: 'locales/[name]-[hash].js' } })
  ).find((c) => c.isEntry).fileName;
  for (const [name, entry] of [['eco-nudge', 'src/define/all.ts'], ['eco-nudge-badge', 'src/define/badge-only.ts']]) {
    if (!existsSync(`${root}${entry}`)) continue;
    await singleFile({
      entry: { [name]: entry },
      write: true,
      quiet: false,
      development,
      outDir,
      plugins: [registerChunk(registerFile)],
      // a module shared with an on-demand chunk stays in the one file instead of a third, statically loaded chunk
      rolldownOptions: { preserveEntrySignatures: 'allow-extension' },
      output: { entryFileNames: '[name].js', chunkFileNames: `locales/${name}-[name]-[hash].js` },
    });
  }
  // 4a. the page entries and the autoloader
  await pageFiles({ write: true, development, outDir: `${outDir}/pages` });
}
// 4b. the warehouse UDF (docs/catalog.md)
await writeUdf();
// 5. custom-elements.json, and from it dist/vscode.html-custom-data.json, dist/web-types.json, dist/jsx.d.ts
execFileSync(process.execPath, [`${root}scripts/manifest.mjs`], { stdio: 'inherit' });
// the optional page stylesheet that reserves each badge's box before the elements are defined (minified)
writeFileSync(`${root}dist/eco-nudge.css`, pageStylesheet());
console.log(`built eco-nudge ${version} into dist/`);

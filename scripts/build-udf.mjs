#!/usr/bin/env node
// Builds dist/eco-nudge-udf.js, the warehouse UDF (docs/catalog.md), from the engine's source at build time, so it
// always computes what the engine computes, whatever its figures. Run by `npm run build`; alone: `node scripts/build-udf.mjs`.
//
// The file is one plain script (no import/export, no require) whose only global is the function `ecoNudgeEstimate`
// (scripts/udf/entry.mjs). Before writing it, the text is checked for what a warehouse's JavaScript runtime does not
// give: module syntax, `require(`, `import(`, network and timer calls, `Intl` and the locale-dependent methods.
// Prints the size, raw and gzip, against the limits of BigQuery and Snowflake (docs/catalog.md).
import { build } from 'esbuild';
import { mkdirSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
export const UDF_FILE = `${root}dist/eco-nudge-udf.js`;
export const UDF_FUNCTION = 'ecoNudgeEstimate';

/** What the text of the UDF file must not contain, with the reason. */
export const FORBIDDEN = [
  [/\bimport\s*\(/, 'a dynamic import()'],
  [/(^|[;}\s])import\s*[{*\w]/, 'an import statement'],
  [/(^|[;}\s])export\s*[{*\w]/, 'an export statement'],
  [/\brequire\s*\(/, 'require()'],
  [/\bfetch\s*\(/, 'fetch()'],
  [/\bXMLHttpRequest\b/, 'XMLHttpRequest'],
  [/\bWebSocket\b/, 'WebSocket'],
  [/\bset(Timeout|Interval|Immediate)\b/, 'a timer'],
  [/\bqueueMicrotask\b/, 'queueMicrotask'],
  [/\bIntl\b/, 'Intl'],
  [/\.toLocale(String|DateString|TimeString|UpperCase|LowerCase)\s*\(/, 'a locale-dependent method'],
  [/\.localeCompare\s*\(/, 'localeCompare'],
  [/\bDate\.now\b|\bnew Date\b/, 'the clock'],
  [/\bMath\.random\b/, 'Math.random'],
  [/\bprocess\.|\bglobalThis\.process\b/, 'Node globals'],
];

/** Builds the UDF text in memory; throws when it contains anything FORBIDDEN. */
export async function buildUdf() {
  const { version } = (await import(`${root}package.json`, { with: { type: 'json' } })).default;
  const out = await build({
    entryPoints: [`${root}scripts/udf/entry.mjs`],
    bundle: true,
    write: false,
    format: 'iife',
    globalName: UDF_FUNCTION,
    platform: 'neutral',
    mainFields: ['module', 'main'],
    target: 'es2020',
    minify: true,
    legalComments: 'none',
    charset: 'utf8',
    define: { __ECO_VERSION__: JSON.stringify(version) },
    banner: {
      js: `/* eco-nudge ${version} warehouse UDF: ${UDF_FUNCTION}(productJson, optionsJson) -> JSON string. MIT licence. Built from the engine's source with its bundled dataset, whose factors come from sources under their own licences (US EPA public domain, UK DESNZ OGL v3.0, Ember and Our World in Data CC BY 4.0, ADEME Impact CO2 MIT): see NOTICE.md in the eco-nudge package. Usage: docs/catalog.md. */`,
    },
    // the IIFE's value is the entry's namespace; the one global becomes the function itself
    footer: { js: `${UDF_FUNCTION}=${UDF_FUNCTION}.estimate;` },
    logLevel: 'error',
  });
  const text = out.outputFiles[0].text;
  const body = text.replace(/^\/\*[\s\S]*?\*\//, ''); // the banner may name things the code does not use
  const found = FORBIDDEN.filter(([re]) => re.test(body)).map(([, what]) => what);
  if (found.length) throw new Error(`dist/eco-nudge-udf.js would contain ${found.join(', ')}: a warehouse UDF runtime does not offer it.`);
  return text;
}

export async function writeUdf() {
  const text = await buildUdf();
  mkdirSync(`${root}dist`, { recursive: true });
  writeFileSync(UDF_FILE, text);
  const raw = Buffer.byteLength(text);
  const gz = gzipSync(text, { level: 9 }).length;
  console.log(`dist/eco-nudge-udf.js  ${(raw / 1024).toFixed(1)} KiB (gzip ${(gz / 1024).toFixed(1)} KiB); BigQuery library file limit 1 MB, Snowflake recommends at most 100 KB of source (stored compressed)`);
  return { raw, gz };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await writeUdf();

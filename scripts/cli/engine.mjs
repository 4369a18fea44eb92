// Finds the built engine (dist/engine/index.js) of this package and the dataset to use.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const ENGINE_PATH = `${ROOT}dist/engine/index.js`;

/** A usage problem: the CLI prints the message and exits with status 2. */
export class UsageError extends Error {}

/** Imports the built engine; a clear UsageError when the package was not built. */
export async function loadEngine() {
  if (!existsSync(ENGINE_PATH)) throw new UsageError(`the built engine is missing (${ENGINE_PATH}); run \`npm run build\` in ${ROOT} first.`);
  return import(pathToFileURL(ENGINE_PATH).href);
}

/**
 * The dataset rows are estimated against: `--dataset file.json` (validated with safeLoadDataset) or the bundled one.
 * @returns {Promise<{ dataset: object | undefined, version: string }>} `dataset` is undefined for the bundled one
 *   (the engine's default), so workers do not need to receive it.
 */
export async function resolveDataset(engine, file) {
  if (file) {
    let json;
    try {
      json = JSON.parse(readFileSync(file, 'utf8'));
    } catch (e) {
      throw new UsageError(`cannot read the dataset ${file}: ${e.message}`);
    }
    const r = engine.safeLoadDataset(json);
    if (!r.ok) throw new UsageError(`${file}: ${r.error.code}: ${r.error.message}`);
    return { dataset: r.value, version: r.value.version };
  }
  let bundled = engine.bundledDataset;
  if (!bundled && existsSync(`${ROOT}dist/data/index.js`)) bundled = (await import(pathToFileURL(`${ROOT}dist/data/index.js`).href)).bundledDataset;
  return { dataset: undefined, bundled, version: bundled?.version ?? 'bundled' };
}

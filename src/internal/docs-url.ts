declare const __ECO_VERSION__: string; // injected by the build's `define` (and by esbuildPlugin({ define }) in tests)

/**
 * Where the docs for a warning or error code live. We have no website, so the links point at the `docs/` folder of the
 * published package, this very version, on a public npm CDN (the package ships `docs/`; unpkg serves any file of any
 * published version). Pages by code family: `errors/input.md`, `errors/dataset.md`, `warnings.md`.
 */
export const DOCS_BASE = `https://unpkg.com/eco-nudge@${typeof __ECO_VERSION__ === 'string' ? __ECO_VERSION__ : 'latest'}/docs/`;

/** Codes of docs/errors/dataset.md; every other UPPER_CASE code is in docs/errors/input.md. */
const DATASET_CODES = ['DATASET_INVALID', 'DATASET_FETCH_FAILED', 'VALIDATOR_LOAD_FAILED', 'VALIDATOR_NOT_LOADED', 'ENGINE_LOAD_FAILED'];

/**
 * The documentation URL of a code: an `eco-error` code (`INVALID_PRODUCT`) or a dev-warning code (`invalid-variant`,
 * `unknown-product-key`). Anchors are the headings' GitHub slugs (`#invalid_product`, `#unknown-product-key`), or an
 * `<a id>` in the page where one section covers several codes (`#invalid-variant`, `#invalid-theme`…).
 */
export function docsUrl(code: string): string {
  if (/^[A-Z][A-Z_]*$/.test(code)) {
    const anchor = code === 'VALIDATOR_NOT_LOADED' ? 'validator_load_failed' : code.toLowerCase();
    return `${DOCS_BASE}${DATASET_CODES.includes(code) ? 'errors/dataset.md' : 'errors/input.md'}#${anchor}`;
  }
  return `${DOCS_BASE}warnings.md#${code}`;
}

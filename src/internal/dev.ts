/**
 * `true` in the development build, `false` in the production build (like Lit's `development` export condition).
 * The production bundles (dist/eco-nudge.js, the page entries, the autoloader) are built with this module replaced by
 * `export const DEV = false` (scripts/bundles.mjs), so every `DEV ? teachingMessage : ''` folds away and developer
 * warnings print their code and documentation link only. The engine (src/engine, no DOM) imports it too: its error and
 * issue messages are `DEV ? teachingMessage : shortCause` (codes, paths and issues unchanged). The per-module build (dist/**) and the files under
 * dist/development/ keep the teaching messages. Tests and the dev server run this source: development.
 */
export const DEV: boolean = true;

/**
 * Page entry for listings whose badges receive results computed ahead of time (`eco-nudge estimate --badge`, the
 * badge's `result`): `<eco-provider>` and `<eco-footprint-badge>` without the engine or the bundled category table,
 * which load only when a shopper opens a full badge's details, a result's dataset version is not the bundled one, or a
 * badge has no result. Built as dist/pages/listing-precomputed.js (shares the core chunk with the other page entries).
 * Budget (docs/performance.md): 15 kB gzip.
 */
import '../define/listing-precomputed.js';

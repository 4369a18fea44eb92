/**
 * Page entry for product listings: `<eco-provider>` and `<eco-footprint-badge>`, with the engine in the browser.
 * Built as dist/pages/listing.js, which shares the hashed core chunk (Lit, @lit/context, the element base and the
 * provider) with the product and checkout entries, so a shopper moving between page types downloads it once.
 * The bundled dataset comes as its core tables plus one chunk per category family, fetched in parallel for the
 * categories of the page's badges (./listing-badge.ts); the provider is defined without the category table, as on
 * checkout pages (./checkout-provider.ts), and loads the whole table only to merge a merchant's partial dataset.
 * Budget (docs/performance.md): 24 kB gzip with the engine in the browser, 15 kB with precomputed results
 * (./listing-precomputed.ts).
 */
import '../define/context-root.js';
import './checkout-provider.js';
import './listing-badge.js';

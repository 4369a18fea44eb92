/**
 * Page entry for product listings: `<eco-provider>` and `<eco-footprint-badge>`. Built as dist/pages/listing.js,
 * which shares one hashed core chunk (Lit, @lit/context, the element base, the engine the pages share) with the
 * product and checkout entries and the autoloader, so a shopper moving between page types downloads the core once.
 * Budget (docs/performance.md): 24 kB gzip with the engine in the browser, 15 kB with precomputed results.
 */
import '../define/context-root.js';
import '../define/provider.js';
import '../define/footprint-badge.js';

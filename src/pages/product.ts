/**
 * Page entry for a product page: `<eco-provider>`, the full `<eco-footprint-badge>`, `<eco-alternatives>` and
 * `<eco-seller-badge>`. Built as dist/pages/product.js (shares the core chunk with the other page entries).
 * Budget (docs/performance.md): 28 kB gzip.
 */
import '../define/context-root.js';
import '../define/provider.js';
import '../define/footprint-badge.js';
import '../define/alternatives.js';
import '../define/seller-badge.js';

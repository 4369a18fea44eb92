/**
 * Page entry for a product page: `<eco-provider>`, the full `<eco-footprint-badge>`, `<eco-alternatives>` and
 * `<eco-seller-badge>`. Built as dist/pages/product.js (shares the core chunk with the other page entries).
 * The bundled dataset comes as its core tables plus one chunk per category family: the badge and the alternatives
 * fetch the families of the categories they show (the product's and the candidates'), in parallel, as a listing does
 * (./listing-badge.ts, src/data/families.ts); the provider is defined without the category table (./checkout-provider.ts).
 * Budget (docs/performance.md): 28 kB gzip.
 */
import '../define/context-root.js';
import './checkout-provider.js';
import './product-badge.js'; // before ./listing-badge.js: the full view up front
import './listing-badge.js';
import './product-alternatives.js';
import './product-seller.js';

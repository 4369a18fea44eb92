/**
 * Page entry for the cart and checkout: `<eco-provider>`, `<eco-delivery-options>`, `<eco-savings-counter>`, `<eco-order-footprint>`. Built as dist/pages/checkout.js
 * (shares the core chunk with the other page entries); it does not load the category table of the bundled dataset: the
 * order footprint loads the families of its cart lines on demand (./checkout-order.ts).
 * Budget (docs/performance.md): 24 kB gzip.
 */
import '../define/context-root.js';
import './checkout-provider.js';
// The checkout's other elements (one line per define module):
import '../define/delivery-options.js';
import '../define/savings-counter.js';
import './checkout-order.js';

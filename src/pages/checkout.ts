/**
 * Page entry for the cart and checkout: `<eco-provider>`, `<eco-delivery-options>`, `<eco-savings-counter>` (and
 * `<eco-order-footprint>` once it lands: add its define module to the list below). Built as dist/pages/checkout.js
 * (shares the core chunk with the other page entries). Budget (docs/performance.md): 24 kB gzip.
 */
import '../define/context-root.js';
// The checkout's elements, provider first (one line per define module):
import '../define/provider.js';
import '../define/delivery-options.js';
import '../define/savings-counter.js';

/**
 * Registers every eco-* element (side effect). The provider is defined first: tags upgrade in definition order,
 * and a consumer upgraded before its provider would otherwise miss the context. A ContextRoot on the document
 * re-delivers context requests made before a provider upgraded (late or out-of-order definitions, duplicated bundles).
 */
import './context-root.js';

// Element definitions (provider first):
import './provider.js';
import './footprint-badge.js';
import './alternatives.js';
import './savings-counter.js';
import './delivery-options.js';
import './seller-badge.js';
import './order-footprint.js';
// The single-file bundles read precomputed results up front (a chunk split off them would import the kit back from the
// bundle; src/pages/ entries other than the precomputed listing load the reader on demand). Through the module the
// badge imports on demand, so that in these bundles that import() stays inside them.
import { usePrecomputed } from '../components/footprint-badge/footprint-badge.js';
import { parseBadgeResult } from '../components/footprint-badge/precomputed-on-demand.js';

usePrecomputed(parseBadgeResult);

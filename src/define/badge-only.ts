/**
 * The badge-only entry: registers `<eco-provider>` and `<eco-footprint-badge>` (engine and bundled data included).
 * For product listings that show nothing else; `eco-nudge/define` registers every element.
 */
import './provider.js';
import './footprint-badge.js';
// The single-file bundles read precomputed results up front (a chunk split off them would import the kit back from the
// bundle; src/pages/ entries other than the precomputed listing load the reader on demand). Through the module the
// badge imports on demand, so that in these bundles that import() stays inside them.
import { usePrecomputed } from '../components/footprint-badge/footprint-badge.js';
import { parseBadgeResult } from '../components/footprint-badge/precomputed-on-demand.js';

usePrecomputed(parseBadgeResult);

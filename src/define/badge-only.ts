/**
 * The badge-only entry: registers `<eco-provider>` and `<eco-footprint-badge>` (engine and bundled data included).
 * For product listings that show nothing else; `eco-nudge/define` registers every element.
 */
import './provider.js';
import './footprint-badge.js';

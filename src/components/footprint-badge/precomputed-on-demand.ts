/**
 * What the footprint badge imports on demand to read a precomputed result (./precomputed.ts): a facade, so that the
 * chunk of the reader itself, which the precomputed listing loads up front, carries no namespace object for dynamic
 * importers and so does not make that page fetch the bundler's runtime chunk.
 */
export { parseBadgeResult } from './precomputed.js';

/**
 * The seeded PRNG (mulberry32) that the catalog generator uses, shared by the property tests: the same seed gives the
 * same cases, so a failure can be replayed from its seed.
 */
export { rng as prng } from '../../scripts/cli/catalog.mjs';

export type Rng = () => number;

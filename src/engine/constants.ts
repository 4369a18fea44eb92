/**
 * Constants that both a guard and a schema need. This module imports nothing, so the modules that read these
 * values (guards.ts, pact-read.ts, schemas/product.ts, schemas/pact.ts) never import one another for them: before,
 * guards.ts ↔ schemas/product.ts (BOUNDARIES) and pact-read.ts ↔ schemas/pact.ts (DECIMAL) formed import circles.
 */

/** The footprint boundaries, as the schemas and `checkOptions` accept them. */
export const BOUNDARIES = ['cradle-to-gate', 'cradle-to-grave'] as const;

/** A non-negative decimal in a PACT document: a JSON string such as "0.384" (PACT writes decimals as strings). */
export const DECIMAL = /^\s*\d+(\.\d+)?([eE][+-]?\d+)?\s*$/;

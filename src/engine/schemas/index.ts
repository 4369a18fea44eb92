/** The only folder that imports zod (through `zod/mini`). */
export * from './common.js';
export * from './product.js';
export * from './pact.js';
export * from './dataset.js';
export * from './checkout.js';
export { toIssues, check } from './issues.js';
// the fast path beside the product schema, for the tests that compare them
export { quickProduct } from '../guards.js';

export type Obj = Record<string, unknown>;

/**
 * @internal `true` for a plain object (not `null`, not an array). A leaf module, re-exported by ./guards.ts: the
 * elements use it without loading the engine's guards.
 */
export const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

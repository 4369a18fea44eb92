/**
 * The engine's error class and result shape, apart from ./result.ts (which re-exports them with the helpers every
 * engine function uses): the elements' base and the provider read results (./validate.ts) on every page, also on a
 * listing of precomputed results, which loads no engine function.
 */
import type { ErrorCode, Issue } from './types.js';

/** Outcome of a `safe*` call: the value, or the error it would have thrown. */
export type Result<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: EcoError };

/** Wraps a value in a successful {@link Result}. */
export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
/** Wraps an error in a failed {@link Result}. */
export const err = <T = never>(error: EcoError): Result<T> => ({ ok: false, error });

/** Every code the engine can raise, for tests, stories and documentation. */
export const ERROR_CODES: readonly ErrorCode[] = [
  'INVALID_PRODUCT', 'UNKNOWN_CATEGORY', 'UNKNOWN_MATERIAL', 'UNKNOWN_COUNTRY',
  'UNKNOWN_CURRENCY', 'INVALID_PACT', 'DATASET_INVALID', 'INVALID_ARGUMENT',
  'INVALID_SELLER', 'UNKNOWN_SECTOR', 'TOO_LARGE',
];

/**
 * The one error class of the engine. `code` is stable (safe to branch on), `message` says what went wrong
 * and how to fix it, `issues` lists each problem with the path of the offending field (`materials.0.share`).
 */
export class EcoError extends Error {
  override readonly name = 'EcoError';
  readonly code: ErrorCode;
  readonly issues: readonly Issue[];
  constructor(code: ErrorCode, message: string, issues: readonly Issue[] = []) {
    super(message);
    this.code = code;
    this.issues = issues;
  }
}

/**
 * Errors and results shared by every engine module.
 * Throwing functions throw {@link EcoError}; `safe*` variants return a {@link Result} and never throw.
 */
import { DEV } from '../internal/dev.js';
import { LIMITS, type ErrorCode, type Issue, type LimitName } from './types.js';

export type { ErrorCode, Issue };

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

/** Builds a failed result with one issue at `path`. */
export const fail = <T = never>(code: ErrorCode, message: string, path = '', issueMessage = message): Result<T> =>
  err(new EcoError(code, message, [{ path, message: issueMessage }]));

/** The error for an array longer than {@link LIMITS} allows: `path` is the array, the message names the limit. */
export const tooMany = <T = never>(code: ErrorCode, path: string, count: number, limit: LimitName, hint: string): Result<T> =>
  fail(code, DEV ? `Too many entries in ${path}: ${count} given, at most ${LIMITS[limit]} accepted (LIMITS.${limit}). ${hint}` : `LIMITS.${limit}`, path, `At most ${LIMITS[limit]} entries, got ${count}.`);

/** Returns the value or throws the error: the throwing variant of every `safe*` function. */
export function unwrap<T>(result: Result<T>): T {
  if (result.ok) return result.value;
  throw result.error;
}

/** Runs `fn` and turns an unexpected exception into `INVALID_ARGUMENT`, so `safe*` functions never throw. */
export function guard<T>(fn: () => Result<T>): Result<T> {
  try {
    return fn();
  } catch (e) {
    if (e instanceof EcoError) return err(e);
    return fail('INVALID_ARGUMENT', DEV ? `Unexpected input: ${e instanceof Error ? e.message : String(e)}. Check the arguments against the documented types.` : String(e));
  }
}

/** Lists up to `max` keys for an error message ("a, b, c and 12 more"). */
export function listKeys(keys: readonly string[], max = 8): string {
  const shown = keys.slice(0, max).join(', ');
  return keys.length > max ? `${shown} and ${keys.length - max} more` : shown;
}

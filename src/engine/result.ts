/**
 * Errors and results shared by every engine module.
 * Throwing functions throw {@link EcoError}; `safe*` variants return a {@link Result} and never throw.
 * The class and the result shape are in ./error.ts (re-exported here), the helpers below only engine functions use.
 */
import { DEV } from '../internal/dev.js';
import { LIMITS, type ErrorCode, type Issue, type LimitName } from './types.js';

export type { ErrorCode, Issue };

export { ok, err, ERROR_CODES, EcoError, type Result } from './error.js';
import { EcoError, err, type Result } from './error.js';

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

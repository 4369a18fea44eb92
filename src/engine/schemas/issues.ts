/**
 * Turns zod issues into `{ path, message }` pairs with plain English messages.
 * zod/mini ships no locale, so every message the engine shows is written here.
 */
import type * as z from 'zod/mini';
import type { Issue } from '../types.js';

type ZodIssue = z.core.$ZodIssue;

const bound = (i: { inclusive?: boolean }, word: string, strict: string) => (i.inclusive === false ? strict : word);

function describe(i: ZodIssue): string {
  switch (i.code) {
    case 'invalid_type': {
      const got = i.input === undefined ? 'nothing' : i.input === null ? 'null' : Array.isArray(i.input) ? 'an array' : typeof i.input === 'number' && !Number.isFinite(i.input) ? String(i.input) : `a ${typeof i.input}`;
      return `Expected ${i.expected === 'int' ? 'a whole number' : i.expected === 'array' || i.expected === 'object' ? `an ${i.expected}` : `a ${i.expected}`}, got ${got}.`;
    }
    case 'too_small':
      return i.origin === 'array' ? `Needs at least ${i.minimum} item(s).` : i.origin === 'string' ? 'Must not be empty.' : `Must be ${bound(i, 'at least', 'greater than')} ${i.minimum}.`;
    case 'too_big':
      return i.origin === 'array' ? `Has more than ${i.maximum} items.` : i.origin === 'string' ? `Must be at most ${i.maximum} characters.` : `Must be ${bound(i, 'at most', 'less than')} ${i.maximum}.`;
    case 'invalid_format':
      return i.message && i.message !== 'Invalid input' ? i.message : `Has the wrong format${i.pattern ? ` (expected ${i.pattern})` : ''}.`;
    case 'invalid_value':
      return `Expected one of: ${i.values.map((v) => JSON.stringify(v)).join(', ')}.`;
    case 'invalid_union':
      return 'Does not match any accepted shape.';
    case 'unrecognized_keys':
      return `Unknown key(s): ${i.keys.join(', ')}.`;
    default:
      return i.message || 'Invalid value.';
  }
}

/** Flattens zod issues to `{ path: 'materials.0.share', message }`, prefixed with `prefix` when given. */
export function toIssues(issues: readonly ZodIssue[], prefix = ''): Issue[] {
  return issues.map((i) => {
    const path = i.path.map(String).join('.');
    return { path: prefix && path ? `${prefix}.${path}` : prefix || path, message: describe(i) };
  });
}

/**
 * Parses fast (zod's JIT path), and only when that fails parses again with the offending inputs attached, so the
 * messages can say what was received ("got a string"); `reportInput` alone halves the speed of the success path.
 */
export function check<T extends z.ZodMiniType>(schema: T, value: unknown): z.core.util.SafeParseResult<z.output<T>> {
  const r = schema.safeParse(value);
  return r.success ? r : schema.safeParse(value, { reportInput: true });
}

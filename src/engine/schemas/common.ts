/** Small reusable zod/mini pieces. Numbers in zod 4 already reject NaN and ±Infinity. */
import * as z from 'zod/mini';

/** A finite number ≥ 0 and ≤ `max`. */
export const nonNeg = (max = 1e15) => z.number().check(z.gte(0), z.lte(max));
/** A finite number > 0 and ≤ `max`. */
export const positive = (max = 1e15) => z.number().check(z.gt(0), z.lte(max));
/** A share between 0 and 1 inclusive. */
export const share = () => z.number().check(z.gte(0), z.lte(1));
/** A whole number (a refinement: `z.int()` would add a number format to bundles for this one use). */
export const int = () => z.number().check(z.refine(Number.isInteger, 'Expected a whole number.'));
/** One of `values` (a refinement, with the message zod's enum would give: its enum kind would add code to bundles). */
export const oneOf = <T extends string>(values: readonly T[]) =>
  z.custom<T>((v) => (values as readonly unknown[]).includes(v), `Expected one of: ${values.map((v) => JSON.stringify(v)).join(', ')}.`);
/** `true` or `false` (a refinement, like {@link oneOf}). */
export const bool = () => z.custom<boolean>((v) => typeof v === 'boolean', 'Expected true or false.');
export const nonEmpty = (max = 10000) => z.string().check(z.minLength(1), z.maxLength(max));
/** ISO 3166-1 alpha-2, upper case (`DE`), or `WORLD` where the dataset allows it. */
export const countryCode = () => z.string().check(z.regex(/^([A-Za-z]{2}|WORLD)$/, 'Expected an ISO 3166-1 alpha-2 country code, such as "DE".'));
/** ISO 4217 alphabetic code (`EUR`). */
export const currencyCode = () => z.string().check(z.regex(/^[A-Za-z]{3}$/, 'Expected an ISO 4217 currency code, such as "EUR".'));

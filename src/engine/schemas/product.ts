/** Schema of the product a caller passes to `estimateFootprint`. */
import * as z from 'zod/mini';
import { LIMITS } from '../types.js';
import { CONDITIONS, FREIGHT_MODES } from '../kinds.js';
import { bool, countryCode, currencyCode, nonEmpty, nonNeg, oneOf, positive, share } from './common.js';

import { BOUNDARIES } from '../constants.js';

export { BOUNDARIES };

export const MaterialShareSchema = z.object({
  material: nonEmpty(),
  share: z.number().check(z.gt(0), z.lte(1)),
  recycledShare: z.optional(share()),
});

export const TransportLegSchema = z.object({
  mode: oneOf(FREIGHT_MODES),
  // one leg cannot be longer than the Earth's circumference
  distanceKm: nonNeg(40075),
});

export const PackagingSchema = z.object({ material: nonEmpty(), weightGrams: nonNeg(1e8) });

export const UseSchema = z.object({
  kWhPerYear: nonNeg(1e7),
  years: positive(100),
  country: z.optional(countryCode()),
});

export const DeclaredSchema = z.object({
  co2eGrams: nonNeg(1e15),
  boundary: oneOf(BOUNDARIES),
  verified: z.optional(bool()),
  source: z.optional(z.string()),
});

export const ProductInputSchema = z.object({
  id: z.optional(z.string()),
  name: z.optional(z.string()),
  category: nonEmpty(),
  price: z.optional(nonNeg(1e12)),
  currency: z.optional(currencyCode()),
  weightGrams: z.optional(positive(1e9)),
  materials: z.optional(
    z.array(MaterialShareSchema).check(
      z.minLength(1),
      z.maxLength(LIMITS.materials),
      z.refine((list) => list.reduce((s, m) => s + m.share, 0) <= 1.02, 'Material shares add up to more than 1: give each share as a fraction of the product mass (0–1).'),
    ),
  ),
  originCountry: z.optional(countryCode()),
  transport: z.optional(z.array(TransportLegSchema).check(z.maxLength(LIMITS.transport))),
  packaging: z.optional(z.array(PackagingSchema).check(z.maxLength(LIMITS.packaging))),
  use: z.optional(UseSchema),
  declared: z.optional(DeclaredSchema),
  pact: z.optional(z.unknown()),
  condition: z.optional(oneOf(CONDITIONS)),
  storageGB: z.optional(nonNeg(1e7)),
});

export type ParsedProduct = z.output<typeof ProductInputSchema>;

// The fast path (`quickProduct`) lives in ../guards.ts, which imports no zod; ./index.ts re-exports it for the tests
// (not this module: guards.ts reads this module's types, and a re-export here closed an import circle).

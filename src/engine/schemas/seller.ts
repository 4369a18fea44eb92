/** Schema of the seller a caller passes to `sellerIntensity`. Cross-field rules (years in order) live in seller.ts. */
import * as z from 'zod/mini';
import { bool, currencyCode, int, nonEmpty, nonNeg, positive } from './common.js';

/** A reporting year: a whole number between 1990 and 2100. */
const year = () => int().check(z.gte(1990), z.lte(2100));

export const SellerBaselineSchema = z.object({
  year: year(),
  // A baseline of zero leaves nothing to measure a change against: it must be positive.
  emissionsKg: positive(1e15),
  revenue: positive(1e15),
  currency: currencyCode(),
});

export const SellerTargetSchema = z.object({
  year: year(),
  // 0.5 halves the intensity; 0 and 1 are not reduction targets a path can be drawn for.
  reductionShare: z.number().check(z.gt(0), z.lt(1)),
});

export const SellerInputSchema = z.looseObject({
  sellerId: z.optional(z.string()),
  emissionsKg: nonNeg(1e15),
  revenue: positive(1e15),
  currency: currencyCode(),
  year: year(),
  sector: nonEmpty(100),
  verified: z.optional(bool()),
  baseline: z.optional(SellerBaselineSchema),
  target: z.optional(SellerTargetSchema),
});

export type ParsedSeller = z.output<typeof SellerInputSchema>;

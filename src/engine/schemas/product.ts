/** Schema of the product a caller passes to `estimateFootprint`. */
import * as z from 'zod/mini';
import { FREIGHT_MODES, LIMITS } from '../types.js';
import { bool, countryCode, currencyCode, nonEmpty, nonNeg, oneOf, positive, share } from './common.js';

export const BOUNDARIES = ['cradle-to-gate', 'cradle-to-grave'] as const;

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
});

export type ParsedProduct = z.output<typeof ProductInputSchema>;

// ─── Fast path ─────────────────────────────────────────────────────────────
// zod/mini parses with several small allocations per field; most products are well formed. `quickProduct` accepts
// exactly what ProductInputSchema accepts for the common fields (never more: test/engine/schemas.test.ts checks that
// anything it accepts also passes the schema) and returns the input itself; anything else, including declared
// figures, goes through the schema, which also explains the failures.

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const inRange = (v: unknown, min: number, max: number, minOpen = false) => typeof v === 'number' && (minOpen ? v > min : v >= min) && v <= max;
const optStr = (v: unknown) => v === undefined || typeof v === 'string';
const text = (v: unknown) => typeof v === 'string' && v.length >= 1 && v.length <= 10000;
const opt = (v: unknown, ok: (v: unknown) => boolean) => v === undefined || ok(v);
const list = (v: unknown, ok: (x: Record<string, unknown>) => boolean, max: number, min = 0) => {
  if (!Array.isArray(v) || v.length < min || v.length > max) return false;
  for (let i = 0; i < v.length; i++) if (!isObj(v[i]) || !ok(v[i])) return false; // a for loop also rejects holes
  return true;
};
const COUNTRY = /^([A-Za-z]{2}|WORLD)$/;

/** @internal The input itself when it is certainly valid and has no declared figure; otherwise undefined. */
export function quickProduct(x: unknown): ParsedProduct | undefined {
  if (!isObj(x) || x.declared !== undefined || !text(x.category) || !optStr(x.id) || !optStr(x.name)) return undefined;
  if (!opt(x.price, (v) => inRange(v, 0, 1e12)) || !opt(x.currency, (v) => typeof v === 'string' && /^[A-Za-z]{3}$/.test(v))) return undefined;
  if (!opt(x.weightGrams, (v) => inRange(v, 0, 1e9, true)) || !opt(x.originCountry, (v) => typeof v === 'string' && COUNTRY.test(v))) return undefined;
  let total = 0;
  if (!opt(x.materials, (v) => list(v, (m) => text(m.material) && inRange(m.share, 0, 1, true) && opt(m.recycledShare, (r) => inRange(r, 0, 1)) && (total += m.share as number) <= 1.02, LIMITS.materials, 1))) return undefined;
  if (!opt(x.transport, (v) => list(v, (t) => (FREIGHT_MODES as readonly unknown[]).includes(t.mode) && inRange(t.distanceKm, 0, 40075), LIMITS.transport))) return undefined;
  if (!opt(x.packaging, (v) => list(v, (p) => text(p.material) && inRange(p.weightGrams, 0, 1e8), LIMITS.packaging))) return undefined;
  if (!opt(x.use, (u) => isObj(u) && inRange(u.kWhPerYear, 0, 1e7) && inRange(u.years, 0, 100, true) && opt(u.country, (c) => typeof c === 'string' && COUNTRY.test(c)))) return undefined;
  return x as ParsedProduct;
}

/** Schema of a dataset (the bundled one or a merchant's), mirroring `Dataset` in ../types.ts. */
import * as z from 'zod/mini';
import { LIMITS } from '../types.js';
import { DELIVERY_KINDS, FREIGHT_MODES, STAGES } from '../kinds.js';
import { MaterialShareSchema, PackagingSchema, TransportLegSchema } from './product.js';
import { bool, int, nonEmpty, nonNeg, oneOf, positive } from './common.js';

const factorShape = (value: z.ZodMiniType<number>) =>
  z.looseObject({
    value,
    unit: nonEmpty(),
    source: nonEmpty(),
    proxy: z.optional(bool()),
    note: z.optional(z.string()),
  });
/** A cited figure ≥ 0. */
export const FactorSchema = factorShape(nonNeg());
/** A cited figure that may be negative (end-of-life credits). */
export const SignedFactorSchema = factorShape(z.number());

// Built from the kinds the product schema already uses (objects, arrays, numbers, refinements), so validating a
// dataset adds little to a bundle: a record is an object whose every key holds `v` (empty keys: crossCheck in dataset.ts).
const record = <T extends z.ZodMiniType>(v: T) => z.catchall(z.object({}), v);
const keyed = <T extends z.ZodMiniType>(keys: readonly string[], v: T) =>
  z.object(Object.fromEntries(keys.map((k) => [k, v])) as Record<string, T>);

const year = () => int().check(z.gte(1900), z.lte(2100));

export const SourceSchema = z.looseObject({
  title: nonEmpty(),
  url: z.optional(z.string()),
  year: year(),
  licence: nonEmpty(),
  attribution: z.string(),
});

// grams per stage of the typical product: ≥ 0 (the engine would read a negative stage as 0, silently)
const stageGrams = keyed(STAGES, nonNeg());

export const CategorySchema = z.looseObject({
  label: nonEmpty(),
  unit: oneOf(['item', 'kg', 'litre']),
  typical: z.looseObject({
    weightGrams: positive(1e9),
    materials: z.array(MaterialShareSchema).check(z.maxLength(LIMITS.materials)),
    originCountry: z.string(),
    price: z.object({ amount: nonNeg(1e12), currency: z.string().check(z.regex(/^[A-Z]{3}$/)) }),
    use: z.optional(z.object({ kWhPerYear: nonNeg(1e7), years: positive(100), otherGrams: z.optional(nonNeg(1e12)) })),
    packSize: z.optional(positive(1e6)),
    transport: z.optional(z.array(TransportLegSchema).check(z.maxLength(LIMITS.transport))),
    packaging: z.optional(z.array(PackagingSchema).check(z.maxLength(LIMITS.packaging))),
  }),
  benchmark: z.looseObject({ stages: stageGrams, source: nonEmpty(), note: z.optional(z.string()), proxy: z.optional(bool()) }),
  spendKey: nonEmpty(),
  manufacturing: FactorSchema,
});

export const MaterialSchema = z.looseObject({
  label: nonEmpty(),
  virgin: FactorSchema,
  recycled: z.optional(FactorSchema),
  endOfLife: nonEmpty(),
});

const multiplier = z.number().check(z.gte(1), z.lte(100));
/** A cited share 0–1 (what a second-life product is still charged of the new one's production). */
const shareFactor = factorShape(z.number().check(z.gte(0), z.lte(1)));

export const DatasetSchema = z.looseObject({
  schemaVersion: z.number().check(z.refine((v) => v === 1, 'Expected 1: this engine reads datasets of schema version 1.')),
  id: nonEmpty(),
  version: nonEmpty(),
  publishedAt: z.string(),
  sources: record(SourceSchema),
  categories: record(CategorySchema),
  materials: record(MaterialSchema),
  freight: keyed(FREIGHT_MODES, z.object({ direct: FactorSchema, wellToTank: FactorSchema })),
  grid: record(FactorSchema),
  packaging: record(FactorSchema),
  endOfLife: record(SignedFactorSchema),
  spend: record(FactorSchema),
  delivery: z.object({ perParcel: keyed(DELIVERY_KINDS, FactorSchema), defaultAirKm: FactorSchema }),
  equivalences: z.object({ carKm: FactorSchema, phoneChargeKWh: FactorSchema, treeYear: FactorSchema, streamingHour: FactorSchema }),
  currencies: z.looseObject({
    date: z.string(),
    source: nonEmpty(),
    perUsd: record(positive()),
    priceIndex: z.object({ source: nonEmpty(), byYear: record(positive()), currentYear: year() }),
    spendYear: year(),
  }),
  grades: z.array(positive()).check(z.minLength(4), z.maxLength(4)),
  ranges: z.looseObject({
    method: keyed(['declared', 'activity', 'spend', 'category'], multiplier),
    filledIn: record(multiplier),
    unverified: z.optional(multiplier),
    delivery: z.optional(multiplier),
    proxy: z.optional(multiplier),
    coverage: z.optional(z.number().check(z.gt(0), z.lt(1))),
    price: z.optional(z.looseObject({ beta: z.optional(record(z.number().check(z.gte(0), z.lte(2)))), spread: z.optional(record(multiplier)), cap: z.optional(multiplier) })),
    specs: z.optional(z.looseObject({ storageGB: z.optional(z.looseObject({ gPerGB: nonNeg(1e9), typical: record(positive()) })) })),
  }),
  substitutes: z.optional(
    z.object({
      groups: record(
        z.looseObject({
          label: nonEmpty(),
          unit: oneOf(['item', 'kg', 'litre']),
          members: record(oneOf(['plant-based', 'animal', 'dairy', 'refurbished', 'used', 'new', 'other'])),
          source: nonEmpty(),
          note: z.optional(z.string()),
        }),
      ),
      none: z.array(nonEmpty()),
    }),
  ),
  conditions: z.optional(z.object({ refurbished: z.optional(record(shareFactor)), used: z.optional(record(shareFactor)) })),
  paired: z.optional(
    z.object({
      shared: keyed(['declared', 'activity', 'spend', 'category'], z.number().check(z.gte(0), z.lte(1))),
      minShare: z.number().check(z.gte(0), z.lte(1)),
    }),
  ),
});

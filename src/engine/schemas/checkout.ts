/** Schemas of delivery options, parcels and carts. */
import * as z from 'zod/mini';
import { LIMITS } from '../types.js';
import { DELIVERY_KINDS } from '../kinds.js';
import { bool, nonEmpty, nonNeg, oneOf } from './common.js';
import { ProductInputSchema } from './product.js';

const kind = oneOf(DELIVERY_KINDS);

export const DeliveryOptionSchema = z.looseObject({ id: nonEmpty(), kind });
export const DeliveryOptionsSchema = z.array(DeliveryOptionSchema).check(z.maxLength(LIMITS.deliveryOptions));
export const ParcelSchema = z.object({ weightGrams: nonNeg(1e8), distanceKm: z.optional(nonNeg(40075)) });
export const DeliverySettingsSchema = z.looseObject({
  customerTripKm: z.optional(nonNeg(1000)),
  failedDeliveryRate: z.optional(z.number().check(z.gte(0), z.lte(1))),
});

export const CartSchema = z.looseObject({
  lines: z.array(
    z.looseObject({
      product: ProductInputSchema,
      quantity: nonNeg(1e6),
      swappedFrom: z.optional(ProductInputSchema),
    }),
  ).check(z.maxLength(LIMITS.cartLines)),
  delivery: z.optional(z.object({ chosen: kind, baseline: z.optional(kind), parcel: z.optional(ParcelSchema) })),
  packaging: z.optional(z.object({ optOut: bool(), weightGrams: z.optional(nonNeg(1e8)), material: z.optional(nonEmpty()) })),
});

export type ParsedParcel = z.output<typeof ParcelSchema>;
export type ParsedDeliverySettings = z.output<typeof DeliverySettingsSchema>;
export type ParsedCart = z.output<typeof CartSchema>;

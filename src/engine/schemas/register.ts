/**
 * The on-demand part of the engine, for ../validate.ts: the full (zod) validators of every input kind, and the code
 * that reads merchant datasets (../dataset-load.ts) and PACT documents (../pact-read.ts), which always needs them.
 * The only module outside this folder's index that gathers the schemas: `eco-nudge/engine` imports it statically and
 * registers it; the elements load it on demand (src/internal/validators.ts), when a guard cannot vouch for an input
 * or a merchant dataset or PACT document comes.
 */
import type * as z from 'zod/mini';
import { registerValidators, type Checked, type OnDemand, type Validators } from '../validate.js';
import { mergeDataset, readDataset } from '../dataset-load.js';
import { readPact } from '../pact-read.js';
import { CartSchema, DeliveryOptionsSchema, DeliverySettingsSchema, ParcelSchema } from './checkout.js';
import { DatasetSchema } from './dataset.js';
import { check, toIssues } from './issues.js';
import { Pact2Schema, Pact3Schema } from './pact.js';
import { ProductInputSchema } from './product.js';
import { SellerInputSchema } from './seller.js';

const full =
  <T extends z.ZodMiniType>(schema: T, fast = false) =>
  (value: unknown, at: string): Checked<z.output<T>> => {
    // `fast`: one parse without the received inputs (the seller's messages have always been worded so)
    const r = fast ? schema.safeParse(value) : check(schema, value);
    return r.success ? { ok: true, value: r.data } : { ok: false, issues: toIssues(r.error.issues, at) };
  };

/** Every full validator, keyed by input kind. */
export const validators: Validators = {
  product: full(ProductInputSchema),
  cart: full(CartSchema),
  deliveryOptions: full(DeliveryOptionsSchema),
  parcel: full(ParcelSchema),
  deliverySettings: full(DeliverySettingsSchema),
  seller: full(SellerInputSchema, true),
  pact2: full(Pact2Schema),
  pact3: full(Pact3Schema),
  dataset: full(DatasetSchema),
};

/** What ../validate.ts `registerValidators()` installs. */
export const onDemand: OnDemand = { validators, loadDataset: readDataset, extendDataset: mergeDataset, fromPact: readPact };

// Installed here too, so that this module works on its own: the browser bundles load it as a self-contained file
// (scripts/build.mjs) with its own copy of ../validate.ts, which ../dataset-load.ts and ../pact-read.ts then use.
// Where it shares ../validate.ts with its importer (eco-nudge/engine, the per-module build), this is the same
// registration the importer makes.
registerValidators(onDemand);

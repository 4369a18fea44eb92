/**
 * Input validation without a static import of zod, so element bundles can load the schemas only when needed.
 *
 * Each kind of input first meets its hand-written guard (./guards.ts: sound, accepts only what the schema accepts).
 * What the guard cannot vouch for goes to the full validator of that kind, built from the zod schemas in
 * ./schemas/register.ts and registered here. `eco-nudge/engine` (./index.ts) registers them on import, so engine
 * callers always get full validation. Elements import the engine modules directly and load the validators on demand:
 * until then an input the guard cannot vouch for yields the internal error `VALIDATOR_NOT_LOADED` (never guessed).
 * Reading a merchant dataset or a PACT document always needs the full validators, so the code that does it travels
 * with them and is registered here too ({@link OnDemand}): ./dataset.ts and ./pact.ts only hand over to it.
 */
import { DEV } from '../internal/dev.js';
import { EcoError, err, type Result } from './error.js';
import type { Dataset, DeclaredInput, Issue, PactOptions } from './types.js';
import type { ParsedProduct } from './schemas/product.js';
import type { ParsedCart, ParsedDeliverySettings, ParsedParcel } from './schemas/checkout.js';
import type { ParsedSeller } from './schemas/seller.js';
import type { Pact2, Pact3 } from './schemas/pact.js';
import type { DeliveryOptionInput } from './types.js';

/** The outcome of a full validator: the parsed value, or the issues with English messages and prefixed paths. */
export type Checked<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly issues: Issue[] };

/** What each kind of input parses to. */
export interface Parsed {
  product: ParsedProduct;
  cart: ParsedCart;
  deliveryOptions: readonly DeliveryOptionInput[];
  parcel: ParsedParcel;
  deliverySettings: ParsedDeliverySettings;
  seller: ParsedSeller;
  pact2: Pact2;
  pact3: Pact3;
  /** The dataset as parsed (cross-references are checked in dataset.ts). */
  dataset: unknown;
}
export type InputKind = keyof Parsed;

/** One full validator per kind; `at` prefixes the issue paths (`cart`, `product`). */
export type Validators = { readonly [K in InputKind]: (value: unknown, at: string) => Checked<Parsed[K]> };

/** What ./schemas/register.ts installs: the full validators, and the readers of merchant datasets and PACT documents. */
export interface OnDemand {
  readonly validators: Validators;
  /** ./dataset-load.ts: validates a complete dataset (schema and cross-references) into a frozen copy; never throws. */
  readonly loadDataset: (json: unknown) => Result<Dataset>;
  /** ./dataset-load.ts: merges a partial dataset onto a base, then as `loadDataset`; never throws. */
  readonly extendDataset: (base: Dataset, patch: { readonly [key: string]: unknown }) => Result<Dataset>;
  /** ./pact-read.ts: a PACT 2.x/3.x ProductFootprint to a declared figure; never throws. */
  readonly fromPact: (document: unknown, options: PactOptions) => Result<DeclaredInput>;
}

let loaded: OnDemand | undefined;

/** @internal Installs the on-demand part (./schemas/register.ts builds it). Idempotent. */
export function registerValidators(m: OnDemand): void {
  loaded = m;
}

/** @internal The on-demand part, once installed. */
export const onDemand = (): OnDemand | undefined => loaded;

/** @internal True once the full validators are installed. */
export const validatorsLoaded = (): boolean => loaded !== undefined;

/**
 * @internal Checks `value` as a `kind`: the `guard`'s answer (./guards.ts) when it vouches for the value, else the
 * full validator's; `undefined` when only the full validator could tell and it is not loaded (see {@link notLoaded}).
 * Each caller passes its own guard, so a bundle holds only the guards of the engine functions it uses.
 */
export function validate<K extends InputKind>(kind: K, value: unknown, at = '', guard?: (value: unknown) => Parsed[K] | undefined): Checked<Parsed[K]> | undefined {
  const quick = guard?.(value);
  if (quick !== undefined) return { ok: true, value: quick };
  return loaded?.validators[kind](value, at);
}

/** Code of the internal error for "needs the full validators, which are not loaded". Never seen by `eco-nudge/engine` callers. */
export const VALIDATOR_NOT_LOADED = 'VALIDATOR_NOT_LOADED';

/** @internal The failed result returned when only the (not loaded) full validators could check an input. */
export const notLoaded = <T = never>(): Result<T> =>
  err(new EcoError(VALIDATOR_NOT_LOADED, DEV ? 'This input needs the full validators, which are not loaded: import "eco-nudge/engine", or load "./schemas/register.js" and pass its onDemand to registerValidators().' : 'validators not loaded'));

/** @internal True when `r` failed only because the full validators are not loaded. */
export const isNotLoaded = (r: { readonly ok: boolean; readonly error?: { readonly code: string } } | undefined): boolean =>
  r !== undefined && !r.ok && r.error?.code === VALIDATOR_NOT_LOADED;

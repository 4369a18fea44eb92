/**
 * The engine's lists of allowed values (stages, freight modes, delivery kinds, conditions), apart from ./types.ts:
 * the elements' base reads ./types.ts on every page (grades, limits), also on a listing of precomputed results, which
 * reads none of these lists. `eco-nudge/engine` exports them with the types (./index.ts).
 */
import type { Condition, DeliveryKind, FreightMode, Stage } from './types.js';

/** The life-cycle stages, in the order results list them. */
export const STAGES: readonly Stage[] = ['materials', 'manufacturing', 'transport', 'packaging', 'use', 'endOfLife'];
/** The freight modes of a transport leg. */
export const FREIGHT_MODES: readonly FreightMode[] = ['sea', 'air', 'road', 'rail'];
/** The delivery kinds a checkout can offer. */
export const DELIVERY_KINDS: readonly DeliveryKind[] = ['home', 'pickup-point', 'locker', 'cargo-bike', 'consolidated', 'express-air'];
/** The states of a product: new (the default), refurbished or used. */
export const CONDITIONS: readonly Condition[] = ['new', 'refurbished', 'used'];

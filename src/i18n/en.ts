import type { Messages } from './messages.js';
import { enCore } from './en/core.js';
import { enProduct } from './en/product.js';
import { enFootprintBadge } from './en/footprint-badge.js';
import { enAlternatives } from './en/alternatives.js';
import { enSavingsCounter } from './en/savings-counter.js';
import { enDeliveryOptions } from './en/delivery-options.js';
import { enDeliveryKinds, enSavingReasons } from './en/checkout-names.js';
import { enSellerBadge } from './en/seller-badge.js';
import { enOrderFootprint } from './en/order-footprint.js';

/**
 * The parts of the English catalog, one per element plus a shared core. Each element module registers its own
 * parts (`addEnglishMessages`), so a page that loads only the badge does not carry the other elements' strings.
 */
export const EN_PARTS = [enCore, enProduct, enFootprintBadge, enAlternatives, enSavingsCounter, enSavingReasons, enDeliveryOptions, enDeliveryKinds, enSellerBadge, enOrderFootprint] as const;

/** English, complete: the fallback for every key (the type checks that the parts together cover `Messages`). */
export const en: Messages = { ...enCore, ...enProduct, ...enFootprintBadge, ...enAlternatives, ...enSavingsCounter, ...enSavingReasons, ...enDeliveryOptions, ...enDeliveryKinds, ...enSellerBadge, ...enOrderFootprint };

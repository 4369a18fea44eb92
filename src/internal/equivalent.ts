import { safeEquivalents } from '../engine/equivalents.js';
import type { Dataset } from '../engine/types.js';
import type { Messages } from '../i18n/messages.js';
import { formatNumber, type Units } from './format.js';
import { carDistance } from './render-details.js';

// A module of its own, not in ./render.ts: the footprint badge renders through render.ts, and a badge given a
// precomputed result must not load the engine's equivalents up front.
/**
 * The everyday equivalent of `grams` worded for shoppers (from the engine's equivalents): the car distance from 1 km,
 * (1 mile in imperial units), else smartphone charges from 1, else `''`.
 */
export const equivalentText = (grams: number, dataset: Dataset, settings: { units: Units; country: string }, locale: string, m: Messages): string => {
  const r = safeEquivalents(grams, { dataset, country: settings.country || undefined });
  if (!r.ok) return '';
  // from one unit of the shopper's distance up (1 km, or 1 mile): a 70 g delivery saving is a dozen charges, not "0.4 km"
  if (r.value.carKm >= (settings.units === 'imperial' ? 1.609344 : 1)) return carDistance(r.value.carKm, settings.units, locale, m);
  return r.value.phoneCharges >= 1 ? m.equivalentPhoneCharges(formatNumber(r.value.phoneCharges, locale)) : '';
};

import { safeEquivalents } from '../engine/equivalents.js';
import type { Dataset } from '../engine/types.js';
import type { KitSettings } from '../context/contexts.js';
import type { Messages } from '../i18n/messages.js';
import { formatNumber } from './format.js';
import { carDistance } from './render.js';

/**
 * The everyday equivalent of a saving, in words: car distance from 1 km (or mile) up, else smartphone charges (a 70 g
 * delivery saving is about a dozen charges, not "0.4 km"); `''` when even that rounds below one.
 */
export function everyday(grams: number, ds: Dataset, settings: KitSettings, locale: string, m: Messages): string {
  const eq = safeEquivalents(grams, { dataset: ds, ...(settings.country ? { country: settings.country } : {}) });
  if (!eq.ok) return '';
  const km = eq.value.carKm;
  if (km >= (settings.units === 'imperial' ? 1.609344 : 1)) return carDistance(km, settings.units, locale, m);
  const n = eq.value.phoneCharges;
  return n >= 1 ? m.equivalentPhoneCharges(formatNumber(n, locale)) : '';
}

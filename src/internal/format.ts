import type { Messages } from '../i18n/messages.js';

/** `metric` (g, kg, t) or `imperial` (oz, lb). */
export type Units = 'metric' | 'imperial';
export type MassUnit = 'gram' | 'kilogram' | 'tonne' | 'ounce' | 'pound';

const cache = new Map<string, Intl.NumberFormat>();

/**
 * A cached `Intl.NumberFormat`; an unusable locale falls back to English. Never throws for a valid option set.
 * @param key - The cache key of `options` when the caller has a cheaper one than their JSON (hot paths).
 */
export function numberFormat(locale: string, options: Intl.NumberFormatOptions = {}, key = JSON.stringify(options)): Intl.NumberFormat {
  key = `${locale}|${key}`;
  let f = cache.get(key);
  if (!f) {
    try {
      f = new Intl.NumberFormat(locale, options);
    } catch {
      try {
        f = new Intl.NumberFormat('en', options);
      } catch {
        f = new Intl.NumberFormat('en');
      }
    }
    if (cache.size >= 512) cache.clear(); // bounded: keys are canonical tags (LocalizeController), but stay safe
    cache.set(key, f);
  }
  return f;
}

/**
 * Two significant digits, but never fewer than the integer digits (4.2, 12, 0.43, 1,234):
 * no figure is shown more precisely than an estimate warrants.
 */
const ROUNDING = { maximumSignificantDigits: 2, maximumFractionDigits: 0, roundingPriority: 'morePrecision' } as Intl.NumberFormatOptions;

const GRAMS: Record<MassUnit, number> = { gram: 1, kilogram: 1e3, tonne: 1e6, ounce: 28.349523125, pound: 453.59237 };

/** The display unit for a mass: g below 1 kg, kg below 1 t, then t; imperial: oz below 1 lb, then lb. */
export function massUnit(grams: number, units: Units = 'metric'): MassUnit {
  const g = Math.abs(grams);
  if (units === 'imperial') return g < GRAMS.pound ? 'ounce' : 'pound';
  return g < 1e3 ? 'gram' : g < 1e6 ? 'kilogram' : 'tonne';
}

export interface MassOptions {
  readonly units?: Units;
  /** Spoken form: `4.2 kilograms` instead of `4.2 kg`. */
  readonly long?: boolean;
  /** Choose the unit from this mass instead (keeps a range or a list in one unit). */
  readonly unitOf?: number;
  /** Number only, in the unit chosen for the mass (for "range 2.9 to 6.1"). */
  readonly bare?: boolean;
}

/** The estimate-rounding formatter (no unit) for `locale`. */
const rounded = (locale: string) => numberFormat(locale, ROUNDING, 'r');

function unitFormat(locale: string, unit: MassUnit, long: boolean): Intl.NumberFormat {
  return unit === 'tonne'
    ? rounded(locale)
    : numberFormat(locale, { ...ROUNDING, style: 'unit', unit, unitDisplay: long ? 'long' : 'short' }, `r|${unit}|${long}`);
}

/** Formats grams as a localized mass, e.g. `4.2 kg`, `4,2 kg`, `350 g`, `1.2 t`, `9.3 lb`. */
export function formatMass(grams: number, locale: string, m: Messages, o: MassOptions = {}): string {
  const unit = massUnit(o.unitOf ?? grams, o.units);
  const v = grams / GRAMS[unit] + 0; // + 0 turns -0 into 0 (Intl would print "-0 g")
  if (o.bare) return rounded(locale).format(v);
  const s = unitFormat(locale, unit, !!o.long).format(v);
  return unit === 'tonne' ? (o.long ? m.tonnesLong(s) : m.tonnes(s)) : s;
}

/** Formats a range in one unit (chosen from `unitOf`, else from `high`), e.g. `2.9–6.1 kg`. */
export function formatMassRange(low: number, high: number, locale: string, m: Messages, o: MassOptions = {}): string {
  const unit = massUnit(o.unitOf ?? high, o.units);
  const lo = low / GRAMS[unit] + 0;
  const hi = high / GRAMS[unit] + 0;
  const f = o.bare ? rounded(locale) : unitFormat(locale, unit, !!o.long);
  let s: string;
  try {
    s = (f as Intl.NumberFormat & { formatRange(a: number, b: number): string }).formatRange(lo, hi);
  } catch {
    s = m.range(f.format(lo), f.format(hi));
  }
  return unit === 'tonne' && !o.bare ? (o.long ? m.tonnesLong(s) : m.tonnes(s)) : s;
}

/** Formats a plain number with estimate rounding (two significant digits), e.g. equivalents. */
export function formatNumber(value: number, locale: string): string {
  return rounded(locale).format(value + 0);
}

/** Formats a share (0–1) as a whole percentage, e.g. `23%` / `23 %`. */
export function formatPercent(share: number, locale: string): string {
  return numberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }, '%').format(share);
}

/**
 * A part's share of a whole, in whole percent: a share above 0 that would round to 0% reads "<1%" in the locale's
 * own percent format (`<1 %` in German), never "0%" for something that is there.
 */
export function formatShare(share: number, locale: string): string {
  return share > 0 && share < 0.005 ? `<${formatPercent(0.01, locale)}` : formatPercent(share, locale);
}

/** Formats money in major units (`12.5`, `EUR`) → `€12.50`. An unknown currency code is shown after the number. */
export function formatMoney(amount: number, currency: string, locale: string): string {
  return /^[a-z]{3}$/i.test(currency)
    ? numberFormat(locale, { style: 'currency', currency: currency.toUpperCase() }).format(amount)
    : `${numberFormat(locale).format(amount)} ${currency}`;
}

/** Unit and currency conversions. Grams CO2e are the canonical unit of the engine. */
import type { Dataset, TraceFactor } from './types.js';
import { addTrace, traced } from './shared.js';

/**
 * Converts a price to US dollars of the spend factors' year: today's rate from the dataset's dated
 * currency table, then deflated by the price index (`byYear[spendYear] = 1`).
 *
 * @param amount - Price excluding tax, in `currency`.
 * @param currency - ISO 4217 code present in `dataset.currencies.perUsd`.
 * @param dataset - A validated dataset.
 * @param trace - Optional list that receives the rate and index used.
 * @returns USD of `dataset.currencies.spendYear`, or `undefined` when the currency is not in the table.
 * @example
 * // perUsd.EUR = 0.9, byYear: { 2021: 1, 2025: 1.2 }, currentYear 2025
 * toSpendYearUsd(108, 'EUR', ds) //=> 100
 */
export function toSpendYearUsd(amount: number, currency: string, dataset: Dataset, trace?: TraceFactor[]): number | undefined {
  const c = dataset.currencies;
  const code = currency.toUpperCase();
  const rate = c.perUsd[code];
  const index = c.priceIndex.byYear[String(c.priceIndex.currentYear)];
  if (!rate || !index) return undefined;
  if (trace) {
    if (code !== 'USD') addTrace(trace, traced(dataset, `currencies.perUsd.${code}`, { value: rate, unit: `${code} per USD (${c.date})`, source: c.source }));
    addTrace(trace, traced(dataset, `currencies.priceIndex.${c.priceIndex.currentYear}`, { value: index, unit: `price level vs ${c.spendYear}`, source: c.priceIndex.source }));
  }
  return amount / rate / index;
}

/** Grams → kilograms. */
export const gramsToKg = (g: number): number => g / 1000;

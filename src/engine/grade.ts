/** Grades and comparisons against the category benchmark. */
import type { Comparison, Grade } from './types.js';
import { GRADES } from './types.js';

/**
 * Grade of a footprint from its ratio to the benchmark.
 *
 * @param ratio - Footprint / benchmark (dimensionless, ≥ 0).
 * @param bounds - Upper bounds of A, B, C and D (the dataset's `grades`, e.g. `[0.5, 0.8, 1.25, 2]`); above D is E.
 * @returns `'A'` (best) … `'E'` (worst).
 * @example
 * gradeForRatio(0.7, [0.5, 0.8, 1.25, 2]) //=> 'B'
 */
export function gradeForRatio(ratio: number, bounds: readonly number[]): Grade {
  let i = 0;
  while (i < 4 && !(ratio <= bounds[i]!)) i++;
  return GRADES[i]!;
}

/**
 * Says `lower` or `higher` only when the whole range `[lowGrams, highGrams]` lies on that side of the benchmark.
 *
 * @param lowGrams - Low end of the range, g CO2e.
 * @param highGrams - High end of the range, g CO2e.
 * @param benchmarkGrams - Typical footprint of the category, g CO2e.
 * @example
 * compareToBenchmark(800, 1600, 2000) //=> 'lower'
 */
export function compareToBenchmark(lowGrams: number, highGrams: number, benchmarkGrams: number): Comparison {
  return highGrams < benchmarkGrams ? 'lower' : lowGrams > benchmarkGrams ? 'higher' : 'typical';
}

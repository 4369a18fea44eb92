/**
 * Spec fields (issue 13, "more data never makes it worse"). Mass is a poor proxy for electronics: a heavier phone is
 * not a higher one, while storage is. Makers' own reports show it: Apple's product environmental reports list the
 * same device with several storage sizes, and production rises with the storage. `dataset.ranges.specs.storageGB`
 * holds that slope (g CO2e of production per GB, the median over the reports that list storage variants; see
 * src/data/README.md) and the typical product's storage per category (ADEME's configurations: laptop 497 GB,
 * smartphone 210 GB, tablet 144 GB). A product that gives `storageGB` in one of those categories gets
 * `(storageGB − typical) × gPerGB` added to its manufacturing stage (never below 0); other categories ignore the field.
 */
import type { Dataset, TraceFactor } from './types.js';
import { addTrace, traced } from './shared.js';

/** @internal Grams CO2e to add to production for the product's storage; 0 when the dataset has no figure for the category. */
export function storageGrams(storageGB: number | undefined, key: string, ds: Dataset, trace: TraceFactor[]): number {
  const spec = ds.ranges.specs?.storageGB;
  if (storageGB === undefined || !spec || !Object.hasOwn(spec.typical, key)) return 0;
  const typical = spec.typical[key]!;
  if (!(typical > 0) || !(spec.gPerGB >= 0)) return 0;
  addTrace(trace, traced(ds, 'ranges.specs.storageGB.gPerGB', { value: spec.gPerGB, unit: 'g CO2e of production per GB of storage', source: 'apple-per' }));
  addTrace(trace, traced(ds, `ranges.specs.storageGB.typical.${key}`, { value: typical, unit: 'GB of storage of the typical product', source: 'ademe' }));
  return (storageGB - typical) * spec.gPerGB;
}

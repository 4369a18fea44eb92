/**
 * Second-life products: a refurbished or used product is charged only part of the new product's production.
 *
 * The dataset's `conditions` table gives, per condition and category family (the part of the category key before the
 * dot), the share of the production stages (materials, manufacturing, transport, packaging) that a second-life
 * product still carries: the refurbishing or resale work and the parts replaced, the manufacturing it avoids being the
 * rest. Use and end of life are those of the product as modelled (a refurbished phone still draws power and is still
 * discarded). Figures and sources: src/data/README.md ("Condition"). A family without a figure is estimated as new.
 * Declared figures are used as declared (a refurbisher's own figure already holds its condition).
 */
import type { Condition, Dataset, Stage, TraceFactor } from './types.js';
import { addTrace, traceOf } from './shared.js';

const PRODUCTION: readonly Stage[] = ['materials', 'manufacturing', 'transport', 'packaging'];

/**
 * @internal Scales the production stages of `s` in place for a second-life product and adds the factor to the trace.
 * @returns The ratio of the new total to the old (1 when the condition is new or has no figure for the family).
 */
export function applyCondition(s: Record<Stage, number>, condition: Condition | undefined, category: string, ds: Dataset, trace: TraceFactor[]): number {
  if (!condition || condition === 'new') return 1;
  const family = category.split('.')[0]!;
  const table = ds.conditions?.[condition];
  const f = table && Object.hasOwn(table, family) ? table[family] : undefined;
  if (!f) return 1;
  const before = s.materials + s.manufacturing + s.transport + s.packaging + s.use + s.endOfLife;
  for (const k of PRODUCTION) s[k] *= f.value;
  addTrace(trace, traceOf(f, 'conditions', condition, family));
  const after = s.materials + s.manufacturing + s.transport + s.packaging + s.use + s.endOfLife;
  return before > 0 ? after / before : 1;
}

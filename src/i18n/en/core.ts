import type { Messages } from '../messages.js';

/** English messages every element may use (units, ranges, sources); always bundled: the registry starts from these. */
export const enCore = {
  $code: 'en',
  $dir: 'ltr',
  estimateUnavailable: 'Estimate unavailable',
  checkingFigure: 'Checking the supplier’s figure…',
  loadingEstimate: 'Loading the estimate…',
  tonnes: (a) => `${a} t`,
  tonnesLong: (a) => `${a} tonnes`,
  withUnit: (a) => `${a} CO₂e`,
  withUnitLong: (a) => `${a} CO₂ equivalent`,
  range: (lo, hi) => `${lo}–${hi}`,
  likelyRange: (r) => `Likely range: ${r}`,
  equivalentCarKm: (n) => `About as much as driving ${n} km in an average car`,
  equivalentCarMiles: (n) => `About as much as driving ${n} miles in an average car`,
  equivalentPhoneCharges: (n) => `About as much as ${n} smartphone charges`,
  datasetVersion: (v) => `Dataset ${v}`,
  sources: 'Sources',
  breakdownToggle: 'How we calculate',
} satisfies Partial<Messages>;

/**
 * Seller emission intensity: a seller's reported emissions per unit of revenue, compared with its sector's typical
 * intensity, and its progress toward an intensity-reduction target.
 *
 * **Common currency and price year.** Revenue is converted to US dollars of the spend factors' year
 * (`dataset.currencies.spendYear`, 2021 in the bundled data): `USD = revenue / perUsd[currency] / priceIndex[year]`,
 * with the dataset's dated exchange-rate table and its price index for the revenue's year. The table holds one
 * date, so revenue of other years is converted at that date's rate; only the price level is adjusted per year.
 * A year outside the price index uses the nearest year it has, and says so in `trace.fallbacks`.
 *
 * **Sector benchmark.** The spend-based factor of a sector (g CO2e per USD of the spend year, purchaser price,
 * cradle to shelf) is the typical emission intensity of that sector's output, so it is the yardstick. Sector keys
 * are the product categories' groups plus `retail` and `logistics` ({@link SECTOR_SPEND_KEYS}):
 *
 * | sector | spend key | why |
 * |---|---|---|
 * | apparel | apparel | cut and sew apparel |
 * | footwear | footwear | footwear manufacturing |
 * | electronics | computers | computers, tablets and consoles carry most of the revenue of consumer electronics |
 * | appliances | small_appliances | small electrical appliances, the bulk of appliances sold online |
 * | furniture | furniture_wood | non-upholstered wood furniture, the largest furniture group |
 * | books | books_printing | printed books |
 * | toys | toys_games | dolls, toys and games |
 * | sports | sporting_goods | sporting and athletic goods |
 * | beauty | cosmetics_toiletries | toilet preparations |
 * | food | prepared_food_other | prepared and other food, a middle value among foods |
 * | beverages | beverages_soft_drinks_water | soft drinks and water |
 * | retail | ecommerce_retail_service | electronic shopping: the retail service only, not the goods resold |
 * | logistics | courier_express | couriers and express delivery |
 *
 * A retailer whose reported emissions include the goods it resells should pick the goods' sector instead.
 * `options.sectors` adds or overrides mappings; a sector whose spend key the dataset lacks is `UNKNOWN_SECTOR`.
 *
 * **Grade and range.** The ratio to the sector's intensity is graded on the same bands as products
 * (`dataset.grades`). Reported emissions get a narrow range (`ranges.method.declared`), widened by
 * `ranges.unverified` unless a third party verified them; the sector benchmark gets the wide spend range
 * (`ranges.method.spend`). `comparison` says `lower`/`higher` only when the seller's whole range lies on that side.
 *
 * **Change and target.** Change since the baseline compares intensities (both in USD of the spend year, so
 * inflation does not count as progress). The target path is a straight line of intensity from the baseline
 * (year Y₀, intensity I₀) to `I₀ × (1 − reductionShare)` in the target year; the seller is on track when this
 * year's intensity is at or below the path's value for this year. Without a baseline or a target: `unknown`.
 */
import { DEV } from '../internal/dev.js';
import type { ParsedSeller } from './schemas/seller.js';
import { notLoaded, validate } from './validate.js';
import { quickSeller } from './guards-seller.js';
import { EcoError, err, fail, guard, listKeys, ok, unwrap, type Result } from './result.js';
import type { Comparison, Dataset, Grade, Issue, Trace, TraceFactor } from './types.js';
import { resolveDataset } from './dataset.js';
import { compareToBenchmark, gradeForRatio } from './grade.js';
import { addTrace, fin, sigma, spread, traced } from './shared.js';

/** Sector keys and the spend factor that stands for each sector's typical intensity (see the module docs). */
export const SECTOR_SPEND_KEYS: Readonly<Record<string, string>> = Object.freeze({
  apparel: 'apparel',
  footwear: 'footwear',
  electronics: 'computers',
  appliances: 'small_appliances',
  furniture: 'furniture_wood',
  books: 'books_printing',
  toys: 'toys_games',
  sports: 'sporting_goods',
  beauty: 'cosmetics_toiletries',
  food: 'prepared_food_other',
  beverages: 'beverages_soft_drinks_water',
  retail: 'ecommerce_retail_service',
  logistics: 'courier_express',
});

/** The sector keys the kit knows, in a stable order (for validation, stories and tests). */
export const SECTORS = /* @__PURE__ */ Object.keys(SECTOR_SPEND_KEYS) as readonly string[];

export interface SellerInput {
  /** Echoed in the result. */
  readonly sellerId?: string;
  /** Reported greenhouse-gas emissions for `year`, kg CO2e (≥ 0). */
  readonly emissionsKg: number;
  /** Revenue for `year`, in major units of `currency` (> 0). */
  readonly revenue: number;
  /** ISO 4217 code of `revenue`. */
  readonly currency: string;
  /** Reporting year (whole number). */
  readonly year: number;
  /** Sector key, e.g. `apparel`, `electronics`, `retail` (see {@link SECTOR_SPEND_KEYS}). */
  readonly sector: string;
  /** True when a third party verified the reported emissions (narrower range). Default false. */
  readonly verified?: boolean;
  /** The reference year of the target: its emissions (> 0) and revenue. `year` must not be after the current year. */
  readonly baseline?: { readonly year: number; readonly emissionsKg: number; readonly revenue: number; readonly currency: string };
  /** Intensity-reduction target: `reductionShare` 0.5 halves the baseline intensity by `year` (not before the current year). */
  readonly target?: { readonly year: number; readonly reductionShare: number };
  /** Free-form fields (a display name…) are allowed and ignored. */
  readonly [extra: string]: unknown;
}

export interface SellerOptions {
  readonly dataset?: Dataset;
  /** Extra or replaced sector → spend-key mappings, e.g. `{ jewellery: 'jewelry' }`. */
  readonly sectors?: Readonly<Record<string, string>>;
}

export type OnTrack = 'on-track' | 'behind' | 'unknown';

export interface SellerTargetResult {
  readonly year: number;
  readonly reductionShare: number;
  /** The target intensity, g CO2e per USD of the price year. */
  readonly gramsPerUsd: number;
  /** The straight-line path's intensity in the current year, g CO2e per USD of the price year. */
  readonly pathGramsPerUsd: number;
  /** Share of the targeted reduction achieved so far (0 = none, 1 = target reached; below 0 when intensity rose). */
  readonly progressShare: number;
  /** Share of the baseline-to-target time elapsed by the current year, 0–1 (what the path expects of progressShare). */
  readonly expectedShare: number;
}

export interface SellerResult {
  readonly sellerId?: string;
  readonly sector: string;
  /** Key of `dataset.spend` used as the sector's typical intensity. */
  readonly spendKey: string;
  readonly year: number;
  /** The revenue's currency (upper case). */
  readonly currency: string;
  /** Year of the common price level (`dataset.currencies.spendYear`). */
  readonly priceYear: number;
  /** Reported emissions, g CO2e. */
  readonly co2eGrams: number;
  /** Intensity in g CO2e per USD of `priceYear` (the common unit: grades, change and target use it). */
  readonly gramsPerUsd: number;
  readonly lowGramsPerUsd: number;
  readonly highGramsPerUsd: number;
  /** The same intensity per unit of the seller's own currency, as reported (for display). */
  readonly gramsPerUnit: number;
  readonly lowGramsPerUnit: number;
  readonly highGramsPerUnit: number;
  /** The sector's typical intensity (its spend factor), g CO2e per USD of `priceYear`, and its (wide) range. */
  readonly sectorGramsPerUsd: number;
  readonly sectorLowGramsPerUsd: number;
  readonly sectorHighGramsPerUsd: number;
  /** The sector's typical intensity per unit of the seller's currency in `year`. */
  readonly sectorGramsPerUnit: number;
  /** gramsPerUsd / sectorGramsPerUsd. */
  readonly ratio: number;
  readonly grade: Grade;
  /** `lower` / `higher` only when the seller's whole range lies on that side of the sector's intensity. */
  readonly comparison: Comparison;
  /** Always `reported`: the figure is the seller's own. */
  readonly method: 'reported';
  readonly verified: boolean;
  /** The baseline's intensity, when a baseline was given. */
  readonly baseline?: { readonly year: number; readonly gramsPerUsd: number; readonly gramsPerUnit: number; readonly currency: string };
  /** Intensity change since the baseline (−0.2 = 20% lower); undefined without a baseline. */
  readonly changeShare?: number;
  readonly target?: SellerTargetResult;
  readonly onTrack: OnTrack;
  readonly trace: Trace & { readonly fallbacks: readonly string[] };
}

interface Money {
  readonly usd: number;
  readonly perUnit: number;
}

/** Converts `amount` of `currency` in `year` to USD of the spend year; records factors and any fallback. */
function toPriceYearUsd(amount: number, currency: string, year: number, at: string, ds: Dataset, trace: TraceFactor[], fallbacks: string[]): Result<Money> {
  const c = ds.currencies;
  const code = currency.toUpperCase();
  const rate = c.perUsd[code];
  if (!(rate! > 0)) {
    return fail('UNKNOWN_CURRENCY', DEV ? `Currency "${code}" is not in the dataset's exchange-rate table (${c.date}). Use one of ${listKeys(Object.keys(c.perUsd))}, or extend currencies.perUsd.` : `currency ${code}`, at);
  }
  const years = Object.keys(c.priceIndex.byYear).map(Number).filter((y) => c.priceIndex.byYear[y]! > 0);
  if (!years.length) return fail('DATASET_INVALID', DEV ? 'The dataset has no usable price index.' : 'no price index', 'currencies.priceIndex.byYear');
  const used = years.reduce((best, y) => (Math.abs(y - year) < Math.abs(best - year) || (Math.abs(y - year) === Math.abs(best - year) && y > best) ? y : best));
  if (used !== year) fallbacks.push(`No price index for ${year}; the ${used} index was used.`);
  const index = c.priceIndex.byYear[used]!;
  if (code !== 'USD') addTrace(trace, traced(ds, `currencies.perUsd.${code}`, { value: rate!, unit: `${code} per USD (${c.date})`, source: c.source }));
  addTrace(trace, traced(ds, `currencies.priceIndex.${used}`, { value: index, unit: `price level vs ${c.spendYear}`, source: c.priceIndex.source }));
  const perUnit = 1 / rate! / index;
  return ok({ usd: amount * perUnit, perUnit });
}

/** Year-order rules the schema cannot express, checked on the raw input so they are reported with the others. */
function yearIssues(input: Record<string, unknown>): Issue[] {
  const issues: Issue[] = [];
  const y = input.year;
  const b = input.baseline as { year?: unknown } | undefined;
  const t = input.target as { year?: unknown } | undefined;
  if (typeof y !== 'number') return issues;
  if (typeof b?.year === 'number' && b.year > y) issues.push({ path: 'baseline.year', message: DEV ? `The baseline year ${b.year} is after the reporting year ${y}.` : 'after year' });
  if (typeof t?.year === 'number' && t.year < y) issues.push({ path: 'target.year', message: DEV ? `The target year ${t.year} is before the reporting year ${y}.` : 'before year' });
  return issues;
}

function invalid(issues: Issue[]): Result<never> {
  const first = issues[0]!;
  return err(
    new EcoError(
      'INVALID_SELLER',
      DEV
        ? `Invalid seller (${issues.length} issue${issues.length === 1 ? '' : 's'}; first: ${first.path || 'root'}: ${first.message}). Give emissionsKg ≥ 0, revenue > 0, an ISO currency code, a whole year, a baseline not after the year and a target not before it with reductionShare between 0 and 1.`
        : first.path || 'root',
      issues,
    ),
  );
}

function compute(raw: SellerInput, options: SellerOptions): Result<SellerResult> {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return invalid([{ path: '', message: 'Expected an object.' }]);
  const parsed = validate('seller', raw, '', quickSeller);
  if (!parsed) return notLoaded();
  const issues = [...(parsed.ok ? [] : parsed.issues), ...yearIssues(raw as Record<string, unknown>)];
  if (!parsed.ok || issues.length) return invalid(issues);
  const s: ParsedSeller = parsed.value;

  const dsr = resolveDataset(options.dataset);
  if (!dsr.ok) return err(dsr.error);
  const ds = dsr.value;

  const sectors = { ...SECTOR_SPEND_KEYS, ...(options.sectors ?? {}) };
  const spendKey = Object.hasOwn(sectors, s.sector) ? sectors[s.sector] : undefined;
  const factor = spendKey ? ds.spend[spendKey] : undefined;
  if (!spendKey || !factor || !(factor.value > 0)) {
    return fail(
      'UNKNOWN_SECTOR',
      !DEV
        ? `sector ${s.sector}`
        : spendKey
        ? `Sector "${s.sector}" maps to spend factor "${spendKey}", which dataset ${ds.version} does not have (or has no positive value). Extend dataset.spend, or map the sector to another key with options.sectors.`
        : `Unknown sector "${s.sector}". Use one of ${listKeys(Object.keys(sectors), 20)}, or map it to a spend key with options.sectors.`,
      'sector',
    );
  }

  const trace: TraceFactor[] = [];
  const fallbacks: string[] = [];
  addTrace(trace, traced(ds, `spend.${spendKey}`, factor));
  const now = toPriceYearUsd(s.revenue, s.currency, s.year, 'currency', ds, trace, fallbacks);
  if (!now.ok) return err(now.error);
  let base: Money | undefined;
  if (s.baseline) {
    const b = toPriceYearUsd(s.baseline.revenue, s.baseline.currency, s.baseline.year, 'baseline.currency', ds, trace, fallbacks);
    if (!b.ok) return err(b.error);
    base = b.value;
  }

  const R = ds.ranges;
  const grams = fin(s.emissionsKg * 1000);
  const usd = now.value.usd;
  const perUnit = now.value.perUnit;
  const intensity = fin(grams / usd);
  const verified = s.verified === true;
  const sd = Math.hypot(sigma(R.method.declared), verified ? 0 : sigma(R.unverified));
  const [lo, hi] = spread(intensity, sd);
  const sector = factor.value;
  const [slo, shi] = spread(sector, sigma(R.method.spend));
  const ratio = fin(intensity / sector);

  let baseline: SellerResult['baseline'];
  let changeShare: number | undefined;
  let target: SellerTargetResult | undefined;
  let onTrack: OnTrack = 'unknown';
  if (s.baseline && base) {
    const i0 = fin((s.baseline.emissionsKg * 1000) / base.usd);
    baseline = { year: s.baseline.year, gramsPerUsd: i0, gramsPerUnit: i0 * base.perUnit, currency: s.baseline.currency.toUpperCase() };
    // i0 > 0: the schema requires positive baseline emissions and revenue.
    if (i0 > 0) changeShare = intensity / i0 - 1;
    if (s.target && i0 > 0) {
      const goal = i0 * (1 - s.target.reductionShare);
      const span = s.target.year - s.baseline.year;
      // span ≥ 0 (baseline ≤ year ≤ target); a zero span means the target is due now.
      const expectedShare = span > 0 ? (s.year - s.baseline.year) / span : 1;
      const path = i0 + (goal - i0) * expectedShare;
      target = {
        year: s.target.year,
        reductionShare: s.target.reductionShare,
        gramsPerUsd: goal,
        pathGramsPerUsd: path,
        progressShare: (1 - intensity / i0) / s.target.reductionShare,
        expectedShare,
      };
      onTrack = intensity <= path * (1 + 1e-9) ? 'on-track' : 'behind';
    }
  }

  return ok({
    ...(s.sellerId !== undefined ? { sellerId: s.sellerId } : {}),
    sector: s.sector,
    spendKey,
    year: s.year,
    currency: s.currency.toUpperCase(),
    priceYear: ds.currencies.spendYear,
    co2eGrams: grams,
    gramsPerUsd: intensity,
    lowGramsPerUsd: lo,
    highGramsPerUsd: hi,
    gramsPerUnit: intensity * perUnit,
    lowGramsPerUnit: lo * perUnit,
    highGramsPerUnit: hi * perUnit,
    sectorGramsPerUsd: sector,
    sectorLowGramsPerUsd: slo,
    sectorHighGramsPerUsd: shi,
    sectorGramsPerUnit: sector * perUnit,
    ratio,
    grade: gradeForRatio(ratio, ds.grades),
    comparison: compareToBenchmark(lo, hi, sector),
    method: 'reported',
    verified,
    ...(baseline ? { baseline } : {}),
    ...(changeShare !== undefined ? { changeShare } : {}),
    ...(target ? { target } : {}),
    onTrack,
    trace: { datasetId: ds.id, datasetVersion: ds.version, factors: trace, fallbacks },
  });
}

/**
 * A seller's emission intensity, compared with its sector and its reduction target; never throws.
 *
 * @param input - Reported emissions (kg CO2e) and revenue (major units of `currency`) for `year`, the `sector`,
 *   and optionally `verified`, a `baseline` and a `target`.
 * @param options - `dataset` (default: the bundled one) and extra `sectors` mappings.
 * @returns `{ ok: true, value }` or `{ ok: false, error }` with code `INVALID_SELLER` (issues with field paths),
 *   `UNKNOWN_SECTOR`, `UNKNOWN_CURRENCY`, `DATASET_INVALID` or `INVALID_ARGUMENT`.
 * @example
 * // 2021 revenue USD 1,000,000 and 200 t CO2e in apparel (spend factor 145 g/USD2021)
 * sellerIntensity({ emissionsKg: 200_000, revenue: 1e6, currency: 'USD', year: 2021, sector: 'apparel' }).gramsPerUsd //=> 200
 */
export function safeSellerIntensity(input: SellerInput, options: SellerOptions = {}): Result<SellerResult> {
  return guard(() => compute(input, options ?? {}));
}

/**
 * A seller's emission intensity, compared with its sector and its reduction target.
 *
 * @param input - See {@link safeSellerIntensity}.
 * @param options - `dataset` and extra `sectors` mappings.
 * @returns Intensity in g CO2e per USD of the spend year and per unit of the seller's currency, sector benchmark,
 *   ratio, grade, range, change since baseline, target path and `onTrack`, and the trace.
 * @throws {EcoError} `INVALID_SELLER` | `UNKNOWN_SECTOR` | `UNKNOWN_CURRENCY` | `DATASET_INVALID` | `INVALID_ARGUMENT`
 * @example
 * sellerIntensity({ emissionsKg: 90_000, revenue: 1e6, currency: 'USD', year: 2024, sector: 'apparel',
 *   baseline: { year: 2021, emissionsKg: 150_000, revenue: 1e6, currency: 'USD' }, target: { year: 2030, reductionShare: 0.5 } }).onTrack
 * //=> 'on-track'
 */
export function sellerIntensity(input: SellerInput, options: SellerOptions = {}): SellerResult {
  return unwrap(safeSellerIntensity(input, options));
}

/**
 * The engine's public types: the dataset it reads and the results it returns.
 * Pure types, no runtime code. Grams CO2e are the canonical unit everywhere; round only for display.
 */

// ─── Dataset ───────────────────────────────────────────────────────────────

/** One cited figure. `source` is a key of `Dataset.sources`, whose entry carries the licence and attribution. */
export interface Factor {
  readonly value: number;
  /** Unit of `value`, e.g. `g CO2e/kg`, `g CO2e/kWh`, `g CO2e/t.km`, `g CO2e/USD2021`. */
  readonly unit: string;
  /** Key of `Dataset.sources`. */
  readonly source: string;
  /** True where no open factor exists and a documented stand-in is used (see src/data/README.md). */
  readonly proxy?: boolean;
  /** How the figure was derived from its source, when it is not a plain copy. */
  readonly note?: string;
}

export interface Source {
  readonly title: string;
  readonly url?: string;
  readonly year: number;
  /** SPDX id or licence name, e.g. `OGL-UK-3.0`, `CC-BY-4.0`, `MIT`, `public-domain`. */
  readonly licence: string;
  /** The attribution text the licence asks for. */
  readonly attribution: string;
}

export type FunctionalUnit = 'item' | 'kg' | 'litre';
export type Stage = 'materials' | 'manufacturing' | 'transport' | 'packaging' | 'use' | 'endOfLife';
export type StageGrams = Readonly<Record<Stage, number>>;

/**
 * The longest arrays the engine accepts. Each is checked before any per-item work, so an over-long array is a quick
 * error (`INVALID_PRODUCT` for a product's own lists, `INVALID_ARGUMENT` otherwise; the issue's path is the array and
 * the message names the limit), never a slow call. Far above any real product, shelf or checkout, and low enough
 * that the largest accepted input is estimated well within a second (src/engine/README.md, "Limits").
 */
export const LIMITS = Object.freeze({
  /** Entries of a product's `materials` (a bill of materials by mass share). */
  materials: 50,
  /** Legs of a product's `transport`. */
  transport: 20,
  /** Entries of a product's `packaging`. */
  packaging: 20,
  /** Candidates given to `rankAlternatives`. */
  candidates: 10_000,
  /** Options given to `rankDeliveryOptions`. */
  deliveryOptions: 50,
  /** Lines of a cart given to `computeCheckoutSavings`. */
  cartLines: 1_000,
  /** Entries of `materials`, `transport` and `packaging` of all the cart's products (and `swappedFrom`) together. */
  cartEntries: 5_000,
} as const);
export type LimitName = keyof typeof LIMITS;

export interface TypicalProduct {
  /** Mass of one functional unit in grams (1000 for kg/litre categories). */
  readonly weightGrams: number;
  readonly materials: readonly MaterialShareInput[];
  /** ISO 3166-1 alpha-2 of the typical origin. */
  readonly originCountry: string;
  /** Typical retail price, excluding tax. */
  readonly price: { readonly amount: number; readonly currency: string };
  /**
   * Per-kg / per-litre categories: the amount (kg or litres) of the typical retail pack, used when a product gives no
   * mass (a 100 g chocolate bar: 0.1). The filled-in mass then widens the range by `ranges.filledIn.pack`.
   */
  readonly packSize?: number;
  /**
   * Energy-using products and clothes (washing, drying, ironing). `otherGrams`: use-phase emissions over the life
   * that are not electricity (detergent, waste-water treatment), g CO2e, scaled with the mass and not with the grid.
   */
  readonly use?: { readonly kWhPerYear: number; readonly years: number; readonly otherGrams?: number };
  /** Typical inbound transport legs from origin to the market. */
  readonly transport?: readonly TransportLegInput[];
  /** Typical sales packaging. */
  readonly packaging?: readonly PackagingInput[];
}

export interface Category {
  /** English label, e.g. `T-shirt`. */
  readonly label: string;
  readonly unit: FunctionalUnit;
  readonly typical: TypicalProduct;
  /** The typical footprint per functional unit, cradle to grave, split by stage (the grading benchmark). */
  readonly benchmark: { readonly stages: StageGrams; readonly source: string; readonly note?: string; readonly proxy?: boolean };
  /** Key of `Dataset.spend`. */
  readonly spendKey: string;
  /** Manufacturing allowance in g CO2e per kg of product, added to materials in activity estimates. */
  readonly manufacturing: Factor;
}

export interface Material {
  readonly label: string;
  /** g CO2e per kg, virgin (primary) material. */
  readonly virgin: Factor;
  /** g CO2e per kg, recycled material; absent where no recycled route exists (then virgin is used). */
  readonly recycled?: Factor;
  /** Key of `Dataset.endOfLife`. */
  readonly endOfLife: string;
}

export type FreightMode = 'sea' | 'air' | 'road' | 'rail';

export interface Freight {
  /** g CO2e per tonne-km, tank to wheel. */
  readonly direct: Factor;
  /** g CO2e per tonne-km, well to tank. */
  readonly wellToTank: Factor;
}

export type DeliveryKind = 'home' | 'pickup-point' | 'locker' | 'cargo-bike' | 'consolidated' | 'express-air';

export interface DeliveryFactors {
  /** g CO2e per parcel for each kind of last-mile delivery (express-air: the last mile only; air is added per kg·km). */
  readonly perParcel: Readonly<Record<DeliveryKind, Factor>>;
  /** Distance assumed for express air when the parcel gives none, km. */
  readonly defaultAirKm: Factor;
}

export interface Equivalences {
  /** g CO2e per km driven in an average car. */
  readonly carKm: Factor;
  /** kWh per smartphone charge (multiplied by the grid). */
  readonly phoneChargeKWh: Factor;
  /** g CO2 taken up by one urban tree in one year. */
  readonly treeYear: Factor;
  /** g CO2e per hour of video streaming. */
  readonly streamingHour: Factor;
}

export interface CurrencyTable {
  /** Date the rates apply to, ISO 8601. */
  readonly date: string;
  readonly source: string;
  /** Units of each currency per 1 USD on `date` (USD = 1). */
  readonly perUsd: Readonly<Record<string, number>>;
  /** Price-level index by year (base `spendYear` = 1) to deflate today's prices to the spend factors' year. */
  readonly priceIndex: { readonly source: string; readonly byYear: Readonly<Record<string, number>>; readonly currentYear: number };
  /** Year of the spend factors' dollars, e.g. 2021. */
  readonly spendYear: number;
}

/** Uncertainty model: geometric standard deviations per method and per filled-in field (see src/data/README.md). */
export interface RangeModel {
  /**
   * Multiplicative half-width k of the likely range (a nominal `coverage` interval, 80 %) for each method with nothing
   * filled in: `[x / k, x · k]`. `spend` is the spread of a price-adjusted estimate in groups without their own `price.spread`.
   */
  readonly method: Readonly<Record<Method, number>>;
  /** Extra spread per field filled from the typical product, weighted by the share of the total that field drives (combined in log space). */
  readonly filledIn: Readonly<Record<string, number>>;
  /** Extra spread for a declared figure that is not third-party verified. */
  readonly unverified?: number;
  /** Multiplicative half-width of delivery estimates. */
  readonly delivery?: number;
  /** Extra spread for the share of an estimate that rests on proxy figures (a benchmark or allowance marked `proxy`, proxy material factors). */
  readonly proxy?: number;
  /** Nominal share of real footprints inside [low, high] (0.8: the likely range is an 80 % interval). Calibrated by `npm run validate`. */
  readonly coverage?: number;
  /**
   * How a listed price enters an estimate (src/engine/price.ts): production × (price ÷ typical price)^β. Keys of
   * `beta` and `spread` are category groups (`electronics` for `electronics.laptop`); a group without β > 0 ignores prices.
   */
  readonly price?: {
    /** Exponent per category group, ≥ 0 (fitted by leave-one-out; 0 = the price carries no signal). */
    readonly beta?: Readonly<Record<string, number>>;
    /** Half-width multiplier k of a price-adjusted estimate per group (else `method.spend`). */
    readonly spread?: Readonly<Record<string, number>>;
    /** Cap on the price ratio, both ways (default 4). */
    readonly cap?: number;
  };
  /**
   * Spec fields a product may give (src/engine/specs.ts). `storageGB`: production + (storage − the category's typical
   * storage) × `gPerGB`, for the categories listed in `typical` (GB of the typical product); others ignore it.
   */
  readonly specs?: {
    readonly storageGB?: { readonly gPerGB: number; readonly typical: Readonly<Record<string, number>> };
  };
}

/** The state of a product: new (the default), refurbished (tested, repaired, resold with a warranty) or used (resold as is). */
export type Condition = 'new' | 'refurbished' | 'used';

/**
 * What a second-life product still emits in production: the share (0–1) of the new product's production stages
 * (materials, manufacturing, transport, packaging) that a refurbished or used one is charged, by category family
 * (the part of the category key before the dot: `electronics`, `apparel`…). Use and end of life are unchanged.
 */
export interface ConditionModel {
  readonly refurbished?: Readonly<Record<string, Factor>>;
  readonly used?: Readonly<Record<string, Factor>>;
}

/** How a substitute differs from what it replaces, for its label ("a plant-based alternative"). */
export type SubstituteKind = 'plant-based' | 'animal' | 'dairy' | 'refurbished' | 'used' | 'new' | 'other';

/**
 * Categories whose products replace one another for the shopper (beef and a plant-based patty; cow's milk and an
 * oat drink), compared per functional unit, with the sourced reason for grouping them.
 */
export interface SubstituteGroup {
  readonly label: string;
  /** What is compared: per kg or litre of product (each product's mass taken into account), or per item. */
  readonly unit: FunctionalUnit;
  /** Member category keys and the kind each one is, e.g. `{ 'food.beef': 'animal', 'food.tofu': 'plant-based' }`. */
  readonly members: Readonly<Record<string, SubstituteKind>>;
  /** Key of `Dataset.sources`: the publication that compares the members on one functional unit. */
  readonly source: string;
  readonly note?: string;
}

export interface SubstituteTable {
  readonly groups: Readonly<Record<string, SubstituteGroup>>;
  /** Categories with no swaps at all, not even within the category (one book never replaces another). */
  readonly none: readonly string[];
}

/**
 * Parameters of paired savings (src/engine/paired.ts, docs/engine.md): which share of each method's base spread two
 * products of the same category have in common, and the least saving called confident.
 */
export interface PairedModel {
  /** Share (0–1) of the variance of each method's base spread (`ranges.method`) shared by two products of one category. */
  readonly shared: Readonly<Record<Method, number>>;
  /** Least saving, as a share of the current product's footprint, whose low end makes a swap confident (0.1 = 10%). */
  readonly minShare: number;
}

export interface Dataset {
  readonly schemaVersion: 1;
  readonly id: string;
  /** Dataset version, e.g. `2026.1`. */
  readonly version: string;
  readonly publishedAt: string;
  readonly sources: Readonly<Record<string, Source>>;
  readonly categories: Readonly<Record<string, Category>>;
  readonly materials: Readonly<Record<string, Material>>;
  readonly freight: Readonly<Record<FreightMode, Freight>>;
  /** g CO2e per kWh by ISO country code, plus `WORLD`. */
  readonly grid: Readonly<Record<string, Factor>>;
  /** g CO2e per kg of packaging material. */
  readonly packaging: Readonly<Record<string, Factor>>;
  /** g CO2e per kg by end-of-life route. */
  readonly endOfLife: Readonly<Record<string, Factor>>;
  /** g CO2e per USD of the spend year, purchaser price. */
  readonly spend: Readonly<Record<string, Factor>>;
  readonly delivery: DeliveryFactors;
  readonly equivalences: Equivalences;
  readonly currencies: CurrencyTable;
  /** Upper bounds of the ratio to the benchmark for grades A, B, C, D (E above). */
  readonly grades: readonly [number, number, number, number];
  readonly ranges: RangeModel;
  /** Substitution groups across categories, and categories with no swaps. Absent: swaps stay within a category. */
  readonly substitutes?: SubstituteTable;
  /** Second-life products (refurbished, used). Absent: the condition is ignored. */
  readonly conditions?: ConditionModel;
  /** Paired savings parameters. Absent: the engine's defaults (src/engine/paired.ts). */
  readonly paired?: PairedModel;
}

// ─── Inputs ────────────────────────────────────────────────────────────────

export interface MaterialShareInput {
  readonly material: string;
  /** Mass share 0–1. */
  readonly share: number;
  /** Share of this material that is recycled, 0–1. */
  readonly recycledShare?: number;
}
export interface TransportLegInput { readonly mode: FreightMode; readonly distanceKm: number }
export interface PackagingInput { readonly material: string; readonly weightGrams: number }
export type Boundary = 'cradle-to-gate' | 'cradle-to-grave';

export interface DeclaredInput {
  readonly co2eGrams: number;
  readonly boundary: Boundary;
  readonly verified?: boolean;
  readonly source?: string;
}

export interface ProductInput {
  readonly id?: string;
  readonly name?: string;
  readonly category: string;
  readonly price?: number;
  readonly currency?: string;
  readonly weightGrams?: number;
  readonly materials?: readonly MaterialShareInput[];
  readonly originCountry?: string;
  readonly transport?: readonly TransportLegInput[];
  readonly packaging?: readonly PackagingInput[];
  readonly use?: { readonly kWhPerYear: number; readonly years: number; readonly country?: string };
  readonly declared?: DeclaredInput;
  /** A PACT ProductFootprint document (spec 2.x or 3.x). */
  readonly pact?: unknown;
  /** `'new'` (default), `'refurbished'` or `'used'`: a second-life product is charged only part of the production (dataset `conditions`). */
  readonly condition?: Condition;
  /** Storage in GB (flash/SSD), where the dataset has a per-GB figure for the category (laptops, phones, tablets). */
  readonly storageGB?: number;
  /** Free-form fields a caller may attach (url, image, ...) are allowed and ignored. */
  readonly [extra: string]: unknown;
}

export interface EstimateOptions {
  readonly dataset?: Dataset;
  /** Where the product is used (grid for the use phase), ISO alpha-2. */
  readonly country?: string;
  readonly boundary?: Boundary;
}

// ─── Results ───────────────────────────────────────────────────────────────

export type Method = 'declared' | 'activity' | 'spend' | 'category';
export type Grade = 'A' | 'B' | 'C' | 'D' | 'E';
export const GRADES: readonly Grade[] = ['A', 'B', 'C', 'D', 'E'];
export type Comparison = 'lower' | 'typical' | 'higher';

export interface TraceFactor {
  readonly key: string;
  readonly value: number;
  readonly unit: string;
  readonly sourceId: string;
}

export interface Trace {
  readonly datasetId: string;
  readonly datasetVersion: string;
  readonly factors: readonly TraceFactor[];
}

export interface FootprintResult {
  readonly productId?: string;
  readonly category: string;
  readonly co2eGrams: number;
  readonly lowGrams: number;
  readonly highGrams: number;
  readonly method: Method;
  /** True when a declared figure says it was third-party verified / assured. */
  readonly verified: boolean;
  readonly boundary: Boundary;
  readonly stages: StageGrams;
  readonly benchmarkGrams: number;
  readonly ratio: number;
  readonly grade: Grade;
  readonly comparison: Comparison;
  /** Input fields taken from the category's typical product, e.g. `weightGrams`, `materials`. */
  readonly filledIn: readonly string[];
  /** 1 best to 5 worst. */
  readonly dataQuality: 1 | 2 | 3 | 4 | 5;
  readonly trace: Trace;
}

export interface AlternativeResult {
  readonly id: string;
  readonly product: ProductInput;
  readonly footprint: FootprintResult;
  readonly savedGrams: number;
  /** savedGrams / the current product's co2eGrams, 0–1. */
  readonly savedShare: number;
  /** Low end of the saving's own range (g CO2e; may be negative): shared factors cancel (src/engine/paired.ts). */
  readonly savedLowGrams: number;
  /** High end of the saving's own range (g CO2e). */
  readonly savedHighGrams: number;
  /**
   * True when the saving is certain enough to claim: its low end is at least `paired.minShare` (10%) of the current
   * product's footprint, and still above zero and below the high end once rounded to two significant figures.
   */
  readonly confident: boolean;
  /** Set when the candidate is of another category of a substitution group (compared per the group's unit). */
  readonly substitute?: { readonly group: string; readonly kind: SubstituteKind; readonly unit: FunctionalUnit };
}

export interface DeliverySettings {
  readonly dataset?: Dataset;
  /** Km the shopper drives just to collect a parcel from a pickup point or locker (added with the car factor); default 0. */
  readonly customerTripKm?: number;
  /** Share of attended deliveries (home, cargo bike, express) that fail the first time and need a second attempt, 0–1; default 0. */
  readonly failedDeliveryRate?: number;
}

export interface EquivalentsOptions {
  readonly dataset?: Dataset;
  /** Grid for the smartphone-charge equivalent, ISO alpha-2; default the world average. */
  readonly country?: string;
}

export interface PactOptions {
  /** The product's mass, used when the declared unit is a mass (kilogram). */
  readonly weightGrams?: number;
}

export interface DeliveryOptionInput { readonly id: string; readonly kind: DeliveryKind; readonly [extra: string]: unknown }
export interface ParcelInput { readonly weightGrams: number; readonly distanceKm?: number }
export interface DeliveryResult {
  readonly id: string;
  readonly kind: DeliveryKind;
  readonly co2eGrams: number;
  readonly lowGrams: number;
  readonly highGrams: number;
  /** Against standard home delivery; negative when the option emits more. */
  readonly savedGrams: number;
  /** True for the option(s) with the lowest co2eGrams. */
  readonly lowest: boolean;
  readonly trace: Trace;
}

export interface CartLineInput {
  readonly product: ProductInput;
  readonly quantity: number;
  /** The product the shopper swapped away from, if any. */
  readonly swappedFrom?: ProductInput;
}
export interface CartInput {
  readonly lines: readonly CartLineInput[];
  readonly delivery?: { readonly chosen: DeliveryKind; readonly baseline?: DeliveryKind; readonly parcel?: ParcelInput };
  readonly packaging?: { readonly optOut: boolean; readonly weightGrams?: number; readonly material?: string };
}
export interface CheckoutSavings {
  readonly totalGrams: number;
  readonly baselineGrams: number;
  readonly savedGrams: number;
  readonly byReason: { readonly swaps: number; readonly delivery: number; readonly packaging: number };
}

/** One line of {@link OrderResult}: the product's estimate and the line's share (quantity × the unit's figures). */
export interface OrderLineResult {
  readonly productId?: string;
  readonly name?: string;
  readonly category: string;
  readonly quantity: number;
  /** quantity × the unit's footprint, g CO2e. */
  readonly co2eGrams: number;
  /** quantity × the unit's likely range (the units of one line are one product). */
  readonly lowGrams: number;
  readonly highGrams: number;
  /** Set when the line was swapped: quantity × (footprint of `swappedFrom` − footprint of `product`). */
  readonly swapSavedGrams?: number;
  /** The estimate of one unit. */
  readonly footprint: FootprintResult;
}
/** An order's footprint: lines + chosen delivery − declined packaging, with one likely range (src/engine/order.ts). */
export interface OrderResult {
  readonly co2eGrams: number;
  readonly lowGrams: number;
  readonly highGrams: number;
  readonly lines: readonly OrderLineResult[];
  /** The chosen delivery, for one parcel, with its range and its saving against the baseline (default home delivery). */
  readonly delivery?: { readonly kind: DeliveryKind; readonly co2eGrams: number; readonly lowGrams: number; readonly highGrams: number; readonly savedGrams: number };
  /** Declined packaging taken off the order, g CO2e (0 without an opt-out). */
  readonly packagingGrams: number;
  /** What the order would emit with the original choices (no swaps, baseline delivery, packaging kept). */
  readonly baselineGrams: number;
  /** baselineGrams − co2eGrams. */
  readonly savedGrams: number;
  /** As {@link CheckoutSavings}: negative when a choice emits more. */
  readonly byReason: { readonly swaps: number; readonly delivery: number; readonly packaging: number };
}

export interface EquivalentsResult {
  readonly carKm: number;
  readonly phoneCharges: number;
  readonly treeYears: number;
  readonly streamingHours: number;
  readonly trace: Trace;
}

export type ErrorCode =
  | 'INVALID_PRODUCT'
  | 'UNKNOWN_CATEGORY'
  | 'UNKNOWN_MATERIAL'
  | 'UNKNOWN_COUNTRY'
  | 'UNKNOWN_CURRENCY'
  | 'INVALID_PACT'
  | 'DATASET_INVALID'
  | 'INVALID_ARGUMENT'
  | 'INVALID_SELLER'
  | 'UNKNOWN_SECTOR'
  /** An input over the elements' limits (`INPUT_LIMITS`: a string length, a count, a dataset's size); raised by the elements, checked before any work. */
  | 'TOO_LARGE'
  /** @internal Only where the full validators are loaded on demand (the elements); never raised by `eco-nudge/engine`. */
  | 'VALIDATOR_NOT_LOADED';

export interface Issue { readonly path: string; readonly message: string }

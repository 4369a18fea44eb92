import type { DeliveryKind, Grade, Stage } from '../engine/types.js';

/** Saving reasons tracked by the provider's ledger. */
export type SavingReasonKey = 'swaps' | 'delivery' | 'packaging';

/** How a footprint was obtained, as worded to shoppers (derived from the engine's `method`, `verified` and `filledIn`). */
export type MethodKey = 'category' | 'categoryWeight' | 'materials' | 'materialsOnly' | 'spend' | 'declared' | 'verified';

/**
 * Every string the kit shows or speaks. Messages with variables are functions that receive
 * values already formatted for the locale (numbers through Intl), so catalogs hold no number logic.
 * Rule for every catalog: quantitative and honest; never claims such as "green", "eco-friendly",
 * "sustainable", "climate neutral" or "carbon neutral" (a test scans every catalog).
 */
export interface Messages {
  /** BCP 47 code of the catalog, e.g. `en`, `de-CH`. */
  readonly $code: string;
  readonly $dir: 'ltr' | 'rtl';

  // ─── Common ───
  /** Neutral state when no figure can be shown. */
  readonly estimateUnavailable: string;
  /** Loading state while a supplier's declared (PACT) figure or a merchant dataset is checked: `Checking the supplier's figure…`. */
  readonly checkingFigure: string;
  /** Loading state otherwise: `Loading the estimate…`. */
  readonly loadingEstimate: string;
  /** Short tonnes, e.g. `1.2 t` (ECMA-402 has no tonne unit). */
  readonly tonnes: (amount: string) => string;
  /** Long tonnes, e.g. `1.2 tonnes`. */
  readonly tonnesLong: (amount: string) => string;
  /** Megatonnes (10⁶ t), short and long, e.g. `1.2 Mt` / `1.2 megatonnes` (platform-scale totals). */
  readonly megatonnes: (amount: string) => string;
  readonly megatonnesLong: (amount: string) => string;
  /** Gigatonnes (10⁹ t), short and long, e.g. `1.5 Gt` / `1.5 gigatonnes`. */
  readonly gigatonnes: (amount: string) => string;
  readonly gigatonnesLong: (amount: string) => string;
  /** A value with its unit, e.g. `4.2 kg CO₂e`. */
  readonly withUnit: (amount: string) => string;
  /** Spoken value with unit, e.g. `4.2 kilograms CO₂ equivalent`. */
  readonly withUnitLong: (amount: string) => string;
  /** A short range, e.g. `2.9–6.1 kg CO₂e` is built as `range(low, high)` + unit. */
  readonly range: (low: string, high: string) => string;
  /** Visible range line, e.g. `Likely range: 2.9–6.1 kg CO₂e`. */
  readonly likelyRange: (range: string) => string;
  /** How the figure was made. */
  readonly methods: Readonly<Record<MethodKey, string>>;
  /** Life-cycle stages. */
  readonly stages: Readonly<Record<Stage, string>>;
  /** Input fields the engine filled from the typical product. */
  readonly fields: Readonly<Record<string, string>>;
  /** Names the filled-in fields, e.g. `Typical values used for: weight, materials`. */
  readonly filledIn: (fields: string) => string;
  /** Everyday equivalents (amounts pre-formatted). */
  readonly equivalentCarKm: (km: string) => string;
  readonly equivalentCarMiles: (miles: string) => string;
  readonly equivalentPhoneCharges: (count: string) => string;
  /** Dataset line, e.g. `Dataset 2026.1`. */
  readonly datasetVersion: (version: string) => string;
  readonly sources: string;
  /** Free of charge (prices). */
  readonly free: string;

  // ─── Footprint badge ───
  /** Spoken long form: `Estimated footprint 4.2 kilograms CO₂e (range 2.9 to 6.1), grade B on a scale from A (lowest) to E`. */
  readonly footprintLong: (amount: string, low: string, high: string, grade: Grade) => string;
  /** Same for a figure declared by the supplier. */
  readonly declaredLong: (amount: string, low: string, high: string, grade: Grade) => string;
  /** `23% below a typical T-shirt`. */
  readonly compareLower: (percent: string, category: string) => string;
  /** `23% above a typical T-shirt`. */
  readonly compareHigher: (percent: string, category: string) => string;
  /** `About typical for a T-shirt`. */
  readonly compareTypical: (category: string) => string;
  /**
   * Category names by dataset key (`apparel.t-shirt` → `T-Shirt`), as the comparison messages receive them. Each
   * language frames the name so the sentence stays grammatical whatever its gender or number. English ships only
   * overrides: the dataset's `label` (first word lower-cased) is the English name, and a key without a name in the
   * locale's catalog (a merchant's own category) falls back to that label in every language.
   */
  readonly categories: Readonly<Record<string, string>>;
  /** The disclosure of method and sources, in every badge: `How we calculate`. */
  readonly breakdownToggle: string;
  /** Label of the stage breakdown region. */
  readonly breakdownLabel: string;
  /** Heading of the everyday equivalent. */
  readonly equivalentLabel: string;
  /** System boundary of the figure. */
  readonly boundaries: Readonly<Record<'cradle-to-gate' | 'cradle-to-grave', string>>;

  // ─── Alternatives ───
  readonly alternativesHeading: string;
  /** Saving of one alternative, e.g. `−1.2 kg CO₂e (−28%)`: amount (with its real minus sign and unit) and percent pre-formatted. */
  readonly alternativeSaving: (amount: string, percent: string) => string;
  readonly priceMore: (amount: string) => string;
  readonly priceLess: (amount: string) => string;
  readonly priceSame: string;
  /** Visible action label. */
  readonly switchAction: string;
  /** Accessible name of the action: `Switch to Organic tee, saves 1.2 kg CO₂e`. */
  readonly switchLong: (name: string, saving: string) => string;
  /** State after the switch was accepted. */
  readonly switched: string;
  /** Empty state: no compared product has a lower estimate (never "already among the lowest": an estimate cannot say so). */
  readonly alternativesEmpty: string;
  /** Empty state, quantitative: `Compared with 4 other products.` (`percent` is the least saving shown, unused by the bundled catalogs). */
  readonly alternativesCompared: (count: number, formatted: string, percent: string) => string;
  /** Empty state when no comparable candidate was given. */
  readonly alternativesNoneToCompare: string;
  /** Lower products exist but no saving is certain: the intro of the muted list. */
  readonly alternativesUncertain: string;
  /** The saving's own range in the muted list: `might save 0.2–3 kg CO₂e`. */
  readonly alternativeMightSave: (range: string) => string;
  /** Label of a substitute by kind (`plant-based`, `refurbished`, `used`, …): `A plant-based alternative`. */
  readonly substituteLabels: Readonly<Record<string, string>>;
  /** Visible label of the button that reverses a switch. */
  readonly undoAction: string;
  /** Accessible name of that button: `Undo the switch to Organic tee`. */
  readonly undoLong: (name: string) => string;
  /** Announced after a switch: `Switched to Organic tee.` */
  readonly switchedTo: (name: string) => string;
  /** Announced after an undo: `Switch to Organic tee undone.` */
  readonly switchUndone: (name: string) => string;
  /** A chosen switch's card once the order is placed (no Undo): `Saved with your order`, the savings counter's word for saved. */
  readonly swapSaved: string;
  /** Announced when that order is placed: `Organic tee: saved with your order.` */
  readonly swapSavedLong: (name: string) => string;

  // ─── Savings counter ───
  readonly savingsHeading: string;
  /** `You saved 1.4 kg CO₂e with this order` (amount includes the unit). */
  readonly savedThisOrder: (amount: string) => string;
  readonly savedNothing: string;
  /** Shown before any saving exists (no big "0 g"): `Choose a lower-footprint option and what it saves shows here.` */
  readonly savingsEmpty: string;
  /** Label above the total of the current order's choices (not yet placed): `Would save with this order`. */
  readonly savingsPendingLabel: string;
  /** Label above what placed orders saved: `Saved with your orders`. */
  readonly savingsSavedLabel: string;
  /** Label above an explicit `saved-grams`: `Saved with this order`. */
  readonly savingsOrderLabel: string;
  /** Spoken status of a pending total: `This order would save 1.4 kilograms CO₂ equivalent once placed`. */
  readonly wouldSaveThisOrder: (amount: string) => string;
  /** Spoken status of what placed orders saved: `You saved 1.4 kilograms CO₂ equivalent with your orders`. */
  readonly savedWithOrders: (amount: string) => string;
  /** Line below a pending total: `Already saved with your orders: 3 kg CO₂e`. */
  readonly savedEarlier: (amount: string) => string;
  readonly reasons: Readonly<Record<SavingReasonKey, string>>;
  /** `Shoppers have saved 1.2 t of 1.5 Gt CO₂e (80%)`. */
  readonly communityProgress: (amount: string, goal: string, percent: string) => string;
  readonly communityLabel: string;

  // ─── Delivery options ───
  readonly deliveryLegend: string;
  readonly deliveryKinds: Readonly<Record<DeliveryKind, string>>;
  /** Tag in words on the lowest-emission option(s). */
  readonly lowestTag: string;
  /** `1.2 kg CO₂e less than standard home delivery`. */
  readonly deliveryLess: (amount: string) => string;
  /** `0.8 kg CO₂e more than standard home delivery`. */
  readonly deliveryMore: (amount: string) => string;
  /** Delivery time in days (count as a number for plural rules, formatted as a string). */
  readonly etaDays: (count: number, formatted: string) => string;
  /** Spoken summary of one option: label, CO₂e, price. */
  readonly deliveryOptionLong: (label: string, co2e: string, price: string) => string;
  /** Validation message when a choice is required. */
  readonly deliveryRequired: string;
  /** Packaging opt-out checkbox label. */
  readonly packagingOptOut: string;
  /** Hint with the saving: `Saves about 90 g CO₂e`. */
  readonly packagingSaving: (amount: string) => string;
  /** Delivery options: the chosen option's saving against home delivery, `Your choice saves 100 g CO₂e`. */
  readonly deliveryChoiceSaves: (amount: string) => string;

  // ─── Order footprint ───
  /** `Footprint of this order`. */
  readonly orderHeading: string;
  /** Spoken total: `Estimated footprint of this order: 14 kilograms CO₂ equivalent (likely range 9.8 to 21)`. */
  readonly orderLong: (amount: string, low: string, high: string) => string;
  /** Accessible name of the list of lines: `By item`. */
  readonly orderLinesLabel: string;
  /** A line's quantity, e.g. `× 2` (number pre-formatted). */
  readonly orderQuantity: (count: string) => string;
  /** The delivery line, e.g. `Delivery: Parcel locker`. */
  readonly orderDelivery: (kind: string) => string;
  /** The declined packaging's line. */
  readonly orderPackaging: string;
  /** `Your choices save 350 g CO₂e`. */
  readonly orderSaves: (amount: string) => string;
  /** An order without lines. */
  readonly orderEmpty: string;

  // ─── Seller badge ───
  /** Neutral state when a seller's intensity cannot be shown. */
  readonly sellerUnavailable: string;
  /** Compact intensity, e.g. `180 g CO₂e per €` (amount with its mass unit, currency symbol). */
  readonly sellerIntensity: (amount: string, currency: string) => string;
  /** Spoken: `Emission intensity 180 grams CO₂ equivalent per euro of revenue in 2024 (range 140 to 240), grade B on a scale from A (lowest) to E`. */
  readonly sellerIntensityLong: (amount: string, currency: string, year: string, low: string, high: string, grade: Grade) => string;
  /** Caption of the figure: `Emissions per unit of revenue, 2024`. */
  readonly sellerIntensityYear: (year: string) => string;
  /** Sector names (keys of the engine's SECTOR_SPEND_KEYS); unknown keys are shown as given. */
  readonly sectors: Readonly<Record<string, string>>;
  /** `23% below the typical intensity for apparel`. */
  readonly sectorLower: (percent: string, sector: string) => string;
  /** `23% above the typical intensity for apparel`. */
  readonly sectorHigher: (percent: string, sector: string) => string;
  /** `About typical for apparel`. */
  readonly sectorAbout: (sector: string) => string;
  /** The sector benchmark: `Typical for apparel: 250 g CO₂e per €` (its source is listed under the sources). */
  readonly sectorTypical: (sector: string, value: string) => string;
  /** `18% lower than in 2021` (intensity, inflation removed). */
  readonly changeLower: (percent: string, year: string) => string;
  readonly changeHigher: (percent: string, year: string) => string;
  readonly changeNone: (year: string) => string;
  /** `Target: 50% lower intensity by 2030 than in 2021`. */
  readonly targetLine: (percent: string, targetYear: string, baselineYear: string) => string;
  /** Label of the progress line. */
  readonly progressLabel: string;
  /** `On track: 30% of the planned cut made (20% expected by now)`: expected on a straight line from baseline to target. */
  readonly progressOnTrack: (achieved: string, expected: string) => string;
  readonly progressBehind: (achieved: string, expected: string) => string;
  /** No baseline: progress cannot be assessed. */
  readonly progressUnknown: string;
  /** How the figure was made. */
  readonly reportedUnverified: string;
  readonly reportedVerified: string;
}

/** A catalog that overrides some keys (a merchant's region, a fix). */
export type PartialMessages = {
  readonly [K in keyof Messages]?: Messages[K] extends (...args: never[]) => unknown ? Messages[K] : Messages[K] extends object ? Partial<Messages[K]> : Messages[K];
};

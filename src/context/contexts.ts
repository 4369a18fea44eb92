import { createContext } from '@lit/context';
import type { Dataset } from '../engine/types.js';
import type { Units } from '../internal/format.js';

export type { Units };
export type ThemeMode = 'light' | 'dark' | 'auto';
export const THEMES = ['light', 'dark', 'auto'] as const;
export const UNITS = ['metric', 'imperial'] as const;

/** Immutable snapshot; the provider replaces it on every change (context compares with `Object.is`). */
export interface KitSettings {
  /** BCP 47 tag; `''` means "use the nearest lang attribute". */
  readonly locale: string;
  /** ISO 4217 code for prices. */
  readonly currency: string;
  readonly units: Units;
  readonly theme: ThemeMode;
  /** Where the shopper is (ISO 3166-1 alpha-2): grid factor and equivalences. `''` = unknown. */
  readonly country: string;
  /**
   * True while the provider's merchant dataset (`factors`, `factors-src`) is being fetched or checked: elements show
   * their neutral state and estimate nothing until it is settled, so no figure or error from the wrong dataset shows.
   */
  readonly factorsPending?: boolean;
}

export const DEFAULT_SETTINGS: KitSettings = Object.freeze({ locale: '', currency: 'EUR', units: 'metric', theme: 'auto', country: '' });

// ─── Ledger ───

export type SavingReason = 'swaps' | 'delivery' | 'packaging';
export const SAVING_REASONS = ['swaps', 'delivery', 'packaging'] as const;

/**
 * One saving. A *pending* entry is a choice for the current order (a swap, a delivery option, no extra packaging): it
 * "would save" and is credited only when the order is placed ({@link Ledger.placeOrder}). An entry without `pending`
 * is credited (saved). The same `reason` + `key` (+ `pending`) replaces the earlier entry (a re-chosen delivery, a swap undone).
 */
export interface LedgerEntry {
  readonly reason: SavingReason;
  /** What the saving is about: the swapped product id, `delivery`, `packaging`. */
  readonly key: string;
  /** g CO2e saved; never negative. */
  readonly savedGrams: number;
  /** A choice for the current order, not yet placed ("would save"). Absent or false: credited. */
  readonly pending?: boolean;
}

/** Grams by reason, with their sum. */
export interface SavingsSplit {
  readonly savedGrams: number;
  readonly byReason: Readonly<Record<SavingReason, number>>;
}

export interface LedgerTotals extends SavingsSplit {
  /** Credited: saved by placed orders (and entries recorded without `pending`). `byReason` splits it. */
  readonly savedGrams: number;
  readonly byReason: Readonly<Record<SavingReason, number>>;
  /** The current order's choices, not yet placed ("would save with this order"). */
  readonly pendingGrams: number;
  readonly pendingByReason: Readonly<Record<SavingReason, number>>;
}

/** The running record of the shopper's savings, owned by `<eco-provider>`: the current order's choices and what placed orders saved. */
export interface Ledger {
  /** Adds or replaces the entry with the same reason, key and `pending`. Invalid entries are ignored; 0 g removes it. */
  record(entry: LedgerEntry): void;
  /** Removes an entry: a credited one, or with `pending` true the current order's choice. */
  remove(reason: SavingReason, key: string, pending?: boolean): void;
  totals(): LedgerTotals;
  entries(): readonly LedgerEntry[];
  /**
   * The order is placed: its pending choices are credited (saved) and a new, empty order starts. Returns what this
   * order credited (zero when nothing was pending).
   */
  placeOrder(): SavingsSplit;
  /** Calls `cb` with the new totals after every change; returns the unsubscribe function. */
  subscribe(cb: (totals: LedgerTotals) => void): () => void;
}

export const settingsContext = createContext<KitSettings>(Symbol.for('eco-nudge/settings@1'));
/** The dataset in use (the merchant's when valid, else the bundled one). Separate from settings so a locale switch does not resend it. */
export const factorsContext = createContext<Dataset | undefined>(Symbol.for('eco-nudge/factors@1'));
export const ledgerContext = createContext<Ledger | undefined>(Symbol.for('eco-nudge/ledger@1'));

import { SAVING_REASONS, type Ledger, type LedgerEntry, type LedgerTotals, type SavingReason } from '../../context/contexts.js';

/** localStorage key; the value is versioned JSON `{ "v": 1, "entries": [[reason, key, grams], …] }`. */
export const LEDGER_STORAGE_KEY = 'eco-nudge:ledger';
const VERSION = 1;
/**
 * At most this many entries are kept (one per swapped product, plus delivery and packaging): far beyond any shopper,
 * it bounds what a tampered or runaway store can cost. Reading keeps the newest that many; past it, the oldest go.
 */
export const LEDGER_MAX_ENTRIES = 10_000;

type Entries = Map<string, LedgerEntry>;
const idOf = (reason: string, key: string) => `${reason}\u0000${key}`;

function valid(e: unknown): e is LedgerEntry {
  if (typeof e !== 'object' || e === null) return false;
  const { reason, key, savedGrams } = e as LedgerEntry;
  return (SAVING_REASONS as readonly string[]).includes(reason) && typeof key === 'string' && !!key && typeof savedGrams === 'number' && Number.isFinite(savedGrams);
}

/** Parses a stored value; anything unreadable gives `undefined` (corrupt data never throws). */
export function parseStored(raw: string | null | undefined): Entries | undefined {
  if (!raw) return undefined;
  try {
    const data = JSON.parse(raw) as { v?: unknown; entries?: unknown };
    if (data?.v !== VERSION || !Array.isArray(data.entries)) return undefined;
    // the newest entries are last: read backwards, keep at most LEDGER_MAX_ENTRIES, then restore the order
    const newestFirst: Entries = new Map();
    const rows = data.entries as unknown[];
    for (let i = rows.length - 1; i >= 0 && newestFirst.size < LEDGER_MAX_ENTRIES; i--) {
      const row = rows[i];
      if (!Array.isArray(row)) continue;
      const [reason, key, savedGrams] = row as [SavingReason, string, number];
      const e = { reason, key, savedGrams };
      const id = idOf(reason, key);
      if (valid(e) && savedGrams > 0 && !newestFirst.has(id)) newestFirst.set(id, e);
    }
    return new Map([...newestFirst].reverse());
  } catch {
    return undefined;
  }
}

function storage(): Storage | undefined {
  try {
    return globalThis.localStorage ?? undefined;
  } catch {
    return undefined; // SecurityError when storage is blocked
  }
}

/**
 * The provider's ledger: savings by reason and key, kept in memory; with `persist`, mirrored to localStorage.
 * Storage that is missing, blocked, full or corrupt never throws out of here: the ledger keeps working in memory
 * and the last value that was saved stays in storage. Other tabs' writes are merged through `storage` events.
 */
export class LedgerStore implements Ledger {
  private map: Entries = new Map();
  private readonly subs = new Set<(t: LedgerTotals) => void>();
  private persisting = false;

  record(entry: LedgerEntry): void {
    if (!valid(entry)) return;
    const id = idOf(entry.reason, entry.key);
    if (entry.savedGrams <= 0) {
      this.remove(entry.reason, entry.key);
      return;
    }
    const prev = this.map.get(id);
    if (prev && prev.savedGrams === entry.savedGrams) return;
    this.map.set(id, { reason: entry.reason, key: entry.key, savedGrams: entry.savedGrams });
    this.trim();
    this.changed(true);
  }

  remove(reason: SavingReason, key: string): void {
    if (this.map.delete(idOf(reason, key))) this.changed(true);
  }

  entries(): readonly LedgerEntry[] {
    return [...this.map.values()];
  }

  totals(): LedgerTotals {
    const byReason: Record<SavingReason, number> = { swaps: 0, delivery: 0, packaging: 0 };
    for (const e of this.map.values()) byReason[e.reason] += e.savedGrams;
    return { savedGrams: byReason.swaps + byReason.delivery + byReason.packaging, byReason };
  }

  subscribe(cb: (totals: LedgerTotals) => void): () => void {
    this.subs.add(cb);
    return () => this.subs.delete(cb);
  }

  /** Starts or stops mirroring to localStorage. Starting merges what was saved (this tab's newer entries win). */
  setPersist(on: boolean): void {
    if (on === this.persisting) return;
    this.persisting = on;
    if (!on) return;
    let stored: Entries | undefined;
    try {
      stored = parseStored(storage()?.getItem(LEDGER_STORAGE_KEY));
    } catch {
      stored = undefined;
    }
    if (!stored?.size) {
      if (this.map.size) this.save();
      return;
    }
    const mine = this.map;
    this.map = new Map([...stored, ...mine]);
    this.trim();
    if (mine.size) this.save();
    this.changed(false);
  }

  /** Merges another tab's write (a `storage` event for our key): its entries win; entries it removed are removed. */
  mergeStorageEvent(e: { key: string | null; oldValue: string | null; newValue: string | null }): void {
    if (!this.persisting) return;
    if (e.key === null) {
      if (this.map.size) {
        this.map.clear();
        this.changed(false);
      }
      return;
    }
    if (e.key !== LEDGER_STORAGE_KEY) return;
    const next = parseStored(e.newValue);
    if (!next && e.newValue) return; // corrupt write from elsewhere: keep ours
    const old = parseStored(e.oldValue) ?? new Map();
    const before = JSON.stringify([...this.map]);
    for (const id of old.keys()) if (!next?.has(id)) this.map.delete(id);
    for (const [id, entry] of next ?? []) this.map.set(id, entry);
    this.trim();
    if (JSON.stringify([...this.map]) !== before) this.changed(false);
  }

  /** Keeps the newest LEDGER_MAX_ENTRIES entries (insertion order is age). */
  private trim(): void {
    let over = this.map.size - LEDGER_MAX_ENTRIES;
    for (const id of this.map.keys()) {
      if (over-- <= 0) break;
      this.map.delete(id);
    }
  }

  private save(): void {
    if (!this.persisting) return;
    try {
      const entries = [...this.map.values()].map((e) => [e.reason, e.key, e.savedGrams]);
      storage()?.setItem(LEDGER_STORAGE_KEY, JSON.stringify({ v: VERSION, entries }));
    } catch {
      /* full (QuotaExceededError) or blocked: keep working in memory; the last saved value stays */
    }
  }

  private changed(local: boolean): void {
    if (local) this.save();
    const t = this.totals();
    for (const cb of [...this.subs]) {
      try {
        cb(t);
      } catch (err) {
        console.error(err);
      }
    }
  }
}

import { SAVING_REASONS, type Ledger, type LedgerEntry, type LedgerTotals, type SavingReason, type SavingsSplit } from '../../context/contexts.js';
import type { LedgerStore } from './ledger.js';

/**
 * At most this many credited entries are kept one by one (one per swapped product, plus delivery and packaging, per
 * placed order); older ones are folded into per-reason totals (compaction), so the totals stay exact while `record()`
 * costs the same however long the history. A compacted entry recorded again counts anew. The current order keeps at
 * most this many pending choices too (the oldest goes: nothing was saved yet).
 */
export const LEDGER_MAX_ENTRIES = 200;

export type Entries = Map<string, LedgerEntry>;
export type Sums = Record<SavingReason, number>;
export interface Doc {
  entries: Entries;
  compacted: Sums;
}
export const zero = (): Sums => ({ swaps: 0, delivery: 0, packaging: 0 });
export const idOf = (reason: string, key: string, pending?: boolean) => `${pending ? 'p\u0000' : ''}${reason}\u0000${key}`;
export const sum = (s: Sums) => s.swaps + s.delivery + s.packaging;
/** A short id unique to one placed order: the credited keys of two orders never collide (each order counts). */
const orderStamp = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

export function valid(e: unknown): e is LedgerEntry {
  if (typeof e !== 'object' || e === null) return false;
  const { reason, key, savedGrams, pending } = e as LedgerEntry;
  return (
    (SAVING_REASONS as readonly string[]).includes(reason) && typeof key === 'string' && !!key && typeof savedGrams === 'number' &&
    Number.isFinite(savedGrams) && (pending === undefined || typeof pending === 'boolean')
  );
}

/**
 * Moves the oldest credited entries past LEDGER_MAX_ENTRIES into `compacted`, and drops the oldest pending ones past
 * it; calls `evicted` with each id moved or dropped.
 */
export function compact(doc: Doc, evicted?: (id: string) => void): void {
  let credited = 0;
  for (const e of doc.entries.values()) if (!e.pending) credited++;
  let over = credited - LEDGER_MAX_ENTRIES;
  let overPending = doc.entries.size - credited - LEDGER_MAX_ENTRIES;
  for (const [id, e] of doc.entries) {
    if (over <= 0 && overPending <= 0) break;
    if (e.pending ? overPending-- <= 0 : over-- <= 0) continue;
    if (!e.pending) doc.compacted[e.reason] += e.savedGrams;
    doc.entries.delete(id);
    evicted?.(id);
  }
}

/**
 * The provider's ledger in memory: savings by reason and key, this order's pending choices, placed orders. What every
 * page loads with the provider; the persisting ledger (`persist`: localStorage, other tabs, the stored format) is
 * {@link LedgerStore} in ./ledger.ts, loaded on demand (see {@link ledgerStorage}).
 */
export class MemoryLedger implements Ledger {
  protected map: Entries = new Map();
  protected compacted: Sums = zero();
  /** Totals this page compacted and has not yet written. */
  protected compactedDelta: Sums = zero();
  private readonly subs = new Set<(t: LedgerTotals) => void>();

  record(entry: LedgerEntry): void {
    if (!valid(entry)) return;
    const pending = entry.pending === true;
    const id = idOf(entry.reason, entry.key, pending);
    if (entry.savedGrams <= 0) {
      this.remove(entry.reason, entry.key, pending);
      return;
    }
    const prev = this.map.get(id);
    if (prev && prev.savedGrams === entry.savedGrams) return;
    const e: LedgerEntry = pending
      ? { reason: entry.reason, key: entry.key, savedGrams: entry.savedGrams, pending }
      : { reason: entry.reason, key: entry.key, savedGrams: entry.savedGrams };
    this.map.delete(id); // re-recorded: now the newest
    this.map.set(id, e);
    this.mark(id, e);
    this.trim();
    this.changed(true);
  }

  remove(reason: SavingReason, key: string, pending = false): void {
    const id = idOf(reason, key, pending === true);
    if (this.map.delete(id)) {
      this.mark(id, null);
      this.changed(true);
    }
  }

  entries(): readonly LedgerEntry[] {
    return [...this.map.values()];
  }

  totals(): LedgerTotals {
    const byReason: Sums = { ...this.compacted };
    const pendingByReason = zero();
    for (const e of this.map.values()) (e.pending ? pendingByReason : byReason)[e.reason] += e.savedGrams;
    return { savedGrams: sum(byReason), byReason, pendingGrams: sum(pendingByReason), pendingByReason };
  }

  /**
   * The order is placed: every pending choice becomes a credited entry of its own (its key gets the order's stamp, so
   * the next order's choices count again), and the new order starts empty. With `persist`, the store is read first:
   * an order another tab has just placed is not credited twice. Returns what this order credited.
   */
  placeOrder(): SavingsSplit {
    const before = this.fingerprint();
    this.save(true);
    const stamp = orderStamp();
    const placed = zero();
    for (const [id, e] of [...this.map]) {
      if (!e.pending) continue;
      this.map.delete(id);
      this.mark(id, null);
      const credited = { reason: e.reason, key: `${e.key}#${stamp}`, savedGrams: e.savedGrams };
      const cid = idOf(credited.reason, credited.key);
      this.map.set(cid, credited);
      this.mark(cid, credited);
      placed[e.reason] += e.savedGrams;
    }
    const any = sum(placed) > 0;
    if (any) this.trim();
    if (any || this.fingerprint() !== before) this.changed(any);
    return { savedGrams: sum(placed), byReason: placed };
  }

  subscribe(cb: (totals: LedgerTotals) => void): () => void {
    this.subs.add(cb);
    return () => this.subs.delete(cb);
  }

  protected fingerprint(): string {
    const t = this.totals();
    const p = t.pendingByReason;
    return `${this.map.size}|${t.byReason.swaps}|${t.byReason.delivery}|${t.byReason.packaging}|${p.swaps}|${p.delivery}|${p.packaging}`;
  }

  /** Compacts this page's oldest entries; the compaction is written with the next save. */
  protected trim(): void {
    const doc = { entries: this.map, compacted: this.compacted };
    const before = { ...this.compacted };
    compact(doc, (id) => this.mark(id, null));
    for (const r of SAVING_REASONS) this.compactedDelta[r] += this.compacted[r] - before[r];
  }

  /** Notes a change to write (the persisting ledger keeps them; in memory there is nothing to write). */
  protected mark(_id: string, _e: LedgerEntry | null): void {}

  /** Writes this page's changes (`load`: reads the store first, even with nothing to write). In memory: nothing to write. */
  protected save(_load?: boolean): void {}

  protected changed(local: boolean): void {
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

/**
 * The persisting ledger (./ledger.ts, `persist`) on demand: a listing never stores savings, so the core chunk holds only
 * {@link MemoryLedger} and {@link ProviderLedger}. `module` is set by ./ledger.ts's `useLedgerStorage()`: up front by
 * the elements that show stored savings at first paint (src/define/savings-counter.ts), or after `load()` when a
 * provider gets `persist` on a page without them. Replaceable in tests (a chunk that fails or arrives late).
 */
export const ledgerStorage: {
  module?: { acquire(): LedgerStore; release(ledger: LedgerStore): void };
  load: () => Promise<unknown>;
} = { load: () => import('./ledger.js').then((m) => m.useLedgerStorage()) };

/** A call made while the persisting ledger loads: record, remove, placeOrder. */
type Call = [0, LedgerEntry] | [1, SavingReason, string, boolean] | [2];

/**
 * `provider.ledger`: one object for the provider's life. In memory it is its own ledger; with `persist` it forwards to
 * the page's persisting ledger ({@link LedgerStore}, shared by every `<eco-provider persist>`). Its methods answer at
 * once. While the persisting ledger loads (on demand), every call is answered in memory and kept; when it arrives, the
 * calls are applied to it in order, on top of what storage holds (`placeOrder()` credits the stored pending choices
 * too), and subscribers get the merged totals. If it cannot be loaded, the ledger stays in memory.
 */
export class ProviderLedger extends MemoryLedger {
  /** The page's persisting ledger, once this one forwards to it. */
  private to?: LedgerStore;
  private off?: () => void;
  /** Calls made since persisting was asked for, while the persisting ledger loads (undefined when not loading). */
  private calls?: Call[];

  override record(entry: LedgerEntry): void {
    if (this.to) return this.to.record(entry);
    super.record(entry);
    if (this.calls && valid(entry)) this.calls.push([0, { reason: entry.reason, key: entry.key, savedGrams: entry.savedGrams, pending: entry.pending === true }]);
  }

  override remove(reason: SavingReason, key: string, pending = false): void {
    if (this.to) return this.to.remove(reason, key, pending);
    super.remove(reason, key, pending);
    this.calls?.push([1, reason, key, pending === true]);
  }

  override entries(): readonly LedgerEntry[] {
    return this.to ? this.to.entries() : super.entries();
  }

  override totals(): LedgerTotals {
    return this.to ? this.to.totals() : super.totals();
  }

  override placeOrder(): SavingsSplit {
    if (this.to) return this.to.placeOrder();
    this.calls?.push([2]);
    return super.placeOrder();
  }

  /** A storage event of another tab: merged by the persisting ledger (in memory: ignored). */
  mergeStorageEvent(e: { key: string | null; oldValue: string | null; newValue: string | null }): void {
    this.to?.mergeStorageEvent(e);
  }

  /**
   * Starts or stops persisting. On: this ledger's entries so far join the stored ones (at once when the persisting
   * ledger is loaded, else when it arrives, with every call made meanwhile); `failed` is called if it cannot be loaded
   * (the ledger stays in memory). Off: a copy of the entries stays in memory. Subscribers hear the new totals.
   */
  persist(on: boolean, failed: (why: string) => void): void {
    const to = this.to;
    if (!on) {
      this.calls = undefined;
      if (!to) return;
      this.map = new Map(to.entries().map((e) => [idOf(e.reason, e.key, e.pending), e])); // kept in memory (a moved provider takes them back)
      this.compacted = zero();
      this.to = undefined;
      this.off?.();
      ledgerStorage.module?.release(to);
      return this.changed(false);
    }
    if (to || this.calls) return;
    const calls: Call[] = (this.calls = this.entries().map((e) => [0, e]));
    const settle = (why?: string) => {
      if (this.calls !== calls) return; // persisting stopped (or restarted) meanwhile
      this.calls = undefined;
      const m = ledgerStorage.module;
      if (!m) return failed(why ?? 'not registered');
      const shared = m.acquire();
      for (const c of calls) c[0] === 0 ? shared.record(c[1]) : c[0] === 1 ? shared.remove(c[1], c[2], c[3]) : shared.placeOrder();
      this.to = shared;
      this.off = shared.subscribe(() => this.changed(false));
      this.changed(false);
    };
    if (ledgerStorage.module) settle();
    else ledgerStorage.load().then(() => settle(), (e: unknown) => settle(e instanceof Error ? e.message : String(e)));
  }
}

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
  /** This page's changes not yet written: an entry, or `null` for a removal. */
  protected dirty = new Map<string, LedgerEntry | null>();
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
    this.dirty.set(id, e);
    this.trim();
    this.changed(true);
  }

  remove(reason: SavingReason, key: string, pending = false): void {
    const id = idOf(reason, key, pending === true);
    if (this.map.delete(id)) {
      this.dirty.set(id, null);
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
      this.dirty.set(id, null);
      const credited = { reason: e.reason, key: `${e.key}#${stamp}`, savedGrams: e.savedGrams };
      const cid = idOf(credited.reason, credited.key);
      this.map.set(cid, credited);
      this.dirty.set(cid, credited);
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
    compact(doc, (id) => this.dirty.set(id, null));
    for (const r of SAVING_REASONS) this.compactedDelta[r] += this.compacted[r] - before[r];
  }

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

const replay = (l: Ledger, c: Call) => (c[0] === 0 ? l.record(c[1]) : c[0] === 1 ? l.remove(c[1], c[2], c[3]) : l.placeOrder());
const same = (a: LedgerTotals, b: LedgerTotals) => JSON.stringify(a) === JSON.stringify(b);

/**
 * `provider.ledger`: one object for the provider's life, whatever serves behind it: the provider's own ledger in memory,
 * or the page's persisting one ({@link LedgerStore}, shared by every `<eco-provider persist>`). Its methods answer at
 * once. While the persisting ledger loads (on demand), every call is answered in memory and kept; when it arrives, the
 * calls are applied to it in order, on top of what storage holds (`placeOrder()` credits the stored pending choices
 * too), and subscribers get the merged totals. If it cannot be loaded, the ledger stays in memory.
 */
export class ProviderLedger implements Ledger {
  private target: MemoryLedger = new MemoryLedger();
  /** The page's persisting ledger, once this one uses it. */
  private shared?: LedgerStore;
  /** Calls made since persisting was asked for and the persisting ledger is loading (undefined when not loading). */
  private calls?: Call[];
  private readonly subs = new Set<(t: LedgerTotals) => void>();
  private unsubscribe = this.target.subscribe(this.emit.bind(this));

  record(entry: LedgerEntry): void {
    this.target.record(entry);
    if (this.calls && valid(entry)) this.calls.push([0, { reason: entry.reason, key: entry.key, savedGrams: entry.savedGrams, pending: entry.pending === true }]);
  }

  remove(reason: SavingReason, key: string, pending = false): void {
    this.target.remove(reason, key, pending);
    this.calls?.push([1, reason, key, pending === true]);
  }

  entries(): readonly LedgerEntry[] {
    return this.target.entries();
  }

  totals(): LedgerTotals {
    return this.target.totals();
  }

  placeOrder(): SavingsSplit {
    this.calls?.push([2]);
    return this.target.placeOrder();
  }

  subscribe(cb: (totals: LedgerTotals) => void): () => void {
    this.subs.add(cb);
    return () => this.subs.delete(cb);
  }

  /** A storage event of another tab: merged by the persisting ledger (in memory: ignored). */
  mergeStorageEvent(e: { key: string | null; oldValue: string | null; newValue: string | null }): void {
    this.shared?.mergeStorageEvent(e);
  }

  /**
   * Starts or stops persisting. On: this ledger's entries so far join the stored ones (at once when the persisting
   * ledger is loaded, else when it arrives, with every call made meanwhile); `failed` is called if it cannot be loaded
   * (the ledger stays in memory). Off: a copy of the entries stays in memory.
   */
  persist(on: boolean, failed: (why: string) => void): void {
    if (!on) {
      this.calls = undefined;
      const shared = this.shared;
      if (!shared) return;
      this.shared = undefined;
      const own = new MemoryLedger();
      for (const e of shared.entries()) own.record(e); // kept in memory (a moved provider takes them back)
      this.use(own);
      ledgerStorage.module?.release(shared);
      return;
    }
    if (this.shared || this.calls) return;
    const calls: Call[] = this.target.entries().map((e) => [0, e]);
    const storage = ledgerStorage.module;
    if (storage) return this.attach(storage, calls);
    this.calls = calls;
    const settle = (why?: string) => {
      if (this.calls !== calls) return; // persisting stopped (or restarted) meanwhile
      this.calls = undefined;
      const m = ledgerStorage.module;
      if (m) this.attach(m, calls);
      else failed(why ?? 'not registered');
    };
    ledgerStorage.load().then(
      () => settle(),
      (e: unknown) => settle(e instanceof Error ? e.message : String(e)),
    );
  }

  private attach(storage: NonNullable<typeof ledgerStorage.module>, calls: Call[]): void {
    const shared = (this.shared = storage.acquire());
    for (const c of calls) replay(shared, c);
    this.use(shared);
  }

  /** Serves from `next` from now on; subscribers hear of it when the totals differ. */
  private use(next: MemoryLedger): void {
    const before = this.target.totals();
    this.unsubscribe();
    this.target = next;
    this.unsubscribe = next.subscribe(this.emit.bind(this));
    const t = next.totals();
    if (!same(before, t)) this.emit(t);
  }

  private emit(t: LedgerTotals): void {
    for (const cb of [...this.subs]) {
      try {
        cb(t);
      } catch (err) {
        console.error(err);
      }
    }
  }
}

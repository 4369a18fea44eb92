import { SAVING_REASONS, type Ledger, type LedgerEntry, type LedgerTotals, type SavingReason, type SavingsSplit } from '../../context/contexts.js';

/**
 * localStorage key; the value is versioned JSON `{ "v": 1, "entries": [[reason, key, grams], …], "c": { swaps, delivery,
 * packaging } }` (`c`: the compacted totals of older entries; absent while nothing was compacted; readers of the first
 * format ignore it). A row with a fourth element `1` (`[reason, key, grams, 1]`) is a pending choice of the current
 * order; a row of three is credited, so every value stored before orders existed reads as what it was: saved.
 * (The version stays 1: a page still running the previous kit reads the new rows without dropping the store.)
 */
export const LEDGER_STORAGE_KEY = 'eco-nudge:ledger';
const VERSION = 1;
/**
 * At most this many credited entries are kept one by one (one per swapped product, plus delivery and packaging, per
 * placed order); older ones are folded into per-reason totals (compaction), so the totals stay exact while `record()`
 * costs the same however long the history. A compacted entry recorded again counts anew. The current order keeps at
 * most this many pending choices too (the oldest goes: nothing was saved yet).
 */
export const LEDGER_MAX_ENTRIES = 200;
/**
 * A stored value longer than this (characters) is not the kit's (it writes about 5 kB; the first version at most about
 * 300 kB) and is treated as corrupt, unparsed: a tampered store cannot block the page.
 */
export const LEDGER_MAX_CHARS = 2_000_000;
/** Reads of an unreadable store retried before this page gives up writing (a store that always throws is never overwritten). */
const RETRIES = 8;

type Entries = Map<string, LedgerEntry>;
type Sums = Record<SavingReason, number>;
interface Doc {
  entries: Entries;
  compacted: Sums;
}
const zero = (): Sums => ({ swaps: 0, delivery: 0, packaging: 0 });
const idOf = (reason: string, key: string, pending?: boolean) => `${pending ? 'p\u0000' : ''}${reason}\u0000${key}`;
const sum = (s: Sums) => s.swaps + s.delivery + s.packaging;
/** A short id unique to one placed order: the credited keys of two orders never collide (each order counts). */
const orderStamp = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

function valid(e: unknown): e is LedgerEntry {
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
function compact(doc: Doc, evicted?: (id: string) => void): void {
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

/** Parses a stored value; anything unreadable gives `undefined` (corrupt data never throws). */
function parseDoc(raw: string | null | undefined): Doc | undefined {
  if (!raw || raw.length > LEDGER_MAX_CHARS) return undefined;
  try {
    const data = JSON.parse(raw) as { v?: unknown; entries?: unknown; c?: unknown };
    if (data?.v !== VERSION || !Array.isArray(data.entries)) return undefined;
    const compacted = zero();
    const c = data.c as Record<string, unknown> | undefined;
    if (typeof c === 'object' && c !== null)
      for (const r of SAVING_REASONS) if (typeof c[r] === 'number' && Number.isFinite(c[r]) && (c[r] as number) > 0) compacted[r] = c[r] as number;
    // the newest entries are last: read backwards, keep at most LEDGER_MAX_ENTRIES, compact the older ones
    const newestFirst: Entries = new Map();
    const rows = data.entries as unknown[];
    let credited = 0;
    for (let i = rows.length - 1; i >= 0; i--) {
      const row = rows[i];
      if (!Array.isArray(row)) continue;
      const [reason, key, savedGrams, flag] = row as [SavingReason, string, number, unknown];
      const e: LedgerEntry = flag === 1 ? { reason, key, savedGrams, pending: true } : { reason, key, savedGrams };
      const id = idOf(reason, key, e.pending);
      if (!valid(e) || savedGrams <= 0 || newestFirst.has(id)) continue;
      if (e.pending) {
        if (newestFirst.size - credited < LEDGER_MAX_ENTRIES) newestFirst.set(id, e);
      } else if (credited < LEDGER_MAX_ENTRIES) {
        credited++;
        newestFirst.set(id, e);
      } else compacted[reason] += savedGrams;
    }
    return { entries: new Map([...newestFirst].reverse()), compacted };
  } catch {
    return undefined;
  }
}

/** Parses a stored value's entries (the newest LEDGER_MAX_ENTRIES); anything unreadable gives `undefined`. */
export function parseStored(raw: string | null | undefined): Entries | undefined {
  return parseDoc(raw)?.entries;
}

function storage(): Storage | undefined {
  try {
    return globalThis.localStorage ?? undefined;
  } catch {
    return undefined; // SecurityError when storage is blocked
  }
}

/** What a read of the store gave: its document, `empty` (nothing saved), or `unknown` (unreadable: never treated as empty). */
type Read = Doc | 'empty' | 'unknown';

/**
 * The provider's ledger: savings by reason and key, kept in memory; with `persist`, mirrored to localStorage.
 *
 * Nothing saved is ever lost: every write reads the store first and merges this page's changes into what is there
 * (another tab's entries stay); a store that cannot be read (getItem throws, or returns nothing once where data was
 * seen) is *unknown*, never empty: nothing is written then, and the write is retried later (and on the next change).
 * Storage that is missing, blocked, full or corrupt never throws out of here: the ledger keeps working in memory.
 * Other tabs' writes are merged through `storage` events. Every `<eco-provider persist>` of a page shares one ledger
 * per storage key ({@link sharedLedger}), so they show the same totals and never overwrite each other.
 */
export class LedgerStore implements Ledger {
  private map: Entries = new Map();
  private compacted: Sums = zero();
  /** This page's changes not yet written: an entry, or `null` for a removal. */
  private dirty = new Map<string, LedgerEntry | null>();
  /** Totals this page compacted and has not yet written. */
  private compactedDelta: Sums = zero();
  private readonly subs = new Set<(t: LedgerTotals) => void>();
  private persisting = false;
  /** The store was seen holding data (or we wrote it): a later `null` is suspicious, not "empty". */
  private known = false;
  private retries = 0;
  private retryTimer?: ReturnType<typeof setTimeout>;

  constructor(private readonly storageKey: string = LEDGER_STORAGE_KEY) {}

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
    if (this.persisting) this.save(true);
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

  /** Starts or stops mirroring to localStorage. Starting merges what was saved (this page's entries win). */
  setPersist(on: boolean): void {
    if (on === this.persisting) return;
    this.persisting = on;
    clearTimeout(this.retryTimer);
    if (!on) return;
    for (const [id, e] of this.map) this.dirty.set(id, e);
    const before = this.fingerprint();
    this.save(true);
    if (this.fingerprint() !== before) this.changed(false);
  }

  /** Merges another tab's write (a `storage` event for our key): the store's state, with this page's unwritten changes on top. */
  mergeStorageEvent(e: { key: string | null; oldValue: string | null; newValue: string | null }): void {
    if (!this.persisting) return;
    if (e.key === null) {
      // storage.clear() elsewhere: a deliberate reset
      this.known = false;
      this.dirty.clear();
      this.compactedDelta = zero();
      if (this.map.size || this.total(this.compacted)) {
        this.map.clear();
        this.compacted = zero();
        this.changed(false);
      }
      return;
    }
    if (e.key !== this.storageKey) return;
    if (e.newValue === null) {
      this.known = false;
      this.dirty.clear();
      this.map.clear();
      this.compacted = zero();
      this.changed(false);
      return;
    }
    const next = parseDoc(e.newValue);
    if (!next) return; // corrupt write from elsewhere: keep ours
    this.known = true;
    const before = this.fingerprint();
    // what the other tab removed (in its old value, not in its new one) goes; what it wrote is taken; this page's
    // unwritten changes stay on top
    const old = parseDoc(e.oldValue)?.entries ?? new Map<string, LedgerEntry>();
    for (const id of old.keys()) if (!next.entries.has(id) && !this.dirty.has(id)) this.map.delete(id);
    for (const [id, entry] of next.entries) if (!this.dirty.has(id)) this.map.set(id, entry);
    if (this.total(next.compacted) > 0) for (const r of SAVING_REASONS) this.compacted[r] = next.compacted[r] + this.compactedDelta[r];
    this.trim();
    if (this.fingerprint() !== before) this.changed(false);
  }

  private total(s: Sums): number {
    return sum(s);
  }

  private fingerprint(): string {
    const t = this.totals();
    const p = t.pendingByReason;
    return `${this.map.size}|${t.byReason.swaps}|${t.byReason.delivery}|${t.byReason.packaging}|${p.swaps}|${p.delivery}|${p.packaging}`;
  }

  /** Takes `doc` (the store's state) as ours, with this page's unwritten changes applied on top. */
  private adopt(doc: Doc): void {
    for (const [id, e] of this.dirty) {
      doc.entries.delete(id);
      if (e) doc.entries.set(id, e);
    }
    for (const r of SAVING_REASONS) doc.compacted[r] += this.compactedDelta[r];
    compact(doc);
    this.map = doc.entries;
    this.compacted = doc.compacted;
  }

  /** Compacts this page's oldest entries; the compaction is written with the next save. */
  private trim(): void {
    const doc = { entries: this.map, compacted: this.compacted };
    const before = { ...this.compacted };
    compact(doc, (id) => this.dirty.set(id, null));
    for (const r of SAVING_REASONS) this.compactedDelta[r] += this.compacted[r] - before[r];
  }

  /** Reads the store: its document, `empty`, or `unknown` (unreadable, or `null` where data was seen: maybe transient). */
  private read(): Read {
    let raw: string | null | undefined;
    try {
      const s = storage();
      if (!s) return 'unknown';
      raw = s.getItem(this.storageKey);
    } catch {
      return 'unknown';
    }
    if (raw === null || raw === undefined || raw === '') return this.known && this.retries < 1 ? 'unknown' : 'empty';
    return parseDoc(raw) ?? 'empty'; // corrupt: nothing readable to keep, overwritten with valid data
  }

  /** Read, merge, write. An unknown store is not written: retried later (and on the next change). */
  private save(load = false): void {
    const pending = this.dirty.size > 0 || this.total(this.compactedDelta) > 0;
    if (!this.persisting || (!pending && !load)) return;
    const read = this.read();
    if (read === 'unknown') return this.retryLater();
    this.retries = 0;
    clearTimeout(this.retryTimer);
    this.adopt(read === 'empty' ? { entries: new Map(), compacted: zero() } : read);
    if (read !== 'empty') this.known = true;
    if (!pending) return;
    try {
      const entries = [...this.map.values()].map((e) => (e.pending ? [e.reason, e.key, e.savedGrams, 1] : [e.reason, e.key, e.savedGrams]));
      const doc: Record<string, unknown> = { v: VERSION, entries };
      if (this.total(this.compacted) > 0) doc.c = this.compacted;
      storage()?.setItem(this.storageKey, JSON.stringify(doc));
      this.dirty.clear();
      this.compactedDelta = zero();
      this.known = true;
    } catch {
      /* full (QuotaExceededError) or blocked: keep working in memory (the changes stay pending); the last saved value stays */
    }
  }

  private retryLater(): void {
    clearTimeout(this.retryTimer);
    if (this.retries >= RETRIES) return; // give up writing (still in memory; the next change tries again)
    this.retries++;
    this.retryTimer = setTimeout(() => {
      const before = this.fingerprint();
      this.save(true);
      if (this.fingerprint() !== before) this.changed(false);
    }, 100 * 2 ** this.retries);
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

/** The shared ledgers by storage key, and how many providers use each. */
const shared = new Map<string, { ledger: LedgerStore; users: number }>();

/**
 * The one persisting ledger of this page for `key`, shared by every `<eco-provider persist>`: they show the same totals
 * and never overwrite each other. Call {@link releaseSharedLedger} when a provider stops using it; the last release
 * drops it (the next provider reads the store afresh).
 */
export function acquireSharedLedger(key: string = LEDGER_STORAGE_KEY): LedgerStore {
  let s = shared.get(key);
  if (!s) {
    s = { ledger: new LedgerStore(key), users: 0 };
    s.ledger.setPersist(true);
    shared.set(key, s);
  }
  s.users++;
  return s.ledger;
}

export function releaseSharedLedger(ledger: LedgerStore, key: string = LEDGER_STORAGE_KEY): void {
  const s = shared.get(key);
  if (!s || s.ledger !== ledger) return;
  if (--s.users <= 0) {
    shared.delete(key);
    ledger.setPersist(false);
  }
}

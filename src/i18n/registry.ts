import type { Messages, PartialMessages } from './messages.js';
import { isObj } from '../internal/util.js';
import { enCore } from './en/core.js';
import { devWarn } from '../internal/dev-warn.js';
import { DEV } from '../internal/dev.js';

type Catalog = PartialMessages | Messages;

/**
 * The kit's own English, below every catalog (merchants' `en` registrations included). It starts with the shared core;
 * each element module adds its own part when it loads (`addEnglishMessages`), so a page carries only the English of
 * the elements it uses. `getMessages()` (./get-messages.ts) adds every part first, so callers always see the complete catalog.
 */
const english: Record<string, unknown> = { ...enCore };
const englishParts = new Set<object>([enCore]);
/** Registered catalogs by lower-case locale tag (merchants' registrations and the bundled catalogs once loaded). */
const catalogs = new Map<string, Catalog>();
/** Merged catalogs by requested locale; cleared whenever a catalog is registered. */
const merged = new Map<string, Messages>();
const listeners = new Set<() => void>();
const loading = new Map<string, Promise<void>>();

/** Bundled catalogs loaded on demand (`zh` and its variants use the Simplified Chinese catalog). */
const bundled: Record<string, () => Promise<Messages>> = {
  de: () => import('./de.js').then((m) => m.de),
  fr: () => import('./fr.js').then((m) => m.fr),
  es: () => import('./es.js').then((m) => m.es),
  zh: () => import('./zh-CN.js').then((m) => m.zhCN),
  ja: () => import('./ja.js').then((m) => m.ja),
};


/** Normalised tags by input: every render asks, and `Intl.getCanonicalLocales` is not free. Bounded (hostile input). */
const normalized = new Map<string, string>();

/** Normalises a BCP 47 tag (`de_ch` → `de-ch`); unusable input gives `en`. */
export function normalizeLocale(locale: string | null | undefined): string {
  const input = typeof locale === 'string' ? locale : '';
  if (input.length > 64) return 'en'; // INPUT_LIMITS.locale: not a tag, and never hashed or parsed
  let out = normalized.get(input);
  if (out !== undefined) return out;
  const tag = input.trim().replace(/_/g, '-');
  try {
    out = tag ? (Intl.getCanonicalLocales(tag)[0] ?? 'en').toLowerCase() : 'en';
  } catch {
    out = 'en';
  }
  if (normalized.size >= 256) normalized.clear();
  normalized.set(input, out);
  return out;
}

/** Copies `from`'s keys onto `into`; a group (`methods`, `stages`, …) present in both is merged key by key. */
function merge(into: Record<string, unknown>, from: object = {}): Record<string, unknown> {
  for (const [k, v] of Object.entries(from)) {
    const old = into[k];
    into[k] = isObj(old) && isObj(v) ? { ...old, ...v } : v;
  }
  return into;
}

/** The lookup chain for a locale: `de-ch` → `de` → `en`. */
function chain(locale: string): string[] {
  const parts = normalizeLocale(locale).split('-');
  const out: string[] = [];
  for (let i = parts.length; i > 0; i--) out.push(parts.slice(0, i).join('-'));
  if (out[out.length - 1] !== 'en') out.push('en');
  return out;
}

/**
 * Registers (or extends) the messages for a locale at run time, e.g. a region or a language the kit does not ship.
 * Keys you leave out fall back along `de-CH` → `de` → `en`. Elements re-render.
 * @example registerMessages('de-CH', { free: 'Gratis' })
 */
export function registerMessages(locale: string, messages: PartialMessages): void {
  const key = normalizeLocale(locale);
  catalogs.set(key, merge({ ...catalogs.get(key) }, messages) as PartialMessages);
  merged.clear();
  for (const cb of [...listeners]) cb();
}

/** Adds parts of the kit's English (an element's own messages) beneath all catalogs. Internal; idempotent. */
export function addEnglishMessages(...parts: PartialMessages[]): void {
  for (const part of parts) {
    if (englishParts.has(part)) continue;
    englishParts.add(part);
    Object.assign(english, part);
    merged.clear();
  }
}

/**
 * The catalog for `locale` as the loaded elements need it: like `getMessages()` (./get-messages.ts), but English only as far as the
 * elements loaded so far registered it. Elements use this one, so the badge alone does not bundle every element's English.
 */
export function messagesFor(locale: string): Messages {
  const key = normalizeLocale(locale);
  let m = merged.get(key);
  if (m) return m;
  const out: Record<string, unknown> = { ...english };
  for (const tag of chain(key).reverse()) merge(out, catalogs.get(tag));
  m = out as unknown as Messages;
  if (merged.size >= 256) merged.clear(); // bounded: distinct tags from a hostile page cannot grow it
  merged.set(key, m);
  return m;
}

/**
 * Loads the bundled catalog for the language of `locale` if the kit ships one and it is not loaded yet.
 * Resolves when it is registered (or immediately); never rejects.
 */
export function loadMessages(locale: string): Promise<void> {
  const lang = normalizeLocale(locale).split('-')[0]!;
  const load = bundled[lang];
  if (!load) return Promise.resolve();
  let p = loading.get(lang);
  if (!p) {
    p = load().then(
      (m) => {
        settled.add(lang);
        // A merchant may already have registered some keys for this language: theirs win.
        const mine = catalogs.get(lang);
        catalogs.set(lang, m);
        if (mine) registerMessages(lang, mine as PartialMessages);
        else registerMessages(lang, {});
      },
      (e: unknown) => {
        settled.add(lang);
        // elements waiting for this language (a full badge keeps its loading line) render now, in English
        merged.clear();
        for (const cb of [...listeners]) cb();
        // English stays on screen; say why once, or a merchant who did not deploy the chunks never learns it
        devWarn({ localName: 'eco-nudge' }, 'locale-load-failed', DEV ? `Could not load the "${lang}" messages (${e instanceof Error ? e.message : String(e)}), so English is shown. Serve the kit's locales/ folder beside its bundle.` : '');
      },
    );
    loading.set(lang, p);
  }
  return p;
}

/** Languages whose bundled catalog has loaded (or failed to: English then stays). */
const settled = new Set<string>();

/**
 * True while the bundled catalog of `locale`'s language is on its way (after {@link loadMessages} asked for it): an
 * element whose layout depends on its words (the full badge) can keep its loading state instead of laying out in
 * English first and moving when the catalog arrives.
 */
export function messagesPending(locale: string): boolean {
  const lang = normalizeLocale(locale).split('-')[0]!;
  return loading.has(lang) && !settled.has(lang);
}

/** Calls `cb` whenever a catalog is registered; returns the unsubscribe function. */
export function onMessagesChange(cb: () => void): () => void {
  listeners.add(cb);
  return () => listeners.delete(cb);
}

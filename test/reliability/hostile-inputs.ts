/**
 * Hostile-input generators and page-level invariants for the reliability suite.
 * Everything is driven by a seeded PRNG (mulberry32), so a failing case can be replayed from its seed and index.
 */

import { DELIVERY_KINDS } from '../../src/engine/kinds.js';

/** Global the payloads try to set; it must stay undefined. */
export const CANARY = '__ecoPwned';
declare global {
  interface Window {
    [CANARY]?: unknown;
  }
}

import { prng, type Rng } from '../helpers/prng.js';

export { prng, type Rng };

export const pick = <T>(r: Rng, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
export const chance = (r: Rng, p: number) => r() < p;
export const int = (r: Rng, lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));

/**
 * Markup and script payloads. Every element a payload could create carries `data-pwn` or is `<x-pwn>`, and every
 * script it could run sets `window.__ecoPwned`: finding either later means input became markup or code.
 */
export const INJECTIONS: readonly string[] = [
  `<img src=x onerror="window.${CANARY}=1" data-pwn>`,
  `<script data-pwn>window.${CANARY}=1</script>`,
  `"><svg data-pwn onload="window.${CANARY}=1">`,
  `'><x-pwn></x-pwn>`,
  `<iframe data-pwn srcdoc="<script>parent.${CANARY}=1</script>"></iframe>`,
  `<a data-pwn href="javascript:window.${CANARY}=1">x</a>`,
  `<style data-pwn>*{display:none!important}</style>`,
  `</template><x-pwn></x-pwn><template>`,
  `<!-- --><x-pwn></x-pwn><!-- -->`,
  `<math><mtext><table><mglyph><style><img data-pwn src=x onerror=window.${CANARY}=1>`,
  `<eco-footprint-badge data-pwn category="apparel.t-shirt"></eco-footprint-badge>`,
  `\${window.${CANARY}=1}`,
  `{{constructor.constructor('window.${CANARY}=1')()}}`,
  `&lt;x-pwn&gt;&#60;x-pwn&#62;`,
  `\u202E<x-pwn></x-pwn>`,
  `<details data-pwn open ontoggle="window.${CANARY}=1">`,
  `<input data-pwn autofocus onfocus="window.${CANARY}=1">`,
  `<object data-pwn data="javascript:window.${CANARY}=1"></object>`,
];

/** URLs that must never become a link, an image source or a navigation. */
export const BAD_URLS: readonly string[] = [
  `javascript:window.${CANARY}=1`,
  ` JaVaScRiPt:window.${CANARY}=1`,
  `java\tscript:window.${CANARY}=1`,
  `javascript&colon;window.${CANARY}=1`,
  `data:text/html,<script>parent.${CANARY}=1</script>`,
  `data:image/svg+xml,<svg xmlns="http://www.w3.org/2000/svg" onload="parent.${CANARY}=1"/>`,
  `vbscript:msgbox(1)`,
  `file:///etc/passwd`,
  `blob:null/00000000-0000-0000-0000-000000000000`,
  `\u0000javascript:window.${CANARY}=1`,
];

const UNICODE_PIECES: readonly string[] = [
  'a', 'Z', '9', ' ', '\t', '\n', '\r\n', '-', '_', '.', ':', ',', '@', '%', '&', '"', "'", '<', '>', '/', '\\', '`', '=',
  '\u200F', '\u200E', '\u202E', '\u202D', '\u2066', '\u2067', '\u2069', '\u061C', // RTL/LTR marks, overrides, isolates
  'مرحبا', 'שלום', 'עברית', '漢字', 'カタカナ', 'Ελληνικά', 'Ünïcödé', 'ß', 'İ', 'ﬁ',
  'e\u0301', 'Z\u0351\u0352\u0353\u0354', // combining marks
  '\u200B', '\u200D', '\uFEFF', '\u00AD', // zero width, soft hyphen
  '🌍', '👩‍👩‍👧‍👦', '🏳️‍🌈', '\uD83D', '\uDE00', // emoji, lone surrogates
  '\u0000', '\u0007', '\u001B', '\u007F', '\u2028', '\u2029',
  '١٢٣', '１２３', '½', '∞', '−1', // non-ASCII digits and signs
];

/** A random attribute string: Unicode soup, sometimes an injection or a bad URL, sometimes very long. */
export function randomString(r: Rng): string {
  const roll = r();
  if (roll < 0.15) return pick(r, INJECTIONS);
  if (roll < 0.2) return pick(r, BAD_URLS);
  if (roll < 0.23) return pick(r, ['', ' ', '\u200F', 'null', 'undefined', '__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty']);
  let s = '';
  const n = int(r, 1, 24);
  for (let i = 0; i < n; i++) s += chance(r, 0.1) ? pick(r, INJECTIONS) : pick(r, UNICODE_PIECES);
  if (chance(r, 0.04)) s = s.repeat(Math.ceil(int(r, 10_000, 100_000) / Math.max(1, s.length))); // very long
  return s;
}

/** Numbers as attribute text: huge, tiny, negative, zero, not numbers at all. */
export const NUMBER_STRINGS: readonly string[] = [
  '0', '-0', '-1', '-1e308', '1e308', '1e309', '-1e309', 'Infinity', '-Infinity', 'NaN', '1e-320', '5e-324',
  '0x10', '0b101', '1_000', '12abc', 'abc', '1,5', '١٢', '１２', '½', ' ', '', '+', '-', '.', 'e5', '1e', '--1',
  '9'.repeat(400), `0.${'0'.repeat(400)}1`, '2e9', '1e10', '1e13', '1e16', '<x-pwn>', 'null', 'true', '[]', '{}',
];

/** A random number-ish attribute value (sometimes a plausible positive number). */
export function randomNumberString(r: Rng): string {
  if (chance(r, 0.25)) return String(Math.round(r() * 5000 * 100) / 100);
  if (chance(r, 0.1)) return randomString(r);
  return pick(r, NUMBER_STRINGS);
}

/** Numbers as property values. */
export const HOSTILE_NUMBERS: readonly unknown[] = [
  0, -0, -1, -1e308, 1e308, Infinity, -Infinity, NaN, 5e-324, Number.MAX_SAFE_INTEGER, 2 ** 53 + 1, 1e10, 1e16,
  '12', '', null, true, {}, [], [1], 10n as unknown, Symbol('x') as unknown, () => 1,
];
export function randomNumberValue(r: Rng): unknown {
  if (chance(r, 0.3)) return Math.round(r() * 5000 * 100) / 100;
  return pick(r, HOSTILE_NUMBERS);
}

/** JSON objects with prototype-pollution keys; JSON.parse makes `__proto__` an own property, as a fetched body would. */
export function pollutedJson(r: Rng, base: Record<string, unknown> = {}): Record<string, unknown> {
  const key = pick(r, ['__proto__', 'constructor', 'prototype']);
  const bad: Record<string, unknown> = key === 'constructor' ? { prototype: { polluted: 'yes' } } : { polluted: 'yes', toString: 'x', valueOf: 'y' };
  const plain = (_k: string, v: unknown) => (typeof v === 'bigint' || typeof v === 'symbol' || typeof v === 'function' ? String(v) : v);
  const json = JSON.stringify(base, plain).replace(/^\{/, `{"${key}":${JSON.stringify(bad)},`).replace(/,\}$/, '}');
  return JSON.parse(json) as Record<string, unknown>;
}

/** A random hostile value of any type. */
export function randomValue(r: Rng, depth = 0): unknown {
  const roll = r();
  if (roll < 0.25) return randomString(r);
  if (roll < 0.45) return randomNumberValue(r);
  if (roll < 0.5) return pick(r, [undefined, null, true, false]);
  if (depth > 2) return null;
  if (roll < 0.7) return Array.from({ length: int(r, 0, 4) }, () => randomValue(r, depth + 1));
  if (roll < 0.8) return pollutedJson(r, { category: randomString(r) });
  const o: Record<string, unknown> = {};
  for (let i = int(r, 0, 4); i > 0; i--) o[pick(r, ['id', 'name', 'category', 'kind', 'price', 'weightGrams', 'url', 'image', 'label', randomString(r)])] = randomValue(r, depth + 1);
  return o;
}

// ─── Page-level guards ───

export interface Guard {
  errors: string[];
  consoleErrors: string[];
  warnings: number;
  stop(): void;
}

const PROTOS: [string, object][] = [
  ['Object.prototype', Object.prototype],
  ['Array.prototype', Array.prototype],
  ['Function.prototype', Function.prototype],
  ['String.prototype', String.prototype],
  ['Number.prototype', Number.prototype],
];
const snapshot = () => PROTOS.map(([n, p]) => `${n}:${Reflect.ownKeys(p).map(String).sort().join(',')}`).join('|');

/**
 * Starts recording uncaught errors, unhandled rejections and console.error calls, silences console.warn (counted),
 * and remembers the built-in prototypes. `stop()` restores the console.
 */
export function guard(): Guard & { protoSnapshot: string } {
  const g = { errors: [] as string[], consoleErrors: [] as string[], warnings: 0, protoSnapshot: snapshot(), stop: () => {} };
  const onError = (e: ErrorEvent) => g.errors.push(`error: ${e.message}`);
  const onRejection = (e: PromiseRejectionEvent) => g.errors.push(`unhandledrejection: ${String(e.reason)}`);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  const origError = console.error;
  const origWarn = console.warn;
  console.error = (...a: unknown[]) => void g.consoleErrors.push(a.map(String).join(' ').slice(0, 500));
  console.warn = () => void g.warnings++;
  delete window[CANARY];
  g.stop = () => {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
    console.error = origError;
    console.warn = origWarn;
  };
  return g;
}

/** Throws when a payload ran, a prototype changed, or an error was recorded. */
export function assertPageClean(g: ReturnType<typeof guard>, where: string): void {
  if (window[CANARY] !== undefined) throw new Error(`${where}: a payload ran (window.${CANARY} = ${String(window[CANARY])})`);
  const now = snapshot();
  if (now !== g.protoSnapshot) throw new Error(`${where}: a built-in prototype changed`);
  for (const o of [{}, [], Object.create(null) as object]) {
    if ((o as Record<string, unknown>).polluted !== undefined) throw new Error(`${where}: Object.prototype polluted`);
  }
  if (g.errors.length) throw new Error(`${where}: uncaught: ${g.errors.slice(0, 3).join(' | ')}`);
  if (g.consoleErrors.length) throw new Error(`${where}: console.error: ${g.consoleErrors.slice(0, 3).join(' | ')}`);
}

/** Every shadow root below `root`, depth first. */
export function shadowRoots(root: ParentNode): ShadowRoot[] {
  const out: ShadowRoot[] = [];
  const walk = (n: ParentNode) => {
    for (const el of n.querySelectorAll('*')) {
      if (el.shadowRoot) {
        out.push(el.shadowRoot);
        walk(el.shadowRoot);
      }
    }
  };
  walk(root);
  return out;
}

const FORBIDDEN = '[data-pwn], x-pwn, script, iframe, object, embed, style, details[ontoggle], input[onfocus]';
const URL_ATTRS = ['href', 'src', 'srcset', 'action', 'formaction', 'xlink:href', 'poster', 'data'];

/**
 * Throws when any shadow root below `root` (or `root`'s own subtree) holds an element made from input, a
 * `<style>`/`<script>` element, an inline event handler, or a URL attribute that is not http(s).
 */
export function assertNoMarkupFromInput(root: HTMLElement, where: string): void {
  const scopes: ParentNode[] = [root, ...shadowRoots(root)];
  for (const s of scopes) {
    const bad = s.querySelector(FORBIDDEN);
    if (bad) throw new Error(`${where}: <${bad.localName}> from input found in ${s === root ? 'the light DOM' : `the shadow root of <${(s as ShadowRoot).host.localName}>`}`);
    for (const el of s.querySelectorAll('*')) {
      for (const a of el.attributes) {
        if (/^on/i.test(a.name)) throw new Error(`${where}: inline handler ${a.name} on <${el.localName}>`);
        if (URL_ATTRS.includes(a.name.toLowerCase())) {
          let proto = '';
          try {
            proto = new URL(a.value, document.baseURI).protocol;
          } catch {
            proto = 'invalid';
          }
          if (proto !== 'http:' && proto !== 'https:') throw new Error(`${where}: ${a.name}="${a.value.slice(0, 80)}" on <${el.localName}>`);
        }
      }
    }
  }
}

/** Shadow text of `el` (and nested shadow roots), for number sanity checks. */
export function shadowText(el: Element): string {
  const parts: string[] = [];
  const walk = (r: ShadowRoot) => {
    parts.push(r.textContent ?? '');
    for (const inner of shadowRoots(r)) parts.push(inner.textContent ?? '');
  };
  if (el.shadowRoot) walk(el.shadowRoot);
  return parts.join(' ');
}

/** Texts of the parts that carry figures; none may read NaN, Infinity, undefined or a negative mass. */
export function assertFiguresSane(el: Element, parts: readonly string[], where: string): void {
  const root = el.shadowRoot;
  if (!root) return;
  for (const p of parts) {
    for (const node of root.querySelectorAll(`[part~="${p}"]`)) {
      const t = node.textContent ?? '';
      if (/NaN|Infinity|∞|undefined|null|\[object/.test(t)) throw new Error(`${where}: part ${p} reads "${t.trim().slice(0, 120)}"`);
      // A minus before a quantity (not before a percentage: "6.1 kg less (−75%)" is a signed change). A swap's saving
      // is written as one signed change, "−3.5 kg CO₂e (−70%)": its one leading minus is the sign, a second one is not.
      const body = p === 'item-saving' ? t.trim().replace(/^\u2212/, '') : t;
      for (const m of body.matchAll(/(?:^|[\s(])[-−\u2212]\s?\p{Nd}[\p{Nd}.,\u066B\u066C]*\s?(%?)/gu)) {
        if (!m[1]) throw new Error(`${where}: part ${p} shows a negative figure: "${t.trim().slice(0, 120)}"`);
      }
    }
  }
}

/** A short, printable description of a case for failure messages (long strings are cut). */
export function describeCase(x: unknown): string {
  try {
    const s = JSON.stringify(x, (_k, v: unknown) =>
      typeof v === 'string' && v.length > 60 ? `${v.slice(0, 60)}…(${v.length})` : typeof v === 'number' && !Number.isFinite(v) ? String(v) : typeof v === 'bigint' || typeof v === 'symbol' || typeof v === 'function' ? String(v) : Array.isArray(v) && v.length > 5 ? [...v.slice(0, 5), `…(${v.length})`] : v,
    );
    return (s ?? String(x)).slice(0, 400);
  } catch {
    return String(x).slice(0, 200);
  }
}

// ─── Shared entries for the element suites ───

/** A sound candidate product with hostile free text and, often, a URL or image that must not become a link. */
export interface Cand { id: string; name: string; category: string; weightGrams?: number; price?: number; url?: string; image?: string; [k: string]: unknown }
const goodUrl = (r: Rng) => pick(r, ['https://shop.example/p/1', 'http://shop.example/p?a=1&b=<x>', '/p/relative', 'p/relative?x="y"', '#frag']);
export function candidate(r: Rng, i: number, category: string, heavy = 1000): Cand {
  return {
    id: `c${i}-${randomString(r).slice(0, 200)}`,
    name: `n${i} ${randomString(r)}`,
    category,
    weightGrams: Math.max(1, Math.round(heavy * (0.05 + r() * 0.5))),
    ...(chance(r, 0.6) ? { price: Math.round(r() * 10000) / 100 } : {}),
    ...(chance(r, 0.7) ? { url: chance(r, 0.6) ? pick(r, BAD_URLS) : goodUrl(r) } : {}),
    ...(chance(r, 0.5) ? { image: chance(r, 0.6) ? pick(r, BAD_URLS) : goodUrl(r) } : {}),
  };
}

/** A sound delivery option with hostile free text. */
export function deliveryOption(r: Rng, i: number) {
  return {
    id: `o${i}-${randomString(r).slice(0, 100)}`,
    kind: pick(r, DELIVERY_KINDS),
    ...(chance(r, 0.7) ? { label: `L${i} ${randomString(r)}` } : {}),
    ...(chance(r, 0.6) ? { price: Math.round(r() * 2000) / 100 } : {}),
    ...(chance(r, 0.5) ? { etaDays: int(r, 0, 10) } : {}),
  };
}

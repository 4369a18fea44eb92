import { GRADES, type Grade, type Issue } from '../../engine/types.js';
import type { MethodKey } from '../../i18n/messages.js';
import { DEV } from '../../internal/dev.js';

/**
 * A footprint computed ahead of time (by `eco-nudge estimate --badge`, or the engine on a server) and handed to a
 * badge, which then shows it without loading the engine or the dataset. The badge reads it as it is: it never makes
 * the figure more certain than the result says (the range is required and shown as given).
 */
export interface BadgeResult {
  /** Central figure, g CO2e. */
  readonly co2eGrams: number;
  /** Low and high end of the likely range, g CO2e (`lowGrams ≤ co2eGrams ≤ highGrams`). */
  readonly lowGrams: number;
  readonly highGrams: number;
  readonly grade: Grade;
  /** How the figure was made, as worded to shoppers. */
  readonly method: MethodKey;
  /** Version of the dataset the figure was computed with. */
  readonly datasetVersion: string;
  /** Category key (names the category in the full badge's comparison, with the locale's name for it). */
  readonly category?: string;
  /** The dataset's (English) name of the category, where the locale's catalog has none, e.g. `T-shirt`. */
  readonly label?: string;
  /** The figure over the category's typical product (the comparison; without it the full badge shows none). */
  readonly ratio?: number;
  /** The category's typical product, g CO2e (the end of the full badge's range bar). */
  readonly benchmarkGrams?: number;
}

export const METHOD_KEYS: readonly MethodKey[] = ['category', 'categoryWeight', 'materials', 'materialsOnly', 'spend', 'declared', 'verified'];

/**
 * The compact attribute form's keys, in the order `formatBadgeResult` writes them:
 * `v=1;g=4200;lo=3100;hi=5600;gr=C;m=categoryWeight;ds=2026.1;cat=apparel.t-shirt;lbl=T-shirt;r=0.82;typ=5100`.
 * Values are URI-encoded (`lbl=Wi-Fi%20router`).
 */
const KEYS = { g: 'co2eGrams', lo: 'lowGrams', hi: 'highGrams', gr: 'grade', m: 'method', ds: 'datasetVersion', cat: 'category', lbl: 'label', r: 'ratio', typ: 'benchmarkGrams' } as const;
type Short = keyof typeof KEYS;

/** Longest compact string or text field read (a real one is about 90 characters). */
const MAX_TEXT = 512;
/** Largest figure accepted, g CO2e (a million tonnes: no product is near it). */
const MAX_GRAMS = 1e12;
const VERSION = /^[\w.+-]{1,32}$/;
const KEY = /^[\p{L}\p{N}._-]{1,128}$/u;

export type BadgeResultCheck = { readonly ok: true; readonly value: BadgeResult } | { readonly ok: false; readonly issues: Issue[] };

/** The compact form of a result (what `eco-nudge estimate --badge` writes; the badge's `result` attribute). */
export function formatBadgeResult(r: BadgeResult): string {
  const out = [`v=1`];
  for (const [k, field] of Object.entries(KEYS) as [Short, keyof BadgeResult][]) {
    const v = r[field];
    if (v !== undefined) out.push(`${k}=${encodeURIComponent(v)}`);
  }
  return out.join(';');
}

/** The shopper-facing method of an engine result (`method`, `verified`, `filledIn`): the same rule as the live badge. */
function methodOf(method: unknown, verified: unknown, filledIn: readonly unknown[]): unknown {
  const weight = !filledIn.includes('weightGrams');
  if (method === 'declared') return verified === true ? 'verified' : 'declared';
  if (method === 'spend') return 'spend';
  if (method === 'activity') return filledIn.includes('materials') ? (weight ? 'categoryWeight' : 'category') : weight ? 'materials' : 'materialsOnly';
  if (method === 'category') return weight ? 'categoryWeight' : 'category';
  return method;
}

/** A URI-decoded value; a malformed escape gives a value no check accepts. */
function decode(v: string): string | null {
  try {
    return decodeURIComponent(v);
  } catch {
    return null;
  }
}

/** Reads the compact string into raw fields; unknown keys and repeated keys are issues. */
function fromCompact(text: string, issues: Issue[]): Record<string, unknown> {
  const raw: Record<string, unknown> = {};
  const seen = new Set<string>();
  for (const part of text.split(';', 16)) {
    const s = part.trim();
    if (!s) continue;
    const eq = s.indexOf('=');
    const k = eq < 0 ? s : s.slice(0, eq).trim();
    const v = eq < 0 ? '' : s.slice(eq + 1).trim();
    if (k === 'v') {
      if (v !== '1') issues.push({ path: 'result.v', message: DEV ? `Unknown result format version "${v}" (this kit reads v=1).` : 'invalid' });
      continue;
    }
    if (!Object.hasOwn(KEYS, k)) {
      issues.push({ path: `result.${k.slice(0, 32)}`, message: DEV ? `Unknown key "${k.slice(0, 32)}" (keys: ${Object.keys(KEYS).join(', ')}).` : 'invalid' });
      continue;
    }
    const field = KEYS[k as Short];
    if (seen.has(field)) issues.push({ path: `result.${field}`, message: DEV ? `"${k}" is given twice.` : 'invalid' });
    seen.add(field);
    raw[field] = ['co2eGrams', 'lowGrams', 'highGrams', 'ratio', 'benchmarkGrams'].includes(field) ? (v === '' ? Number.NaN : Number(v)) : decode(v);
  }
  return raw;
}

/** Reads an object: a `BadgeResult`, or an engine `FootprintResult` (the CLI's `footprint`, with `trace.datasetVersion`). */
function fromObject(o: Record<string, unknown>): Record<string, unknown> {
  const raw: Record<string, unknown> = {};
  for (const field of Object.values(KEYS)) if (o[field] !== undefined) raw[field] = o[field];
  if (Array.isArray(o.filledIn)) raw.method = methodOf(o.method, o.verified, o.filledIn.slice(0, 16));
  if (raw.datasetVersion === undefined) {
    const trace = o.trace;
    if (trace !== null && typeof trace === 'object') raw.datasetVersion = (trace as { datasetVersion?: unknown }).datasetVersion;
  }
  return raw;
}

const grams = (raw: Record<string, unknown>, field: string, issues: Issue[], required: boolean): number | undefined => {
  const v = raw[field];
  if (v === undefined && !required) return undefined;
  if (typeof v !== 'number' || !Number.isFinite(v) || v < 0 || v > MAX_GRAMS)
    issues.push({ path: `result.${field}`, message: DEV ? (v === undefined ? 'Missing: a number of grams CO2e.' : `Expected a number of grams CO2e from 0 to ${MAX_GRAMS}.`) : 'invalid' });
  else return v;
  return undefined;
};

/**
 * Reads a precomputed result: the compact string (attribute form) or an object (property form). Returns the result,
 * or every problem with its field path (`result.lowGrams`); in the production build each problem's message is
 * `invalid` (the development build says what was expected). Never throws, whatever it is given.
 */
export function parseBadgeResult(input: unknown): BadgeResultCheck {
  const issues: Issue[] = [];
  let raw: Record<string, unknown>;
  try {
    if (typeof input === 'string') {
      if (input.length > MAX_TEXT) return { ok: false, issues: [{ path: 'result', message: DEV ? `Longer than ${MAX_TEXT} characters: not a result.` : 'invalid' }] };
      const t = input.trim();
      raw = t.startsWith('{') ? fromObject(JSON.parse(t) as Record<string, unknown>) : fromCompact(t, issues);
    } else if (input !== null && typeof input === 'object' && !Array.isArray(input)) raw = fromObject(input as Record<string, unknown>);
    else return { ok: false, issues: [{ path: 'result', message: DEV ? 'Expected the compact string (v=1;g=…) or a result object.' : 'invalid' }] };
  } catch {
    return { ok: false, issues: [{ path: 'result', message: DEV ? 'Unreadable: not the compact string, valid JSON or a plain object.' : 'invalid' }] };
  }
  const co2eGrams = grams(raw, 'co2eGrams', issues, true);
  const lowGrams = grams(raw, 'lowGrams', issues, true);
  const highGrams = grams(raw, 'highGrams', issues, true);
  if (co2eGrams !== undefined && lowGrams !== undefined && highGrams !== undefined && !(lowGrams <= co2eGrams && co2eGrams <= highGrams))
    issues.push({ path: 'result.lowGrams', message: DEV ? `The range ${lowGrams}–${highGrams} does not contain the figure ${co2eGrams}.` : 'invalid' });
  const grade = raw.grade;
  if (typeof grade !== 'string' || !GRADES.includes(grade as Grade)) issues.push({ path: 'result.grade', message: DEV ? `Expected one of ${GRADES.join(', ')}.` : 'invalid' });
  const method = raw.method;
  if (typeof method !== 'string' || !METHOD_KEYS.includes(method as MethodKey)) issues.push({ path: 'result.method', message: DEV ? `Expected one of ${METHOD_KEYS.join(', ')}.` : 'invalid' });
  const version = raw.datasetVersion;
  if (typeof version !== 'string' || !VERSION.test(version)) issues.push({ path: 'result.datasetVersion', message: DEV ? 'Expected the dataset version, e.g. 2026.1.' : 'invalid' });
  const category = raw.category;
  if (category !== undefined && (typeof category !== 'string' || !KEY.test(category))) issues.push({ path: 'result.category', message: DEV ? 'Expected a category key, e.g. apparel.t-shirt.' : 'invalid' });
  const label = raw.label;
  if (label !== undefined && (typeof label !== 'string' || !label.trim() || label.length > 128)) issues.push({ path: 'result.label', message: DEV ? 'Expected the category name, at most 128 characters.' : 'invalid' });
  const ratio = raw.ratio;
  if (ratio !== undefined && (typeof ratio !== 'number' || !Number.isFinite(ratio) || ratio <= 0 || ratio > 1e6)) issues.push({ path: 'result.ratio', message: DEV ? 'Expected a positive number (the figure over the typical product).' : 'invalid' });
  const benchmarkGrams = grams(raw, 'benchmarkGrams', issues, false);
  if (issues.length) return { ok: false, issues };
  return {
    ok: true,
    value: {
      co2eGrams: co2eGrams!,
      lowGrams: lowGrams!,
      highGrams: highGrams!,
      grade: grade as Grade,
      method: method as MethodKey,
      datasetVersion: version as string,
      ...(category !== undefined ? { category: category as string } : {}),
      ...(label !== undefined ? { label: label as string } : {}),
      ...(ratio !== undefined ? { ratio: ratio as number } : {}),
      ...(benchmarkGrams !== undefined ? { benchmarkGrams } : {}),
    },
  };
}

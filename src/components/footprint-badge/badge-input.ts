/**
 * The footprint badge's input reading: its attributes or `.product` (and `.pact`) read through the coercion boundary
 * into the engine's input, the `materials` parser, and the near-miss key warning. Only a badge that estimates needs it:
 * it comes with the badge's engine (./badge-engine.ts, ./badge-engine-families.ts, or on demand with it), so a page of
 * badges given precomputed results (src/define/listing-precomputed.ts) does not load it before its first paint.
 */
import { LIMITS, type Issue, type MaterialShareInput, type ProductInput } from '../../engine/types.js';
import { INPUT_LIMITS, toNumber, toText, type InputProblem } from '../../internal/coerce.js';
import { PRODUCT_FIELDS, snapshot } from '../../internal/snapshot.js';
import { DEV } from '../../internal/dev.js';
import { warnNearMissKeys } from '../../internal/product-keys.js';

/** The badge's inputs as its properties hold them (any type: attributes and page scripts set them). */
export interface BadgeInputs {
  readonly product?: unknown;
  readonly pact?: unknown;
  readonly category: unknown;
  readonly productId: unknown;
  readonly name: unknown;
  readonly price?: unknown;
  readonly currency: unknown;
  readonly weightGrams?: unknown;
  readonly origin: unknown;
  readonly declaredGrams?: unknown;
  readonly condition: unknown;
  readonly materials: unknown;
}

/** The engine's input read from a badge: the product, or the issues (`tooLarge` when one is over the kit's limits). */
export interface BadgeInput {
  product?: ProductInput;
  issues: Issue[];
  tooLarge?: boolean;
}

/** What the badge needs once it estimates: its input reading and the near-miss key warning; handed over with its engine (`BadgeEngine.reader`) or loaded with it. */
export interface BadgeInputReader {
  readonly read: typeof readBadgeInput;
  readonly warnKeys: typeof warnNearMissKeys;
}

const MATERIAL = /^([\p{L}\p{N}._-]+)(?:@([^:@]*))?(?::([^:@]*))?(?:@([^:@]*))?$/u;

/**
 * Parses `"cotton:0.95,elastane:0.05"` (a material may carry `@0.5`, its recycled share: `polyester:0.4@0.5` or `polyester@0.5:0.4`).
 * A single material may leave out its share (`wool` = 100%). Returns the list, or the issues of a malformed string.
 */
export function parseMaterials(text: string): { value?: MaterialShareInput[]; issues: Issue[] } {
  const parts = text.split(',', LIMITS.materials + 1).map((s) => s.trim());
  // no parsing past the engine's limit: a 100,000-part attribute is one issue, not 100,000
  if (parts.length > LIMITS.materials) return { issues: [{ path: 'materials', message: DEV ? `More than ${LIMITS.materials} materials (LIMITS.materials): merge entries of the same material.` : 'TOO_LARGE' }] };
  const issues: Issue[] = [];
  const value: MaterialShareInput[] = [];
  parts.forEach((part, i) => {
    const m = MATERIAL.exec(part);
    const recycled = m?.[2] ?? m?.[4];
    if (!m || (m[2] !== undefined && m[4] !== undefined) || (m[3] === undefined && parts.length > 1)) {
      issues.push({ path: `materials.${i}`, message: DEV ? `"${part}" is not material:share (e.g. cotton:0.95 or polyester:0.4@0.5).` : 'INVALID' });
      return;
    }
    const share = m[3] === undefined ? 1 : Number(m[3].trim() || Number.NaN);
    const entry: { material: string; share: number; recycledShare?: number } = { material: m[1]!.toLowerCase(), share };
    if (recycled !== undefined) entry.recycledShare = Number(recycled.trim() || Number.NaN);
    value.push(entry);
  });
  return issues.length ? { issues } : { value, issues };
}

/**
 * The engine's input, read through the coercion boundary: a removed attribute is missing, a wrong type or an
 * over-long value is a problem (`INVALID` or `TOO_LARGE`) with the field's path, a caller's object is copied
 * (only the fields the engine reads, bounded), so nothing here throws.
 */
export function readBadgeInput(el: BadgeInputs, defaultCurrency: string): BadgeInput {
  const problems: InputProblem[] = [];
  const text = (v: unknown, max: number, path: string) => {
    const r = toText(v, max, path);
    if (r.ok) return r.value;
    problems.push(r.problem);
    return '';
  };
  let product: Record<string, unknown> | undefined;
  if (el.product) {
    const r = snapshot(el.product, '', { fields: PRODUCT_FIELDS });
    if (r.ok) product = r.value as Record<string, unknown>;
    else problems.push(r.problem);
  } else {
    const p: Record<string, unknown> = { category: text(el.category, INPUT_LIMITS.key, 'category') };
    const id = text(el.productId, INPUT_LIMITS.id, 'product-id');
    if (id) p.id = id;
    const name = text(el.name, INPUT_LIMITS.text, 'name');
    if (name) p.name = name;
    const price = toNumber(el.price);
    const currency = text(el.currency, INPUT_LIMITS.key, 'currency');
    if (price !== undefined) {
      p.price = price;
      p.currency = (currency || defaultCurrency).toUpperCase();
    }
    const weight = toNumber(el.weightGrams);
    if (weight !== undefined) p.weightGrams = weight;
    const origin = text(el.origin, INPUT_LIMITS.key, 'origin');
    if (origin) p.originCountry = origin.toUpperCase();
    const declared = toNumber(el.declaredGrams);
    if (declared !== undefined) p.declared = { co2eGrams: declared, boundary: 'cradle-to-gate' };
    const condition = text(el.condition, INPUT_LIMITS.key, 'condition');
    if (condition) p.condition = condition.toLowerCase();
    const materials = text(el.materials, INPUT_LIMITS.materials, 'materials');
    if (materials && !problems.length) {
      const m = parseMaterials(materials);
      if (!m.value) return { issues: m.issues };
      p.materials = m.value;
    }
    product = p;
  }
  if (el.pact != null && product) {
    const r = snapshot(el.pact, 'pact');
    if (r.ok) product = { ...product, pact: r.value };
    else problems.push(r.problem);
  }
  if (problems.length) return { issues: problems.map(({ path, message }) => ({ path, message })), tooLarge: problems.some((x) => x.code === 'TOO_LARGE') };
  return { product: product as ProductInput, issues: [] };
}

export const badgeInputReader: BadgeInputReader = { read: readBadgeInput, warnKeys: warnNearMissKeys };

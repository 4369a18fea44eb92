/** Story helpers (Lit): the attributes directive, a provider with a pre-fed ledger, the event list. Data: ./data.ts. */
import { html, nothing, type TemplateResult } from 'lit';
import { Directive, PartType, directive, type ElementPart, type PartInfo } from 'lit/directive.js';
import { ref } from 'lit/directives/ref.js';
import cem from '../custom-elements.json';
import type { LedgerEntry } from '../src/index.js';
import type { EcoProvider } from '../src/components/provider/provider.js';

export * from './data.js';

/**
 * A provider of its own (stories with `parameters: { provider: false }`), with the toolbar's locale and theme
 * and a ledger fed before its children read it.
 */
export function providerWithLedger(globals: Record<string, unknown>, entries: readonly LedgerEntry[], content: TemplateResult): TemplateResult {
  const feed = (el?: Element) => {
    const ledger = (el as EcoProvider | undefined)?.ledger;
    if (ledger && !ledger.entries().length) for (const e of entries) ledger.record(e);
  };
  return html`<eco-provider locale=${String(globals.locale || 'en')} theme=${String(globals.theme || 'light')} ${ref(feed)}>${content}</eco-provider>`;
}

/** Every event of the kit, for the Actions panel. */
export const ECO_EVENTS = [
  'eco-error',
  'eco-impression',
  'eco-footprint-change',
  'eco-alternative-select',
  'eco-delivery-select',
  'eco-packaging-change',
  'eco-savings-change',
  'eco-factors-load',
  'change',
] as const;

interface CemDeclaration { tagName?: string; summary?: string; description?: string; attributes?: { name: string }[] }
const declarations = (cem as { modules: { declarations?: CemDeclaration[] }[] }).modules.flatMap((m) => m.declarations ?? []);
/** The element's declaration in custom-elements.json. */
export const declarationOf = (tag: string) => declarations.find((d) => d.tagName === tag);

/**
 * Sets, on the element it is placed on, every arg that names one of the element's attributes (from
 * custom-elements.json): `true` → present, `false`/`undefined`/`''` → absent. So each story's controls are
 * exactly the element's attributes, written as an author would write them in HTML.
 */
class AttributesDirective extends Directive {
  private set = new Set<string>();
  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('attributes() goes on an element');
  }
  render(_args: object) {
    return nothing;
  }
  override update(part: ElementPart, [args]: [object]) {
    const el = part.element;
    const names = new Set(declarationOf(el.localName)?.attributes?.map((a) => a.name) ?? []);
    const next = new Set<string>();
    for (const [name, v] of Object.entries(args as Record<string, unknown>)) {
      if (!names.has(name) || v === undefined || v === null || v === false || v === '') continue;
      el.setAttribute(name, v === true ? '' : String(v));
      next.add(name);
    }
    for (const name of this.set) if (!next.has(name)) el.removeAttribute(name);
    this.set = next;
    return nothing;
  }
}
export const attributes = directive(AttributesDirective);

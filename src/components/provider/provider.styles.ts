import { css } from 'lit';
import tokens from '../../styles/tokens.styles.js';

/** The provider's styles in its shadow root (server rendering, or no constructable stylesheets). */
export default [
  tokens,
  css`
    :host {
      display: contents;
    }
  `,
];

/** Documents and shadow roots that already hold the provider's sheet, by tag (another copy may use another tag). */
const adopted = new WeakMap<Document | ShadowRoot, Set<string>>();

/**
 * Gives the document or shadow root that `el` (a provider without a shadow root) is in, once per tag, a stylesheet
 * with the tokens set on the provider and `display: contents`: the `:host` rules of the shadow-root styles, in the
 * `eco` cascade layer, so any page rule wins (as page rules win over `:host` rules). False where constructable
 * stylesheets are missing: the provider then keeps a shadow root.
 */
export function adoptProviderSheet(el: HTMLElement): boolean {
  const root = el.getRootNode() as Document | ShadowRoot;
  if (!('adoptedStyleSheets' in root) || typeof CSSStyleSheet !== 'function' || !('replaceSync' in CSSStyleSheet.prototype)) return false;
  const tags = adopted.get(root) ?? new Set<string>();
  if (tags.has(el.localName)) return true;
  try {
    const tag = el.localName;
    const text = [tokens, css`:host{display:contents}`]
      .map((s) => s.cssText)
      .join('\n')
      .replace(/:host\(([^()]*(?:\([^()]*\)[^()]*)*)\)/g, `${tag}$1`)
      .replace(/:host/g, tag);
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(`@layer eco{${text}}`);
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  } catch {
    return false;
  }
  tags.add(el.localName);
  adopted.set(root, tags);
  return true;
}

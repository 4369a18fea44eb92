import { css, supportsAdoptingStyleSheets } from 'lit';
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

/** Documents and shadow roots that already hold the provider's sheet, by tag. */
const adopted = new WeakMap<Node, string[]>();

/**
 * Gives the document or shadow root that `el` (a provider without a shadow root) is in, once per tag, a stylesheet
 * with the tokens set on the provider and `display: contents`: the `:host` rules of the shadow-root styles, in the
 * `eco` cascade layer, so any page rule wins (as page rules win over `:host` rules). False where constructable
 * stylesheets are missing: the provider then keeps a shadow root.
 */
export function adoptProviderSheet(el: HTMLElement): boolean {
  const root = el.getRootNode() as Document | ShadowRoot;
  if (!supportsAdoptingStyleSheets || !root.adoptedStyleSheets) return false;
  const tag = el.localName;
  const tags = adopted.get(root) ?? [];
  if (!tags.includes(tag)) {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(`@layer eco{${tag}{display:contents}${tokens.cssText.replace(/:host(\()?/g, (_, p) => (p ? `${tag}:is(` : tag))}}`);
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    adopted.set(root, [...tags, tag]);
  }
  return true;
}

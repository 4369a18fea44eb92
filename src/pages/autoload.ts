/**
 * The autoloader: defines each `eco-*` element when its tag first appears in the document, loading only that
 * element's code (from the same chunks as the page entries). For pages that do not know in advance which elements
 * they show (a CMS, a tag manager). Built as dist/pages/autoload.js:
 *
 *     <script type="module" src="…/eco-nudge/dist/pages/autoload.js"></script>
 *
 * It looks at the document once when it runs and then watches it (a MutationObserver on the document, subtree).
 * Tags inside a shadow root the page's own components create are not seen: import the element's define module, or
 * call `ecoAutoload(root)` on that root. A tag that fails to load is left undefined (its reserved box stays), and the
 * failure is reported once on the console; nothing throws.
 */
import '../define/context-root.js';
import { DEV } from '../internal/dev.js';

/** Every tag the kit defines, with the module that defines it (the provider first: consumers find it at once). */
const LOADERS: Record<string, () => Promise<unknown>> = {
  'eco-provider': () => import('../define/provider.js'),
  'eco-footprint-badge': () => import('../define/footprint-badge.js'),
  'eco-alternatives': () => import('../define/alternatives.js'),
  'eco-seller-badge': () => import('../define/seller-badge.js'),
  'eco-delivery-options': () => import('../define/delivery-options.js'),
  'eco-savings-counter': () => import('../define/savings-counter.js'),
  'eco-order-footprint': () => import('../define/order-footprint.js'),
};

const started = new Set<string>();

function load(tag: string): void {
  const loader = LOADERS[tag];
  if (!loader || started.has(tag) || globalThis.customElements?.get(tag)) return;
  started.add(tag);
  loader().catch((e: unknown) => {
    console.warn(DEV ? `[eco-nudge] <${tag}> could not be loaded (${e instanceof Error ? e.message : String(e)}); serve the chunks beside autoload.js.` : `[eco-nudge] <${tag}> load failed`);
  });
}

/**
 * Defines the `eco-*` elements found under `root` (the document by default, or a shadow root) and, unless
 * `watch` is false, those added to it later. Returns a function that stops watching. Never throws.
 */
export function ecoAutoload(root: Document | ShadowRoot | Element = document, watch = true): () => void {
  const scan = (node: ParentNode) => {
    if (node instanceof Element && LOADERS[node.localName]) load(node.localName);
    for (const tag of Object.keys(LOADERS)) if (!started.has(tag) && node.querySelector(tag)) load(tag);
  };
  try {
    scan(root);
    if (!watch || typeof MutationObserver === 'undefined') return () => {};
    const observer = new MutationObserver((records) => {
      for (const r of records) for (const n of r.addedNodes) if (n instanceof Element) scan(n);
    });
    observer.observe(root, { childList: true, subtree: true });
    return () => observer.disconnect();
  } catch {
    return () => {};
  }
}

if (typeof document !== 'undefined') ecoAutoload();

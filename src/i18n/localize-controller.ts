import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { Messages } from './messages.js';
import { loadMessages, messagesFor, normalizeLocale, onMessagesChange } from './registry.js';
import { canonicalLocale } from '../internal/coerce.js';

type Host = ReactiveControllerHost & HTMLElement;

/** Hosts to re-render when <html lang|dir> changes; one shared observer (Shoelace's idea). */
const hosts = new Set<Host>();
let observer: MutationObserver | undefined;

/**
 * Starts the shared observer once. Kept outside the controller on purpose: a callback created inside a method that
 * also has a closure over `this` shares V8's context with it, so the observer would keep the first element (and its
 * whole detached tree) alive for the page's lifetime (found by scripts/test-memory.mjs).
 */
function watchDocumentLang(): void {
  if (observer || typeof MutationObserver === 'undefined') return;
  observer = new MutationObserver(() => hosts.forEach((h) => h.requestUpdate()));
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang', 'dir'] });
}

/** Nearest `lang` attribute, crossing shadow roots; then the document's; else ''. */
export function nearestLang(el: Element): string {
  let node: Element | null = el;
  while (node) {
    const found: Element | null = node.closest('[lang]');
    if (found) return found.getAttribute('lang') ?? '';
    const root = node.getRootNode() as ShadowRoot;
    node = root.host ?? null;
  }
  return document.documentElement.lang ?? '';
}

/**
 * Resolves an element's locale and messages: the provider's locale (`preferred`), else the nearest `lang`
 * (crossing shadow roots), else the document's, else `en`. Loads bundled catalogs on demand and re-renders the host
 * when the locale's catalog arrives, when `registerMessages()` runs, or when `<html lang>` changes.
 */
export class LocalizeController implements ReactiveController {
  private unsubscribe?: () => void;

  constructor(
    private readonly host: Host,
    private readonly preferred: () => string | undefined = () => undefined,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.unsubscribe = onMessagesChange(() => this.host.requestUpdate());
    hosts.add(this.host);
    watchDocumentLang();
  }

  hostDisconnected(): void {
    this.unsubscribe?.();
    hosts.delete(this.host);
  }

  /**
   * The resolved BCP 47 locale, canonical (`de_ch` → `de-CH`): every Intl cache is keyed by it. A page `lang` that is
   * not a usable tag (or over INPUT_LIMITS.locale characters) counts as absent: English.
   */
  get locale(): string {
    const p = canonicalLocale(this.preferred());
    if (p) return p;
    if (isServer) return 'en';
    return canonicalLocale(nearestLang(this.host)) || 'en';
  }

  /** The catalog for the current locale (English keys fill any gap while a bundled catalog loads). */
  get m(): Messages {
    const locale = this.locale;
    void loadMessages(locale);
    return messagesFor(locale);
  }

  /** Text direction for the current locale. */
  get dir(): 'ltr' | 'rtl' {
    return directionOf(this.locale);
  }
}

/** Direction of a locale: from Intl's text info where available, else from the catalog. */
export function directionOf(locale: string): 'ltr' | 'rtl' {
  try {
    const l = new Intl.Locale(normalizeLocale(locale)) as Intl.Locale & {
      textInfo?: { direction?: string };
      getTextInfo?: () => { direction?: string };
    };
    const info = l.getTextInfo?.() ?? l.textInfo;
    if (info?.direction === 'rtl' || info?.direction === 'ltr') return info.direction;
  } catch {
    /* fall through */
  }
  return messagesFor(locale).$dir;
}

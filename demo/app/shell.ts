/**
 * What every page of the demo shop shares: the kit (one import registers every eco-* element), the shopper's
 * preferences (locale and theme, kept in the URL and in localStorage so they survive navigation), the cart, the
 * header and footer, and a polite toast for confirmations.
 *
 * Only the kit's public API is used: `eco-nudge/define` (here the source file src/define/all.ts) and the
 * `<eco-provider>` attributes.
 */
import '../../src/define/all.ts';
import { html, render, type TemplateResult } from 'lit';
import { LOCALES, LOCALE_COUNTRY, LOCALE_NAMES, SHOP_MESSAGES, type Locale, type ShopMessages } from './i18n.ts';
import { productById, type ShopProduct } from '../products.ts';
import { logo } from './images.ts';

export const THEMES = ['light', 'dark', 'auto'] as const;
export type Theme = (typeof THEMES)[number];

// ─── Storage that never breaks the page ───
function readJson<T>(key: string, fallback: T): T {
  try {
    const raw = localStorage.getItem(key);
    return raw ? (JSON.parse(raw) as T) : fallback;
  } catch {
    return fallback;
  }
}
function writeJson(key: string, value: unknown): void {
  try {
    localStorage.setItem(key, JSON.stringify(value));
  } catch {
    /* private mode or full storage: the demo keeps working in memory */
  }
}

// ─── Preferences ───
const PREFS_KEY = 'harbour-hill:prefs';
const isLocale = (v: unknown): v is Locale => (LOCALES as readonly unknown[]).includes(v);
const isTheme = (v: unknown): v is Theme => (THEMES as readonly unknown[]).includes(v);

function browserLocale(): Locale {
  for (const tag of navigator.languages ?? [navigator.language]) {
    const exact = LOCALES.find((l) => l.toLowerCase() === tag.toLowerCase());
    if (exact) return exact;
    const base = LOCALES.find((l) => l.split('-')[0] === tag.split('-')[0]!.toLowerCase());
    if (base) return base;
  }
  return 'en';
}

const stored = readJson<{ locale?: unknown; theme?: unknown }>(PREFS_KEY, {});
const params = new URLSearchParams(location.search);
export const prefs: { locale: Locale; theme: Theme } = {
  locale: isLocale(params.get('locale')) ? (params.get('locale') as Locale) : isLocale(stored.locale) ? stored.locale : browserLocale(),
  theme: isTheme(params.get('theme')) ? (params.get('theme') as Theme) : isTheme(stored.theme) ? stored.theme : 'auto',
};
writeJson(PREFS_KEY, prefs);

export const t = (): ShopMessages => SHOP_MESSAGES[prefs.locale];

/** Links keep `?locale=&theme=` only when they were in this page's URL (shared links); otherwise localStorage carries them. */
export function href(path: string, extra: Record<string, string> = {}): string {
  const q = new URLSearchParams(extra);
  for (const k of ['locale', 'theme']) if (params.has(k)) q.set(k, prefs[k as 'locale' | 'theme']);
  const s = q.toString();
  return s ? `${path}?${s}` : path;
}

const provider = document.querySelector('eco-provider')!;

function applyPrefs(): void {
  provider.setAttribute('locale', prefs.locale);
  provider.setAttribute('theme', prefs.theme);
  provider.setAttribute('country', LOCALE_COUNTRY[prefs.locale]);
  document.documentElement.lang = prefs.locale;
  document.documentElement.dataset.theme = prefs.theme;
}

function setPref<K extends keyof typeof prefs>(key: K, value: (typeof prefs)[K]): void {
  prefs[key] = value;
  writeJson(PREFS_KEY, prefs);
  if (params.has(key)) {
    params.set(key, String(value));
    history.replaceState(null, '', `${location.pathname}?${params}`);
  }
  applyPrefs();
  rerender();
}

// ─── Cart (the shop's own state; the kit never changes it) ───
export interface CartLine {
  readonly id: string;
  readonly qty: number;
}
const CART_KEY = 'harbour-hill:cart';
let cartLines: CartLine[] = readJson<CartLine[]>(CART_KEY, []).filter((l) => productById(l?.id) && Number.isInteger(l.qty) && l.qty > 0);

export const cart = {
  lines: (): readonly CartLine[] => cartLines,
  items: (): { product: ShopProduct; qty: number }[] => cartLines.map((l) => ({ product: productById(l.id)!, qty: l.qty })),
  count: (): number => cartLines.reduce((n, l) => n + l.qty, 0),
  has: (id: string): boolean => cartLines.some((l) => l.id === id),
  add(id: string, qty = 1): void {
    const line = cartLines.find((l) => l.id === id);
    cartLines = line ? cartLines.map((l) => (l === line ? { id, qty: l.qty + qty } : l)) : [...cartLines, { id, qty }];
    save();
  },
  setQty(id: string, qty: number): void {
    cartLines = qty > 0 ? cartLines.map((l) => (l.id === id ? { id, qty } : l)) : cartLines.filter((l) => l.id !== id);
    save();
  },
  /** Swaps one product for another, keeping the quantity (the host app's answer to `eco-alternative-select`). */
  replace(fromId: string, toId: string): void {
    const from = cartLines.find((l) => l.id === fromId);
    if (!from) return cart.add(toId);
    cartLines = cartLines.filter((l) => l.id !== fromId && l.id !== toId);
    cartLines.push({ id: toId, qty: from.qty });
    save();
  },
  clear(): void {
    cartLines = [];
    save();
  },
};
function save(): void {
  writeJson(CART_KEY, cartLines);
  rerender();
}
addEventListener('storage', (e) => {
  if (e.key === CART_KEY) {
    cartLines = readJson<CartLine[]>(CART_KEY, []);
    rerender();
  }
});

// ─── Formatting ───
export const money = (amount: number, currency = 'EUR'): string =>
  new Intl.NumberFormat(prefs.locale, { style: 'currency', currency }).format(amount);

// ─── Toast ───
let toastTimer = 0;
export function toast(message: string): void {
  const el = document.getElementById('toast');
  if (!el) return;
  el.textContent = message;
  el.classList.add('is-visible');
  clearTimeout(toastTimer);
  toastTimer = window.setTimeout(() => el.classList.remove('is-visible'), 4000);
}

// ─── Page frame ───
type Page = 'shop' | 'cart' | 'product';
let current: { page: Page; main: () => TemplateResult } | undefined;

function header(page: Page): TemplateResult {
  const m = t();
  const n = cart.count();
  return html`
    <header class="site-header">
      <div class="wrap site-header__row">
        <a class="brand" href=${href('./index.html')} aria-label="Harbour & Hill, ${m.shop}">
          ${logo()}<span class="brand__name">Harbour <span aria-hidden="true">&amp;</span> Hill</span>
        </a>
        <p class="brand__tagline">${m.tagline}</p>
        <nav class="site-nav" aria-label=${m.shop}>
          <a href=${href('./index.html')} aria-current=${page === 'shop' ? 'page' : 'false'}>${m.shop}</a>
          <a class="cart-link" href=${href('./cart.html')} aria-current=${page === 'cart' ? 'page' : 'false'}>
            ${m.cart}<span class="cart-link__count" aria-hidden="true">${n}</span>
            <span class="visually-hidden">, ${m.cartCount(n)}</span>
          </a>
        </nav>
        <div class="prefs">
          <label>
            <span>${m.language}</span>
            <select id="locale-select" @change=${(e: Event) => setPref('locale', (e.target as HTMLSelectElement).value as Locale)}>
              ${LOCALES.map((l) => html`<option value=${l} lang=${l} ?selected=${l === prefs.locale}>${LOCALE_NAMES[l]}</option>`)}
            </select>
          </label>
          <label>
            <span>${m.theme}</span>
            <select id="theme-select" @change=${(e: Event) => setPref('theme', (e.target as HTMLSelectElement).value as Theme)}>
              ${THEMES.map((th) => html`<option value=${th} ?selected=${th === prefs.theme}>${m.themes[th]}</option>`)}
            </select>
          </label>
        </div>
      </div>
    </header>`;
}

function footer(): TemplateResult {
  const m = t();
  return html`
    <footer class="site-footer">
      <div class="wrap">
        <p>${m.footer}</p>
        <p class="site-footer__small">${m.demoNote}</p>
      </div>
    </footer>`;
}

export function rerender(): void {
  if (!current) return;
  const root = document.getElementById('app')!;
  render(html`${header(current.page)}<main id="main" class="wrap" tabindex="-1">${current.main()}</main>${footer()}`, root);
}

/** Mounts a page: `main` is called again whenever the locale, theme or cart changes. */
export function mountPage(page: Page, main: () => TemplateResult): void {
  current = { page, main };
  applyPrefs();
  rerender();
}

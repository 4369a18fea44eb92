/**
 * Product pictures drawn locally as SVG (no image from elsewhere, no network): one simple shape per kind of product, in
 * the product's two colours. Plain strings, so the same drawing serves the demo's own pictures and the image URLs the
 * demo gives its products (`image`: `./images/<id>.svg`, served by demo/vite.config.ts), which <eco-alternatives>
 * shows as the cards' thumbnails.
 */
import type { Picture, ShopProduct } from '../products.ts';

export const shapes: Record<Picture, (a: string, b: string) => string> = {
  tee: (a, b) => `
    <path d="M70 40 L50 48 L22 78 L42 100 L58 86 L58 168 L142 168 L142 86 L158 100 L178 78 L150 48 L130 40 Q100 62 70 40 Z" fill="${a}" stroke="${b}" stroke-width="3" stroke-linejoin="round"/>
    <path d="M82 43 Q100 56 118 43" fill="none" stroke="${b}" stroke-width="3"/>`,
  jeans: (a, b) => `
    <path d="M60 30 H140 L150 172 H112 L100 84 L88 172 H50 Z" fill="${a}" stroke="${b}" stroke-width="3" stroke-linejoin="round"/>
    <path d="M60 44 H140 M100 44 V84 M72 56 Q80 66 92 58 M128 56 Q120 66 108 58" fill="none" stroke="${b}" stroke-width="3"/>`,
  sweater: (a, b) => `
    <path d="M72 36 L44 46 L20 130 L42 136 L60 84 L60 166 L140 166 L140 84 L158 136 L180 130 L156 46 L128 36 Q100 54 72 36 Z" fill="${a}" stroke="${b}" stroke-width="3" stroke-linejoin="round"/>
    <path d="M60 156 H140 M84 40 Q100 50 116 40" fill="none" stroke="${b}" stroke-width="6"/>
    <path d="M86 90 L100 104 L114 90 M86 118 L100 132 L114 118" fill="none" stroke="${b}" stroke-width="3"/>`,
  jacket: (a, b) => `
    <path d="M74 30 L46 42 L24 136 L46 142 L60 92 L58 170 L142 170 L140 92 L154 142 L176 136 L154 42 L126 30 L100 52 Z" fill="${a}" stroke="${b}" stroke-width="3" stroke-linejoin="round"/>
    <path d="M100 52 V170 M74 30 Q86 18 100 18 Q114 18 126 30" fill="none" stroke="${b}" stroke-width="3"/>
    <rect x="68" y="118" width="22" height="6" rx="3" fill="${b}"/><rect x="110" y="118" width="22" height="6" rx="3" fill="${b}"/>`,
  shoe: (a, b) => `
    <path d="M30 128 Q32 92 52 84 L92 70 Q104 96 128 100 L166 110 Q180 116 178 138 L30 138 Z" fill="${a}" stroke="${b}" stroke-width="3" stroke-linejoin="round"/>
    <path d="M26 138 H182 V152 Q104 160 26 152 Z" fill="${b}"/>
    <path d="M90 84 L108 102 M80 88 L98 106 M70 92 L88 110" stroke="${b}" stroke-width="3"/>`,
  headphones: (a, b) => `
    <path d="M46 120 V100 Q46 40 100 40 Q154 40 154 100 V120" fill="none" stroke="${a}" stroke-width="12" stroke-linecap="round"/>
    <rect x="32" y="104" width="36" height="60" rx="16" fill="${a}" stroke="${b}" stroke-width="3"/>
    <rect x="132" y="104" width="36" height="60" rx="16" fill="${a}" stroke="${b}" stroke-width="3"/>
    <rect x="44" y="116" width="12" height="36" rx="6" fill="${b}"/><rect x="144" y="116" width="12" height="36" rx="6" fill="${b}"/>`,
  speaker: (a, b) => `
    <rect x="40" y="60" width="120" height="96" rx="36" fill="${a}"/>
    <circle cx="100" cy="108" r="30" fill="${b}"/><circle cx="100" cy="108" r="12" fill="${a}" opacity=".6"/>
    <rect x="80" y="50" width="40" height="14" rx="7" fill="${b}"/>`,
  laptop: (a, b) => `
    <rect x="44" y="50" width="112" height="78" rx="6" fill="${b}"/>
    <rect x="52" y="58" width="96" height="62" rx="2" fill="${a}" opacity=".55"/>
    <path d="M26 134 H174 L164 150 H36 Z" fill="${a}" stroke="${b}" stroke-width="3" stroke-linejoin="round"/>`,
  phone: (a, b) => `
    <rect x="66" y="30" width="68" height="140" rx="14" fill="${a}"/>
    <rect x="72" y="42" width="56" height="112" rx="6" fill="${b}" opacity=".8"/>
    <circle cx="100" cy="162" r="4" fill="${b}"/>`,
  chair: (a, b) => `
    <path d="M64 30 H136 V96 H64 Z" fill="${a}" stroke="${b}" stroke-width="3"/>
    <path d="M56 96 H144 V112 H56 Z" fill="${a}" stroke="${b}" stroke-width="3"/>
    <path d="M64 112 L58 172 M136 112 L142 172 M70 30 V96 M130 30 V96" stroke="${b}" stroke-width="6" stroke-linecap="round"/>`,
  'lamp-chair': (a, b) => `
    <path d="M66 26 Q100 18 134 26 L130 96 H70 Z" fill="${a}" opacity=".85" stroke="${b}" stroke-width="3"/>
    <rect x="58" y="100" width="84" height="18" rx="8" fill="${a}" stroke="${b}" stroke-width="3"/>
    <path d="M100 118 V148 M66 166 L100 148 L134 166 M100 148 V170" stroke="${b}" stroke-width="6" stroke-linecap="round"/>`,
  kettle: (a, b) => `
    <path d="M62 70 Q60 50 100 48 Q140 50 138 70 L146 160 H54 Z" fill="${a}" stroke="${b}" stroke-width="3" stroke-linejoin="round"/>
    <path d="M138 82 Q172 84 164 130 L146 140" fill="none" stroke="${b}" stroke-width="8"/>
    <path d="M62 78 L34 64" stroke="${b}" stroke-width="8" stroke-linecap="round"/>
    <rect x="48" y="160" width="104" height="12" rx="4" fill="${b}"/>`,
  'coffee-machine': (a, b) => `
    <rect x="50" y="30" width="100" height="140" rx="10" fill="${a}"/>
    <rect x="62" y="44" width="76" height="26" rx="4" fill="${b}"/>
    <rect x="84" y="80" width="32" height="12" rx="3" fill="${b}"/>
    <path d="M84 120 H116 V146 Q100 154 84 146 Z" fill="#f4f1ea" stroke="${b}" stroke-width="3"/>
    <rect x="62" y="152" width="76" height="8" rx="2" fill="${b}"/>`,
  bag: (a, b) => `
    <path d="M56 40 H144 L152 170 H48 Z" fill="${a}" stroke="${b}" stroke-width="3" stroke-linejoin="round"/>
    <path d="M56 40 L66 28 H134 L144 40" fill="${a}" stroke="${b}" stroke-width="3" stroke-linejoin="round"/>
    <rect x="68" y="86" width="64" height="50" rx="6" fill="${b}"/>
    <ellipse cx="100" cy="111" rx="12" ry="17" fill="${a}"/><path d="M100 96 Q94 111 100 126" fill="none" stroke="${b}" stroke-width="3"/>`,
  bottle: (a, b) => `
    <path d="M86 28 H114 V56 Q134 66 134 90 V164 Q134 172 126 172 H74 Q66 172 66 164 V90 Q66 66 86 56 Z" fill="${a}" stroke="${b}" stroke-width="3"/>
    <rect x="70" y="100" width="60" height="40" fill="${b}"/>`,
  bar: (a, b) => `
    <g transform="rotate(-12 100 100)">
      <rect x="40" y="60" width="120" height="80" rx="6" fill="${a}"/>
      <path d="M80 60 V140 M120 60 V140 M40 100 H160" stroke="${b}" stroke-width="3" opacity=".7"/>
      <path d="M40 60 H110 L90 140 H40 Z" fill="${b}"/>
    </g>`,
  book: (a, b) => `
    <rect x="52" y="28" width="100" height="144" rx="4" fill="${a}"/>
    <rect x="52" y="28" width="14" height="144" fill="#000" opacity=".18"/>
    <rect x="78" y="56" width="60" height="8" rx="4" fill="${b}"/><rect x="78" y="72" width="44" height="6" rx="3" fill="${b}" opacity=".8"/>
    <circle cx="108" cy="124" r="18" fill="${b}" opacity=".9"/>`,
  'mug-drink': (a, b) => `
    <path d="M70 40 H130 L138 66 V164 Q138 172 130 172 H70 Q62 172 62 164 V66 Z" fill="${a}" stroke="${b}" stroke-width="3" stroke-linejoin="round"/>
    <path d="M70 40 L78 28 H122 L130 40 Z" fill="${b}"/>
    <rect x="62" y="96" width="76" height="46" fill="${b}"/>`,
};


/** The product's picture as an SVG document (transparent background; the page or the card gives the backdrop). */
export function productSvg(p: Pick<ShopProduct, 'picture' | 'colors'>): string {
  const [a, b] = p.colors;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 200 200" width="200" height="200">${shapes[p.picture](a, b)}</svg>\n`;
}

/** Where the demo serves a product's picture: a same-origin URL relative to its pages. */
export const imageUrl = (id: string): string => `./images/${encodeURIComponent(id)}.svg`;

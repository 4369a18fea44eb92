/**
 * The demo's product pictures: the SVG files the demo serves for each product (demo/app/shapes.ts), on a soft backdrop.
 */
import { html, type TemplateResult } from 'lit';
import type { ShopProduct } from '../products.ts';
import { imageUrl } from './shapes.ts';

/** The picture of a product; decorative (the product name is always next to it). */
export function picture(p: ShopProduct, size: 'card' | 'hero' = 'card'): TemplateResult {
  return html`<div class="picture picture--${size}" aria-hidden="true">
    <img src=${imageUrl(p.id)} alt="" width="200" height="200" decoding="async" />
  </div>`;
}

export function logo(): TemplateResult {
  return html`<svg class="brand__logo" viewBox="0 0 32 32" aria-hidden="true" focusable="false">
    <circle cx="16" cy="16" r="15" fill="currentColor"/>
    <path d="M5 21 Q11 14 16 20 T27 19 V26 H5 Z" fill="var(--surface)"/>
    <path d="M9 17 L15 8 L21 17 Z" fill="var(--surface)"/>
  </svg>`;
}

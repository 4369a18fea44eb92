import { css } from 'lit';

/**
 * System tokens, set by `<eco-provider>` on its host and inherited by every eco-* element inside it.
 * Colours use `light-dark()`, so the provider's `theme` only sets `color-scheme`. Every text/background pair
 * meets WCAG AA (≥ 4.5:1) in light and in dark; borders and the focus ring ≥ 3:1.
 */
export default css`
  :host {
    color-scheme: light dark;
    --eco-color-surface: light-dark(#ffffff, #1b1e21);
    --eco-color-surface-raised: light-dark(#f2f4f3, #26292d);
    --eco-color-text: light-dark(#1b1d1f, #eceff1);
    --eco-color-text-quiet: light-dark(#52585d, #b3b9be);
    --eco-color-border: light-dark(#6f767c, #8c949b);
    --eco-color-accent: light-dark(#1d6b40, #7dd3a0);
    --eco-color-on-accent: light-dark(#ffffff, #0f1f16);
    --eco-color-focus: light-dark(#0b57d0, #a8c7fa);
    --eco-color-grade-a: light-dark(#1a7a3a, #7dd3a0);
    --eco-color-grade-b: light-dark(#4a7410, #b8d86b);
    --eco-color-grade-c: light-dark(#806400, #ecc94b);
    --eco-color-grade-d: light-dark(#a9500b, #f6a661);
    --eco-color-grade-e: light-dark(#b3261e, #ff9b8f);
    --eco-color-on-grade: light-dark(#ffffff, #111417);
    --eco-focus-ring: 2px solid var(--eco-color-focus);
    --eco-font-family: system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif;
    --eco-font-size-s: 0.875rem;
    --eco-font-size-m: 1rem;
    --eco-font-size-l: 1.25rem;
    --eco-space-2xs: 0.125rem;
    --eco-space-xs: 0.25rem;
    --eco-space-s: 0.5rem;
    --eco-space-m: 1rem;
    --eco-radius-s: 0.25rem;
    --eco-radius-m: 0.375rem;
    --eco-duration-fast: 150ms;
    --eco-duration-slow: 800ms;
  }
  :host([theme='light']) {
    color-scheme: light;
  }
  :host([theme='dark']) {
    color-scheme: dark;
  }
  @media (prefers-reduced-motion: reduce) {
    :host {
      --eco-duration-fast: 0s;
      --eco-duration-slow: 0s;
    }
  }
  @media (forced-colors: active) {
    :host {
      --eco-color-surface: Canvas;
      --eco-color-surface-raised: Canvas;
      --eco-color-text: CanvasText;
      --eco-color-text-quiet: CanvasText;
      --eco-color-border: CanvasText;
      --eco-color-accent: Highlight;
      --eco-color-on-accent: HighlightText;
      --eco-color-focus: Highlight;
      --eco-color-grade-a: Canvas;
      --eco-color-grade-b: Canvas;
      --eco-color-grade-c: Canvas;
      --eco-color-grade-d: Canvas;
      --eco-color-grade-e: Canvas;
      --eco-color-on-grade: CanvasText;
    }
  }
`;

import { css } from 'lit';

/**
 * System tokens, set by `<eco-provider>` on its host and inherited by every eco-* element inside it. The font
 * is the page's (set `--eco-font-family` to change it); the merchant sets the accent once (`--eco-accent`) and the
 * corner radius once (`--eco-radius`).
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
    --eco-color-accent: var(--eco-accent, light-dark(#1d6b40, #7dd3a0));
    --eco-color-on-accent: light-dark(#ffffff, #0f1f16);
    --eco-color-focus: light-dark(#0b57d0, #a8c7fa);
    /* One hue per grade in both themes (white text ≥ 5:1 on each); the letter, not the colour, carries the meaning. */
    --eco-color-grade-a: #1a7a3a;
    --eco-color-grade-b: #4a7410;
    --eco-color-grade-c: #8a6a00;
    --eco-color-grade-d: #b24a0c;
    --eco-color-grade-e: #c0261f;
    --eco-color-on-grade: #ffffff;
    /* Life-cycle stages in the stacked bar (the legend names each with its value). */
    --eco-color-stage-1: light-dark(#2f6db5, #7fb0ec);
    --eco-color-stage-2: light-dark(#6a4fb3, #b29ef0);
    --eco-color-stage-3: light-dark(#1f8282, #6fcfcf);
    --eco-color-stage-4: light-dark(#b0528f, #ee9ccf);
    --eco-color-stage-5: light-dark(#a8741a, #e8b866);
    --eco-color-stage-6: light-dark(#6f767c, #a9b0b6);
    --eco-focus-ring: 2px solid var(--eco-color-focus);
    --eco-font-size-s: 0.875rem;
    --eco-font-size-m: 1rem;
    --eco-font-size-l: 1.25rem;
    --eco-space-2xs: 0.125rem;
    --eco-space-xs: 0.25rem;
    --eco-space-s: 0.5rem;
    --eco-space-m: 1rem;
    /* The page's radius, set once as --eco-radius; small parts use 60% of it. */
    --eco-radius-m: var(--eco-radius, 0.5rem);
    --eco-radius-s: calc(var(--eco-radius, 0.5rem) * 0.6);
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

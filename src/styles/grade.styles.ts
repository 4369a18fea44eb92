import { css } from 'lit';

/**
 * What every element that shows a grade or a likely range draws alike (the badge, the seller badge, the alternatives'
 * cards, the order footprint): one place for the grade hues and the range bar's track and band.
 */

/** `--_grade-bg` for `[data-grade]`: the same hue meaning in both themes (tokens `--eco-color-grade-a` … `-e`). */
export const gradeHues = css`
  [data-grade='A'] {
    --_grade-bg: var(--eco-color-grade-a, #1a7a3a);
  }
  [data-grade='B'] {
    --_grade-bg: var(--eco-color-grade-b, #4a7410);
  }
  [data-grade='C'] {
    --_grade-bg: var(--eco-color-grade-c, #8a6a00);
  }
  [data-grade='D'] {
    --_grade-bg: var(--eco-color-grade-d, #b24a0c);
  }
  [data-grade='E'] {
    --_grade-bg: var(--eco-color-grade-e, #c0261f);
  }
`;

/** The likely-range bar (`rangeBar()` in src/internal/render.ts): its box, track and band; the marker is the caller's. */
export const rangeBarBase = css`
  .rbar {
    display: block;
    inline-size: 100%;
    max-inline-size: 16em;
    block-size: 0.75em;
  }
  .rtrack {
    fill: var(--_border);
    opacity: 0.5;
  }
  .band {
    fill: var(--_bar);
    opacity: 0.45;
  }
`;

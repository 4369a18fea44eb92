import { css } from 'lit';
import badgeStyles from '../shared/badge.styles.js';
import badgeFullStyles from '../shared/badge-full.styles.js';

export default [
  badgeStyles,
  badgeFullStyles,
  css`
    :host {
      --_bg: var(--eco-seller-badge-background, var(--eco-color-surface-raised, Canvas));
      --_fg: var(--eco-seller-badge-color, var(--eco-color-text, inherit));
      --_quiet: var(--eco-seller-badge-quiet-color, var(--eco-color-text-quiet, CanvasText));
      --_border: var(--eco-seller-badge-border-color, var(--eco-color-border, GrayText));
      --_bar: var(--eco-seller-badge-bar-color, var(--eco-color-accent, CanvasText));
      --_radius: var(--eco-seller-badge-radius, var(--eco-radius-m, 0.375rem));
      min-inline-size: 12em;
      min-block-size: 1.75em;
    }
    .base {
      min-block-size: 1.75em;
    }
    .name {
      font-weight: 600;
    }
    [part~='target'] {
      display: grid;
      gap: var(--eco-space-xs, 0.25rem);
    }
    svg {
      inline-size: 100%;
      max-inline-size: 20em;
      block-size: 0.75em;
    }
    .mark {
      stroke: var(--_fg);
      stroke-width: 2;
      vector-effect: non-scaling-stroke;
    }
    @media (forced-colors: active) {
      .mark {
        stroke: Highlight;
      }
    }
  `,
];

import { css } from 'lit';
import badgeStyles from '../../styles/badge.styles.js';

/** The compact box is reserved before and after upgrade: keep `block-size` and `min-inline-size` in step with `src/styles/eco-nudge.css`. */
export default [
  badgeStyles,
  css`
    :host {
      --_bg: var(--eco-footprint-badge-background, var(--eco-color-surface-raised, Canvas));
      --_fg: var(--eco-footprint-badge-color, var(--eco-color-text, CanvasText));
      --_quiet: var(--eco-footprint-badge-quiet-color, var(--eco-color-text-quiet, CanvasText));
      --_border: var(--eco-footprint-badge-border-color, var(--eco-color-border, GrayText));
      --_bar: var(--eco-footprint-badge-bar-color, var(--eco-color-accent, CanvasText));
      --_radius: var(--eco-footprint-badge-radius, var(--eco-radius-m, 0.375rem));
      --_grade-bg: var(--eco-color-grade-c, #806400);
      --_grade-fg: var(--eco-color-on-grade, #fff);
      min-inline-size: 11em;
      block-size: 1.75em;
    }
    :host([variant='full']) {
      block-size: auto;
      min-block-size: 1.75em;
    }
    .base {
      gap: 0.4em;
      block-size: 1.75em;
    }
    [part~='toggle'] {
      justify-self: start;
      display: inline-flex;
      align-items: center;
      gap: 0.4em;
      padding: 0.25em 0.6em;
      border: 1px solid var(--_border);
      border-radius: var(--eco-radius-s, 0.25rem);
      background: var(--eco-color-surface, Canvas);
    }
    [part~='toggle']::before {
      content: '▸';
      transition: transform var(--eco-duration-fast, 150ms);
    }
    [aria-expanded='true']::before {
      transform: rotate(90deg);
    }
    [part~='details'] {
      display: grid;
      gap: var(--eco-space-s, 0.5rem);
    }
    [part~='breakdown'] {
      display: grid;
      grid-template-columns: max-content 1fr max-content;
      align-items: center;
      gap: var(--eco-space-xs, 0.25rem) var(--eco-space-s, 0.5rem);
    }
    [part~='breakdown'] dd {
      display: contents;
    }
    svg {
      inline-size: 100%;
      min-inline-size: 3em;
      block-size: 0.6em;
    }
    .num {
      text-align: end;
      font-variant-numeric: tabular-nums;
    }
    @media (prefers-reduced-motion: reduce) {
      [part~='toggle']::before {
        transition: none;
      }
    }
  `,
];

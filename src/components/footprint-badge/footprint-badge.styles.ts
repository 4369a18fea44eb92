import { css } from 'lit';

/** The compact box is reserved before and after upgrade: keep `block-size` and `min-inline-size` in step with `src/styles/eco-nudge.css`. */
export default css`
  :host {
    --_bg: var(--eco-footprint-badge-background, var(--eco-color-surface-raised, Canvas));
    --_fg: var(--eco-footprint-badge-color, var(--eco-color-text, CanvasText));
    --_quiet: var(--eco-footprint-badge-quiet-color, var(--eco-color-text-quiet, CanvasText));
    --_border: var(--eco-footprint-badge-border-color, var(--eco-color-border, GrayText));
    --_bar: var(--eco-footprint-badge-bar-color, var(--eco-color-accent, CanvasText));
    --_radius: var(--eco-footprint-badge-radius, var(--eco-radius-m, 0.375rem));
    --_grade-bg: var(--eco-color-grade-c, #806400);
    --_grade-fg: var(--eco-color-on-grade, #fff);
    display: inline-block;
    vertical-align: middle;
    box-sizing: border-box;
    min-inline-size: 11em;
    block-size: 1.75em;
    font-family: var(--eco-font-family, system-ui, sans-serif);
    font-size: var(--eco-font-size-s, 0.875rem);
    line-height: 1.25;
    color: var(--_fg);
  }
  :host([variant='full']) {
    display: block;
    block-size: auto;
    min-block-size: 1.75em;
  }
  .base {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    box-sizing: border-box;
    block-size: 1.75em;
    min-inline-size: 100%;
    padding-inline: 0.5em;
    border-radius: var(--_radius);
    background: var(--_bg);
    white-space: nowrap;
  }
  .full {
    display: grid;
    gap: var(--eco-space-s, 0.5rem);
    padding: var(--eco-space-s, 0.5rem) var(--eco-space-m, 1rem);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
  }
  .full .base {
    padding-inline: 0;
    background: none;
    font-size: var(--eco-font-size-m, 1rem);
  }
  [part~='grade'] {
    display: inline-grid;
    place-items: center;
    min-inline-size: 1.4em;
    block-size: 1.3em;
    border-radius: var(--eco-radius-s, 0.25rem);
    background: var(--_grade-bg);
    color: var(--_grade-fg);
    font-weight: 700;
  }
  [data-grade='A'] {
    --_grade-bg: var(--eco-color-grade-a, #1a7a3a);
  }
  [data-grade='B'] {
    --_grade-bg: var(--eco-color-grade-b, #4a7410);
  }
  [data-grade='D'] {
    --_grade-bg: var(--eco-color-grade-d, #a9500b);
  }
  [data-grade='E'] {
    --_grade-bg: var(--eco-color-grade-e, #b3261e);
  }
  [part~='value'] {
    font-weight: 600;
    font-variant-numeric: tabular-nums;
  }
  .unavailable {
    color: var(--_quiet);
    font-style: italic;
  }
  p,
  ul,
  dl {
    margin: 0;
  }
  .quiet {
    color: var(--_quiet);
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
  .track {
    fill: none;
    stroke: var(--_border);
    stroke-width: 1;
  }
  .bar {
    fill: var(--_bar);
  }
  .num {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  a {
    color: inherit;
  }
  @media (prefers-reduced-motion: reduce) {
    [part~='toggle']::before {
      transition: none;
    }
  }
  @media (forced-colors: active) {
    [part~='grade'] {
      forced-color-adjust: none;
      background: Canvas;
      color: CanvasText;
      outline: 1px solid CanvasText;
    }
    .bar {
      fill: CanvasText;
    }
  }
`;

import { css } from 'lit';

/**
 * Shared by `eco-footprint-badge` and `eco-seller-badge` (listed after `host.styles`, before each badge's own sheet):
 * the grade pill and value line, the full variant's panel, quiet text, chart track and bar, the neutral state.
 * Each badge defines the private aliases used here on its own `:host`: `--_bg`, `--_fg`, `--_quiet`, `--_border`,
 * `--_bar`, `--_radius`, `--_grade-bg`, `--_grade-fg`.
 */
export default css`
  :host {
    display: inline-block;
    vertical-align: middle;
    font-family: var(--eco-font-family, system-ui, sans-serif);
    font-size: var(--eco-font-size-s, 0.875rem);
    line-height: 1.25;
    color: var(--_fg);
  }
  :host([variant='full']) {
    display: block;
  }
  .base {
    display: inline-flex;
    align-items: center;
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
  dl {
    margin: 0;
  }
  .quiet {
    color: var(--_quiet);
  }
  .track {
    fill: none;
    stroke: var(--_border);
    stroke-width: 1;
  }
  .bar {
    fill: var(--_bar);
  }
  a {
    color: inherit;
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

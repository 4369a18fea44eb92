import { css } from 'lit';

export default css`
  :host {
    --_value-color: var(--eco-savings-counter-value-color, var(--eco-color-accent, #1d6b40));
    --_value-size: var(--eco-savings-counter-value-size, 2rem);
    --_track: var(--eco-savings-counter-track-color, var(--eco-color-surface-raised, #f2f4f3));
    --_bar: var(--eco-savings-counter-bar-color, var(--eco-color-accent, #1d6b40));
    --_quiet: var(--eco-color-text-quiet, GrayText);
    --_surface: var(--eco-savings-counter-background, var(--eco-color-surface, Canvas));
    display: block;
    color: var(--eco-color-text, CanvasText);
    font-size: var(--eco-font-size-m, 1rem);
    line-height: 1.4;
    font-family: var(--eco-font-family, inherit);
  }
  p,
  dl,
  dd {
    margin: 0;
  }
  .base {
    background: var(--_surface);
    display: grid;
    gap: var(--eco-space-xs, 0.25rem);
  }
  .heading {
    font-weight: 700;
  }
  .total {
    display: grid;
  }
  .label {
    font-size: var(--eco-font-size-s, 0.875rem);
    font-weight: 600;
    color: var(--_quiet);
  }
  .value {
    font-size: var(--_value-size);
    font-weight: 700;
    line-height: 1.15;
    color: var(--_value-color);
    font-variant-numeric: tabular-nums;
    overflow-wrap: anywhere;
  }
  /* not saved yet: the page's text colour, the accent is kept for what placed orders saved */
  .pending .value {
    color: inherit;
  }
  .quiet {
    color: var(--_quiet);
    font-size: var(--eco-font-size-s, 0.875rem);
  }
  .reasons {
    display: flex;
    flex-wrap: wrap;
    gap: var(--eco-space-2xs, 0.125rem) var(--eco-space-m, 1rem);
    font-size: var(--eco-font-size-s, 0.875rem);
  }
  .reasons div {
    display: flex;
    gap: var(--eco-space-xs, 0.25rem);
  }
  dt::after {
    content: ':';
  }
  dd {
    font-weight: 600;
  }
  .community {
    display: grid;
    gap: var(--eco-space-s, 0.5rem);
    margin-block-start: var(--eco-space-s, 0.5rem);
  }
  .track {
    block-size: 0.5rem;
    border-radius: 999px;
    background: var(--_track);
    border: 1px solid var(--eco-color-border, GrayText);
    overflow: hidden;
  }
  .bar {
    block-size: 100%;
    background: var(--_bar);
  }
  @media (forced-colors: active) {
    .bar {
      background: Highlight;
    }
  }
`;

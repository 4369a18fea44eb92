import { css } from 'lit';
import badgeStyles from '../../styles/badge.styles.js';

/** The badges' visual language (range bar, quiet text, `appearance="plain"`), laid out as an order summary. */
export default [
  badgeStyles,
  css`
    :host {
      --_bg: var(--eco-order-footprint-background, var(--eco-color-surface-raised, Canvas));
      --_fg: var(--eco-order-footprint-color, var(--eco-color-text, inherit));
      --_quiet: var(--eco-order-footprint-quiet-color, var(--eco-color-text-quiet, CanvasText));
      --_border: var(--eco-order-footprint-border-color, var(--eco-color-border, GrayText));
      --_bar: var(--eco-order-footprint-bar-color, var(--eco-color-accent, CanvasText));
      --_radius: var(--eco-order-footprint-radius, var(--eco-radius-m, 0.375rem));
      display: block;
      container-type: inline-size;
      max-inline-size: 100%;
      min-block-size: 4.5em;
      font-size: var(--eco-font-size-m, 1rem);
    }
    .panel {
      display: grid;
      grid-template-columns: minmax(0, 1fr);
      gap: 0.75em;
      padding: 0.85em 1em;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_bg);
    }
    :host([appearance='plain']) .panel {
      padding: 0;
      border: 0;
      background: none;
    }
    .head {
      display: flex;
      flex-wrap: wrap;
      align-items: baseline;
      justify-content: space-between;
      gap: 0.25em 1em;
    }
    .heading {
      font-weight: 700;
    }
    .big {
      font-weight: 700;
    }
    .panel > * {
      max-inline-size: 44em;
    }
    .lines {
      list-style: none;
      display: grid;
      grid-template-columns: minmax(0, 1fr) auto;
      gap: 0.45em 0.75em;
      font-size: var(--eco-font-size-s, 0.875rem);
    }
    /* one grid for every row (subgrid): values and bars line up across lines, delivery and packaging */
    .lines li {
      display: grid;
      grid-column: 1 / -1;
      grid-template-columns: subgrid;
      row-gap: 0.15em;
      align-items: baseline;
    }
    .num {
      font-variant-numeric: tabular-nums;
      text-align: end;
    }
    .share {
      grid-column: 1 / -1;
      display: block;
      inline-size: 100%;
      block-size: 0.25em;
      border-radius: 2px;
    }
    .share .rtrack {
      opacity: 0.25;
    }
    .minus {
      fill: var(--_quiet);
    }
    .savings {
      display: grid;
      gap: 0.2em;
      padding-block-start: 0.6em;
      border-block-start: 1px solid color-mix(in srgb, var(--_border) 45%, transparent);
    }
    .split {
      display: block;
      font-size: var(--eco-font-size-s, 0.875rem);
    }
    [part~='equivalent'] {
      font-size: var(--eco-font-size-s, 0.875rem);
    }
    @container (min-inline-size: 36em) {
      .lines {
        grid-template-columns: minmax(0, 1fr) minmax(6em, 12em) auto;
      }
      .share {
        grid-column: 2;
        grid-row: 1;
        align-self: center;
      }
    }
    /* while loading, the box keeps about the height it will have (rows reserved below), so nothing below it moves */
    .reserve {
      display: block;
      block-size: 1.4em;
    }
  `,
];

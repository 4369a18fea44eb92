import { css } from 'lit';
import { rangeBarBase } from '../../styles/grade.styles.js';
/**
 * The badges' visual language (the range bar, quiet text, `appearance="plain"`), laid out as an order summary. Only the
 * rules it uses, not the badges' shared sheet (the grade scale, the stage chart): checkout pages carry no badge.
 */
export default [
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
      font-family: var(--eco-font-family, inherit);
      line-height: 1.3;
      color: var(--_fg);
      overflow-wrap: anywhere;
    }
    :host([appearance='plain']) {
      --_fg: inherit;
      --_quiet: color-mix(in srgb, currentColor 78%, transparent);
    }
    p,
    ul {
      margin: 0;
      padding: 0;
    }
    .quiet {
      color: var(--_quiet);
    }
    .nw {
      white-space: nowrap;
    }
    .big {
      font-size: 1.6em;
      line-height: 1.1;
      white-space: nowrap;
      font-variant-numeric: tabular-nums;
    }
    .range {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.25em 0.75em;
    }
    ${rangeBarBase}
    .rbar {
      flex: 1 1 8em;
    }
    .rmark {
      fill: currentColor;
    }
    .bar {
      fill: var(--_bar);
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
    @media (forced-colors: active) {
      .bar,
      .band,
      .rmark,
      .minus {
        fill: CanvasText;
      }
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

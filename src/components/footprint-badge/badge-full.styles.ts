import { css } from 'lit';
import badgeFullStyles from '../shared/badge-full.styles.js';

/**
 * The full footprint badge's figure (after ./footprint-badge.styles.ts): the shared full-badge sheet, the stages'
 * stacked bar and legend, the precomputed layout. Comes with the full view (./badge-full.ts): a page of compact badges
 * does not load it before its first paint; where the view loads on demand, the badge adopts it into its shadow root.
 */
export default [
  badgeFullStyles,
  css`
    :host([variant='full']) .full.pre {
      grid-template-rows: auto auto 1fr;
    }
    :host([variant='full']) [part~='toggle'] {
      align-self: end;
    }
    .breakdown {
      display: grid;
      grid-template-columns: minmax(0, 1fr);
      gap: 0.5em;
    }
    .stack {
      display: block;
      inline-size: 100%;
      block-size: 0.9em;
      border-radius: var(--eco-radius-s, 0.25rem);
    }
    .legend {
      list-style: none;
      display: grid;
      grid-template-columns: 1fr;
      gap: 0.2em 1.25em;
    }
    .legend li {
      display: flex;
      flex-wrap: wrap;
      align-items: baseline;
      gap: 0 0.45em;
    }
    .nm {
      flex: 1 0 auto;
    }
    /* the figure keeps to the right, also when a narrow legend puts it on a line of its own under the stage's name */
    .legend .nw {
      margin-inline-start: auto;
    }
    .sw {
      flex: none;
      inline-size: 0.75em;
      block-size: 0.75em;
      border-radius: 2px;
      background: var(--_c);
      align-self: center;
    }
    .num {
      font-variant-numeric: tabular-nums;
    }
    [data-stage='materials'] {
      --_c: var(--eco-color-stage-1, #2f6db5);
      fill: var(--_c);
    }
    [data-stage='manufacturing'] {
      --_c: var(--eco-color-stage-2, #6a4fb3);
      fill: var(--_c);
    }
    [data-stage='transport'] {
      --_c: var(--eco-color-stage-3, #1f8282);
      fill: var(--_c);
    }
    [data-stage='packaging'] {
      --_c: var(--eco-color-stage-4, #b0528f);
      fill: var(--_c);
    }
    [data-stage='use'] {
      --_c: var(--eco-color-stage-5, #a8741a);
      fill: var(--_c);
    }
    [data-stage='endOfLife'] {
      --_c: var(--eco-color-stage-6, #6f767c);
      fill: var(--_c);
    }
    /* Two columns from 30em: always three rows for up to six stages, whatever the badge's width (a fixed height to
       reserve). */
    @container (min-inline-size: 30em) {
      .legend {
        grid-template-columns: repeat(2, minmax(0, 1fr));
        max-inline-size: 40em;
      }
    }
    @media (forced-colors: active) {
      .sw,
      .seg {
        forced-color-adjust: none;
        background: CanvasText;
        fill: CanvasText;
        stroke: Canvas;
      }
    }
  `,
];

import { css } from 'lit';
import badgeStyles from '../../styles/badge.styles.js';

/** The compact box is reserved before and after upgrade: keep `block-size` and `min-inline-size` in step with `src/styles/eco-nudge.css`. */
export default [
  badgeStyles,
  css`
    :host {
      --_bg: var(--eco-footprint-badge-background, var(--eco-color-surface-raised, Canvas));
      --_fg: var(--eco-footprint-badge-color, var(--eco-color-text, inherit));
      --_quiet: var(--eco-footprint-badge-quiet-color, var(--eco-color-text-quiet, CanvasText));
      --_border: var(--eco-footprint-badge-border-color, var(--eco-color-border, GrayText));
      --_bar: var(--eco-footprint-badge-bar-color, var(--eco-color-accent, CanvasText));
      --_radius: var(--eco-footprint-badge-radius, var(--eco-radius-m, 0.375rem));
      min-inline-size: 10em;
      block-size: 1.75em;
      /* Off screen, a compact badge's contents are neither laid out nor painted: its box keeps the reserved size (the
         size it last had, once rendered), so the frames between a listing's render slices lay out only the badges in
         view (bench:page, bench:render; docs/performance.md). */
      content-visibility: auto;
      contain-intrinsic-size: auto 10em auto 1.75em;
    }
    :host([variant='full']) {
      block-size: auto;
      min-block-size: 1.75em;
      content-visibility: visible;
      contain-intrinsic-size: none;
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
    @container (min-inline-size: 30em) {
      .legend {
        grid-template-columns: repeat(auto-fill, minmax(16em, 1fr));
        max-inline-size: 60em;
      }
    }
    /* Loading: the box eco-nudge.css reserved before upgrade, with its breakpoints and its longer-locale sizes
       (overrides the shared badge sheet's single phone size). */
    :host([variant='full']:state(loading)),
    :host([variant='full']:state(precomputed)) {
      min-block-size: 15em;
    }
    @media (max-width: 33em) {
      :host([variant='full']:state(loading)),
      :host([variant='full']:state(precomputed)) {
        min-block-size: 22em;
      }
      :host([variant='full']:state(loading):is(:lang(de), :lang(fr), :lang(es))),
      :host([variant='full']:state(precomputed):is(:lang(de), :lang(fr), :lang(es))) {
        min-block-size: 23.5em;
      }
    }
    @media (max-width: 21em) {
      :host([variant='full']:state(loading):is(:lang(de), :lang(fr))),
      :host([variant='full']:state(precomputed):is(:lang(de), :lang(fr))) {
        min-block-size: 24.5em;
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

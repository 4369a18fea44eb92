import { css } from 'lit';
import badgeStyles from '../shared/badge.styles.js';

/**
 * What every footprint badge shows before its figure: the compact badge, and the full badge's reserved box and panel
 * (its loading line). The full badge's figure (stages, legend, disclosure) is styled by ./badge-full.styles.ts, which
 * comes with its view (./badge-full.ts).
 *
 * The compact box is reserved before and after upgrade: keep `block-size` and `min-inline-size` in step with `src/styles/eco-nudge.css`. */
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
    /* The full badge keeps one box from before it is defined (eco-nudge.css), through its loading states, to its
       figure: the box its collapsed panel takes (at the 14 px badge font, per viewport band and locale group; measured
       by test/components/layout-shift.test.ts) is its minimum height, the panel fills it and a shorter product's spare
       space goes above "How we calculate". Keep the sizes in step with src/styles/eco-nudge.css. */
    :host([variant='full']) {
      --_reserve: 15em;
      display: flex;
      flex-direction: column;
      align-items: flex-start;
      block-size: auto;
      min-block-size: var(--_reserve);
      /* laid out and painted as usual (a product page has one or two; containment would clip its focus ring) */
      content-visibility: visible;
      contain-intrinsic-size: none;
    }
    /* no panel padding or border of its own */
    :host([variant='full'][appearance='plain']) {
      min-block-size: calc(var(--_reserve) - 1.7em - 2px);
    }
    :host([variant='full']:is(:lang(de), :lang(fr), :lang(es), :state(locale-long))) {
      --_reserve: 15.5em;
    }
    :host([variant='full']:is([result], :state(precomputed))) {
      --_reserve: 8.5em;
    }
    :host([variant='full']:is([result], :state(precomputed)):is(:lang(de), :lang(fr), :lang(es), :state(locale-long))) {
      --_reserve: 9em;
    }
    :host([variant='full']:state(error)) {
      min-block-size: 1.75em;
    }
    :host([variant='full']) .full {
      align-self: stretch;
      flex: 1 0 auto;
      grid-template-rows: auto auto auto 1fr;
    }
    :host([variant='full']) .full.waiting {
      grid-template-rows: auto;
      align-content: start;
    }
    .waiting > .base {
      padding-inline: 0;
    }
    @media (max-width: 33em) {
      :host([variant='full']) {
        --_reserve: 22.125em;
      }
      :host([variant='full']:is(:lang(de), :lang(fr), :lang(es), :state(locale-long))) {
        --_reserve: 23.5em;
      }
      :host([variant='full']:is([result], :state(precomputed))) {
        --_reserve: 10.25em;
      }
      :host([variant='full']:is([result], :state(precomputed)):is(:lang(de), :lang(fr), :lang(es), :state(locale-long))) {
        --_reserve: 12.5em;
      }
    }
    @media (max-width: 21em) {
      :host([variant='full']) {
        --_reserve: 24.25em;
      }
      :host([variant='full']:is(:lang(de), :lang(fr), :lang(es), :state(locale-long))) {
        --_reserve: 28.25em;
      }
      :host([variant='full']:is([result], :state(precomputed))) {
        --_reserve: 13.25em;
      }
      :host([variant='full']:is([result], :state(precomputed)):is(:lang(de), :lang(fr), :lang(es), :state(locale-long))) {
        --_reserve: 15.875em;
      }
    }
  `,
];

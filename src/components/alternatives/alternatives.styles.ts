import { css } from 'lit';
import { gradeHues } from '../../styles/grade.styles.js';

/**
 * Swaps as cards. Laid out by the element's own width (container queries): one card per row below 34rem (thumbnail
 * beside the name), a row of cards above (as many 16rem columns as fit). Every value keeps its unit on its line
 * (`.nw`); long names and German compounds wrap inside the card, never past it.
 */
export default css`
  :host {
    --_surface: var(--eco-alternatives-surface, var(--eco-color-surface, Canvas));
    --_bg: var(--eco-alternatives-background, var(--eco-color-surface, Canvas));
    --_fg: var(--eco-alternatives-color, var(--eco-color-text, CanvasText));
    --_quiet: var(--eco-color-text-quiet, GrayText);
    --_border: var(--eco-alternatives-border-color, var(--eco-color-border, GrayText));
    /* the merchant's accent when set; else the page's text colour: a neutral button that never clashes with the shop's own */
    --_action: var(--eco-alternatives-accent, var(--eco-accent, var(--_fg)));
    --_on-action: var(--eco-alternatives-on-accent, var(--eco-color-on-accent, Canvas));
    --_img: var(--eco-alternatives-image-size, 4rem);
    --_gap: var(--eco-space-s, 0.5rem);
    --_radius: var(--eco-radius-m, 0.5rem);
    display: block;
    container-type: inline-size;
    color: var(--_fg);
    font-size: var(--eco-font-size-m, 1rem);
    line-height: 1.4;
    font-family: var(--eco-font-family, inherit);
    overflow-wrap: break-word;
    hyphens: auto;
  }
  p {
    margin: 0;
  }
  .base {
    background: var(--_surface);
  }
  .heading {
    font-weight: 700;
    font-size: var(--eco-font-size-l, 1.25rem);
    line-height: 1.25;
    margin-block-end: var(--eco-space-m, 0.75rem);
  }
  .base > p {
    margin-block-end: var(--_gap);
  }
  ul {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--eco-space-m, 0.75rem);
    grid-template-columns: minmax(0, 1fr);
  }
  /* a row of cards from 34rem: as many 16rem columns as fit (a card or two never stretch across a wide page) */
  @container (min-width: 34rem) {
    ul {
      grid-template-columns: repeat(auto-fill, minmax(16rem, 1fr));
    }
  }
  .item {
    display: flex;
    flex-direction: column;
    gap: var(--eco-space-xs, 0.25rem);
    min-inline-size: 0;
    padding: var(--eco-space-m, 0.75rem);
    background: var(--_bg);
    border: 1px solid color-mix(in srgb, var(--_border) 55%, transparent);
    border-radius: var(--_radius);
  }
  .item.chosen {
    border-color: var(--_action);
    box-shadow: inset 0 0 0 1px var(--_action);
  }
  .item.muted {
    border-style: dashed;
    background: transparent;
  }
  .top {
    display: flex;
    align-items: center;
    gap: var(--eco-space-s, 0.5rem) var(--eco-space-m, 0.75rem);
    margin-block-end: var(--eco-space-2xs, 0.125rem);
  }
  img {
    inline-size: var(--_img);
    block-size: var(--_img);
    object-fit: cover;
    border-radius: calc(var(--_radius) * 0.75);
    background: var(--eco-color-surface-raised, #f2f4f3);
    flex: none;
  }
  .title {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: var(--eco-space-2xs, 0.125rem);
    min-inline-size: 0;
  }
  .name {
    font-weight: 600;
    color: inherit;
    line-height: 1.3;
  }
  a.name {
    text-decoration-thickness: 1px;
    text-underline-offset: 0.15em;
  }
  .tag {
    display: inline-block;
    padding: 0 0.45em;
    border-radius: 999px;
    background: color-mix(in srgb, var(--_fg) 8%, transparent);
    color: var(--_fg);
    font-size: var(--eco-font-size-xs, 0.75rem);
    font-weight: 600;
    line-height: 1.6;
  }
  .quiet {
    color: var(--_quiet);
    font-size: var(--eco-font-size-s, 0.875rem);
  }
  .figure > span[aria-hidden] {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0 var(--eco-space-s, 0.5rem);
  }
  .lead {
    display: inline-flex;
    align-items: baseline;
    gap: 0.35em;
    font-weight: 600;
  }
  .grade {
    display: inline-grid;
    place-items: center;
    min-inline-size: 1.5em;
    block-size: 1.4em;
    align-self: center;
    border-radius: var(--eco-radius-s, 0.25rem);
    background: var(--_grade-bg, #8a6a00);
    color: var(--eco-color-on-grade, #fff);
    font-size: var(--eco-font-size-s, 0.875rem);
    font-weight: 700;
  }
  ${gradeHues}
  .saving {
    font-weight: 700;
    font-size: var(--eco-font-size-l, 1.125rem);
    line-height: 1.3;
    font-variant-numeric: tabular-nums;
  }
  .price {
    font-size: var(--eco-font-size-s, 0.875rem);
    font-weight: 600;
  }
  .method {
    font-size: var(--eco-font-size-xs, 0.75rem);
  }
  /* the action sits at the card's foot, aligned across the cards of a row */
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--eco-space-s, 0.5rem);
    margin-block-start: auto;
    padding-block-start: var(--eco-space-s, 0.5rem);
  }
  button {
    min-block-size: 2.5rem;
    padding-inline: var(--eco-space-m, 1rem);
    border-radius: var(--_radius);
    font-weight: 600;
    line-height: 1.2;
  }
  .switch {
    flex: 1 1 auto;
    border: 1px solid var(--_action);
    background: var(--_action);
    color: var(--_on-action);
  }
  .switch:hover {
    background: color-mix(in srgb, var(--_action) 88%, var(--_on-action));
  }
  .switch[aria-pressed='true'] {
    background: transparent;
    color: var(--_fg);
    cursor: default;
  }
  .tick {
    margin-inline-end: 0.35em;
  }
  /* the placed order's switch: a statement, not a control (same height as the buttons, so the card keeps its size) */
  .done {
    min-block-size: 2.5rem;
    margin-block-end: 0;
    font-weight: 600;
  }
  .undo {
    border: 1px solid color-mix(in srgb, var(--_border) 70%, transparent);
    background: transparent;
    color: var(--_fg);
  }
  @media (forced-colors: active) {
    .item,
    button {
      border-color: CanvasText;
    }
    .switch[aria-pressed='true'] {
      border-width: 3px;
    }
    .grade {
      border: 1px solid CanvasText;
    }
  }
  .nw {
    white-space: nowrap;
  }
`;

import { css } from 'lit';
import { rangeBarBase } from '../../styles/grade.styles.js';

/**
 * The full badges' figure (after ./badge.styles.ts): the A–E scale, the lead, the comparison, the range bar and the
 * "How we calculate" disclosure. The seller badge lists it with its styles; the footprint badge's full view
 * (../footprint-badge/badge-full.ts) brings it, so a page of compact badges does not load it before its first paint.
 */
export default css`  /* The A–E scale: every letter readable, the product's letter raised, filled and bold (legible without colour). */
  .scale {
    display: inline-flex;
    align-items: flex-end;
    gap: 2px;
    block-size: 2.1em;
    font-weight: 600;
  }
  .scale > span {
    display: inline-grid;
    place-items: center;
    inline-size: 1.5em;
    block-size: 1.5em;
    border-radius: var(--eco-radius-s, 0.25rem);
    background: color-mix(in srgb, var(--_grade-bg) 14%, transparent);
    /* Halfway from the quiet colour to the text colour: at least 8:1 on the tinted box in light and dark (the quiet
       colour alone gave 6.5:1 in dark, read as dim at this size); the raised letter still differs by size, weight,
       fill and outline. */
    color: color-mix(in srgb, var(--_quiet) 50%, var(--_fg));
    font-size: 0.9em;
  }
  .scale > .on {
    inline-size: 1.75em;
    block-size: 2.1em;
    background: var(--_grade-bg);
    color: var(--eco-color-on-grade, #fff);
    font-size: 1.1em;
    font-weight: 800;
    outline: 2px solid var(--_fg);
    outline-offset: 1px;
    margin-inline: 3px;
  }
  .head {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-end;
    gap: 0.35em 1em;
  }
  .lead-in {
    display: inline-flex;
    flex-wrap: wrap;
    align-items: flex-end;
    gap: 0.35em 0.75em;
  }
  .big {
    font-size: 1.6em;
    line-height: 1.1;
  }
  .cmp {
    flex: 1 1 12em;
    font-weight: 600;
  }
  .range {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25em 0.75em;
  }
  .range .rbar {
    flex: 1 1 8em;
  }
  ${rangeBarBase}
  .rmark {
    fill: var(--_fg);
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
  [part~='toggle'] {
    justify-self: start;
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
    padding: 0.2em 0;
    border: 0;
    background: none;
    text-decoration: underline;
    text-underline-offset: 0.2em;
  }
  [part~='toggle']::after {
    content: '';
    inline-size: 0.45em;
    block-size: 0.45em;
    border-inline-end: 2px solid currentColor;
    border-block-end: 2px solid currentColor;
    transform: translateY(-0.15em) rotate(45deg);
    transition: transform var(--eco-duration-fast, 150ms);
  }
  [aria-expanded='true']::after {
    transform: translateY(0.1em) rotate(-135deg);
  }
  [part~='details'] {
    display: grid;
    gap: 0.4em;
    padding-block-start: 0.6em;
    border-block-start: 1px solid color-mix(in srgb, var(--_border) 45%, transparent);
  }
  @media (prefers-reduced-motion: reduce) {
    [part~='toggle']::after {
      transition: none;
    }
  }
  @media (forced-colors: active) {
    .scale > span {
      forced-color-adjust: none;
      background: Canvas;
      color: CanvasText;
      outline: 1px solid CanvasText;
    }
    .bar,
    .band,
    .rmark {
      fill: CanvasText;
    }
  }
`;

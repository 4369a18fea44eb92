import { css } from 'lit';
import { gradeHues, rangeBarBase } from '../../styles/grade.styles.js';

/**
 * Shared by `eco-footprint-badge` and `eco-seller-badge` (listed after `host.styles`, before each badge's own sheet):
 * the grade chip and A–E scale, the value line, the full variant's panel, quiet text, range bar, the neutral state,
 * and `appearance="plain"` (no background or border of the kit's own, for a badge inside the page's card).
 * Each badge defines the private aliases used here on its own `:host`: `--_bg`, `--_fg`, `--_quiet`, `--_border`,
 * `--_bar`, `--_radius`. Fonts and text colour come from the page unless the tokens say otherwise.
 */
export default css`
  :host {
    display: inline-block;
    vertical-align: middle;
    font-family: var(--eco-font-family, inherit);
    font-size: var(--eco-font-size-s, 0.875rem);
    line-height: 1.3;
    color: var(--_fg);
    overflow-wrap: anywhere;
  }
  :host([variant='full']) {
    display: block;
    container-type: inline-size;
    max-inline-size: 100%;
  }
  :host([appearance='plain']) {
    --_bg: transparent;
    --_fg: inherit;
    --_quiet: color-mix(in srgb, currentColor 78%, transparent);
  }
  .base {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    max-inline-size: 100%;
    min-block-size: 1.75em;
    padding-inline: 0.2em 0.55em;
    border-radius: var(--_radius);
    background: var(--_bg);
    white-space: nowrap;
  }
  :host([appearance='plain']) .base {
    padding-inline: 0;
  }
  .full {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0.75em;
    padding: 0.85em 1em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
  }
  :host([appearance='plain']) .full {
    padding: 0;
    border: 0;
  }
  [part~='grade'] {
    display: inline-grid;
    place-items: center;
    min-inline-size: 1.5em;
    block-size: 1.4em;
    border-radius: var(--eco-radius-s, 0.25rem);
    background: var(--_grade-bg, #8a6a00);
    color: var(--eco-color-on-grade, #fff);
    font-weight: 700;
  }
  ${gradeHues}
  /* The A–E scale: every letter readable, the product's letter raised, filled and bold (legible without colour). */
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
  [part~='value'] {
    font-weight: 600;
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  .nw {
    white-space: nowrap;
  }
  .unavailable {
    padding-inline: 0.55em;
    color: var(--_quiet);
  }
  p,
  ul,
  dl {
    margin: 0;
    padding: 0;
  }
  .quiet {
    color: var(--_quiet);
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
    [part~='grade'],
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

import { css } from 'lit';
import { gradeHues } from '../../styles/grade.styles.js';

/**
 * Shared by `eco-footprint-badge` and `eco-seller-badge` (listed after `host.styles`, before each badge's own sheet):
 * the grade chip, the value line, the full variant's panel box, quiet text, the neutral state, and `appearance="plain"`
 * (no background or border of the kit's own, for a badge inside the page's card). What only a full badge's figure
 * shows (the A–E scale, the lead, comparison, range bar, disclosure) is in ./badge-full.styles.ts, which a page of
 * compact badges does not load before its first paint.
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
  @media (forced-colors: active) {
    [part~='grade'] {
      forced-color-adjust: none;
      background: Canvas;
      color: CanvasText;
      outline: 1px solid CanvasText;
    }
  }
`;

import { css } from 'lit';

export default css`
  :host {
    --_bg: var(--eco-delivery-options-background, var(--eco-color-surface, Canvas));
    --_border: var(--eco-delivery-options-border-color, var(--eco-color-border, GrayText));
    --_checked: var(--eco-delivery-options-checked-color, var(--eco-color-accent, #1d6b40));
    --_tag-bg: var(--eco-delivery-options-tag-background, var(--eco-color-accent, #1d6b40));
    --_tag-fg: var(--eco-delivery-options-tag-color, var(--eco-color-on-accent, #fff));
    --_quiet: var(--eco-color-text-quiet, GrayText);
    --_surface: var(--eco-delivery-options-surface, var(--eco-color-surface, Canvas));
    --_gap: var(--eco-space-s, 0.5rem);
    display: block;
    color: var(--eco-color-text, CanvasText);
    font-size: var(--eco-font-size-m, 1rem);
    line-height: 1.4;
    font-family: var(--eco-font-family, inherit);
  }
  .base {
    background: var(--_surface);
  }
  .base,
  .group {
    display: grid;
    gap: var(--_gap);
  }
  .legend {
    font-weight: 700;
  }
  p {
    margin: 0;
  }
  .option {
    display: flex;
    align-items: flex-start;
    gap: var(--_gap);
    padding: var(--_gap);
    min-block-size: 24px;
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: var(--eco-radius-m, 0.375rem);
    cursor: pointer;
  }
  .option[aria-checked='true'] {
    border: 2px solid var(--_checked);
  }
  .group[aria-disabled='true'] .option {
    cursor: default;
    opacity: 0.7;
  }
  .dot {
    flex: none;
    inline-size: 1.25rem;
    block-size: 1.25rem;
    margin-block-start: 0.1rem;
    border: 2px solid var(--_border);
    border-radius: 50%;
  }
  .option[aria-checked='true'] .dot {
    border-color: var(--_checked);
    background: radial-gradient(var(--_checked) 45%, transparent 50%);
  }
  .text {
    display: flex;
    flex-direction: column;
  }
  .label {
    font-weight: 600;
  }
  .quiet {
    color: var(--_quiet);
    font-size: var(--eco-font-size-s, 0.875rem);
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--eco-space-xs, 0.25rem);
  }
  .tag {
    padding-inline: var(--eco-space-xs, 0.25rem);
    border-radius: var(--eco-radius-s, 0.25rem);
    background: var(--_tag-bg);
    color: var(--_tag-fg);
    font-size: var(--eco-font-size-s, 0.875rem);
    font-weight: 700;
  }
  .saving {
    font-size: var(--eco-font-size-s, 0.875rem);
  }
  .packaging {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--eco-space-xs, 0.25rem) var(--_gap);
  }
  input {
    inline-size: 1.25rem;
    block-size: 1.25rem;
    margin: 0;
    accent-color: var(--_checked);
  }
  label {
    min-block-size: 24px;
    display: inline-flex;
    align-items: center;
  }
  @media (forced-colors: active) {
    .option[aria-checked='true'] {
      border-color: Highlight;
    }
    .option[aria-checked='true'] .dot {
      background: Highlight;
      forced-color-adjust: none;
    }
    .tag {
      border: 1px solid CanvasText;
    }
  }
`;

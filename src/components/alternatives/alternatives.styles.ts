import { css } from 'lit';

export default css`
  :host {
    --_surface: var(--eco-alternatives-surface, var(--eco-color-surface, Canvas));
    --_bg: var(--eco-alternatives-background, var(--eco-color-surface, Canvas));
    --_fg: var(--eco-alternatives-color, var(--eco-color-text, CanvasText));
    --_quiet: var(--eco-color-text-quiet, GrayText);
    --_border: var(--eco-alternatives-border-color, var(--eco-color-border, GrayText));
    --_accent: var(--eco-alternatives-accent, var(--eco-color-accent, #1d6b40));
    --_on-accent: var(--eco-alternatives-on-accent, var(--eco-color-on-accent, #fff));
    --_img: var(--eco-alternatives-image-size, 3rem);
    --_gap: var(--eco-space-s, 0.5rem);
    display: block;
    color: var(--_fg);
    font-size: var(--eco-font-size-m, 1rem);
    line-height: 1.4;
    font-family: var(--eco-font-family, inherit);
  }
  .base {
    background: var(--_surface);
  }
  .heading {
    font-weight: 700;
    font-size: var(--eco-font-size-l, 1.25rem);
    margin-block-end: var(--_gap);
  }
  ul {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--_gap);
  }
  .item {
    display: flex;
    align-items: center;
    gap: var(--_gap);
    padding: var(--_gap);
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: var(--eco-radius-m, 0.375rem);
  }
  img {
    inline-size: var(--_img);
    block-size: var(--_img);
    object-fit: cover;
    border-radius: var(--eco-radius-s, 0.25rem);
    flex: none;
  }
  .body {
    display: flex;
    flex-direction: column;
    flex: 1;
    min-inline-size: 0;
  }
  .name {
    font-weight: 600;
    color: inherit;
  }
  .quiet,
  [part~='item-footprint'] {
    color: var(--_quiet);
    font-size: var(--eco-font-size-s, 0.875rem);
  }
  .saving {
    font-weight: 600;
  }
  .actions {
    display: flex;
    flex-direction: column;
    align-items: center;
    gap: var(--eco-space-2xs, 0.125rem);
  }
  button {
    min-block-size: 2.25rem;
    padding-inline: var(--eco-space-m, 1rem);
    border: 1px solid var(--_accent);
    border-radius: var(--eco-radius-m, 0.375rem);
    background: var(--_accent);
    color: var(--_on-accent);
    font-weight: 600;
  }
  button[aria-pressed='true'] {
    background: var(--_bg);
    color: var(--_fg);
  }
  [part~='item-chosen'] {
    font-size: var(--eco-font-size-s, 0.875rem);
    font-weight: 600;
  }
  @media (forced-colors: active) {
    .item,
    button {
      border-color: CanvasText;
    }
    button[aria-pressed='true'] {
      border-width: 3px;
    }
  }
  .nw {
    white-space: nowrap;
  }
`;

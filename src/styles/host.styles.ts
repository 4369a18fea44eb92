import { css } from 'lit';

/** Shared by every element (prepended by EcoElement): box sizing, [hidden], visually-hidden text, focus ring, 24px targets. */
export default css`
  :host {
    box-sizing: border-box;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  :host([hidden]),
  [hidden] {
    display: none !important;
  }
  .visually-hidden {
    position: absolute !important;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  :focus-visible {
    outline: var(--eco-focus-ring, 2px solid Highlight);
    outline-offset: 2px;
  }
  button,
  input {
    font: inherit;
    color: inherit;
  }
  button {
    min-block-size: 24px;
    min-inline-size: 24px;
    cursor: pointer;
  }
`;

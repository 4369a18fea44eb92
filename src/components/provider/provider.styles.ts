import { css } from 'lit';
import tokens from '../../styles/tokens.styles.js';

export default [
  tokens,
  css`
    :host {
      display: contents;
    }
  `,
];

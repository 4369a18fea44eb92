import { html, type TemplateResult } from 'lit';
import type { Grade } from '../engine/types.js';

// A compact badge's two lines (the figure, the neutral state), shared by the badges; the rest is in ./render.ts.

/** A badge's first line: the grade letter and the value, hidden from assistive technology, and the spoken long form. */
export const gradeLine = (grade: Grade, value: string, long: string): TemplateResult =>
  html`<span part="base" class="base"
    ><span aria-hidden="true"><span part="grade" data-grade=${grade}>${grade}</span> · <span part="value">${value}</span></span
    ><span class="visually-hidden">${long}</span></span
  >`;

/** A badge's neutral state: `loading` words it as a check in progress, not as a failure. */
export const unavailableLine = (text: string, loading = false): TemplateResult =>
  html`<span part="base" class=${loading ? 'base unavailable loading' : 'base unavailable'}>${text}</span>`;

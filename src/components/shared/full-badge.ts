import { html, type TemplateResult } from 'lit';
import type { Grade } from '../../engine/types.js';
import { gradeScale } from '../../internal/render.js';

// Markup shared by the two full badges (footprint and seller), beside their shared sheet (./badge.styles.ts): one copy
// in the chunk both load, none in the core chunk every page loads.

/** A full badge's lead: the A–E scale with the grade raised and the value, hidden from assistive technology, and the spoken long form. */
export const fullLead = (grade: Grade, value: string, long: string): TemplateResult =>
  html`<span part="base" class="lead"
    ><span aria-hidden="true" class="lead-in">${gradeScale(grade)}<span part="value" class="big">${value}</span></span
    ><span class="visually-hidden">${long}</span></span
  >`;

/** The "How we calculate" button and the region it opens (`#details`), shown while `open`. */
export const disclosure = (open: boolean, label: string, toggle: () => void, content: unknown): TemplateResult =>
  html`<button part="toggle" type="button" aria-expanded=${open ? 'true' : 'false'} aria-controls="details" @click=${toggle}>${label}</button>
    <div id="details" part="details" role="region" aria-label=${label} ?hidden=${!open}>${content}</div>`;

import { html, type TemplateResult } from 'lit';
import { GRADES, type Grade } from '../engine/types.js';

/**
 * Small pieces of markup and wording shared by several elements (one copy each in the bundle); those only an estimate's
 * details use are in ./render-details.ts, and a compact badge's two lines in ./render-line.ts (re-exported here), so a
 * listing of compact badges does not load the rest before its first paint.
 */
export { gradeLine, unavailableLine } from './render-line.js';

/**
 * The one rule behind a grade's words and colour: A/B read "below typical", C "about typical", D/E "above typical",
 * with the percentage from the same ratio the grade came from, so the letter, its colour and the sentence never disagree.
 */
export const gradeSide = (grade: Grade): 'lower' | 'typical' | 'higher' => (grade < 'C' ? 'lower' : grade > 'C' ? 'higher' : 'typical');

/** The A–E scale with the given letter raised (bigger, filled, outlined); hidden from assistive technology (the long form says it). */
export const gradeScale = (grade: Grade): TemplateResult =>
  html`<span class="scale" aria-hidden="true"
    >${GRADES.map((g) => (g === grade ? html`<span part="grade" class="on" data-grade=${g}>${g}</span>` : html`<span data-grade=${g}>${g}</span>`))}</span
  >`;

/** The likely range as a band on a bar (see {@link rangeBar}) and in words. */
export const rangeBlock = (low: number, mid: number, high: number, max: number | undefined, words: string | TemplateResult): TemplateResult =>
  html`<div part="range" class="range">${rangeBar(low, mid, high, max)}<span class="quiet">${words}</span></div>`;

/**
 * A likely range drawn as a band on a bar from zero, with the central value marked; `max` sets the bar's end.
 * Decorative (the range is also in words).
 */
export const rangeBar = (low: number, value: number, high: number, max = high * 1.25): TemplateResult => {
  const x = (g: number) => Math.max(0, Math.min(100, (100 * g) / (max || 1)));
  return html`<svg class="rbar" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true"
    ><rect class="rtrack" x="0" y="4" width="100" height="2"></rect
    ><rect class="band" x=${x(low)} y="1" height="8" width=${Math.max(x(high) - x(low), 0.5)} rx="0"></rect
    ><rect class="rmark" x=${Math.min(x(value), 99)} y="0" width="1" height="10"></rect
  ></svg>`;
};

/**
 * A message with one value in it, the value kept on one line (never a number on one line and its unit on the next):
 * `Likely range: <span class="nw">10–19 kg CO₂e</span>`.
 */
export const keepValue = (message: (value: string) => string, value: string): TemplateResult => {
  const [before = '', after = ''] = message('\u0000').split('\u0000');
  return html`${before}<span class="nw">${value}</span>${after}`;
};

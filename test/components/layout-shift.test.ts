// No layout shift when a badge loads on a page with eco-nudge.css: each case is a product page in a frame of its own
// width (so eco-nudge.css's viewport bands apply) where the badge is undefined at first, then the kit loads. Chromium
// reports every layout shift (PerformanceObserver 'layout-shift', a measured quantity, not a timing); the sum must be
// 0 (≤ 0.001), from the box eco-nudge.css reserves, through the loading states ("Checking the supplier's figure…",
// the page's locale arriving) to the loaded badge. Other engines do not report layout shifts: Chromium only.
import { expect } from '@open-wc/testing';
import type { FrameReport } from './fixtures/layout-shift-frame.js';

const DEBUG = false; // true: print each case's figures
const supported = typeof PerformanceObserver !== 'undefined' && PerformanceObserver.supportedEntryTypes?.includes('layout-shift');

interface Case {
  variant: 'full' | 'compact';
  mode: 'attrs' | 'pact' | 'precomputed';
  locale: string;
  width: number;
  theme: 'light' | 'dark';
  appearance?: 'plain';
}

/** A precomputed t-shirt result (the CLI's output for test/components/fixtures/precomputed.jsonl, first row). */
let teeResult = '';

async function measure(c: Case): Promise<FrameReport> {
  const frame = document.createElement('iframe');
  frame.style.cssText = `inline-size:${c.width}px;block-size:900px;border:0;display:block`;
  const q = new URLSearchParams({ locale: c.locale, theme: c.theme, variant: c.variant, mode: c.mode, result: teeResult, appearance: c.appearance ?? '' });
  frame.src = `/test/components/fixtures/layout-shift.html?${q}`;
  const loaded = new Promise((r) => frame.addEventListener('load', r, { once: true }));
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as unknown as { report?: Promise<FrameReport> };
  for (let i = 0; i < 600 && !win.report; i++) await new Promise((r) => setTimeout(r, 20));
  const report = await win.report!;
  frame.remove();
  return report;
}

const cases: Case[] = [];
for (const width of [320, 390, 1280])
  for (const locale of ['en', 'de'])
    for (const theme of ['light', 'dark'] as const) {
      for (const mode of ['attrs', 'pact', 'precomputed'] as const) cases.push({ variant: 'full', mode, locale, width, theme });
      for (const mode of ['attrs', 'pact'] as const) cases.push({ variant: 'compact', mode, locale, width, theme });
      if (theme === 'light') cases.push({ variant: 'full', mode: 'attrs', locale, width, theme, appearance: 'plain' });
    }

describe('no layout shift when a badge loads (eco-nudge.css, Chromium layout-shift entries)', function () {
  this.timeout(600000);

  before(async function () {
    if (!supported) this.skip();
    const rows = (await (await fetch('/test/components/fixtures/precomputed.out.jsonl')).text()).split('\n').filter(Boolean).map((l) => JSON.parse(l) as { badge: string });
    teeResult = rows[0]!.badge;
  });

  for (const c of cases) {
    it(`${c.variant}${c.appearance ? ` ${c.appearance}` : ''} badge, ${c.mode}, ${c.locale}, ${c.width} px, ${c.theme}: CLS 0 and no overflow`, async () => {
      const r = await measure(c);
      const where = `badge ${r.badgeHeight.join(' → ')} px tall, text below it at ${r.afterTop.join(' → ')} px; ${r.states.length} states; shifts ${r.shifts.map((s) => s.value.toFixed(4)).join(', ')}`;
      if (DEBUG) console.log(`${c.variant} ${c.appearance ?? ''} ${c.mode} ${c.locale} ${c.width} ${c.theme}: CLS ${r.cls.toFixed(4)}, ${where}`);
      expect(r.reached, `the figure in the page's language, not loading (last: ${r.text})`).to.equal(true);
      expect(r.text, 'the figure is shown').to.match(/\d/);
      expect(r.scrollWidth, 'no horizontal overflow').to.be.at.most(r.width);
      expect(r.cls, where).to.be.at.most(0.001);
    });
  }
});

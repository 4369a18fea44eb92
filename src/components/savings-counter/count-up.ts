/**
 * The savings counter's count-up, loaded once the counter has shown its first value (which never counts up): a
 * checkout does not load it before first paint. It imports nothing, so the single-file bundles can load it beside
 * themselves without a second copy of the kit.
 */

/** Parses a CSS time (`0s`, `150ms`, `.8s`) to milliseconds; unparseable → `undefined`. */
function cssTimeMs(value: string): number | undefined {
  const m = /^\s*(-?[\d.]+)(m?s)\s*$/.exec(value);
  if (!m) return undefined;
  const n = Number(m[1]) * (m[2] === 's' ? 1000 : 1);
  return Number.isFinite(n) ? Math.max(0, n) : undefined;
}

/**
 * Counts from `from` up (or down) to `to` over `host`'s `--eco-duration-slow` (default 800 ms), easing out, calling
 * `show` on each animation frame (`done` on the last). Returns the function that stops it, or `undefined` when the value
 * is to be shown at once (`prefers-reduced-motion: reduce`, or a zero duration); `show` is then not called.
 */
export function countUp(host: Element, from: number, to: number, show: (grams: number, done: boolean) => void): (() => void) | undefined {
  const reduce = matchMedia('(prefers-reduced-motion: reduce)').matches;
  const ms = reduce ? 0 : cssTimeMs(getComputedStyle(host).getPropertyValue('--eco-duration-slow')) ?? 800;
  if (!ms) return undefined;
  const start = performance.now();
  let frame = 0;
  const step = (now: number) => {
    const p = Math.max(0, Math.min(1, (now - start) / ms)); // a frame's timestamp can precede `start`
    show(p < 1 ? from + (to - from) * (1 - (1 - p) ** 3) : to, p >= 1);
    if (p < 1) frame = requestAnimationFrame(step);
  };
  frame = requestAnimationFrame(step);
  return () => cancelAnimationFrame(frame);
}

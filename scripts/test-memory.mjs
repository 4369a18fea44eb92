#!/usr/bin/env node
// npm run test:memory: lifecycle and memory (issue 6), in Chromium through playwright-core and the DevTools protocol.
// Mounts and removes 10,000 footprint badges (all at once, in one provider) and 1,000 checkouts (provider +
// badge + alternatives + delivery options + savings counter, used: a swap accepted and a delivery chosen, removed
// while the count-up and the announcement timers are running). Then, after garbage collection, compares with the
// start (taken after one small warm-up round, so caches the kit keeps on purpose — formatters, catalogs,
// template caches — are in both):
//   - listeners on window, document and <html> (counted by wrapping addEventListener/removeEventListener): equal;
//   - IntersectionObserver / MutationObserver / ResizeObserver observations (observe − unobserve − disconnect): equal;
//   - pending setTimeout / setInterval / requestAnimationFrame callbacks: equal;
//   - live instances of every eco-* class (DevTools Runtime.queryObjects on each prototype): none left;
//   - DevTools Performance.getMetrics: JSEventListeners and Nodes back to the start (small slack), and
//     JSHeapUsedSize within 10% of the start (HeapProfiler.collectGarbage before each reading).
// The warm-up (WARMUP_BADGES badges, WARMUP_CHECKOUTS checkouts) also lets V8 compile the hot paths, whose code
// counts in the JS heap; the cold figure (kit just loaded) is printed for comparison.
import { buildBundles, harness, assert, launchChromium, serve } from '../test/e2e/lib.mjs';

const BADGES = Number(process.env.ECO_MEMORY_BADGES ?? 10_000);
const CHECKOUTS = Number(process.env.ECO_MEMORY_CHECKOUTS ?? 1_000);
const WARMUP_BADGES = 2_000;
const WARMUP_CHECKOUTS = 300;
const TAGS = ['eco-provider', 'eco-footprint-badge', 'eco-alternatives', 'eco-delivery-options', 'eco-savings-counter', 'eco-seller-badge'];

// Installed before any page script: counts what the kit leaves behind.
const instrument = () => {
  const live = { observations: 0, timers: new Map(), listeners: new Map() };
  window.__eco = live;
  // Observers
  for (const name of ['IntersectionObserver', 'MutationObserver', 'ResizeObserver']) {
    const Orig = window[name];
    if (!Orig) continue;
    const counts = new WeakMap();
    const Wrapped = class extends Orig {
      constructor(...a) {
        super(...a);
        counts.set(this, { targets: new WeakSet(), n: 0 });
      }
      observe(target, ...rest) {
        const c = counts.get(this);
        if (!c.targets.has(target)) {
          c.targets.add(target);
          c.n++;
          live.observations++;
        }
        return super.observe(target, ...rest);
      }
      unobserve(target) {
        const c = counts.get(this);
        if (c.targets.has(target)) {
          c.targets.delete(target);
          c.n--;
          live.observations--;
        }
        return super.unobserve(target);
      }
      disconnect() {
        const c = counts.get(this);
        live.observations -= c.n;
        c.n = 0;
        c.targets = new WeakSet();
        return super.disconnect();
      }
    };
    Object.defineProperty(window, name, { value: Wrapped, writable: true, configurable: true });
  }
  // Timers
  const st = window.setTimeout, ct = window.clearTimeout, si = window.setInterval, ci = window.clearInterval;
  const raf = window.requestAnimationFrame, caf = window.cancelAnimationFrame;
  window.setTimeout = function (fn, ms, ...a) {
    const id = st.call(window, (...b) => { live.timers.delete(`t${id}`); if (typeof fn === 'function') fn(...b); }, ms, ...a);
    live.timers.set(`t${id}`, new Error().stack?.split('\n').slice(2, 4).join(' ') ?? '');
    return id;
  };
  window.clearTimeout = (id) => { live.timers.delete(`t${id}`); return ct.call(window, id); };
  window.setInterval = function (fn, ms, ...a) {
    const id = si.call(window, fn, ms, ...a);
    live.timers.set(`i${id}`, new Error().stack?.split('\n').slice(2, 4).join(' ') ?? '');
    return id;
  };
  window.clearInterval = (id) => { live.timers.delete(`i${id}`); return ci.call(window, id); };
  window.requestAnimationFrame = (fn) => {
    const id = raf.call(window, (t) => { live.timers.delete(`r${id}`); fn(t); });
    live.timers.set(`r${id}`, new Error().stack?.split('\n').slice(2, 4).join(' ') ?? '');
    return id;
  };
  window.cancelAnimationFrame = (id) => { live.timers.delete(`r${id}`); return caf.call(window, id); };
  // Listeners on the global targets (listeners on removed elements go away with the elements; JSEventListeners counts those)
  const add = EventTarget.prototype.addEventListener, remove = EventTarget.prototype.removeEventListener;
  const where = (t) => (t === window ? 'window' : t === document ? 'document' : t === document.documentElement ? 'html' : '');
  const key = (t, type, opts) => `${where(t)} ${type} ${typeof opts === 'boolean' ? opts : !!opts?.capture}`;
  EventTarget.prototype.addEventListener = function (type, fn, opts) {
    if (where(this) && fn) {
      const k = key(this, type, opts);
      if (!live.listeners.has(k)) live.listeners.set(k, new Set());
      live.listeners.get(k).add(fn);
    }
    return add.call(this, type, fn, opts);
  };
  EventTarget.prototype.removeEventListener = function (type, fn, opts) {
    if (where(this) && fn) live.listeners.get(key(this, type, opts))?.delete(fn);
    return remove.call(this, type, fn, opts);
  };
};

const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>memory</title>
<script type="module" src="/kit/eco-nudge.js"></script></head><body><div id="stage"></div></body></html>`;

// Page-side helpers (evaluated in the page).
const helpers = () => {
  const stage = document.getElementById('stage');
  const settle = () => new Promise((r) => setTimeout(r, 0));
  window.__mountBadges = async (n) => {
    const p = document.createElement('eco-provider');
    p.setAttribute('locale', 'en');
    for (let i = 0; i < n; i++) {
      const b = document.createElement('eco-footprint-badge');
      b.setAttribute('product-id', `p${i}`);
      b.setAttribute('category', i % 3 ? 'apparel.t-shirt' : 'electronics.smartphone');
      b.setAttribute('weight-grams', String(100 + (i % 500)));
      if (i % 10 === 0) b.setAttribute('variant', 'full');
      p.append(b);
    }
    stage.append(p);
    await Promise.all([...p.children].map((b) => b.updateComplete));
    const shown = p.querySelectorAll('eco-footprint-badge').length;
    const ok = [...p.children].filter((b) => b.footprint).length;
    p.remove();
    await settle();
    return { shown, ok };
  };
  window.__mountCheckouts = async (n, batch = 100) => {
    let ok = 0;
    for (let start = 0; start < n; start += batch) {
      const roots = [];
      for (let i = start; i < Math.min(n, start + batch); i++) {
        const p = document.createElement('eco-provider');
        if (i % 2) p.setAttribute('persist', '');
        p.innerHTML = `<eco-footprint-badge category="apparel.t-shirt" weight-grams="1500"></eco-footprint-badge>
          <eco-alternatives></eco-alternatives>
          <form><eco-delivery-options name="d" parcel-weight-grams="900" packaging-weight-grams="100">
            <option value="home" data-kind="home">Home</option><option value="locker" data-kind="locker">Locker</option>
          </eco-delivery-options></form>
          <eco-savings-counter community-grams="5e14" goal-grams="1.5e15"></eco-savings-counter>`;
        const alts = p.querySelector('eco-alternatives');
        alts.product = { id: `tee${i}`, category: 'apparel.t-shirt', weightGrams: 1500, price: 20 };
        alts.candidates = [{ id: `alt${i}`, name: 'Light tee', category: 'apparel.t-shirt', weightGrams: 100, price: 22 }];
        stage.append(p);
        roots.push(p);
      }
      const els = roots.flatMap((p) => [...p.querySelectorAll('eco-footprint-badge, eco-alternatives, eco-delivery-options, eco-savings-counter')]);
      await Promise.all(els.map((e) => e.updateComplete));
      for (const p of roots) {
        p.querySelector('eco-alternatives').shadowRoot.querySelector('[part~="action"]')?.click();
        p.querySelector('eco-delivery-options').shadowRoot.querySelector('[data-id="locker"]')?.click();
        p.querySelector('eco-delivery-options').shadowRoot.querySelector('input[type="checkbox"]')?.click();
      }
      await settle();
      await settle();
      ok += roots.filter((p) => p.ledger.totals().pendingGrams > 0).length; // this order's choices (credited when it is placed)
      for (const p of roots) p.remove(); // while count-ups and announcements are pending
      await settle();
    }
    localStorage.clear();
    return { ok };
  };
  window.__counters = () => ({
    observations: window.__eco.observations,
    timers: window.__eco.timers.size,
    timerSites: [...window.__eco.timers.values()].slice(0, 5),
    listeners: [...window.__eco.listeners.values()].reduce((s, x) => s + x.size, 0),
    listenerKeys: [...window.__eco.listeners.entries()].filter(([, s]) => s.size).map(([k, s]) => `${k}×${s.size}`),
  });
};

const t = harness(`Lifecycle and memory: ${BADGES} badges, ${CHECKOUTS} checkouts (issue 6)`);
const kit = await buildBundles();
const server = await serve({ mounts: { '/kit/': kit }, pages: { '/': { body: page }, '/favicon.ico': { body: '', type: 'image/x-icon' } } });
const browser = await launchChromium(['--js-flags=--expose-gc']);
const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
await context.addInitScript(instrument);
const p = await context.newPage();
const errors = [];
p.on('pageerror', (e) => errors.push(e.message));
p.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
await p.goto(`${server.url}/`, { waitUntil: 'load' });
await p.evaluate(() => customElements.whenDefined('eco-savings-counter'));
await p.evaluate(helpers);
const cdp = await context.newCDPSession(p);
await cdp.send('Performance.enable');

async function measure() {
  await p.waitForTimeout(2500); // debounce timers (1 s) and count-ups have run out
  for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const m = Object.fromEntries(metrics.map((x) => [x.name, x.value]));
  const c = await p.evaluate(() => window.__counters());
  const instances = {};
  for (const tag of TAGS) instances[tag] = await liveInstances(tag);
  return { heap: m.JSHeapUsedSize, listenersAll: m.JSEventListeners, nodes: m.Nodes, documents: m.Documents, instances, ...c };
}

/** Live objects whose prototype is the element class's (Runtime.queryObjects collects garbage first). */
async function liveInstances(tag) {
  const { result } = await cdp.send('Runtime.evaluate', { expression: `customElements.get(${JSON.stringify(tag)}).prototype` });
  const { objects } = await cdp.send('Runtime.queryObjects', { prototypeObjectId: result.objectId });
  const { result: n } = await cdp.send('Runtime.callFunctionOn', { objectId: objects.objectId, functionDeclaration: 'function () { return this.length; }', returnByValue: true });
  await cdp.send('Runtime.releaseObject', { objectId: objects.objectId });
  return n.value;
}
const mb = (b) => `${(b / 1048576).toFixed(2)} MB`;
const show = (label, m) => console.log(`      ${label}: heap ${mb(m.heap)}, JS listeners ${m.listenersAll}, nodes ${m.nodes}, global listeners ${m.listeners}, observations ${m.observations}, pending timers ${m.timers}, live elements ${Object.values(m.instances).reduce((a, b) => a + b, 0)}`);

const cold = await measure();
show('cold (kit loaded)', cold);
await p.evaluate(async ([b, c]) => { await window.__mountBadges(b); await window.__mountCheckouts(c); }, [WARMUP_BADGES, WARMUP_CHECKOUTS]);
const start = await measure();
show(`start (after a warm-up of ${WARMUP_BADGES} badges and ${WARMUP_CHECKOUTS} checkouts)`, start);

let afterBadges;
await t.check(`${BADGES} badges mounted (all at once, all showing a figure) and removed`, async () => {
  const t0 = performance.now();
  const r = await p.evaluate((n) => window.__mountBadges(n), BADGES);
  console.log(`      mounted and removed in ${Math.round(performance.now() - t0)} ms; ${r.ok}/${r.shown} showed a figure`);
  assert(r.shown === BADGES && r.ok === BADGES, `${r.ok} of ${BADGES} badges showed a figure`);
  afterBadges = await measure();
  show('after the badges', afterBadges);
});

let end;
await t.check(`${CHECKOUTS} checkouts mounted, used (swap, delivery, packaging) and removed mid-animation`, async () => {
  const t0 = performance.now();
  const pendingRightAfter = await p.evaluate(async (n) => {
    const r = await window.__mountCheckouts(n);
    return { ...r, counters: window.__counters() };
  }, CHECKOUTS);
  console.log(`      mounted, used and removed in ${Math.round(performance.now() - t0)} ms; ${pendingRightAfter.ok}/${CHECKOUTS} ledgers recorded the choices; right after removal: ${pendingRightAfter.counters.timers} pending timers, ${pendingRightAfter.counters.observations} observations`);
  assert(pendingRightAfter.ok === CHECKOUTS, `only ${pendingRightAfter.ok} checkouts recorded savings`);
  end = await measure();
  show('end', end);
});

await t.check('no listeners, observers or timers left behind', async () => {
  assert(end, 'no end measurement');
  const left = Object.entries(end.instances).filter(([, n]) => n > 0);
  assert(left.length === 0, `elements still alive after removal: ${left.map(([t, n]) => `${n} <${t}>`).join(', ')}`);
  assert(end.listeners === start.listeners, `global listeners ${start.listeners} → ${end.listeners}: ${end.listenerKeys.join(', ')}`);
  assert(end.observations === start.observations, `observations ${start.observations} → ${end.observations}`);
  assert(end.timers <= start.timers, `pending timers ${start.timers} → ${end.timers}: ${end.timerSites.join(' | ')}`);
  assert(end.listenersAll <= start.listenersAll + 10, `JS event listeners ${start.listenersAll} → ${end.listenersAll}`);
  assert(end.nodes <= start.nodes * 1.1 + 100, `DOM nodes ${start.nodes} → ${end.nodes}`);
});

await t.check('memory returns to within 10% of the start', async () => {
  assert(end, 'no end measurement');
  const ratio = end.heap / start.heap;
  console.log(`      JS heap ${mb(start.heap)} → ${mb(end.heap)} (${((ratio - 1) * 100).toFixed(1)}%); against the cold start ${mb(cold.heap)}: ${((end.heap / cold.heap - 1) * 100).toFixed(1)}%`);
  assert(ratio <= 1.1, `heap grew by ${((ratio - 1) * 100).toFixed(1)}%`);
});

await t.check('no page error or console error', async () => {
  assert(errors.length === 0, errors.slice(0, 3).join(' | '));
});

await browser.close();
await server.close();
t.done();

import { LitElement, isServer, type CSSResultGroup, type CSSResultOrNative, type PropertyDeclarations } from 'lit';
import type { Issue } from '../engine/types.js';
import type { KitSettings } from '../context/contexts.js';
import { isNotLoaded } from '../engine/validate.js';
import { EcoErrorEvent } from '../events/error.js';
import { EcoImpressionEvent } from '../events/impression.js';
import hostStyles from '../styles/host.styles.js';
import { devWarn } from './dev-warn.js';
import { DEV } from './dev.js';
import { describe, INPUT_LIMITS, textOr } from './coerce.js';
import { loadValidators } from './validators.js';

declare const __ECO_VERSION__: string; // injected by the build's `define` (and by esbuildPlugin({ define }) in tests)

const VERSION = (() => {
  try {
    return __ECO_VERSION__;
  } catch {
    return '0.0.0-dev';
  }
})();

// ─── First connections and renders in slices ───
// A page of 200 badges used to upgrade and render all of them, and create the page's first Intl formatter (Chromium
// loads its ICU data then), in the task that evaluated the kit: one main-thread task of 200+ ms. Now an element's first
// connection (Lit's: shadow root, adopted styles, context requests, impressions) and its first render wait in one
// queue, run in later tasks of at most SLICE_MS each, in document order; the tasks before them only warm Intl up
// (WARM_UP). So upgrading the page's elements in `customElements.define` costs little more than their constructors.
// Later connections and updates are not queued (they are rare and small), and `updateComplete` covers the wait.

/**
 * Most time spent on queued work in one task (ms); the task ends after the job that crosses it. Under the 50 ms of a
 * long task with room for that last job; not much smaller, because the browser may lay out and paint between two
 * slices: with 8 ms slices, 1,000 badges cost about 40% more main-thread CPU than in one task (npm run bench:render),
 * with 30–40 ms about the same 40% at a quarter of the frames.
 */
const SLICE_MS = 30;

/**
 * Chromium builds its ICU locale data on the page's first `Intl.NumberFormat` (the first figure a badge formats):
 * 47–92 ms in one task on a 2-core machine, even `supportedLocalesOf` alone 40–60 ms. That set-up is shared by every
 * Intl service and can be paid in pieces: creating a collator first (about 20 ms), then a segmenter (about 25 ms),
 * then a list format (5 ms) leaves the first number format at 2–4 ms (npm run bench:page). So these objects are
 * created, and dropped, one per task, before the first render; each in a try block, since an engine may lack one (and
 * Firefox and WebKit pay little for any of them).
 */
const WARM_UP: readonly (() => unknown)[] = [
  () => new Intl.Collator('en'),
  () => new Intl.Segmenter('en'),
  () => new Intl.ListFormat('en'),
  () => new Intl.NumberFormat('en').format(1),
];
const queue: (() => void)[] = [];
let warmed = 0;
let port: MessagePort | undefined;

/** Runs `drain` in a new task, soon (a message, not a clamped timer). */
function nextTask(): void {
  if (!port && typeof MessageChannel !== 'undefined') {
    const channel = new MessageChannel();
    channel.port1.onmessage = drain;
    port = channel.port2;
  }
  if (port) port.postMessage(0);
  else setTimeout(drain, 0);
}

function drain(): void {
  if (warmed < WARM_UP.length) {
    try {
      WARM_UP[warmed]!();
    } catch {
      /* no such Intl service here: nothing to warm */
    }
    warmed++;
    nextTask();
    return;
  }
  const end = performance.now() + SLICE_MS;
  while (queue.length && performance.now() < end) queue.shift()!();
  if (queue.length) nextTask();
}

/** Calls `job` in a later task, after the jobs queued before it. */
function enqueue(job: () => void): void {
  if (queue.push(job) === 1) nextTask();
}

// ─── Impressions ───
// One IntersectionObserver for every element of the page (not one each); renewed when the global constructor changes
// (tests swap it). Each observed element's handler sits in a WeakMap, so the observer's callback holds no element.
let io: IntersectionObserver | undefined;
let ioCtor: unknown;
const onSeen = new WeakMap<Element, () => void>();

function impressionObserver(): IntersectionObserver {
  if (!io || ioCtor !== IntersectionObserver) {
    ioCtor = IntersectionObserver;
    io = new IntersectionObserver(
      (entries) => {
        for (const e of entries) if (e.isIntersecting && e.intersectionRatio >= 0.5) onSeen.get(e.target)?.();
      },
      { threshold: 0.5 },
    );
  }
  return io;
}

/**
 * Base class of every eco-* element ("never extend LitElement directly"). SSR-safe: nothing touches the DOM
 * in the constructor, field initialisers or `willUpdate`.
 */
export abstract class EcoElement extends LitElement {
  /** @internal Reactive properties (declared here rather than with decorators: smaller bundle). */
  static override properties: PropertyDeclarations = {
    experiment: {},
  };
  /** Kit version; `defineElement()` compares it when a tag is registered twice. */
  static readonly version: string = VERSION;
  /** Subclasses set this to fire `eco-impression` once when at least half visible. */
  protected static trackImpressions = false;

  /** A/B label (e.g. `checkout-b`) echoed as `experiment` in the detail of every event this element fires. */
  experiment = '';

  private _internals?: ElementInternals | null;
  /** The shared observer this element is observed by, until its impression. */
  private _impressionObserver?: IntersectionObserver;
  private _impressed = false;

  /** `ElementInternals`, attached on first use in the browser; `undefined` on a server or where unsupported. */
  protected get internals(): ElementInternals | undefined {
    if (this._internals === undefined) {
      this._internals = null;
      if (!isServer) {
        try {
          this._internals = this.attachInternals();
        } catch {
          /* unsupported, or already attached elsewhere */
        }
      }
    }
    return this._internals ?? undefined;
  }

  /** True while `:state(loading)` is set (a merchant dataset or the validators are loading): say "checking", not "unavailable". */
  protected loadingNow = false;

  /** Toggles the custom state `:state(name)`; a no-op where CustomStateSet is missing. */
  protected setState(name: string, on: boolean): void {
    if (name === 'loading') {
      this.loadingNow = on;
      // not yet seen, or seen while loading: observed again, the observer reports whether it is in view now
      const o = this._impressionObserver;
      if (!on && o) o.unobserve(this), o.observe(this);
    }
    if (!on && this._internals === undefined) return; // nothing set yet: no need to attach internals
    try {
      const states = this.internals?.states;
      if (!states) return;
      if (on) states.add(name);
      else states.delete(name);
    } catch {
      /* old engines reject idents without `--` */
    }
  }

  /** `{ experiment }` when a label is set, for spreading into event details (a label that is not text is left out). */
  protected get experimentDetail(): { experiment?: string } {
    const experiment = textOr(this.experiment, INPUT_LIMITS.id);
    return experiment ? { experiment } : {};
  }

  /** The `eco-error` code for an input no check caught (see {@link performUpdate}). */
  protected static inputErrorCode = 'INVALID_ARGUMENT';
  /** Updates in a row that threw: the neutral render after a failure is tried once, never in a loop. */
  private _failedUpdates = 0;

  /**
   * Subclasses drop what they show (the last figure, the list) so the next render is the neutral state. Called when
   * an update threw on an input no check caught.
   */
  protected resetToNeutral(): void {}

  /**
   * The last line of "elements never throw": an update that throws (an input no coercion caught, a getter that
   * throws during render) becomes the neutral state, `:state(error)` and `eco-error` (`inputErrorCode`), never an
   * uncaught exception, a rejected `updateComplete` or the previous figure left on screen.
   */
  protected override performUpdate(): void {
    try {
      super.performUpdate();
      this._failedUpdates = 0;
    } catch (e) {
      this._failedUpdates++;
      try {
        this.resetToNeutral();
        this.setState('error', true);
        const why = describe(e instanceof Error ? e.message : e);
        const code = (this.constructor as typeof EcoElement).inputErrorCode;
        this.reportError(code, DEV ? `An input could not be used (${why}), so the neutral state is shown. Pass plain data of the documented types.` : why, [{ path: '', message: why }]);
      } catch {
        /* reporting must not throw either */
      }
      if (this._failedUpdates === 1) this.requestUpdate(); // render the neutral state (once)
    }
  }

  /**
   * Dispatches `eco-error` and warns once per (tag, code). Never throws. In the production build the kit's own long
   * texts are shortened to their cause at the call sites (`DEV ? text : cause`); the code and issues are the same.
   */
  protected reportError(code: string, message: string, issues: readonly Issue[] = []): void {
    if (message.length > 2_000) message = `${message.slice(0, 2_000)}…`;
    devWarn(this, code, DEV ? `${code}: ${message}${issues.length ? ` (${issues.slice(0, 3).map((i) => `${i.path || '(root)'}: ${i.message}`).join('; ')}${issues.length > 3 ? '; …' : ''})` : ''}` : '');
    this.dispatchEvent(new EcoErrorEvent({ code, message, issues, ...this.experimentDetail }));
  }

  /** The on-demand part being loaded for this element (validators, engine), if any. */
  private _validators?: Promise<void>;
  private _retry?: () => void;

  /**
   * True while the provider's merchant dataset is being fetched or checked (`settings.factorsPending`): the caller
   * shows its neutral state (`:state(loading)`) and estimates nothing; it runs again when the settings change.
   */
  protected waitForFactors(settings: KitSettings): boolean {
    const pending = settings.factorsPending === true;
    if (pending || !this._validators) this.setState('loading', pending);
    return pending;
  }

  /**
   * True when `result` failed only because the engine's full validators are not loaded yet (`VALIDATOR_NOT_LOADED`):
   * the caller then shows its neutral state, the validators load (once per page, `:state(loading)` meanwhile) and
   * `retry` runs again. A failed load ends in `eco-error` `VALIDATOR_LOAD_FAILED`. On a server nothing loads: the
   * neutral state is rendered, as the first client render will. `updateComplete` waits for the load and what follows.
   */
  protected needsValidators(result: Parameters<typeof isNotLoaded>[0], retry: () => void): boolean {
    if (!isNotLoaded(result)) return false;
    return this.loadThen(loadValidators, retry, 'VALIDATOR_LOAD_FAILED', DEV ? "the kit's validation module" : '', DEV ? 'this input cannot be checked' : '');
  }

  /**
   * Loads an on-demand part of the kit (the validators, the badge's engine), then runs `retry` and re-renders; meanwhile
   * `:state(loading)` is set and the caller shows its neutral (loading) state. Returns true (the caller waits). A failed
   * load ends in `eco-error` `code`. On a server nothing loads. `updateComplete` waits for the load and what follows.
   * `current` says whether the element still waits for this load: when its input changed meanwhile (a failed family
   * of a product no longer shown), a failure is not reported and `retry` runs for the input now shown.
   */
  protected loadThen(load: () => Promise<unknown>, retry: () => void, code: string, what: string, consequence: string, current?: () => boolean): boolean {
    this._retry = retry;
    if (isServer || this._validators) return true;
    this.setState('loading', true);
    const done = () => {
      this._validators = undefined;
      this.setState('loading', false);
    };
    this._validators = load().then(
      () => {
        done();
        this._retry?.();
        this.requestUpdate();
      },
      (e: unknown) => {
        done();
        if (current && !current()) {
          this._retry?.();
          this.requestUpdate();
          return;
        }
        this.setState('error', true);
        const why = e instanceof Error ? e.message : String(e);
        this.reportError(code, DEV ? `Could not load ${what} (${why}), so ${consequence} and no estimate is shown. Serve the kit's chunk files beside its bundle, and allow them in the Content-Security-Policy.` : why, [{ path: '', message: why }]);
        this.requestUpdate(); // the text said "Loading…": it now says the estimate is unavailable
      },
    );
    return true;
  }

  /** Also waits for validators being loaded for this element and the update that follows. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    while (this._validators) {
      await this._validators;
      done = await super.getUpdateComplete();
    }
    return done;
  }

  /** Extra detail for `eco-impression` (e.g. `productId`). */
  protected impressionDetail(): Record<string, unknown> {
    return {};
  }

  /** Lit's connection has run at least once (this element is past its queued first connection). */
  private _wasConnected = false;
  /** Lit's connection has run and no disconnection followed. */
  private _connected = false;
  /** The first connection waits in the queue. */
  private _queued = false;

  /**
   * Runs once, when the element is first connected (in its queued job): subclasses create here what only a connected
   * element needs, such as context consumers, rather than in the constructor that `customElements.define` runs for
   * every element already in the page. Controllers added here start at once.
   */
  protected firstConnected(): void {}

  /**
   * The first connection waits its turn in the shared queue (see above), then renders at once in the same job; an
   * element removed meanwhile is skipped (and queued again if it comes back). Later connections run at once.
   * What a subclass does after `super.connectedCallback()` runs at once, before that queued connection: context
   * values arrive later, with the first update (read them in `willUpdate`, or use `firstConnected`).
   */
  override connectedCallback(): void {
    if (this._wasConnected || isServer) return this.connectNow();
    // An element wrapping page content (the provider around a listing): its children leave the layout as soon as a
    // shadow root is attached and return with the first render's <slot>, so both happen now, in the same task.
    if (!this.shadowRoot && this.hasChildNodes()) return this.connectAndRender();
    // The shadow root and its styles now (cheap: the sheets are shared), so the host keeps the box its styles give
    // it (which eco-nudge.css reserves before it is defined) while it waits; the rest later.
    if (!this.renderRoot) (this as { renderRoot: HTMLElement | DocumentFragment }).renderRoot = this.createRenderRoot();
    if (this._queued) return;
    this._queued = true;
    enqueue(() => {
      this._queued = false;
      if (this.isConnected && !this._wasConnected) this.connectAndRender();
    });
  }

  private connectAndRender(): void {
    this.connectNow();
    // Lit's connection only enabled the first update (it would run in a microtask, after this whole slice): render
    // now. With hydration deferred (SSR), Lit did not connect: nothing to do.
    if (this.isUpdatePending && !this.hasAttribute('defer-hydration')) {
      try {
        this.performUpdate();
      } catch (e) {
        setTimeout(() => {
          throw e;
        });
      }
    }
  }

  private connectNow(): void {
    const first = !this._wasConnected;
    this._wasConnected = this._connected = true;
    // On the server (SSR) the host is never `isConnected`, so Lit does not start a controller added after its
    // connection: add them (context consumers) first, or the server output ignores the provider's settings.
    if (first && isServer) this.firstConnected();
    super.connectedCallback();
    if (first && !isServer) this.firstConnected();
    const ctor = this.constructor as typeof EcoElement;
    if (ctor.trackImpressions && !this._impressed && typeof IntersectionObserver !== 'undefined') {
      const observer = (this._impressionObserver = impressionObserver());
      onSeen.set(this, () => {
        // while loading its detail (the alternatives' ids) is not known yet: the impression waits for the load's end
        if (this._impressed || this.loadingNow) return;
        this._impressed = true;
        this.stopObserving();
        this.dispatchEvent(new EcoImpressionEvent({ ...this.impressionDetail(), element: this.localName, ...this.experimentDetail }));
      });
      observer.observe(this);
    }
  }

  override disconnectedCallback(): void {
    if (!this._connected) return; // still waiting for its first connection: nothing to undo
    this._connected = false;
    super.disconnectedCallback();
    this.stopObserving();
  }

  private stopObserving(): void {
    this._impressionObserver?.unobserve(this);
    this._impressionObserver = undefined;
    onSeen.delete(this);
  }

  /**
   * A first update that did not run with the queued first connection (e.g. after deferred hydration) waits its turn
   * in the same queue; later ones run as usual.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    if (this.hasUpdated || isServer) return super.scheduleUpdate();
    return new Promise<void>((resolve, reject) =>
      enqueue(() => {
        try {
          resolve(super.scheduleUpdate() as undefined);
        } catch (e) {
          reject(e);
        }
      }),
    );
  }

  /** Prepends the shared host styles to every component's styles. */
  protected static override finalizeStyles(styles?: CSSResultGroup): CSSResultOrNative[] {
    return super.finalizeStyles([hostStyles, ...(Array.isArray(styles) ? styles : styles ? [styles] : [])]);
  }
}

import { LitElement, isServer, type CSSResultGroup, type CSSResultOrNative } from 'lit';
import { property } from 'lit/decorators.js';
import type { Issue } from '../engine/types.js';
import { isNotLoaded } from '../engine/validate.js';
import { EcoErrorEvent } from '../events/error.js';
import { EcoImpressionEvent } from '../events/impression.js';
import hostStyles from '../styles/host.styles.js';
import { devWarn } from './dev-warn.js';
import { loadValidators } from './validators.js';

declare const __ECO_VERSION__: string; // injected by the build's `define` (and by esbuildPlugin({ define }) in tests)

const VERSION = (() => {
  try {
    return __ECO_VERSION__;
  } catch {
    return '0.0.0-dev';
  }
})();

/**
 * Base class of every eco-* element ("never extend LitElement directly"). SSR-safe: nothing touches the DOM
 * in the constructor, field initialisers or `willUpdate`.
 */
export abstract class EcoElement extends LitElement {
  /** Kit version; `defineElement()` compares it when a tag is registered twice. */
  static readonly version: string = VERSION;
  /** Subclasses set this to fire `eco-impression` once when at least half visible. */
  protected static trackImpressions = false;

  /** A/B label (e.g. `checkout-b`) echoed as `experiment` in the detail of every event this element fires. */
  @property() experiment = '';

  private _internals?: ElementInternals | null;
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

  /** Toggles the custom state `:state(name)`; a no-op where CustomStateSet is missing. */
  protected setState(name: string, on: boolean): void {
    try {
      const states = this.internals?.states;
      if (!states) return;
      if (on) states.add(name);
      else states.delete(name);
    } catch {
      /* old engines reject idents without `--` */
    }
  }

  /** `{ experiment }` when a label is set, for spreading into event details. */
  protected get experimentDetail(): { experiment?: string } {
    return this.experiment ? { experiment: this.experiment } : {};
  }

  /** Dispatches `eco-error` and warns once per (tag, code). Never throws. */
  protected reportError(code: string, message: string, issues: readonly Issue[] = []): void {
    devWarn(this, code, `${code}: ${message}${issues.length ? ` (${issues.slice(0, 3).map((i) => `${i.path || '(root)'}: ${i.message}`).join('; ')}${issues.length > 3 ? '; …' : ''})` : ''}`);
    this.dispatchEvent(new EcoErrorEvent({ code, message, issues, ...this.experimentDetail }));
  }

  private _validators?: Promise<void>;
  private _retry?: () => void;

  /**
   * True when `result` failed only because the engine's full validators are not loaded yet (`VALIDATOR_NOT_LOADED`):
   * the caller then shows its neutral state, the validators load (once per page, `:state(loading)` meanwhile) and
   * `retry` runs again. A failed load ends in `eco-error` `VALIDATOR_LOAD_FAILED`. On a server nothing loads: the
   * neutral state is rendered, as the first client render will. `updateComplete` waits for the load and what follows.
   */
  protected needsValidators(result: Parameters<typeof isNotLoaded>[0], retry: () => void): boolean {
    if (!isNotLoaded(result)) return false;
    this._retry = retry;
    if (isServer || this._validators) return true;
    this.setState('loading', true);
    const done = () => {
      this._validators = undefined;
      this.setState('loading', false);
    };
    this._validators = loadValidators().then(
      () => {
        done();
        this._retry?.();
        this.requestUpdate();
      },
      (e: unknown) => {
        done();
        this.setState('error', true);
        const why = e instanceof Error ? e.message : String(e);
        this.reportError('VALIDATOR_LOAD_FAILED', `Could not load the kit's validation module (${why}), so this input cannot be checked and no estimate is shown. Serve the kit's chunk files beside its bundle, and allow them in the Content-Security-Policy.`, [{ path: '', message: why }]);
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

  override connectedCallback(): void {
    super.connectedCallback();
    const ctor = this.constructor as typeof EcoElement;
    if (ctor.trackImpressions && !this._impressed && typeof IntersectionObserver !== 'undefined') {
      this._impressionObserver = new IntersectionObserver(
        (entries) => {
          if (this._impressed || !entries.some((e) => e.isIntersecting && e.intersectionRatio >= 0.5)) return;
          this._impressed = true;
          this._impressionObserver?.disconnect();
          this._impressionObserver = undefined;
          this.dispatchEvent(new EcoImpressionEvent({ ...this.impressionDetail(), element: this.localName, ...this.experimentDetail }));
        },
        { threshold: 0.5 },
      );
      this._impressionObserver.observe(this);
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this._impressionObserver?.disconnect();
    this._impressionObserver = undefined;
  }

  /** Prepends the shared host styles to every component's styles. */
  protected static override finalizeStyles(styles?: CSSResultGroup): CSSResultOrNative[] {
    return super.finalizeStyles([hostStyles, ...(Array.isArray(styles) ? styles : styles ? [styles] : [])]);
  }
}

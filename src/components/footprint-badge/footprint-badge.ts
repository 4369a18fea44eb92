import { adoptStyles, html, isServer, supportsAdoptingStyleSheets, type CSSResultGroup, type CSSResultOrNative, type PropertyValues, type PropertyDeclarations, type TemplateResult } from 'lit';
import { DATASET_VERSION } from '../../data/version.js';
import { type Dataset, type Grade, type FootprintResult, type ProductInput } from '../../engine/types.js';
import { EcoFootprintChangeEvent } from '../../events/footprint-change.js';
import { LocalizeController } from '../../i18n/localize-controller.js';
import type { Messages } from '../../i18n/messages.js';
import { addEnglishMessages, messagesPending } from '../../i18n/registry.js';
import { enProduct } from '../../i18n/en/product.js';
import { EcoConsumer } from '../../internal/eco-consumer.js';
import { DEV } from '../../internal/dev.js';
import { devWarn } from '../../internal/dev-warn.js';
import { checkEnum, optionalNumber } from '../../internal/attributes.js';
import { formatMass, type Units } from '../../internal/format.js';
import { gradeLine, unavailableLine } from '../../internal/render-line.js';
import type { BadgeResult, parseBadgeResult } from './precomputed.js';
import type { BadgeEngine } from './badge-engine.js';
import type { BadgeInputReader } from './badge-input.js';
import type { FullView, FullViewInput } from './badge-full.js';
import styles from './footprint-badge.styles.js';

// This element's English for its figure (the shared core is always there); the full view's words (stages,
// comparison, details: ../../i18n/en/footprint-badge.ts) come with the full view. Other locales load on demand.
addEnglishMessages(enProduct);

/** Runs `load` once (the same promise while it runs and after it succeeded; again after a failure, so a later call retries). */
const once = <T>(load: () => Promise<T>): (() => Promise<T>) => {
  let p: Promise<T> | undefined;
  return () =>
    (p ??= load().catch((e: unknown) => {
      p = undefined;
      throw e;
    }));
};

// ─── The engine, up front or on demand ───
let engine: BadgeEngine | undefined;
/** The input reading (./badge-input.ts): with the engine, never before a badge estimates. */
let reader: BadgeInputReader | undefined;

/**
 * Hands the badge its engine up front (the badge's define entries do): badges then estimate in their first render.
 * Without it, a badge loads the engine (./badge-engine.ts, with the bundled dataset) the first time it needs it.
 */
export function useBadgeEngine(e: BadgeEngine): void {
  engine = e;
  if (e.reader) reader = e.reader;
}

/**
 * Loads the badge's engine and its input reading once per page (reset after a failure, so a later call retries); an
 * engine handed over without the reading (`useBadgeEngine` with an engine of the caller's) loads only the reading.
 */
export function loadBadgeEngine(): Promise<BadgeEngine> {
  return engine && reader ? Promise.resolve(engine) : loadEngine();
}

const loadEngine = once(() =>
  Promise.all([engine ?? import('./badge-engine.js').then((m) => m.badgeEngine), reader ?? import('./badge-input.js').then((m) => m.badgeInputReader)]).then(([e, r]) => {
    reader = r;
    return (engine = e);
  }),
);

let idleQueued = false;
/** Runs `job` once the page is idle (soon, where `requestIdleCallback` is missing); once per page. */
function whenIdle(job: () => void): void {
  if (idleQueued || isServer) return;
  idleQueued = true;
  if (typeof requestIdleCallback === 'function') requestIdleCallback(job, { timeout: 3000 });
  else setTimeout(job, 500);
}

/** Loads the engine now, in the background (a shopper may open details soon); failures are left to the real load. */
function prefetchEngine(): void {
  if (!engine) loadBadgeEngine().catch(() => undefined);
}

// ─── The precomputed result's reader, up front or on demand ───
let parse: typeof parseBadgeResult | undefined;

/**
 * Hands the badge the reader of precomputed results (./precomputed.ts) up front: the precomputed listing's define
 * entry and the all-in-one bundles do. Without it, the first badge given a `result` loads it (its loading line meanwhile).
 */
export function usePrecomputed(p: typeof parseBadgeResult): void {
  parse = p;
}

/** Loads the result reader once per page (again after a failure, so a later call retries). */
const loadPrecomputed = once(() =>
  import('./precomputed-on-demand.js').then((m) => {
    parse = m.parseBadgeResult;
  }),
);

// ─── The full variant's view, up front or on demand ───
let fullView: FullView | undefined;
/** The full view's styles are in the element's static styles (handed over before the element was defined). */
let fullStatic = false;

/**
 * Hands the badge its full variant's view (./badge-full.ts) up front (src/define/footprint-badge.ts and the product
 * page's entry, src/pages/product-badge.ts, do, before they define the element, so the view's styles join the element's
 * own). Without it, the first `variant="full"` badge
 * loads it; a page of compact badges never does.
 */
export function useFullView(v: FullView): void {
  fullView = v;
  // before the element is defined (its styles not yet finalized): in its static styles, like its own sheet
  if (!Object.hasOwn(EcoFootprintBadge, 'elementStyles')) {
    EcoFootprintBadge.styles = [styles, v.styles];
    fullStatic = true;
  }
}

/** Loads the full view once per page (again after a failure, so a later badge retries). */
const loadFullView = once(() => import('./badge-full.js').then((m) => (fullView = m.fullView)));

export const BADGE_VARIANTS = ['compact', 'full'] as const;
export type BadgeVariant = (typeof BADGE_VARIANTS)[number];

/** A figure's value with its unit, and the spoken long form (value, range, grade); for an estimate and a precomputed result alike. */
function figureWords(r: { co2eGrams: number; lowGrams: number; highGrams: number; grade: Grade }, declared: boolean, m: Messages, locale: string, units: Units): [string, string] {
  const bare = { units, bare: true, unitOf: r.co2eGrams };
  return [
    m.withUnit(formatMass(r.co2eGrams, locale, m, { units })),
    (declared ? m.declaredLong : m.footprintLong)(formatMass(r.co2eGrams, locale, m, { units, long: true }), formatMass(r.lowGrams, locale, m, bare), formatMass(r.highGrams, locale, m, bare), r.grade),
  ];
}

/** Whether a product input carries a declared figure; never throws (a hostile object may have throwing getters). */
function hasDeclared(p: unknown): boolean {
  try {
    return !!(p as { declared?: unknown } | undefined)?.declared;
  } catch {
    return false;
  }
}

/**
 * @summary Shows a product's estimated carbon footprint: grade and value, and in the full variant how it was made, the range, the stages and the sources.
 * @tag eco-footprint-badge
 * @status experimental
 * @cssstate loading - A merchant dataset or a supplier's figure is being checked; the text says so, in the same box.
 * @since 0.1
 *
 * @csspart base - The compact badge (grade and value); in the full variant, its first line.
 * @csspart grade - The grade letter (A lowest footprint … E highest); in the full variant, the raised letter of the A–E scale.
 * @csspart value - The value with its unit, e.g. `4.2 kg CO₂e`.
 * @csspart panel - The full variant's wrapper.
 * @csspart comparison - Full: the comparison with the category's typical product.
 * @csspart method - Full, under "How we calculate": how the figure was made.
 * @csspart range - Full: the likely range, as a band on a bar and in words.
 * @csspart filled-in - Full, under "How we calculate": the inputs taken from a typical product.
 * @csspart toggle - Full: the "How we calculate" disclosure button.
 * @csspart details - Full: what "How we calculate" opens: method, filled-in inputs, equivalent, boundary, dataset, sources.
 * @csspart breakdown - Full: the stages as one stacked bar with a legend in words.
 * @csspart equivalent - Full: the everyday equivalent.
 * @csspart sources - Full: the dataset version and the sources.
 * @cssproperty [--eco-footprint-badge-background=var(--eco-color-surface-raised)] - Background.
 * @cssproperty [--eco-footprint-badge-color=var(--eco-color-text)] - Text colour.
 * @cssproperty [--eco-footprint-badge-quiet-color=var(--eco-color-text-quiet)] - Secondary text.
 * @cssproperty [--eco-footprint-badge-border-color=var(--eco-color-border)] - Borders and chart tracks.
 * @cssproperty [--eco-footprint-badge-bar-color=var(--eco-color-accent)] - Chart bars.
 * @cssproperty [--eco-footprint-badge-radius=var(--eco-radius-m)] - Corner radius.
 * @cssstate error - The inputs could not be estimated; a neutral text is shown.
 * @cssstate precomputed - A precomputed `result` was given to the full variant: it keeps the smaller box `eco-nudge.css` reserved for it, and its stages come inside the details when they open (also once its own estimate replaced the result). Not set on a compact badge: a custom state on each badge of a listing made its first render cost about twice the CPU (bench:render).
 * @fires eco-footprint-change - A new estimate: `{ productId, result, experiment }`.
 * @fires eco-error - Invalid or unknown input: `{ code, message, issues, experiment }`; the neutral state is shown. An invalid `variant` fires `INVALID_ATTRIBUTE` and `compact` is used (the figure stays).
 * @fires eco-impression - Once, when at least half of the badge was visible: `{ element, productId, experiment }`.
 */
export class EcoFootprintBadge extends EcoConsumer {
  static override styles: CSSResultGroup = styles;
  /** @internal Reactive properties (declared here rather than with decorators: smaller bundle). */
  static override properties: PropertyDeclarations = {
    productId: { attribute: 'product-id' },
    name: {},
    category: {},
    price: { converter: optionalNumber },
    currency: {},
    weightGrams: { attribute: 'weight-grams', converter: optionalNumber },
    materials: {},
    origin: {},
    declaredGrams: { attribute: 'declared-grams', converter: optionalNumber },
    condition: {},
    variant: { reflect: true, useDefault: true },
    appearance: { reflect: true, useDefault: true },
    product: { attribute: false },
    pact: { attribute: false },
    result: {},
    fp: { state: true },
    pre: { state: true },
    open: { state: true },
  };
  protected static override trackImpressions = true;
  protected static override inputErrorCode = 'INVALID_PRODUCT';

  // ─── Public API ───
  /** Product identifier, echoed in events. */
  productId = '';
  /** Product name (for your analytics; not shown). */
  name = '';
  /** Category key of the dataset, e.g. `apparel.t-shirt`. */
  category = '';
  /** Price excluding tax, in `currency` (default: the provider's). Absent: not used. */
  price?: number;
  /** ISO 4217 code of `price`; default the provider's currency. */
  currency = '';
  /** Mass in grams. Absent: taken from the category's typical product (and said so). Present but not a positive number: an error. */
  weightGrams?: number;
  /** Materials and mass shares, `"cotton:0.95,elastane:0.05"`; `@0.5` after a share gives the recycled share. */
  materials = '';
  /** Country of manufacture (ISO 3166-1 alpha-2). */
  origin = '';
  /** A footprint declared by the supplier, g CO2e per product, cradle to gate. */
  declaredGrams?: number;
  /** `new` (default), `refurbished` or `used`: a second-life product carries only part of the production (shown in the trace). Another value: an error. */
  condition = '';
  /** `compact` (default): grade and value. `full`: also comparison, method, range and details. */
  variant: BadgeVariant = 'compact';
  /** `default`: the kit's own quiet surface (and, in the full variant, a border). `plain`: none of its own, for a badge inside the page's card; text colour from the page. */
  appearance: 'default' | 'plain' = 'default';
  /** The engine's product input; replaces the attributes above. */
  product?: ProductInput;
  /** A PACT ProductFootprint (2.x or 3.x); used as the declared figure (with `.product` or the attributes for category and mass). */
  pact?: unknown;
  /**
   * A footprint computed ahead of time (`eco-nudge estimate --badge`): the compact string
   * `v=1;g=4200;lo=3100;hi=5600;gr=C;m=categoryWeight;ds=2026.1;cat=apparel.t-shirt;r=0.82;typ=5100` as an attribute,
   * or as a property that string, a `BadgeResult` or the CLI's `footprint` object. The badge shows it without loading
   * the engine or the dataset; it estimates itself (from the other inputs) only when the shopper opens the details or
   * when the result's dataset version is not the one in use. A malformed result is an `eco-error` `INVALID_RESULT`.
   */
  result?: BadgeResult | string | Record<string, unknown>;

  // ─── Derived state ───
  private fp?: FootprintResult;
  /** The precomputed result being shown (while no estimate of the badge's own replaces it). */
  private pre?: BadgeResult;
  private open = false;
  /** The full view's styles are in this badge's shadow root (where the view loaded on demand). */
  private fullStyled = false;
  /** The full view could not be loaded (a chunk missing or blocked): the full badge shows its figure as the compact line does. */
  private fullFailed = false;
  /** The full view being loaded for this badge (`updateComplete` waits for it). */
  private fullWait?: Promise<unknown>;
  /**
   * A valid precomputed `result` was given: the full badge keeps the layout it had with it (its box reserved by
   * `[result]` in eco-nudge.css) also once its own estimate replaces it, with the stages inside the opened details, so
   * nothing above "How we calculate" moves when the details open.
   */
  private preLayout = false;
  private readonly l10n = new LocalizeController(this, () => this.settings.locale);

  /** The last estimate (or `undefined` while the neutral state is shown). */
  get footprint(): FootprintResult | undefined {
    return this.fp;
  }

  // ─── Lifecycle ───
  protected override willUpdate(changed: PropertyValues): void {
    checkEnum(this, changed, 'variant', 'variant', BADGE_VARIANTS);
    // the near-miss key warning comes with the input reading (./badge-input.ts): now, or once it has loaded
    if (changed.has('product')) this.keysToCheck = true;
    const inputs = ['productId', 'name', 'category', 'price', 'currency', 'weightGrams', 'materials', 'origin', 'declaredGrams', 'condition', 'product', 'pact', 'result', 'factors', 'settings'];
    if (inputs.some((k) => changed.has(k))) this.estimate();
    // full variant only: a custom state on each compact badge of a listing about doubled its first render's CPU (bench:render)
    const full = this.variant === 'full';
    if (full) this.withFullView();
    this.setState('precomputed', full && this.preLayout);
    // the longer locales' reserved box (with :lang() before the first render); see footprint-badge.styles.ts
    this.setState('locale-long', full && /^(de|fr|es)\b/i.test(this.l10n.locale));
  }

  /**
   * The full variant needs its view (./badge-full.ts): when it was not handed over up front, the first full badge loads
   * it (its loading line in the reserved box meanwhile), and each full badge adopts its styles into its shadow root.
   */
  private withFullView(): void {
    if (fullView) {
      if (!fullStatic && !this.fullStyled && this.renderRoot instanceof ShadowRoot) {
        this.fullStyled = true;
        const root = this.renderRoot;
        // where constructable sheets work, added to the element's; elsewhere appended as <style> elements (with the page's nonce)
        adoptStyles(root, supportsAdoptingStyleSheets ? [...root.adoptedStyleSheets, ...fullView.styles] : fullView.styles);
      }
      return;
    }
    if (this.fullWait || this.fullFailed || isServer) return;
    const wait = loadFullView().then(
      () => undefined,
      (e: unknown) => {
        this.fullFailed = true;
        devWarn(this, 'ENGINE_LOAD_FAILED', DEV ? `Could not load the full badge's view (${e instanceof Error ? e.message : String(e)}), so the badge shows its figure without the details. Serve the kit's chunk files beside its bundle, and allow them in the Content-Security-Policy.` : '');
      },
    );
    this.fullWait = wait.finally(() => {
      this.fullWait = undefined;
      this.requestUpdate();
    });
  }

  /** Also waits for the full view being loaded for this badge and the update that follows. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    while (this.fullWait) {
      await this.fullWait;
      done = await super.getUpdateComplete();
    }
    return done;
  }

  protected override impressionDetail(): Record<string, unknown> {
    const id = (this.read as { id?: unknown } | undefined)?.id;
    return { productId: (typeof this.productId === 'string' && this.productId) || (typeof id === 'string' && id) || undefined };
  }

  protected override resetToNeutral(): void {
    this.fp = undefined;
    this.pre = undefined;
    this.lastKey = undefined;
  }

  /** A full badge showing a precomputed result fetches the engine on idle, and on pointer-over or focus, so opening its details does not wait. */
  protected override firstConnected(): void {
    super.firstConnected();
    this.addEventListener('pointerover', this.prefetch);
    this.addEventListener('focusin', this.prefetch);
  }

  private readonly prefetch = (): void => {
    if (this.pre && this.variant === 'full' && this.hasInputs()) prefetchEngine();
  };

  /** Whether the badge has inputs of its own to estimate from (besides a precomputed result). */
  private hasInputs(): boolean {
    return this.product != null || (typeof this.category === 'string' && this.category !== '');
  }

  // ─── Estimation ───
  /** The product as last read (a plain copy of the caller's input): what impressions and the cache key use. */
  private read?: ProductInput;

  private lastKey?: string;
  private lastFactors?: Dataset;
  /** `.product` changed since its keys were last checked for near misses (`warnKeys`, with the input reading). */
  private keysToCheck = false;

  private estimate(): void {
    if (this.waitForFactors(this.settings)) {
      this.fp = undefined;
      this.pre = undefined;
      this.lastKey = undefined;
      this.setState('error', false);
      return;
    }
    this.pre = undefined;
    this.preLayout = false;
    if (this.result != null && this.result !== '') {
      if (!parse) {
        // the result is read once its reader has loaded; meanwhile the loading line, in the result's reserved box
        this.fp = undefined;
        this.lastKey = undefined;
        this.preLayout = true;
        this.setState('error', false);
        this.loadThen(loadPrecomputed, () => this.estimate(), 'ENGINE_LOAD_FAILED', DEV ? "the kit's reader of precomputed results" : '', DEV ? 'this result cannot be shown' : '');
        return;
      }
      const p = parse(this.result);
      this.fp = undefined;
      this.lastKey = undefined;
      this.preLayout = p.ok;
      if (!p.ok) {
        this.setState('error', true);
        const said = p.issues.map((i) => `${i.path}: ${i.message}`).join(' ');
        this.reportError('INVALID_RESULT', DEV ? `Invalid precomputed result, so no figure is shown: ${said}` : said, p.issues);
        return;
      }
      // the badge's own estimate replaces the result only when the shopper opens the details (stages, equivalent and
      // sources need the engine) or when the result is from another dataset version than the one in use
      const current = p.value.datasetVersion === (this.factors?.version ?? DATASET_VERSION);
      if (!this.hasInputs() || (current && !this.open)) {
        this.pre = p.value;
        this.setState('error', false);
        if (this.variant === 'full' && this.hasInputs()) whenIdle(prefetchEngine);
        return;
      }
      if (current) this.pre = p.value; // still shown while the engine loads (prefetched: usually there already)
    }
    if (this.keysToCheck && reader) {
      this.keysToCheck = false;
      reader.warnKeys(this, this.product, '.product');
    }
    if (!engine || !reader) {
      if (!this.pre) this.setState('error', false);
      this.loadThen(loadBadgeEngine, () => this.estimate(), 'ENGINE_LOAD_FAILED', DEV ? "the kit's footprint engine" : '', DEV ? 'this product cannot be estimated' : '');
      return;
    }
    const { estimate } = engine;
    const { product, issues, tooLarge } = reader.read(this, this.settings.currency);
    this.read = product;
    const ds = this.factors ?? engine.dataset;
    // a listing's engine loads the bundled categories by family: this product's family first, then the estimate
    const family = product && engine.ready?.(product.category, ds);
    if (family) {
      if (!this.pre) this.setState('error', false);
      this.loadThen(() => family, () => this.estimate(), 'ENGINE_LOAD_FAILED', DEV ? "the kit's category data" : '', DEV ? 'this product cannot be estimated' : '');
      return;
    }
    const country = this.settings.country;
    // The key is built from the bounded copy of the fields the engine reads (never from the caller's object, which
    // may be huge or cyclic): a few thousand values at most.
    let key: string | undefined;
    try {
      key = JSON.stringify([product ?? issues, country]);
    } catch {
      key = undefined; // not serialisable: always re-estimate
    }
    if (key !== undefined && key === this.lastKey && ds === this.lastFactors) return;
    this.lastKey = key;
    this.lastFactors = ds;
    const r = product ? estimate(product, { dataset: ds, ...(country ? { country } : {}) }) : undefined;
    if (this.pre && !r?.ok) return; // details asked for, but the inputs cannot be estimated: the result stays, without them
    if (this.needsValidators(r, () => this.estimate())) {
      this.fp = undefined; // neutral until the validators have loaded
      this.lastKey = undefined;
      this.setState('error', false);
      return;
    }
    this.setState('error', !r?.ok);
    this.pre = undefined;
    if (r?.ok) {
      this.fp = r.value;
      this.dispatchEvent(new EcoFootprintChangeEvent({ ...(r.value.productId ? { productId: r.value.productId } : {}), result: r.value, ...this.experimentDetail }));
      return;
    }
    this.fp = undefined;
    if (r) this.reportError(r.error.code, r.error.message, r.error.issues);
    else {
      const said = issues.map((i) => `${i.path ? `${i.path}: ` : tooLarge ? '(root): ' : ''}${i.message}`).join(' ');
      if (tooLarge) this.reportError('TOO_LARGE', DEV ? `An input is over the kit's limits (INPUT_LIMITS), so it is not estimated: ${said}` : said, issues);
      else this.reportError('INVALID_PRODUCT', DEV ? `Invalid product: ${said}` : said, issues);
    }
  }

  // ─── Rendering ───
  protected override render(): TemplateResult {
    const { m, locale } = this.l10n;
    const units = this.settings.units;
    const r = this.fp;
    if (this.pre && !r) return this.renderPrecomputed(this.pre);
    if (!r) {
      const checking = this.loadingNow;
      const declared = !this.settings.factorsPending && (this.pact != null || this.declaredGrams !== undefined || hasDeclared(this.product));
      // while the page's language loads, its words are not there yet: an ellipsis, not the English ones
      if (checking && messagesPending(locale)) return this.inPanel(unavailableLine('…', true));
      return this.inPanel(unavailableLine(checking ? (declared ? m.checkingFigure : m.loadingEstimate) : m.estimateUnavailable, checking));
    }

    const [value, long] = figureWords(r, r.method === 'declared', m, locale, units);
    if (this.variant !== 'full') return gradeLine(r.grade, value, long);
    return this.full(r.grade, value, long, (v, i) => v.estimate(i, r, this.factors ?? engine!.dataset, engine!.equivalents, this.settings.country, this.preLayout));
  }

  /**
   * The full variant's panel, drawn by its view once the badge can lay out with it: the page's language loaded (the
   * full badge lays out in it once) and the view there (handed over up front, or loaded on demand). Meanwhile its
   * loading line in the same box; where the view could not be loaded, the figure as the compact badge shows it.
   */
  private full(grade: Grade, value: string, long: string, draw: (view: FullView, input: FullViewInput) => TemplateResult): TemplateResult {
    const { m, locale } = this.l10n;
    if (messagesPending(locale)) return this.inPanel(unavailableLine('…', true)); // the page's words are still loading: not the English ones
    if (fullView) return draw(fullView, { m, locale, units: this.settings.units, value, long, open: this.open, toggle: this.toggle });
    return this.inPanel(this.fullFailed ? gradeLine(grade, value, long) : unavailableLine(m.loadingEstimate, true));
  }

  /** The full variant's loading and unavailable lines sit in its panel: the reserved box reads as the badge to come, not as empty space. */
  private inPanel(line: TemplateResult): TemplateResult {
    return this.variant === 'full' ? html`<div part="panel" class="full waiting">${line}</div>` : line;
  }

  private toggle(): void {
    this.open = !this.open;
    if (this.open && this.pre) this.estimate(); // the badge's own estimate, for the stages, equivalent and sources
  }

  /**
   * A precomputed result, shown as it is: the grade, the value and its range as given (never narrower), the comparison
   * when the result carries it. The full variant's stages, equivalent and sources need the engine: they come with the
   * badge's own estimate when the details open (and the badge has inputs to estimate from).
   */
  private renderPrecomputed(r: BadgeResult): TemplateResult {
    const { m, locale } = this.l10n;
    const units = this.settings.units;
    const [value, long] = figureWords(r, r.method === 'declared' || r.method === 'verified', m, locale, units);
    if (this.variant !== 'full') return gradeLine(r.grade, value, long);
    return this.full(r.grade, value, long, (v, i) => v.result(i, r));
  }
}

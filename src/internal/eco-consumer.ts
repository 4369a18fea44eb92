import type { PropertyDeclarations } from 'lit';
import { DEFAULT_SETTINGS, factorsContext, settingsContext, type KitSettings } from '../context/contexts.js';
import type { Dataset } from '../engine/types.js';
import { EcoElement } from './eco-element.js';
import { consumeContext } from './context.js';

/**
 * The base of every element that shows figures: it follows the nearest provider's settings and dataset (the bundled
 * dataset without a provider) and re-renders when they change. Elements that record savings add the ledger themselves.
 */
export abstract class EcoConsumer extends EcoElement {
  static override properties: PropertyDeclarations = {
    settings: { state: true },
    factors: { state: true },
  };

  /** @internal The provider's settings (the defaults without a provider). */
  protected settings: KitSettings = DEFAULT_SETTINGS;
  /** @internal The provider's dataset: undefined while it provides none (or the bundled one), then the bundled one serves. */
  protected factors: Dataset | undefined = undefined;

  /** Subscribes on first connection, not in the constructor: cheaper upgrades of a page full of badges. */
  protected override firstConnected(): void {
    super.firstConnected();
    consumeContext(this, settingsContext, (v) => (this.settings = v));
    consumeContext(this, factorsContext, (v) => (this.factors = v));
  }
}

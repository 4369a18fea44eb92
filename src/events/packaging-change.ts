import { EcoEvent, type ExperimentDetail } from './eco-event.js';

export interface PackagingChangeDetail extends ExperimentDetail {
  /** True when the shopper declined the extra packaging. */
  readonly optedOut: boolean;
  /** g CO2e saved by declining (0 when `optedOut` is false). */
  readonly savedGrams: number;
  /** Mass of the declinable packaging, g, when the element knows it (`packaging-weight-grams`). */
  readonly weightGrams?: number;
  /** Its material (`packaging-material`). */
  readonly material?: string;
}

/** The packaging opt-out changed. Notification; the provider's ledger records it. */
export class EcoPackagingChangeEvent extends EcoEvent<PackagingChangeDetail> {
  static readonly eventName = 'eco-packaging-change';
  constructor(detail: PackagingChangeDetail) {
    super(EcoPackagingChangeEvent.eventName, detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'eco-packaging-change': EcoPackagingChangeEvent;
  }
}

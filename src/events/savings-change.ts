import type { SavingReason } from '../context/contexts.js';
import { EcoEvent, type ExperimentDetail } from './eco-event.js';

export interface SavingsChangeDetail extends ExperimentDetail {
  /** Total g CO2e saved (credited: placed orders). */
  readonly savedGrams: number;
  readonly byReason: Readonly<Record<SavingReason, number>>;
  /** g CO2e the current order's choices would save once it is placed (absent from a counter showing `saved-grams`). */
  readonly pendingGrams?: number;
  readonly pendingByReason?: Readonly<Record<SavingReason, number>>;
}

/** The savings changed: saved (placed orders) or pending (this order's choices). Fired after the change. Not cancelable. */
export class EcoSavingsChangeEvent extends EcoEvent<SavingsChangeDetail> {
  static readonly eventName = 'eco-savings-change';
  constructor(detail: SavingsChangeDetail) {
    super(EcoSavingsChangeEvent.eventName, detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'eco-savings-change': EcoSavingsChangeEvent;
  }
}
